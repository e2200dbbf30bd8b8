"""The calendar: one all-day event per dated obligation, as an RFC 5545 iCalendar file.

Each event is titled in Vietnamese with the document's symbol ("Hạn: gửi Báo cáo kết quả về
Ban Dân vận Thành ủy (1092-CV/BDVTU)") and described with the action, who does it (Đơn vị thực
hiện), where the result goes (Nơi nhận kết quả), the time phrase and the sentence it came from.
Two reminders ring at 09:00 seven days and one day before. A recurring duty carries its RRULE; a
duty counted from receipt appears once the user gives the day received.

A duty due within a period ("trong tháng 9/2024") is an all-day event on the period's last
day, titled with its time phrase and marked as a period (CATEGORIES, description). A recurring
duty's RRULE always ends: UNTIL the end of the plan's period when the trích yếu names it ("năm
2024", "giai đoạn 2021 - 2025") or the duty has one, else a COUNT of one year's occurrences (five
for a yearly duty). Duties counted from receipt are left out until the day received is given;
``left_out`` says so, for the command line and the web page to warn.

UIDs are derived from the document and the obligation, never from the clock or the input
format, so importing the calendar of the same directive again (its text, DOCX or PDF copy)
updates its events instead of adding copies, and two runs give the same file apart from DTSTAMP:

* the document: its symbol, date and issuer; without a symbol, a hash of its type, issuer, date
  and trích yếu (the renderer sees the record, not the text). Tone marks and case are folded
  away first, so "Thành uỷ" and "Thành ủy" name the same document;
* the obligation: its due date (or its time phrase when undated) and its action key: the letters
  and digits of the sentence that states it (of the action when there is none), folded and
  without spaces or punctuation, so that line breaks and the way a format cuts a sentence into
  an action do not change it; a counter tells apart two duties sharing both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from .. import __version__
from ..record import CONTRACT_KEYS, Directive
from .duties import Duty, duties
from .naming import checklist_date, cite_directive, short_name

PRODID = f"-//directive-parser//directive-parser {__version__}//VI"
"""Who made the calendar (RFC 5545 3.7.3); "VI" says its texts are Vietnamese."""

UID_DOMAIN = "directive-parser"
"""The right-hand side of every UID, so ours never collide with other producers' (RFC 5545 3.8.4.7)."""

UID_HASH_CHARS = 32
"""Hex characters of the SHA-256 kept in a UID: 128 bits, ample against collisions."""

REMINDERS: tuple[tuple[dt.timedelta, str], ...] = (
    # An all-day event starts at 00:00 of its day; "-6 days -15 hours" is 09:00 seven days
    # before, when the office is open, rather than at midnight.
    (-dt.timedelta(days=6, hours=15), "Còn 7 ngày"),
    (-dt.timedelta(hours=15), "Còn 1 ngày"),
)
"""The two reminders before each due day: (trigger relative to the start, prefix of its text)."""

RECURRENCE_HORIZON_YEARS = {"YEARLY": 5}
"""Years a recurring duty runs when nothing says until when: one, or five for a yearly duty (a
term of office); the RRULE then ends with the COUNT of occurrences in that time."""

PERIOD_CATEGORY = "Thời hạn trong một khoảng"
"""CATEGORIES of an event that stands for a whole period ("trong tháng 9/2024")."""

# The plan's period in its trích yếu: "giai đoạn 2021 - 2025", "năm 2024" (the last year counts).
_PLAN_YEARS_RE = re.compile(r"giai\s+đoạn\s+(?:\d{4})\s*[-–]\s*(\d{4})|năm\s+(\d{4})", re.IGNORECASE)

SUMMARY_ACTION_CHARS = 120
"""Longest action shown in an event title; calendar views cut long titles anyway, and the full
action is in the description."""


