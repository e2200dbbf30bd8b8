"""Type aliases shared by the package, gathered in one place (as pdfplumber's ``_typing.py``).

Each alias names a shape that more than one function passes around: the offset map that keeps
normalised text traceable to its source, a positioned PDF/OCR word, the callbacks a loader takes,
and the signatures of the registered pipeline steps, stages and renderers. Aliases that mention
the package's own classes use forward references, so importing this module imports nothing else
of the package. The record's own literal types (``record.System``) stay with the record schema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

if TYPE_CHECKING:
    from array import array

    import regex

    from .layout import Layout
    from .record import Directive
    from .source import Text

# ``src[i]`` is the source offset of normalised character ``i``, plus one entry for the end.
# ``array("l")`` rather than a list: a 100-page directive has ~10^5 characters per map, and every
# normalisation step builds a new map. (``array`` is not subscriptable at runtime on 3.11, hence
# the string.)
OffsetMap: TypeAlias = "array[int]"

# A normalisation rewrite's replacement: given the match, the text to put in its place.
Replacement: TypeAlias = Callable[["regex.Match[str]"], str]
# A named normalisation step (``normalize.STEPS``): text and offset map in, both rewritten out.
Step: TypeAlias = Callable[[str, OffsetMap], tuple[str, OffsetMap]]

# A positioned word as pdfplumber's ``extract_words`` gives it (``text``, ``x0``, ``x1``,
# ``top``, ``bottom``, …); OCR builds the same shape from Tesseract's TSV in PDF points.
Word: TypeAlias = dict[str, Any]
# OCR of one PDF page: ``ocr_page(pdfplumber_page, page_number)`` returns the page's text.
OcrPage: TypeAlias = Callable[[Any, int], str]
# Called as ``progress(pages_done, page_count)`` after each page is read (the CLI draws a bar).
Progress: TypeAlias = Callable[[int, int], None]


class MatchLike(Protocol):
    """What the symbol readers use of a match: a ``regex.Match[str]``, or one found in a slice
    of the text and moved back to the whole text's offsets (``references._Shifted``, for a
    symbol glued to "số" that the pattern's look-behind cannot see in place)."""

    def group(self, group: int | str = 0, /) -> str | Any:
        """The text of a group (None when it did not take part; ``Any`` as in regex's stubs)."""

    def start(self, group: int | str = 0, /) -> int:
        """Where a group starts, in the whole text."""

    def end(self, group: int | str = 0, /) -> int:
        """Where a group ends, in the whole text."""

    def span(self, group: int | str = 0, /) -> tuple[int, int]:
        """``(start, end)`` of a group, in the whole text."""


# An extraction stage (``extractors.STAGES``): fills fields of the record in place.
Stage: TypeAlias = Callable[["Text", "Layout", "Directive"], None]
# A renderer (``render.RENDERERS``): the record (and options) in, the file's content out.
Renderer: TypeAlias = Callable[..., "str | bytes"]

__all__ = ["MatchLike", "OcrPage", "OffsetMap", "Progress", "Renderer", "Replacement", "Stage", "Step", "Word"]
