"""The register's operations: receive a directive, list what is due, keep each duty's status.

``Register`` wraps one database (``db.engine_for``). Every operation is one transaction: it
happens whole or not at all, so a failure (a locked file, a bad import line) loses nothing.

Identity, so that receiving a directive twice updates it instead of adding a copy:

* a directive is the same when its issuer, symbol and date are (``identity_key``, tone marks
  and case folded; a symbol without its number does not count), or when its file is byte for
  byte the same (SHA-256);
* a duty is the same when its action's words and its due date are (``duty_key``), whatever
  its place in the list. A duty whose action is unchanged but whose date moved keeps its row
  (its status and its calendar event, which moves); a duty that is gone from a corrected copy
  is marked ``withdrawn`` (kept with its history, shown nowhere, removed from calendars).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import ColumnElement, func, inspect, select
from sqlalchemy.orm import Session, selectinload

from ..errors import DirectiveParserError, RegisterError, UnknownEntry
from ..record import CONTRACT_KEYS, Directive, Obligation
from . import db
from .models import STATUSES, Duty, Original, Profile, Received, StatusChange
from .units import Unit, bare, falls_on

EXPORT_VERSION = 1
"""Version of the JSON Lines export; ``import`` refuses a newer one."""

UID_DOMAIN = "directive-parser"
"""The right-hand side of every calendar UID (as ``render.ics``), so calendars can tell ours apart."""

SHOWN_STATUSES: tuple[str, ...] = ("open", "done", "not_ours")
"""The statuses a user can set (``withdrawn`` is set only by a corrected copy)."""


def utcnow() -> dt.datetime:
    """The current time, UTC, to the second (what the register stamps changes with)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """A stored time as UTC-aware (SQLite hands back naive times)."""
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def action_words(action: str) -> str:
    """An action reduced to its words: tone marks, case, punctuation and spacing folded away.

    >>> action_words("Gửi  Báo cáo kết quả về Ban Dân vận Thành ủy.")
    'gui bao cao ket qua ve ban dan van thanh uy'
    """
    folded = bare(action)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def duty_key(obligation: Obligation, due: dt.date | None) -> str:
    """The key that identifies a duty across readings: its action's words and its due date.

    Args:
        obligation: the duty as extracted.
        due: its due day as the register resolved it (None when undated).

    Returns:
        A SHA-256 in hex.
    """
    when = due.isoformat() if due else action_words(obligation.due or "")
    return hashlib.sha256(f"{action_words(obligation.action)}|{when}".encode()).hexdigest()


def obligations_of(record: Directive) -> list[Obligation]:
    """The record's duties: ``obligations[]``, or its ``deadlines[]`` for a record that has none.

    Args:
        record: the directive.

    Returns:
        The duties in document order.
    """
    from ..extractors.obligations import from_deadline

    return list(record.obligations) if record.obligations else [from_deadline(d) for d in record.deadlines]


def due_dates(record: Directive, received: dt.date) -> list[tuple[dt.date | None, str | None]]:
    """Each duty's due day and recurrence, resolved as the checklist does (``render.duties``).

    Args:
        record: the directive.
        received: the day it was received (duties counted from receipt start there).

    Returns:
        ``(due, rrule)`` per duty of ``obligations_of(record)``, in order.
    """
    from ..render.duties import duties

    # render.duties reads the same duties in the same order (obligations, else deadlines)
    by_index = {d.index: d for d in duties(record, received)}
    return [(by_index[i].due, by_index[i].recurrence) for i in range(len(by_index))]


def looks_like_directive(record: Directive) -> bool:
    """Whether a record is worth a line in the register: the parser recognised some part of a directive.

    Args:
        record: the parsed record.

    Returns:
        False only when nothing was found: no type, number, date, issuer, subject, recipient,
        signer, cited document or duty (the parser's own "is this the right file?" case).
    """
    return any(
        (
            record.document_type, record.number.symbol, record.date, record.issuer.name, record.subject,
            record.recipients, record.signer.name, record.legal_references, obligations_of(record),
        )
    )


