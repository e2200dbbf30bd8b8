"""Choose a loader by the content's magic bytes, never by the file name.

``load_path`` and ``load_bytes`` return a ``SourceDocument``; every failure is a
``DirectiveParserError`` with a message for the user. Files are opened read-only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .._typing import Progress
from ..errors import InputError, NoTextLayer, UnsupportedFormat
from ..source import SourceDocument
from .docx import load_docx
from .pdf import load_pdf
from .text import load_text

# Larger inputs are refused before they are read into memory: the largest real directive PDF
# we have seen (a 45-page scan) is 12 MB.
MAX_INPUT_BYTES = 60 * 1024 * 1024

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
# A HEIC/HEIF photo (iPhones' default): an ISO media file whose "ftyp" box names a HEIF brand.
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


def is_heif(data: bytes) -> bool:
    """Whether ``data`` is a HEIC/HEIF image (``....ftypheic``)."""
    return data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS


# RTF_OPENING: an RTF file opens with "{\\rtf" (a byte-order mark or blank space before it tolerated).
_RTF_OPENING = (b"{\\rtf", b"\xef\xbb\xbf{\\rtf")
# ODT_MIMETYPE: an OpenDocument file is a zip whose first entry, stored uncompressed, is "mimetype" holding the
# document's type: a text document's is this one (a spreadsheet's, "…opendocument.spreadsheet", is not a letter).
_ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
_ODF_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument."


def sniff(data: bytes) -> str:
    """Name the format of ``data``: "pdf", "docx", "odt", "odf", "image", "ole", "rtf" or "text"."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if _ODT_MIMETYPE in head[:128]:
            return "odt"
        if _ODF_MIMETYPE in head[:128]:
            return "odf"
        return "docx"
    if head.lstrip().startswith(_RTF_OPENING):
        return "rtf"
    if head.startswith(_IMAGE_MAGIC) or is_heif(head):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    return "text"


def load_bytes(
    data: bytes, origin: str = "<bytes>", *, ocr: bool = True, progress: Progress | None = None
) -> SourceDocument:
    """Load a directive from its bytes.

    Args:
        data: the file's content.
        origin: a name for messages (the path, "<stdin>").
        ocr: read pages without a text layer, and images, with Tesseract when it is installed.
        progress: called as ``progress(pages_done, page_count)`` after each page of a PDF or
            an image (the CLI draws a progress bar; the library itself prints nothing).

    Returns:
        The document's text with its page offsets.

    Raises:
        DirectiveParserError: the input cannot be read (the message says why and what to do).
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{origin}: more than {MAX_INPUT_BYTES // (1024 * 1024)} MB, larger than any directive (the limit)")
    kind = sniff(data)
    if kind == "pdf":
        from .ocr import Reading, page_ocr_or_none

        reading = Reading()
        try:
            source = load_pdf(data, origin, ocr_page=page_ocr_or_none(reading) if ocr else None, progress=progress)
        except NoTextLayer as exc:
            if ocr:
                raise  # Tesseract is missing: the message says how to install it
            raise NoTextLayer(f"{origin}: the PDF has no text layer (a scan) and OCR was turned off (--no-ocr); run without it to read the scan") from exc
        source.ocr_repairs = reading.repairs
        source.conversions.extend(reading.notes)
        source.ocr_words = reading.read
        source.received = reading.received or None
        return source
    if kind == "docx":
        from .xlsx import is_xlsx, load_xlsx

        if is_xlsx(data):  # EXCEL_TASK_TABLES: an appendix of tasks sent as a workbook
            return load_xlsx(data, origin)
        return load_docx(data, origin, ocr=ocr, progress=progress)
    if kind == "image":
        from .ocr import load_image

        return load_image(data, origin, progress=progress)
    if kind in ("ole", "rtf", "odt"):
        from .doc import load_doc

        return load_doc(data, origin, "doc" if kind == "ole" else kind, ocr=ocr, progress=progress)
    if kind == "odf":
        raise UnsupportedFormat(f"{origin}: an OpenDocument file that is not a text document (a spreadsheet or slides); save the directive as .docx or PDF and parse that")
    return load_text(data, origin)


def load_path(
    path: str | os.PathLike[str], *, ocr: bool = True, progress: Progress | None = None
) -> SourceDocument:
    """Load a directive from a file path; ``-`` reads standard input.

    Args:
        path: the file.
        ocr: read scanned pages and images with Tesseract when it is installed.
        progress: called as ``progress(pages_done, page_count)`` after each page.

    Returns:
        The document's text with its page offsets.
    """
    if str(path) == "-":
        # Read one byte past the limit, never more: `parse - < /dev/zero` must not fill memory.
        return load_bytes(sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "<stdin>", ocr=ocr, progress=progress)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{p}: {size // (1024 * 1024)} MB is larger than any directive (limit {MAX_INPUT_BYTES // (1024 * 1024)} MB)")
        data = p.read_bytes()
    except PermissionError as exc:
        raise InputError(f"{p}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    return load_bytes(data, str(p), ocr=ocr, progress=progress)


__all__ = ["SourceDocument", "load_bytes", "load_path", "sniff"]
