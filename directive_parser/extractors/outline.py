"""Report outline: the tree of sections the recipients must write.

Two sources, per OUTPUT.md's rule:

* an attached đề cương ("ĐỀ CƯƠNG BÁO CÁO", "ĐỀ CƯƠNG GỢI Ý") after the signature: every
  numbered or bulleted line of it;
* numbered body items the text says to report on: items right after a sentence that asks for
  a report and ends with ":" ("đề nghị ... báo cáo ... với những nội dung sau:"), or the run of
  items a later sentence points back to ("báo cáo ... theo 03 nhóm nội dung trên").

Numbered directive paragraphs are not an outline otherwise. The items are the structure layer's
list items (``structure.Line.marker``: one marker grammar for every extractor). Levels follow the
markers as they first appear (I. / 1. / 1.1. / a) / - / +), the way a reader nests them; each item's number is
kept as printed without its trailing "."; its heading (title) and what it must say (guidance)
are separated at a colon, a trailing instruction in parentheses, the first sentence, or the
paragraph below the heading.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import regex
from pydantic import BaseModel

from ..patterns import bare
from ..record import Directive, OutlineItem
from ..source import Text
from ..structure import Line, Structure
from ..vocabulary import DataFile, alternation, compile_with

# The class of an item's marker (its level is decided by the order classes first appear in),
# from the structure layer's marker kind: "II." → roman; "3.1." → dec1 (one dot); "1." → num;
# "a)" → alpha; "-" → dash; "+" → plus; "(1)", "Bước 1:", "Điều 2." keep their kind.
#   "II. Giới thiệu …" → ("roman", "II");  "- Công tác …" → ("dash", None)
MARKER_CLASSES = {"decimal": "num", "letter": "alpha", "bullet": "dash"}
# Markers without a number of their own: the item's number is null.
UNNUMBERED = ("bullet", "plus")
# The heading of an attached outline ("ĐỀ CƯƠNG BÁO CÁO", "ĐỀ CƯƠNG GỢI Ý"), matched on ``bare()``
# text so that an OCR'd "ĐÈ CƯƠNG" is one too; printed in capitals ("theo đề cương" is prose).
OUTLINE_HEADING_RE = regex.compile(r"[ \t]*DE\s+CUONG(?!\p{L})", regex.V1)
# A sentence that asks for a report and introduces the items after it ("đề nghị ... báo cáo
# kết quả thực hiện với những nội dung sau:", "báo cáo ..., cụ thể như sau:").
# The report must be asked of the recipients: "Sau khi nghe báo cáo ..., ý kiến ...:" is not.
# The sentence may wrap over several lines in a PDF copy, so it is matched over the text that
# ends at the line before the items, not line by line.
# The words: data/outline.toml [report_request].
_REPORT_INTRO = r"(?:{asks})[^.;:]*?báo\s+cáo[^.;:]*:\s*$"
# A line at least this long that stops mid-sentence was wrapped by the page width (PDF lines
# hold 75-95 characters; a heading without a full stop is shorter).
WRAPPED_LINE_MIN_CHARS = 65
# ... or this share of the text's usual line width, when that is less (NARROW_COPY_WRAPS).
NARROW_WRAP_SHARE = 0.9


def _wrapped_min_chars(st: Structure) -> int:
    """How long a line that stops mid-sentence must be to have been wrapped: ``WRAPPED_LINE_MIN_CHARS``, or less in a
    copy printed in a narrower column than a PDF's (NARROW_COPY_WRAPS: ``NARROW_WRAP_SHARE`` of the text's usual line
    width, ``Structure.wrap_width``). 003 at 60 columns: "1. Đánh giá công tác lãnh đạo, …" ran on over "dẫn, xây
    dựng mô hình, lựa chọn đăng ký mô hình thi đua “Dân" (59 characters) / "Vận khéo” rõ tên mô hình, …", read as a
    paragraph after the item, which ended the outline: items 2. and 3. were lost. Counter-example: n046 (OCR'd, lines
    of 74 characters) keeps the bar at 65, so its heading "8. Việc bố trí nguồn lực phục vụ công tác phòng, chống ma
    túy" (61 characters, no stop) is no wrapped line (at 0.75 of the width it took the next heading "HIL Đánh giá
    chung" in)."""
    return min(WRAPPED_LINE_MIN_CHARS, int(NARROW_WRAP_SHARE * st.wrap_width))


