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


# --- RECEIVED_STAMP_BY_INK: a stamp neither its mark nor its frame was read on, found by its ink ---------------

def _named(reads: dict[str, list[str]], seen: list[Any]) -> Any:
    """Tesseract's read by the crop's name (a part of it), each word "text" at 85 or "text@conf"; other crops read nothing."""
    def read(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        seen.append((name, image.mode, psm))
        lines = next((v for k, v in reads.items() if k in name), [])
        return _tesseract(lines, [])(image, name, psm)
    return read


INK_NAME = "the received stamp found by its ink"


@pytest.mark.parametrize(("lines", "number", "date"), [
    # 000 at 300 dpi, a red stamp over the subject, nothing of it read by the page: read alone whole
    (["VĂN@97 PHÒNG@93 UBND@93", "ĐẾN@68 Số:@92 3277@97", "Ngày:@97 15/7/2023@96", "Chuyển:@93 ..-‹:+-‹@0"], "3277", "2023-07-15"),
    # s200 002, a blue one: the label read "Só:" at 53 (a label counts at any confidence)
    (["VĂN@95 PHÒNG@93 UBND@89", "ĐẾN@83 Só:@53 2951@91", "Ngày:@97 28/9/2024@96"], "2951", "2024-09-28"),
    # s200 n012: "SỐ:" in capitals; its day read "22,/304€" (no day)
    (["VĂN@96 PHÒNG@93 UBND@93", "ĐẾN@96 SỐ:@82 485@96", "Ngày:@93 22,/304€@0"], "485", None),
    # s200 n004: "1320" at 79 for 1820, a figure doubted: no number; its mark read "ĐEN" at 28 still marks the stamp
    (["ĐEN@28 Số:@88 1320@79", "Ngày:@93 su,3/<00)@0"], None, None),
    # s300 n016: the label read "56:", the number after no label: not taken; the day after its label is
    (["VĂN@93 PHÒNG@93 UBND@65", "ĐẾN@89 56:@26 1643@80", "Ngày:@27 11/6/2024@92 h@92"], None, "2024-06-11"),
    # s300 n031: a year 2725 at 54, doubted and no day
    (["ĐẾN@96 Số:@81 1162@96", "Ngày:@57 17/12/2725@54"], "1162", None),
])
def test_a_stamp_found_by_its_ink_is_read_alone_by_its_labels(monkeypatch: pytest.MonkeyPatch, lines: list[str],
                                                             number: str | None, date: str | None) -> None:
    seen: list[Any] = []
    monkeypatch.setattr(ocr, "_tesseract_tsv", _named({INK_NAME: lines}, seen))
    page = _page((200, 40, 60))
    box = ocr.stamp_ink_box(page, SCALE)
    assert box is not None
    repairs: list[str] = []
    got = ocr.received_by_ink(page, SCALE, box, repairs)
    assert got is not None and (got["number"], got["date"]) == (number, date)
    assert seen == [(INK_NAME, "L", "6")]  # the ink alone, read as a block
    assert repairs == [f"'' → {v!r} (the received stamp's {f}, its stamp found by its ink and read alone)"
                       for f, v in (("number", number), ("date", date)) if v]


def test_ink_that_reads_no_received_stamp_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    page = _page((200, 40, 60))
    box = ocr.stamp_ink_box(page, SCALE)
    assert box is not None
    # a red title or a motto in the box: no mark, not both labels; the document's own "Số: 12/KH-UBND" is no entry number
    for lines in (["ĐẢNG@96 CỘNG@96 SẢN@96 VIỆT@96 NAM@96"], ["Số:@96 12/KH-UBND@96"], ["Số:@96 1234@96"]):
        monkeypatch.setattr(ocr, "_tesseract_tsv", _named({INK_NAME: lines}, seen))
        assert ocr.received_by_ink(page, SCALE, box) is None
    # both labels without the mark: a stamp, its number taken; the same labels with a symbol: a stamp, no number
    monkeypatch.setattr(ocr, "_tesseract_tsv", _named({INK_NAME: ["Số:@96 1234@96", "Ngày:@96 2/3/2024@96"]}, seen))
    assert ocr.received_by_ink(page, SCALE, box) == {"text": "Số: 1234 Ngày: 2/3/2024", "number": "1234", "date": "2024-03-02"}
    monkeypatch.setattr(ocr, "_tesseract_tsv", _named({INK_NAME: ["Số:@96 12/KH-UBND@96", "Ngày:@96 x@96"]}, seen))
    assert ocr.received_by_ink(page, SCALE, box) == {"text": "Số: 12/KH-UBND Ngày: x", "number": None, "date": None}


def test_a_grey_page_or_no_ink_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    monkeypatch.setattr(ocr, "_tesseract_tsv", _named({INK_NAME: ["ĐẾN Số: 796"]}, seen))
    box = (44.88, 183.6, 146.88, 240.72)
    assert ocr.received_by_ink(_page((200, 40, 60)).convert("L"), SCALE, box) is None
    assert ocr.received_by_ink(_page((95, 95, 95)), SCALE, box) is None  # grey ink: nothing coloured in the box
    assert seen == []


def test_the_page_reader_fills_the_stamp_found_by_ink_apart_from_the_documents_date(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    # the page's read: the header, nothing of the stamp (its mark lost); the ink read alone: the stamp
    header = ["ỦY@96 BAN@96 NHÂN@96 DÂN@96", "Số:@96 12/KH-UBND@96", "Lâm@96 Đồng,@96 ngày@96 7@96 tháng@96 3@96 năm@96 2024@96"]
    stamp = ["VĂN@96 PHÒNG@96 UBND@96", "ĐẾN@96 Số:@96 796@96", "Ngày:@96 23/1/2024@96"]
    monkeypatch.setattr(ocr, "_tesseract_tsv", _named({"page 1": header, INK_NAME: stamp}, seen))
    reading = ocr.Reading()
    text = ocr.read_page_image(_page((200, 40, 60)), 1, SCALE, reading)
    assert reading.received == {"text": "VĂN PHÒNG UBND ĐẾN Số: 796 Ngày: 23/1/2024", "number": "796", "date": "2024-01-23"}
    assert "ngày 7 tháng 3 năm 2024" in text and "23/1/2024" not in text
    assert "p1: '' → '796' (the received stamp's number, its stamp found by its ink and read alone)" in reading.repairs
    # a stamp found by its mark (the fake's word boxes are a grid: it takes the lines around its mark) is not read this way
    seen.clear()
    monkeypatch.setattr(ocr, "_tesseract_tsv", _named({"page 1": [*header, "ĐẾN@96 Số:@96 796@96"], INK_NAME: stamp}, seen))
    reading = ocr.Reading()
    ocr.read_page_image(_page((200, 40, 60)), 1, SCALE, reading)
    assert "ĐẾN" in reading.received["text"] and not any(name == INK_NAME for name, _, _ in seen)


def test_the_number_after_its_label_read_in_small_letters_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    read = N014_READ | {"number": None}
    # RECEIVED_LABEL_AS_READ, n012 at 300 dpi: the page read "ĐẾN Số: 4o3~"; its ink alone "ĐẾN(96) số,(94) 4934(97)"
    monkeypatch.setattr(ocr, "_tesseract_tsv", _tesseract(["ĐẾN@96 số,@94 4934@97", "Ngày:@93 2/9/202„@76"], seen))
    repairs: list[str] = []
    assert ocr.reread_received(N014_STAMP, _page((40, 60, 170)), SCALE, read, repairs) == {**read, "number": "4934"}
    assert repairs == ["'' → '4934' (the received stamp's number, read again from its ink alone)"]
    # a figure the ink doubts after the same label is not taken (s200 n004's "1320" at 79 for 1820)
    monkeypatch.setattr(ocr, "_tesseract_tsv", _tesseract(["ĐẾN@96 số,@94 1320@79"], seen))
    assert ocr.reread_received(N014_STAMP, _page((40, 60, 170)), SCALE, read)["number"] is None
