"""The Government portal's black received stamp on a 1-bit scan (loaders/portalstamp.py, issue 13, session 23).

The page images are drawn to c159's geometry (dev, page 1 at the loader's 300 dpi, 0.24 pt a pixel): the stamp's
box 441-572 pt across and 110-155 pt down, the type's name "THÔNG BÁO" left of it, the subject's first line
under its foot; Tesseract is faked with the reads the real page gave (its page read lost the line).
"""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageDraw

from directive_parser.loaders import ocr, portalstamp

SCALE = 0.24
TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def px(pt: float) -> int:
    return round(pt / SCALE)


def c159_page(width_pt: float = 131.5, both_sides: bool = True) -> Image.Image:
    """c159's page 1 top: the portal stamp's box, and print rows for the type's name and the subject's two lines (one
    run of print rows, as on c159, where the second line's marks reach up to the first's)."""
    page = Image.new("L", (px(601), px(850)), 255)
    draw = ImageDraw.Draw(page)
    x0, top, bottom = 441.0, 110.0, 154.5
    if both_sides:
        draw.rectangle((px(x0), px(top), px(x0 + width_pt), px(bottom)), outline=0, width=5)
    else:  # its right side only, as a table's single rule
        draw.line((px(x0 + width_pt), px(top), px(x0 + width_pt), px(bottom)), fill=0, width=5)
    for left, t, right, b in ((268, 138, 349, 149), (92, 156, 440, 166), (92, 166, 531, 185)):
        for x in range(left, right - 4, 6):  # print rows: letters 4 pt wide, 2 pt apart
            draw.rectangle((px(x), px(t), px(x + 4), px(b)), fill=0)
    return page


def word(text: str, x0: float, top: float, x1: float, bottom: float, line: str, conf: float = 96.0) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": text, "line": ("1", "1", line), "conf": conf}


# the page's read (c159, dev): the stamp's handwritten day read beside the type's name, the subject's first line lost
PAGE = [
    word("THÔNG", 268, 136, 317, 163, "5", 92.0), word("BÁO", 321, 136, 349, 149, "5", 85.0),
    word("hoà:", 476, 138, 495, 163, "5", 11.0), word(".4-L4L20.", 494, 139, 542, 162, "5", 0.0),
    word("25...", 543, 140, 571, 150, "5", 18.0),
    *(word(t, 92 + 30 * k, 172, 118 + 30 * k, 185, "6") for k, t in enumerate(["về", "phát", "triển", "khoa", "học,", "công", "nghệ,"])),
]


def tsv(rows: list[tuple[float, list[tuple[str, float]]]], band_top: float) -> str:
    """A faked Tesseract read of the band: each row (its top in page points) its words (text, conf), left to right."""
    out = TSV_HEAD
    for n, (top, words) in enumerate(rows, 1):
        for k, (text, conf) in enumerate(words, 1):
            out += f"5\t1\t1\t1\t{n}\t{k}\t{px(92 + 30 * k)}\t{px(top - band_top)}\t{px(26)}\t{px(11)}\t{conf}\t{text}\n"
    return out


BAND_ROWS = [
    (138.0, [("THÔNG", 92.0), ("BÁO", 92.0)]),
    # c159's band: the line the page lost, read with the frame whitened, a speck at each end
    (156.0, [("w", 60.0), *((t, 97.0) for t in ["Kết", "luận", "Phiên", "họp", "lần", "thứ", "nhất", "Ban", "Chỉ", "đạo", "của"]), ("7", 0.0)]),
]


def _split(monkeypatch: pytest.MonkeyPatch, page: Image.Image, rows: list[tuple[float, list[tuple[str, float]]]]) -> tuple[list[str], list[str], list[str]]:
    # the band is the last crop across the page before Tesseract is called: its top places the faked read
    band_top = [0.0]
    real_crop = Image.Image.crop

    def crop(self: Image.Image, box: Any = None) -> Image.Image:
        if box is not None and box[0] == 0 and box[2] == page.width and self.mode == "L":
            band_top[0] = box[1] * SCALE
        return real_crop(self, box)

    def fake(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        assert psm == ocr.SIGNATURE_PSM  # the band read as a block
        return tsv(rows, band_top[0])

    monkeypatch.setattr(ocr, "_tesseract_tsv", fake)
    monkeypatch.setattr(Image.Image, "crop", crop)
    repairs: list[str] = []
    words, stamp = portalstamp.split_portal_stamp([dict(w) for w in PAGE], page, SCALE, repairs)
    lines = [" ".join(w["text"] for w in ln) for ln in ocr.ocr_lines(words)]
    return lines, [w["text"] for w in stamp], repairs


def test_portal_frame_is_found_by_its_two_sides_at_the_stamps_width() -> None:
    frame = portalstamp.portal_frame(c159_page(), SCALE)
    assert frame is not None and abs(frame[0] - 441) < 2 and abs(frame[2] - 572.5) < 2
    # one side alone, a coloured stamp's wider box (150 pt, the synthetic s200/s300 stamp), or a table's column
    # as wide (n044, dev: its rules run on past the column's sides): no portal stamp
    assert portalstamp.portal_frame(c159_page(both_sides=False), SCALE) is None
    assert portalstamp.portal_frame(c159_page(width_pt=150.0), SCALE) is None
    table = c159_page()
    ImageDraw.Draw(table).line((px(300), px(110), px(600), px(110)), fill=0, width=5)
    assert portalstamp.portal_frame(table, SCALE) is None


def test_the_stamps_words_go_and_the_line_under_its_foot_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    lines, stamp, repairs = _split(monkeypatch, c159_page(), BAND_ROWS)
    assert stamp == ["hoà:", ".4-L4L20.", "25..."]  # the handwritten day, no longer beside the type's name
    assert "THÔNG BÁO" in lines
    assert "Kết luận Phiên họp lần thứ nhất Ban Chỉ đạo của" in lines  # the specks at its ends ("w", "7") left out
    assert any("the portal's received stamp, found by its frame" in r for r in repairs)
    assert any(r.startswith("'' → 'Kết luận Phiên họp") for r in repairs)


def test_a_band_row_of_noise_is_not_taken_for_a_lost_line(monkeypatch: pytest.MonkeyPatch) -> None:
    noise = [(156.0, [("v", 33.0), ("X65", 66.0), ("_BỖ/", 11.0), ("TK", 40.0), ("!A^", 0.0), ("Lổ", 55.0)])]
    lines, stamp, repairs = _split(monkeypatch, c159_page(), noise)
    assert stamp and not any(r.startswith("'' →") for r in repairs)
    assert not any("X65" in ln for ln in lines)


def test_without_the_box_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    lines, stamp, repairs = _split(monkeypatch, c159_page(both_sides=False), BAND_ROWS)
    assert stamp == [] and repairs == []
    assert any("hoà:" in ln for ln in lines)


def test_a_row_past_the_box_keeps_the_pages_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # PORTAL_ROWS_CROSSED: the band reaches the subject's second line (172-185 pt, under the box's foot at 155) and
    # reads it with more sure words; the box does not cross it, so the page's read stays (c159: the band's "chuyển
    # đối số" for the page's "chuyển đỗi số", which the word list repairs)
    second = (174.0, [(t, 97.0) for t in ["về", "phát", "triển", "khoa", "học,", "công", "nghệ,", "đổi", "mới", "sáng"]])
    lines, _, repairs = _split(monkeypatch, c159_page(), [*BAND_ROWS, second])
    assert "về phát triển khoa học, công nghệ," in lines
    assert not any("sáng" in ln for ln in lines) and not any("more sure words" in r for r in repairs)
