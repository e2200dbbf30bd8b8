"""Renderers: each turns a record (never the text) into one output format.

``RENDERERS`` maps a format name, as given to ``parse --format``, to a function
``render(records, **options) -> str | bytes`` over one or more records. The only option is
``received`` (the day the directive was received), taken by the calendar and the checklist; the
JSON renderer takes none. ``BINARY_FORMATS`` return bytes, ``SINGLE_RECORD_FORMATS`` take one record only.
"""

from __future__ import annotations

from .._typing import Renderer
from . import eoffice, ics, markdown, outline, routing
from . import json as json_renderer

RENDERERS: dict[str, Renderer] = {
    "json": json_renderer.render,
    "markdown": markdown.render,
    "ics": ics.render,
    "outline-md": outline.render_markdown,
    "outline-docx": outline.render_docx,
    "routing-slip": routing.render,  # issue 20: phiếu giải quyết văn bản đến (.docx)
    "eoffice": eoffice.render_json,  # issue 20: NĐ 30 Phụ lục VI metadata, JSON
    "eoffice-xml": eoffice.render_xml,
}

BINARY_FORMATS: frozenset[str] = frozenset({"outline-docx", "routing-slip"})
SINGLE_RECORD_FORMATS: frozenset[str] = frozenset({"outline-md", "outline-docx", "routing-slip"})
