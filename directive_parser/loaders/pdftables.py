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

import dataclasses
import re
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
    """A ruled table of one page: where it stands, its columns and its rows of cell texts.

    Attributes:
        x0, top, x1, bottom: its box in points.
        columns: each column's left edge.
        rows: each row's cell texts (a row wholly empty left out).
        words: the ids of the page's words inside it (``id()`` of pdfplumber's word dicts).
        data: whether it is a data table (``DATA_TABLE_MIN_COLUMNS`` filled cells in some row, or it goes
            on with one from the page before), written row by row; else its words stay running text.
        opens_page: nothing but a page number stands above it on its page.
        closes_page: nothing but a page number stands below it on its page.
        head: the first rows of the table it belongs to (the piece on the page where it starts), which a
            piece on a later page may repeat (its header rows).
    """

    x0: float
    top: float
    x1: float
    bottom: float
    columns: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]
    words: frozenset[int]
    data: bool
    opens_page: bool = False
    closes_page: bool = False
    head: tuple[tuple[str, ...], ...] = ()

    @property
    def lines(self) -> tuple[str, ...]:
        """Its rows as the DOCX loader writes them: "cell | cell | cell"."""
        return tuple(" | ".join(r) for r in self.rows)


def _centre_in(word: Word, box: Box) -> bool:
    x: float = (word["x0"] + word["x1"]) / 2
    y: float = (word["top"] + word["bottom"]) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


# A line of a narrow cell that ends on a hyphen against a letter breaks a symbol, not a word (Vietnamese
# breaks no word with a hyphen): "Quyết định số 1441/QĐ-" / "UBND ngày 25/9/2025" (n001 printed) is
# "1441/QĐ-UBND", joined without a space. Counter-example: a spaced dash ("Tự do -") is a dash.
SYMBOL_BREAK_RE = re.compile(r"(?<=[^\W\d_])-$")


def _cell_text(words: list[Word]) -> str:
    """A cell's words in reading order (line by line, left to right) on one line; "|" kept apart
    from the cell separator, as ``docx._cell_text`` does."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= SNAP_PT:
            lines[-1].append(w)
        else:
            lines.append([w])
    return cell_lines_text(lines)


def cell_lines_text(lines: list[list[Word]]) -> str:
    """A cell's lines (top to bottom) on one line: each line's words left to right, a symbol broken at a
    hyphen joined ("1441/QĐ-" / "UBND"), "|" kept apart from the cell separator."""
    text = ""
    for line in lines:
        words_text = " ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"]))
        text += words_text if not text or SYMBOL_BREAK_RE.search(text) else f" {words_text}"
    return text.replace("|", "/")


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


def page_tables(page: Any, words: list[Word]) -> list[PdfTable]:
    """A page's ruled tables of ``DATA_TABLE_MIN_COLUMNS`` columns or more, top to bottom.

    Args:
        page: a pdfplumber page (with its text layer).
        words: the page's words (``extract_words``), which the cells' text is built from.

    Returns:
        The tables, each with its rows and the words inside it; ``data`` tells the data tables.
    """
    grids = []
    settings = {"snap_tolerance": SNAP_PT, "join_tolerance": SNAP_PT}
    for found in page.filter(_not_shading).find_tables(table_settings=settings):
        columns = tuple(col.bbox[0] for col in found.columns)
        if len(columns) < DATA_TABLE_MIN_COLUMNS:
            continue  # a framed box or a two-cell layout grid: running text
        box: Box = found.bbox
        mine = [w for w in words if _centre_in(w, box)]
        rows = tuple(tuple(r) for r in _rows(found, mine) if any(r))
        data = max((sum(bool(c) for c in r) for r in rows), default=0) >= DATA_TABLE_MIN_COLUMNS
        grids.append((box, columns, rows, frozenset(id(w) for w in mine), data))
    inside = frozenset().union(*(g[3] for g in grids))
    outside = [w for w in words if id(w) not in inside]
    out = []
    for box, columns, rows, ids, data in sorted(grids, key=lambda g: g[0][1]):
        above = [w for w in outside if w["bottom"] <= box[1]]
        below = [w for w in outside if w["top"] >= box[3]]
        out.append(
            PdfTable(box[0], box[1], box[2], box[3], columns, rows, ids, data, _only_a_page_number(above),
                     _only_a_page_number(below), rows[:HEAD_ROWS])
        )
    return out


def running_words(words: list[Word], tables: list[PdfTable]) -> list[Word]:
    """The page's words outside its data tables: its running text."""
    inside = frozenset().union(*(t.words for t in tables if t.data))
    return [w for w in words if id(w) not in inside]


