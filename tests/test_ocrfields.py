"""The first page's date line re-read on its own crop, and the symbol's type code repaired.

The re-read's rules are pinned with a stand-in for Tesseract (its TSV for each rendering of the
crop, in order: grey, enlarged, red channel, binarised), on the readings the dev scans gave; the
real crops are read end to end by tests/test_scans.py (c155) and scored by ``evaluate --scans``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PIL import Image

from directive_parser.loaders import ocrfields
from directive_parser.loaders.ocr import repair_ocr_text
from directive_parser.loaders.ocrfields import (
    crop_renderings,
    date_fields,
    date_run,
    latest_possible,
    repair_type_code,
    reread_date_line,
    run_right,
    undoubled_code,
)

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _tsv(text: str, conf: float = 90.0) -> str:
    rows = [f"5\t1\t1\t1\t1\t{k + 1}\t{10 + 60 * k}\t10\t50\t20\t{conf}\t{word}" for k, word in enumerate(text.split())]
    return HEADER + "\n".join(rows) + "\n"


def _word(x: float, y: float, text: str, conf: float = 90.0) -> dict[str, Any]:
    return {"x0": x, "x1": x + 30, "top": y, "bottom": y + 12, "text": text, "line": ("1", "1", str(y)), "conf": conf}


def _page(date_words: list[str], extra: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """A first page (595 x 842 pt) whose header's right column has ``Hà Nội, <date words>``."""
    row = [_word(330, 100, "Hà"), _word(350, 100, "Nội,")]
    row += [_word(380 + 25 * k, 100, t) for k, t in enumerate(date_words)]
    return [_word(80, 100, "Số:"), *row, _word(72, 400, "Kính"), *(extra or [])]


IMAGE = Image.new("RGB", (2480, 3508), "white")
SCALE = 72 / 300


def _reader(readings: list[str]) -> Any:
    calls = iter(readings)
    return lambda image, name, psm: _tsv(next(calls))


def _run(first: list[str], readings: list[str], received: str | None = None, extra: list[dict[str, Any]] | None = None) -> tuple[list[str], list[str]]:
    repairs: list[str] = []
    words = reread_date_line(_page(first, extra), IMAGE, SCALE, received, _reader(readings), repairs)
    return [w["text"] for w in words], repairs


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("ngày |] tháng 9 năm 2025", (11, 9, 2025)),  # c155: the italic "11" read as two strokes
        ("ngày30 tháng I1 năm 2024", (30, 11, 2024)),  # c150: glued, "I1" for "11"
        ("ngày 0l tháng 12 năm 2024", (1, 12, 2024)),  # c157's re-read
        ("ngày) tháng 4 năm 2026", (None, 4, 2026)),  # n047: the handwritten day lost
        ("ngày | tháng 02 năm 2024", (None, 2, 2024)),  # a lone stroke: the rule of a blank day
        ("ngày 89 tháng 3 năm 2018", (None, 3, 2018)),  # n050's re-read: no day
        ("ngày 25 tháng 13 năm 2025", (25, None, 2025)),
    ],
)
def test_date_fields_by_the_grammar(line: str, fields: tuple[int | None, ...]) -> None:
    assert date_fields(line) == fields


def test_a_line_without_the_date_words_is_no_date_line() -> None:
    assert date_fields("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;") is None


def test_latest_possible_day_from_the_signatures_and_the_received_stamp() -> None:
    words = [_word(0, 0, t) for t in ["Thời", "gian", "ký:", "2025-11-25T17:01:58+07:00"]]  # n046
    assert latest_possible(words, None) == dt.date(2025, 11, 25)
    words = [_word(0, 0, t) for t in ["ttcbth@quangngai.gov.vn", "21.03.2018", "16:41:00", "+07:00"]]  # n050
    assert latest_possible(words, "2018-03-22") == dt.date(2018, 3, 21)
    # a date without a time of day is a body's citation, no bound
    assert latest_possible([_word(0, 0, "ngày"), _word(0, 0, "19/6/2015;")], None) is None


def test_a_lost_day_is_taken_when_the_readings_agree() -> None:
    # n047 (a grey scan: three renderings): "ngày) tháng 4 năm 2026" on the page; the crop read
    # "50" (no day), "30", "30"
    readings = ["ngày50 tháng 4 năm 2026", "ngày30 tháng 4 năm 2026", "ngày30 tháng 4 năm 2026", "ngày30 tháng 4 năm 2026"]
    texts, repairs = _run(["ngày)", "tháng", "4", "năm", "2026"], readings)
    assert "ngày 30 tháng 4 năm 2026" in texts
    assert texts[:3] == ["Số:", "Hà", "Nội,"] and texts[-1] == "Kính"
    assert len(repairs) == 1 and "2 of 3 readings agree" in repairs[0] and "confidence 90" in repairs[0]


