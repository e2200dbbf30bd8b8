"""DOCX: paragraphs and tables in body order with python-docx, nested tables and text boxes kept.

A directive's header is usually a borderless two-column table; each cell is emitted as its own
lines, left cell before right cell, so the columns never interleave. Text boxes (the urgency
stamp, a floating "Dự thảo") are read from ``w:txbxContent``, skipping the VML fallback copy
Word stores beside the DrawingML one.
"""

from __future__ import annotations

import contextvars
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from .._typing import Progress
from ..errors import EmptyDocument, InputError, NoTextLayer
from ..source import SourceDocument
from .docx_numbering import ListNumbering

# A DOCX is a zip; refuse one whose parts would inflate past this (a zip bomb) before parsing.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
# The body part (word/document.xml) is parsed into a tree of about 20 times its size: refuse a
# larger one before building it. The largest real directive's is 0.7 MB (780 paragraphs); a
# 583 KB DOCX of tiny paragraphs inflated to 190 MB of XML and took 4 GB.
MAX_DOCUMENT_XML_BYTES = 8 * 1024 * 1024
# ... and one with more paragraphs than this (a 300-page directive has about 10,000).
MAX_PARAGRAPHS = 20_000
# The body part is read through in chunks of this size to count its paragraphs.
XML_CHUNK_BYTES = 1024 * 1024
# Nested tables deeper than this are not a directive's layout; stop descending.
MAX_TABLE_DEPTH = 8

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def check_archive(data: bytes, origin: str, readable_as: str, called: str) -> list[str]:
    """The names in an Office archive (DOCX, .odt, .xlsx), refusing a damaged one ("not a readable {readable_as}
    (damaged zip archive)") and one that would inflate past ``MAX_UNCOMPRESSED_BYTES`` ("the {called} would inflate
    to N MB …", a possible zip bomb) before anything is inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            total = sum(i.file_size for i in zf.infolist())
    except zipfile.BadZipFile as exc:
        raise InputError(f"{origin}: not a readable {readable_as} (damaged zip archive)") from exc
    if total > MAX_UNCOMPRESSED_BYTES:
        raise InputError(
            f"{origin}: the {called} would inflate to {total // (1024 * 1024)} MB "
            f"(limit {MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB); refusing it as a possible zip bomb"
        )
    return names


def _check_zip(data: bytes, origin: str) -> None:
    names = check_archive(data, origin, "DOCX", "DOCX")
    if "word/document.xml" not in names:
        raise InputError(f"{origin}: a zip archive but not a Word document (no word/document.xml)")
    _check_body(data, origin)


# A paragraph's start tag, whatever the namespace prefix: "<w:p>", "<w:p w:rsidR=…>".
_PARAGRAPH_TAG_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")


def _check_body(data: bytes, origin: str) -> None:
    """Refuse a body part too large or with too many paragraphs, counted without parsing it; a body part that does
    not inflate (DAMAGED_BODY: bytes overwritten inside the archive, "Bad CRC-32", "invalid distance too far back") is
    refused as a damaged archive."""
    try:
        paragraphs = _count_paragraphs(data, origin)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(f"{origin}: not a readable DOCX (damaged zip archive: {str(exc)[:120]})") from exc
    if paragraphs > MAX_PARAGRAPHS:
        raise InputError(f"{origin}: {paragraphs} paragraphs is more than one directive (limit {MAX_PARAGRAPHS})")


def _count_paragraphs(data: bytes, origin: str) -> int:
    """The paragraphs of the body part, counted without parsing it (refused when the part is too large)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        size = zf.getinfo("word/document.xml").file_size
        if size > MAX_DOCUMENT_XML_BYTES:
            raise InputError(
                f"{origin}: the document's text part is {size / (1024 * 1024):.1f} MB of XML "
                f"(limit {MAX_DOCUMENT_XML_BYTES // (1024 * 1024)} MB); it is not one directive"
            )
        paragraphs = 0
        tail = b""
        with zf.open("word/document.xml") as body:  # reads at most the declared size
            while chunk := body.read(XML_CHUNK_BYTES):
                window = tail + chunk
                paragraphs += len(_PARAGRAPH_TAG_RE.findall(window)) - len(_PARAGRAPH_TAG_RE.findall(tail))
                tail = window[-16:]
    return paragraphs


# The numbering of the document being read (WORD_LIST_MARKERS, ``docx_numbering``): set by ``load_docx`` for the time
# of one document, so that concurrent reads (the web's pool) never share counters.
_NUMBERING: contextvars.ContextVar[ListNumbering | None] = contextvars.ContextVar("docx_numbering", default=None)


