"""Plain text: UTF-8 (with or without BOM), UTF-16 with BOM; binary is refused."""

from __future__ import annotations

import codecs
import unicodedata

import regex

from ..errors import EmptyDocument, UnsupportedFormat
from ..source import SourceDocument
from .html import html_text, looks_like_html

# Share of control characters (other than tab, newline, carriage return, form feed) above
# which bytes are binary, not text. Real text copies carry none; a stray one is tolerated.
MAX_CONTROL_SHARE = 0.01
_CONTROL = {*range(0, 9), 11, *range(14, 32), 127}
# An 8-bit file is read as Windows-1258 when at least this share of its words with a non-ASCII
# letter are Vietnamese syllables once decoded (the corpus's 70 texts saved as Windows-1258:
# 0.93 or more; the seeds typed in TCVN3 or VNI and read as Windows-1258: 0.12-0.42) ...
MIN_CP1258_SHARE = 0.8
# ... and at least this many are: fewer is a stray accented word, not Vietnamese text.
MIN_8BIT_WORDS = 3
_WORD_RE = regex.compile(r"\p{L}+")


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
    return _decode_8bit(data, origin)


def _decode_8bit(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode an 8-bit Vietnamese file: Windows-1258, or a legacy font (TCVN3/VNI) read as Windows-1252.

    Windows-1258 (Vietnamese Windows) stores "â ê ô ơ ư ă đ" as letters and the five tones as
    combining marks after them; the same bytes read as Windows-1252 look like VNI and were once
    "repaired" into nonsense. Whichever reading yields Vietnamese syllables wins; bytes that are
    Vietnamese in neither are refused rather than guessed at.

    Raises:
        UnsupportedFormat: the bytes are not Vietnamese in any 8-bit encoding we know.
    """
    from .. import legacy

    as_1258 = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    words = [w for w in _WORD_RE.findall(as_1258[: legacy.DETECT_SAMPLE_CHARS]) if not w.isascii()]
    syllables = sum(legacy.is_syllable(w) for w in words)
    as_1252 = data.decode("cp1252", errors="replace")
    font = legacy.detect(as_1252)
    if syllables >= MIN_8BIT_WORDS and syllables >= MIN_CP1258_SHARE * len(words) and syllables > font.fixed:
        return as_1258, ["decoded as Windows-1258 (Vietnamese Windows code page), not UTF-8"]
    if font.encoding is not None:
        # the legacy-encoding step of normalisation converts it, and says so
        return as_1252, ["decoded as an 8-bit (Windows-1252) file, not UTF-8"]
    raise UnsupportedFormat(
        f"{origin}: not UTF-8, and not Vietnamese in Windows-1258, TCVN3 or VNI either; "
        "save the text as UTF-8 (Unicode) and parse it again"
    )


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
    source = pasted_text(text, origin)  # a web page saved or copied as source: its text, not its markup
    if not source.text.strip():
        raise EmptyDocument(f"{origin}: the file is empty; there is no directive text to parse")
    source.conversions[:0] = conversions
    return source


def pasted_text(text: str, origin: str) -> SourceDocument:
    """A ``SourceDocument`` of text pasted or passed as a string; a web page's source is read as its text.

    Raises:
        EmptyDocument: a web page with no text, only markup.
    """
    conversions = []
    if looks_like_html(text):
        text = html_text(text)
        conversions.append("HTML: the page's text read, one line per block (a saved web page)")
        if not text.strip():
            raise EmptyDocument(f"{origin}: the web page has no text, only markup")
    return SourceDocument(text=text, format="text", origin=origin, conversions=conversions)