def _fold_key(value: str | None) -> str:
    """A value reduced to what identifies it: no tone marks, no case, single spaces."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def document_key(record: Directive) -> str:
    """What identifies the directive across runs (and across small differences of reading).

    Args:
        record: the directive.

    Returns:
        A string key: "symbol|date|issuer", or a hash of type, issuer, date and subject when the
        document has no symbol (or of the whole contract when it has none of those either).
    """
    date = record.date.isoformat() if record.date else ""
    if record.number.symbol:
        return "|".join((_fold_key(record.number.symbol), date, _fold_key(record.issuer.name)))
    parts = [_fold_key(record.document_type), _fold_key(record.issuer.name), date, _fold_key(record.subject)]
    if not any(parts):
        parts = [json.dumps(record.model_dump(mode="json", include=set(CONTRACT_KEYS)), sort_keys=True)]
    return "hash:" + hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def event_uids(record: Directive, items: Sequence[Duty]) -> dict[int, str]:
    """The UID of each duty's event, keyed by the duty's index in the record.

    Args:
        record: the directive.
        items: its duties.

    Returns:
        ``{index: "…@directive-parser"}``, stable across runs.
    """
    doc = document_key(record)
    seen: Counter[str] = Counter()
    uids: dict[int, str] = {}
    for duty in sorted(items, key=lambda d: d.index):  # document order, whatever the due dates
        d = duty.deadline
        due = d.date.isoformat() if d.date else _fold_key(d.text)
        duty_key = due + "|" + action_key(d.sentence or d.action)
        seen[duty_key] += 1
        raw = "\x1f".join((doc, duty_key, str(seen[duty_key])))
        uids[duty.index] = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:UID_HASH_CHARS] + "@" + UID_DOMAIN
    return uids


def action_key(text: str) -> str:
    """An obligation's text reduced to its letters and digits, folded: the same in every format.

    >>> action_key("gửi Báo cáo về Ban Dân vận Thành ủy, trước ngày 15/7/2023.")
    'guibaocaovebandanvanthanhuytruocngay1572023'
    """
    return re.sub(r"[^0-9a-z]", "", _fold_key(text))


def _summary(duty: Duty, record: Directive) -> str:
    action = " ".join(duty.deadline.action.split())
    if len(action) > SUMMARY_ACTION_CHARS:
        action = action[: SUMMARY_ACTION_CHARS - 1].rstrip() + "…"
    time = duty.deadline.when.time if duty.deadline.when else None
    head = f"Hạn {time}" if time else "Hạn"
    if is_period(duty):
        head = f"Hạn {duty.deadline.text}"  # "Hạn trong tháng 9/2024": the whole period, not its last day
    return f"{head}: {action} ({short_name(record)})"


def is_period(duty: Duty) -> bool:
    """Whether a duty is due within a period (a month, a quarter, "từ ngày … đến ngày …")."""
    when = duty.deadline.when
    return when is not None and when.kind == "period" and when.period_end is not None


def _with_periods(items: Sequence[Duty]) -> list[Duty]:
    """The dated duties, and the period duties without a day dated on their period's last day."""
    out = []
    for duty in items:
        when = duty.deadline.when
        if duty.due is None and is_period(duty) and when is not None:
            duty = Duty(duty.index, duty.deadline, when.period_end, True)
        if duty.due is not None:
            out.append(duty)
    return out


def left_out(records: Sequence[Directive], received: dt.date | None) -> list[str]:
    """Warnings for the duties the calendar cannot hold: those counted from the day received.

    Args:
        records: the directives.
        received: the day received, if the user gave it.

    Returns:
        One Vietnamese sentence per directive with such duties (none once ``received`` is given).
    """
    notes = []
    for record in records:
        waiting = sum(d.needs_received for d in duties(record, received))
        if waiting:
            notes.append(
                f"{short_name(record)}: {waiting} việc tính hạn từ ngày nhận văn bản không có trong lịch; "
                "cần ngày nhận văn bản để tính hạn"
            )
    return notes


def bounded_rule(rule: str, start: dt.date, record: Directive, duty: Duty) -> str:
    """A recurrence rule that ends: as it is when it has UNTIL or COUNT, else with one of them.

    Args:
        rule: the RRULE value ("FREQ=MONTHLY;BYMONTHDAY=20").
        start: the first occurrence.
        record: the directive (its trích yếu may name the plan's period).
        duty: the duty (its own period, if it has one).

    Returns:
        The rule with ``UNTIL`` at the end of the plan's period, or ``COUNT`` for the default
        horizon (``RECURRENCE_HORIZON_YEARS``).

    >>> from directive_parser.record import Deadline, TimeExpression
    >>> d = Deadline(action="báo cáo", text="hằng tháng", when=TimeExpression(kind="recurrence"))
    >>> bounded_rule("FREQ=MONTHLY;BYMONTHDAY=20", dt.date(2023, 7, 20), Directive(), Duty(0, d, None, False))
    'FREQ=MONTHLY;BYMONTHDAY=20;COUNT=12'
    """
    from dateutil.rrule import rrulestr

    if re.search(r"(?:^|;)(?:UNTIL|COUNT)=", rule):
        return rule
    until = duty.deadline.when.period_end if duty.deadline.when else None
    plan = _PLAN_YEARS_RE.search(record.subject or "")
    if until is None and plan:
        until = dt.date(int(plan.group(1) or plan.group(2)), 12, 31)
    if until is not None and until >= start:
        return f"{rule};UNTIL={until:%Y%m%d}"
    freq = re.search(r"FREQ=(\w+)", rule)
    years = RECURRENCE_HORIZON_YEARS.get(freq.group(1) if freq else "", 1)
    begin = dt.datetime.combine(start, dt.time())
    end = begin.replace(year=begin.year + years) - dt.timedelta(days=1)
    try:
        count = len(rrulestr(rule, dtstart=begin).between(begin, end, inc=True))
    except (ValueError, TypeError):
        count = 1
    return f"{rule};COUNT={max(count, 1)}"