# How far back from the items the introducing sentence may start.
INTRO_MAX_CHARS = 400
# A sentence that points back to the items above as the report's contents ("báo cáo bằng văn
# bản theo 03 nhóm nội dung trên").
# The words: data/outline.toml [report_back_reference].
_REPORT_BACKREF = r"báo\s+cáo[^.]{0,80}?theo\s+(?:\d+|các)\s+(?:nhóm\s+)?(?:{groups})\s+(?:{pointers})(?!\p{L})"
# A trailing parenthesis of at least this many words is the section's guidance ("Giới thiệu ...
# mô hình tiêu biểu (đang được nhân rộng đạt hiệu quả tốt; ...)"); a shorter one is part of
# the title ("(nếu có)", "(hoặc giám sát, khảo sát)").
GUIDANCE_PAREN_MIN_WORDS = 6
# Lines of an attached outline's heading block before its first item (title, "(kèm Công văn
# ...)", a rule); more than this and the zone is not an outline.
HEADING_MAX_LINES = 12




class _Words(BaseModel):
    examples: list[str]
    counter_examples: list[str]


class _ReportRequest(_Words):
    asks: list[str]


class _BackReference(_Words):
    groups: list[str]
    pointers: list[str]


class _Notes(_Words):
    labels: list[str]


class OutlineWords(DataFile):
    """The words of report outlines (``data/outline.toml``)."""

    FILE = "outline.toml"

    report_request: _ReportRequest
    report_back_reference: _BackReference
    notes: _Notes


outline_words = OutlineWords.load  # the bundled outline words


# Each pattern of the outline's words, built once from data/outline.toml.
_PATTERNS: dict[str, Callable[[OutlineWords], regex.Pattern[str]]] = {
    "intro": lambda w: compile_with(_REPORT_INTRO, regex.I | regex.V1, asks=alternation(w.report_request.asks)),
    "backref": lambda w: compile_with(
        _REPORT_BACKREF,
        regex.I | regex.V1,
        groups=alternation(w.report_back_reference.groups),
        pointers=alternation(w.report_back_reference.pointers),
    ),
    "note": lambda w: compile_with(r"^(?:{labels})\s*:", regex.I | regex.V1, labels=alternation(w.notes.labels)),
}


@functools.cache
def _pattern(name: str) -> regex.Pattern[str]:
    return _PATTERNS[name](outline_words())


def asks_for_a_report(sentence: str) -> bool:
    """Whether a sentence asks the recipients for a report on the items after it."""
    return bool(_pattern("intro").search(sentence))


def points_back_to_items(sentence: str) -> bool:
    """Whether a sentence names the items above as the report's contents."""
    return bool(_pattern("backref").search(sentence))


def is_note(item: str) -> bool:
    """Whether an item's text is a note after the outline ("Lưu ý: …"), not a section."""
    return bool(_pattern("note").match(item))


@dataclass
class _Node:
    kind: str
    number: str | None
    start: int
    end: int
    parts: list[str]
    guidance: list[str] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)


def _marker(line: Line) -> tuple[str, str | None, int] | None:
    """The marker class, the number as printed and where the item text starts (offset in the
    line), or None for a line that opens no item."""
    if line.marker is None or line.label is None:
        return None
    kind = MARKER_CLASSES.get(line.marker, line.marker)
    if line.marker == "nested":
        kind = f"dec{line.label.count('.')}"
    number = None if line.marker in UNNUMBERED else line.label
    return kind, number, line.content - line.start


