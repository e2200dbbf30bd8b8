"""The Government portal's black received stamp on a 1-bit scan, found by its frame (issue 13, session 23).

Every real dev scan from the Government Office that carries a received stamp carries the same one: the
portal's "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / ĐẾN / Giờ: … / Ngày: …", printed in black in a ruled box on a
1-bit 200 dpi page, its hour and day written by hand (c135, c137, c139, c140, c143, c146, c150, c158, c159).
No colour rule takes a black stamp off (``ocr.STAMP_INK_*`` need red or blue ink), its mark "ĐẾN" is often
not read (c159: "GIỀ:....", "hoà: .4-L4L20. 25..." for "Giờ: S", "Ngày: 14/4/2025"), and Tesseract's page
layout then reads the stamp's rows as a column beside the type's name and may drop a printed line the frame
touches whole (c159: the subject's first line "Kết luận Phiên họp lần thứ nhất Ban Chỉ đạo của Chính phủ",
under the frame's foot, is in no line of the page's read; the handwritten day was taken for the subject).

PORTAL_STAMP_BY_FRAME (``portal_frame``): the stamp is a box of constant size, so its two sides are found
as vertical rules of its height ``PORTAL_SIDE_PT`` in the page's top ``PORTAL_TOP_SHARE``, ``PORTAL_WIDTH_PT``
apart (c135 133 pt, c137 132, c146 132, c150 132, c159 131, all at the loader's 300 dpi).

PORTAL_STAMP_SPLIT (``split_portal_stamp``): the page's words inside the frame are the stamp's and are
taken out (recorded); the rows the frame spans and the rows of print next to it the page read nothing on
(``ocr.unread_print_rows``) are read again across the page with the frame's box whitened (psm 6). A row
the page read is replaced only where the band's row reads better (``stamprows.rows_read_better``, its
rule); a row the page read nothing on is filled with the band's row where that row holds
``PORTAL_FILL_MIN_SCORE`` sure words of the word list (``stamprows.row_score``), each recorded. A word the
frame hides is never guessed: what the band does not read stays unread.
"""

from __future__ import annotations

import itertools
from typing import Any

from .._typing import Word
from ..errors import InputError
from .ocrnames import is_syllable
from .stamprows import ROW_SURE_CONF, row_score, rows_read_better

# The portal stamp's width between its sides' rules (points, at any resolution) and the slack either way.
PORTAL_WIDTH_PT = 132.0
PORTAL_WIDTH_SLACK_PT = 6.0
# A side's dark run (points): the box is about 43 pt tall, the letters under or over it bridged in (c159's
# left side 51 pt, "của" under its foot); a table's or a frame's longer rule is not a side.
PORTAL_SIDE_PT = (35.0, 70.0)
# The two sides overlap over this share of the shorter one (a box, not two rules at different heights).
PORTAL_SIDES_OVERLAP = 0.7
# The share of the first page's height, from the top, where the stamp is looked for (``ocr.RECEIVED_TOP_SHARE``).
PORTAL_TOP_SHARE = 0.45
# PORTAL_STANDS_ALONE: the box's top and foot rules stop at its sides. Just outside each side, along each of
# them (PORTAL_OUTSIDE_PT long, within PORTAL_RULE_ROWS_PT of the rule's row), no row is dark over
# PORTAL_RULE_SHARE of its length: a table's rule runs on past a column's sides (n044, dev: its "Họ và tên"
# column 130 pt wide, its sides 65 pt tall, is no stamp).
PORTAL_OUTSIDE_PT = (3.0, 20.0)
PORTAL_RULE_ROWS_PT = 3.0
PORTAL_RULE_SHARE = 0.8
# The frame's rule and a slight slant: the box whitened this far round the sides' extent (points), across;
# up and down only PORTAL_FOOT_PT (the sides' runs end on the top and bottom rules: more would whiten the tops
# of the letters under the foot, c159's "Chính phủ" read "ChẩPRf—" at 3 pt).
PORTAL_EDGE_PT = 3.0
PORTAL_FOOT_PT = 1.0
# Rows of print the page read nothing on, this near the frame (points, above or below), are read again too.
PORTAL_REACH_PT = 30.0
# A band row the page read nothing on is taken with at least this many sure words of the list (row_score).
PORTAL_FILL_MIN_SCORE = 2


