"""The obligations of a record as a clerk plans them: each with the day it falls due, if known.

A deadline of the record is *dated* when the text gives its day (``Deadline.date``). Two more
become dated here, because the clerk supplies what the text leaves open:

* an offset from receipt ("trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản") once
  the user gives the day the text was received (``--received``);
* a recurrence that names its day ("trước ngày 20 hằng tháng"): its first occurrence on or after
  the day received, or else the document's own date.

Everything else (a month, "cuối năm", a recurrence without a day) stays undated: the checklist
lists it last with its time phrase, the calendar leaves it out. Nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..record import Deadline, Directive


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


def duties(record: Directive, received: dt.date | None = None) -> list[Duty]:
    """The record's obligations: dated ones by due day (then document order), undated after.

    Args:
        record: the directive.
        received: the day the clerk received it, to resolve duties counted from receipt.

    Returns:
        One ``Duty`` per deadline of the record, none dropped and none added.
    """
    out: list[Duty] = []
    for i, deadline in enumerate(record.deadlines):
        if deadline.date is not None:
            out.append(Duty(i, deadline, deadline.date, False))
        else:
            due = _resolve(deadline, record, received)
            out.append(Duty(i, deadline, due, due is not None))
    return sorted(out, key=lambda d: (d.due is None, d.due or dt.date.min, d.index))


def dated(items: Sequence[Duty]) -> list[Duty]:
    """Only the duties with a due day (what the calendar holds).

    Args:
        items: duties from ``duties``.

    Returns:
        Those whose ``due`` is known, in the same order.
    """
    return [d for d in items if d.due is not None]
