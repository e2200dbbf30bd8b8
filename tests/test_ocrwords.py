"""Repair of OCR'd words against the known words of a directive's frame, each repair recorded.

Cases are Tesseract's misreadings on the real scans (n041-n061, c1xx), and prose that looks
like a known phrase but must stay as read.
"""

from __future__ import annotations

import pytest

from directive_parser.loaders.ocr import repair_ocr_text
from directive_parser.loaders.ocrwords import known_phrases, letters_key, repair_digit_in_syllable, repair_known_words

REPAIRED = [
    # the place of n041's date line, its circumflex-grave read as a circumflex
    ("Lâm Đông, ngày 04 tháng 9 năm 2025", "Lâm Đồng, ngày 04 tháng 9 năm 2025"),
    # a province after its level word, a letter doubled and tones lost (Quảng Ngãi scans)
    ("Ủy ban nhân dân tĩnh Quang Ngaài", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    # the breve of "Văn" read as an acute (c1xx: Văn phòng Chính phủ)
    ("Ván phòng Chính phủ", "Văn phòng Chính phủ"),
    # a position in capitals with the hook read as an acute
    ("KT. BỘ TRƯỚNG", "KT. BỘ TRƯỞNG"),
    # the addressee line
    ("Kinh gửi: Sở Nội vụ.", "Kính gửi: Sở Nội vụ."),
    # collective bodies on the authority line under a seal (n006's and n029's typed originals
    # rendered as scans by scripts/synthetic_scans.py --seal)
    ("TM. BAN CHÍ ĐẠO", "TM. BAN CHỈ ĐẠO"),
    ("TM. HỌI ĐÔNG", "TM. HỘI ĐỒNG"),
]
KEPT = [
    # prose in lower case is never repaired, whatever its letters
    "sống lòng an vui",
    "ở lâm đông",
    # words separated by punctuation are no phrase
    "Lâm, Đông",
    # a correct phrase stays
    "Ủy ban nhân dân tỉnh Quảng Ngãi",
    # the bodies' words in lower-case prose stay as read; the council of the people is its own phrase
    "theo chỉ đạo của hội đông",
    "HỘI ĐỒNG NHÂN DÂN TỈNH",
]


@pytest.mark.parametrize(("read", "repaired"), REPAIRED)
def test_known_words_repaired_and_recorded(read: str, repaired: str) -> None:
    repairs: list[str] = []
    assert repair_known_words(read, repairs) == repaired
    assert len(repairs) >= 1 and all(" → " in r for r in repairs)


@pytest.mark.parametrize("text", KEPT)
def test_other_words_kept(text: str) -> None:
    repairs: list[str] = []
    assert repair_known_words(text, repairs) == text
    assert repairs == []


def test_no_phrase_is_ambiguous_where_it_is_used() -> None:
    # a key shared by two different phrases maps to None and is never repaired to either
    table = known_phrases()
    assert all(v is None or letters_key(v) == " ".join(k) for k, v in table.items())
    assert table[("lam", "dong")] == "Lâm Đồng"


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("V/W cử lãnh đạo Ban tham gia", "V/v cử lãnh đạo Ban tham gia"),
        ("Nơi nhận:\t_—_\tK/TTRƯỞNG BAN", "Nơi nhận:\t_—_\tK/T TRƯỞNG BAN"),
        # n041: the P and H of "PHÓ" lost under the signature's stroke
        ("Ó-TRƯỞNG BAN THƯỜNG TRỰC", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
        ("ÔNG TRƯỞNG", "ÔNG TRƯỞNG"),
    ],
)
def test_frame_marks_repaired(read: str, repaired: str) -> None:
    assert repair_ocr_text(read) == repaired


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised position in running text keeps its capitals (was made "TRƯỞNG BAN")
        "Trưởng Ban Tuyên giáo",
        # "Thủ trưởng" (head of an agency) and "Thứ trưởng" (deputy minister) share their letters
        "THỦ TRƯỞNG các cơ quan",
    ],
)
def test_valid_look_alikes_kept(text: str) -> None:
    assert repair_known_words(text) == text


def _addressee_data() -> dict[str, list[str]]:
    import tomllib
    from importlib import resources

    text = resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8")
    return dict(tomllib.loads(text)["addressees"])


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        # the addressees of the dev scans 003, 001, n057, n047: tones misread in a body's name
        ("Các đoàn thế chính trị xã hội phường", "Các đoàn thể chính trị xã hội phường"),
        ("Các cơ quan chuyền trách tham mưu giúp việc Tỉnh ủy", "Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy"),
        ("Sở Nông nghiệp và Phát triên nông thôn", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phô.", "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố."),
    ],
)
def test_addressee_words_repaired_in_lower_case(read: str, repaired: str) -> None:
    assert repair_known_words(read) == repaired