# A bare page number ("2", "- 2 -", "Trang 2", "2/5"): what may stand above a table that goes on from
# the page before, or below one that goes on to the next page.
PAGE_NUMBER_RE = re.compile(r"^\s*(?:-\s*)?(?:[Tt]rang\s+)?\d{1,3}(?:\s*-)?(?:\s*/\s*\d{1,3})?\s*$")


def _only_a_page_number(words: list[Word]) -> bool:
    return not words or bool(PAGE_NUMBER_RE.match(" ".join(w["text"] for w in sorted(words, key=lambda w: w["x0"]))))


# A table's header is at most this many rows (a header cell split in two: "Thời gian triển khai" over
# "Mô hình đã và đang hoạt động …" | "Mô hình đăng ký xây dựng mới …", 002).
HEAD_ROWS = 3

# The columns of a table that goes on over a page break stand where they stood (points).
SAME_COLUMN_PT = 3.0


def carry_over(before: PdfTable, table: PdfTable) -> tuple[PdfTable, PdfTable] | None:
    """TABLE_ACROSS_PAGES: a table that opens a page and goes on with the one that closed the page before.

    A Word table longer than a page is printed in pieces, one a page, each piece's columns where the last
    one's stood; Word repeats the header row on each page when asked ("STT | Nhiệm vụ | Sản phẩm | Thời
    gian hoàn thành | …", n001 printed) and lets a row break across the page ("9 | Tổ chức thanh tra trách
    nhiệm thực | Kết quả thanh tra | Thường xuyên | …" / " | hiện nhiệm vụ công vụ của cán bộ, … | | trong
    năm | …"). The DOCX holds one table and one row each: so the piece's repeated header is dropped, and a
    first row that goes on in lower case in its first cell ("quả sản xuất; Hiến đất, …" under "I- Lĩnh vực kinh
    tế (…, nâng cao hiệu", 002) or whose first cell (the row's number) is empty is the rest of the row before,
    joined cell by cell,
    when its task (the second cell) goes on or some cell goes on in lower case (" | | chức danh nghề nghiệp
    của đơn vị …" under "… cơ cấu viên chức theo", n001). When its task is empty and each of its cells opens
    as a cell does, it is a row of its own under the row's number and task merged down over two rows ("3 | Tham mưu ban hành Kế hoạch tuyên truyền … | Kế hoạch … của tỉnh | … | Sở
    Nội vụ" over "| | Kế hoạch … của cơ quan, đơn vị, địa phương | … | Các cơ quan, đơn vị, địa phương", n001),
    and takes them, as python-docx reads a ``vMerge`` continuation.
    A piece that goes on with a data table is a data table, even when none of its rows fills
    ``DATA_TABLE_MIN_COLUMNS`` cells (an empty form's rows "1", "2", "…", 002).

    Counter-examples: a table under text at the top of its page, or one whose columns stand elsewhere,
    is a table of its own.

    Returns:
        The table before (its last row made whole) and the piece (its header gone, now a data table), or
        None when the piece does not go on with it.
    """
    if not (before.data and before.closes_page and table.opens_page) or len(before.columns) != len(table.columns):
        return None
    if any(abs(a - b) > SAME_COLUMN_PT for a, b in zip(before.columns, table.columns, strict=True)):
        return None
    rows = list(table.rows)
    repeated = 0
    while repeated < min(len(rows), len(before.head)) and rows[repeated] == before.head[repeated]:
        repeated += 1  # the header rows printed again: "STT | Địa chỉ xây dựng mô hình | …" and the row under it (002)
    rows = rows[repeated:]
    last = list(before.rows)
    first = rows[0] if rows else ()
    if first and last and len(first) == len(last[-1]) and any(first):
        if row_goes_on(last[-1], first):  # the row's text goes on: the rest of the row
            last[-1] = joined_row(last[-1], first)
            rows = rows[1:]
        elif not first[0] and last[-1][0] and len(first) > 1:  # a row under cells merged down
            rows[0] = (*last[-1][:2], *first[2:])  # python-docx repeats them in each row they span
    return (
        dataclasses.replace(before, rows=tuple(last)),
        dataclasses.replace(table, rows=tuple(rows), data=True, head=before.head),
    )


