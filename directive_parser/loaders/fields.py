"""PDF annotation appearances: the text that signature and form fields draw onto a page.

A digitally signed directive (ký số) is issued by the office's signature writing the number and
the day and month of issue into signature fields over the blanks of "Số:      /UBND-VP" and
"…, ngày    tháng    năm 2025". What a field shows is drawn by its appearance stream
(``/AP /N``), not by the page's content, so pdfplumber's text of the page reads "Số: /UBND-VP"
and a blank date. Here each annotation's appearance is interpreted with pdfminer (the same
interpreter that reads the page), its text placed on the page by the annotation's rectangle
(PDF 32000-1 §12.5.5: the form's bounding box, through its matrix, is fitted to the rectangle).

Text that fills a blank of a printed line (every word sits on a printed line, between printed
words) joins that line. Text that stands apart, such as an e-office box "TRUNG TÂM CÔNG BÁO …
06.11.2024 09:27:05" in the top margin, is kept out of the document's text (it would be read as
the issuer) and reported with its signature instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .._typing import Word

# Annotation kinds whose appearance can carry text meant to be read with the page: form fields
# (signature widgets, text fields) and free-text stamps. Sticky notes (/Text), popups and links
# draw icons or nothing.
TEXT_ANNOTATIONS = frozenset({"Widget", "FreeText", "Stamp"})
# Annotation flags (PDF 32000-1 §12.5.3): Invisible (1), Hidden (2), NoView (32): not shown.
HIDDEN_FLAGS = 1 | 2 | 32
# A field's word sits on a printed line when it shares at least this share of its height with a
# printed word of that line (the stamped number is set 1-2 pt off the printed baseline).
MIN_LINE_OVERLAP = 0.5
# A field's word fills a blank when no printed word overlaps it horizontally by more than this
# many points (glyph boxes of neighbours touch) or this share of the narrower word's width (a
# five-digit number stamped into a blank set for four runs 3 pt into "/QĐ-HĐTĐ"; a box laid
# over printed text covers whole words).
MAX_INK_OVERLAP_PT = 1.0
MAX_INK_OVERLAP_SHARE = 0.25
# Space kept between a stamped word widened to its blank and the printed words either side, so
# that it stays a separate word but never reads as a column gap ("Số: 542 /TB-UBND").
BLANK_MARGIN_PT = 1.0
# A stamped value fills a blank next to printed words: the nearest printed word on its line is
# at most this far from it (3-6 pt in "Số: 1468 /STP-BTTP", "ngày 13 tháng"; a blank left for a
# number is under 30 pt wide).
BLANK_REACH_PT = 40.0
# Word grouping of the field's own characters: as the page's (pdf.py passes the same values).
WORD_X_TOLERANCE = 1.5
WORD_Y_TOLERANCE = 3.0

# Marks around a stamped word in the page text until ``unmark`` turns them into offsets: an
# opening mark from the supplementary private use area carrying the field's index, and a closing
# one. Neither occurs in a directive's text.
_OPEN_BASE = 0xF0000
_CLOSE = "\U0010fffd"
_MARKED = re.compile(f"([\U000f0000-\U000ffffd])(.*?){_CLOSE}", re.S)


@dataclass
class PageFields:
    """What the annotations of one page draw.

    Attributes:
        words: words of fields that fill a blank of a printed line, placed on that line and
            marked (``mark``) with their field's index in ``names``.
        names: field names by index.
        stamped: field name to the words it placed ("Signature3" -> ["1468"]).
        apart: field name to the text of a field that stands apart from the printed lines.
    """

    words: list[Word] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    stamped: dict[str, list[str]] = field(default_factory=dict)
    apart: dict[str, str] = field(default_factory=dict)


def field_name(annot: dict[str, Any]) -> str | None:
    """The fully qualified name of a form field ("Signature3", "form.sig1"), from its /T chain."""
    from pdfminer.pdftypes import resolve1

    parts: list[str] = []
    node: Any = annot
    for _ in range(32):  # a parent chain longer than this is a loop in a damaged file
        if not isinstance(node, dict):
            break
        title = resolve1(node.get("T"))
        if isinstance(title, bytes):
            parts.append(decode_pdf_string(title))
        node = resolve1(node.get("Parent"))
    return ".".join(reversed(parts)) or None


def decode_pdf_string(raw: bytes) -> str:
    """A PDF text string: UTF-16 with its byte order mark, else UTF-8, else PDFDocEncoding (≈ Latin-1)."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _page_ctm(page_obj: Any) -> tuple[float, float, float, float, float, float]:
    """The page's base transformation, as pdfminer's ``process_page`` sets it (rotation, media box)."""
    x0, y0, x1, y1 = page_obj.mediabox
    rotate = page_obj.rotate
    if rotate == 90:
        return (0, -1, 1, 0, -y0, x1)
    if rotate == 180:
        return (-1, 0, 0, -1, x1, y1)
    if rotate == 270:
        return (0, 1, -1, 0, y1, -x0)
    return (1, 0, 0, 1, -x0, -y0)