def identity_key(record: Directive) -> str:
    """What makes two readings the same directive: its issuer, symbol and date when all are known.

    A symbol without its number ("/KH-UBND", a blank left for the handwritten number) or a
    missing date does not identify a document: one office sends many "/KH-UBND" plans. Then the
    key is a hash of the type, issuer, date, symbol and subject, or of the whole contract when
    there is no subject either, so two different directives are never merged into one line
    (the same file still finds its line by its SHA-256).

    Args:
        record: the directive.

    Returns:
        The key (``render.ics.document_key`` for a fully identified directive).
    """
    from ..render.ics import document_key

    symbol = record.number.symbol or ""
    if record.date is not None and any(ch.isdigit() for ch in symbol.split("/")[0]):
        return document_key(record)
    parts = [record.document_type, record.issuer.name, str(record.date or ""), symbol, record.subject]
    if not record.subject:
        parts.append(json.dumps(record.model_dump(mode="json", include=set(CONTRACT_KEYS)), sort_keys=True))
    folded = "\x1f".join(bare(p or "") for p in parts)
    return "hash:" + hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AddResult:
    """What receiving a directive did.

    Attributes:
        directive_id: its ID in the register.
        created: True for a new directive, False when it updated one already there.
        kept: duties found again (their status kept).
        added: new duties.
        withdrawn: duties the new reading no longer has.
        ours: of its current duties, those that fall on our unit.
        total: its current duties.
    """

    directive_id: int
    created: bool
    kept: int
    added: int
    withdrawn: int
    ours: int
    total: int


@dataclass(frozen=True)
class DutyView:
    """One duty as the register shows it."""

    id: int
    directive_id: int
    document: str
    action: str
    responsible: str | None
    deliver_to: str | None
    due_text: str | None
    due: dt.date | None
    recurrence: str | None
    ours: bool
    status: str
    status_by: str | None
    status_at: dt.datetime | None
    uid: str

    def overdue(self, today: dt.date) -> bool:
        """Whether the duty is open and its due day has passed."""
        return self.status == "open" and self.due is not None and self.due < today

    def to_dict(self, today: dt.date | None = None) -> dict[str, Any]:
        """The duty as JSON-ready values (with ``overdue`` when ``today`` is given)."""
        out: dict[str, Any] = {
            "id": self.id, "directive_id": self.directive_id, "document": self.document, "action": self.action,
            "responsible": self.responsible, "deliver_to": self.deliver_to, "due_text": self.due_text,
            "due": self.due.isoformat() if self.due else None, "recurrence": self.recurrence, "ours": self.ours,
            "status": self.status, "status_by": self.status_by,
            "status_at": self.status_at.isoformat() if self.status_at else None,
        }
        if today is not None:
            out["overdue"] = self.overdue(today)
        return out


@dataclass(frozen=True)
class DirectiveView:
    """One received directive as the register lists it."""

    id: int
    document: str
    symbol: str | None
    issuer: str | None
    date: dt.date | None
    document_type: str | None
    subject: str | None
    received: dt.date
    file_name: str | None
    corrected: bool
    open: int
    done: int
    not_ours: int
    next_due: dt.date | None
    arrival_number: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The directive's line as JSON-ready values."""
        return {
            "arrival_number": self.arrival_number,
            "id": self.id, "document": self.document, "symbol": self.symbol, "issuer": self.issuer,
            "date": self.date.isoformat() if self.date else None, "document_type": self.document_type,
            "subject": self.subject, "received": self.received.isoformat(), "file_name": self.file_name,
            "corrected": self.corrected, "open": self.open, "done": self.done, "not_ours": self.not_ours,
            "next_due": self.next_due.isoformat() if self.next_due else None,
        }


def _document_name(row: Received) -> str:
    """How a directive is named in lists: "Công văn 1092-CV/BDVTU" or its type and date."""
    from ..render.naming import short_name

    return short_name(Directive.model_validate(row.record))


def next_occurrence(due: dt.date, rule: str | None, today: dt.date) -> dt.date:
    """The day a duty is next due: its due day, or for a recurring one the next occurrence from today.

    Args:
        due: the first due day.
        rule: the RRULE of a recurring duty, else None.
        today: the day to count from.

    Returns:
        The due day to show and sort by.
    """
    if rule is None or due >= today:
        return due
    from ..render.ics import first_occurrence

    return first_occurrence(rule, today)


