"""PDF: text page by page with pdfplumber, the two header columns kept apart.

A directive's header and signature block are two columns side by side (issuer and number on
the left, motto and place/date on the right; "Nơi nhận" on the left, the signer on the right).
Extracting by line would interleave them ("THÀNH UỶ HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM"), so
lines are rebuilt from word positions and a run of two-column lines is read left column first,
then right column. Pages without a text layer are handed to OCR when Tesseract is installed.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .._typing import OcrPage, Progress, Word
from ..errors import EmptyDocument, InputError, NoTextLayer
from ..source import SourceDocument, Stamp
from .fields import page_fields, unmark
from .pdftables import SYMBOL_BREAK_RE, PdfTable, carry_over, joined_row, page_tables, row_goes_on, running_words
from .signatures import read_signatures

# A horizontal gap wider than this many points between two words on one line separates two
# columns (body text is justified with gaps of a few points; header columns sit 40-60 pt apart).
COLUMN_GAP_PT = 14.0
# The state motto is wider than half a page: centred over the right header column, it starts
# up to this many points left of the page's centre (58 pt on UBND tỉnh Quảng Ngãi's letters).
MOTTO_REACH_PT = 70.0
# A left-hand line continues the one above it when the gap between them is at most this share
# of a line's height and their centres are at most SAME_AXIS_PT apart (centred header lines).
CONTINUATION_GAP_SHARE = 0.5
SAME_AXIS_PT = 6.0
# Words whose tops differ by less than this many points are on one line.
LINE_TOLERANCE_PT = 3.0
# Refuse PDFs longer than this: no directive has that many pages, and time grows with pages.
MAX_PAGES = 300
# A page with fewer extracted characters than this has no usable text layer.
MIN_CHARS_PER_PAGE = 20

# A page whose one image covers at least this share of it is a scan; if its text layer (an
# invisible layer from an OCR without Vietnamese: "THONG BAo", "Hd NQi, ngay") has fewer than
# MIN_VIETNAMESE_SHARE of its words with a Vietnamese letter, the page is OCRed again. Real
# Vietnamese prose has 40-60% such words; the foreign layers in our corpus have under 10%.
SCAN_IMAGE_COVER = 0.85
MIN_VIETNAMESE_SHARE = 0.2
_VIETNAMESE_LETTER = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)

# A bare page number line: "2", "- 2 -", "Trang 2", "2/5".
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:[Tt]rang\s+)?\d{1,3}(?:\s*-)?(?:\s*/\s*\d{1,3})?\s*$")


# Text set smaller than this is a drawing, not words a reader sees: Sở Tư pháp Lâm Đồng's letters
# draw the rule under the motto as 170 underscores in 2 pt, a "line" long enough to end the header.
MIN_TEXT_SIZE_PT = 3.0

# Share of characters printed twice at the same spot (fake bold) above which a page is deduplicated.
OVERPRINT_SHARE = 0.02


def _has_overprinted_chars(chars: list[dict[str, Any]]) -> bool:
    """Whether a page prints letters twice at the same place (fake bold: "ĐĐẢẢNNGG")."""
    seen: set[tuple[str, int, int]] = set()
    doubled = 0
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        if key in seen:
            doubled += 1
        else:
            seen.add(key)
    return bool(chars) and doubled / len(chars) > OVERPRINT_SHARE


def _lines(words: list[Word]) -> list[list[Word]]:
    """Group words into lines by their top coordinate, each line sorted left to right; a subscript
    stays on its line (``SUBSCRIPT_HEIGHT_SHARE``)."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and (abs(lines[-1][0]["top"] - w["top"]) <= LINE_TOLERANCE_PT or _subscript(w, lines[-1])):
            lines[-1].append(w)
        else:
            lines.append([w])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


# A word at most this share of its line's height, standing within the line's height, is a subscript of the line:
# the drafter's initials after "Lưu: VT, NC." ("Châu", 6.4 pt under an 11-pt line, its top 5.6 pt lower: n001,
# n002, n004 … printed), which the DOCX reads on the line ("- Lưu: VT, NC.Châu").
SUBSCRIPT_HEIGHT_SHARE = 0.7


def _subscript(word: Word, line: list[Word]) -> bool:
    """Whether ``word`` is set as a subscript of ``line``: much smaller, its middle within the line's height."""
    top: float = min(w["top"] for w in line)
    bottom: float = max(w["bottom"] for w in line)
    height: float = word["bottom"] - word["top"]
    return height <= SUBSCRIPT_HEIGHT_SHARE * (bottom - top) and top < (word["top"] + word["bottom"]) / 2 < bottom


def _segments(line: list[Word]) -> list[list[Word]]:
    """Split a line where the gap between words is wide enough to separate columns."""
    segs = [[line[0]]]
    for prev, w in itertools.pairwise(line):
        if w["x0"] - prev["x1"] > COLUMN_GAP_PT:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def _text(seg: list[Word]) -> str:
    return " ".join(w["text"] for w in seg)