def _appearance(annot: dict[str, Any]) -> Any:
    """The normal appearance stream of an annotation, or None (a state dictionary picks /AS)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    ap = resolve1(annot.get("AP"))
    if not isinstance(ap, dict):
        return None
    normal = resolve1(ap.get("N"))
    if isinstance(normal, dict):
        state = annot.get("AS")
        normal = resolve1(normal.get(getattr(state, "name", None))) if state is not None else None
    return normal if isinstance(normal, PDFStream) else None


def _appearance_matrix(annot: dict[str, Any], stream: Any) -> tuple[float, ...] | None:
    """The matrix that draws an appearance stream into its annotation's rectangle (§12.5.5)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import apply_matrix_pt, mult_matrix

    try:
        rect = [float(v) for v in resolve1(annot.get("Rect"))]
        bbox = [float(v) for v in resolve1(stream.get("BBox"))]
        matrix = tuple(float(v) for v in resolve1(stream.get("Matrix", [1, 0, 0, 1, 0, 0])))
    except (TypeError, ValueError):
        return None
    if len(rect) != 4 or len(bbox) != 4 or len(matrix) != 6:
        return None
    corners = [apply_matrix_pt(matrix, (x, y)) for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]
    bx0, bx1 = min(x for x, _ in corners), max(x for x, _ in corners)
    by0, by1 = min(y for _, y in corners), max(y for _, y in corners)
    rx0, rx1 = min(rect[0], rect[2]), max(rect[0], rect[2])
    ry0, ry1 = min(rect[1], rect[3]), max(rect[1], rect[3])
    if bx1 - bx0 <= 0 or by1 - by0 <= 0:
        return None
    sx, sy = (rx1 - rx0) / (bx1 - bx0), (ry1 - ry0) / (by1 - by0)
    fit = (sx, 0.0, 0.0, sy, rx0 - bx0 * sx, ry0 - by0 * sy)
    return tuple(mult_matrix(matrix, fit))


def _drawn_chars(page: Any, annot: dict[str, Any]) -> list[dict[str, Any]]:
    """The characters an annotation's appearance draws, as pdfplumber char dicts in page coordinates."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import mult_matrix

    stream = _appearance(annot)
    matrix = _appearance_matrix(annot, stream) if stream is not None else None
    if matrix is None:
        return []
    device = PDFPageAggregator(page.pdf.rsrcmgr, laparams=None)
    interpreter = PDFPageInterpreter(page.pdf.rsrcmgr, device)
    ctm = _page_ctm(page.page_obj)
    device.begin_page(page.page_obj, ctm)
    resources = resolve1(stream.get("Resources"))
    interpreter.render_contents(resources if isinstance(resources, dict) else {}, [stream], ctm=mult_matrix(matrix, ctm))  # type: ignore[arg-type]
    device.end_page(page.page_obj)

    def walk(item: Any) -> Any:
        if isinstance(item, LTChar):
            yield item
        elif isinstance(item, LTContainer):
            for child in item:
                yield from walk(child)

    return [page.process_object(c) for c in walk(device.get_result())]


def _line_of(word: Word, printed: list[Word]) -> list[Word]:
    """The printed words on the line a field's word sits on (empty when it sits on none)."""
    height = max(word["bottom"] - word["top"], 1e-6)
    on_line = [
        p
        for p in printed
        if min(word["bottom"], p["bottom"]) - max(word["top"], p["top"])
        >= MIN_LINE_OVERLAP * min(height, max(p["bottom"] - p["top"], 1e-6))
    ]
    return on_line


def _fills_blank(word: Word, line: list[Word]) -> bool:
    """Whether a field's word sits on a printed line without covering a printed word."""
    def covered(p: Word) -> bool:
        overlap = min(word["x1"], p["x1"]) - max(word["x0"], p["x0"])
        narrower = min(word["x1"] - word["x0"], p["x1"] - p["x0"])
        return bool(overlap > max(MAX_INK_OVERLAP_PT, MAX_INK_OVERLAP_SHARE * narrower))

    return bool(line) and not any(covered(p) for p in line)


