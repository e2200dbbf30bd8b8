"""The signer's name read under a seal or signature, repaired in an OCR'd signature block.

Each case is a name line as Tesseract read it on a corpus scan (the crop of its signature
block) and the text printed elsewhere in the document that it may be completed from.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from directive_parser.loaders.ocrnames import family_names, ranks, rejoined_title_words, repair_signer_name
from directive_parser.loaders.ocrwords import letters_key

REPAIRED = [
    # c135: the family name under the seal's rim; "PCN Nguyễn Sỹ Hiệp" in "Nơi nhận"
    ("NSeNgÑfyên Sỹ Hiệp", "- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp,", "Nguyễn Sỹ Hiệp"),
    # c140: the name's first letter lost; the list's copy misread "Thụ", the block's "Thu" kept
    ("Ai Thị Thu Vân", "PCN Mai Thị Thụ Vân,\nPCN Đỗ Ngọc Huỳnh,", "Mai Thị Thu Vân"),
    # c155: the list's "Nguyền" is a misread family name, spelt as the family name is
    ("Nøx yến Văn Phúc", "- Thứ trưởng Nguyền Văn Phúc;", "Nguyễn Văn Phúc"),
    # c139: the lower-case end of the first word, completed from the list
    ("xến Mạnh Cường", "- VPCP: BTCN, PCN Phạm Mạnh Cường,\nPTTgCP Nguyễn Chí Dũng,", "Phạm Mạnh Cường"),
    # n050: no full name elsewhere; "hạm" ends one family name only
    ("hạm Trường Thọ", "", "Phạm Trường Thọ"),
    # n061: the family name's letters, its tone misread
    ("Trân Phước Hiền", "", "Trần Phước Hiền"),
    # n057: a long family name's first letter lost in a stroke
    ("Xguyến Quốc Việt", "", "Nguyễn Quốc Việt"),
    # c137: the family name misread past its letters, the rest completed from the list
    ("L. 5Š Nốøẫñyễn Sỹ Hiệp", "- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp,", "Nguyễn Sỹ Hiệp"),
    # c143: the signature's strokes read as letters before a name read whole
    ("sốt ø Nguyễn Sỹ Hiệp", "", "Nguyễn Sỹ Hiệp"),
    # n047 (a strip from the capitals' top): the family name read whole, the seal's star run on
    ("_ Phạmnf Thị Thanh Trà", "", "Phạm Thị Thanh Trà"),
]


@pytest.mark.parametrize(("read", "context", "repaired"), REPAIRED)
def test_name_line_repaired_and_recorded(read: str, context: str, repaired: str) -> None:
    found: list[str] = []
    assert repair_signer_name(["PHÓ CHỦ NHIỆM", read], context, found) == ["PHÓ CHỦ NHIỆM", repaired]
    assert found == [f"{read!r} → {repaired!r}"]


KEPT = [
    # n046: a rank before a name read whole stays
    ("Thượng tướng Nguyễn Văn Long", "Nguyễn Văn Long"),
    # two words: "Trường" has Trương's letters but is a given name here, and nothing completes it
    ("Trường Thọ", ""),
    # one word read ends too many names to complete
    ("Hiệp", "PCN Nguyễn Sỹ Hiệp"),
    # two full names in the text end with the words read: ambiguous, left as read
    ("Văn Long", "Nguyễn Văn Long và Trần Văn Long"),
    # a line in capitals is a position, not a name
    ("PHÓ CHỦ TỊCH", "Trần Phước Hiền"),
    # the full name elsewhere does not start with a family name ("Sở" is none)
    ("Tư Pháp", "Giám đốc Sở Tư Pháp"),
    # c157: "Phạ" starts no family name as spelt ("Phan" is "Pha"): no family name from the run
    ("PhạngWlinh Chính Phủ", ""),
    # a family name before letters, but only one word after it: too short to tell
    ("Lêx Quân", ""),
]


@pytest.mark.parametrize(("read", "context"), KEPT)
def test_name_line_kept(read: str, context: str) -> None:
    found: list[str] = []
    assert repair_signer_name(["KT. CHỦ TỊCH", read], context, found) == ["KT. CHỦ TỊCH", read]
    assert found == []


def test_family_names_and_ranks_data() -> None:
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    names = data["names"]["family"]
    # no two family names share their letters (a repair by letters must be unambiguous)
    assert len({letters_key(n) for n in names}) == len(names) == len(family_names())
    assert "Thượng tướng" in ranks()
    for example in data["names"]["examples"]:
        assert repair_signer_name([example], "") != [example]
    for counter in data["names"]["counter_examples"]:
        assert repair_signer_name([counter], "") == [counter]


def test_given_names_data_both_ways() -> None:
    from directive_parser.loaders.ocrnames import _tone_key, has_given_names, is_syllable

    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    given = data["names"]["given"]
    # each entry once, each a capitalised syllable (a name read right is never judged misread)
    assert len({_tone_key(w) for w in given}) == len(given)
    assert [w for w in given if not (w[0].isupper() and is_syllable(w))] == []
    assert [n for n in data["names"]["given_examples"] if not has_given_names(n.split())] == []
    assert [n for n in data["names"]["given_counter_examples"] if has_given_names(n.split())] == []
    # the tone counts wherever it is written, and only the words after the family name are judged
    assert has_given_names(["Lê", "Thị", "Thuý"]) and has_given_names(["Lê", "Thị", "Thúy"])
    assert not has_given_names(["Lê", "Thị", "Thuỳ", "Chỉ"]) and has_given_names(["Chỉ", "Văn", "Hà"])


# --- syllables: the closed set a name's words are made of -----------------------------------------


def test_syllables_data_both_ways() -> None:
    from directive_parser.loaders.ocrnames import is_syllable

    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    table = data["syllables"]
    assert [w for w in table["examples"] if not is_syllable(w)] == []
    assert [w for w in table["counter_examples"] if is_syllable(w)] == []
    # every family name is a syllable (a name read right is never judged misread)
    assert [n for n in family_names().values() if not is_syllable(n)] == []


@pytest.mark.parametrize(
    ("read", "parts"),
    [
        # c151: "Tấn"'s T under the signature's stroke read "7", run into "Lê"
        ("Lê7ấn", ["Lê", "Tấn"]),
        # two name words without the space between them
        ("LêTấn", ["Lê", "Tấn"]),
        # n048: run into the strokes, no syllables
        ("Nạnh:Zfj", None),
        # one word: nothing to split
        ("Mạnh", None),
        # c157: the seal's rim read into the name, a part that is no syllable
        ("PhamZWÏinh", None),
    ],
)
def test_name_words_run_together_split_only_into_syllables(read: str, parts: list[str] | None) -> None:
    from directive_parser.loaders.ocrnames import split_glued

    assert split_glued(read) == parts


@pytest.mark.parametrize(
    ("words", "context", "name"),
    [
        # c152, a strip read twice as large: the name whole
        ([("Lê", 94.0), ("Quân", 97.0)], "", ["Lê", "Quân"]),
        # c152, the block's read: "Tê" is a syllable but no family name
        ([("Tê", 78.0), ("Quân", 96.0)], "", None),
        # c158: "Mạnh" is a family name, but letters read before it are the name's start misread
        ([("“Tượ", 25.0), ("Mạnh", 96.0), ("Cường", 74.0)], "", None),
        # c153: the family name's end under the seal, completed from its letters
        ([("yên", 0.0), ("Thị", 96.0), ("Kim", 97.0), ("Chi", 96.0)], "", ["Nguyễn", "Thị", "Kim", "Chi"]),
        # c146: the start misread, the name completed from the body ("Phó Thủ tướng Trần Hồng Hà")
        ([("N\\Ô_*", 29.0), ("Ti", 12.0), ("Hồng", 91.0), ("Hà", 96.0)], "Phó Thủ tướng Trần Hồng Hà gửi lời", ["Trần", "Hồng", "Hà"]),
        # n046: a rank before the name is no misread start
        ([("Thượng", 93.0), ("tướng", 90.0), ("Nguyễn", 90.0), ("Văn", 96.0), ("Long", 97.0)], "", ["Nguyễn", "Văn", "Long"]),
    ],
)
def test_name_reading_valid_only_as_a_whole_name(words: list[tuple[str, float]], context: str, name: list[str] | None) -> None:
    from directive_parser.loaders.ocrnames import name_reading

    assert name_reading(words, context)[0] == name


def test_name_reading_counts_a_completed_word_as_unread() -> None:
    from directive_parser.loaders.ocrnames import name_reading

    # "Nguyễn" was not read: (0 + 96 + 97 + 96) / 4
    assert name_reading([("yên", 0.0), ("Thị", 96.0), ("Kim", 97.0), ("Chi", 96.0)], "")[1] == 72.25


# --- a position line the seal garbled ----------------------------------------------------------

from directive_parser.loaders.ocrnames import garbled_position  # noqa: E402
from directive_parser.vocabulary import vocabulary  # noqa: E402


@pytest.mark.parametrize(
    "line,position",
    [
        ("HO MU TƯỜNG", "PHÓ THỦ TƯỚNG"),  # c149
        ("PHÙ CN NHIỆM", "PHÓ CHỦ NHIỆM"),  # c140
        ("Z0 TỒN TƯỚNG", "PHÓ THỦ TƯỚNG"),  # n047
        ("XP RRƯƠNG BẠN", "PHÓ TRƯỞNG BAN"),  # n048
    ],
)
def test_garbled_position_examples(line: str, position: str) -> None:
    assert garbled_position(line, list(vocabulary().signature.positions)) == position


@pytest.mark.parametrize(
    "line",
    [
        "SẺ TEHỀ CHỦ NHIỆM",  # c142: two words of specks, CHỦ NHIỆM or PHÓ CHỦ NHIỆM
        "Mai Thị Thu Vân",  # a name
        "PHÓ THỦ TƯỚNG",  # a position read right is none to repair
        "XYZQ WVKL TƯỚNG",  # more letters edited than PHÓ THỦ has
        "THỦ TƯỚNG CHÍNH PHỦ",  # its last word is no position's
        "TỔNG GIÁM ĐỐC",  # a title the list lacks, read right: "TỔNG" is no damaged "PHÓ"
        "THỦ TRƯỞNG",  # the head of an agency, no damaged "THỨ TRƯỞNG"
        "Ƒ E2Z21110-Ê ệ",  # the seal's strokes
    ],
)
def test_garbled_position_counter_examples(line: str) -> None:
    assert garbled_position(line, list(vocabulary().signature.positions)) is None


# --- the family name by its letters after the first, where other reads agree ----------------------
from directive_parser.loaders.ocrnames import family_by_onset  # noqa: E402


@pytest.mark.parametrize(
    ("words", "renderings", "name"),
    [
        # c152: "Lê" under the seal's rim read "Tê"; three strips read "ê Quân" (one lost the ê)
        (["___", "Tê", "Quân"], [["_`x:", "_z⁄", "Quân"], ["|", ":,ê", "Quân"], ["z.ê", "Quân"], ["_——__", "ê", "Quân"]], ["Lê", "Quân"]),
        # one strip agrees only: not enough
        (["___", "Tê", "Quân"], [["_z⁄", "Quân"], ["ê", "Quân"]], None),
        # a strip reads another capitalised word there: the first letter may be right
        (["Tê", "Quân"], [["ê", "Quân"], ["z.ê", "Quân"], ["Tê", "Quân"]], None),
        # "Tô" is a family name already: nothing to repair
        (["Tô", "Quân"], [["ô", "Quân"], ["ô", "Quân"]], None),
        # "Tương": Dương, Lương and Vương all fit, no single family name
        (["Tương", "Văn", "An"], [["ương", "Văn", "An"], ["'ương", "Văn", "An"]], None),
        # the strips agree on the family name's rest but read the given name otherwise
        (["Tê", "Quân"], [["ê", "Quần"], ["ê", "Quẩn"]], None),
    ],
)
def test_family_by_onset_needs_agreeing_reads(words: list[str], renderings: list[list[str]], name: list[str] | None) -> None:
    assert family_by_onset(words, renderings) == name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BỌ TRƯỚỞN G", "BỌ TRƯỞNG"),  # c152's copy: "TRƯỞNG" split, a letter read twice
        ("Ứ TRUƯ ỞNG", "Ứ TRƯỞNG"),  # n039's copy
        ("BỘ TRƯỞNG", "BỘ TRƯỞNG"),  # known words: as read
        ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
        ("BAN CHÍNH SÁCH, THUÊ QUÓC TẾ", "BAN CHÍNH SÁCH, THUÊ QUÓC TẾ"),  # no two fragments make a title's word
        ("Lê Quân", "Lê Quân"),  # a name in small letters is never joined
    ],
)
def test_title_word_rejoined_both_ways(line: str, expected: str) -> None:
    from directive_parser.vocabulary import vocabulary

    assert rejoined_title_words(line, list(vocabulary().signature.positions)) == expected
