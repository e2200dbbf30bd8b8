"""RECEIVED_STAMP_REREAD (issue 13): a received stamp's number or day the page's read left None, read
again from the stamp's own ink. Tesseract is stood in for by the reads it gave on the synthetic renders
(scripts/synthetic_scans.py, --seal --stamp --stamp-at real), on the stamp's boxes as the page read them."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageDraw

from directive_parser.loaders import ocr

SCALE = 72 / 300  # points per pixel at 300 dpi


def _word(x0: float, top: float, x1: float, text: str, line: str) -> ocr.Word:
    return {"x0": x0, "x1": x1, "top": top, "bottom": top + 10.0, "text": text, "line": ("1", "1", line), "conf": 80.0}


# n014 rendered at 300 dpi (dev): the stamp's lines the page read, its day line "gày: 23/1/2024 Kính gửi: …"
# run into the addressee line (not the stamp's, "N" lost)
N014_STAMP = [_word(52, 190, 78, "VĂN", "1"), _word(80, 190, 110, "PHÒNG", "1"), _word(112, 190, 138, "UBND", "1"),
              _word(51, 204, 72, "ĐỀN", "2"), _word(74, 204, 90, "Số:", "2"), _word(92, 204, 111, "796", "2"),
              _word(50, 234, 87, "Chuyển:", "3")]
N014_READ = {"text": "VĂN PHÒNG UBND ĐỀN Số: 796 Chuyển:", "number": "796", "date": None}


def _page(ink: tuple[int, int, int]) -> Image.Image:
    """An A4 page at 300 dpi with the stamp's box drawn in ``ink`` where n014's stamp stands."""
    page = Image.new("RGB", (2480, 3508), (255, 255, 255))
    ImageDraw.Draw(page).rectangle((200, 780, 600, 1000), outline=ink, width=8)
    return page


def _tesseract(lines: list[str], seen: list[Any]) -> Any:
    """Tesseract's read, each word "text" at 85 or "text@conf"."""
    def read(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        seen.append((image.mode, psm))
        rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
        for k, line in enumerate(lines, start=1):
            for n, w in enumerate(line.split(), start=1):
                text, _, conf = w.partition("@")
                rows.append(f"5\t1\t1\t1\t{k}\t{n}\t{10 + 60 * n}\t{50 * k}\t50\t30\t{conf or 85}\t{text}")
        return "\n".join(rows) + "\n"
    return read


def test_the_day_the_page_left_illegible_is_read_from_the_stamps_ink(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    # the ink-only read of n014's stamp at 300 dpi
    monkeypatch.setattr(ocr, "_tesseract_tsv", _tesseract(["VĂN PHÒNG UBND", "ĐẾN Số: 796", "Ngày: 23/1/2024", "Chuyển: ........"], seen))
    repairs: list[str] = []
    got = ocr.reread_received(N014_STAMP, _page((200, 40, 60)), SCALE, N014_READ, repairs)
    assert got == {**N014_READ, "date": "2024-01-23"}
    assert seen == [("L", "6")]  # the ink alone, read as a block
    assert repairs == ["'' → '2024-01-23' (the received stamp's date, read again from its ink alone)"]


def test_the_pages_read_is_kept_and_an_impossible_year_is_no_day(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    # n004 at 300 dpi: its re-read "Ngày: 1/11/7024" (printed 18/11/2024) gives no day; the re-read's number
    # never replaces the page's
    monkeypatch.setattr(ocr, "_tesseract_tsv", _tesseract(["ĐẾN Số: 1547", "Ngày: 1/11/7024"], seen))
    repairs: list[str] = []
    assert ocr.reread_received(N014_STAMP, _page((40, 60, 170)), SCALE, N014_READ, repairs) == N014_READ
    assert repairs == [] and len(seen) == 1


def test_a_grey_stamp_or_a_stamp_read_whole_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    monkeypatch.setattr(ocr, "_tesseract_tsv", _tesseract(["Ngày: 23/1/2024"], seen))
    assert ocr.reread_received(N014_STAMP, _page((95, 95, 95)), SCALE, N014_READ) == N014_READ  # grey: no ink of its own
    whole = {**N014_READ, "date": "2024-01-23"}
    assert ocr.reread_received(N014_STAMP, _page((200, 40, 60)), SCALE, whole) == whole
    assert ocr.reread_received(N014_STAMP, _page((200, 40, 60)).convert("L"), SCALE, N014_READ) == N014_READ
    assert seen == []


def test_a_figure_the_ink_read_doubts_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    read = N014_READ | {"date": None}
    # n029 at 300 dpi: the ink alone read "Ngày:(93) 29/10/2027(79)", printed 29/10/2025; its label read surely
    monkeypatch.setattr(ocr, "_tesseract_tsv", _tesseract(["ĐẾN@96 Số:@85 642@94", "Ngày:@93 29/10/2027@79"], seen))
    assert ocr.reread_received(N014_STAMP, _page((200, 40, 60)), SCALE, read)["date"] is None
    # n018 at 200 dpi: "Số:(75) 2018(96)": a doubtful label, a sure figure: the number is taken
    monkeypatch.setattr(ocr, "_tesseract_tsv", _tesseract(["ĐẾN@96 Số:@75 2018@96"], seen))
    assert ocr.reread_received(N014_STAMP, _page((200, 40, 60)), SCALE, {**read, "number": None})["number"] == "2018"