class Register:
    """A register of received directives in one database.

    Args:
        url: the database URL (``db.register_url`` resolves ``--db`` and the environment).
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = db.register_url(url)
        self.engine = db.engine_for(self.url)

    @property
    def where(self) -> str:
        """The register's location, fit to print (no password)."""
        return db.shown(self.url)

    # --- who we are -------------------------------------------------------------------------

    def profile(self) -> Unit | None:
        """Our unit, or None when no profile is set (then every duty counts as ours)."""
        with db.session(self.engine) as s:
            return _unit(s.get(Profile, 1))

    def set_profile(self, name: str, level: str | None, system: str | None, aliases: Sequence[str] = ()) -> int:
        """Set who we are, and re-read which duties of the register are ours.

        Args:
            name: the unit's name, "Huyện ủy Tân Yên".
            level: one of ``units.LEVELS`` or None.
            system: one of ``units.SYSTEMS`` or None.
            aliases: other names it goes by.

        Returns:
            The number of duties whose "ours" changed.

        Raises:
            RegisterError: an empty name.
        """
        if not name.strip():
            raise RegisterError("the unit's name is empty; give it as printed, e.g. 'Huyện ủy Tân Yên'")
        with db.session(self.engine, write=True) as s:
            row = s.get(Profile, 1) or Profile(id=1)
            row.name, row.level, row.system = name.strip(), level, system
            row.aliases = "\n".join(a.strip() for a in aliases if a.strip()) or None
            row.updated_at = utcnow()
            s.add(row)
            unit = _unit(row)
            changed = 0
            for directive in s.scalars(select(Received).options(selectinload(Received.duties))):
                recipients = list(directive.record.get("recipients") or [])
                for duty in directive.duties:
                    ours = falls_on(unit, duty.responsible, recipients)
                    if ours != duty.ours:
                        duty.ours = ours
                        changed += 1
            return changed

    def feed_token(self, renew: bool = False) -> str | None:
        """The token the calendar feed's URL must carry, made on first ask (or anew with ``renew``).

        Args:
            renew: make a new token (the old feed URL stops working).

        Returns:
            The token, or None when there is no profile to keep it in.
        """
        import secrets

        with db.session(self.engine, write=True) as s:
            row = s.get(Profile, 1)
            if row is None:
                return None
            if row.feed_token is None or renew:
                row.feed_token = secrets.token_urlsafe(24)
            return row.feed_token

    def required_token(self) -> str | None:
        """The feed token set in the register (None: the feed is open to whoever reaches the server)."""
        with db.session(self.engine) as s:
            row = s.get(Profile, 1)
            return row.feed_token if row is not None else None

    # --- receiving ----------------------------------------------------------------------------

    def add_file(self, path: str | Path, *, received: dt.date | None = None, by: str | None = None) -> AddResult:
        """Parse a directive file and receive it (``add``), keeping the file's bytes.

        Args:
            path: the file (text, DOCX, PDF, image).
            received: the day it was received (today for a new directive; unchanged when None
                for one already in the register).
            by: who received it.

        Returns:
            What was done.

        Raises:
            DirectiveParserError: the file cannot be read, or is not a directive.
        """
        from ..loaders import load_bytes
        from ..pipeline import parse_source

        target = Path(path)
        try:
            content = target.read_bytes()
        except OSError as exc:
            raise RegisterError(f"{path}: cannot read ({exc.strerror or exc})") from exc
        source = load_bytes(content, str(path))
        record = parse_source(source)
        return self.add(record, received=received, content=content, file_name=target.name, file_format=source.format, by=by)

    def add(
        self,
        record: Directive,
        *,
        received: dt.date | None = None,
        content: bytes | None = None,
        file_name: str | None = None,
        file_format: str | None = None,
        by: str | None = None,
        parsed: Directive | None = None,
        directive_id: int | None = None,
    ) -> AddResult:
        """Receive a directive: add it, or update the one already there (same document or file).

        Args:
            record: its record (a corrected one when the user corrected it).
            received: the day received (see ``add_file``).
            content: the source file's bytes, kept for backup and re-reading.
            file_name: the source file's name.
            file_format: "text", "docx", "pdf", "image" or "xlsx".
            by: who received or corrected it.
            parsed: the record as the parser read it, when ``record`` is a user's correction.
            directive_id: the directive this record corrects (its identity may have changed).

        Returns:
            What was done.

        Raises:
            RegisterError: the record is not a directive, or ``directive_id`` is unknown.
        """
        if not looks_like_directive(record):
            origin = file_name or record.source.get("origin") or "the input"
            raise RegisterError(f"{origin}: not a directive (no part of one was recognised); nothing was added")
        sha = hashlib.sha256(content).hexdigest() if content is not None else None
        key = identity_key(record)
        now = utcnow()
        with db.session(self.engine, write=True) as s:
            row = self._find(s, key, sha, directive_id)
            created = row is None
            if row is None:
                stamp = record.received  # a scan's "ĐẾN" stamp: the arrival data written on the paper
                day = received or (stamp.date if stamp is not None else None) or dt.date.today()
                row = Received(doc_key=key, received=day, added_at=now)
                if stamp is not None and stamp.number and stamp.number.isdigit():
                    row.arrival_number = int(stamp.number)
                s.add(row)
            elif received is not None:
                row.received = received
            _number_arrival(s, row)
            same_file_corrected = row.parsed is not None and parsed is None and sha is not None and sha == row.file_sha256
            if same_file_corrected:  # the same file read again: the user's correction of it still stands
                record, key = Directive.model_validate(row.record), row.doc_key
            row.doc_key = key
            if sha is not None:
                row.file_sha256, row.file_name, row.file_format = sha, file_name, file_format
            row.symbol, row.issuer, row.date = record.number.symbol, record.issuer.name, record.date
            row.document_type, row.subject = record.document_type, record.subject
            row.record = record.model_dump(mode="json")
            if parsed is not None:
                row.parsed, row.corrected_by = parsed.model_dump(mode="json"), by
            elif sha is not None and not same_file_corrected:  # a new file's reading replaces a correction
                row.parsed, row.corrected_by = None, None
            row.updated_at, row.updated_by = now, by
            s.flush()
            if content is not None:
                s.merge(Original(directive_id=row.id, content=content))
            counts = self._sync_duties(s, row, record, by, now)
            return AddResult(row.id, created, *counts)

    def _find(self, s: Session, key: str, sha: str | None, directive_id: int | None) -> Received | None:
        if directive_id is not None:
            row = s.get(Received, directive_id)
            if row is None:
                raise UnknownEntry(f"no directive with ID {directive_id} in the register")
            other = s.scalar(select(Received).where(Received.doc_key == key, Received.id != directive_id))
            if other is not None:
                raise RegisterError(
                    f"the corrected record names directive {other.id} ({other.symbol or other.doc_key}), already in the register"
                )
            return row
        row = s.scalar(select(Received).where(Received.doc_key == key))
        if row is None and sha is not None:
            row = s.scalar(select(Received).where(Received.file_sha256 == sha))
        return row

    def _sync_duties(
        self, s: Session, row: Received, record: Directive, by: str | None, now: dt.datetime
    ) -> tuple[int, int, int, int, int]:
        """Match the record's duties to the rows already there; keep statuses, withdraw the gone.

        A duty is matched first by its key (same action, same due day), then, among the rows
        left, by its action alone (the due day moved: same duty, same calendar event).

        Returns:
            (kept, added, withdrawn, ours, total) as in ``AddResult``.
        """
        unit = _unit(s.get(Profile, 1))
        obligations = obligations_of(record)
        resolved = due_dates(record, row.received)
        seen: Counter[str] = Counter()
        keys = []
        for obligation, (due, _rule) in zip(obligations, resolved, strict=True):
            base = duty_key(obligation, due)
            seen[base] += 1  # the same duty stated twice is two duties: the second gets "#2"
            keys.append(base if seen[base] == 1 else hashlib.sha256(f"{base}#{seen[base]}".encode()).hexdigest())
        left = {d.key: d for d in row.duties}
        match: dict[int, Duty] = {i: left.pop(k) for i, k in enumerate(keys) if k in left}
        for i, obligation in enumerate(obligations):
            if i not in match:
                words = action_words(obligation.action)
                moved = next((k for k, d in left.items() if action_words(d.action) == words), None)
                if moved is not None:
                    match[i] = left.pop(moved)
        kept = added = ours = 0
        for i, (obligation, (due, rule)) in enumerate(zip(obligations, resolved, strict=True)):
            duty = match.get(i)
            if duty is None:
                duty = Duty(key=keys[i], uid=_uid(row.doc_key, keys[i], now), status="open", status_at=now, status_by=by)
                duty.changes.append(StatusChange(status="open", by=by, at=now, note="received"))
                row.duties.append(duty)
                added += 1
            else:
                kept += 1
                if duty.status == "withdrawn":
                    self._change(duty, "open", by, now, "back in a corrected copy")
            duty.key, duty.position, duty.action = keys[i], i, obligation.action
            duty.responsible, duty.deliver_to, duty.due_text = obligation.responsible, obligation.deliver_to, obligation.due
            duty.due_date, duty.recurrence = due, rule
            duty.ours = falls_on(unit, obligation.responsible, record.recipients)
            ours += duty.ours
        withdrawn = 0
        for extra, duty in enumerate(left.values()):
            duty.position = len(obligations) + extra
            if duty.status != "withdrawn":
                self._change(duty, "withdrawn", by, now, "not in the new reading")
                withdrawn += 1
        s.flush()
        return kept, added, withdrawn, ours, len(obligations)

    @staticmethod
    def _change(duty: Duty, status: str, by: str | None, now: dt.datetime, note: str | None = None) -> None:
        duty.status, duty.status_by, duty.status_at = status, by, now
        duty.changes.append(StatusChange(status=status, by=by, at=now, note=note))

    # --- reading ------------------------------------------------------------------------------

    def directives(self, status: str | None = None) -> list[DirectiveView]:
        """The received directives, newest received first.

        Args:
            status: only those with at least one of our duties in this status.

        Returns:
            One line per directive, with counts of our duties by status and the next due day.
        """
        with db.session(self.engine) as s:
            rows = s.scalars(
                select(Received).options(selectinload(Received.duties)).order_by(Received.received.desc(), Received.id.desc())
            ).all()
            out = []
            for row in rows:
                mine = [d for d in row.duties if d.ours and d.status != "withdrawn"]
                counts = Counter(d.status for d in mine)
                if status is not None and counts[status] == 0:
                    continue
                dates = [d.due_date for d in mine if d.status == "open" and d.due_date is not None]
                out.append(
                    DirectiveView(
                        row.id, _document_name(row), row.symbol, row.issuer, row.date, row.document_type, row.subject,
                        row.received, row.file_name, row.parsed is not None, counts["open"], counts["done"],
                        sum(1 for d in row.duties if d.status == "not_ours" or (not d.ours and d.status != "withdrawn")),
                        min(dates) if dates else None, row.arrival_number,
                    )
                )
            return out

    def received_in(self, year: int) -> list[tuple[DirectiveView, Directive, list[DutyView]]]:
        """The directives that arrived in a calendar year, in the order of their Số đến (for the books).

        Args:
            year: the year of arrival.

        Returns:
            Each directive's line, its record and its duties (withdrawn ones left out).
        """
        first, last = _year_bounds(year)
        views = [v for v in self.directives() if first <= v.received <= last]
        views.sort(key=lambda v: (v.arrival_number or 0, v.received, v.id))
        out = []
        with db.session(self.engine) as s:
            for view in views:
                row = s.get(Received, view.id)
                assert row is not None
                duties = [_duty_view(d, view.document) for d in row.duties if d.status != "withdrawn"]
                out.append((view, Directive.model_validate(row.record), duties))
        return out

    def set_arrival(self, directive_id: int, number: int | None = None, received: dt.date | None = None) -> DirectiveView:
        """Correct a directive's arrival data: its Số đến, its day of arrival, or both.

        Args:
            directive_id: its ID.
            number: the Số đến to record (as stamped "ĐẾN" on the paper), or None to keep it.
            received: the day of arrival, or None to keep it (a move to another year renumbers it).

        Returns:
            The directive's line after the change.

        Raises:
            UnknownEntry: no such ID.
            RegisterError: the number is not positive, or already taken in that year.
        """
        if number is not None and number < 1:
            raise RegisterError(f"Số đến {number}: an arrival number starts at 1")
        with db.session(self.engine, write=True) as s:
            row = s.get(Received, directive_id)
            if row is None:
                raise UnknownEntry(f"no directive with ID {directive_id} in the register (see 'register list')")
            if received is not None:
                row.received = received
            if number is not None:
                first, last = _year_bounds(row.received.year)
                with s.no_autoflush:
                    taken = s.scalar(
                        select(Received.id).where(
                            Received.received.between(first, last), Received.arrival_number == number, Received.id != row.id
                        )
                    )
                if taken is not None:
                    raise RegisterError(f"Số đến {number} of {row.received.year} is already #{taken}'s")
                row.arrival_number = number
            else:
                _number_arrival(s, row)
        return next(v for v in self.directives() if v.id == directive_id)

    def record(self, directive_id: int) -> tuple[Directive, DirectiveView, list[DutyView]]:
        """One directive: its record, its line and all its duties (withdrawn ones left out).

        Args:
            directive_id: its ID.

        Returns:
            The record as the register uses it, its summary and its duties in document order.

        Raises:
            RegisterError: no such ID.
        """
        views = {v.id: v for v in self.directives()}
        if directive_id not in views:
            raise UnknownEntry(f"no directive with ID {directive_id} in the register (see 'register list')")
        with db.session(self.engine) as s:
            row = s.get(Received, directive_id)
            assert row is not None
            duties = [_duty_view(d, views[directive_id].document) for d in row.duties if d.status != "withdrawn"]
            return Directive.model_validate(row.record), views[directive_id], duties

    def original(self, directive_id: int) -> tuple[bytes, str | None] | None:
        """The source file of a directive, with its name, when the register keeps it."""
        with db.session(self.engine) as s:
            row = s.get(Received, directive_id)
            kept = s.get(Original, directive_id)
            if row is None or kept is None:
                return None
            return kept.content, row.file_name

    def duties(
        self,
        *,
        today: dt.date | None = None,
        within: int | None = None,
        statuses: Sequence[str] = ("open",),
        ours_only: bool = True,
        undated: bool = False,
    ) -> list[DutyView]:
        """Duties across directives, soonest first (overdue ones first of all).

        Args:
            today: the day to count from (today by default).
            within: only those due within this many days from today (overdue always shown);
                None for every dated duty.
            statuses: the statuses to show.
            ours_only: only the duties that fall on our unit.
            undated: add the undated duties at the end.

        Returns:
            The duties; a recurring one shows its next occurrence.
        """
        today = today or dt.date.today()
        horizon = today + dt.timedelta(days=within) if within is not None else None
        with db.session(self.engine) as s:
            query = select(Duty).join(Duty.directive).where(Duty.status.in_(list(statuses)))
            if ours_only:
                query = query.where(Duty.ours.is_(True))
            rows = s.scalars(query.options(selectinload(Duty.directive))).all()
            names: dict[int, str] = {}
            out = []
            for duty in rows:
                if duty.directive_id not in names:
                    names[duty.directive_id] = _document_name(duty.directive)
                view = _duty_view(duty, names[duty.directive_id], today)
                if view.due is None:
                    if undated:
                        out.append(view)
                    continue
                if horizon is not None and view.due > horizon:
                    continue
                out.append(view)
        return sorted(out, key=lambda v: (v.due is None, v.due or dt.date.max, v.directive_id, v.id))

    def calendar_entries(self) -> list[tuple[DutyView, Directive, dt.date]]:
        """What the calendar holds: our open dated duties, each with its directive's record and day received.

        Returns:
            ``(duty, record, received)`` in due order.
        """
        with db.session(self.engine) as s:
            rows = s.scalars(
                select(Duty).where(Duty.status == "open", Duty.ours.is_(True), Duty.due_date.is_not(None))
                .options(selectinload(Duty.directive)).order_by(Duty.due_date, Duty.id)
            ).all()
            records: dict[int, Directive] = {}
            out = []
            for duty in rows:
                if duty.directive_id not in records:
                    records[duty.directive_id] = Directive.model_validate(duty.directive.record)
                record = records[duty.directive_id]
                out.append((_duty_view(duty, _document_name(duty.directive)), record, duty.directive.received))
            return out

    # --- statuses -----------------------------------------------------------------------------

    def set_status(self, duty_ids: Iterable[int], status: str, by: str | None, note: str | None = None) -> list[DutyView]:
        """Change the status of duties (all or none: an unknown ID changes nothing).

        Args:
            duty_ids: the duties' IDs (as ``register due`` shows them).
            status: "open", "done" or "not_ours".
            by: who changed it.
            note: why, if said.

        Returns:
            The duties as they now are.

        Raises:
            RegisterError: an unknown status or ID, or a withdrawn duty.
        """
        if status not in SHOWN_STATUSES:
            raise RegisterError(f"unknown status {status!r}; choose one of: {', '.join(SHOWN_STATUSES)}")
        ids = list(dict.fromkeys(duty_ids))
        now = utcnow()
        with db.session(self.engine, write=True) as s:
            rows = {d.id: d for d in s.scalars(select(Duty).where(Duty.id.in_(ids)).options(selectinload(Duty.directive)))}
            missing = [str(i) for i in ids if i not in rows]
            if missing:
                raise UnknownEntry(f"no duty with ID {', '.join(missing)} in the register (see 'register due'); nothing was changed")
            out = []
            for i in ids:
                duty = rows[i]
                if duty.status == "withdrawn":
                    raise RegisterError(f"duty {i} was withdrawn by a corrected copy of its directive; nothing was changed")
                if duty.status != status:
                    self._change(duty, status, by, now, note)
                out.append(_duty_view(duty, _document_name(duty.directive)))
            return out

    def history(self, duty_id: int) -> list[dict[str, Any]]:
        """Every status a duty has had: ``{"status", "by", "at", "note"}``, oldest first.

        Raises:
            RegisterError: no such duty.
        """
        with db.session(self.engine) as s:
            duty = s.get(Duty, duty_id)
            if duty is None:
                raise UnknownEntry(f"no duty with ID {duty_id} in the register")
            return [_change_dict(c) for c in duty.changes]

    # --- backup -------------------------------------------------------------------------------

    def export_lines(self, originals: bool = True) -> Iterator[str]:
        """The whole register as JSON Lines: a header with the profile, then one line per directive.

        Args:
            originals: include the source files (base64), for a full backup.

        Yields:
            Lines without their newline.
        """
        with db.session(self.engine) as s:
            profile = s.get(Profile, 1)
            head: dict[str, Any] = {"kind": "register", "version": EXPORT_VERSION, "profile": None}
            if profile is not None:
                head["profile"] = {
                    "name": profile.name, "level": profile.level, "system": profile.system,
                    "aliases": profile.aliases.splitlines() if profile.aliases else [],
                }
            yield json.dumps(head, ensure_ascii=False)
            for row in s.scalars(select(Received).options(selectinload(Received.duties)).order_by(Received.id)):
                line: dict[str, Any] = {
                    "kind": "directive", "received": row.received.isoformat(), "arrival_number": row.arrival_number,
                    "record": row.record,
                    "parsed": row.parsed, "corrected_by": row.corrected_by, "updated_by": row.updated_by,
                    "file": {"sha256": row.file_sha256, "name": row.file_name, "format": row.file_format},
                    "duties": [
                        {
                            "key": d.key, "uid": d.uid, "status": d.status, "status_by": d.status_by,
                            "status_at": at.isoformat() if (at := _as_utc(d.status_at)) else None,
                            "changes": [_change_dict(c) for c in d.changes],
                        }
                        for d in row.duties
                    ],
                }
                kept = s.get(Original, row.id) if originals else None
                if kept is not None:
                    line["file"]["content_base64"] = base64.b64encode(kept.content).decode("ascii")
                yield json.dumps(line, ensure_ascii=False)

    def import_lines(self, lines: Iterable[str], origin: str = "<import>") -> tuple[int, int]:
        """Read an export back: every directive received again, statuses and history restored.

        The whole file is checked before anything is written; then it is written in one go.

        Args:
            lines: the JSON Lines.
            origin: the file's name, for messages.

        Returns:
            (directives read, duty statuses restored).

        Raises:
            RegisterError: a line that is not of an export (named by its number).
        """
        entries: list[tuple[int, dict[str, Any], Directive, Directive | None]] = []
        profile: dict[str, Any] | None = None
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw)
                kind = item["kind"]
                if kind == "register":
                    if int(item.get("version", 0)) > EXPORT_VERSION:
                        raise RegisterError(f"{origin}:{number}: written by a newer directive-parser; upgrade to import it")
                    profile = item.get("profile")
                    continue
                if kind != "directive":
                    raise ValueError(f"unknown kind {kind!r}")
                record = Directive.model_validate(item["record"])
                parsed = Directive.model_validate(item["parsed"]) if item.get("parsed") else None
                dt.date.fromisoformat(item["received"])
                entries.append((number, item, record, parsed))
            except RegisterError:
                raise
            except (ValueError, KeyError, TypeError, ValidationError) as exc:
                detail = str(exc).splitlines()[0]
                raise RegisterError(f"{origin}:{number}: not a line of a register export ({detail}); nothing was imported") from exc
        if profile:
            self.set_profile(profile["name"], profile.get("level"), profile.get("system"), profile.get("aliases") or [])
        restored = 0
        with db.session(self.engine, write=True) as s:
            for _number, item, record, parsed in entries:
                restored += self._import_one(s, item, record, parsed)
        return len(entries), restored

    def _import_one(self, s: Session, item: dict[str, Any], record: Directive, parsed: Directive | None) -> int:
        """Receive one exported directive inside the import's transaction and restore its duties."""
        file = item.get("file") or {}
        content = base64.b64decode(file["content_base64"]) if file.get("content_base64") else None
        key = identity_key(record)
        now = utcnow()
        row = self._find(s, key, file.get("sha256"), None)
        if row is None:
            row = Received(doc_key=key, received=dt.date.fromisoformat(item["received"]), added_at=now)
            s.add(row)
        row.received = dt.date.fromisoformat(item["received"])
        row.arrival_number = item.get("arrival_number", row.arrival_number)
        _number_arrival(s, row)
        row.file_sha256, row.file_name, row.file_format = file.get("sha256"), file.get("name"), file.get("format")
        row.symbol, row.issuer, row.date = record.number.symbol, record.issuer.name, record.date
        row.document_type, row.subject = record.document_type, record.subject
        row.record = record.model_dump(mode="json")
        row.parsed = parsed.model_dump(mode="json") if parsed is not None else None
        row.corrected_by, row.updated_by, row.updated_at = item.get("corrected_by"), item.get("updated_by"), now
        s.flush()
        if content is not None:
            s.merge(Original(directive_id=row.id, content=content))
        known_ids = {d.id for d in row.duties}
        self._sync_duties(s, row, record, item.get("updated_by"), now)
        restored = 0
        exported = {d["key"]: d for d in item.get("duties", [])}
        for duty in row.duties:
            saved = exported.get(duty.key)
            if saved is None:
                continue
            if duty.id not in known_ids:  # new here: its history is the exported one, not "received now"
                duty.changes.clear()
            known = {(c.status, _as_utc(c.at)) for c in duty.changes}
            for change in saved.get("changes", []):
                at = dt.datetime.fromisoformat(change["at"])
                if (change["status"], at) not in known:
                    duty.changes.append(StatusChange(status=change["status"], by=change.get("by"), at=at, note=change.get("note")))
            if saved["status"] in STATUSES:
                duty.status, duty.status_by = saved["status"], saved.get("status_by")
                duty.status_at = dt.datetime.fromisoformat(saved["status_at"]) if saved.get("status_at") else now
            duty.uid = saved.get("uid") or duty.uid
            restored += 1
        return restored


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a calendar year (the span of one run of arrival numbers)."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _number_arrival(s: Session, row: Received) -> None:
    """Give a directive its Số đến: the next number of its year of arrival, unless it holds a free one.

    NĐ 30/2020 Phụ lục IV numbers incoming documents from 01 on 1 January to 31 December, so a
    directive whose day of arrival moves to another year is numbered again in that year, and a
    number already taken in the year (an import over a register in use) is replaced by the next.
    """
    first, last = _year_bounds(row.received.year)
    old_days = inspect(row).attrs.received.history.deleted
    moved = any(isinstance(day, dt.date) and day.year != row.received.year for day in old_days)
    in_year: list[ColumnElement[bool]] = [Received.received.between(first, last)]
    if row.id is not None:
        in_year.append(Received.id != row.id)
    with s.no_autoflush:
        if row.arrival_number is not None and not moved:
            taken = s.scalar(select(Received.id).where(*in_year, Received.arrival_number == row.arrival_number))
            if taken is None:
                return
        highest = s.scalar(select(func.max(Received.arrival_number)).where(*in_year))
    row.arrival_number = (highest or 0) + 1


def _uid(doc_key: str, key: str, now: dt.datetime) -> str:
    """A duty's calendar UID: fixed when the duty is first received, kept when its date moves."""
    raw = f"{doc_key}\x1f{key}\x1f{now.isoformat()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32] + "@" + UID_DOMAIN


def _unit(row: Profile | None) -> Unit | None:
    if row is None:
        return None
    return Unit(row.name, row.level, row.system, tuple(row.aliases.splitlines()) if row.aliases else ())


def _duty_view(duty: Duty, document: str, today: dt.date | None = None) -> DutyView:
    due = duty.due_date
    if due is not None and today is not None:
        due = next_occurrence(due, duty.recurrence, today)
    return DutyView(
        duty.id, duty.directive_id, document, duty.action, duty.responsible, duty.deliver_to, duty.due_text, due,
        duty.recurrence, duty.ours, duty.status, duty.status_by, _as_utc(duty.status_at), duty.uid,
    )


def _change_dict(change: StatusChange) -> dict[str, Any]:
    at = _as_utc(change.at)
    return {"status": change.status, "by": change.by, "at": at.isoformat() if at else None, "note": change.note}


__all__ = ["AddResult", "DirectiveParserError", "DirectiveView", "DutyView", "Register"]