def _page_text(
    words: list[Word],
    lines: list[list[Word]] | None = None,
    tables: Sequence[PdfTable] = (),
    margins: tuple[float, float] | None = None,
) -> str:
    """Rebuild a page's text, de-interleaving runs of two-column lines.

    Args:
        words: the page's words, each a dict with ``x0``, ``x1``, ``top``, ``bottom`` and
            ``text`` in points (pdfplumber's shape); a table's words left out.
        lines: the words already grouped into lines, each sorted left to right (the OCR
            loader groups by Tesseract's own lines); None groups ``words`` by their tops.
        tables: the page's ruled data tables (``pdftables.page_tables``), top to bottom: each
            written where it stands, one row a line, between blank lines.
        margins: the left and right margins of the page's running text, when they are known: a
            justified paragraph's visual lines are then joined into one line (``_joins_wrap``).

    Returns:
        The page's text, a two-column run read left column first, then right column.
    """
    if not words and not tables:
        return ""
    left_edge = min([w["x0"] for w in words] + [t.x0 for t in tables])
    right_edge = max([w["x1"] for w in words] + [t.x1 for t in tables])
    centre = (left_edge + right_edge) / 2
    rest = _lines(words) if lines is None else lines
    out: list[str] = []
    for table in tables:
        out.extend(_band_text([x for x in rest if x[0]["top"] < table.top], centre, margins))
        out.extend(["", *table.lines, ""])
        rest = [x for x in rest if x[0]["top"] >= table.top]
    out.extend(_band_text(rest, centre, margins))
    return "\n".join(_drop_page_numbers(out))


def _band_text(lines: list[list[Word]], centre: float, margins: tuple[float, float] | None = None) -> list[str]:
    """The text lines of a run of a page's lines (all of it, or the part between two tables); with the
    running text's ``margins``, a justified paragraph's lines joined into one (``_joins_wrap``)."""
    # Each line becomes ("L"|"R"|"LR"|"F", left text, right text); F = spans the centre.
    rows: list[tuple[str, str, str]] = []
    # (top, bottom, horizontal centre, left edge, list marker) of each row's first segment, to tell a left
    # column's continuation lines (``_continues``).
    shapes: list[tuple[float, float, float, float, str]] = []
    reach = 0.0
    starts: tuple[float, ...] = ()
    for line in lines:
        segs = _segments(line)
        first = segs[0]
        marker = first[0]["text"] if _ITEM_START_RE.match(first[0]["text"] + " ") else ""
        shapes.append((min(w["top"] for w in first), max(w["bottom"] for w in first), (first[0]["x0"] + first[-1]["x1"]) / 2, first[0]["x0"], marker))
        if len(segs) == 2 and _two_columns(segs[0], segs[1], centre):
            rows.append(("LR", _text(segs[0]), _text(segs[1])))
        elif len(segs) <= 2 and line[-1]["x1"] <= centre + 10 and line[0]["x0"] < centre - 60:
            rows.append(("L", "\t".join(_text(s) for s in segs), ""))
        elif len(segs) <= 2 and line[0]["x0"] >= centre - 40 and line[-1]["x1"] > centre + 60:
            rows.append(("R", "", "\t".join(_text(s) for s in segs)))
        else:
            rows.append(("F", "\t".join(_text(s) for s in segs), ""))
        if margins is not None and len(rows) > 1 and len(segs) == 1 and _joins_wrap(rows[-2], reach, rows[-1], line[0], (*margins, *starts)):
            space = "" if SYMBOL_BREAK_RE.search(rows[-2][1]) else " "  # "… Quyết định số 2764/QĐ-" / "TTg ngày …" (n020)
            rows[-2:] = [("F", f"{rows[-2][1]}{space}{rows[-1][1]}", "")]
            shapes.pop()  # the joined line keeps the shape of its first line
            starts = (*starts, line[0]["x0"])
        else:  # where a wrap of the row may start: under its first word, or under its text after an item's marker
            hanging = len(line) > 1 and _ITEM_START_RE.match(line[0]["text"] + " ")
            starts = (line[0]["x0"], line[1]["x0"] if hanging else line[0]["x0"])
        reach = line[-1]["x1"] if len(segs) == 1 else 0.0  # where the last row ends
    out: list[str] = []
    i = 0
    while i < len(rows):
        if rows[i][0] == "F":
            out.append(rows[i][1])
            i += 1
            continue
        j = i
        while j < len(rows) and rows[j][0] != "F":
            j += 1
        block = rows[i:j]
        two = [k for k, (kind, _, _) in enumerate(block) if kind in ("LR", "R")]
        if two:
            # Left column, then right column; left lines after the last right-hand line
            # (the "Kính gửi" under the header) follow in reading order, except those that
            # continue the left column straight below it (a subject beside the date line).
            cut = two[-1] + 1
            above = max((k for k in range(cut) if block[k][0] in ("L", "LR")), default=None)
            while cut < len(block) and above is not None and _continues(shapes[i + above], shapes[i + cut]):
                above, cut = cut, cut + 1
            ends_here = j == len(rows) or not _tight(shapes[j - 1], shapes[j])  # no wrap of the list after the block
            if above is not None and ends_here and _list_runs_on(shapes[i + above], shapes[i + cut : j]):
                cut = len(block)
            cols, tail = block[:cut], block[cut:]
            out.extend(left for kind, left, _ in cols if kind in ("L", "LR"))
            out.append("")
            out.extend(right for kind, _, right in cols if kind in ("R", "LR"))
            out.append("")
            out.extend(left for _, left, _ in tail)
        else:
            out.extend(left for _, left, _ in block)
        i = j
    return out


