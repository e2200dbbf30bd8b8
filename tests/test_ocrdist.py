"""Repair of OCR'd "Nơi nhận" items (loaders/ocrdist.py), each repair recorded.

The items read are Tesseract's, from the dev scans' closings (c1xx, n0xx); what must stay as read
are items of the corpus's typed copies and real codes near known ones.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from directive_parser.loaders.ocrdist import (
    code_misread,
    distribution_words,
    executing_article,
    is_specks,
    repair_items,
)

DATA = tomllib.loads(resources.files("directive_parser.data").joinpath("distribution.toml").read_text("utf-8"))

REPAIRED = [
    # c142: a tone read as another, a vowel misread, in a body's name
    ("Học viện Chỉnh trị Quốc gia Hả Chí Minh", "Học viện Chính trị Quốc gia Hồ Chí Minh"),
    # c142: "l" read "i" (no syllable as read)
    ("Viện Hàn iâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"),
    # c157: the acute lost, the tilde for the acute
    ("Viện kiểm sát nhân dân tôi cao", "Viện kiểm sát nhân dân tối cao"),
    ("Tòa án nhân dân tỗi cao", "Tòa án nhân dân tối cao"),
    # c151: "tỉnh" read "tính" after "UBND các"
    ("UBND các tính, TP trực thuộc TW", "UBND các tỉnh, TP trực thuộc TW"),
    # n053: the hook lost; "ủy" read in capitals inside a sentence-case item
    ("Các tô chức chính trị - xã hội tỉnh", "Các tổ chức chính trị - xã hội tỉnh"),
    ("Các cơ quan chuyên trách TMGV Tỉnh ỦY", "Các cơ quan chuyên trách TMGV Tỉnh ủy"),
    # n051: the grave read as a hook
    ("Đài Phát thanh-Truyẻn hình tỉnh", "Đài Phát thanh-Truyền hình tỉnh"),
    # n055: marks, a digit for "i", a word in capitals, the note's slash read as "©"
    ("Ban Chỉ đạo Quôc g1a VỀ PCTT (b/©)", "Ban Chỉ đạo Quốc gia về PCTT (b/c)"),
    ("Ủy ban Quốc gia Ưng phó sự cô, TT và TKCN (bíc", "Ủy ban Quốc gia Ứng phó sự cố, TT và TKCN (b/c)"),
    ("Bộ Chỉ huy Bộ đội BieNY phòng tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("Ban Chỉ huy PCTTT và TKCN tỉnh", "Ban Chỉ huy PCTT và TKCN tỉnh"),
    # c137, n048: the note "(để b/c)" misread
    ("Thủ tướng, PTTg Trần Hồng Hà (đề be)", "Thủ tướng, PTTg Trần Hồng Hà (để b/c)"),
    ("PCTr. Đặng Ngọc Minh (đề bíc", "PCTr. Đặng Ngọc Minh (để b/c)"),
    # c130: "(t/h)" with its slash lost
    ("ĐT, CTSV và 05 khoa được chọn (th)", "ĐT, CTSV và 05 khoa được chọn (t/h)"),
    # c149, c150, c139, c151, c157: codes misread
    ("VPCP: BECN, các PCN, Trợ lý TTg, các Vụ: TH, CN, Cổng TTĐT", "VPCP: BTCN, các PCN, Trợ lý TTg, các Vụ: TH, CN, Cổng TTĐT"),
    ("FTgCP, các PTT1g", "TTgCP, các PTTg"),
    ("TGĐĐ Cổng TTĐT", "TGĐ Cổng TTĐT"),
    ("Trợ ly, Thư ký của: TTgCP, PTTBCP Nguyễn Chí Dũng", "Trợ lý, Thư ký của: TTgCP, PTTgCP Nguyễn Chí Dũng"),
    ("Cổng thông tin điện tử Bộ GDDT", "Cổng thông tin điện tử Bộ GDĐT"),
    ("các Vụ, Cục: TH, ĐMDN, KSTTT", "các Vụ, Cục: TH, ĐMDN, KSTT"),
    # Q_TAIL_DOT: c148, a "Q" read with its tail as the dot below
    ("các Vụ, Cục: TH, CN, NN, KTTH, QHĐP, QHỌT", "các Vụ, Cục: TH, CN, NN, KTTH, QHĐP, QHQT"),
    # c146: an office's ";" for ":"; n061: a full stop before a comma; c157: a caron letter glued on
    ("VPCP; BTCN, các PCN, Trợ lý TTg", "VPCP: BTCN, các PCN, Trợ lý TTg"),
    ("VPUB:PCVP., TTHC", "VPUB:PCVP, TTHC"),
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủŠ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
]

KEPT = [
    # typed items of the corpus (train and dev gold), read right
    "Thủ tướng, PTTg Bùi Thanh Sơn (để b/c)",
    "VPCP: BTCN, PCN Mai Thị Thu Vân, PCN Đỗ Ngọc Huỳnh, Trợ lý TTg, các Vụ: TH, KGVX, NN, Cổng TTĐTCP",
    "Bộ Y tế",
    "các Vụ, Cục đơn vị trực thuộc",
    "Sở Nội vụ (để t/hiện)",
    "Các PTTgCP (để trực tiếp chỉ đạo các đơn vị phụ trách)",
    "Lưu: VT, QHĐP (2b). VQT",
    "Lưu: VT, QHĐP (2b). VỢT",  # c158: the drafter's initials are never repaired, read as they are
    "Lưu: VT, CN (2). Ha",
    # real codes one letter from known ones: no misread
    "Ban HSV, Phòng CCHC, BBT, HCC, UBKT, BGH",
    # a name is no province ("Thanh Hà" / "Thanh Hóa")
    "Đồng chí Nguyễn Thanh Hà",
    # a code in brackets, a note abbreviated its own way
    "Các Vụ (TH)",
    "UBND tỉnh (để b/cáo)",
]


@pytest.mark.parametrize(("read", "repaired"), REPAIRED)
def test_items_repaired_and_recorded(read: str, repaired: str) -> None:
    repairs: list[str] = []
    assert repair_items([read], "", repairs) == [repaired]
    assert repairs and all(" → " in r and "Nơi nhận" in r for r in repairs)


@pytest.mark.parametrize("item", KEPT)
def test_items_read_right_kept(item: str) -> None:
    repairs: list[str] = []
    assert repair_items([item], "", repairs) == [item]
    assert repairs == []


@pytest.mark.parametrize("section", ["notes", "codes", "bodies"])
def test_data_examples_repaired_and_counter_examples_kept(section: str) -> None:
    # the vocabulary's own examples, both ways
    for example in DATA[section]["examples"]:
        assert repair_items([example], "") != [example], example
    for counter in DATA[section]["counter_examples"]:
        assert repair_items([counter], "") == [counter], counter


# c152's and n061's articles as the scans read them (shortened)
C152_BODY = """Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính mới ban hành;
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 9 năm 2025.
Điều 3. Chánh Văn phòng, Cục trưởng Cục Hợp tác quốc tế và Thủ trưởng
các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
"""


def test_the_lost_article_number_is_the_executing_article() -> None:
    repairs: list[str] = []
    assert repair_items(["Như Điều Ép", "Lưu: VT, HTQT"], C152_BODY, repairs) == ["Như Điều 3", "Lưu: VT, HTQT"]
    assert repair_items(["Như Điều"], C152_BODY) == ["Như Điều 3"]  # n061: "Như Điều §" (the mark dropped)
    assert repair_items(["Như Điều 2, 3"], C152_BODY) == ["Như Điều 2, 3"]
    assert len(repairs) == 1 and "last article" in repairs[0]


@pytest.mark.parametrize(
    "body",
    [
        C152_BODY.replace("Điều 2.", "Điều 5."),  # a gap: an article lost or misread
        C152_BODY.replace("chịu trách nhiệm thi hành", "được giao"),  # the last names nobody to carry it out
        "",
    ],
)
def test_no_article_number_without_a_complete_run(body: str) -> None:
    assert executing_article(body, distribution_words().executing) is None
    assert repair_items(["Như Điều Ép"], body) == ["Như Điều Ép"]


def test_the_archive_label_and_code_of_the_last_item() -> None:
    # c151: "Lưu: VT" with its "L" lost and "VT" read "VTE"; only the list's last item
    assert repair_items(["Như trên", "ưu: VTE, VP (KSTTHC)"], "") == ["Như trên", "Lưu: VT, VP (KSTTHC)"]
    assert repair_items(["ưu: VTE, VP (KSTTHC)", "Như trên"], "")[0] == "ưu: VTE, VP (KSTTHC)"


def test_specks_left_out_under_the_rule() -> None:
    # c146: the seal's strokes read as an item; items of short words stay
    repairs: list[str] = []
    assert repair_items(["Như trên", ";V Ă dê", "Lưu: VT"], "", repairs) == ["Như trên", "Lưu: VT"]
    assert repairs == ["';V Ă dê' left out of the 'Nơi nhận' list (no word of three letters, no known code)"]
    assert [is_specks(s) for s in (";V Ă dê", "Bộ Y tế", "VT", "Như trên", "Ả")] == [True, False, False, False, True]


def test_code_misreads_are_look_alikes_doubles_and_digits_only() -> None:
    pairs = distribution_words().look_alikes
    assert code_misread("BECN", "BTCN", pairs) and code_misread("GDDT", "GDĐT", pairs)
    assert code_misread("KSTTT", "KSTT", pairs) and code_misread("PTT1g", "PTTg", pairs)
    assert not code_misread("CCHC", "TCHC", pairs)  # "C" for "T" is no look-alike
    assert not code_misread("HSV", "HSSV", pairs)  # a letter lost: no misread
    assert not code_misread("BBT", "BT", pairs)  # a two-letter code doubled is a code of its own


def test_a_word_already_right_is_never_an_edit() -> None:
    # every phrase of the vocabulary, read right, stays as it is
    for phrase in distribution_words().phrases:
        text = " ".join(phrase)
        assert repair_items([text], "") == [text], text


def _distribution(closing: str, ocred: bool = True) -> tuple[list[str], list[str]]:
    from directive_parser.pipeline import parse_source
    from directive_parser.source import SourceDocument

    text = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1/QĐ-BGDĐT\n\nQUYẾT ĐỊNH\nVề việc thử.\n" + C152_BODY.split("Nơi nhận:")[0] + closing
    source = SourceDocument(text=text, format="pdf" if ocred else "txt", ocr_words={1: [("Nguyễn", 90.0)]} if ocred else {})
    record = parse_source(source)
    return record.distribution, list(source.ocr_repairs)


# c153's scan: the first item's bullet read "ˆ", the signer's column cut into the list ("KT." /
# "THỨ"), a family name's tilde read as a grave
C153_CLOSING = """Nơi nhận:
ˆ Như Điều 3
- Bộ trưởng (để báo cáo);

