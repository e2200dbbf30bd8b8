"""Deadlines: every obligation the text ties to a time, with what, who, to whom and when.

The time phrases come from ``dates.find_time_phrases``; this stage decides which of them are
obligations and reads the rest of the sentence around each:

* a date of a cited document ("Nghị quyết số 08-NQ/TU ngày 06/12/2022 của …"), a date before
  the document's own date (it reports the past), or a date in a sentence about what was done
  ("đã ban hành") is not a deadline;
* ``responsible`` is the addressee of "đề nghị/yêu cầu/giao X …", or the group that opens the
  paragraph ("1. Đối với các quận ủy, huyện ủy …: …"), or the subject that opens the sentence;
* ``deliver_to`` is the target of "gửi … về X" / "báo cáo về X";
* ``action`` is the duty as printed, the stretch of the sentence that goes with the time;
* the same obligation stated twice (body and closing) is kept once.

Sentences are cut by a small splitter over the normalised text (periods not inside numbers,
semicolons, line-initial enumerators and bullets); spaCy is not needed for this.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .. import patterns as P
from ..dates import TimePhrase, find_time_phrases
from ..layout import Layout
from ..record import Deadline, Directive
from ..source import Text
from ..values import clean_value

# An action longer than this many characters is cut at a word boundary: a clerk's to-do line.
ACTION_MAX_CHARS = 250
# A "responsible" group longer than this is a run-on clause, not a group name.
RESPONSIBLE_MAX_CHARS = 250
# How far back (characters) an "Đối với …" paragraph opener still governs a sentence.
OPENER_LOOKBACK_CHARS = 1500
# Two statements of one obligation share at least this share of their action words.
DUPLICATE_OVERLAP = 0.5

# ============================================================================================
# Sentences
# ============================================================================================

# Where a sentence ends: ". " / "; " / "!" / "?" (a period between digits is part of a number
# or a date: "15.7.2023", "3.25"), a line break before an enumerator or bullet ("\n2. ",
# "\na) ", "\n- ", "\n+ "), a line break after a line ending in ".", ";" or ":", or a blank line
# followed by a capital.
_BOUNDARY_RE = regex.compile(
    r"""
      (?<=[.;!?])(?<!\d\.)(?=\s)                          # ". " ";" — not "15." inside numbers
    | (?<=(?:19|20)\d\d\.)(?=\s+\p{Lu})                # "… năm 2023. Các đơn vị"
    | \n(?=[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[-–+•*]\s|[IVX]{1,4}\.\s))
    | (?<=[.;:])[ \t]*\n
    | \n[ \t]*\n(?=[ \t]*\p{Lu})
    """,
    regex.X | regex.V1,
)


@dataclass(frozen=True)
class Sentence:
    """A span of the text between two sentence boundaries."""

    start: int
    end: int


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Cut ``text[start:end]`` into sentences (clauses ending in "." or ";", list items).

    Args:
        text: the normalised text.
        start: where to start.
        end: where to stop.

    Returns:
        The sentences, in order, covering the span.
    """
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        if m.end() > pos:
            if text[pos : m.start()].strip():
                out.append(Sentence(pos, m.start()))
            pos = m.end()
    if text[pos:end].strip():
        out.append(Sentence(pos, end))
    return out


# ============================================================================================
# Who, what, to whom
# ============================================================================================