# JUSTIFIED_WRAP: a paragraph's line that is not its last is full: the first word of the paragraph's next line
# would not have fitted at its end, so the line broke there. The next line of a paragraph starts at the left
# margin (within JUSTIFIED_SLACK_PT), or in an indented block (the "Kính gửi" list) under the block's edge or a
# hanging indent's ("- Các đồng chí thành viên … (Theo Quyết định" / "số 2319/QĐ-TTg …", n020, under the text
# after the dash); its first line may be indented. Justified text runs each such line to the
# right margin: "- Thực hiện việc đăng tải, cập nhật văn bản quy phạm pháp luật của Hội" / "đồng nhân dân và Ủy
# ban nhân dân tỉnh …" (n001 printed, ends at 537.8 pt of 538.3); ragged text stops short by less than the next
# word: "… (Nghị quyết số 08-NQ/TU), ngày 03/01/2023, Ban Dân" (509.7 pt of 521.5) / "vận Thành ủy đã ban hành
# …" (000). Such lines are joined back into the paragraph, as the DOCX has it, so that a sentence or an item is
# not cut at a visual line's end. Counter-examples, kept apart: a line with room for the next one's first word
# ("… năm 2023." / "Để thực hiện …", 000), a line that opens an item or heading ("- …", "2.", "a)", "II.",
# capitals), and a line opening with a capital after one that ends a sentence ("… trên địa bàn tỉnh." / "Lấy
# ý kiến Nhân dân …", n001 printed: a paragraph set without indent may start there).
JUSTIFIED_SLACK_PT = 3.0
# The width of the space between two words, at the sizes directives are set in (13-14 pt).
SPACE_PT = 3.0
# What opens an item or a heading: a dash or bullet, "1." "1.2." "2)" "a)" "đ)" "II." "(1)" "(a)" "Điều 3".
_ITEM_START_RE = re.compile(r"^(?:[-–—+•*·]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][).]|[IVXLC]{1,6}[.)]|\((?:\d{1,3}|[a-zđ])\)|Điều\s+\d)(?:\s|$)")
_SENTENCE_END = (".", ";", ":", "!", "?")


def _joins_wrap(above: tuple[str, str, str], reach: float, line: tuple[str, str, str], first: Word, edges: tuple[float, ...]) -> bool:
    """Whether ``line`` (whose first word is ``first``) goes on with the paragraph of the line ``above`` (ending
    at ``reach``): JUSTIFIED_WRAP. ``edges``: the text's left and right margins, then where the paragraph's
    lines may start besides the left margin (an indented block's edge, a hanging indent's)."""
    _, right, *starts = edges
    start: float = first["x0"]
    fits = reach + SPACE_PT + (first["x1"] - start) <= right
    text = line[1]
    if above[0] != "F" or line[0] not in ("F", "L") or "\t" in above[1] or "\t" in text or not text or _caps(above[1]):
        return False
    if fits or all(abs(start - edge) > JUSTIFIED_SLACK_PT for edge in (edges[0], *starts)):
        return False
    if _ITEM_START_RE.match(text) or _caps(text):
        return False
    return not (above[1].rstrip().endswith(_SENTENCE_END) and text[:1].isupper())