def _fills_a_blank(words: list[Word], lines: list[list[Word]]) -> bool:
    """Whether a field's words fill a blank of one printed line ("Số:  1468  /STP-BTTP").

    All its words sit on the same printed line, cover no printed word, and a printed word stands
    within ``BLANK_REACH_PT`` of them: a box of several lines ("Người ký: … Thời gian ký: …"), or
    one laid over a scan's hidden text layer far from its words, does not fill a blank.
    """
    if not all(_fills_blank(w, line) for w, line in zip(words, lines, strict=True)):
        return False
    tops = {round(min(p["top"] for p in line)) for line in lines}
    if max(tops) - min(tops) > WORD_Y_TOLERANCE:
        return False
    x0, x1 = min(w["x0"] for w in words), max(w["x1"] for w in words)
    return any(x0 - BLANK_REACH_PT <= p["x1"] <= x0 or x1 <= p["x0"] <= x1 + BLANK_REACH_PT for p in lines[0])


def _place(word: Word, line: list[Word], rect: tuple[float, float]) -> Word:
    """Move a field's word onto its printed line and widen it across its blank, within the field's rectangle."""
    ref = max(line, key=lambda p: min(word["bottom"], p["bottom"]) - max(word["top"], p["top"]))
    centre = (word["x0"] + word["x1"]) / 2
    left = max((p["x1"] for p in line if (p["x0"] + p["x1"]) / 2 < centre), default=rect[0])
    right = min((p["x0"] for p in line if (p["x0"] + p["x1"]) / 2 > centre), default=rect[1])
    x0 = min(word["x0"], max(rect[0], left + BLANK_MARGIN_PT))
    x1 = max(word["x1"], min(rect[1], right - BLANK_MARGIN_PT))
    return {**word, "x0": x0, "x1": x1, "top": ref["top"], "bottom": ref["bottom"], "doctop": ref["doctop"]}


def page_fields(page: Any, printed: list[Word]) -> PageFields:
    """Read the text that a page's annotations draw, and place what fills a blank on its line.

    Args:
        page: a pdfplumber page (not a derived one: its annotations are read from ``page_obj``).
        printed: the page's printed words (pdfplumber's ``extract_words``).

    Returns:
        The placed, marked words, what each field stamped, and the text of fields that stand apart.
    """
    from pdfminer.pdftypes import resolve1
    from pdfplumber.utils.text import extract_words

    out = PageFields()
    annots = resolve1(page.page_obj.annots)
    if not isinstance(annots, list):
        return out
    for ref in annots:
        annot = resolve1(ref)
        if not isinstance(annot, dict) or getattr(annot.get("Subtype"), "name", None) not in TEXT_ANNOTATIONS:
            continue
        flags = resolve1(annot.get("F"))
        if isinstance(flags, int) and flags & HIDDEN_FLAGS:
            continue
        try:
            chars = _drawn_chars(page, annot)
        except Exception:  # pdfminer raises a zoo of errors on damaged streams: lose this field, not the page
            continue
        words = extract_words(chars, x_tolerance=WORD_X_TOLERANCE, y_tolerance=WORD_Y_TOLERANCE) if chars else []
        if not words:
            continue
        name = field_name(annot) or f"annotation {len(out.names) + 1} on page {page.page_number}"
        lines = [_line_of(w, printed) for w in words]
        if not _fills_a_blank(words, lines):
            out.apart[name] = " ".join(w["text"] for w in words)
            continue
        rect = [float(v) for v in resolve1(annot["Rect"])]
        span = (min(rect[0], rect[2]), max(rect[0], rect[2]))
        index = len(out.names)
        out.names.append(name)
        out.stamped[name] = [w["text"] for w in words]
        out.words.extend(mark(_place(w, line, span), index) for w, line in zip(words, lines, strict=True))
    return out


def mark(word: Word, index: int) -> Word:
    """A copy of a field's word whose text is wrapped in marks naming its field's index."""
    return {**word, "text": f"{chr(_OPEN_BASE + index)}{word['text']}{_CLOSE}"}


def unmark(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """Remove the marks of stamped words from a page's text.

    Args:
        text: the page text built from printed and marked words.

    Returns:
        The clean text, and ``(start, end, field index)`` of each stamped word in it.

    >>> unmark("Số: " + mark({"text": "1468"}, 0)["text"] + " /STP-BTTP")
    ('Số: 1468 /STP-BTTP', [(4, 8, 0)])
    """
    spans: list[tuple[int, int, int]] = []
    parts: list[str] = []
    pos = 0
    length = 0
    for m in _MARKED.finditer(text):
        parts.append(text[pos : m.start()])
        length += m.start() - pos
        parts.append(m.group(2))
        spans.append((length, length + len(m.group(2)), ord(m.group(1)) - _OPEN_BASE))
        length += len(m.group(2))
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), spans