def test_a_colour_scan_is_read_in_its_red_channel_too() -> None:
    # a grey scan's red channel is its grey image: read once, not counted as a second reading
    assert len(crop_renderings(Image.new("RGB", (40, 10), "white"))) == 3
    blue = Image.new("RGB", (40, 10), "white")
    blue.paste((30, 60, 200), (5, 2, 20, 8))  # a handwritten day in blue ink
    assert len(crop_renderings(blue)) == 4


def test_a_field_the_page_read_is_kept() -> None:
    # n046: the day read "23" on the page, "25" on the crop; only the month is taken from the crop
    readings = ["ngày 25 tháng I1 năm 2025", "gay 25 tháng I1 năm 2025", "ngày 25 tháng I1 năm 2025", "ngày 235 tháng I1 năm 2025"]
    texts, _ = _run(["ngày", "23", "tháng", "IÌ", "năm", "2025"], readings)
    assert "ngày 23 tháng 11 năm 2025" in texts


@pytest.mark.parametrize(
    "readings",
    [
        # one reading alone: not agreed
        ["ngày 30 tháng 4 năm 2026", "ngày) tháng 4 năm 2026", "ngày tháng 4 năm 2026", "HỢỜYV"],
        # two valid days read: not agreed
        ["ngày 30 tháng 4 năm 2026", "ngày 30 tháng 4 năm 2026", "ngày 20 tháng 4 năm 2026", "x"],
        # the crop's year is not the page's: not the same line
        ["ngày 30 tháng 4 năm 2025", "ngày 30 tháng 4 năm 2025", "x", "x"],
    ],
)
def test_no_agreement_leaves_the_line_as_read(readings: list[str]) -> None:
    texts, repairs = _run(["ngày)", "tháng", "4", "năm", "2026"], readings)
    assert "ngày)" in texts and not repairs


def test_a_date_after_the_signature_is_refused() -> None:
    signed = [_word(400, 20, t) for t in ["Thời", "gian", "ký:", "2026-04-25T17:01:58+07:00"]]
    readings = ["ngày30 tháng 4 năm 2026"] * 3
    texts, repairs = _run(["ngày)", "tháng", "4", "năm", "2026"], readings, extra=signed)
    assert "ngày)" in texts and not repairs
    texts, _ = _run(["ngày)", "tháng", "4", "năm", "2026"], readings, received="2026-04-29")
    assert "ngày)" in texts


def test_a_whole_date_read_on_the_page_is_not_read_again() -> None:
    def fail(image: Any, name: str, psm: str) -> str:
        raise AssertionError("read again")

    words = _page(["ngày", "09", "tháng", "4", "năm", "2025"])
    assert reread_date_line(words, IMAGE, SCALE, None, fail) == words


def test_a_date_in_the_body_or_the_left_column_is_not_the_date_line() -> None:
    body = [_word(72, 500, "ngày"), _word(100, 500, "1"), _word(120, 500, "tháng"), _word(150, 500, "4"), _word(170, 500, "năm"), _word(200, 500, "2025")]
    words = [_word(80, 100, "Số:"), *body]
    assert reread_date_line(words, IMAGE, SCALE, None, _reader([])) == words


def _n051_rows(glued: str) -> tuple[list[Any], list[Any]]:
    header = [_word(330, 100, "Ngãi,"), _word(360, 100, glued), _word(400, 100, "tháng"), _word(430, 100, "5"), _word(450, 100, "năm"), _word(480, 100, "2021")]
    body = [_word(72, 300, "Căn"), _word(300, 300, "ngày"), _word(330, 300, "Ÿ"), _word(360, 300, "tháng"), _word(390, 300, "4"), _word(410, 300, "năm"), _word(440, 300, "2021")]
    return header, body


def test_a_ngay_glued_to_a_handwritten_day_starts_the_date_line() -> None:
    # n051: the header's "ngày" read "ngàW‡†" (the day written against it); the line is the header's
    header, body = _n051_rows("ngàW‡†")
    out = reread_date_line([*header, *body], IMAGE, SCALE, None, _reader(["ngày 11 tháng 5 năm 2021"] * 3))
    assert [w["text"] for w in out[:2]] == ["Ngãi,", "ngày 11 tháng 5 năm 2021"] and out[2:] == body