def _caps(text: str) -> bool:
    """A line in capitals: a heading, a title, a signer's position ("PHÓ TRƯỞNG BAN"), never a paragraph's wrap."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 4


# A page's running text spans at least this share of its width (A4: 453 of 595 pt); a page with only a
# narrow block (the signature block alone on 001's last page: "PHÓ TRƯỞNG BAN" over "Trần Ngọc Nguyên",
# 115 pt wide) has no margins to tell a justified line by.
TEXT_WIDTH_SHARE = 0.6


def text_margins(words: list[Word], page_width: float) -> tuple[float, float] | None:
    """The left and right margins of a page's running text (its words' extent), or None when the text is
    too narrow to have them (``TEXT_WIDTH_SHARE``)."""
    if not words:
        return None
    left: float = min(w["x0"] for w in words)
    right: float = max(w["x1"] for w in words)
    return (left, right) if right - left >= TEXT_WIDTH_SHARE * page_width else None


def _continues(above: tuple[float, float, float, float, str], line: tuple[float, float, float, float, str]) -> bool:
    """Whether a left-hand line continues the one above it: set tight below it, on the same axis.

    "V/v trả lời đề nghị của" / "Sở Nội vụ tỉnh Lâm Đồng" (n023): 2 pt apart, centres 0.5 pt
    apart; the "Kính gửi" line under a header stands a blank line lower or starts at the margin.
    """
    top, bottom, centre, _, _ = above
    return line[0] - bottom <= CONTINUATION_GAP_SHARE * (bottom - top) and abs(line[2] - centre) <= SAME_AXIS_PT


def _list_runs_on(above: tuple[float, float, float, float, str], rest: list[tuple[float, float, float, float, str]]) -> bool:
    """NEXT_ITEM_BESIDE: whether the left-hand lines left under a two-column block are the rest of the list
    above them: each the list's next item, opening with its marker at its left edge, set tight under the one
    before, and the list ending there (no line set tight under the block). A "Nơi nhận" list runs on past the
    signature block beside it: "- Chánh, các PCVP UBND tỉnh;" /
    (beside it "KT. CHỦ TỊCH" … "Nguyễn Minh") / "- Lưu: VT, NC.Châu" (n004 printed); it stays in the list,
    before the signer's block. Counter-examples: a list whose item wraps under it ("- VPCP: BTCN, các PCN;" /
    "Trợ lý, Thư ký TTg, các PTTg;", n020) or that goes on after the block ("- VPCP: BTCN, PCN Phạm Mạnh
    Cường;" / "Trợ lý, Thư ký TTg, các PTTg: Nguyễn Hòa Bình,", n021) is left as it stands.
    """
    for line in rest:
        _, _, _, left, marker = above
        if not (marker and _tight(above, line) and line[4] == marker and abs(line[3] - left) <= SAME_AXIS_PT):
            return False
        above = line
    return bool(rest)


def _tight(above: tuple[float, float, float, float, str], line: tuple[float, float, float, float, str]) -> bool:
    """Whether ``line`` is set tight under ``above`` (``CONTINUATION_GAP_SHARE``): the same paragraph or list."""
    return line[0] - above[1] <= CONTINUATION_GAP_SHARE * (above[1] - above[0])


def _two_columns(left: list[Word], right: list[Word], centre: float) -> bool:
    """Whether a line's two segments are the left and right header columns.

    The right segment starts near the centre; or it is a wide line centred in the right half
    (the state motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" of a signed Sở or UBND letter starts
    up to ``MOTTO_REACH_PT`` left of the page's centre) while the left one ends before it.
    """
    if left[-1]["x1"] > centre + 20:
        return False
    if right[0]["x0"] >= centre - 40:
        return True
    left_end: float = left[-1]["x1"]
    right_start: float = right[0]["x0"]
    right_middle = (right_start + right[-1]["x1"]) / 2
    return left_end <= centre - 20 and right_start >= centre - MOTTO_REACH_PT and right_middle >= centre + 40


def _drop_page_numbers(lines: list[str]) -> list[str]:
    """Remove a bare page number ("2", "- 2 -", "Trang 2") at the top or bottom of a page."""
    pat = _PAGE_NUMBER
    while lines and (not lines[0].strip() or pat.match(lines[0])):
        lines = lines[1:]
    while lines and (not lines[-1].strip() or pat.match(lines[-1])):
        lines = lines[:-1]
    return lines


def _foreign_text_layer(page: Any, words: list[Word]) -> bool:
    """True for a scanned page whose text layer is not Vietnamese (an OCR without the model)."""
    area = float(page.width * page.height) or 1.0
    cover = max(((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) / area for i in page.images), default=0.0)
    if cover < SCAN_IMAGE_COVER:
        return False
    share = sum(bool(_VIETNAMESE_LETTER.search(w["text"])) for w in words) / max(len(words), 1)
    return share < MIN_VIETNAMESE_SHARE


# FOOTNOTES: a footnote is set at the page's foot in a smaller size than the body, and opens with its number as a
# superscript, the same superscript number standing in the body where it is called: "… cao tốc Tân Phú – Bảo
# Lộc¹." / "¹ Tham dự họp có đại diện lãnh đạo các sở, ban, ngành, địa phương gồm: …" (n009 printed: body 14 pt,
# footnote 10 pt, its number 5.8 pt, the call 8.1 pt). Read line by line, the footnote would stand between the two
# halves of a paragraph running over the page ("… các hạng mục theo kế hoạch trong" / "¹ Tham dự họp …" / "năm
# 2025 …") and its call would stick to the word ("Lộc1"). The call is dropped (the DOCX loader reads none), and
# the footnotes go after the last page, each opening with its number as the superscript it is printed as ("¹ Tham
# dự họp …"): what they cite is still read ("¹ … Công văn số 1128/STP-BTTP …", n033: a legal reference of its
# gold). A line at most this share of the body's size is small print ...
FOOTNOTE_SIZE_SHARE = 0.85
# ... and a character at most this share of it a superscript (a footnote's number: 5.8 and 8.1 of 14 pt).
SUPERSCRIPT_SIZE_SHARE = 0.65
# What a footnote's number is printed with, and the superscript characters it is written with.
_NOTE_MARK_CHARS = frozenset("0123456789*")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _body_size(words: list[Word]) -> float:
    """The size most of a page's characters are set in (half points)."""
    sizes = Counter(round(c["size"] * 2) / 2 for w in words for c in w.get("chars", ()) if not c["text"].isspace())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _superscript(chars: Sequence[dict[str, Any]], body: float) -> str:
    """The leading run of superscript note-mark characters in ``chars`` ("1" of "¹ Tham dự …")."""
    out = ""
    for c in chars:
        if c["size"] > SUPERSCRIPT_SIZE_SHARE * body or c["text"] not in _NOTE_MARK_CHARS:
            break
        out += c["text"]
    return out


def split_footnotes(words: list[Word]) -> tuple[list[Word], list[str]]:
    """A page's words without its footnotes and their calls (FOOTNOTES), and the footnotes' text.

    Args:
        words: the page's words with their characters (``extract_words(return_chars=True)``).

    Returns:
        The words of the running text (a call cut off the word it stuck to), and each footnote as
        "<number in superscript> <text>", top to bottom.
    """
    body = _body_size(words)
    lines = _lines(words)
    if not body or not lines:
        return words, []
    end = len(lines)
    if _PAGE_NUMBER.match(_text(lines[-1])):
        end -= 1  # the page number under the footnotes
    start = end
    while start > 0 and all(c["size"] <= FOOTNOTE_SIZE_SHARE * body for w in lines[start - 1] for c in w.get("chars", ()) if not c["text"].isspace()):
        start -= 1
    # the footnotes open with a number: small print above the first one (a "Nơi nhận" list) is no footnote
    opens = [k for k in range(start, end) if _superscript(lines[k][0].get("chars", ()), body)]
    if not opens:
        return words, []
    notes: list[list[Word]] = []
    for k in range(opens[0], end):
        if k in opens:
            notes.append([])
        notes[-1].extend(lines[k])
    marks = {_superscript(note[0]["chars"], body) for note in notes}
    in_notes = {id(w) for note in notes for w in note}
    kept = [_without_calls(w, body, marks) for w in words if id(w) not in in_notes]
    texts = []
    for note in notes:
        mark = _superscript(note[0]["chars"], body)
        first = note[0]["text"][len(mark) :]
        texts.append(" ".join([mark.translate(_SUPERSCRIPTS), *([first] if first else []), *(w["text"] for w in note[1:])]))
    return [w for w in kept if w["text"]], texts


def _without_calls(word: Word, body: float, marks: set[str]) -> Word:
    """The word without the superscript calls of the page's footnotes in it ("Lộc1." → "Lộc."); a word
    that is only a call comes back empty."""
    chars = word.get("chars", [])
    if "".join(c["text"] for c in chars) != word["text"]:
        return word  # a ligature expanded: characters and text do not line up
    kept: list[dict[str, Any]] = []
    i = 0
    while i < len(chars):
        run = _superscript(chars[i:], body)
        if run and run in marks:
            i += len(run)
            continue
        kept.append(chars[i])
        i += 1
    if len(kept) == len(chars):
        return word
    if not kept:
        return {**word, "text": ""}
    return {**word, "text": "".join(c["text"] for c in kept), "x0": kept[0]["x0"], "x1": kept[-1]["x1"], "chars": kept}


@dataclass
class _LaidOut:
    """A page read from its text layer: its running words (with the stamped fields' words) and its data tables."""

    number: int
    width: float
    words: list[Word]
    tables: list[PdfTable]
    names: list[str]  # the stamped fields' names (``fields.PageFields.names``)

    def render(self) -> tuple[str, list[tuple[int, int, str]]]:
        """The page's text and the (start, end, field name) of the text its fields stamped."""
        text, marked = unmark(_page_text(self.words, tables=self.tables, margins=text_margins(self.words, self.width)))
        return text, [(a, b, self.names[i]) for a, b, i in marked]


def _running_lines(page: _LaidOut) -> list[list[Word]]:
    """A page's lines of running text, its page number at the top or the foot left out."""
    lines = _lines(page.words)
    while lines and _PAGE_NUMBER.match(_text(lines[-1])):
        lines.pop()
    while lines and _PAGE_NUMBER.match(_text(lines[0])):
        lines.pop(0)
    return lines


def _page_join(before: _LaidOut, before_text: str, page: _LaidOut, text: str) -> str:
    """What joins a page to the one before: a blank line, or, for a paragraph running over the page break
    (PAGE_BREAK_WRAP), a space (none after a symbol broken at the line's end).

    PAGE_BREAK_WRAP: the page's last line of running text is a wrap of the next page's first (``_joins_wrap``,
    with the page's right margin and the next page's left one): "… Chức năng, nhiệm vụ của các phòng chuyên môn
    … thực hiện theo Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ, Nghị định" / (page 2) "118/2025/
    NĐ-CP ngày 09/6/2025 của Chính phủ và các văn bản hướng dẫn liên quan." (n006 printed). Counter-examples: a
    page ending on a table or opening with one, and the rules of ``_joins_wrap`` (a new item, a new sentence).
    """
    last_lines, first_lines = _running_lines(before), _running_lines(page)
    margins_before, margins = text_margins(before.words, before.width), text_margins(page.words, page.width)
    if not (last_lines and first_lines and margins_before and margins):
        return "\n\n"
    last, first = last_lines[-1], first_lines[0]
    if not (before_text.endswith(_text(last)) and text.startswith(_text(first))):
        return "\n\n"  # the page ends on a table or a column, or the next one opens so
    if (before.tables and before.tables[-1].bottom > last[0]["top"]) or (page.tables and page.tables[0].top < first[0]["top"]):
        return "\n\n"
    edges = (margins[0], margins_before[1], last[0]["x0"])
    if not _joins_wrap(("F", _text(last), ""), last[-1]["x1"], ("F", _text(first), ""), first[0], edges):
        return "\n\n"
    return "" if SYMBOL_BREAK_RE.search(before_text) else " "


def _ends_and_opens_on_rows(pages: list[str]) -> bool:
    """Whether the page before ends on a table's row and the page opens with one (" | " between cells)."""
    if len(pages) < 2 or not pages[0].strip() or not pages[1].strip():
        return False
    return " | " in pages[0].strip().rsplit("\n", 1)[-1] and " | " in pages[1].strip().split("\n", 1)[0]


def _cells(line: str) -> tuple[str, ...]:
    """A written row's cells (" | " between them; a cell's own "|" was written "/")."""
    return tuple(c.strip() for c in line.split("|"))


def join_broken_row(before: str, page: str) -> tuple[str, str] | None:
    """SCANNED_ROW_ACROSS_PAGES: a scanned table's row broken over the page break, written whole on the page before.

    A scanned page is written before the next one is read, so the rest of a row that the page break cut
    (``pdftables.row_goes_on``: no number in its number column, its cells going on the cells above) is the
    next page's first row of its own: "1 | Xây dựng và tổ chức thực hiện kế | Kế hoạch của | Ban hành kế | …"
    / " | hoạch chuyển đổi số năm 2026 của tỉnh. | UBND tỉnh | hoạch trong tháng 01/2026 và tổ chức thực
    hiện | …" (n001 printed and scanned at 300 dpi). Its cells are joined to the row before cell by cell
    (``pdftables.joined_row``, as ``carry_over`` joins them on a typed PDF), on the page before's last line.

    Args:
        before: the page before's text, ending on a table's row.
        page: the page's text, opening with a row of the same table.

    Returns:
        The two pages' texts, the row made whole on the first (the second empty when the row was all it
        held), or None when the row does not go on.
    """
    head, _, last_line = before.rstrip("\n").rpartition("\n")
    first_line, _, rest = page.lstrip("\n").partition("\n")
    last, first = _cells(last_line), _cells(first_line)
    if len(last) != len(first) or len(last) < 2 or not row_goes_on(last, first):
        return None
    whole = " | ".join(joined_row(last, first))
    return "\n".join(t for t in (head, whole) if t), rest.lstrip("\n")


def join_scanned_pages(pages: list[str], joins: list[str], number: int, goes_on: Collection[int], notes: list[str]) -> bool:
    """Join OCR'd page ``number`` (``pages[-1]``) to the page before where its table goes on; True when its first row
    went to finish the row the page break cut.

    SCANNED_TABLE_ACROSS_PAGES: a page whose first table goes on with the table that closed the page before (``goes_on``,
    the OCR reading's ``table_goes_on``) is joined by a line break, not a blank line, so the table's rows run on as
    TABLE_ACROSS_PAGES joins a typed PDF's; SCANNED_ROW_ACROSS_PAGES (``join_broken_row``): the rest of a row the break
    cut is joined to that row, and a note says so. A scanned PDF and a multi-page photo (``ocr.load_image``) join
    their pages so.

    Args:
        pages: the pages read so far, the page ``number`` last; its last two items are rewritten in place.
        joins: what stands between each page and the next; the join before page ``number`` is ``joins[-1]``.
        number: the page's number (1-based).
        goes_on: the numbers of the pages whose first table goes on with the page before's.
        notes: where the note of a joined row is appended (the source's conversions).
    """
    if number not in goes_on or not _ends_and_opens_on_rows(pages[-2:]):
        return False
    pages[-2], pages[-1], joins[-1] = pages[-2].rstrip("\n"), pages[-1].lstrip("\n"), "\n"
    whole = join_broken_row(pages[-2], pages[-1])
    if whole is None:
        return False
    pages[-2], pages[-1] = whole
    notes.append(f"page {number}: a table row broken over the page break joined to the row before it")
    return True


# DAMAGED_PDF_NOTES: pdfminer logs what it skips in a damaged file ("Execute called on non-indirect object (inline
# image?)", "Could not get FontBBox from font descriptor …") and, with no logging set up, Python printed those lines on
# the user's terminal around the one-line messages. While a PDF is read they are caught instead, and a file that gave
# any becomes one warning in the record (what was read is kept; the user is told to check it against the original).
# No PDF of the corpus, scans and signed copies included, logs one.
PDF_READER_LOGGERS = ("pdfminer", "pdfplumber")


class _Caught(logging.Handler):
    """The messages pdfminer and pdfplumber log while one PDF is read (WARNING and above)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _reader_notes() -> Iterator[list[str]]:
    """Catch the PDF readers' log messages for the time of the block (DAMAGED_PDF_NOTES); yields the list they go to."""
    caught = _Caught()
    loggers = [logging.getLogger(name) for name in PDF_READER_LOGGERS]
    for logger in loggers:
        logger.addHandler(caught)
    try:
        yield caught.messages
    finally:
        for logger in loggers:
            logger.removeHandler(caught)


def damaged_pdf_warning(messages: list[str]) -> str | None:
    """The record's warning for the PDF reader's ``messages`` (DAMAGED_PDF_NOTES), or None when there are none.

    >>> damaged_pdf_warning(["Execute called on non-indirect object (inline image?)"] * 3)
    'the PDF is damaged in places (3 notes from the PDF reader, first: "Execute called on non-indirect object (inline image?)"); what could be read is kept: check it against the original'
    >>> damaged_pdf_warning([]) is None
    True
    """
    if not messages:
        return None
    first = " ".join(messages[0].split())[:100]
    return f'the PDF is damaged in places ({len(messages)} notes from the PDF reader, first: "{first}"); what could be read is kept: check it against the original'


def load_pdf(
    data: bytes, origin: str, ocr_page: OcrPage | None = None, progress: Progress | None = None
) -> SourceDocument:
    """Extract a PDF's text page by page (the PDF reader's notes on a damaged file become a warning,
    DAMAGED_PDF_NOTES)."""
    with _reader_notes() as notes:
        source = _load_pdf(data, origin, ocr_page, progress)
    note = damaged_pdf_warning(notes)
    if note is not None:
        source.warnings.append(note)
    return source


def _load_pdf(
    data: bytes, origin: str, ocr_page: OcrPage | None = None, progress: Progress | None = None
) -> SourceDocument:
    """Extract a PDF's text page by page.

    Args:
        data: the PDF bytes.
        origin: name for messages.
        ocr_page: called as ``ocr_page(page, number)`` for a page without a text layer; None
            means OCR is not available and such pages make the whole file a ``NoTextLayer``.
        progress: called as ``progress(pages_done, page_count)`` before the first page and
            after each page.

    Returns:
        The document's text, pages joined by a blank line, with their start offsets.

    Raises:
        InputError: the file is not a readable PDF, is encrypted, or has too many pages.
        NoTextLayer: no page has text and OCR is not available.
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    pages: list[str] = []
    # What is between each page and the next: a blank line, or a line break when a table goes on.
    joins: list[str] = []
    laid_out: list[_LaidOut] = []  # the pages read from their text layer
    footnotes: list[str] = []
    # Per page: (start, end, field) of text a signature or form field stamped into a line.
    page_stamps: list[list[tuple[int, int, str]]] = []
    stamped: dict[tuple[int, str], list[str]] = {}
    apart: dict[tuple[int, str], str] = {}
    conversions: list[str] = []
    warnings: list[str] = []
    moved: set[int] = set()  # pages whose first row went to finish the row before (SCANNED_ROW_ACROSS_PAGES)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise InputError(
                    f"{origin}: {len(pdf.pages)} pages is more than one directive (limit {MAX_PAGES}); "
                    "extract the directive's pages and parse them on their own"
                )
            ocred = 0
            foreign_pages: list[int] = []
            if progress is not None:
                progress(0, len(pdf.pages))
            for number, page in enumerate(pdf.pages, start=1):
                fields_page = page  # annotations are read from the page itself, not a derived one
                page_stamps.append([])
                if _has_overprinted_chars(page.chars):
                    page = page.dedupe_chars()  # costly: only where fake bold doubled the letters
                if any(c["size"] < MIN_TEXT_SIZE_PT and not c["text"].isspace() for c in page.chars):
                    page = page.filter(lambda o: o.get("object_type") != "char" or o["size"] >= MIN_TEXT_SIZE_PT)
                words = page.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False, return_chars=True)
                enough = sum(len(w["text"]) for w in words) >= MIN_CHARS_PER_PAGE
                foreign = enough and _foreign_text_layer(page, words)
                if foreign and ocr_page is None:
                    foreign_pages.append(number)
                if enough and not (ocr_page is not None and foreign):
                    words, notes = split_footnotes(words)
                    footnotes.extend(notes)
                    fields = page_fields(fields_page, words)
                    stamped.update({(number, k): v for k, v in fields.stamped.items()})
                    apart.update({(number, k): v for k, v in fields.apart.items()})
                    tables = page_tables(page, words)
                    if laid_out and laid_out[-1].number == number - 1 and laid_out[-1].tables and tables:
                        carried = carry_over(laid_out[-1].tables[-1], tables[0])
                        if carried is not None:  # TABLE_ACROSS_PAGES: the page's first table goes on with the last one
                            before, tables[0] = carried
                            laid_out[-1].tables[-1] = before
                            pages[-1], page_stamps[-2] = laid_out[-1].render()
                            joins[-1] = "\n"  # one table: its rows in one run, as the DOCX has it
                    laid_out.append(_LaidOut(number, float(page.width), running_words(words, tables) + fields.words, [t for t in tables if t.data], fields.names))
                    pages.append("")
                    pages[-1], page_stamps[-1] = laid_out[-1].render()
                    if len(laid_out) > 1 and laid_out[-2].number == number - 1 and joins[-1] != "\n":
                        joins[-1] = _page_join(laid_out[-2], pages[-2], laid_out[-1], pages[-1])
                elif ocr_page is not None:
                    pages.append(ocr_page(page, number))
                    ocred += 1
                    if join_scanned_pages(pages, joins, number, getattr(ocr_page, "table_goes_on", ()), conversions):
                        moved.add(number)
                else:
                    pages.append("")
                joins.append("\n\n")
                if progress is not None:
                    progress(number, len(pdf.pages))
            signatures = read_signatures(pdf, data, stamped, apart, pages[0] if pages else "")
            if ocred:
                conversions.append(f"OCR of {ocred} page(s) without a text layer")
            if foreign_pages:
                warnings.append(
                    f"page(s) {', '.join(map(str, foreign_pages))} carry a scan's hidden text that is not "
                    "Vietnamese (OCR without the Vietnamese model); with Tesseract installed they are read again"
                )
    except (PdfminerException, PDFPasswordIncorrect) as exc:
        reason = str(exc) or exc.__class__.__name__
        # pdfplumber wraps pdfminer's error: PdfminerException(PDFPasswordIncorrect())
        wrapped = any(isinstance(a, PDFPasswordIncorrect) for a in exc.args)
        if "password" in reason.lower() or isinstance(exc, PDFPasswordIncorrect) or wrapped:
            raise InputError(f"{origin}: the PDF is encrypted; open it, save an unprotected copy and parse that") from exc
        raise InputError(f"{origin}: not a readable PDF ({reason.strip()[:120]})") from exc
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises a zoo of errors on damaged files
        raise InputError(f"{origin}: not a readable PDF ({exc.__class__.__name__}: {str(exc)[:120]})") from exc
    if not any(p.strip() for p in pages):
        if ocr_page is None:
            raise NoTextLayer(
                f"{origin}: the PDF has no text layer (a scan); install Tesseract with its Vietnamese "
                "model (apt-get install tesseract-ocr tesseract-ocr-vie) to read it by OCR"
            )
        raise EmptyDocument(f"{origin}: no text could be read from the PDF, not even by OCR")
    empty = [i + 1 for i, p in enumerate(pages) if not p.strip() and i + 1 not in moved]
    if empty:
        warnings.append(f"page(s) {', '.join(map(str, empty))} have no text")
    text_parts: list[str] = []
    starts: list[int] = []
    stamps: list[Stamp] = []
    pos = 0
    for p, spans, join in zip(pages, page_stamps, joins, strict=True):
        starts.append(pos)
        text_parts.extend((p, join))
        stamps.extend(Stamp(pos + a, pos + b, name) for a, b, name in spans)
        pos += len(p) + len(join)
    return SourceDocument(
        # the footnotes after the last page, where they break no paragraph (what they cite is still read)
        text="".join(text_parts[:-1]) + "".join(f"\n\n{note}" for note in footnotes),
        format="pdf",
        origin=origin,
        page_starts=starts,
        conversions=conversions,
        warnings=warnings,
        unread_pages=sorted({*empty, *foreign_pages}),
        stamps=stamps,
        signatures=signatures,
    )

