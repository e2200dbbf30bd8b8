"""The clerk's checklist: a Vietnamese Markdown to-do list of what the directive asks.

One record prints as::

    # Việc cần làm theo Công văn số 1092-CV/BDVTU

    - **Số và ký hiệu:** 1092-CV/BDVTU
    - **Ngày ban hành:** 07/07/2023
    …

    ## Nhiệm vụ
    - [ ] **Hạn 15/07/2023**: gửi Báo cáo kết quả về Ban Dân vận Thành ủy — Thực hiện: các quận
      ủy, huyện ủy … — Gửi đến: Ban Dân vận Thành ủy — _(trước ngày 15/7/2023)_
    - [ ] **Chưa có ngày cụ thể** _(cuối năm 2023)_: …

    ## Chỉ tiêu
    - [ ] Đạt chỉ tiêu: ít nhất 3 mô hình — Đối tượng: Mỗi xã xây dựng nông thôn mới kiểu mẫu

    ## Biểu mẫu phải điền
    ## Văn bản liên quan

The record's warnings (a day the calendar does not have, a stage that failed, a file that is not a
directive) come in Vietnamese under "## Lưu ý", before the tasks. One task line per obligation, dated ones by due day, undated ones last with their time phrase;
quotas and forms are tasks of their own. Every value from the document is escaped, so a "*" or
"[" in a title cannot turn into markup. Several records print one after another, separated by a
horizontal rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from ..record import Directive, Form, Quota
from ..web.vietnamese import vietnamese
from .duties import Duty, duties
from .naming import checklist_date, cite_directive, cite_reference, ocr_note, partial_date, symbol_text

NONE_SHOWN = "—"
"""Printed for a header field the document does not give (the record holds null)."""

DOCUMENT_SEPARATOR = "\n---\n\n"
"""Between the checklists of several directives: a thematic break."""

# Characters that Markdown (CommonMark and GitHub's task lists) may read as markup inside a line:
# emphasis (* _ ~), code (`), links and images ([ ] ! < >), tables (|), HTML entities (&…;),
# and the backslash itself. Line-start markers (#, -, +, 1.) cannot occur: every value is
# printed after a label on its line.
#   "mô hình *tiêu biểu*"  -> "mô hình \*tiêu biểu\*"
#   "[Dự thảo]"            -> "\[Dự thảo\]"
_SPECIAL_RE = regex.compile(
    r"""
    [\\`*_~\[\]<>|!]        # one markup character
  | &(?=[#\w]+;)            # an ampersand that would start an HTML entity ("&amp;")
    """,
    regex.X,
)


def escape(value: str) -> str:
    """A text value made literal for Markdown, on one line.

    Args:
        value: text from the record.

    Returns:
        The text with markup characters backslash-escaped and line breaks made spaces.
    """
    return _SPECIAL_RE.sub(lambda m: "\\" + m.group(0), " ".join(value.split()))


def _field(label: str, value: str | None, note: str | None = None) -> str:
    """One header line; a value read from a scan carries its check-me note in italics."""
    if not value:
        return f"- **{label}:** {NONE_SHOWN}"
    return f"- **{label}:** {escape(value)}" + (f" _({note})_" if note else "")


def _signer(record: Directive) -> str | None:
    s = record.signer
    title = ", ".join(x for x in (s.authority, s.position) if x)
    if s.name and title:
        return f"{s.name} ({title})"
    return s.name or title or None


def _date_of_issue(record: Directive) -> str | None:
    if record.date is not None:
        return checklist_date(record.date)
    if record.date_partial is not None:
        return partial_date(record.date_partial)
    return None


def header_block(record: Directive) -> list[str]:
    """The register fields a clerk copies into the incoming-documents book.

    Args:
        record: the directive.

    Returns:
        Markdown lines, one field each; a field the document does not give shows "—", a value
        read from a scan is followed by "_(đọc từ ảnh quét — hãy kiểm tra lại; độ tin cậy 72%)_".
    """
    lines = [
        _field("Số và ký hiệu", symbol_text(record.number.symbol, record.number.number), ocr_note(record, "number.symbol")),
        _field("Ngày ban hành", _date_of_issue(record), ocr_note(record, "date")),
        _field("Cơ quan ban hành", record.issuer.name, ocr_note(record, "issuer.name")),
        _field("Trích yếu", record.subject, ocr_note(record, "subject")),
        _field("Loại văn bản", record.document_type, ocr_note(record, "document_type")),
        _field("Người ký", _signer(record), ocr_note(record, "signer.name", "signer.authority", "signer.position")),
    ]
    if record.urgency:
        lines.append(_field("Độ khẩn", record.urgency, ocr_note(record, "urgency")))
    if record.secrecy:
        lines.append(_field("Độ mật", record.secrecy, ocr_note(record, "secrecy")))
    return lines


def _duty_line(duty: Duty) -> str:
    d = duty.deadline
    if duty.due is not None:
        head = f"**Hạn {checklist_date(duty.due)}**"
        if duty.recurrence:
            head += " (định kỳ)"
        if duty.resolved and not duty.recurrence:
            head += " (tính từ ngày nhận)"
    elif duty.timed:
        head = "**Chưa có ngày cụ thể**"
    else:
        head = "**Không nêu thời hạn**"
    parts = [f"- [ ] {head}: {escape(d.action)}"]
    if d.responsible:
        parts.append(f"Thực hiện: {escape(d.responsible)}")
    if d.deliver_to:
        parts.append(f"Gửi đến: {escape(d.deliver_to)}")
    hint = escape(d.text)
    if duty.needs_received:
        hint += "; cần ngày nhận văn bản để tính hạn"
    if hint:
        parts.append(f"_({hint})_")
    return " — ".join(parts)


def quota_phrase(quota: Quota) -> str:
    """The required quantity in words: "ít nhất 3 mô hình", "từ 3 đến 5 mô hình", "2 mô hình".

    Args:
        quota: the quota from the record.

    Returns:
        The bounds and the unit, in Vietnamese.
    """
    lo, hi = quota.min, quota.max
    if lo is not None and hi is not None:
        amount = f"{lo}" if lo == hi else f"từ {lo} đến {hi}"
    elif lo is not None:
        amount = f"ít nhất {lo}"
    elif hi is not None:
        amount = f"không quá {hi}"
    else:
        amount = "số lượng chưa rõ"
    return f"{amount} {quota.unit}"


def _quota_line(quota: Quota) -> str:
    parts = [f"- [ ] Đạt chỉ tiêu: {escape(quota_phrase(quota))}"]
    if quota.subject:
        parts.append(f"Đối tượng: {escape(quota.subject)}")
    if quota.base:
        parts.append(f"Tính trên: {escape(quota.base)}")
    if quota.text:
        parts.append(f"_({escape(quota.text)})_")
    return " — ".join(parts)


def form_name(form: Form) -> str:
    """How a form is named: "Mẫu số 01", "Mẫu M1", or "Biểu mẫu" when it has no code.

    Args:
        form: the form from the record.

    Returns:
        The name to print before its title.
    """
    if not form.code:
        return "Biểu mẫu"
    return f"Mẫu số {form.code}" if form.code[:1].isdigit() else f"Mẫu {form.code}"


def _form_line(form: Form) -> str:
    line = f"- [ ] Điền {escape(form_name(form))}"
    if form.title:
        line += f": {escape(form.title)}"
    return line


def _sentence(text: str) -> str:
    """``text`` with its first letter in capitals: "thời hạn …" → "Thời hạn …"."""
    return text[:1].upper() + text[1:]


def checklist(record: Directive, received: dt.date | None = None) -> str:
    """The checklist of one directive.

    Args:
        record: the directive.
        received: the day it was received, to date duties counted from receipt.

    Returns:
        Markdown text ending in a newline.
    """
    lines = [f"# Việc cần làm theo {escape(cite_directive(record, full=False))}", ""]
    lines += header_block(record)
    if received is not None:
        lines.append(_field("Ngày nhận", checklist_date(received)))
    if record.warnings:  # what the parser could not settle, before the tasks it shapes (in Vietnamese)
        lines += ["", "## Lưu ý", ""] + [f"- {escape(_sentence(vietnamese(w)))}" for w in record.warnings]
    lines += ["", "## Nhiệm vụ", ""]
    items = duties(record, received)
    lines += [_duty_line(d) for d in items] or ["_Văn bản không giao nhiệm vụ nào._"]
    if record.quotas:
        lines += ["", "## Chỉ tiêu", ""] + [_quota_line(q) for q in record.quotas]
    if record.forms:
        lines += ["", "## Biểu mẫu phải điền", ""] + [_form_line(f) for f in record.forms]
    if record.legal_references:
        lines += ["", "## Văn bản liên quan", ""]
        lines += [f"- {escape(cite_reference(r))}" for r in record.legal_references]
    return "\n".join(lines) + "\n"


def render(records: Sequence[Directive], received: dt.date | None = None, **_: object) -> str:
    """The checklists of one or more directives, in input order.

    Args:
        records: the parsed directives.
        received: the day they were received (``--received``), to date relative duties.

    Returns:
        Markdown text; several checklists are separated by a horizontal rule.
    """
    return DOCUMENT_SEPARATOR.join(checklist(r, received) for r in records)
