"""Excel workbooks (.xlsx): the task tables offices send as a directive's appendix (EXCEL_TASK_TABLES).

A plan's "Phụ lục" of tasks often travels as an Excel file beside the letter ("Danh mục nhiệm vụ", "Biểu tổng hợp").
Before, it was refused as "a zip archive but not a Word document". Each sheet is read in order, one line a row: a row
with one filled cell is that cell's text (a title: "PHỤ LỤC I", "DANH MỤC NHIỆM VỤ …"), a row with more is its cells
up to the last filled one joined by " | " (empty cells kept, so the columns stay aligned), as the DOCX loader writes
a data table; the structure layer then reads the header's columns and each row's duty as it reads any task table.
A date cell is written as the directive prints one ("30/6/2026"), a whole number without its ".0".

Counter-examples: a workbook with no filled cell is refused as empty; an .xlsx that inflates past the DOCX loader's
limit, or holds more than ``MAX_CELLS`` cells, is refused before it is read.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from ..errors import EmptyDocument, InputError
from ..source import SourceDocument
from .docx import check_archive

# Cells read at most (a directive's appendix holds a few thousand; a data dump is no directive).
MAX_CELLS = 200_000


def is_xlsx(data: bytes) -> bool:
    """Whether ``data`` is a zip holding an Excel workbook (``xl/workbook.xml``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _cell_text(value: Any) -> str:
    """A cell's value as the directive would print it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date() if (value.hour, value.minute, value.second) == (0, 0, 0) else value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).replace("|", "/").split())


def load_xlsx(data: bytes, origin: str) -> SourceDocument:
    """The workbook's sheets as text, one line a row (EXCEL_TASK_TABLES).

    Raises:
        InputError: a damaged workbook, one that would inflate too far, or one with too many cells.
        EmptyDocument: no cell is filled.
    """
    check_archive(data, origin, "Excel workbook", "workbook")
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl's zoo of errors on damaged parts
        raise InputError(f"{origin}: not a readable Excel workbook ({exc.__class__.__name__}: {str(exc)[:120]})") from exc
    lines: list[str] = []
    cells = 0
    try:
        for sheet in workbook.worksheets:
            if lines and lines[-1]:
                lines.append("")  # a blank line between sheets
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
                if cells > MAX_CELLS:
                    raise InputError(f"{origin}: more than {MAX_CELLS:,} cells is more than a directive's appendix (the limit)")
                texts = [_cell_text(v) for v in row]
                while texts and not texts[-1]:
                    texts.pop()
                filled = [t for t in texts if t]
                if not filled:
                    continue
                lines.append(filled[0] if len(filled) == 1 else " | ".join(texts))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"{origin}: not a readable Excel workbook ({exc.__class__.__name__}: {str(exc)[:120]})") from exc
    finally:
        workbook.close()
    text = "\n".join(lines).strip()
    if not text:
        raise EmptyDocument(f"{origin}: the Excel workbook has no filled cell")
    return SourceDocument(text=text, format="xlsx", origin=origin, conversions=["an Excel workbook: its sheets read row by row, the cells of a row joined by \" | \""])
