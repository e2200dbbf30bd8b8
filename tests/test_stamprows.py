"""The rows under a received stamp taken row by row (loaders/stamprows.py), on the reads of dev renders."""

from __future__ import annotations

from directive_parser._typing import Word
from directive_parser.loaders.stamprows import (
    STAMP_PRINT_WORD,
    _band_rows,
    _side_by_side,
    lines_across,
    row_score,
    rows_read_better,
)


def _line(text: str, top: float, line: tuple[str, str, str], x0: float = 100.0, conf: float = 95.0, step: float = 32.0) -> list[Word]:
    """A line's words as Tesseract gives them, ``step`` points apart (a word 28 wide)."""
    return [
        {"x0": x0 + k * step, "x1": x0 + k * step + 28.0, "top": top, "bottom": top + 12.0, "text": t, "line": line, "conf": conf}
        for k, t in enumerate(text.split())
    ]


def _texts(words: list[Word]) -> list[str]:
    return [str(w["text"]) for w in sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"])))]


def test_a_row_the_band_reads_into_words_of_the_list_is_taken() -> None:
    # n023 at 200 dpi: a red stamp over its "V/v" lines; the page's row against the band's
    page = _line("V/v trả ÍòYÖÈ'fðÑÐNfa UBND", 111.6, ("1", "2", "1"), 122.0)
    page += _line("Sở Nội vụ 8ï 83áZ", 127.2, ("1", "2", "2"), 115.0)
    band = _line("V/v trả lời dẻ ngủ của", 111.6, ("stamp", "1", "1"), 122.0)
    band += _line("Sở Nội vụ tỉnh Lâm Đồng", 127.2, ("stamp", "1", "2"), 115.0)
    repairs: list[str] = []
    out, old, new = rows_read_better(page, page, band, repairs)
    assert _texts(out) == ["V/v", "trả", "lời", "dẻ", "ngủ", "của", "Sở", "Nội", "vụ", "tỉnh", "Lâm", "Đồng"]
    assert old == [] and new == []
    assert len(repairs) == 2 and "a row under the received stamp" in repairs[0]


def test_a_row_the_band_reads_into_syllables_that_make_no_words_is_not_taken() -> None:
    # n029 at 200 dpi: the band's "Lô … Hội đông thầm định" are syllables, not the list's words
    page = _line("về việc thành lập Tổ giúp việc của Hội đồng thẩm định,", 179.0, ("1", "3", "1"))
    band = _line("Về việc thành lập Lô giúp việc của Hội đông thầm định,", 181.8, ("stamp", "1", "1"))
    out, old, new = rows_read_better(page, page, band)
    assert out == page and old == page and new == band


def test_a_band_row_read_twice_or_over_no_page_word_is_not_taken() -> None:
    # the band reached "Kính gửi:" under the stamp, which the page read apart (outside the band)
    kinh = _line("Kính gửi: Sở Nội vụ tỉnh Lâm Đồng", 157.4, ("1", "4", "1"), 200.0)
    page = _line("V/v trả lời", 111.6, ("1", "2", "1"), 122.0, conf=60.0)
    band = _line("Kính gửi: Sở Nội vụ tỉnh Lâm Đồng", 157.4, ("stamp", "1", "3"), 200.0)
    band += _line("V/v trả lời đề nghị", 200.0, ("stamp", "1", "4"), 122.0)  # no page word on its row
    out, _, _ = rows_read_better([*page, *kinh], page, band)
    assert _texts(out) == _texts([*page, *kinh])


def test_the_stamps_printed_words_count_for_neither_read_and_are_not_taken() -> None:
    page = _line("Sở Nội vụ 8ï 83áZ", 127.2, ("1", "2", "2"), 115.0)
    band = _line("Ngày: 9/10/2025 Sở Nội vụ tỉnh Lâm Đồng", 127.2, ("stamp", "1", "2"), 115.0)
    out, _, _ = rows_read_better(page, page, band)
    assert "Ngày:" not in _texts(out) and "Đồng" in _texts(out)
    assert [bool(STAMP_PRINT_WORD.match(t)) for t in ("ĐẾN", "Số:", "Chuyển:", "đến", "số", "Ngày")] == [True, True, True, False, False, False]
    assert row_score(_line("ĐẾN Số: 2277", 0, ("1", "1", "1"))) == 0


def test_a_stamp_in_the_header_band_over_lines_across_the_page() -> None:
    # n007 at 300 dpi: the subject's lines run from 94 to 536 pt under a centred title (STAMP_OVER_LINES_ACROSS)
    subject = _line("Tổng kết thực hiện Chiến lược quốc gia phòng, chống và kiểm soát ma túy", 61.4, ("1", "1", "2"), 94.0, step=28.0)
    subject += _line("đến năm 2020 và định hướng đến năm 2030, gắn với tổng kết thực hiện", 77.5, ("1", "1", "3"), 104.0, step=28.0)
    assert lines_across(subject, 36.7, 110.2, 595.0)
    # a header's two columns on one Tesseract line ("V/v trả …" and "Hà Nội, ngày …", n023): apart by the column gap
    header = _line("V/v trả lời đề nghị của", 108.5, ("1", "2", "1"), 122.0, step=26.0)
    header += _line("Hà Nội, ngày 06 tháng 10 năm 2025", 108.5, ("1", "2", "1"), 330.0, step=26.0)
    header += _line("Sở Nội vụ tỉnh Lâm Đồng", 122.9, ("1", "2", "2"), 115.0, step=26.0)
    assert not lines_across(header, 102.0, 171.4, 595.0)


def _word(text: str, x0: float, x1: float, top: float, bottom: float, line: tuple[str, str, str], conf: float) -> Word:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": text, "line": line, "conf": conf}


# n006's phone render (a red stamp beside its title, found by its ink), page 1: the band's read of the
# subject's last row and of the stamp's ink remnants over it, a degree off square (points, the band's origin)
N006_BAND = [
    _word("ty", 115.2, 127.2, 188.0, 193.5, ("stamp", "1", "1"), 57.0),
    _word("*h^*Ð", 129.4, 139.7, 188.0, 194.5, ("stamp", "1", "1"), 0.0),
    _word("k...ẽ.-.", 163.9, 201.4, 188.0, 192.6, ("stamp", "1", "1"), 0.0),
    _word("chính", 129.1, 155.0, 195.7, 204.8, ("stamp", "1", "2"), 96.0),
    _word("quyền", 158.6, 187.2, 194.2, 206.0, ("stamp", "1", "2"), 97.0),
    _word("địa", 190.8, 204.5, 193.5, 204.1, ("stamp", "1", "2"), 93.0),
    _word("phương", 208.3, 244.8, 192.8, 204.1, ("stamp", "1", "2"), 93.0),
    _word("02", 248.2, 259.2, 191.4, 199.8, ("stamp", "1", "2"), 97.0),
    _word("cấp", 263.3, 278.9, 189.9, 201.2, ("stamp", "1", "2"), 96.0),
]
N006_PAGE = [
    _word("chính", 129.0, 155.0, 195.5, 204.6, ("1", "3", "3"), 97.0),
    _word("quyền", 158.5, 187.0, 194.0, 205.8, ("1", "3", "3"), 97.0),
    _word("đi", 190.5, 201.0, 193.6, 204.0, ("1", "3", "3"), 62.0),
    _word("ø", 215.0, 222.0, 194.0, 200.0, ("1", "3", "3"), 59.0),
    _word("02", 248.0, 259.0, 191.3, 199.7, ("1", "3", "3"), 97.0),
    _word("cấp", 263.0, 279.0, 189.8, 201.1, ("1", "3", "3"), 97.0),
]


def test_a_line_over_the_next_rows_words_is_not_joined_to_it() -> None:
    # ROW_PIECES_SIDE_BY_SIDE: the stamp's ink remnants read as a line whose height overlaps the row
    # under it on a tilted photo; joined, the row scored 0 against the page's 2 and "đi ø" was kept
    rows = _band_rows(N006_BAND)
    assert [[str(w["text"]) for w in r] for r in rows] == [["ty", "*h^*Ð", "k...ẽ.-."], ["chính", "quyền", "địa", "phương", "02", "cấp"]]
    repairs: list[str] = []
    out, _, _ = rows_read_better(N006_PAGE, N006_PAGE, N006_BAND, repairs)
    assert sorted(_texts(out)) == sorted(["chính", "quyền", "địa", "phương", "02", "cấp"])
    assert len(repairs) == 1 and "'chính quyền đi ø 02 cấp' → 'chính quyền địa phương 02 cấp'" in repairs[0]


def test_pieces_of_one_row_side_by_side_are_still_joined() -> None:
    # the band's read parting one printed row into two lines ("đến" apart from "năm 2020 và …", n007 s300)
    band = _line("đến", 77.5, ("stamp", "1", "3"), 104.0) + _line("năm 2020 và định hướng", 78.1, ("stamp", "1", "4"), 136.0)
    rows = _band_rows(band)
    assert len(rows) == 1 and [str(w["text"]) for w in rows[0]] == ["đến", "năm", "2020", "và", "định", "hướng"]
    assert _side_by_side(band[:1], band[1:]) and not _side_by_side(N006_BAND[:3], N006_BAND[3:])
