"""Obligations: every duty the directive assigns, with or without a time (OUTPUT.md).

Read from the structure layer, where directives put their duties:

* every deadline (``deadlines`` stage) is an obligation, with its time;
* task tables: one obligation per row, ``action`` from the task column, ``responsible`` from the
  "chủ trì" column, ``due`` from the time column ("STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn
  thành | Chủ trì | Phối hợp");
* assignment sentences: "đề nghị / yêu cầu / giao X + verb", "X chủ trì / có trách nhiệm / tham
  mưu + verb";
* list items that start with a duty verb under a heading or lead-in that names who ("Đối với
  các xã:", "2. Sở Nội vụ:", "đề nghị các địa phương thực hiện một số nội dung sau:"), in the
  "Tổ chức thực hiện" part of a plan, or in the body of a letter addressed to its recipients.

What is not a duty (named vetoes below, each with its example): aims and principles, what the
issuer as a whole will do ("sẽ"), what was done ("đã"), headings, and outline guidance.
"""

from __future__ import annotations

import regex

from ..dates import find_time_phrases
from ..record import Deadline, Directive, Obligation
from ..structure import Sentence, Structure, Table, is_column_numbers
from ..values import clean_value
from . import deadlines as D

# A duty restated (in a closing section, or spelled out after a lead-in) shares at least this
# share of its action words with the first statement: one entry (OUTPUT.md).
RESTATED_OVERLAP = 0.8
# An action needs at least this many words to be a duty rather than a fragment ("Sở Nội vụ:").
ACTION_MIN_WORDS = 3
# Kinds of document addressed to their recipients, whose imperative items are duties even when
# they name no one (OUTPUT.md: "the imperative items of a công văn addressed to its recipients").
ADDRESSED_KINDS = ("Công văn", "Công điện", "Thông báo", "Chỉ thị", "Thông tri", "Hướng dẫn")

# ============================================================================================
# Cues
# ============================================================================================

# A sentence (after its marker, an adverbial and the body it names) that opens with a duty verb:
#   "Khẩn trương rà soát, báo cáo …", "Chủ trì, phối hợp với Sở Tài chính tham mưu …".
_IMPERATIVE_RE = regex.compile(
    rf"^[\s\-–+•*]*(?:[\dIVX]{{1,4}}(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*)?{D._ADVERBIAL}(?:{D._DUTY_VERBS})\b",
    regex.V1 | regex.I,
)
# Words that make a body's sentence a duty of that body: "X chủ trì …", "X có trách nhiệm …",
# "X tham mưu …", "X phối hợp …" (a plain "X thực hiện …" in a report is a fact; these are not).
_CHARGE_RE = regex.compile(
    r"^[\s,]*(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tham\s+mưu|có\s+nhiệm\s+vụ|"
    r"khẩn\s+trương|chủ\s+động|cần|phải|tiếp\s+tục|tập\s+trung|nghiêm\s+túc|căn\s+cứ|quan\s+tâm|"
    r"thực\s+hiện|triển\s+khai|tổ\s+chức|hướng\s+dẫn|rà\s+soát|báo\s+cáo|gửi|xây\s+dựng|chỉ\s+đạo)\b",
    regex.V1 | regex.I,
)

# --- Vetoes: not duties, each with its example ---

# The issuer's own promise: "Ban Tổ chức sẽ công bố kết quả", "UBND tỉnh sẽ xem xét".
VETO_PROMISE_RE = regex.compile(r"(?<!\p{L})sẽ(?!\p{L})", regex.V1 | regex.I)
# What was done: "Sở Nội vụ đã ban hành Kế hoạch số …", "các địa phương đã triển khai".
VETO_DONE_RE = regex.compile(r"(?<!\p{L})(?:đã|vừa)\s+(?!được\s+giao)\p{L}", regex.V1 | regex.I)
# A statement that the issuer agrees or notes: "UBND tỉnh thống nhất …", "ghi nhận, đánh giá cao".
VETO_OPINION_RE = regex.compile(
    r"^[^,;:]{0,80}?(?<!\p{L})(?:thống\s+nhất\s+(?:với|chủ\s+trương)|ghi\s+nhận|đánh\s+giá\s+cao|biểu\s+dương)(?!\p{L})",
    regex.V1 | regex.I,
)
# Not a task but an address, a link or a table's column numbers: "Email: x@y.vn", "2 3 4".
VETO_NOT_TEXT_RE = regex.compile(r"^(?:[\W\d_]+|.*(?:@|https?://|www\.)\S+\s*)$", regex.V1)