# Verbs that open a duty; where a responsible group ends and the action begins.
_DUTY_VERBS = (
    r"gửi|báo\s+cáo|tổ\s+chức|xây\s+dựng|thực\s+hiện|triển\s+khai|hoàn\s+thành|tổng\s+hợp|rà\s+soát|"
    r"đăng\s+ký|kiểm\s+tra|đánh\s+giá|tham\s+dự|tham\s+gia|cử|chỉ\s+đạo|ban\s+hành|nộp|lựa\s+chọn|"
    r"quan\s+tâm|phối\s+hợp|chủ\s+trì|chủ\s+động|khẩn\s+trương|tiếp\s+tục|nghiên\s+cứu|đề\s+xuất|"
    r"hướng\s+dẫn|tham\s+mưu|cung\s+cấp|giới\s+thiệu|bố\s+trí|phát\s+động|tuyên\s+truyền|xét|"
    r"lập|công\s+bố|đôn\s+đốc|theo\s+dõi|có\s+văn\s+bản|cập\nhật|cập\s+nhật|trình|tiến\s+hành|"
    r"xác\s+định|sơ\s+kết|tổng\s+kết|hoàn\s+thiện|đảm\s+bảo|phấn\s+đấu"
)
# "đề nghị X <verb>", "yêu cầu X <verb>", "giao X <verb>": X is responsible.
#   "đề nghị các quận ủy, huyện ủy quan tâm phối hợp" -> who="các quận ủy, huyện ủy"
_ASK_RE = regex.compile(
    rf"(?:đề\s+nghị|yêu\s+cầu|giao(?:\s+cho)?|phân\s+công|đề\s+nghị\s+các\s+đồng\s+chí)\s+(?!(?:{_DUTY_VERBS})\b)(?P<who>[^;:.]{{3,{RESPONSIBLE_MAX_CHARS}}}?)\s+(?=(?:{_DUTY_VERBS})\b)",
    regex.V1 | regex.I,
)
# A paragraph opener: "1. Đối với các xã, thị trấn: …", "- Đối với các đơn vị …".
#   -> who="các xã, thị trấn"
_OPENER_RE = regex.compile(
    r"^[ \t]*(?:[\dIVX]{1,4}(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*|[-–+•]\s*)?Đối\s+với\s+(?P<who>[^:\n]{3,250}?)(?:\s*:|\s+(?:thì\s+)?(?:đề\s+nghị|cần|phải|tập\s+trung)\b)",
    regex.M | regex.V1,
)
# A sentence that opens with its subject: "Các tỉnh, thành đoàn gửi …", "Ban Tổ chức tổng hợp …",
# "Bộ Xây dựng chủ trì, phối hợp …", "UBND tỉnh … rà soát".
_SUBJECT_RE = regex.compile(
    rf"^[ \t]*(?:[\dIVX]{{1,4}}(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*|[-–+•]\s*)?(?P<who>(?:Các|Ban|Bộ|Ủy\s+ban|Uỷ\s+ban|UBND|Sở|Phòng|Trung\s+tâm|Đoàn|Tỉnh\s+đoàn|Thành\s+đoàn|Hội|Văn\s+phòng|Chủ\s+tịch|Báo|Thường\s+trực|Đảng\s+ủy|Đảng\s+bộ|MTTQ|Mặt\s+trận|Cơ\s+quan|Đơn\s+vị|Tổ)\b[^;:.\n]{{0,{RESPONSIBLE_MAX_CHARS}}}?)\s+(?=(?:{_DUTY_VERBS})\b)",
    regex.V1,
)
# "gửi … về X", "báo cáo … về X", "nộp … về X": X receives the result.
#   "gửi Báo cáo kết quả về Ban Dân vận Thành ủy trước ngày" -> to="Ban Dân vận Thành ủy"
_DELIVER_RE = regex.compile(
    r"(?:gửi|báo\s+cáo|nộp|chuyển)\b[^;]{0,200}?\s(?:về|tới|đến|lên)\s+(?P<to>(?:Ban|Bộ|Ủy\s+ban|Uỷ\s+ban|UBND|Sở|Phòng|Trung\s+ương|Thường\s+trực|Đảng\s+ủy|Văn\s+phòng|Thủ\s+tướng|Tỉnh\s+đoàn|Thành\s+đoàn|Hội|Huyện\s+ủy|Quận\s+ủy|Thành\s+ủy|Tỉnh\s+ủy|Đoàn|Cơ\s+quan|Tổ|Hội\s+đồng)\b[^,;.\n]{0,120}?)(?=\s*(?:[,;.(]|\s+(?:trước|chậm|trong|để|theo|và\s+gửi|qua\s+(?:địa|email|hộp))\b|$))",
    regex.V1,
)
# What stays out of an action: a leading enumerator, "Đối với … :", "đề nghị X", cue glue.
_LEAD_RE = regex.compile(r"^[\s\-–+•*]*(?:[\dIVX]{1,4}(?:\.\d+)*[.)]|[a-zđ]\))?\s*", regex.V1)
# A verb phrase of a sentence "…: action" in schedule tables: the label before ":".
_PAST_RE = regex.compile(r"(?<![\p{L}])(?:đã|vừa\s+qua|năm\s+qua)(?![\p{L}])", regex.V1 | regex.I)


