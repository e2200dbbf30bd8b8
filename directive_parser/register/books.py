"""The registers NĐ 30/2020 Phụ lục IV makes an office keep, filled from the register of received directives.

Two books for one calendar year, in the decree's columns and order (``REGISTER_COLUMNS``,
``TRACKING_COLUMNS``), one row per received directive in the order of its Số đến:

* the *sổ đăng ký văn bản đến* (mẫu VI): day and number of arrival, author (the issuer), số-ký
  hiệu, date, type and trích yếu, the unit or person it goes to; the columns for handing it over
  (Ngày chuyển, Ký nhận) are left for the clerk's hand;
* the *sổ theo dõi giải quyết văn bản đến* (mẫu VIII): the time limits of the duties that fall on
  the office and how far each has got (its status in the register).

Each book has a cover (the office's name, the book's title, the year). ``book_xlsx`` writes one
workbook (cover, then one sheet per book, the header row repeated on every printed page, columns
sized, landscape A4); ``book_docx`` one Word document (cover page, then each book as a table whose
header row repeats). "Đơn vị hoặc người nhận" is the tool's proposal, as on the routing slip: the
office itself when a profile is set, else the bodies the text charges.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..record import Directive
from ..render.naming import checklist_date, symbol_text
from .store import DirectiveView, DutyView, Register

REGISTER_TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"
TRACKING_TITLE = "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN"

REGISTER_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Ngày đến", 13),
    ("Số đến", 8),
    ("Tác giả", 24),
    ("Số, ký hiệu văn bản", 16),
    ("Ngày tháng văn bản", 13),
    ("Tên loại và trích yếu nội dung văn bản", 40),
    ("Đơn vị hoặc người nhận", 22),
    ("Ngày chuyển", 12),
    ("Ký nhận", 10),
    ("Ghi chú", 14),
)
"""Mẫu VI, with each column's width in characters (what fits its usual content on landscape A4)."""

TRACKING_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Số đến", 8),
    ("Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản", 46),
    ("Đơn vị hoặc người nhận", 24),
    ("Thời hạn giải quyết", 16),
    ("Tiến độ giải quyết", 22),
    ("Số, ký hiệu văn bản trả lời", 16),
    ("Ghi chú", 14),
)
"""Mẫu VIII, with widths as above."""

PROGRESS_LABELS = {"open": "đang giải quyết", "done": "đã xong", "not_ours": "không thuộc đơn vị"}
"""How a duty's status reads in the Tiến độ column."""

NO_LIMIT = "Không nêu thời hạn"
"""The Thời hạn cell of a directive whose duties for the office carry no time (the checklist's words)."""

FONT = "Times New Roman"
LANDSCAPE_WIDTH_CM, LANDSCAPE_HEIGHT_CM = 29.7, 21.0
"""A4 turned: ten columns of a book need the long side."""
LANDSCAPE_MARGIN_CM = 1.5
"""Left and right margins of the books' tables (narrower than a letter's: the table needs the room)."""
LINE_POINTS = 15
"""Height of one line of 11 pt text in a sheet row: LibreOffice does not grow a row to its wrapped
text when it opens a file, so each row's height is set from its longest cell."""

HEADER_FILL = "D9D9D9"
"""Light grey behind the header row: it stays readable on a black-and-white printer."""


@dataclass(frozen=True)
class Entry:
    """One received directive as both books show it."""

    view: DirectiveView
    record: Directive
    duties: list[DutyView]

    @property
    def ours(self) -> list[DutyView]:
        """The duties that fall on the office (and are still shown)."""
        return [d for d in self.duties if d.ours and d.status != "not_ours"]


def _lead(entry: Entry, office: str | None) -> str:
    if office and entry.ours:
        return office
    leads = dict.fromkeys(d.responsible for d in entry.ours if d.responsible)
    return "; ".join(leads)


def _type_and_subject(record: Directive) -> str:
    kind = record.document_type or ""
    subject = record.subject or ""
    if kind and subject:
        return f"{kind}: {subject}" if kind != "Công văn" else f"{kind} V/v {subject}"
    return kind or subject


def _limit(duty: DutyView) -> str:
    return checklist_date(duty.due) if duty.due else (duty.due_text or NO_LIMIT)


def register_rows(entries: Sequence[Entry], office: str | None) -> list[list[str]]:
    """The rows of the sổ đăng ký văn bản đến, in the columns of ``REGISTER_COLUMNS``.

    Args:
        entries: the year's directives in order of arrival.
        office: the office's name (the register's profile), if set.

    Returns:
        One row of cell texts per directive.
    """
    rows = []
    for e in entries:
        r = e.record
        notes = "; ".join(x for x in (r.urgency, r.secrecy) if x)
        rows.append([
            checklist_date(e.view.received), str(e.view.arrival_number or ""), r.issuer.name or "",
            symbol_text(r.number.symbol, r.number.number) or "", checklist_date(r.date) if r.date else "",
            _type_and_subject(r), _lead(e, office), "", "", notes,
        ])
    return rows


def tracking_rows(entries: Sequence[Entry], office: str | None) -> list[list[str]]:
    """The rows of the sổ theo dõi giải quyết văn bản đến, in the columns of ``TRACKING_COLUMNS``.

    Args:
        entries: the year's directives in order of arrival.
        office: the office's name, if set.

    Returns:
        One row per directive; the time limits and progress of its several duties one a line.
    """
    rows = []
    for e in entries:
        r = e.record
        parts = [r.document_type or "", symbol_text(r.number.symbol, r.number.number) or ""]
        identity = " ".join(p for p in parts if p)
        if r.date:
            identity += f" ngày {checklist_date(r.date)}"
        if r.issuer.name:
            identity += f" của {r.issuer.name}"
        ours = e.ours
        limits = "\n".join(_limit(d) for d in ours) if ours else NO_LIMIT
        progress = "\n".join(PROGRESS_LABELS.get(d.status, d.status) for d in ours)
        rows.append([str(e.view.arrival_number or ""), identity.strip(), _lead(e, office), limits, progress, "", ""])
    return rows