# A lead-in that only announces the items after it: "đề nghị các quận ủy, huyện ủy quan tâm phối
# hợp thực hiện một số nội dung sau:", "… cụ thể như sau:".
VETO_LEAD_IN_RE = regex.compile(r"(?:sau|như\s+sau|cụ\s+thể|dưới\s+đây|các\s+nội\s+dung|nhiệm\s+vụ)\s*:\s*$", regex.V1 | regex.I)
# A clause that goes on with the duty before it: "…; đồng thời gửi UBND tỉnh biết, theo dõi."
CONTINUATION_RE = regex.compile(r"^[\s\-–+•*]*(?:đồng\s+thời|và|sau\s+đó)\b", regex.V1 | regex.I)
# What a body's name is made of: it opens with a capital or a group word ("các xã", "mỗi đơn vị",
# "cơ quan, đơn vị …"); a verb, a date or a report of receipt inside it means the sentence was
# cut in the wrong place ("phải", "đến 30/5/2026", "Ủy ban nhân dân tỉnh nhận được Công văn số …").
_GROUP_OPENER_RE = regex.compile(
    r"^(?:\p{Lu}|các\b|những\b|mỗi\b|từng\b|toàn\s+thể\b|cơ\s+quan\b|đơn\s+vị\b|địa\s+phương\b|"
    r"cấp\s+ủy\b|chi\s+bộ\b|đảng\s+bộ\b|đoàn\s+viên\b|hội\s+viên\b|cán\s+bộ\b|người\b|nhà\s+đầu\s+tư\b|chủ\s+đầu\s+tư\b)",
    regex.V1,
)
_NOT_IN_GROUP_RE = regex.compile(r"(?<!\p{L})(?:nhận\s+được|đã|sẽ|về\s+việc|số\s+\d|ngày\s+\d|\d{1,2}/\d{1,2}/\d{4})(?!\p{L})", regex.V1 | regex.I)
# A body's name is short; longer is a clause.
WHO_MAX_WORDS = 30


def plausible_who(who: str | None) -> str | None:
    """``who`` if it reads as the name of a body or group, else None.

    >>> plausible_who("các sở, ban, ngành"), plausible_who("phải"), plausible_who("đến 30/5/2026")
    ('các sở, ban, ngành', None, None)
    """
    if not who:
        return None
    if not _GROUP_OPENER_RE.match(who) or _NOT_IN_GROUP_RE.search(who) or len(who.split()) > WHO_MAX_WORDS:
        return None
    return who


def _words(s: str) -> set[str]:
    return set(regex.findall(r"\p{L}+", s.lower(), flags=regex.V1))


def _restated(a: Obligation, b: Obligation) -> bool:
    wa, wb = _words(a.action), _words(b.action)
    if not wa or not wb:
        return False
    if (a.responsible or "").lower() != (b.responsible or "").lower() and None not in (a.responsible, b.responsible):
        return False
    if a.due != b.due and None not in (a.due, b.due):
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= RESTATED_OVERLAP


def from_deadline(d: Deadline) -> Obligation:
    """The obligation a deadline states (every deadline is one)."""
    return Obligation(
        action=d.action,
        responsible=d.responsible,
        deliver_to=d.deliver_to,
        due=d.text,
        date=d.date,
        when=d.when,
        sentence=d.sentence,
        evidence=d.evidence,
    )


# ============================================================================================
# Task tables
# ============================================================================================