def portal_frame(image: Any, scale: float) -> tuple[float, float, float, float] | None:
    """PORTAL_STAMP_BY_FRAME: the portal stamp's box (x0, top, x1, bottom in points) on a first page, or None.

    Example (a box 132 x 43 pt drawn at 300 dpi, and a rule of a table cell 60 pt from it):
        >>> from PIL import Image, ImageDraw
        >>> page = Image.new("L", (2480, 1600), 255)
        >>> draw = ImageDraw.Draw(page)
        >>> draw.rectangle((1800, 450, 1800 + 550, 450 + 179), outline=0, width=5)
        >>> draw.line((1550, 450, 1550, 629), fill=0, width=5)
        >>> [round(v) for v in portal_frame(page, 0.24)]
        [432, 108, 564, 151]
        >>> portal_frame(page.crop((0, 0, 2100, 1600)), 0.24) is None  # one side only: no box
        True
    """
    from .imaging import vertical_rules

    box = (0, 0, image.width, round(image.height * PORTAL_TOP_SHARE))
    sides = [r for r in vertical_rules(image, box, scale) if PORTAL_SIDE_PT[0] <= r[2] - r[1] <= PORTAL_SIDE_PT[1]]
    for a, b in itertools.combinations(sides, 2):
        overlap = min(a[2], b[2]) - max(a[1], b[1])
        if (
            abs(b[0] - a[0] - PORTAL_WIDTH_PT) <= PORTAL_WIDTH_SLACK_PT
            and overlap >= PORTAL_SIDES_OVERLAP * min(a[2] - a[1], b[2] - b[1])
        ):
            frame = (a[0], max(a[1], b[1]), b[0], min(a[2], b[2]))
            if stands_alone(image, scale, frame):
                return frame
    return None


def stands_alone(image: Any, scale: float, frame: tuple[float, float, float, float]) -> bool:
    """PORTAL_STANDS_ALONE: no rule runs on from the box's top or foot past its sides (a table's cell is no stamp).

        >>> from PIL import Image, ImageDraw
        >>> page = Image.new("L", (1200, 600), 255)
        >>> draw = ImageDraw.Draw(page)
        >>> draw.rectangle((300, 100, 850, 279), outline=0, width=5)
        >>> stands_alone(page, 0.24, (73.0, 24.0, 204.0, 67.0))
        True
        >>> draw.line((100, 100, 1100, 100), fill=0, width=5)  # the top rule of a table's row, across the columns
        >>> stands_alone(page, 0.24, (73.0, 24.0, 204.0, 67.0))
        False
    """
    import numpy as np

    ink = np.asarray(image.convert("L")) < 128
    x0, top, x1, bottom = frame
    near, far = (round(v / scale) for v in PORTAL_OUTSIDE_PT)
    rows = round(PORTAL_RULE_ROWS_PT / scale)
    for y in (round(top / scale), round(bottom / scale)):
        band = ink[max(y - rows, 0): y + rows + 1]
        for a, b in ((round(x0 / scale) - far, round(x0 / scale) - near), (round(x1 / scale) + near, round(x1 / scale) + far)):
            part = band[:, max(a, 0): max(b, 0)]
            if part.shape[1] and part.mean(axis=1).max() >= PORTAL_RULE_SHARE:
                return False
    return True