def _opener_before(text: Text, pos: int, floor: int) -> tuple[str, int] | None:
    """The "Đối với X" group governing ``pos``: the last opener line before it in the section."""
    lo = max(floor, pos - OPENER_LOOKBACK_CHARS)
    found = None
    for m in _OPENER_RE.finditer(text.fold, lo, pos):
        found = m
    if found is None:
        return None
    # a numbered heading between the opener and pos starts another section
    between = text.fold[found.end() : pos]
    if regex.search(r"\n[ \t]*(?:[\dIVX]{1,4}[.)]\s)", between) and not regex.match(r"[ \t]*[\dIVX]", text.fold[found.start() : found.start() + 3]):
        return None
    return clean_value(text.text[found.start("who") : found.end("who")]), found.end()


def _responsible(text: Text, sent: Sentence, floor: int) -> tuple[str | None, int]:
    """Who must act, and where in the sentence the duty starts after them."""
    seg = text.fold[sent.start : sent.end]
    m = _ASK_RE.search(seg)
    if m:
        return clean_value(text.text[sent.start + m.start("who") : sent.start + m.end("who")]), sent.start + m.end()
    opener = _opener_before(text, sent.end, floor)
    if opener is not None:
        who, end = opener
        return who, max(sent.start, min(end, sent.end))
    m = _SUBJECT_RE.match(seg)
    if m:
        return clean_value(text.text[sent.start + m.start("who") : sent.start + m.end("who")]), sent.start + m.end()
    return None, sent.start


def _deliver_to(segment: str) -> str | None:
    m = _DELIVER_RE.search(segment)
    return clean_value(m.group("to")) if m else None


def _trim_action(s: str) -> str:
    s = clean_value(s)
    s = _LEAD_RE.sub("", s, count=1)
    s = regex.sub(r"^(?:Đối\s+với\s+[^:]{3,250}:\s*)", "", s, flags=regex.V1)
    s = regex.sub(r"^(?:đề\s+nghị|yêu\s+cầu|giao)\s+", "", s, flags=regex.V1 | regex.I)
    s = s.strip(" ,;:.-–()")
    s = regex.sub(r"\s*(?:,|và)?\s*(?:thời\s+gian(?:\s+hoàn\s+thành)?|hoàn\s+thành|xong|chậm\s+nhất(?:\s+là)?|đảm\s+bảo)?\s*$", "", s, flags=regex.V1 | regex.I)
    s = s.strip(" ,;:.-–(")
    if len(s) > ACTION_MAX_CHARS:
        s = s[:ACTION_MAX_CHARS].rsplit(" ", 1)[0]
    return s


# ============================================================================================
# Is it an obligation?
# ============================================================================================


def _is_citation_date(text: Text, phrase: TimePhrase, symbol_ends: list[int]) -> bool:
    """A date right after a cited symbol, or followed by "của <issuer>", dates that document."""
    if phrase.cued:
        return False
    before = text.fold[max(0, phrase.start - 25) : phrase.start]
    for e in symbol_ends:
        if e <= phrase.start and regex.fullmatch(r"[\s,(]*(?:ban\s+hành\s*)?", text.fold[e : phrase.start], regex.I):
            return True
    after = text.fold[phrase.end : phrase.end + 12]
    if regex.match(r"\s*,?\s*của\s", after):
        return True
    return bool(regex.search(r"(?:ban\s+hành|ký)\s*(?:ngày\s*)?$", before, regex.I))


