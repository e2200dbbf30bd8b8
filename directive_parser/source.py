"""What a loader hands to the parser, and the normalised text that keeps its way back.

``SourceDocument`` is the text as extracted (with where each page starts and what conversions
were made on the way in). ``Text`` is the normalised text the extractors read, with a map from
every normalised offset back to the source offset, so every value can say where it came from
(the idea of eyecite's ``SpanUpdater`` and pdfplumber's ``TextMap``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ._typing import OffsetMap
from .record import Evidence, Signature

# Input formats a loader can report.
FORMATS = ("text", "docx", "pdf", "image", "xlsx")


@dataclass(frozen=True)
class Stamp:
    """Text that a PDF field's appearance drew into a page's lines (a signed PDF's number, day, month).

    Attributes:
        start: source offset of its first character.
        end: source offset after its last character.
        field: the signature or form field that drew it.
    """

    start: int
    end: int
    field: str


@dataclass
class SourceDocument:
    """Text extracted from one input, before normalisation.

    Attributes:
        text: the extracted text; pages are separated by a form feed for paged input.
        format: one of ``FORMATS``.
        origin: the path, ``<stdin>`` or ``<bytes>``.
        page_starts: offset in ``text`` where each page starts (``[0]`` for unpaged input).
        conversions: what was done on the way in ("TCVN3 → Unicode", "OCR (tesseract vie)").
        warnings: things the user should know that are not errors.
        unread_pages: pages left unread for want of OCR (see the field's comment).
        stamps: where a PDF field's appearance drew text into the page's lines.
        signatures: the digital signatures of a signed PDF (read, not verified).
    """

    text: str
    format: str
    origin: str = "<text>"
    page_starts: list[int] = field(default_factory=lambda: [0])
    conversions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # 1-based pages whose text could not be read without OCR (no text layer, or a scan's hidden
    # layer that is not Vietnamese) when OCR was off or unavailable.
    unread_pages: list[int] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    # Words of OCR'd pages repaired to the known word they must be, each "p1: 'read' → 'repaired'"
    # (loaders/ocrwords.py), so the record can show what the parser changed.
    ocr_repairs: list[str] = field(default_factory=list)
    # A scan's received stamp ("ĐẾN Số: … Ngày: …"), kept apart from the text: its words as read,
    # and its number and ISO date where legible (loaders/ocr.py ``split_received``).
    received: dict[str, Any] | None = None
    # The words Tesseract read on each OCR'd page (1-based page → [(word, confidence 0-100)]),
    # before any repair: what a value's OCR confidence is measured on (``ocr_confidence``).
    ocr_words: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    # A text without OCR of ours that reads as OCR output (a scan someone else OCR'd, pasted or saved
    # as .txt/.docx): the word list's repairs on it that decided so (``ocrlexicon.reads_as_ocr``).
    # Values read from it are repaired as a scan's are, each repair in ``ocr_repairs``; the text is kept.
    ocr_like: list[str] = field(default_factory=list)

    @property
    def ocred(self) -> bool:
        """Whether the text is OCR output: OCR'd here (``ocr_words``), or reading as such (``ocr_like``)."""
        return bool(self.ocr_words or self.ocr_like)

    @property
    def paged(self) -> bool:
        """Whether the document has pages (PDF and image), so evidence carries a page."""
        return self.format in ("pdf", "image")


@dataclass
class Text:
    """Normalised text plus its shadow for matching and its map back to the source.

    Attributes:
        text: the normalised text (NFC, markup removed, whitespace repaired, lines kept).
        fold: a copy of ``text`` of the same length with spelling variants folded (tone
            placement, look-alike letters), for matching only. Offsets are shared.
        src: ``src[i]`` is the source offset of normalised character ``i``; one extra entry
            maps the end of the text.
        source: the document this came from.
    """

    text: str
    fold: str
    src: OffsetMap
    source: SourceDocument
    # The text as printed, where ``text`` is a working copy with characters blanked (the structure
    # layer's page numbers a sentence runs across): evidence quotes the printed characters.
    printed: str | None = None

    def page_of(self, offset: int) -> int | None:
        """The 1-based page of a normalised offset, or None for unpaged input."""
        if not self.source.paged:
            return None
        offset = min(max(offset, 0), len(self.src) - 1)
        return bisect.bisect_right(self.source.page_starts, self.src[offset])

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]``, trimmed of surrounding whitespace.

        Args:
            start: normalised start offset.
            end: normalised end offset.

        Returns:
            The evidence, with source offsets and the page when the document is paged.
        """
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(
            start=start, end=end, page=self.page_of(start), text=(self.printed or self.text)[start:end], stamped_by=self._stamped_by(start, end)
        )

    def _stamped_by(self, start: int, end: int) -> str | None:
        """The fields that drew part of ``text[start:end]`` ("Signature3"), comma-joined; None for printed text."""
        if not self.source.stamps or start >= end:
            return None
        lo, hi = self.src[start], self.src[min(end, len(self.src) - 1)]
        fields = dict.fromkeys(s.field for s in self.source.stamps if s.start < hi and s.end > lo)
        return ", ".join(fields) or None