def print_runs(printed: Any, scale: float, top: float) -> list[tuple[float, float]]:
    """The runs of rows (points, from ``top``) of a boolean ink array that hold print (``ocr.PRINT_INK_SHARE`` of the width).

    >>> import numpy as np
    >>> ink = np.zeros((40, 100), dtype=bool)
    >>> ink[5:15, 10:90] = True
    >>> ink[25:35, 10:90] = True
    >>> print_runs(ink, 0.5, 100.0)
    [(102.5, 107.5), (112.5, 117.5)]
    """
    from . import ocr

    rows = printed.sum(axis=1) >= max(1.0, ocr.PRINT_INK_SHARE * printed.shape[1])
    runs: list[tuple[float, float]] = []
    start = None
    for i, on in enumerate([*rows.tolist(), False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            runs.append((top + start * scale, top + i * scale))
            start = None
    return runs


def _trimmed(row: list[Word]) -> list[Word]:
    """PORTAL_ROW_ENDS: a filled row without the specks at its ends: a word read under ``ocr.MIN_LINE_CONF``, or
    one under ``stamprows.ROW_SURE_CONF`` that is no syllable (c159's band: "w" at 60 before "Kết luận …", "7"
    at 0 after it, where the frame's corner and its foot stand).

    >>> w = lambda t, c: {"x0": 0.0, "x1": 1.0, "top": 0.0, "bottom": 1.0, "text": t, "line": ("1", "1", "1"), "conf": c}
    >>> [x["text"] for x in _trimmed([w("w", 60.0), w("Kết", 97.0), w("luận", 97.0), w("ChẩPRf—", 0.0), w("7", 0.0)])]
    ['Kết', 'luận']
    >>> [x["text"] for x in _trimmed([w("Số", 70.0), w("07", 90.0)])]
    ['Số', '07']
    """
    from . import ocr

    def speck(w: Word) -> bool:
        bare = str(w["text"]).strip(".,;:()“”\"'")
        return float(w["conf"]) < ocr.MIN_LINE_CONF or (float(w["conf"]) < ROW_SURE_CONF and not is_syllable(bare))

    start, end = 0, len(row)
    while start < end and speck(row[start]):
        start += 1
    while end > start and speck(row[end - 1]):
        end -= 1
    return row[start:end]


def _middle_in(w: Word, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    mx, my = (float(w["x0"]) + float(w["x1"])) / 2, (float(w["top"]) + float(w["bottom"])) / 2
    return x0 - PORTAL_EDGE_PT <= mx <= x1 + PORTAL_EDGE_PT and top - PORTAL_EDGE_PT <= my <= bottom + PORTAL_EDGE_PT


def split_portal_stamp(words: list[Word], image: Any, scale: float, repairs: list[str] | None = None) -> tuple[list[Word], list[Word]]:
    """PORTAL_STAMP_SPLIT: the page's words without the portal stamp's, the rows by it read again; and the stamp's words.

    ``words``: a first page's words (points), a stamp found by its mark or its left frame already taken out.
    Nothing changes where ``portal_frame`` finds no box.
    """
    import numpy as np
    from PIL import Image as PILImage

    from . import ocr

    frame = portal_frame(image, scale)
    if frame is None:
        return words, []
    x0, top, x1, bottom = frame
    stamp = [w for w in words if _middle_in(w, frame)]
    words = [w for w in words if not _middle_in(w, frame)]
    if stamp and repairs is not None:
        repairs.append(
            f"{' '.join(str(w['text']) for w in stamp)!r} → '' (the portal's received stamp, found by its frame: "
            f"{x0:.0f}-{x1:.0f} pt across, {top:.0f}-{bottom:.0f} pt down)"
        )
    page_width, page_height = image.width * scale, image.height * scale
    # the band: the rows the frame spans, across the page, out to the lines it touches
    touched = [w for w in words if float(w["bottom"]) > top and float(w["top"]) < bottom]
    band_top = min([top, *(float(w["top"]) for w in touched)]) - 2.0
    band_bottom = max([bottom, *(float(w["bottom"]) for w in touched)]) + 2.0
    # PORTAL_BAND_WHOLE_ROWS: out to the ends of the runs of print rows it cuts (within PORTAL_REACH_PT), so a
    # line under the frame's foot is read whole (c159's subject line, 153-167 pt, one run of print with the
    # type's name over it: the page read "THÔNG" 136-163 pt and nothing of the line)
    above, below = max(band_top - PORTAL_REACH_PT, 0.0), min(band_bottom + PORTAL_REACH_PT, page_height)
    near = np.asarray(image.convert("L").crop((0, round(above / scale), image.width, round(below / scale))))
    fx0, fx1 = max(round((x0 - PORTAL_EDGE_PT) / scale), 0), max(round((x1 + PORTAL_EDGE_PT) / scale), 0)
    printed = near < ocr.INK_LEVEL
    fy0, fy1 = round((top - PORTAL_FOOT_PT - above) / scale), round((bottom + PORTAL_FOOT_PT - above) / scale)
    printed[max(fy0, 0):max(fy1, 0), fx0:fx1] = False
    for a, b in print_runs(printed, scale, above):
        if a < band_bottom and b > band_top:
            band_top, band_bottom = min(band_top, a - 2.0), max(band_bottom, b + 2.0)
    band_top, band_bottom = max(band_top, 0.0), min(band_bottom, page_height)
    grey = np.asarray(image.convert("L").crop((0, round(band_top / scale), image.width, round(band_bottom / scale)))).copy()
    gy0, gy1 = round((top - PORTAL_FOOT_PT - band_top) / scale), round((bottom + PORTAL_FOOT_PT - band_top) / scale)
    grey[max(gy0, 0):max(gy1, 0), fx0:fx1] = 255
    try:
        found = ocr.words_from_tsv(ocr._tesseract_tsv(PILImage.fromarray(grey, mode="L"), "the rows by the portal's stamp", ocr.SIGNATURE_PSM), scale)
    except InputError:
        return words, stamp
    new = []
    for w in found:
        w.update(top=float(w["top"]) + band_top, bottom=float(w["bottom"]) + band_top, line=("portal", *w["line"][1:]))
        if not _middle_in(w, frame):
            new.append(w)

    def in_band(w: Word) -> bool:
        my = (float(w["top"]) + float(w["bottom"])) / 2
        return band_top <= my <= band_bottom and float(w["x1"]) > 0.0 and float(w["x0"]) < page_width

    # PORTAL_ROWS_CROSSED: a row the page read is replaced (STAMP_ROWS_BY_ROW's rule) only where the box crosses
    # it; the rows the band reached past the box keep the page's read (c159's "về phát triển … chuyển đỗi số",
    # which the word list repairs, read "chuyển đối số" by the band)
    def crossed(w: Word) -> bool:
        return float(w["bottom"]) > top and float(w["top"]) < bottom

    old = [w for w in words if in_band(w) and crossed(w)]
    words, _, rest = rows_read_better(words, old, [w for w in new if crossed(w)], repairs)
    rest = [*rest, *(w for w in new if not crossed(w))]
    # a row the page read nothing on (no page word on it: c159's subject line, the page's "THÔNG" box reaching
    # into it no more than a third of its height): the band's row taken where it reads sure words of the list
    from .stamprows import _band_rows, _on_row

    for row in _band_rows(rest):
        rt, rb = min(float(w["top"]) for w in row), max(float(w["bottom"]) for w in row)
        if any(_on_row(w, rt, rb) for w in words):
            continue
        row = _trimmed(row)
        if row_score(row) < PORTAL_FILL_MIN_SCORE:
            continue
        words = [*words, *row]
        if repairs is not None:
            repairs.append(
                f"'' → {' '.join(str(w['text']) for w in row)!r} (a row by the portal's received stamp the page read "
                "nothing on, read again with the stamp's frame whitened)"
            )
    return words, stamp