def entries(register: Register, year: int) -> list[Entry]:
    """The year's received directives in order of arrival, as both books read them."""
    return [Entry(view, record, duties) for view, record, duties in register.received_in(year)]


def _cover_lines(office: str | None, title: str, year: int) -> list[str]:
    return [(office or "").upper(), "", title, "", f"Năm {year}", "", "Từ số ……… đến số ……… (ngày ……… đến ngày ………)"]


# --- Excel ----------------------------------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    """How many lines a cell's text wraps to in a column ``width`` characters wide (at least one)."""
    return sum(max(1, -(-len(part) // max(1, width - 1))) for part in text.split("\n"))


def _sheet(workbook: Any, title: str, heading: str, office: str | None, year: int,
           columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[str]]) -> None:
    """One book as a sheet: its title lines, the header row (repeated on print), the rows."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([(office or "").upper()])
    sheet.append([f"{heading} NĂM {year}"])
    sheet["A1"].font = Font(name=FONT, size=12, bold=True)
    sheet["A2"].font = Font(name=FONT, size=14, bold=True)
    sheet.append([])
    sheet.append([name for name, _ in columns])
    header_row = sheet.max_row
    for i, (_name, width) in enumerate(columns, 1):
        cell = sheet.cell(row=header_row, column=i)
        cell.font = Font(name=FONT, size=11, bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.border = box
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.row_dimensions[header_row].height = LINE_POINTS * max(_lines(n, w) for n, w in columns)
    for values in rows:
        sheet.append(list(values))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(name=FONT, size=11)
            cell.alignment = wrap
            cell.border = box
        tallest = max(_lines(v, w) for v, (_n, w) in zip(values, columns, strict=True))
        sheet.row_dimensions[sheet.max_row].height = LINE_POINTS * tallest
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def book_xlsx(entries_: Sequence[Entry], office: str | None, year: int) -> bytes:
    """Both books of a year as one Excel workbook: a cover sheet, the sổ đăng ký, the sổ theo dõi.

    Args:
        entries_: the year's directives in order of arrival.
        office: the office's name, if set.
        year: the year.

    Returns:
        The bytes of an .xlsx file.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Bìa"
    for line in _cover_lines(office, REGISTER_TITLE, year):
        cover.append([line])
        if line == REGISTER_TITLE:
            cover.append([f"và {TRACKING_TITLE}"])
    for row in cover.iter_rows():
        for cell in row:
            cell.font = Font(name=FONT, size=16, bold=True)
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
    cover.column_dimensions["A"].width = 90
    _sheet(workbook, "Sổ đăng ký", REGISTER_TITLE, office, year, REGISTER_COLUMNS, register_rows(entries_, office))
    _sheet(workbook, "Sổ theo dõi", TRACKING_TITLE, office, year, TRACKING_COLUMNS, tracking_rows(entries_, office))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- Word -----------------------------------------------------------------------------------------


def _docx_book(document: Any, heading: str, office: str | None, year: int,
               columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[str]], first: bool) -> None:
    """One book in the Word document: its cover page, then a landscape table with a repeating header."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    from ..render.outline import _para
    from ..render.routing import _table

    section = document.sections[0] if first else document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(LANDSCAPE_WIDTH_CM), Cm(LANDSCAPE_HEIGHT_CM)
    section.left_margin = section.right_margin = Cm(LANDSCAPE_MARGIN_CM)
    for line in _cover_lines(office, heading, year):
        _para(document, line, 16, align="center", bold=True, after=12)
    document.add_page_break()
    table = _table(document, [name for name, _ in columns], rows)
    table.autofit = False
    total = sum(width for _, width in columns)
    usable = LANDSCAPE_WIDTH_CM - 2 * LANDSCAPE_MARGIN_CM
    widths = [Cm(usable * width / total) for _, width in columns]
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        col.w = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def book_docx(entries_: Sequence[Entry], office: str | None, year: int) -> bytes:
    """Both books of a year as one Word document (each with its cover page).

    Args:
        entries_: the year's directives in order of arrival.
        office: the office's name, if set.
        year: the year.

    Returns:
        The bytes of a .docx file.
    """
    import docx

    from ..render.outline import _setup

    document = docx.Document()
    _setup(document)
    _docx_book(document, REGISTER_TITLE, office, year, REGISTER_COLUMNS, register_rows(entries_, office), True)
    _docx_book(document, TRACKING_TITLE, office, year, TRACKING_COLUMNS, tracking_rows(entries_, office), False)
    document.core_properties.title = f"{REGISTER_TITLE} {year}"
    document.core_properties.language = "vi-VN"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def book(register: Register, year: int, kind: str) -> bytes:
    """Both books of a year from a register, as ``xlsx`` or ``docx``.

    Args:
        register: the register.
        year: the year of arrival.
        kind: "xlsx" or "docx".

    Returns:
        The file's bytes.
    """
    unit = register.profile()
    found = entries(register, year)
    office = unit.name if unit is not None else None
    return book_xlsx(found, office, year) if kind == "xlsx" else book_docx(found, office, year)


def today_year() -> int:
    """The current year: the book a clerk asks for when no ``--year`` is given."""
    return dt.date.today().year