def _first_sentence(s: str) -> str:
    """A long cell's duty is its first sentence ("Rà soát … . Kịp thời xử lý …" → "Rà soát …")."""
    parts = regex.split(r"(?<=[.;])\s+(?=\p{Lu})", s, maxsplit=1, flags=regex.V1)
    first = parts[0].rstrip(" .;")
    return first if len(_words(first)) >= ACTION_MIN_WORDS else s.rstrip(" .;")


def table_obligations(st: Structure, table: Table, record: Directive) -> list[Obligation]:
    """One obligation per row of a task table (a table with a task column and a lead or time column).

    Args:
        st: the structure.
        table: one of its tables.
        record: the record so far (the document's date resolves the time cells).

    Returns:
        The rows' obligations; a row of column numbers or a group row ("I | Cải cách thể chế |
        | |") is none.
    """
    task = table.column("task")
    lead = table.column("lead")
    time_col = table.column("time")
    if task is None or (lead is None and time_col is None):
        return []
    text = st.text
    doc_year = record.date_partial.year if record.date_partial else None
    out: list[Obligation] = []
    for row in table.rows[1 if table.header else 0 :]:
        cells = [st.cell_text(c) for c in row]
        if is_column_numbers(cells) or task >= len(cells):
            continue
        action = clean_value(_first_sentence(cells[task]))
        others = [c for i, c in enumerate(cells) if i not in (task, table.column("number"))]
        if len(_words(action)) < 2 or not any(others):
            continue  # a group row: "II | Cải cách thủ tục hành chính | | |"
        who = clean_value(cells[lead]) if lead is not None and lead < len(cells) else None
        due = clean_value(cells[time_col]) if time_col is not None and time_col < len(cells) else None
        date = None
        when = None
        if due:
            cell = row[time_col] if time_col is not None else None
            if cell is not None:
                phrases = find_time_phrases(text.text, text.fold, record.date, doc_year, cell.start, cell.end)
                dated = [p for p in phrases if p.date is not None]
                date = dated[-1].date if dated else None
                when = (dated[-1] if dated else phrases[0]).when if phrases else None
        span = row[task]
        out.append(
            Obligation(
                action=action,
                responsible=who or None,
                deliver_to=D._deliver_to(action),
                due=due or None,
                date=date,
                when=when,
                sentence=clean_value(" | ".join(cells)),
                evidence=text.evidence(span.start, span.end),
            )
        )
    return out


# ============================================================================================
# Sentences
# ============================================================================================


def _is_duty(
    st: Structure, paragraphs: D.Paragraphs, si: int, sent: Sentence, who: str | None, own: bool, addressed: bool, plan: bool
) -> bool:
    """Whether sentence ``si`` assigns a duty (see the module's docstring for the cues)."""
    fold = st.text.fold[sent.start : sent.end]
    if VETO_PROMISE_RE.search(fold) and not D._ASK_RE.search(fold):
        return False
    if VETO_OPINION_RE.search(fold) or VETO_NOT_TEXT_RE.match(fold.strip()):
        return False
    kind = st.section_kind(sent.start)
    if kind == "aims":
        return False
    if D._ASK_RE.search(fold):
        return True
    if VETO_DONE_RE.search(fold):
        return False
    imperative = bool(_IMPERATIVE_RE.match(fold))
    if own:
        # "Sở Tài chính chủ trì, phối hợp …", "Các xã có trách nhiệm …"
        m = D._SUBJECT_RE.match(fold) or D._OPENER_RE.match(fold)
        if m and _CHARGE_RE.match(fold[m.end() :] if D._SUBJECT_RE.match(fold) else fold[m.end() :] or "chủ trì"):
            return True
        return bool(m) and imperative
    if not imperative:
        return False
    if who is not None:
        return True  # an item under "Đối với X:" or a lead-in naming the addressees
    if kind == "implementation":
        return True
    return addressed and not plan