# A cell that ends so has said all it says: a sentence (".", "!", "?"), an item of a list (";") or a lead-in
# (":"); what stands under it in the next row opens a cell of its own.
FINISHED_CELL_RE = re.compile(r"[.;:!?…]$")

# A cell that opens so opens an item of its own ("- Tên loại văn bản", "+ …", "a) …", "1. …"), not the rest
# of a sentence: a word's first letter.
OPENS_A_WORD_RE = re.compile(r"^[^\W\d_]")


def _cell_goes_on(above: str, below: str) -> bool:
    """CELL_GOES_ON: a cell under a filled cell, opening in lower case, is the rest of its text."""
    return bool(above and below[:1].islower())


def row_goes_on(last: tuple[str, ...], first: tuple[str, ...]) -> bool:
    """ROW_ACROSS_PAGES: whether a table's first row on a page is the rest of the row that closed the page before.

    A row that breaks over a page break (Word lets it; a scan of the print shows the two parts as two rows)
    has no number in its number column, since the number was printed once, above the break, and its cells
    go on the cells above them, cell by cell (``_cell_goes_on``): "9 | Tổ chức thanh tra trách nhiệm thực |
    …" / " | hiện nhiệm vụ công vụ của cán bộ, … | | trong năm | …" (n001 printed), " |  | của các cơ quan,
    đơn vị |  |  |  | " under a product cell (n001's render); or the number cell itself goes on in lower case
    ("quả sản xuất; Hiến đất, …" under "I- Lĩnh vực kinh tế (…, nâng cao hiệu", 002). A task (the second
    cell) that opens with a capital word goes on a task left unfinished ("… phối hợp với" / "Ủy ban …").

    Counter-examples (a row of its own): FINISHED_CELL_THEN_CAPITAL, a task opening with a capital under a
    finished one ("… trên địa bàn tỉnh." / " | Tổ chức tốt việc tiếp nhận, …": a row whose number cell is
    merged or blank); a row of items under a group's heading, its number cell blank ("5. | Tên loại văn bản
    và trích yếu nội dung văn bản |  |  |  | " / " | - Tên loại văn bản | In hoa | 15-16 | Đứng, đậm | THÔNG
    BÁO", n038): its task opens an item, and its lower-case cell ("về quy hoạch cán bộ …") stands under an
    empty one.

    >>> row_goes_on(("1", "Xây dựng và tổ chức thực hiện kế", "Kế hoạch của"), ("", "hoạch chuyển đổi số năm 2026 của tỉnh.", "UBND tỉnh"))
    True
    >>> row_goes_on(("5", "Tiếp tục triển khai thực hiện Quyết định số 1441/QĐ-UBND.", "Sở Nội vụ"), ("", "Tổ chức tốt việc tiếp nhận hồ sơ.", "Sở Tư pháp"))
    False
    """
    if first[0][:1].islower():
        return True
    if first[0] or not last[0]:
        return False
    if any(_cell_goes_on(a, b) for a, b in zip(last, first, strict=True)):
        return True
    above, below = (last[1], first[1]) if len(first) > 1 else ("", "")
    return bool(above and OPENS_A_WORD_RE.match(below) and not FINISHED_CELL_RE.search(above))


def joined_row(last: tuple[str, ...], first: tuple[str, ...]) -> tuple[str, ...]:
    """A row broken over a page break made whole: each cell's two parts joined by a space (ROW_ACROSS_PAGES).

    >>> joined_row(("1", "Xây dựng kế", "Kế hoạch của"), ("", "hoạch năm 2026.", "UBND tỉnh"))
    ('1', 'Xây dựng kế hoạch năm 2026.', 'Kế hoạch của UBND tỉnh')
    """
    return tuple(" ".join(c for c in (a, b) if c) for a, b in zip(last, first, strict=True))
