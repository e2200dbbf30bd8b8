"""Ruled tables of a scanned page read row by row, as a typed PDF's are (issues 11 and 13).

A state plan's task table ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành")
is a grid of ruled cells whose text wraps over several lines in each cell. Tesseract reads a scanned
page line by line across it, so the cells' wrapped lines interleave and no row, no column, no duty is
left. ``pdftables.py`` finds a typed PDF's grid from its drawn rulings; a scan has no drawing, only
ink. Here the grid is found in the page image:

1. the page straightened (``imaging.skew_angle``: a flatbed scan turns the page by up to a degree,
   which breaks a ruling into short steps), seal and signature ink whitened (``drop_seal_ink``);
2. RULED_LINE: runs of dark pixels along rows (``RULE_H_MIN_PT`` long or more) and along columns
   (``RULE_V_MIN_PT``), small breaks bridged (``RULE_GAP_PT``: a worn ruling, a speck of paper);
3. RULED_GRID: the rulings that cross one another make one grid; its edges snapped
   (``pdftables.SNAP_PT``), and each grid position joined with its neighbour where no ruling
   separates them (a merged cell);
4. TABLE_REREAD: each filled cell cut out inside its rulings and the cells stacked into one image read
   once by Tesseract (a short cell, a row number, read alone: SHORT_CELL, BINARY_CELLS), each word going
   back to its cell;
5. CELL_WORDS: each cell's words in reading order; one line per grid row, " | " between cells, a cell
   merged across columns written once, one merged down written in each row it spans (as
   ``pdftables._rows``, as python-docx reads a Word table); NUMBER_HEAD_READ repairs the number column's
   header;
6. TABLE_ACROSS_PAGES (``go_on``): a piece on the next page loses its repeated header.

The table's words are taken out of the running text (``pdftables.running_words``), and only data
tables (``DATA_TABLE_MIN_COLUMNS`` filled cells in some row) are written so: a framed box, the
header's two columns, a received stamp's frame stay text.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from dataclasses import dataclass
from typing import Any

from .._typing import Word
from ..patterns import bare
from .docx import DATA_TABLE_MIN_COLUMNS
from .ocrnames import edit_distance
from .pdftables import HEAD_ROWS, SNAP_PT, PdfTable, _only_a_page_number, carry_over, cell_lines_text

# A pixel darker than this (0-255, on the page with its seal and signature ink whitened) is ink.
INK_LEVEL = 150

# RULED_LINE: a horizontal ruling is at least this long (points): the narrowest column of a task
# table ("STT", ~25-35 pt, n001) is wider; a letter's bar ("T", "—") is shorter (under 12 pt at 13 pt type).
RULE_H_MIN_PT = 20.0
# A vertical ruling is at least this tall (points): a row one line high is ~16-20 pt between its rulings;
# a letter's stem ("l", "đ", "I") at 13-14 pt type is under 11 pt.
RULE_V_MIN_PT = 14.0
# A break in a ruling up to this long (points) is bridged: a worn or thin scanned line, a speck. Not
# more: the serifs along a line of type stand 1-2 pt apart, and bridged they run 20 pt and more (n001's
# task table rendered at 300 dpi: 69 "rulings" on one page with 1.5 pt bridged, 14 with 0.5 pt, all real).
RULE_GAP_PT = 0.5
# A ruling's pixel rows (or columns) this close (points) are one ruling (its thickness, the scan's blur).
RULE_THICK_PT = 1.5
# RULED_GRID: a vertical and a horizontal ruling cross when they meet within this (points).
CROSS_PT = 4.0
# A grid with fewer crossing rulings than these is no table (an underline, a box's side).
MIN_H_RULES = 2
MIN_V_RULES = 2
# TABLE_SIZED_CELLS: a grid each of whose columns is at least this wide and each row this tall (points) is
# a table: the narrowest column of a task table ("TT", "STT": 25-50 pt, c130, n001) holds a number, a row
# a line of type. Counter-example: the emblem inside a black seal on a 1-bit scan (c139's last page: its
# strokes cross as a "grid" of 5 columns in 47 pt), which read as a table left its noise in the text.
MIN_COLUMN_PT = 15.0
MIN_ROW_PT = 10.0
# Below this skew (degrees) the page is taken as straight.
MIN_SKEW_DEG = 0.05


Segment = tuple[float, float, float]  # (start, end, position) in pixels of the straightened page


@dataclass(frozen=True)
class Grid:
    """A ruled grid in the straightened page, in pixels.

    Attributes:
        xs: the columns' edges, left to right.
        ys: the rows' edges, top to bottom.
        cells: each cell as (first row, first column, last row, last column) of grid positions.
    """

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    cells: tuple[tuple[int, int, int, int], ...]


def _runs(ink: Any, min_run: int, gap: int) -> list[Segment]:
    """RULED_LINE: every run of ink along the rows of ``ink`` at least ``min_run`` long, breaks of up
    to ``gap`` pixels bridged, as (start, end, row)."""
    import numpy as np

    padded = np.pad(ink.astype(np.int8), ((0, 0), (1, 1)))
    diff = np.diff(padded, axis=1)
    rows, starts = np.nonzero(diff == 1)
    _, ends = np.nonzero(diff == -1)  # row-major: paired with the starts
    if not len(rows):
        return []
    new = np.ones(len(rows), dtype=bool)
    new[1:] = (rows[1:] != rows[:-1]) | (starts[1:] - ends[:-1] > gap)
    first = np.flatnonzero(new)
    last = np.append(first[1:] - 1, len(rows) - 1)
    g_start, g_end, g_row = starts[first], ends[last], rows[first]
    keep = g_end - g_start >= min_run
    return [(float(a), float(b), float(r)) for a, b, r in zip(g_start[keep], g_end[keep], g_row[keep], strict=True)]


def _rulings(runs: list[Segment], thick: float) -> list[Segment]:
    """The runs of neighbouring pixel rows that overlap taken as one ruling: (start, end, middle row)."""
    out: list[list[float]] = []  # start, end, first row, last row
    for a, b, r in sorted(runs, key=lambda s: (s[2], s[0])):
        near = (o for o in reversed(out) if r - o[3] <= thick + 1 and min(b, o[1]) > max(a, o[0]))
        o = next(near, None)
        if o is None:
            out.append([a, b, r, r])
        else:
            o[0], o[1], o[3] = min(a, o[0]), max(b, o[1]), r
    return [(o[0], o[1], (o[2] + o[3]) / 2) for o in out]


def _snap(values: list[float], tol: float) -> list[float]:
    """Values within ``tol`` of the one before taken as one (their mean), ascending."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def _root(parent: list[int], i: int) -> int:
    """The set ``i`` belongs to in a union-find forest ``parent`` (paths halved on the way)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def find_grids(ink: Any, scale: float) -> list[Grid]:
    """RULED_GRID: the ruled grids of a straightened page's ink, top to bottom.

    Args:
        ink: the page's ink as a boolean array (rows × columns).
        scale: points per pixel.

    Returns:
        Each grid of ``MIN_H_RULES`` horizontal and ``MIN_V_RULES`` vertical rulings that cross, with its cells.
    """
    gap = max(1, round(RULE_GAP_PT / scale))
    thick = max(1.0, RULE_THICK_PT / scale)
    horizontal = _rulings(_runs(ink, round(RULE_H_MIN_PT / scale), gap), thick)
    vertical = _rulings(_runs(ink.T, round(RULE_V_MIN_PT / scale), gap), thick)
    cross = CROSS_PT / scale
    # the rulings that cross, joined into grids (union-find over horizontal + vertical)
    parent = list(range(len(horizontal) + len(vertical)))
    root = functools.partial(_root, parent)
    for i, (x0, x1, y) in enumerate(horizontal):
        for j, (top, bottom, x) in enumerate(vertical):
            if x0 - cross <= x <= x1 + cross and top - cross <= y <= bottom + cross:
                parent[root(i)] = root(len(horizontal) + j)
    grids: list[Grid] = []
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i in range(len(parent)):
        h, v = groups.setdefault(root(i), ([], []))
        (h if i < len(horizontal) else v).append(horizontal[i] if i < len(horizontal) else vertical[i - len(horizontal)])
    snap = SNAP_PT / scale
    for h, v in groups.values():
        if len(h) < MIN_H_RULES or len(v) < MIN_V_RULES:
            continue
        xs, ys = _snap([s[2] for s in v], snap), _snap([s[2] for s in h], snap)
        if len(xs) < 2 or len(ys) < 2:
            continue
        if min(b - a for a, b in itertools.pairwise(xs)) * scale < MIN_COLUMN_PT:
            continue  # TABLE_SIZED_CELLS: a black seal's emblem, a hatching
        if min(b - a for a, b in itertools.pairwise(ys)) * scale < MIN_ROW_PT:
            continue
        grids.append(Grid(tuple(xs), tuple(ys), _cells(xs, ys, h, v, cross)))
    return sorted(grids, key=lambda g: g.ys[0])


def _cells(xs: list[float], ys: list[float], h: list[Segment], v: list[Segment], tol: float) -> tuple[tuple[int, int, int, int], ...]:
    """The grid's cells: positions joined where no ruling stands between them (a merged cell)."""
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = list(range(rows * cols))
    root = functools.partial(_root, parent)
    def ruled_v(x: float, y: float) -> bool:
        return any(abs(s[2] - x) <= tol and s[0] - tol <= y <= s[1] + tol for s in v)

    def ruled_h(y: float, x: float) -> bool:
        return any(abs(s[2] - y) <= tol and s[0] - tol <= x <= s[1] + tol for s in h)

    for r in range(rows):
        mid_y = (ys[r] + ys[r + 1]) / 2
        for c in range(cols):
            mid_x = (xs[c] + xs[c + 1]) / 2
            if c + 1 < cols and not ruled_v(xs[c + 1], mid_y):
                parent[root(r * cols + c)] = root(r * cols + c + 1)
            if r + 1 < rows and not ruled_h(ys[r + 1], mid_x):
                parent[root(r * cols + c)] = root((r + 1) * cols + c)
    spans: dict[int, list[int]] = {}
    for i in range(rows * cols):
        r, c = divmod(i, cols)
        s = spans.setdefault(root(i), [r, c, r, c])
        s[0], s[1], s[2], s[3] = min(s[0], r), min(s[1], c), max(s[2], r), max(s[3], c)
    return tuple(sorted((s[0], s[1], s[2], s[3]) for s in spans.values()))


