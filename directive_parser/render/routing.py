"""The routing slip (phiếu giải quyết văn bản đến, NĐ 30/2020 Phụ lục IV, mẫu VII) as a Word file.

The slip is headed by the document's identity (type, số-ký hiệu, date, issuer, trích yếu). Part
(1) is the head of the office's opinion: who leads (chủ trì), who co-operates (phối hợp) and the
time limit of each task. The tool cannot decide that; it *proposes* it from the obligations that
fall on the office (after ``parse --for UNIT``, only those), each marked "đề xuất" for the head to
confirm or strike out: the body the text charges as lead, the bodies it names after "phối hợp
với", and the day (or the time phrase) the text gives. Where the text says nothing the cell is a
dotted blank to fill in by hand. Parts (2) and (3) are blanks, as on the printed form.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ..record import Directive
from .duties import duties
from .naming import BLANK, checklist_date, cite_directive, ocr_note, symbol_text
from .outline import BODY_PT, _font, _para, _setup

TITLE = "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"
PROPOSAL_MARK = "(đề xuất)"
"""Appended to every value the tool proposes: the head of the office decides, the tool only reads."""

FILL_LINE = "…" * 40
"""A line left for handwriting, as the printed form has it."""

SLIP_PT = 13
"""The slip's text size: the decree's forms are set in 13-14 pt; 13 keeps a five-task table on one page."""

# "phối hợp với Sở Tài chính, Sở Nội vụ tham mưu …" → "Sở Tài chính, Sở Nội vụ": the bodies named
# after "phối hợp (với)", up to the verb or clause that follows them, or the sentence's end.
COOPERATE = regex.compile(
    r"""
    (?i:phối\s+hợp\s+(?:chặt\s+chẽ\s+)?với)\s+  # the cue, in any case ("Phối hợp với", "phối hợp chặt chẽ với")
    (?P<who>[^.;:]+?)                            # the bodies named, abbreviations in brackets kept
    (?=\s+(?:để|trong|tham\s+mưu|thực\s+hiện|triển\s+khai|tổ\s+chức|xây\s+dựng|rà\s+soát|báo\s+cáo|gửi)\b
       |[.;:]|$)                                 # ... up to the next verb (lower case: "Ban Tổ chức" is a name)
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True)
class Task:
    """One proposal of part (1): a task of the office with its lead, co-operating bodies and time limit."""

    action: str
    lead: str | None
    cooperate: str | None
    due: str | None


def tasks(record: Directive, unit: str | None = None, received: dt.date | None = None) -> list[Task]:
    """The proposals of part (1), one per obligation of the record, in the clerk's order.

    Args:
        record: the directive (filtered to the office's own duties by ``parse --for``, when given).
        unit: the receiving office ("Quận ủy Lê Chân"): then it is the proposed lead of every
            task (the record holds only its duties), instead of the body the text charges.
        received: the day of arrival: a time limit counted from receipt then becomes a day.

    Returns:
        Each task with the lead the text charges, the bodies it names to co-operate and its time
        limit (``dd/mm/yyyy`` for a dated duty, the phrase as printed otherwise); None where the
        text gives nothing.
    """
    out = []
    for duty in duties(record, received):  # the record's obligations (deadlines for an older one)
        deadline = duty.deadline
        found = COOPERATE.search(deadline.sentence or deadline.action)
        due = checklist_date(duty.due) if duty.due is not None else (deadline.text or None)
        out.append(Task(deadline.action, unit or deadline.responsible, found.group("who").strip(" ,") if found else None, due))
    return out


def _proposed(value: str | None) -> str:
    return f"{value} {PROPOSAL_MARK}" if value else BLANK


def _identity(record: Directive) -> list[tuple[str, str]]:
    """The slip's head: the document's type, number, date, issuer and subject (blanks where
    unknown; a value read from a scan followed by its check-me note, ``naming.ocr_note``)."""
    rows = [
        ("Tên loại văn bản", record.document_type, "document_type"),
        ("Số, ký hiệu", symbol_text(record.number.symbol, record.number.number), "number.symbol"),
        ("Ngày tháng văn bản", checklist_date(record.date) if record.date else None, "date"),
        ("Cơ quan, tổ chức ban hành", record.issuer.name, "issuer.name"),
        ("Trích yếu nội dung", record.subject, "subject"),
    ]
    out = []
    for label, value, path in rows:
        note = ocr_note(record, path) if value else None
        out.append((label, f"{value} ({note})" if note else value or BLANK))
    return out


def _table(document: Any, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Any:
    """A bordered table with a bold header row that Word and LibreOffice repeat on each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].text = ""
        _font(cell.paragraphs[0].add_run(text), SLIP_PT - 1, bold=True)
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            _font(cell.paragraphs[0].add_run(text), SLIP_PT - 1)
    return table


def slip_docx(record: Directive, unit: str | None = None, received: dt.date | None = None) -> bytes:
    """The routing slip of one directive as a Word document.

    Args:
        record: the directive.
        unit: the receiving office, when known (see ``tasks``).
        received: the day of arrival, when known (see ``tasks``).

    Returns:
        The bytes of a .docx file.
    """
    import docx

    document = docx.Document()
    _setup(document)
    _para(document, TITLE, BODY_PT, align="center", bold=True, after=12)
    for label, value in _identity(record):
        p = _para(document, after=2)
        _font(p.add_run(f"{label}: "), SLIP_PT, bold=True)
        _font(p.add_run(value), SLIP_PT)
    _para(document, cite_directive(record), SLIP_PT, italic=True, after=10)
    _para(document, "1. Ý kiến của người đứng đầu cơ quan, tổ chức:", SLIP_PT, bold=True, after=4)
    found = tasks(record, unit, received)
    rows = [
        (str(i), t.action, _proposed(t.lead), _proposed(t.cooperate), _proposed(t.due)) for i, t in enumerate(found, 1)
    ] or [("1", BLANK, BLANK, BLANK, BLANK)]
    _table(document, ("TT", "Nội dung công việc", "Đơn vị, cá nhân chủ trì", "Đơn vị, cá nhân phối hợp", "Thời hạn giải quyết"), rows)
    _para(document, "Ngày … tháng … năm …", SLIP_PT, italic=True, after=24)
    _para(document, "2. Ý kiến của người đứng đầu đơn vị, bộ phận:", SLIP_PT, bold=True, after=2)
    _para(document, f"Giao cho: {FILL_LINE}  Thời hạn: ……………", SLIP_PT, after=2)
    _para(document, "Ngày … tháng … năm …", SLIP_PT, italic=True, after=24)
    _para(document, "3. Ý kiến đề xuất của người giải quyết:", SLIP_PT, bold=True, after=2)
    for _ in range(3):
        _para(document, FILL_LINE + FILL_LINE, SLIP_PT, after=2)
    _para(document, "Ngày … tháng … năm …", SLIP_PT, italic=True, after=6)
    document.core_properties.title = TITLE
    document.core_properties.language = "vi-VN"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render(records: Sequence[Directive], *, unit: str | None = None, received: dt.date | None = None, **_: object) -> bytes:
    """The ``routing-slip`` format: the phiếu giải quyết of exactly one directive (.docx bytes).

    Args:
        records: one directive.
        unit: the receiving office (``parse --for UNIT``), proposed as the lead of its duties.
        received: the day of arrival (``parse --received``).

    Returns:
        The bytes of a .docx file.

    Raises:
        DirectiveParserError: more or fewer than one record.
    """
    from .outline import _one

    return slip_docx(_one(records), unit, received)