def sentence_obligations(st: Structure, record: Directive, start: int, end: int) -> list[Obligation]:
    """The duties stated in the sentences of ``[start, end)`` (tables left to ``table_obligations``)."""
    text = st.text
    sentences = st.sentences_in(start, end)
    paragraphs = D.Paragraphs(text, sentences, start, end)
    doc_type = record.document_type or ""
    addressed = doc_type in ADDRESSED_KINDS or bool(record.recipients)
    plan = doc_type in ("Kế hoạch", "Chương trình", "Quyết định")
    doc_year = record.date_partial.year if record.date_partial else None
    out: list[Obligation] = []
    for si, sent in enumerate(sentences):
        block = st.block_at(sent.start)
        if block is not None and (st.blocks[block].table is not None or (st.blocks[block].heading and not st.text.text[sent.start : sent.end].rstrip().endswith(":"))):
            continue
        own = paragraphs.own_who(si)
        who, duty_start = D._responsible(paragraphs, si)
        who = plausible_who(who)
        if own is not None and plausible_who(own[0]) is None:
            own, duty_start = None, sent.start
        if not _is_duty(st, paragraphs, si, sent, who, own is not None, addressed, plan):
            continue
        fold = text.fold[sent.start : sent.end]
        if VETO_LEAD_IN_RE.search(fold.rstrip()):
            continue  # a lead-in that only announces its items
        if own is None and CONTINUATION_RE.match(fold) and out and out[-1].evidence and st.block_at(out[-1].evidence.start) == block:
            continue  # "…; đồng thời gửi …": the same duty goes on
        action = D._trim_action(text.text[duty_start : sent.end])
        if len(_words(action)) < ACTION_MIN_WORDS:
            continue
        phrases = [p for p in find_time_phrases(text.text, text.fold, record.date, doc_year, sent.start, sent.end) if p.when.kind in ("vague", "recurrence", "period")]
        due = phrases[0] if phrases else None
        if due is not None and due.start >= duty_start:
            action = D._trim_action(text.text[duty_start : due.start] + " " + text.text[due.end : sent.end]) or action
        action = regex.sub(r"^[\W\d_]*(?:lần\b)?[\W\d_]*", "", action, flags=regex.V1)  # "/lần …" left of a cut-out time
        action = action.rstrip(" ./")
        if len(_words(action)) < ACTION_MIN_WORDS:
            continue
        out.append(
            Obligation(
                action=action,
                responsible=who,
                deliver_to=D._deliver_to(clean_value(text.text[duty_start : sent.end])),
                due=due.text if due else None,
                date=None,
                when=due.when if due else None,
                sentence=clean_value(text.text[sent.start : sent.end]),
                evidence=text.evidence(sent.start, sent.end),
            )
        )
    return out


def find_obligations(st: Structure, record: Directive) -> list[Obligation]:
    """Every duty: the deadlines, the task tables' rows, and the undated duties of the body.

    Args:
        st: the structure of the document.
        record: the record so far (deadlines, type, recipients, date).

    Returns:
        The obligations in text order, a duty stated twice kept once.
    """
    layout = st.layout
    dated = [from_deadline(d) for d in record.deadlines]
    covered = [(d.evidence.start if d.evidence else -1) for d in dated]
    found: list[Obligation] = list(dated)
    for table in st.tables:
        if table.row_spans and table.row_spans[0].start >= layout.body_start:
            found.extend(table_obligations(st, table, record))
    for o in sentence_obligations(st, record, layout.body_start, layout.closing_start):
        ev = o.evidence
        if ev is not None and any(ev.start <= c < ev.end for c in covered):
            continue  # the sentence's dated duty is already a deadline
        found.append(o)
    found.sort(key=lambda o: o.evidence.start if o.evidence else 0)
    out: list[Obligation] = []
    for o in found:
        if any(_restated(o, k) for k in out):
            continue
        out.append(o)
    return out


def extract_structured(st: Structure, record: Directive) -> None:
    """Fill ``record.obligations`` (the deadlines stage must have run).

    Args:
        st: the document's structure.
        record: the record to fill.
    """
    record.obligations = find_obligations(st, record)