def _text_line_groups(words: list[Word]) -> list[list[Word]]:
    """A cell's words in lines (their middles within half a word's height), top to bottom, each left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w["top"] + w["bottom"]) / 2):
        mid = (w["top"] + w["bottom"]) / 2
        if lines:
            last = lines[-1]
            last_mid = sum((x["top"] + x["bottom"]) / 2 for x in last) / len(last)
            height = max(x["bottom"] - x["top"] for x in [*last, w])
            if abs(mid - last_mid) <= height / 2:
                last.append(w)
                continue
        lines.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]


def cell_text(words: list[Word]) -> str:
    """CELL_WORDS: a cell's words in reading order on one line, as ``pdftables._cell_text`` writes a
    typed cell (a symbol broken at a hyphen joined: "1441/QĐ-" / "UBND"; "|" kept apart from the separator).

    >>> w = lambda x, top, t: {"x0": x, "x1": x + 30, "top": top, "bottom": top + 12, "text": t}
    >>> cell_text([w(60, 112, "UBND"), w(10, 100, "Sở"), w(45, 99, "Nội"), w(80, 101, "vụ,"), w(10, 113, "các")])
    'Sở Nội vụ, các UBND'
    """
    return cell_lines_text(_text_line_groups(words))


# RULING_READ: what is left of a ruling at a cell's edge (its blur, a turn the straightening left) is read
# as a stroke ("|", "_", "-", "—"): a word of strokes only read under ``STROKE_CONF`` in a cell is no text
# (recorded: "'--' → ''", "'_' → ''" on n001's page 12 at 300 dpi); a dash read with confidence is kept.
_STROKES_ONLY = re.compile(r"^[|!\[\]/\\(){}_—-]+$")
STROKE_CONF = 60.0


def _rotate(x: float, y: float, centre: tuple[float, float], angle: float) -> tuple[float, float]:
    """A point of the page as it stands after the page is turned ``angle`` degrees counter-clockwise
    about ``centre`` (PIL's ``rotate``), in the same units (y downwards)."""
    a = math.radians(angle)
    dx, dy = x - centre[0], y - centre[1]
    return centre[0] + dx * math.cos(a) + dy * math.sin(a), centre[1] - dx * math.sin(a) + dy * math.cos(a)


def straightened_page(image: Any) -> tuple[Any, float]:
    """The page in grey, seal and signature ink whitened, turned level, and the angle turned."""
    from PIL import Image as PILImage

    from .imaging import drop_seal_ink, skew_angle

    grey = drop_seal_ink(image, False, blue=True) if image.mode == "RGB" else image.convert("L")
    angle = skew_angle(grey)
    if abs(angle) < MIN_SKEW_DEG:
        return grey, 0.0
    return grey.rotate(angle, resample=PILImage.Resampling.BILINEAR, expand=False, fillcolor=255), angle


# TABLE_REREAD: Tesseract's page layout reads a ruled table badly: the rulings break its lines into
# pieces, whole header cells come out empty ("STT", "Tên mô hình", "Thời gian triển khai" unread on 002's
# scan, "Thời" read "ỜI"), and read as one block the cells' lines, which do not stand level from one
# column to the next, run into one another and come out as noise ("văn iAttr bản tưm quy phạm", n001
# rendered at 300 dpi). Each filled cell is cut out (inside its rulings, ``CELL_INSET_PT``) and the cells
# are stacked one under another, ``CELL_GAP_PT`` apart, into one image read once as one block (psm 6):
# each cell's lines are read as the lines they are, in one Tesseract call a table; each word goes back
# to the cell its slot holds.
TABLE_PSM = "6"
# Points cut off inside a cell's rulings (the ruling's ink and its blur).
CELL_INSET_PT = 1.5
# White points between two cells stacked, and around the stack.
CELL_GAP_PT = 12.0
# SHORT_CELL: a cell whose ink is at most this wide and tall (points, with its margin) is one short token;
# read alone with this much white round it (points).
SHORT_WIDTH_PT = 36.0
SHORT_HEIGHT_PT = 24.0
SHORT_MARGIN_PT = 12.0
SHORT_PSM = "7"
# A cell's line is kept whatever Tesseract's confidence (``words_from_tsv`` drops a page's line under
# ``MIN_LINE_CONF`` as noise): a cell cut out holds print only, and a lone row number ("1", "2") is
# read at a low confidence (n001's task table rendered at 300 dpi: its "1" and "2" dropped at 50).
CELL_MIN_CONF = 0.0
# Points of white kept around a cell's ink when it is cut out.
CELL_MARGIN_PT = 2.0
# A cell with less ink than this (square points) is empty (a speck, a ruling's fringe); a lone row
# number "1" at 13 pt has ~10 (a share of the cell's area would drop it from a tall cell: n001).
CELL_MIN_INK_PT2 = 4.0


Cell = tuple[int, int, int, int]

# BINARY_CELLS: a short cell whose read is no row number is read again cut out in black and white
# (``INK_LEVEL``): a scan's grey noise and blur round a lone figure make Tesseract read "1", "2", "3" as
# "†", "5.", "Š)" (n001 at 300 dpi); thresholded, "1", "2", "3". Only then: the whole stack thresholded read
# c130's "Trung tâm QLCL" as "QLUCL", its "1" as "/" (a real scan's strokes thinned), so the grey read is
# kept unless the black and white one is a row number and it is not.
BINARY_CELLS = True


def _binary(v: int) -> int:
    return 0 if v < INK_LEVEL else 255


def _short(box: tuple[int, int, int, int], scale: float) -> bool:
    """Whether a cell's ink (its box cut to the ink) is one short token (``SHORT_CELL``)."""
    return (box[2] - box[0]) * scale <= SHORT_WIDTH_PT and (box[3] - box[1]) * scale <= SHORT_HEIGHT_PT


def _stacked_cells(
    grey: Any, ink: Any, grid: Grid, scale: float
) -> tuple[Any, list[tuple[Cell, int, int, int, int]], list[tuple[Cell, Any, int, int]]]:
    """The grid's filled cells cut out and stacked into one image, and where each stands: (cell, its slot's
    top and height in the stack, its left and top on the page), in pixels; and the short cells apart
    (``SHORT_CELL``): each its image and the page's pixel its image's corner stands at."""
    import numpy as np
    from PIL import Image as PILImage

    inset = max(1, round(CELL_INSET_PT / scale))
    gap = round(CELL_GAP_PT / scale)
    crops = []
    for cell in grid.cells:
        r0, c0, r1, c1 = cell
        box = (round(grid.xs[c0]) + inset, round(grid.ys[r0]) + inset, round(grid.xs[c1 + 1]) - inset, round(grid.ys[r1 + 1]) - inset)
        if box[2] - box[0] < 2 or box[3] - box[1] < 2:
            continue
        part = ink[box[1]:box[3], box[0]:box[2]]
        if part.sum() * scale * scale < CELL_MIN_INK_PT2:
            continue
        rows, cols = np.flatnonzero(part.any(axis=1)), np.flatnonzero(part.any(axis=0))
        margin = round(CELL_MARGIN_PT / scale)  # the cell cut to its ink: a lone row number read as one
        box = (box[0] + max(0, int(cols[0]) - margin), box[1] + max(0, int(rows[0]) - margin),
               box[0] + min(box[2] - box[0], int(cols[-1]) + 1 + margin), box[1] + min(box[3] - box[1], int(rows[-1]) + 1 + margin))
        crops.append((cell, box, grey.crop(box)))
    # SHORT_CELL: a cell of one short token ("1", "2", "II", "TT": the row numbers' column) is read
    # alone, one line (psm 7) with white round it: in the stack Tesseract reads it wrong more often
    # than right (c130's scan: "1", "Pì", "3", "4", "Š" for 1-5; n001 at 300 dpi: "jÍ", "s;", "&)"
    # for 1-3), alone right (c130: 1, 2, 3, 4, 5).
    margin = round(SHORT_MARGIN_PT / scale)
    shorts = []
    for cell, box, crop in [c for c in crops if _short(c[1], scale)]:
        alone = PILImage.new("L", (crop.width + 2 * margin, crop.height + 2 * margin), 255)
        alone.paste(crop, (margin, margin))
        shorts.append((cell, alone, box[0] - margin, box[1] - margin))
    crops = [c for c in crops if not _short(c[1], scale)]
    width = max((c[2].width for c in crops), default=1) + 2 * gap
    height = sum(c[2].height + gap for c in crops) + gap
    stack = PILImage.new("L", (width, max(height, 1)), 255)
    slots = []
    y = gap
    for cell, box, crop in crops:
        stack.paste(crop, (gap, y))
        slots.append((cell, y, crop.height, box[0] - gap, box[1]))
        y += crop.height + gap
    return stack, slots, shorts


# A page is looked at for a grid only when it has this many vertical rulings at least twice
# ``RULE_V_MIN_PT`` tall, this far apart (points), in the page as scanned (a turn of a degree
# leaves a ruling's pieces that tall): a page of text has none; straightening costs ~0.5 s a page.
PRECHECK_RULINGS = DATA_TABLE_MIN_COLUMNS + 1
PRECHECK_APART_PT = 10.0


def may_hold_a_table(image: Any, scale: float) -> bool:
    """Whether the page as scanned shows ``PRECHECK_RULINGS`` vertical rulings (a grid may stand on it)."""
    import numpy as np

    ink = np.asarray(image.convert("L")) < INK_LEVEL
    runs = _runs(ink.T, round(2 * RULE_V_MIN_PT / scale), max(1, round(RULE_GAP_PT / scale)))
    return len(_snap([r[2] for r in runs], PRECHECK_APART_PT / scale)) >= PRECHECK_RULINGS


TsvReader = Any  # ocr._tesseract_tsv's shape: (image, name, psm) -> TSV text


def scan_tables(
    image: Any, scale: float, words: list[Word], read: TsvReader, repairs: list[str] | None = None, name: str = "page"
) -> tuple[list[PdfTable], list[Word]]:
    """A scanned page's ruled tables of ``DATA_TABLE_MIN_COLUMNS`` columns or more, top to bottom, as
    ``pdftables.page_tables`` gives a typed page's.

    Args:
        image: the page as rendered (PIL).
        scale: points per pixel.
        words: the page's words (points, in the image's frame); those inside a table are its ``words``
            (taken out of the running text by ``pdftables.running_words``).
        read: Tesseract's TSV of an image (``ocr._tesseract_tsv``), for ``TABLE_REREAD``.
        repairs: where a ruling read as a stroke is recorded.
        name: the page's name, for messages.

    Returns:
        The tables (``data`` tells the data tables), and the words their cells were read from (points,
        in the straightened page's frame), for the page's confidences.
    """
    import numpy as np

    from .ocr import words_from_tsv

    if not may_hold_a_table(image, scale):
        return [], []
    grey, angle = straightened_page(image)
    ink = np.asarray(grey) < INK_LEVEL
    grids = [g for g in find_grids(ink, scale) if len(g.xs) - 1 >= DATA_TABLE_MIN_COLUMNS]
    if not grids:
        return [], []
    centre = (image.width / 2, image.height / 2)
    level = {id(w): _rotate((w["x0"] + w["x1"]) / 2 / scale, (w["top"] + w["bottom"]) / 2 / scale, centre, angle) for w in words}
    found = []
    read_words: list[Word] = []
    for grid in grids:
        x0, x1, top, bottom = grid.xs[0], grid.xs[-1], grid.ys[0], grid.ys[-1]
        mine = [w for w in words if x0 <= level[id(w)][0] < x1 and top <= level[id(w)][1] < bottom]
        stack, slots, shorts = _stacked_cells(grey, ink, grid, scale)
        texts: dict[Cell, list[Word]] = {c: [] for c in grid.cells}
        placed: list[tuple[Word, Cell, int, int]] = []  # a word, its cell, and its image's corner on the page
        for w in words_from_tsv(read(stack, f"{name}'s table", TABLE_PSM), 1.0, CELL_MIN_CONF) if slots else []:
            mid = (w["top"] + w["bottom"]) / 2
            slot = next((s for s in slots if s[1] - 1 <= mid <= s[1] + s[2] + 1), None)
            if slot is not None:
                placed.append((w, slot[0], slot[3], slot[4] - slot[1]))
        for cell, alone, dx, dy in shorts:
            first = words_from_tsv(read(alone, f"{name}'s table cell", SHORT_PSM), 1.0, CELL_MIN_CONF)
            if BINARY_CELLS and not _ROW_NUMBER.match(" ".join(w["text"] for w in first)):
                again = words_from_tsv(read(alone.point(_binary), f"{name}'s table cell", SHORT_PSM), 1.0, CELL_MIN_CONF)
                if _ROW_NUMBER.match(" ".join(w["text"] for w in again)):
                    if repairs is not None:
                        repairs.append(f"{' '.join(w['text'] for w in first)!r} → {' '.join(w['text'] for w in again)!r} "
                                       "(a table's row number read again in black and white)")
                    first = again
            placed.extend((w, cell, dx, dy) for w in first)
        for w, cell, dx, dy in placed:
            if _STROKES_ONLY.match(w["text"]) and w["conf"] < STROKE_CONF:
                if repairs is not None:
                    repairs.append(f"{w['text']!r} → '' (a stroke in a table's cell: a ruling's remains)")
                continue
            texts[cell].append(w)
            read_words.append({**w, "x0": (dx + w["x0"]) * scale, "x1": (dx + w["x1"]) * scale,
                               "top": (dy + w["top"]) * scale, "bottom": (dy + w["bottom"]) * scale})
        cells = {k: cell_text(v) for k, v in texts.items()}
        rows = number_head(tuple(tuple(r) for r in grid_rows(grid, cells) if any(r)), repairs)
        data = max((sum(bool(c) for c in r) for r in rows), default=0) >= DATA_TABLE_MIN_COLUMNS
        corners = [_rotate(px, py, centre, -angle) for px in (x0, x1) for py in (top, bottom)]
        edges = tuple(v * scale for v in (min(p[0] for p in corners), min(p[1] for p in corners),
                                           max(p[0] for p in corners), max(p[1] for p in corners)))
        columns = tuple(_rotate(x, top, centre, -angle)[0] * scale for x in grid.xs[:-1])
        found.append((edges, columns, rows, frozenset(id(w) for w in mine), data))
    inside = frozenset().union(*(f[3] for f in found if f[4]))
    outside = [w for w in words if id(w) not in inside]
    out = []
    for edges, columns, rows, ids, data in found:
        above = [w for w in outside if w["bottom"] <= edges[1]]
        below = [w for w in outside if w["top"] >= edges[3]]
        out.append(PdfTable(edges[0], edges[1], edges[2], edges[3], columns, rows, ids, data,
                            _only_a_page_number(above), _only_a_page_number(below), rows[:HEAD_ROWS]))
    return out, read_words


def grid_rows(grid: Grid, texts: dict[tuple[int, int, int, int], str]) -> list[list[str]]:
    """CELL_WORDS: the grid's rows as lists of cell texts, merged cells as ``pdftables._rows`` writes them.

    A cell merged across columns is written once, in the column it starts at; a cell merged down rows is
    written in each row it spans (python-docx yields the top cell again for a ``vMerge`` continuation).

    >>> grid = Grid((0, 10, 20, 30), (0, 10, 20), ((0, 0, 1, 0), (0, 1, 0, 2), (1, 1, 1, 1), (1, 2, 1, 2)))
    >>> grid_rows(grid, {(0, 0, 1, 0): "1", (0, 1, 0, 2): "Nhiệm vụ", (1, 1, 1, 1): "Sở Nội vụ", (1, 2, 1, 2): "Quý II"})
    [['1', 'Nhiệm vụ'], ['1', 'Sở Nội vụ', 'Quý II']]
    """
    out: list[list[str]] = []
    for r in range(len(grid.ys) - 1):
        line = [texts[k] for k in sorted(grid.cells, key=lambda k: k[1]) if k[0] <= r <= k[2]]
        out.append(line)
    return out


# How alike (difflib's ratio) a piece's first row and the header of the table it goes on with are, at the
# least, to be its header printed again.
HEAD_LIKENESS = 0.85


def _likeness(a: str, b: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, a, b).ratio()


# How far (points) a scanned page may lie off the page before on the glass.
SCAN_SHIFT_PT = 20.0


def go_on(before: PdfTable, table: PdfTable, repairs: list[str] | None = None) -> PdfTable:
    """TABLE_ACROSS_PAGES on a scan: a table that opens its page and goes on with the one that closed the
    page before (``pdftables.carry_over``: same columns, its header repeated) loses its repeated header
    and is a data table. The page before is already written, so a first row that finishes the row
    before (``pdftables.row_goes_on``) stays a row of its own here (its cells still in their columns); the
    PDF loader joins it to the page before's last row (``pdf.join_broken_row``, SCANNED_ROW_ACROSS_PAGES).

    Args:
        before: the data table that closed the page before.
        table: the page's first data table.
        repairs: where the cells repaired (HEAD_MERGED_DOWN) are recorded, when the piece goes on.

    Returns:
        The piece as it is to be written (``table`` itself when it does not go on).
    """
    original = table
    if len(before.columns) == len(table.columns) and table.columns:
        # SCAN_SHIFT: a page lies on the scanner's glass a few points off the page before; the piece's
        # columns are compared by their widths (c130 printed and scanned: pages 3 and 4 shifted ~7 pt)
        shift = before.columns[0] - table.columns[0]
        if abs(shift) <= SCAN_SHIFT_PT:
            table = dataclasses.replace(table, columns=tuple(c + shift for c in table.columns))
    # the header read again on the new page may differ by a letter or two ("TỊ" for "TT"): a row as like
    # the first one's header row as ``HEAD_LIKENESS`` is taken for it
    rows = list(table.rows)
    found: list[str] = []  # the repairs, kept when the piece goes on
    k = 0
    while k < min(len(rows), len(before.head)):
        if len(rows[k]) != len(before.head[k]) or _likeness(" | ".join(rows[k]), " | ".join(before.head[k])) < HEAD_LIKENESS:
            break
        rows[k] = before.head[k]
        k += 1
    if k < len(rows) and before.head:
        rows[k] = head_merged_down(before.head[0], rows[k], found)
    table = dataclasses.replace(table, rows=tuple(rows))
    carried = carry_over(before, table)
    if carried is None:
        return original
    if repairs is not None:
        repairs.extend(found)
    joined, piece = carried
    if joined.rows != before.rows:  # its first row went to finish the row before: written here after all
        first = table.rows[len(table.rows) - len(piece.rows) - 1]
        piece = dataclasses.replace(piece, rows=(first, *piece.rows))
    return piece


def head_merged_down(head: tuple[str, ...], row: tuple[str, ...], repairs: list[str] | None = None) -> tuple[str, ...]:
    """HEAD_MERGED_DOWN: the first row under a repeated header, the header's words read into it left out.

    Where the ruling under the header printed again on the next page is not found in some column (a scan at
    200 dpi), the header's cell and the row's are one cell there, written in each row it spans (``grid_rows``):
    the rest of a broken row " | mẫu đơn, tờ khai, … trên môi trường điện tử. |  | Thời gian hoàn thành |  |  | "
    and a row under merged cells " | Nhiệm vụ | Kế hoạch tuyên truyền … của cơ quan, đơn vị, địa phương | …"
    (n001 rendered at 200 dpi, under "STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | …"). In a row whose number
    cell is empty, a cell as like its column's header cell as ``HEAD_LIKENESS`` is the header's (recorded).
    Counter-examples: a numbered row; a cell that holds more than the header's words ("Thời gian hoàn thành
    trong Quý I").

    >>> head = ("STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành")
    >>> head_merged_down(head, ("", "mẫu đơn, tờ khai.", "", "Thời gian hoàn thành"))
    ('', 'mẫu đơn, tờ khai.', '', '')
    >>> head_merged_down(head, ("", "Nhiệm vụ", "Kế hoạch của xã", "Thời gian hoàn thành trong Quý I"))
    ('', '', 'Kế hoạch của xã', 'Thời gian hoàn thành trong Quý I')
    >>> head_merged_down(head, ("4", "Nhiệm vụ", "Kế hoạch", ""))
    ('4', 'Nhiệm vụ', 'Kế hoạch', '')
    """
    if len(head) != len(row) or not row or row[0]:
        return row
    kept = tuple("" if i and c and _likeness(c, h) >= HEAD_LIKENESS else c for i, (c, h) in enumerate(zip(row, head, strict=True)))
    if repairs is not None:
        repairs.extend(f"{c!r} → '' (the header's cell read into the row under it)" for c, k in zip(row, kept, strict=True) if c != k)
    return kept


# NUMBER_HEAD_READ: the first column of a task table or a schedule numbers its rows and its header says so,
# "STT" or "TT" (Số thứ tự; ``structure.toml`` role "number"); the structure layer reads the rows by their
# header's roles. Tesseract reads the short bold header a letter off: "SIT", "SITT" (n001, n002 rendered at
# 300 dpi), "TỊ" (c130's scan), and n002's schedule then gave no duty. A first cell of the first row of at
# most ``NUMBER_HEAD_MAX`` letters, one letter (marks aside) from "STT" or "TT", over a column where
# ``NUMBER_HEAD_ROWS`` cells or more are row numbers ("1", "2.", "IV"), is that header (recorded).
# Counter-examples: a first cell that reads a word ("Tên", "Số"), a column of names below it.
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6})[.)]?$")
NUMBER_HEADS = ("STT", "TT")
NUMBER_HEAD_MAX = 4
NUMBER_HEAD_ROWS = 2


