"""E-office metadata: a record as NĐ 30/2020 Phụ lục VI, Phần II, Mục II (incoming documents).

Every Vietnamese e-office system (hệ thống quản lý tài liệu điện tử) must store these fields for
an incoming document, with the English names and lengths the decree gives (``FIELDS``, in the
decree's order). ``--format eoffice`` writes them as JSON, ``--format eoffice-xml`` as XML (one
``<IncomingDocument>`` element per record, children in the same order and names).

Values come from the record; where the record has nothing the field is null (XML: left out). A
value longer than its field is cut with "…" and a warning — except the document's number and
symbol, which are identifiers: cutting them would name another document, so an over-long one is
refused (null) with a warning. Warnings go in ``x-warnings`` (left out when there are none).

Conventions the decree leaves open, chosen here and documented in the README:
dates are ISO ``YYYY-MM-DD`` (10 characters, as the decree's length); ``Priority`` is the urgency
as one digit (``PRIORITY_CODES``); ``ToPlaces`` and ``DueDate`` are the tool's proposals from the
obligations that fall on the office (the leads and the earliest due day), for the clerk to confirm.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from ..record import Directive
from ..register.units import bare

ELLIPSIS = "…"
"""Ends a value cut to its field's length."""

LANGUAGE = "Tiếng Việt"
"""``Language``: every directive this tool reads is in Vietnamese."""

PRIORITY_CODES: dict[str, int] = {"khan": 1, "thuong khan": 2, "hoa toc": 3}
"""``Priority`` (Number, 1 digit): 0 for an ordinary document, then the urgency levels of NĐ 30
Phụ lục I in rising order (keys folded: no tone marks, lower case). The decree gives the field, not
its codes; e-office systems differ, so this mapping is ours."""

IDENTIFIERS = frozenset({"CodeNumber", "CodeNotation"})
"""Fields refused rather than cut when too long: a cut identifier names another document."""

ROOT_TAG = "IncomingDocument"
LIST_TAG = "IncomingDocuments"
WARNINGS_KEY = "x-warnings"


@dataclass(frozen=True)
class Field:
    """One field of Phụ lục VI, Phần II, Mục II: its number, English name, Vietnamese name, type, length."""

    number: str
    name: str
    label: str
    kind: str  # "String", "Number", "Date", "LongText" or "Group"
    length: int | None
    parent: str | None = None


FIELDS: tuple[Field, ...] = (
    Field("1", "FileCode", "Mã hồ sơ", "Group", None),
    Field("1.1", "OrganId", "Mã định danh của cơ quan, tổ chức lập danh mục hồ sơ", "String", 13, "FileCode"),
    Field("1.2", "FileCatalog", "Năm hình thành hồ sơ", "Number", 4, "FileCode"),
    Field("1.3", "FileNotation", "Số và ký hiệu hồ sơ", "String", 20, "FileCode"),
    Field("2", "DocOrdinal", "Số thứ tự văn bản trong hồ sơ", "Number", 3),
    Field("3", "TypeName", "Tên loại văn bản", "String", 100),
    Field("4", "CodeNumber", "Số của văn bản", "String", 11),
    Field("5", "CodeNotation", "Ký hiệu của văn bản", "String", 30),
    Field("6", "IssuedDate", "Ngày, tháng, năm văn bản", "Date", 10),
    Field("7", "OrganName", "Tên cơ quan, tổ chức ban hành văn bản", "String", 200),
    Field("8", "Subject", "Trích yếu nội dung", "String", 500),
    Field("9", "Language", "Ngôn ngữ", "String", 30),
    Field("10", "PageAmount", "Số trang của văn bản", "Number", 3),
    Field("11", "Description", "Ghi chú", "String", 500),
    Field("12", "ArrivalDate", "Ngày, tháng, năm đến", "Date", 10),
    Field("13", "ArrivalNumber", "Số đến", "Number", 10),
    Field("14", "SignerInfo", "Chức vụ, họ tên người ký", "Group", None),
    Field("14.1", "Position", "Chức vụ của người ký văn bản", "String", 100, "SignerInfo"),
    Field("14.2", "FullName", "Họ và tên người ký văn bản", "String", 50, "SignerInfo"),
    Field("15", "Priority", "Mức độ khẩn, độ mật", "Number", 1),
    Field("16", "ToPlaces", "Đơn vị hoặc người nhận", "String", 1000),
    Field("17", "TraceHeaderList", "Ý kiến phân phối, chỉ đạo, trạng thái xử lý văn bản", "LongText", None),
    Field("18", "DueDate", "Thời hạn giải quyết", "Date", 10),
)
"""The incoming-document fields, transcribed from NĐ 30/2020 Phụ lục VI, Phần II, Mục II."""