def test_a_body_citation_below_an_unreadable_date_line_is_not_taken() -> None:
    # the header's row has no "ngày" ("ngành" is another word); a body citation below it lost its
    # day, which the crop would read
    header, body = _n051_rows("ngành")
    words = [*header, *body]
    assert reread_date_line(words, IMAGE, SCALE, None, _reader(["ngày 16 tháng 4 năm 2021"] * 3)) == words
    assert reread_date_line(body, IMAGE, SCALE, None, _reader(["ngày 16 tháng 4 năm 2021"] * 3)) != body


def _box(text: str, x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": text, "line": ("1", "1", "9"), "conf": 90.0}


# c143's date row as Tesseract read it (boxes in points): the received stamp stamped against the
# year, its top line "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" read on the row, the year "2024" lost
C143_ROW = [
    _box("Hà", 289, 119, 306, 129),
    _box("Nội,", 310, 119, 332, 131),
    _box("ngày", 338, 122, 365, 132),
    _box("01", 369, 119, 382, 129),
    _box("tháng", 387, 119, 419, 132),
    _box("12", 423, 119, 435, 129),
    _box("năm", 440, 122, 463, 129),
    _box("CÓ", 473, 127, 492, 138),
    _box("NGTNĐỆNTỦ", 494, 125, 581, 138),
    _box("GINNPHÙ", 583, 124, 597, 135),
]


def test_a_stamps_words_on_the_date_row_are_no_part_of_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    run = date_run(C143_ROW, 612, 792)
    assert run is not None and [w["text"] for w in run] == ["ngày", "01", "tháng", "12", "năm"]
    # the crop reaches the year's place after "năm" (the year ends at about 494 pt), not the stamp
    assert run_right(run) == 463 + 23 * 1.5
    monkeypatch.setattr(ocrfields, "READ_THE_YEARS_PLACE", False)
    assert run_right(run) == 463  # switched off, the year's place is not read


def test_a_year_on_the_row_stays_in_the_line() -> None:
    # c157's row: the year read on it; the crop ends with it
    row = [_box("ngày", 352, 119, 380, 132), _box("0tháng", 384, 118, 431, 132), _box("12", 434, 119, 447, 129), _box("năm", 452, 119, 475, 129), _box("2024", 480, 119, 508, 129)]
    run = date_run(row, 612, 792)
    assert run == row and run_right(run) == 508


@pytest.mark.parametrize(
    ("code", "repaired"),
    [("QĐĐ", "QĐ"), ("CĐĐ", "CĐ"), ("KHH", "KH"), ("QĐ", None), ("TTg", None), ("UBND", None), ("BGDĐT", None), ("VPCP", None)],
)
def test_undoubled_code(code: str, repaired: str | None) -> None:
    assert undoubled_code(code) == repaired


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("Số: 422 /CĐĐ-TTg", "Số: 422 /CĐ-TTg"),  # c149
        ("Số:2576 /QĐĐ-BGDĐT", "Số:2576 /QĐ-BGDĐT"),  # c155's re-read
        ("Số: 464 /TTg-CĐS", "Số: 464 /TTg-CĐS"),  # no type code: a Công văn's symbol
        ("Số: 299 /UBND-TTHC", "Số: 299 /UBND-TTHC"),
        ("Số 248-CV/ĐU", "Số 248-CV/ĐU"),  # Party form, right as read
        ("các QĐĐ-X của Bộ", "các QĐĐ-X của Bộ"),  # not in a number line
    ],
)
def test_repair_type_code(line: str, repaired: str) -> None:
    assert repair_type_code(line) == repaired


def test_type_code_repair_is_recorded_in_the_page_repairs() -> None:
    repairs: list[str] = []
    assert repair_ocr_text("Số: 422 /CĐÐ-TTg", repairs) == "Số: 422 /CĐ-TTg"  # "Ð" (eth) read for "Đ"
    assert repairs == ["'CĐĐ' → 'CĐ' (the symbol's type code)"]


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("Hà Nội, ngày |] tháng 9 năm 2025", "Hà Nội, ngày 11 tháng 9 năm 2025"),  # c155
        ("Hà Nội, ngày l1 tháng 4 năm 2025", "Hà Nội, ngày 11 tháng 4 năm 2025"),  # c135
        ("Hà Nội, ngày lì tháng 4 năm 2025", "Hà Nội, ngày 11 tháng 4 năm 2025"),  # c159: MARKED_ONES, the italic "11"
        ("Hà Nội, ngày ì tháng 4 năm 2025", "Hà Nội, ngày tháng 4 năm 2025"),  # a lone marked "i" is no figure
        ("Tân Yên, ngày | tháng 02 năm 2024", "Tân Yên, ngày tháng 02 năm 2024"),  # 002: a blank day stays blank
    ],
)
def test_two_stroke_ones_in_the_page_date(line: str, repaired: str) -> None:
    assert repair_ocr_text(line) == repaired
