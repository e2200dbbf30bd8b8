"""The register's duties in the clerk's calendar: an ICS file, a subscription feed, a CalDAV push.

All three hold the same events: every open duty of our unit with a due day, one all-day event
each, made by the checklist's calendar renderer (``render.ics``: title, description, reminders,
RRULE). An event's UID is the duty's, fixed when the register first received it, so an event
moves when a corrected copy moves its date and is never duplicated.

``push`` makes a CalDAV calendar hold exactly these events: it creates the missing ones,
rewrites those whose content changed (each event carries a hash of its content in
``X-DIRECTIVE-PARSER-HASH``), and deletes the events it pushed earlier whose duty is done, not
ours or withdrawn. Events it did not push (without that property) are never touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from ..errors import RegisterError
from ..record import Directive
from ..render.duties import as_deadline
from .store import DutyView, Register

HASH_PROPERTY = "X-DIRECTIVE-PARSER-HASH"
"""The property that marks an event pushed by the register and fingerprints its content."""

CALENDAR_NAME = "Hạn công việc"
"""The calendar's display name (X-WR-CALNAME) in the export and the feed."""

PUSH_TIMEOUT_SECONDS = 30
"""How long one CalDAV request may take before the push gives up (a server on the office LAN)."""


def _event(view: DutyView, record: Directive, received: dt.date, stamp: dt.datetime) -> Any:
    """The VEVENT of one duty, as ``render.ics`` makes it, fingerprinted."""
    from ..record import Obligation
    from ..render import ics
    from ..render.duties import Duty

    obligation = Obligation(
        action=view.action, responsible=view.responsible, deliver_to=view.deliver_to, due=view.due_text, date=view.due
    )
    deadline = as_deadline(obligation)
    if view.recurrence:
        from ..record import TimeExpression

        deadline.when = TimeExpression(kind="recurrence", recurrence=view.recurrence)
    duty = Duty(0, deadline, view.due, False)
    event = ics._event(duty, view.uid, record, received, stamp)
    content = b"".join(line for line in event.to_ical().splitlines(keepends=True) if not line.startswith(b"DTSTAMP"))
    event.add(HASH_PROPERTY, hashlib.sha256(content).hexdigest()[:32])
    return event


def events(register: Register, now: dt.datetime | None = None) -> dict[str, Any]:
    """Our open dated duties as events, keyed by UID.

    Args:
        register: the register.
        now: the DTSTAMP (UTC); now when not given.

    Returns:
        ``{uid: VEVENT}`` in due order.
    """
    stamp = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    return {view.uid: _event(view, record, received, stamp) for view, record, received in register.calendar_entries()}


def _calendar(items: list[Any]) -> Any:
    from icalendar import Calendar

    from ..render.ics import PRODID

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    for item in items:
        cal.add_component(item)
    return cal


def feed(register: Register, now: dt.datetime | None = None) -> str:
    """The calendar of all our open duties (``calendar export`` and ``GET /calendar.ics``).

    Args:
        register: the register.
        now: the DTSTAMP (UTC).

    Returns:
        The iCalendar text.
    """
    ical: bytes = _calendar(list(events(register, now).values())).to_ical()
    return ical.decode("utf-8")


@dataclass(frozen=True)
class PushResult:
    """What a push did to the CalDAV calendar."""

    created: int
    updated: int
    removed: int
    unchanged: int


def push(
    register: Register, url: str, user: str | None = None, password: str | None = None, now: dt.datetime | None = None
) -> PushResult:
    """Make a CalDAV calendar hold our open duties: create, update in place, remove what is done.

    Args:
        register: the register.
        url: the calendar collection's URL ("https://dav.example/clerk/han/").
        user: the user name, if the server asks for one.
        password: the password.
        now: the DTSTAMP of new and changed events.

    Returns:
        The counts of events created, updated, removed and left as they were.

    Raises:
        RegisterError: the server cannot be reached, refuses us, or has no calendar at ``url``.
    """
    import caldav
    from caldav.lib import error as dav_error

    wanted = events(register, now)
    try:
        dav_client: Any = caldav.DAVClient  # typed loosely by caldav (sync and async in one class)
        client = dav_client(url=url, username=user, password=password, timeout=PUSH_TIMEOUT_SECONDS, require_tls=False)
        calendar: Any = client.calendar(url=url)
        existing: dict[str, Any] = {}
        for item in calendar.events():
            component = item.icalendar_component
            if component.get(HASH_PROPERTY) is not None:
                existing[str(component.get("uid"))] = item
        created = updated = unchanged = removed = 0
        for uid, event in wanted.items():
            old = existing.pop(uid, None)
            if old is not None and str(old.icalendar_component.get(HASH_PROPERTY)) == str(event.get(HASH_PROPERTY)):
                unchanged += 1
                continue
            calendar.save_event(_calendar([event]).to_ical().decode("utf-8"))
            if old is None:
                created += 1
            else:
                updated += 1
        for item in existing.values():
            item.delete()
            removed += 1
    except dav_error.AuthorizationError as exc:
        raise RegisterError(f"{url}: the calendar server refused the user name or password") from exc
    except dav_error.NotFoundError as exc:
        raise RegisterError(f"{url}: no calendar there; create it in your calendar program and give its address") from exc
    except dav_error.DAVError as exc:
        raise RegisterError(f"{url}: the calendar server answered with an error ({str(exc).splitlines()[0]})") from exc
    except (OSError, ValueError) as exc:
        raise RegisterError(f"{url}: cannot reach the calendar server ({str(exc).splitlines()[0] or type(exc).__name__})") from exc
    return PushResult(created, updated, removed, unchanged)