def _parse(st: Structure, start: int, end: int, body: bool) -> list[_Node]:
    """Items between ``start`` and ``end`` as a tree.

    In the body (``body=True``) a paragraph without a marker is guidance only if more items
    follow it; otherwise it ends the outline ("Nhận được công văn này, ...").
    """
    lines = st.lines_in(start, end, blank=False)
    min_chars = _wrapped_min_chars(st)
    roots: list[_Node] = []
    stack: list[_Node] = []
    for i, line in enumerate(lines):
        got = _marker(line)
        if got is None:
            if not stack:
                continue
            s = line.text.strip()
            node = stack[-1]
            if not "".join(node.parts) and not node.children:
                node.parts = [s]  # "Phần thứ nhất" with its title on the next line
                node.end = line.end
                continue
            prev = lines[i - 1].text.strip()
            # a wrapped line: it starts in lower case, or the full-width line before it stopped
            # mid-sentence (a PDF copy breaks lines anywhere: "… rõ tên mô hình,\n“Dân Vận khéo” …";
            # a short line without a full stop is a heading: "1. Đặc điểm tình hình")
            # a heading in capitals wrapped over two lines ("KIẾN NGHỊ, … HIỆU QUẢ\nCÔNG TÁC …") too
            wrapped = (
                bool(regex.match(r"(?-i:\p{Ll})", s))
                or (len(prev) >= min_chars and not regex.search(r"[.:;!?…]\s*$", prev))
                or (line.caps and lines[i - 1].caps and not regex.search(r"[.:;!?…]\s*$", prev))
            )
            if wrapped and not node.guidance:
                node.parts.append(s)  # a wrapped item ("... nhiệm vụ chính trị,\n\nkinh tế - xã hội")
                node.end = line.end
                continue
            if wrapped and node.guidance:
                node.guidance[-1] = f"{node.guidance[-1]} {s}"
                node.end = line.end
                continue
            if body and not _marker_after_paragraph(lines, i, min_chars):
                break
            node.guidance.append(s)
            node.end = line.end
            continue
        kind, number, at = got
        node = _Node(kind, number, line.start, line.end, [line.text[at:].strip()])
        kinds = [n.kind for n in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _marker_after_paragraph(lines: list[Line], i: int, min_chars: int = WRAPPED_LINE_MIN_CHARS) -> bool:
    """Whether an item follows the paragraph that starts at line ``i`` (its wrapped lines skipped)."""
    j = i
    while (
        j + 1 < len(lines)
        and len(lines[j].text.strip()) >= min_chars
        and not regex.search(r"[.:;!?…]\s*$", lines[j].text)
        and _marker(lines[j + 1]) is None
    ):
        j += 1
    return j + 1 < len(lines) and _marker(lines[j + 1]) is not None


def _outside(text: str, ch: str) -> int:
    """The first ``ch`` outside parentheses and quotes, or -1."""
    depth = 0
    quoted = False
    for i, c in enumerate(text):
        if c in "(":
            depth += 1
        elif c == ")":
            depth = max(depth - 1, 0)
        elif c in "“”\"":
            quoted = c == "“" or (c == '"' and not quoted)
        elif c == ch and depth == 0 and not quoted:
            return i
    return -1


def split_title(raw: str) -> tuple[str, str | None]:
    """Separate an item's heading from its guidance.

    Args:
        raw: the item's text without its marker, lines joined.

    Returns:
        (title without a trailing ".", guidance or None). In order: a colon followed by a
        capital ("Tổng số mô hình: Số mô hình ..."), a trailing parenthesis of
        ``GUIDANCE_PAREN_MIN_WORDS`` words or more, any other colon ("Việc cụ thể hóa ...:
        xây dựng kế hoạch"), the first of several sentences.

    >>> split_title("Đánh giá chung: Đánh giá khái quát về kết quả.")
    ('Đánh giá chung', 'Đánh giá khái quát về kết quả.')
    """
    text = END_MARK_RE.sub("", " ".join(raw.split()))
    colon = _outside(text, ":")
    after = text[colon + 1 :].strip() if colon != -1 else ""
    if colon > 0 and after and regex.match(r"(?-i:[\p{Lu}“\"(])", after):
        return _title(text[:colon]), after
    m = regex.search(r"\s*\(([^()]*)\)\s*\.?\s*$", text)
    if m and m.start() > 0 and len(m.group(1).split()) >= GUIDANCE_PAREN_MIN_WORDS:
        return _title(text[: m.start()]), m.group(1).strip().rstrip(".") or None
    if colon > 0 and after:
        return _title(text[:colon]), after
    m = regex.search(r"(?<=[^\s.]{2})\.\s+(?=(?-i:[\p{Lu}“\"]))", text)
    if m:
        return _title(text[: m.start()]), text[m.end() :].strip()
    return _title(text), None


# The mark that closes a document's last paragraph: "./.", "./", "/." ("… trong thời gian tới./").
END_MARK_RE = regex.compile(r"\s*\.?/\.?\s*$")


def _title(text: str) -> str:
    """A title without its closing punctuation, but with a closing ellipsis, which is part of it
    ("… khi bị phát hiện, truy bắt...": the list goes on)."""
    text = END_MARK_RE.sub("", text.strip())
    stripped = text.rstrip(".:;,").rstrip()
    return stripped + "..." if text[len(stripped) :].lstrip().startswith("...") else stripped


def _without_final_stop(guidance: str | None) -> str | None:
    """Guidance without one final "." (annotations/README.md O2: "… 6 tháng đầu năm 2023." → "… 2023");
    an ellipsis ("… các chỉ tiêu khác...") and any other final mark stay."""
    if guidance and guidance.endswith(".") and not guidance.endswith(".."):
        guidance = guidance[:-1].rstrip()
    return guidance or None


def _to_items(t: Text, nodes: list[_Node]) -> list[OutlineItem]:
    out = []
    for n in nodes:
        if is_note(" ".join(n.parts)):
            continue  # "* Lưu ý: Số liệu thống kê …" closes the outline; it is no section
        title, guidance = split_title(" ".join(n.parts))
        if n.guidance:
            below = " ".join(" ".join(n.guidance).split())
            guidance = f"{guidance} {below}" if guidance else below
        if not title:
            continue
        out.append(
            OutlineItem(
                number=n.number,
                title=title,
                guidance=_without_final_stop(guidance),
                children=_to_items(t, n.children),
                evidence=t.evidence(n.start, n.end),
            )
        )
    return out


def is_outline_heading(line: str) -> bool:
    """Whether a line opens a report outline ("ĐỀ CƯƠNG BÁO CÁO", OCR's "ĐÈ CƯƠNG").

    >>> is_outline_heading("ĐÈ CƯƠNG"), is_outline_heading("Đề cương gửi kèm theo")
    (True, False)
    """
    words = line.split()
    return bool(OUTLINE_HEADING_RE.match(bare(line))) and len(words) >= 2 and words[0].isupper() and words[1].isupper()


def _outline_spans(st: Structure) -> list[tuple[int, int]]:
    """Where attached outlines stand: an attachment under an outline heading, an outline heading
    in the closing zone that the layout did not cut apart (an OCR'd "ĐÈ CƯƠNG"), or a text that
    is an outline itself (its first line is the heading)."""
    n = len(st.text.text)
    attachments = [a for a, _ in st.layout.attachments]
    first = next((ln.start for ln in st.lines if ln.text.strip()), None)
    starts = set(attachments) | {ln.start for ln in st.lines_in(st.layout.closing_start, n, blank=False)}
    if first is not None:
        starts.add(first)
    out = []
    for start in sorted(starts):
        if opens_an_outline(st, start, n):
            out.append((start, min([a for a in attachments if a > start] + [n])))
    return out


def opens_an_outline(st: Structure, start: int, end: int) -> bool:
    """Whether the first non-blank line of ``[start, end)`` is an outline heading."""
    first = st.lines_in(start, end, blank=False)[:1]
    return bool(first) and is_outline_heading(first[0].text)


def _attached(st: Structure) -> list[_Node]:
    """The items of an attached đề cương, if there is one."""
    for start, end in _outline_spans(st):
        for ln in st.lines_in(start, end, blank=False)[1:HEADING_MAX_LINES]:
            got = _marker(ln)
            if got and got[0] not in ("dash", "plus"):
                return _parse(st, ln.start, end, body=False)
    return []


def _from_body(st: Structure) -> list[_Node]:
    """Numbered body items the text says to report on."""
    t = st.text
    start, end = st.layout.body
    lines = st.lines_in(start, end, blank=False)
    for i, ln in enumerate(lines[:-1]):
        nxt = _marker(lines[i + 1])
        if nxt and nxt[0] not in ("dash", "plus") and _pattern("intro").search(t.fold, max(start, ln.end - INTRO_MAX_CHARS), ln.end):
            return _parse(st, lines[i + 1].start, end, body=True)
    m = _pattern("backref").search(t.fold, start, end)
    if m:
        # The run of numbered items ending before the paragraph that points back to them.
        numbered = [(ln, got) for ln in lines if ln.end <= m.start() and (got := _marker(ln)) and got[0] == "num"]
        if numbered:
            first = numbered[0][0]
            for ln, got in reversed(numbered):
                if got[1] == "1":
                    first = ln
                    break
            para = t.text.rfind("\n", 0, m.start())
            return _parse(st, first.start, para if para > first.start else m.start(), body=False)
    return []


def find_outline(st: Structure) -> list[OutlineItem]:
    """The report outline: an attached đề cương, else the body items the text says to report on.

    Args:
        st: the document's structure.

    Returns:
        The outline's top items, each with its children and evidence.
    """
    return _to_items(st.text, _attached(st) or _from_body(st))


def extract(st: Structure, record: Directive) -> None:
    """Fill ``record.report_outline`` (``find_outline``).

    Args:
        st: the document's structure.
        record: the record to fill.
    """
    record.report_outline = find_outline(st)