def _paragraph_lines(p: Any) -> Iterator[str]:
    """The paragraph's own text (after the list marker Word draws for it, WORD_LIST_MARKERS), then the text of any
    text boxes anchored in it."""
    text = "".join(t.text or "" for t in p._p.iter(f"{{{W_NS}}}t") if not _in_textbox(t))
    # Line breaks inside a paragraph (w:br) separate header lines in many directives.
    if p._p.find(f".//{{{W_NS}}}br") is not None:
        text = _text_with_breaks(p._p)
    numbering = _NUMBERING.get()
    marker = numbering.marker(p._p) if numbering is not None else ""
    yield marker + text if marker and text.strip() else text
    for box in p._p.iter(f"{{{W_NS}}}txbxContent"):
        if _in_fallback(box):
            continue
        for bp in box.iter(f"{{{W_NS}}}p"):
            yield "".join(t.text or "" for t in bp.iter(f"{{{W_NS}}}t"))


def _text_with_breaks(p_el: Any) -> str:
    parts: list[str] = []
    for el in p_el.iter():
        if _in_textbox(el):
            continue
        if el.tag == f"{{{W_NS}}}t":
            parts.append(el.text or "")
        elif el.tag in (f"{{{W_NS}}}br", f"{{{W_NS}}}cr"):
            parts.append("\n")
        elif el.tag == f"{{{W_NS}}}tab":
            parts.append("\t")
    return "".join(parts)


def _ancestors(el: Any) -> Iterator[Any]:
    parent = el.getparent()
    while parent is not None:
        yield parent
        parent = parent.getparent()


def _in_textbox(el: Any) -> bool:
    return any(a.tag == f"{{{W_NS}}}txbxContent" for a in _ancestors(el))


def _in_fallback(el: Any) -> bool:
    return any(a.tag == f"{{{MC_NS}}}Fallback" for a in _ancestors(el))


def _block_lines(container: Any, depth: int = 0) -> Iterator[str]:
    """Lines of a body or cell: paragraphs and tables in order, tables cell by cell."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield from _paragraph_lines(block)
        elif isinstance(block, Table) and depth < MAX_TABLE_DEPTH:
            yield from _table_lines(block, depth + 1)


# A table with this many filled cells in a row is a data table (a task table, a form, a schedule), written
# one row per line with " | " between cells, as the structure layer reads tables; the header block
# and the signature block are two-column layout tables, kept cell by cell.
DATA_TABLE_MIN_COLUMNS = 3


def _cell_text(cell: Any, depth: int) -> str:
    """A cell's text on one line (its paragraphs joined), "|" in it kept apart from the separator."""
    lines = [x.strip() for x in _block_lines(cell, depth) if x.strip()]
    return " ".join(lines).replace("|", "/")


def _filled_cells(row: Any) -> int:
    seen: set[int] = set()
    filled = 0
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            filled += bool(cell.text.strip())
    return filled


def _table_lines(table: Any, depth: int) -> Iterator[str]:
    # a layout table (header, signature and "Nơi nhận" blocks) fills at most two cells a row, even
    # when it has a spacer column; a data table fills three or more in some row
    filled = max((_filled_cells(row) for row in table.rows), default=0)
    if filled >= DATA_TABLE_MIN_COLUMNS and depth <= 1:
        yield ""
        for row in table.rows:
            cells: list[str] = []
            seen_row: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen_row:
                    continue
                seen_row.add(id(cell._tc))
                cells.append(_cell_text(cell, depth))
            if any(cells):
                yield " | ".join(cells)
        yield ""
        return
    if _opens_with_receivers(table):
        yield from _column_lines(table, depth)
        return
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(key)
            yield from _block_lines(cell, depth)
            yield ""


# CLOSING_TABLE_BY_COLUMN: the closing block is a layout table whose left column holds "Nơi nhận" and its
# list (NĐ 30 box 9a) and whose right column holds the signature (boxes 7a-7c: authority, position, name).
# A template that splits it over two rows (["Nơi nhận:" | "KT. CHỦ TỊCH"], [the list | "PHÓ CHỦ TỊCH" …
# name]: n002, n006) read row by row puts the list between the authority and the position, so the position
# is read as body. Such a table is read as it is printed: the left column, then the right. A one-row closing
# table reads the same either way (n001, n009).
_RECEIVERS_OPENING = re.compile(r"^\s*N[ơo]i\s+nh[ậa]n\b", re.I)


def _opens_with_receivers(table: Any) -> bool:
    """Whether the table's first filled cell opens with "Nơi nhận" (CLOSING_TABLE_BY_COLUMN)."""
    for row in table.rows:
        for cell in row.cells:
            if cell.text.strip():
                return bool(_RECEIVERS_OPENING.match(cell.text))
    return False


def _column_lines(table: Any, depth: int) -> Iterator[str]:
    """A layout table's lines column by column, each merged cell once (CLOSING_TABLE_BY_COLUMN)."""
    rows: list[list[Any]] = []
    seen: set[int] = set()
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell appears once per grid column and row it spans
                seen.add(id(cell._tc))
                cells.append(cell)
        rows.append(cells)
    for column in range(max((len(r) for r in rows), default=0)):
        for cells in rows:
            if column < len(cells):
                yield from _block_lines(cells[column], depth)
                yield ""


