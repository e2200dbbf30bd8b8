"""Plain text: UTF-8 (with or without BOM), UTF-16 with BOM; binary is refused."""

from __future__ import annotations

import codecs

from ..errors import EmptyDocument, UnsupportedFormat
from ..source import SourceDocument

# Share of control characters (other than tab, newline, carriage return, form feed) above
# which bytes are binary, not text. Real text copies carry none; a stray one is tolerated.
MAX_CONTROL_SHARE = 0.01
_CONTROL = {*range(0, 9), 11, *range(14, 32), 127}


def decode(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode text bytes by their BOM, else as UTF-8, else as a legacy 8-bit page.

    Returns:
        The text and the conversions made (empty for UTF-8).

    Raises:
        UnsupportedFormat: the bytes are binary.
    """
    conversions: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), conversions
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), conversions
        except UnicodeDecodeError as exc:
            raise UnsupportedFormat(f"{origin}: starts with a UTF-16 mark but is not valid UTF-16") from exc
    sample = data[:65536]
    if b"\x00" in sample or (sample and sum(b in _CONTROL for b in sample) / len(sample) > MAX_CONTROL_SHARE):
        raise UnsupportedFormat(
            f"{origin}: this is binary data, not text, DOCX or PDF; save the directive as .txt, .docx or .pdf"
        )
    try:
        return data.decode("utf-8"), conversions
    except UnicodeDecodeError:
        pass
    # Not UTF-8: an 8-bit file, typically typed with a legacy Vietnamese font (TCVN3/VNI) or
    # saved as Windows-1258. Decode byte for byte; the legacy-encoding step converts it.
    conversions.append("decoded as an 8-bit (Windows-1252) file, not UTF-8")
    return data.decode("cp1252", errors="replace"), conversions


def load_text(data: bytes, origin: str) -> SourceDocument:
    """Build a ``SourceDocument`` from text bytes.

    Args:
        data: the file's content.
        origin: a name for messages.

    Returns:
        The decoded text, with any legacy-encoding conversion recorded.

    Raises:
        EmptyDocument: the text is blank.
        UnsupportedFormat: the bytes are binary.
    """
    text, conversions = decode(data, origin)
    if not text.strip():
        raise EmptyDocument(f"{origin}: the file is empty; there is no directive text to parse")
    return SourceDocument(text=text, format="text", origin=origin, conversions=conversions)