def _field_schema(field: Field) -> dict[str, Any]:
    """The JSON Schema of one leaf field: its type and the decree's length."""
    out: dict[str, Any] = {"description": f"{field.number}. {field.label}"}
    if field.kind == "Number":
        out["type"] = ["integer", "null"]
        out["minimum"] = 0
        if field.length is not None:
            out["maximum"] = 10**field.length - 1
    elif field.kind == "Date":
        out["type"] = ["string", "null"]
        out["format"] = "date"
        out["pattern"] = r"^\d{4}-\d{2}-\d{2}$"
    else:
        out["type"] = ["string", "null"]
        if field.length is not None:
            out["maxLength"] = field.length
    return out


def schema() -> dict[str, Any]:
    """The JSON Schema of one ``--format eoffice`` object, built from ``FIELDS``.

    Returns:
        A draft 2020-12 schema: every field of the decree required (null when unknown), nothing
        else allowed but ``x-warnings``.
    """
    properties: dict[str, Any] = {}
    for field in FIELDS:
        if field.parent is not None:
            continue
        if field.kind == "Group":
            children = [f for f in FIELDS if f.parent == field.name]
            properties[field.name] = {
                "description": f"{field.number}. {field.label}",
                "type": "object",
                "properties": {c.name: _field_schema(c) for c in children},
                "required": [c.name for c in children],
                "additionalProperties": False,
            }
        else:
            properties[field.name] = _field_schema(field)
    properties[WARNINGS_KEY] = {"type": "array", "items": {"type": "string"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Thông tin đầu vào của dữ liệu quản lý văn bản đến (NĐ 30/2020, Phụ lục VI, Phần II, Mục II)",
        "type": "object",
        "properties": properties,
        "required": [f.name for f in FIELDS if f.parent is None],
        "additionalProperties": False,
    }


def _notation(symbol: str | None, number: str | None) -> str | None:
    """The ký hiệu without the number: "1092-CV/BDVTU" → "CV/BDVTU", "15/QĐ-BNV" → "QĐ-BNV"."""
    if not symbol:
        return None
    rest = symbol[len(number) :] if number and symbol.startswith(number) else symbol.lstrip("0123456789…. ")
    return rest.lstrip("-/ ") or None


def _priority(urgency: str | None) -> int:
    return PRIORITY_CODES.get(bare(urgency), 0) if urgency else 0


def values(record: Directive, arrival_number: int | None = None, received: dt.date | None = None) -> dict[str, Any]:
    """The record's values for each field, before the length check (None where unknown).

    Args:
        record: the directive.
        arrival_number: the Số đến the register gave it (else the received stamp's, when legible).
        received: the day of arrival (else the received stamp's); duties counted from receipt
            are dated from it.

    Returns:
        Field name to value, groups as nested dictionaries.
    """
    from .routing import tasks

    stamp = record.received
    if arrival_number is None and stamp is not None and stamp.number and stamp.number.isdigit():
        arrival_number = int(stamp.number)
    if received is None and stamp is not None:
        received = stamp.date
    found = tasks(record, received=received)
    leads = list(dict.fromkeys(t.lead for t in found if t.lead))
    from ..register.store import due_dates

    resolved = [due for due, _rule in due_dates(record, received)] if received else []
    printed = [o.date for o in record.obligations or record.deadlines]
    dated = [d for d in resolved or printed if d is not None]
    pages = record.source.get("pages")
    return {
        "FileCode": {"OrganId": None, "FileCatalog": None, "FileNotation": None},
        "DocOrdinal": None,
        "TypeName": record.document_type,
        "CodeNumber": record.number.number,
        "CodeNotation": _notation(record.number.symbol, record.number.number),
        "IssuedDate": record.date.isoformat() if record.date else None,
        "OrganName": record.issuer.name,
        "Subject": record.subject,
        "Language": LANGUAGE,
        "PageAmount": pages if isinstance(pages, int) else None,
        "Description": None,
        "ArrivalDate": received.isoformat() if received else None,
        "ArrivalNumber": arrival_number,
        "SignerInfo": {"Position": record.signer.position, "FullName": record.signer.name},
        "Priority": _priority(record.urgency),
        "ToPlaces": "; ".join(leads) or None,
        "TraceHeaderList": None,
        "DueDate": min(dated).isoformat() if dated else None,
    }


def _fit(field: Field, value: Any, warnings: list[str]) -> Any:
    """A value checked against its field's length: cut with "…", or refused for an identifier."""
    if value is None or field.length is None:
        return value
    if field.kind == "Number":
        if isinstance(value, int) and value >= 10**field.length:
            warnings.append(f"{field.name} ({field.label}): {value} has more than {field.length} digits; left empty")
            return None
        return value
    text = str(value)
    if len(text) <= field.length:
        return text
    if field.name in IDENTIFIERS:
        warnings.append(f"{field.name} ({field.label}): {text!r} is longer than {field.length} characters; left empty")
        return None
    warnings.append(f"{field.name} ({field.label}): {len(text)} characters cut to {field.length}")
    return text[: field.length - len(ELLIPSIS)] + ELLIPSIS


def metadata(record: Directive, arrival_number: int | None = None, received: dt.date | None = None) -> dict[str, Any]:
    """The record as one e-office object, every value within its field's length.

    Args:
        record: the directive.
        arrival_number: the Số đến the register gave it, if any.
        received: the day of arrival, if known.

    Returns:
        The object ``schema()`` describes.
    """
    raw = values(record, arrival_number, received)
    warnings: list[str] = []
    out: dict[str, Any] = {}
    for field in FIELDS:
        if field.parent is not None:
            continue
        if field.kind == "Group":
            out[field.name] = {
                c.name: _fit(c, raw[field.name][c.name], warnings) for c in FIELDS if c.parent == field.name
            }
        else:
            out[field.name] = _fit(field, raw[field.name], warnings)
    if warnings:
        out[WARNINGS_KEY] = warnings
    return out


def render_json(records: Sequence[Directive], *, received: dt.date | None = None, **_: object) -> str:
    """The ``eoffice`` format: one indented object for one record, JSON Lines for several."""
    objects = [metadata(r, received=received) for r in records]
    if len(objects) == 1:
        return json.dumps(objects[0], ensure_ascii=False, indent=2) + "\n"
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)


def _element(parent: ET.Element, name: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, dict):
        group = ET.SubElement(parent, name)
        for key, inner in value.items():
            _element(group, key, inner)
        if len(group) == 0:
            parent.remove(group)
        return
    if isinstance(value, list):
        group = ET.SubElement(parent, name)
        for item in value:
            ET.SubElement(group, "Warning").text = str(item)
        return
    ET.SubElement(parent, name).text = str(value)


def render_xml(records: Sequence[Directive], *, received: dt.date | None = None, **_: object) -> str:
    """The ``eoffice-xml`` format: ``<IncomingDocument>`` per record (in ``<IncomingDocuments>`` for several)."""
    elements = []
    for record in records:
        root = ET.Element(ROOT_TAG)
        for key, value in metadata(record, received=received).items():
            _element(root, "Warnings" if key == WARNINGS_KEY else key, value)
        elements.append(root)
    top = elements[0] if len(elements) == 1 else ET.Element(LIST_TAG)
    if len(elements) > 1:
        top.extend(elements)
    ET.indent(top)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(top, encoding="unicode") + "\n"
