"""A directive saved as a web page: the page's text, one line per block, its tables as the DOCX loader writes them.

Directives are published on the Party's, the Đoàn's and the state's portals, and a clerk may save one as
``.html`` (or paste the page's source) rather than download its attachment. Read as plain text, the markup
hides everything: "<p><span …>Ng&agrave;y 5/1/2017, Ban Tuy&ecirc;n gi&aacute;o …" (w006) gives no date,
no issuer and no duty. The page is parsed with lxml (already installed with python-docx) and written as the
other loaders write text:

- a block element (``<p>``, ``<div>``, ``<li>``, a heading …) or a ``<br>`` ends a line; spaces inside a
  block collapse to one, as a browser shows them;
- a table whose rows fill three cells or more is a data table (a task table), one row a line with " | "
  between cells; a two-column layout table (the header, the signature) is written cell by cell, as
  ``loaders/docx.py`` does, so the structure layer reads both alike;
- scripts, styles, the ``<head>`` and comments are left out; entities are decoded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# HTML_OPENING: a text that opens (after a byte-order mark, blank space or comments) with an HTML tag is a web
# page: "<html><head><meta …" (w006), "<!DOCTYPE html>", or a fragment copied from a page's source ("<p …>",
# "<div>", "<table>"). Counter-example: a directive never opens with "<"; a "<" inside its text ("a < b",
# "<văn bản gốc>") does not make it a page.
HTML_OPENING = re.compile(
    r"""
    ^\ufeff?\s*
    (?:<!--.*?-->\s*)*                                   # comments before the first tag
    <(?:!doctype\s+html|html|head|body|meta|p|div|span|table|h[1-6]|article|section)\b
    """,
    re.I | re.S | re.X,
)

# Elements that end a line before and after them (what a browser lays out as blocks).
BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "ul"]
)
# Elements whose content is never the page's text.
SKIPPED_TAGS = frozenset({"head", "script", "style", "noscript", "template", "title"})
# As in loaders/docx.py: a table filling this many cells in some row is a data table, written row by row.
DATA_TABLE_MIN_COLUMNS = 3
# Where a blank line stands in the text being built (a table's edges), kept apart from the lines' breaks.
_BLANK = "\x00"
_SPACES = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a web page's source (HTML_OPENING)."""
    return HTML_OPENING.match(text[:4096]) is not None


def html_text(markup: str) -> str:
    """The text of a web page, one line per block, tables as the DOCX loader writes them.

    >>> html_text('<p>Ng&agrave;y 5/1/2017, Ban Tuy&ecirc;n gi&aacute;o Trung ương<br/>ban hành <b>Hướng dẫn</b></p><p>I. MỤC ĐÍCH</p>')
    'Ngày 5/1/2017, Ban Tuyên giáo Trung ương\\nban hành Hướng dẫn\\nI. MỤC ĐÍCH'
    """
    import lxml.html

    root = lxml.html.document_fromstring(markup)
    chunks: list[str] = []
    _walk(root, chunks)
    lines: list[str] = []
    for raw in "".join(chunks).split("\n"):
        line = raw.strip()
        if line == _BLANK:
            if lines and lines[-1] != "":
                lines.append("")
        elif line:
            lines.append(line.replace(_BLANK, ""))
    return "\n".join(lines).strip("\n")


def _inline(text: str | None) -> str:
    """A text node as a browser shows it: runs of spaces and line breaks as one space."""
    return _SPACES.sub(" ", text) if text else ""


def _walk(el: Any, out: list[str]) -> None:
    """Append ``el``'s text to ``out``; "\\n" where a line ends (its tail is the caller's)."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not tag or tag in SKIPPED_TAGS:  # a comment or processing instruction, or no text of the page
        return
    if tag == "br":
        out.append("\n")
        return
    if tag == "table":
        out.append(f"\n{_BLANK}\n")
        out.extend(f"{line}\n" for line in _table_lines(el))
        out.append(f"{_BLANK}\n")
        return
    block = tag in BLOCK_TAGS
    if block:
        out.append("\n")
    _content(el, out)
    if block:
        out.append("\n")


def _content(el: Any, out: list[str]) -> None:
    """Append what ``el`` holds: its text, and each child with the text after it."""
    out.append(_inline(el.text))
    for child in el:
        _walk(child, out)
        out.append(_inline(child.tail))


def _cell_lines(cell: Any) -> list[str]:
    """A table cell's lines."""
    out: list[str] = []
    _content(cell, out)
    return [x.strip() for x in "".join(out).replace(_BLANK, "").split("\n") if x.strip()]


def _rows(table: Any) -> list[list[Any]]:
    """The table's rows (its own, not a nested table's), each a list of its cells."""
    rows = []
    for row in table.iter("tr"):
        if next(row.iterancestors("table"), None) is table:
            rows.append([c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")])
    return rows


def _table_lines(table: Any) -> Iterator[str]:
    rows = [[_cell_lines(c) for c in row] for row in _rows(table)]
    filled = max((sum(bool(c) for c in row) for row in rows), default=0)
    if filled >= DATA_TABLE_MIN_COLUMNS:
        for row in rows:
            if any(row):
                yield " | ".join(" ".join(c).replace("|", "/") for c in row)
        return
    for row in rows:  # a layout table: cell by cell, a blank line after each, as loaders/docx.py writes it
        for cell in row:
            yield from cell
            yield _BLANK