KT.
THỨ
\\

- Thứ trưởng Phạm Ngọc Thưởng;
- Thứ trưởng Nguyền Văn Phúc;
- Cổng thông tin điện tử Bộ GDĐT;
- Lưu: VT, Vụ HSSV,

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Thị Kim Chi"""


def test_a_list_cut_by_the_signers_column_is_read_whole() -> None:
    items, repairs = _distribution(C153_CLOSING)
    assert items == [
        "Như Điều 3", "Bộ trưởng (để báo cáo)", "Thứ trưởng Phạm Ngọc Thưởng", "Thứ trưởng Nguyễn Văn Phúc",
        "Cổng thông tin điện tử Bộ GDĐT", "Lưu: VT, Vụ HSSV",
    ]
    assert "'Nguyền' → 'Nguyễn' (the 'Nơi nhận' item)" in repairs


def test_the_signers_column_after_the_list_ends_it() -> None:
    # the list's end is kept where no bulleted item follows the signer's column
    closing = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT.\nTHỨ\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Thị Kim Chi"
    assert _distribution(closing)[0] == ["Như Điều 3", "Lưu: VT"]


def test_a_lone_archive_item_closes_a_list_a_lost_line_parted() -> None:
    # n044's scan: "- Đ/c Vũ Thị Oanh;" read as "ị" between the list and its "Lưu" item
    closing = "Nơi nhận:\n- Như trên;\n- Thường trực LĐLĐ tỉnh;\n\nị\n\n- Lưu VT, TCKT.\n\nT N THƯƠNG VỤ\n-_ˆ CHỦ TỊCH\nNguyễn Phú Hoàng"
    assert _distribution(closing)[0] == ["Như trên", "Thường trực LĐLĐ tỉnh", "Lưu VT, TCKT"]


def test_typed_items_are_taken_as_written() -> None:
    closing = "Nơi nhận:\n- Như Điều 3;\n- Viện kiểm sát nhân dân tôi cao;\n- Lưu: VT.\n\nBỘ TRƯỞNG\nNguyễn Kim Sơn"
    items, repairs = _distribution(closing, ocred=False)
    assert items == ["Như Điều 3", "Viện kiểm sát nhân dân tôi cao", "Lưu: VT"] and repairs == []


def test_a_code_split_by_a_gap_in_the_archive_item() -> None:
    # c150's scan: "KTTH" read "KT TH"; elsewhere, and for an office ("VP UBND"), a space stays
    assert repair_items(["Như trên", "Lưu: VT, KT TH (02)"], "") == ["Như trên", "Lưu: VT, KTTH (02)"]
    assert repair_items(["KT TH", "Lưu: VT, VP UBND"], "") == ["KT TH", "Lưu: VT, VP UBND"]


def test_an_item_without_a_letter_is_a_speck() -> None:
    # 001 photographed: a speck left of the addressees read as an item "%"; items with letters stay
    from directive_parser.loaders.ocrdist import repair_items

    read = ["%", "Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy", "Các sở, ban, ngành tỉnh"]
    assert repair_items(read, "") == read[1:]
    assert repair_items(["VT", "Như trên"], "") == ["VT", "Như trên"]
