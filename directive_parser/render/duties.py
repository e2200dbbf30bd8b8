"""The obligations of a record as a clerk plans them: each with the day it falls due, if known.

Every obligation of the record (``obligations[]``: the deadlines and the duties without a time) is
a duty here; a record without obligations (written by an older version) falls back to its
deadlines. A duty is *dated* when the text gives its day. Two more become dated here, because the
clerk supplies what the text leaves open:

* an offset from receipt ("trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản") once
  the user gives the day the text was received (``--received``);
* a recurrence that names its day ("trước ngày 20 hằng tháng"): its first occurrence on or after
  the day received, or else the document's own date.

Everything else stays undated. The order is the clerk's: dated duties by day; then those with a
time the text states without a day (a month, "cuối năm", "hằng quý") with their phrase; then those
with no time at all ("Không nêu thời hạn"). The calendar takes the dated ones. Nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..record import Deadline, Directive, Obligation


@dataclass(frozen=True)
class Duty:
    """One obligation, ready to print.

    Attributes:
        index: its position among the record's deadlines (document order).
        deadline: the deadline as extracted.
        due: the day it falls due, or None when the text (and the user) give none.
        resolved: True when ``due`` was worked out here (from receipt or a recurrence) rather
            than printed in the text.
    """

    index: int
    deadline: Deadline
    due: dt.date | None
    resolved: bool

    @property
    def timed(self) -> bool:
        """Whether the text gives the duty a time at all (a day, a period, a recurrence, a phrase)."""
        return self.due is not None or bool(self.deadline.text)

    @property
    def recurrence(self) -> str | None:
        """The RFC 5545 RRULE value of a recurring duty, else None."""
        when = self.deadline.when
        if when is not None and when.kind == "recurrence" and when.recurrence:
            return when.recurrence
        return None

    @property
    def needs_received(self) -> bool:
        """True for a duty counted from receipt whose day is unknown until the user gives it."""
        when = self.deadline.when
        return self.due is None and when is not None and when.kind == "offset" and when.offset_days is not None


def _resolve(deadline: Deadline, record: Directive, received: dt.date | None) -> dt.date | None:
    """The due day of an undated deadline that the day received (or the record) settles."""
    from ..dates import resolve_relative

    when = deadline.when
    if when is None:
        return None
    anchor: dt.date | None
    if when.kind == "offset" and received is not None:
        anchor = received
    elif when.kind == "recurrence":
        anchor = received or record.date
        if anchor is None:
            return None
    else:
        return None
    try:
        return resolve_relative(when, anchor)
    except ValueError:
        return None


def as_deadline(o: Obligation) -> Deadline:
    """An obligation in the shape the renderers print (its time phrase as ``text``, "" if none)."""
    return Deadline(
        date=o.date,
        action=o.action,
        responsible=o.responsible,
        deliver_to=o.deliver_to,
        text=o.due or "",
        when=o.when,
        sentence=o.sentence,
        evidence=o.evidence,
    )


def duties(record: Directive, received: dt.date | None = None) -> list[Duty]:
    """The record's obligations: dated ones by due day, then those with an undated time, then
    those with none (each group in document order).

    Args:
        record: the directive.
        received: the day the clerk received it, to resolve duties counted from receipt.

    Returns:
        One ``Duty`` per obligation of the record (per deadline for a record without
        obligations), none dropped and none added.
    """
    stated = [as_deadline(o) for o in record.obligations] if record.obligations else list(record.deadlines)
    out: list[Duty] = []
    for i, deadline in enumerate(stated):
        if deadline.date is not None:
            out.append(Duty(i, deadline, deadline.date, False))
        else:
            due = _resolve(deadline, record, received)
            out.append(Duty(i, deadline, due, due is not None))
    return sorted(out, key=lambda d: (d.due is None, not d.timed, d.due or dt.date.min, d.index))


def dated(items: Sequence[Duty]) -> list[Duty]:
    """Only the duties with a due day (what the calendar holds).

    Args:
        items: duties from ``duties``.

    Returns:
        Those whose ``due`` is known, in the same order.
    """
    return [d for d in items if d.due is not None]