def number_head(rows: tuple[tuple[str, ...], ...], repairs: list[str] | None = None) -> tuple[tuple[str, ...], ...]:
    """NUMBER_HEAD_READ: the rows, the number column's header read a letter off repaired.

    >>> number_head((("SIT", "Đơn vị được kiểm tra"), ("1", "Sở Xây dựng"), ("2", "Sở Y tế")))[0]
    ('STT', 'Đơn vị được kiểm tra')
    >>> number_head((("Tên", "Đơn vị"), ("1", "Sở Xây dựng"), ("2", "Sở Y tế")))[0]
    ('Tên', 'Đơn vị')
    """
    if not rows or not rows[0]:
        return rows
    read = rows[0][0]
    if not (read.isalpha() and len(read) <= NUMBER_HEAD_MAX) or read in NUMBER_HEADS:
        return rows
    numbers = sum(bool(r and _ROW_NUMBER.match(r[0])) for r in rows[1:])
    head = next((h for h in NUMBER_HEADS if edit_distance(bare(read), h) == 1), None)
    if head is None or numbers < NUMBER_HEAD_ROWS:
        return rows
    if repairs is not None:
        repairs.append(f"{read!r} → {head!r} (the number column's header of a table)")
    return ((head, *rows[0][1:]), *rows[1:])