def test_addressee_data_examples_both_ways() -> None:
    data = _addressee_data()
    assert all(repair_known_words(e) != e for e in data["examples"])
    assert all(repair_known_words(c) == c for c in data["counter_examples"])
    # a lower-case phrase another phrase shares its letters with would repair prose wrongly
    assert all(known_phrases()[tuple(letters_key(w).split())] == w for w in data["words"])


def test_so_before_a_number_is_read_as_so_and_so_elsewhere_kept() -> None:
    # a subject's "Kế hoạch số 164-KH/TU" (w050's) as OCR reads its hook: "só"; "só" before a word stays
    assert repair_ocr_text("Triển khai thực hiện Kế hoạch só 164-KH/TU ngày 24") == "Triển khai thực hiện Kế hoạch số 164-KH/TU ngày 24"
    assert repair_ocr_text("có só liệu") == "có só liệu"


TONE_STYLE_REPAIRED = {
    # TONE_STYLE: 001's header "TỈNH ỦY QUẢNG NGÃI" (new style: the mark on "U") with the hook of
    # "TỈNH" read as an acute; both "TỈNH ỦY" and "TỈNH UỶ" are known, the read's "ỦY" chooses
    "BAN THƯỜNG VỤ TÍNH ỦY": "BAN THƯỜNG VỤ TỈNH ỦY",
    # 000's "THÀNH UỶ HẢI PHÒNG" (old style: the mark on "Y"), its hook read as an acute
    "THÀNH UÝ HẢI PHÒNG": "THÀNH UỶ HẢI PHÒNG",
    # n053's item "- Thường trực Tỉnh uỷ;" (old style), "Tỉnh" read without its hook
    "- Thường trực Tinh uỷ;": "- Thường trực Tỉnh uỷ;",
    # n039's "Kính gửi: Uỷ ban nhân dân …" (old style), the hook read as an acute
    "Kính gửi: Uý ban nhân dân": "Kính gửi: Uỷ ban nhân dân",
}


@pytest.mark.parametrize(("read", "repaired"), TONE_STYLE_REPAIRED.items())
def test_a_phrase_of_two_tone_styles_is_repaired_in_the_reads_style(read: str, repaired: str) -> None:
    repairs: list[str] = []
    assert (repair_known_words(read, repairs), len(repairs)) == (repaired, 1)


@pytest.mark.parametrize(
    "text",
    ["TINH UY QUẢNG NGÃI", "- Các cơ quan chuyên trách TMGV Tỉnh ỦY;", "- Thường trực Tỉnh uỷ;", "TỈNH ỦY QUẢNG NGÃI", "Uỷ ban nhân dân", "Ủy ban nhân dân"],
)
def test_a_phrase_of_two_tone_styles_is_kept_where_the_read_shows_no_style_or_is_right(text: str) -> None:
    # no mark on "UY": no style to follow, left as read; a read of mixed case (n053's scan: "Tỉnh
    # ỦY" for "Tỉnh ủy") is no phrase's print; a phrase spelt right in either style stays
    repairs: list[str] = []
    assert repair_known_words(text, repairs) == text
    assert repairs == []


def test_chi_before_dang_bo_is_read_as_chi_and_chi_elsewhere_kept() -> None:
    # 002's recipients "Các chi, đảng bộ trực thuộc Huyện ủy" as its scan reads them: "chỉ"
    assert repair_ocr_text("Kính gửi: Các chỉ, đảng bộ trực thuộc Huyện ủy") == "Kính gửi: Các chi, đảng bộ trực thuộc Huyện ủy"
    assert repair_ocr_text("chỉ đạo các chi bộ, đảng bộ") == "chỉ đạo các chi bộ, đảng bộ"
    assert repair_ocr_text("chỉ, không") == "chỉ, không"


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        # n047's scan: the duty's verb "giao" read "g1ao", so "Bộ Tài chính" was not given the duty
        ("nhiệm vụ của nhiều cơ\nquan, g1ao Bộ Tài chính chủ trì, làm việc trực tiếp với các Bộ", "nhiệm vụ của nhiều cơ\nquan, giao Bộ Tài chính chủ trì, làm việc trực tiếp với các Bộ"),
        ("thực hiện tốt chủ trương này trong thời g1an qua", "thực hiện tốt chủ trương này trong thời gian qua"),  # c143's scan
        ("- Ban Chỉ đạo Quôc g1a VỀ PCTT (b/©);", "- Ban Chỉ đạo Quôc gia VỀ PCTT (b/©);"),  # n055's scan
    ],
)
def test_an_i_read_as_one_inside_a_syllable_is_read_as_i(read: str, repaired: str) -> None:
    found: list[str] = []
    assert repair_digit_in_syllable(read, found) == repaired
    assert len(found) == 1


@pytest.mark.parametrize("text", ["3,25 triệu m3 còn thiếu", "tại mỏ B1.3 đã được cấp phép", "H2O", "khoản 5a", "mã k1x", "ngày 1tháng 5"])
def test_a_digit_not_inside_a_syllable_of_the_list_is_kept(text: str) -> None:
    assert repair_digit_in_syllable(text) == text
