"""Ruled tables of a text PDF read row by row, as the DOCX loader writes a data table.

A state plan's task table ("STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì | Phối hợp")
printed to PDF is a grid of ruled cells whose text wraps over several lines in each cell. Read line by
line across the page, the cells' words interleave ("Rà soát, sửa đổi, bổ sung chức năng, hành/sửa đổi
bổ từ khi có văn", n001 printed): no row, no column, no duty. pdfplumber's table finder locates the
grid from its ruling lines; each cell's words are then gathered and joined, and every row is written
on one line with " | " between cells, the representation ``loaders/docx.py`` gives a Word table and
``structure.py`` reads as a table row. The words of a table are taken out of the page's running
text, so they are not read twice.

Only data tables are read so: a grid with ``DATA_TABLE_MIN_COLUMNS`` filled cells in some row. A
one- or two-cell box (a bordered paragraph, a framed "Nơi nhận") stays running text, as in DOCX.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._typing import Word
from .docx import DATA_TABLE_MIN_COLUMNS

# A cell's bounding box as pdfplumber gives it: (x0, top, x1, bottom) in points.
Box = tuple[float, float, float, float]

# A filled box without a border thicker than this is shading behind text, not a ruling: the
# white box behind every word of a highlighted paragraph (n024, Sở Tư pháp Lâm Đồng: "trước ngày
# 22/11/2025" in five boxes, a whole quoted clause in 121), a shaded paragraph of a printed DOCX
# (n006's closing lines, n007's headings). Its edges would frame a "table" one line high per row.
# A rule drawn as a filled rectangle (Word's own PDF export draws borders so) is at most this thick.
RULE_MAX_PT = 2.0

# Two rulings closer than this many points are one edge of a cell (LibreOffice prints a cell's
# border as two thin lines a fraction of a point apart).
SNAP_PT = 3.0


@dataclass(frozen=True)
class PdfTable:
    """A ruled data table of one page: where it stands and its rows, each "cell | cell | cell"."""

    x0: float
    top: float
    x1: float
    bottom: float
    rows: tuple[str, ...]


def _centre_in(word: Word, box: Box) -> bool:
    x: float = (word["x0"] + word["x1"]) / 2
    y: float = (word["top"] + word["bottom"]) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _cell_text(words: list[Word]) -> str:
    """A cell's words in reading order (line by line, left to right) on one line; "|" kept apart
    from the cell separator, as ``docx._cell_text`` does."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= SNAP_PT:
            lines[-1].append(w)
        else:
            lines.append([w])
    return " ".join(w["text"] for line in lines for w in sorted(line, key=lambda w: w["x0"])).replace("|", "/")


def _covering(cells: list[Box], x: float, y: float) -> Box | None:
    """The cell whose box holds the point (a merged cell covers grid positions it does not start at)."""
    return next((c for c in cells if c[0] <= x < c[2] and c[1] <= y < c[3]), None)


def _rows(table: Any, words: list[Word]) -> list[list[str]]:
    """The table's rows as lists of cell texts, merged cells as python-docx reads them.

    A cell merged across columns is written once (python-docx's row yields one ``_tc`` for it, which
    ``docx._table_lines`` writes once); a cell merged down rows is written in each row it spans
    (python-docx yields the top cell again for a ``vMerge`` continuation): "Sở Nội vụ" in the lead
    column of three rows is each row's lead.
    """
    cells: list[Box] = list(table.cells)
    texts = {c: _cell_text([w for w in words if _centre_in(w, c)]) for c in cells}
    columns = [col.bbox for col in table.columns]
    out: list[list[str]] = []
    for row in table.rows:
        top, bottom = row.bbox[1], row.bbox[3]
        line: list[str] = []
        for cell, col in zip(row.cells, columns, strict=False):
            if cell is not None:
                line.append(texts[cell])
                continue
            over = _covering(cells, (col[0] + col[2]) / 2, (top + bottom) / 2)
            if over is not None and over[1] < top - SNAP_PT:  # merged down from a row above
                line.append(texts[over])
        out.append(line)
    return out


def _not_shading(obj: dict[str, Any]) -> bool:
    """Whether a page object may be a table's ruling: anything but a borderless filled box (``RULE_MAX_PT``)."""
    if obj.get("object_type") != "rect" or not obj.get("fill") or obj.get("stroke"):
        return True
    thickness: float = min(obj["x1"] - obj["x0"], obj["bottom"] - obj["top"])
    return thickness <= RULE_MAX_PT


def page_tables(page: Any, words: list[Word]) -> tuple[list[Word], list[PdfTable]]:
    """A page's ruled data tables, and its words outside them.

    Args:
        page: a pdfplumber page (with its text layer).
        words: the page's words (``extract_words``), which the cells' text is built from.

    Returns:
        The words not inside a data table (the running text), and the data tables top to bottom.
    """
    tables: list[PdfTable] = []
    inside: set[int] = set()
    settings = {"snap_tolerance": SNAP_PT, "join_tolerance": SNAP_PT}
    for found in page.filter(_not_shading).find_tables(table_settings=settings):
        box: Box = found.bbox
        mine = [w for w in words if _centre_in(w, box)]
        rows = _rows(found, mine)
        if max((sum(bool(c) for c in r) for r in rows), default=0) < DATA_TABLE_MIN_COLUMNS:
            continue  # a framed box or a layout grid: left to the running text
        inside.update(id(w) for w in mine)
        lines = tuple(" | ".join(r) for r in rows if any(r))
        tables.append(PdfTable(box[0], box[1], box[2], box[3], lines))
    return [w for w in words if id(w) not in inside], sorted(tables, key=lambda t: t.top)