def _accept(text: Text, phrase: TimePhrase, sent: Sentence, doc_date: dt.date | None, symbol_ends: list[int]) -> bool:
    kind = phrase.when.kind
    if _is_citation_date(text, phrase, symbol_ends):
        return False
    sentence = text.fold[sent.start : sent.end]
    lead = text.fold[sent.start : phrase.start]
    at_start = not regex.search(r"\p{L}{2,}", _LEAD_RE.sub("", lead, count=1))
    if kind in ("date", "period"):
        last = phrase.date or phrase.when.period_end
        if last is not None and doc_date is not None and last < doc_date:
            return False  # reports the past
        if phrase.date is None and kind == "period":
            # a month or quarter: a limit only with a cue or as a schedule step ("Tháng 7/2023: …")
            return phrase.cued or at_start
        if phrase.date is None:
            return False
        if not phrase.cued and _PAST_RE.search(sentence):
            return False
        if not phrase.cued and phrase.when.kind == "date" and doc_date is None:
            return False
        return True
    if kind == "offset":
        return True
    if kind == "recurrence":
        before = text.fold[max(sent.start, phrase.start - 3) : phrase.start]
        after = text.fold[phrase.end : phrase.end + 2]
        return at_start or "định kỳ" in phrase.text.lower() or "," in before or after.startswith(",") or phrase.when.recurrence is not None and "BYMONTHDAY" in phrase.when.recurrence
    if kind == "vague":
        return at_start or phrase.text.lower().split()[0] in ("đến", "trước", "vào")
    return False


# ============================================================================================
# The stage
# ============================================================================================


def _words(s: str) -> set[str]:
    return set(regex.findall(r"\p{L}+", s.lower(), flags=regex.V1))


def _duplicate(a: Deadline, b: Deadline) -> bool:
    if a.date != b.date or a.date is None:
        return False
    if a.responsible and b.responsible and a.responsible != b.responsible:
        return False  # different groups on the same day: separate entries (OUTPUT.md)
    wa, wb = _words(a.action), _words(b.action)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= DUPLICATE_OVERLAP and (a.deliver_to == b.deliver_to or None in (a.deliver_to, b.deliver_to))


def find_deadlines(text: Text, start: int, end: int, record: Directive) -> list[Deadline]:
    """The obligations with a time in ``text[start:end]``.

    Args:
        text: the normalised text.
        start: where the body starts.
        end: where it ends (the closing block).
        record: the record so far (document date; cited symbols from the references stage).

    Returns:
        One deadline per obligation, in text order.
    """
    doc_date = record.date
    doc_year = record.date_partial.year if record.date_partial else None
    phrases = find_time_phrases(text.text, text.fold, doc_date, doc_year, start, end)
    if not phrases:
        return []
    sentences = split_sentences(text.text, start, end)
    symbol_ends = [m.end() for m in P.SYMBOL_RE.finditer(text.fold, start, end)]
    out: list[Deadline] = []
    for sent in sentences:
        inside = [p for p in phrases if sent.start <= p.start < sent.end]
        if not inside:
            continue
        kept = [p for p in inside if _accept(text, p, sent, doc_date, symbol_ends)]
        if not kept:
            continue
        who, duty_start = _responsible(text, sent, start)
        sentence_text = clean_value(text.text[sent.start : sent.end])
        for i, p in enumerate(kept):
            prev_end = kept[i - 1].end if i else duty_start
            seg_start = max(prev_end, duty_start if i == 0 else prev_end)
            action = _trim_action(text.text[seg_start : p.start]) if p.start > seg_start else ""
            if len(_words(action)) < 2:
                nxt = kept[i + 1].start if i + 1 < len(kept) else sent.end
                action = _trim_action(text.text[p.end : nxt]) or action
            if not action:
                action = _trim_action(text.text[sent.start : p.start]) or p.text
            deliver = _deliver_to(clean_value(text.text[seg_start : sent.end])) or _deliver_to(sentence_text)
            d = Deadline(
                date=p.date,
                action=action,
                responsible=who,
                deliver_to=deliver,
                text=p.text,
                when=p.when,
                sentence=sentence_text,
                evidence=text.evidence(p.start, p.end),
            )
            if any(_duplicate(d, o) for o in out):
                continue
            out.append(d)
    return out


def extract(text: Text, layout: Layout, record: Directive) -> None:
    """Fill ``record.deadlines`` from the body (from the first line after the header to the closing).

    Args:
        text: the normalised text.
        layout: its zones.
        record: the record to fill; the header stage must have set the document's date.
    """
    record.deadlines = find_deadlines(text, layout.body_start, layout.closing_start, record)
