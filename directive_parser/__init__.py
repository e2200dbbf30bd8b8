"""directive-parser: read a Vietnamese directive and return its structured record.

The public API is three verbs and the record type::

    from directive_parser import parse_file, parse_text, parse_bytes
    record = parse_file("cong-van.pdf")
    record.deadlines[0].date

Every failure is a ``DirectiveParserError`` with a message for the user.
"""

from __future__ import annotations

import logging
import os

from ._typing import Progress
from .errors import DirectiveParserError
from .record import Directive

__version__ = "0.1.0"
__all__ = ["Directive", "DirectiveParserError", "__version__", "parse_bytes", "parse_file", "parse_text"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def parse_file(
    path: str | os.PathLike[str], *, ocr: bool = True, progress: Progress | None = None
) -> Directive:
    """Parse a directive from a file (text, DOCX, PDF or image; ``-`` reads stdin).

    Args:
        path: the file; its format is told from its content, not its name.
        ocr: read scanned pages with Tesseract when it is installed.
        progress: called as ``progress(pages_done, page_count)`` after each page of a PDF or
            image is read (OCR takes seconds per page); the library itself prints nothing.

    Returns:
        The directive's record.

    Raises:
        DirectiveParserError: the file cannot be read as a directive.
    """
    from .loaders import load_path
    from .pipeline import parse_source

    return parse_source(load_path(path, ocr=ocr, progress=progress))


def parse_bytes(data: bytes, origin: str = "<bytes>", *, ocr: bool = True) -> Directive:
    """Parse a directive from the bytes of a file (as uploaded).

    Args:
        data: the file's content; its format is told from the content.
        origin: a name for messages (the upload's file name).
        ocr: read scanned pages with Tesseract when it is installed.

    Returns:
        The directive's record.

    Raises:
        DirectiveParserError: the bytes cannot be read as a directive.
    """
    from .loaders import load_bytes
    from .pipeline import parse_source

    return parse_source(load_bytes(data, origin, ocr=ocr))


def parse_text(text: str, origin: str = "<text>") -> Directive:
    """Parse a directive from pasted text.

    Args:
        text: the directive's text.
        origin: a name for messages.

    Returns:
        The directive's record.

    Raises:
        EmptyDocument: the text is blank.
    """
    from .loaders.text import load_text, pasted_text
    from .pipeline import parse_source

    if not text.strip():
        load_text(b"", origin)  # raises EmptyDocument with the usual message
    return parse_source(pasted_text(text, origin))