def _description(duty: Duty, record: Directive, received: dt.date | None) -> str:
    d = duty.deadline
    lines = [f"Việc: {d.action}"]
    if d.responsible:
        lines.append(f"Đơn vị thực hiện: {d.responsible}")
    if d.deliver_to:
        lines.append(f"Nơi nhận kết quả: {d.deliver_to}")
    lines.append(f"Thời hạn: {d.text}")
    if is_period(duty) and d.when is not None and d.when.period_start is not None and d.when.period_end is not None:
        lines.append(
            f"Thời hạn là cả một khoảng, từ {checklist_date(d.when.period_start)} đến "
            f"{checklist_date(d.when.period_end)}; lịch ghi vào ngày cuối"
        )
    if duty.resolved and not is_period(duty) and duty.due is not None and not duty.recurrence and received is not None:
        lines.append(f"Hạn tính từ ngày nhận văn bản {checklist_date(received)}")
    if d.sentence:
        lines.append(f"Câu trong văn bản: {d.sentence}")
    lines.append(f"Văn bản: {cite_directive(record)}")
    return "\n".join(lines)


def first_occurrence(rule: str, start: dt.date) -> dt.date:
    """The first day on or after ``start`` that a recurrence rule selects.

    RFC 5545 wants DTSTART to be the first instance of its RRULE; a duty "trước ngày 20 hằng
    tháng" found in a document of the 7th starts on the 20th, not the 7th.

    Args:
        rule: the RRULE value ("FREQ=MONTHLY;BYMONTHDAY=20").
        start: the earliest possible day (the due date the record gives).

    Returns:
        The first occurrence, or ``start`` when the rule selects no day (or cannot be read).
    """
    from dateutil.rrule import rrulestr  # icalendar's own dependency

    try:
        first = rrulestr(rule, dtstart=dt.datetime.combine(start, dt.time())).after(
            dt.datetime.combine(start, dt.time()), inc=True
        )
    except (ValueError, TypeError):
        return start
    return first.date() if first is not None else start


def _event(duty: Duty, uid: str, record: Directive, received: dt.date | None, stamp: dt.datetime):  # type: ignore[no-untyped-def]
    from icalendar import Alarm, Event, vRecur

    assert duty.due is not None
    start = first_occurrence(duty.recurrence, duty.due) if duty.recurrence else duty.due
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(days=1))  # all-day: DTEND is the next day (exclusive)
    summary = _summary(duty, record)
    event.add("summary", summary)
    event.add("description", _description(duty, record, received))
    event.add("transp", "TRANSPARENT")  # a deadline does not make the clerk busy all day
    if duty.recurrence:
        event.add("rrule", vRecur.from_ical(bounded_rule(duty.recurrence, start, record, duty)))
    if is_period(duty):
        event.add("categories", [PERIOD_CATEGORY])
    for trigger, prefix in REMINDERS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", trigger)
        alarm.add("description", f"{prefix}: {summary}")
        event.add_component(alarm)
    return event


def calendar_name(records: Sequence[Directive]) -> str:
    """The calendar's display name (X-WR-CALNAME).

    Args:
        records: the directives it holds.

    Returns:
        "Hạn công việc: 1092-CV/BDVTU" for one, "Hạn công việc: 1092-CV/BDVTU, 624-CV/BDVTU" for
        a few, or a count for many.
    """
    names = [short_name(r) for r in records]
    if len(names) > 3:
        return f"Hạn công việc: {len(names)} văn bản"
    return "Hạn công việc: " + ", ".join(names)


def render(
    records: Sequence[Directive],
    received: dt.date | None = None,
    now: dt.datetime | None = None,
    **_: object,
) -> str:
    """One calendar holding the dated obligations of all the records.

    Args:
        records: the parsed directives.
        received: the day they were received (``--received``), to date duties counted from it.
        now: the DTSTAMP to write (UTC); the current time when not given.

    Returns:
        The iCalendar text (CRLF line ends, lines folded at 75 octets).
    """
    from icalendar import Calendar

    stamp = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name(records))
    notes = left_out(records, received)
    if notes:
        cal.add("x-wr-caldesc", " ".join(notes))
    for record in records:
        items = duties(record, received)
        uids = event_uids(record, items)
        for duty in _with_periods(items):
            cal.add_component(_event(duty, uids[duty.index], record, received, stamp))
    ical: bytes = cal.to_ical()
    return ical.decode("utf-8")
