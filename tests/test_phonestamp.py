"""The received stamp on the phone renders (scripts/synthetic_scans.py --variants phone --seal --stamp
--stamp-at real): the band under it read across the page where its box lies beyond the header's column
edge (STAMP_BEYOND_COLUMN_EDGE, loaders/ocr.py); a grey stamp told from the photo's surround
(STAMP_NOT_THE_SURROUND). Page words as Tesseract read them on the dev renders."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from directive_parser._typing import Word
from directive_parser.loaders import ocr


def _words(spec: str, line: str) -> list[Word]:
    """Words from "text x0 x1 top bottom conf; …" (points)."""
    out: list[Word] = []
    for item in spec.split(";"):
        text, x0, x1, top, bottom, conf = item.split()
        out.append({"x0": float(x0), "x1": float(x1), "top": float(top), "bottom": float(bottom), "text": text, "line": ("1", "1", line), "conf": float(conf)})
    return out


# n038's phone render, page 1 (page 662.6 pt wide): a blue stamp found by its ink at 187.7-355.0 pt across,
# 118.3-199.9 pt down, over its subject's line; the body's first line under it runs from 111 pt across the middle
N038_STAMP = (187.68, 118.32, 354.96, 199.92)
N038_PAGE = (
    _words("ĐÍDE 201 226 140 157 0;3iđê5ZA 228 277 142 158 35;kỹ 281 294 148 158 77;THUẬT 297 333 149 161 93;"
           "TRÌNH 336 368 151 160 93;BÀY 372 392 150 160 93;VĂN 396 417 151 161 97;BẢN 421 442 151 161 93;"
           "CỦA 446 468 151 161 92;ĐẢNG 471 501 151 162 92", "5")
    + _words("thức 111 132 191 200 97;và 135 146 192 200 97;kỹ 150 160 192 202 97;thuật 163 186 192 202 96;"
             "trình 190 210 192 201 96;bày 214 231 193 203 97;văn 234 250 193 202 97;bản 254 271 194 202 96;"
             "của 275 292 194 203 96;Đảng 295 319 194 205 93", "7")
)


def test_a_stamp_beyond_the_column_edge_is_read_across() -> None:
    x0, top, x1, bottom = N038_STAMP
    edge = ocr.column_edge(N038_PAGE, top, bottom, 662.64 / 2)
    assert edge < x0  # the edge moved left of the whole stamp: the left column held none of it
    assert ocr.stamp_beyond_column_edge(x0, x1, edge, 662.64)


def test_a_stamp_in_its_column_is_not() -> None:
    # 004's phone render: a blue stamp under the number (69-237 pt), the edge at the page's middle
    assert not ocr.stamp_beyond_column_edge(69.36, 236.64, 331.32, 662.64)
    # ISSUER_COLUMN_EDGE's case (n027 at 200 dpi): a stamp over the issuer, the edge moved to the motto's gap (243 pt)
    assert not ocr.stamp_beyond_column_edge(90.0, 240.0, 243.0, 595.0)
    # a stamp in the right column, the edge left of the middle: the right part holds it
    assert not ocr.stamp_beyond_column_edge(380.0, 540.0, 243.0, 595.0)


# n014's phone render, page 1 (a grey stamp under its number line, over the "V/v" lines), its upper left
# 340 × 560 pt at 72 dpi, grey levels in steps of 8: the photo's shaded surround runs down its left edge
N014_CROP = Path(__file__).parent / "fixtures" / "stamp" / "n014-phone-grey-stamp.png"


def test_a_grey_stamp_on_a_photo_is_found_beside_its_surround() -> None:
    # STAMP_NOT_THE_SURROUND: the surround's mid-grey patch, larger than any stamp, reaches the crop's edge
    image = Image.open(N014_CROP).convert("RGB")
    box = ocr.stamp_ink_box(image, 1.0, grey=True)
    assert box is not None
    x0, top, x1, bottom = box
    assert 55 <= x0 <= 75 and 165 <= top <= 185 and 230 <= x1 <= 280 and 240 <= bottom <= 260


def test_the_surround_alone_is_no_stamp() -> None:
    pixels = np.asarray(Image.open(N014_CROP).convert("RGB")).copy()
    pixels[170:255, 60:280] = 205  # the stamp's box painted paper: the surround is left
    assert ocr.stamp_ink_box(Image.fromarray(pixels), 1.0, grey=True) is None


# n021's phone render, page 1: "Phiên họp" under its blue stamp (176-256 pt across, 178-202 pt down, as rendered)
N021_CROP = Path(__file__).parent / "fixtures" / "stamp" / "n021-phone-phien-hop.png"


def test_the_print_under_the_stamps_colour_bleed_is_kept() -> None:
    # STAMP_INK_NOT_DARK: the pixels the stamp's colour margin takes that are dark in every channel lie on
    # the black letters' edges (within 2 px of their cores), and are kept as print
    pixels = np.asarray(Image.open(N021_CROP).convert("RGB"), dtype=np.int16)
    ink = ocr._stamp_ink(pixels, ocr.STAMP_EDGE_MARGIN, ocr.STAMP_EDGE_MARGIN)
    lit = ocr.stamp_ink_lit(pixels)
    bled = ink & ~lit
    assert bled.sum() > 200
    core = pixels.max(axis=2) < 60
    near = core.copy()
    for _ in range(2):
        near[1:, :] |= near[:-1, :].copy()
        near[:-1, :] |= near[1:, :].copy()
        near[:, 1:] |= near[:, :-1].copy()
        near[:, :-1] |= near[:, 1:].copy()
    assert (bled & near).sum() >= 0.9 * bled.sum()


def test_the_stamps_own_ink_is_still_whitened() -> None:
    pixels = np.asarray(Image.open(N021_CROP).convert("RGB"), dtype=np.int16)
    ink = ocr._stamp_ink(pixels, ocr.STAMP_EDGE_MARGIN, ocr.STAMP_EDGE_MARGIN)
    assert (ink & ocr.stamp_ink_lit(pixels)).sum() >= 0.85 * ink.sum()
    # a scan's red and blue ink on white paper (s300: paper 253) is lit; black print is not
    scan = np.full((2, 3, 3), 253, dtype=np.int16)
    scan[0, 0], scan[0, 1], scan[0, 2] = (200, 60, 60), (40, 60, 170), (20, 20, 20)
    assert ocr.stamp_ink_lit(scan)[0].tolist() == [True, True, False]


def test_only_a_photographed_pages_ink_is_tested_for_bleed() -> None:
    # STAMP_BLEED_PAPER_LEVEL: n021's phone crop is a photo's paper; a scan's white paper is not
    assert ocr.paper_level(np.asarray(Image.open(N021_CROP).convert("RGB"), dtype=np.int16)) < ocr.STAMP_BLEED_PAPER_LEVEL
    assert ocr.paper_level(np.full((8, 8, 3), 252, dtype=np.int16)) >= ocr.STAMP_BLEED_PAPER_LEVEL
