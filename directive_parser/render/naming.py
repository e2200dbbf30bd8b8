"""How the renderers name things in Vietnamese: dates, documents and their citations.

A clerk reads every output in Vietnamese, so the checklist, the calendar and the report skeleton
all cite a directive the same way a Vietnamese document cites another (NĐ 30/2020 Phụ lục I,
rule 7: type, số-ký hiệu, date, issuer, trích yếu)::

    Công văn số 1092-CV/BDVTU ngày 07/7/2023 của Ban Dân vận Thành ủy Hải Phòng về kiểm tra, …

Only what the record holds is printed: a missing part is left out of the sentence, never filled
in. A blank number ("-CV/HU", a document numbered by hand after printing) shows as a dotted
blank so the reader sees it is missing.
"""

from __future__ import annotations

import datetime as dt

from ..record import Directive, LegalReference, PartialDate

BLANK = "…"
"""What a part left blank in the document (or to be filled in by the clerk) prints as."""

GENERIC_TYPE = "Văn bản"
"""The type word used when the record does not know the document's kind."""


def checklist_date(day: dt.date) -> str:
    """A due date as the checklist prints it: always two-digit day and month.

    Args:
        day: the date.

    Returns:
        ``dd/mm/yyyy``, e.g. ``"15/07/2023"``.
    """
    return day.strftime("%d/%m/%Y")


def citation_date(day: dt.date) -> str:
    """A date as Vietnamese prose cites it (NĐ 30/2020 Phụ lục I: day below 10 and the months
    January and February take a leading zero, other months do not).

    Args:
        day: the date.

    Returns:
        e.g. ``"07/7/2023"``, ``"03/01/2023"``, ``"15/12/2023"``.
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def partial_date(partial: PartialDate) -> str | None:
    """A date printed with blank parts ("ngày … tháng 02 năm 2024"), or None if nothing is known.

    Args:
        partial: the parts the document printed.

    Returns:
        The date in words with ``…`` for each blank part, or None when every part is blank.
    """
    if partial.day is None and partial.month is None and partial.year is None:
        return None
    parts = [
        f"{partial.day:02d}" if partial.day is not None else BLANK,
        f"{partial.month:02d}" if partial.month is not None else BLANK,
        str(partial.year) if partial.year is not None else BLANK,
    ]
    return "ngày {} tháng {} năm {}".format(*parts)


def symbol_text(symbol: str | None, number: str | None) -> str | None:
    """The số-ký hiệu to print, with a dotted blank where the document left the number blank.

    Args:
        symbol: the symbol as recorded (``"1092-CV/BDVTU"``, ``"-CV/HU"``, ``"/UBND-VX"``).
        number: the number alone, None when blank.

    Returns:
        ``"1092-CV/BDVTU"``, ``"…-CV/HU"``; None when there is no symbol at all.
    """
    if symbol is None:
        return None
    if number is None and symbol[:1] in "-/":
        return BLANK + symbol
    return symbol


def _cite(kind: str | None, symbol: str | None, date: str | None, issuer: str | None, subject: str | None) -> str:
    words = [kind or GENERIC_TYPE]
    if symbol:
        words.append(f"số {symbol}")
    if date:
        words.append(date if date.startswith("ngày") else f"ngày {date}")
    if issuer:
        words.append(f"của {issuer}")
    if subject:
        # A subject that already opens with "về" ("về việc …") is not given a second one.
        words.append(subject if subject.casefold().startswith("về ") else f"về {subject}")
    return " ".join(words)


def cite_directive(record: Directive, *, full: bool = True) -> str:
    """How another document cites this directive, from what the record holds.

    Args:
        record: the directive.
        full: with issuer and trích yếu; False gives only type, symbol and date, as a title.

    Returns:
        e.g. ``"Công văn số 1092-CV/BDVTU ngày 07/7/2023 của Ban Dân vận Thành ủy Hải Phòng về
        kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo”"``.
    """
    if record.date is not None:
        date: str | None = citation_date(record.date)
    elif record.date_partial is not None:
        date = partial_date(record.date_partial)
    else:
        date = None
    return _cite(
        record.document_type,
        symbol_text(record.number.symbol, record.number.number),
        date,
        record.issuer.name if full else None,
        record.subject if full else None,
    )


def cite_reference(reference: LegalReference) -> str:
    """How a cited document is listed: ``"Nghị quyết số 08-NQ/TU ngày 06/12/2022 của … về …"``.

    Args:
        reference: the legal reference from the record.

    Returns:
        The citation, with the parts the text did not give left out.
    """
    date = citation_date(reference.date) if reference.date is not None else None
    return _cite(reference.type, reference.symbol, date, reference.issuer, reference.title)


def short_name(record: Directive) -> str:
    """The shortest name that tells the clerk which directive: its symbol, else type and date.

    Args:
        record: the directive.

    Returns:
        ``"1092-CV/BDVTU"``; without a symbol ``"Kế hoạch ngày 05/3/2024"`` or just the type.
    """
    symbol = symbol_text(record.number.symbol, record.number.number)
    if symbol:
        return symbol
    kind = record.document_type or GENERIC_TYPE
    if record.date is not None:
        return f"{kind} ngày {citation_date(record.date)}"
    return kind


def upper_first(text: str) -> str:
    """The text with its first letter capitalised and the rest as printed ("kiểm tra, …" → "Kiểm tra, …")."""
    return text[:1].upper() + text[1:]


OCR_NOTE = "đọc từ ảnh quét — hãy kiểm tra lại"
"""After a value read from a scan by OCR: the clerk checks it against the paper (the web page
prints the same words, web/static/app.js)."""


def ocr_note(record: Directive, *paths: str) -> str | None:
    """The check-me note of a value read by OCR, with how sure the OCR was, or None.

    Args:
        record: the directive; ``record.source["ocr_confidence"]`` holds each register value's
            OCR confidence (0-1) under its path, for values read on scanned pages.
        paths: the paths the printed value is made of ("signer.name", "signer.position"): the
            least sure of them is shown.

    Returns:
        "đọc từ ảnh quét — hãy kiểm tra lại; độ tin cậy 72%", or None when no path was OCR'd.

    Example:
        >>> from directive_parser.record import Directive
        >>> ocr_note(Directive(source={"ocr_confidence": {"signer.name": 0.72, "signer.position": 0.97}}), "signer.name", "signer.position")
        'đọc từ ảnh quét — hãy kiểm tra lại; độ tin cậy 72%'
    """
    confidence = record.source.get("ocr_confidence") or {}
    found = [float(confidence[p]) for p in paths if p in confidence]
    if not found:
        return None
    return f"{OCR_NOTE}; độ tin cậy {round(min(found) * 100)}%"