def load_docx(data: bytes, origin: str, *, ocr: bool = True, progress: Progress | None = None) -> SourceDocument:
    """Extract a DOCX's text in body order; a document of pictures only is read by OCR (PICTURES_OF_PAGES).

    Args:
        data: the file's content.
        origin: a name for messages.
        ocr: read the pictures of a document without text (a scan pasted into Word) with Tesseract.
        progress: called as ``progress(pages_done, page_count)`` after each picture read by OCR.

    Returns:
        The document's text.

    Raises:
        InputError: damaged archive, not a Word document, or a zip bomb.
        EmptyDocument: the document holds no text and no picture.
        NoTextLayer: the document holds pictures only and OCR was turned off.
        MissingTool: the document holds pictures only and Tesseract is not installed.
    """
    _check_zip(data, origin)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(f"{origin}: not a readable DOCX ({exc.__class__.__name__})") from exc
    except Exception as exc:  # lxml and zipfile errors on damaged parts
        raise InputError(f"{origin}: not a readable DOCX ({exc.__class__.__name__}: {str(exc)[:120]})") from exc
    token = _NUMBERING.set(ListNumbering.of(document))
    try:
        text = "\n".join(_block_lines(document))
    finally:
        _NUMBERING.reset(token)
    letters = sum(c.isalpha() for c in text)
    pictures = [] if letters >= PICTURES_TEXT_MAX_LETTERS else body_pictures(document)
    if letters:  # TYPED_LINES_AND_PICTURES: only page-sized pictures beside a few typed lines
        pictures = [p for p in pictures if _page_sized(p)]
    if pictures:
        if not ocr and letters:
            unread = f"its {len(pictures)} page picture(s) were not read: OCR was turned off (--no-ocr)"
            return SourceDocument(text=text, format="docx", origin=origin, warnings=[unread])
        if not ocr:
            raise NoTextLayer(
                f"{origin}: the Word document holds only pictures (a scan pasted into Word) and OCR was turned off "
                "(--no-ocr); run without it to read them"
            )
        from .ocr import load_pictures

        lead = text.strip() if letters else ""
        source = load_pictures(pictures, origin, progress=progress, what="picture", lead=lead)
        if lead:
            source.conversions.insert(0, f"a Word document of a few typed lines and {len(pictures)} page picture(s): the lines kept as page 1, the pictures read as the pages after it")
        else:
            source.conversions.insert(0, f"a Word document without text: its {len(pictures)} picture(s) read as its pages")
        return source
    if not text.strip():
        raise EmptyDocument(f"{origin}: the Word document contains no text")
    return SourceDocument(text=text, format="docx", origin=origin)


# PICTURES_OF_PAGES: offices often paste a scanned directive into Word and send the .docx (or an old .doc); the
# document then holds no text, only the pages' pictures. They are read by OCR as a scan's pages, in the body's order:
# DrawingML pictures ("a:blip r:embed") and the VML pictures of documents converted from .doc ("v:imagedata r:id").
# TYPED_LINES_AND_PICTURES: a few typed lines beside the pasted pages ("Kính gửi: …" typed above the scan, fewer than
# PICTURES_TEXT_MAX_LETTERS letters, no directive) are kept as the first page, and the page-sized pictures
# (PAGE_PICTURE_MIN_PX on their short side: an A4 page scanned at 100 dpi and more) read after them.
# Counter-examples: a document of typed text (that many letters or more) is read as text, its pictures (a logo, a
# seal) left alone; beside a few typed lines, a small picture (a logo) is no page.
PICTURES_TEXT_MAX_LETTERS = 200
PAGE_PICTURE_MIN_PX = 800
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_NS = "urn:schemas-microsoft-com:vml"


def _page_sized(picture: bytes) -> bool:
    """Whether a picture is large enough to be a scanned page (``PAGE_PICTURE_MIN_PX`` on its short side)."""
    from PIL import Image

    try:
        width, height = Image.open(io.BytesIO(picture)).size
    except Exception:  # a picture Pillow cannot open is no page of ours (EMF, WMF, a damaged one)
        return False
    return min(width, height) >= PAGE_PICTURE_MIN_PX


def body_pictures(document: Any) -> list[bytes]:
    """The bytes of the pictures in the document's body, in order (each picture once)."""
    part = document.part
    out: list[bytes] = []
    seen: set[str] = set()
    for el in document.element.body.iter(f"{{{A_NS}}}blip", f"{{{V_NS}}}imagedata"):
        rid = el.get(f"{{{R_NS}}}embed") or el.get(f"{{{R_NS}}}id")
        if not rid or rid in seen or rid not in part.related_parts:
            continue
        seen.add(rid)
        blob = getattr(part.related_parts[rid], "blob", None)
        if blob:
            out.append(blob)
    return out
