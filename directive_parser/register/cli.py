"""The ``register`` and ``calendar`` commands: thin Typer wrappers over ``Register`` and ``calendar``.

Both take ``--db URL`` (else ``DIRECTIVE_PARSER_DB``, else the SQLite file in the user's data
folder). Every failure is one line on stderr with its exit code (``errors.EXIT_*``: 1 for bad
input or an unknown ID, 2 for a wrong command line, 5 when the database is locked or
unreachable); a failed command changes nothing in the register.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import EXIT_USAGE, DirectiveParserError

if TYPE_CHECKING:
    from .store import DutyView, Register

register_app = typer.Typer(
    help="The register of received directives (sổ văn bản đến): add, list, what is due, mark done, back up.",
    no_args_is_help=True,
)
calendar_app = typer.Typer(
    help="Our open duties in a calendar: an ICS file, or pushed to a CalDAV server.",
    no_args_is_help=True,
)

DEFAULT_WITHIN_DAYS = 30
"""``register due`` shows a month ahead unless told: what a clerk plans a week's work from."""

STATUS_LABELS = {"open": "chưa xong", "done": "đã xong", "not_ours": "không phải của đơn vị", "withdrawn": "đã bỏ"}
"""How a status is shown in the terminal (the JSON keeps the English names)."""

DbOption = Annotated[
    str | None,
    typer.Option("--db", metavar="URL", help="The register's database: sqlite:///FILE, postgresql://USER@HOST/DB or a file path (default: DIRECTIVE_PARSER_DB, else a file in your data folder)."),
]


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """Turn the package's errors into one line on stderr and their exit code."""
    from ..cli import fail

    try:
        yield
    except DirectiveParserError as exc:
        raise fail(exc.message, exc.exit_code) from exc


def _open(ctx: typer.Context, db: str | None = None) -> Register:
    """The register named by the command's ``--db``, else the group's, else the environment's."""
    from .store import Register

    return Register(db or ctx.obj)


def _who(by: str | None) -> str:
    """Who makes a change: ``--by``, else the login name."""
    if by:
        return by
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _day(value: str | None, option: str) -> dt.date | None:
    """A date option: ISO ``2023-07-10`` or ``10/07/2023`` (a usage error otherwise)."""
    from ..cli import _received_date

    return None if value is None else _received_date(value, option)


def _vn(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


@register_app.callback()
@calendar_app.callback()
def _database(ctx: typer.Context, db: DbOption = None) -> None:
    """Choose the register's database."""
    ctx.obj = db


@register_app.command()
def profile(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Option("--name", help="The unit's name as printed: 'Huyện ủy Tân Yên'.")] = None,
    level: Annotated[str | None, typer.Option("--level", help="central, province, district or commune (read from the name when not given).")] = None,
    system: Annotated[str | None, typer.Option("--system", help="party, state or other (read from the name when not given).")] = None,
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name the unit goes by (repeatable).")] = None,
    db: DbOption = None,
) -> None:
    """Show or set who we are: the unit whose duties the register tracks."""
    from ..cli import fail
    from .units import LEVELS, SYSTEMS, infer_unit

    if level is not None and level not in LEVELS:
        raise fail(f"--level {level!r}: choose one of {', '.join(LEVELS)}", EXIT_USAGE)
    if system is not None and system not in SYSTEMS:
        raise fail(f"--system {system!r}: choose one of {', '.join(SYSTEMS)}", EXIT_USAGE)
    with _errors():
        register = _open(ctx, db)
        if name is None:
            if level or system or alias:
                raise fail("give --name with --level, --system or --alias", EXIT_USAGE)
            unit = register.profile()
            if unit is None:
                typer.echo("no profile: every duty counts as ours. Set one with: register profile --name 'Huyện ủy Tân Yên'")
                return
            typer.echo(f"{unit.name} (level: {unit.level or '?'}, system: {unit.system or '?'})")
            for other in unit.aliases:
                typer.echo(f"  also: {other}")
            return
        unit = infer_unit(name.strip(), level, system)
        changed = register.set_profile(unit.name, unit.level, unit.system, alias or [])
        typer.echo(f"we are {unit.name} (level: {unit.level or '?'}, system: {unit.system or '?'}); {changed} duties re-read")


@register_app.command()
def add(
    ctx: typer.Context,
    inputs: Annotated[list[Path], typer.Argument(metavar="INPUT...", help="Directive files (text, DOCX, PDF, image).")],
    received: Annotated[str | None, typer.Option("--received", metavar="DATE", help="Day received (default: today for a new directive; unchanged for one already there).")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who received it (default: your login name).")] = None,
    db: DbOption = None,
) -> None:
    """Receive directives: add each to the register, or update it when it is already there."""
    day = _day(received, "--received")
    failed = 0
    code = 0
    with _errors():
        register = _open(ctx, db)
    for path in inputs:
        try:
            result = register.add_file(path, received=day, by=_who(by))
        except DirectiveParserError as exc:
            typer.echo(f"directive-parser: {exc.message}", err=True)
            failed += 1
            code = exc.exit_code
            continue
        verb = "added" if result.created else "updated"
        extra = f", {result.kept} kept" if not result.created else ""
        extra += f", {result.withdrawn} withdrawn" if result.withdrawn else ""
        typer.echo(
            f"{verb} #{result.directive_id} {path.name}: {result.total} duties, {result.ours} ours"
            f" ({result.added} new{extra})"
        )
    if failed:
        raise typer.Exit(code)


@register_app.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option("--status", help="Only directives with a duty of ours in this status: open, done, not_ours.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    db: DbOption = None,
) -> None:
    """List the received directives, newest received first, with our duties' counts."""
    with _errors():
        rows = _open(ctx, db).directives(status)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row.to_dict(), ensure_ascii=False))
        return
    if not rows:
        typer.echo("the register is empty" if status is None else f"no directive with a duty {status}")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("ID", "Nhận ngày", "Văn bản", "Cơ quan ban hành", "Trích yếu", "Chưa xong", "Đã xong", "Hạn gần nhất")
    for row in rows:
        subject = (row.subject or "")[:60] + ("…" if row.subject and len(row.subject) > 60 else "")
        table.add_row(
            str(row.id), _vn(row.received), row.document + (" (đã sửa)" if row.corrected else ""),
            row.issuer or "", subject, str(row.open), str(row.done), _vn(row.next_due),
        )
    Console().print(table)


def _print_duties(views: list[DutyView], today: dt.date) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("ID", "Hạn", "", "Việc", "Đơn vị thực hiện", "Văn bản", "Trạng thái")
    for view in views:
        mark = "QUÁ HẠN" if view.overdue(today) else ("định kỳ" if view.recurrence else "")
        action = view.action[:80] + ("…" if len(view.action) > 80 else "")
        table.add_row(
            str(view.id), _vn(view.due) if view.due else (view.due_text or "—"), mark, action,
            view.responsible or "(các nơi nhận)", view.document, STATUS_LABELS.get(view.status, view.status),
        )
    Console().print(table)


@register_app.command()
def due(
    ctx: typer.Context,
    within: Annotated[int, typer.Option("--within", min=0, metavar="DAYS", help="Show what is due within this many days (overdue duties always show).")] = DEFAULT_WITHIN_DAYS,
    today: Annotated[str | None, typer.Option("--today", metavar="DATE", help="Count from this day instead of today.")] = None,
    undated: Annotated[bool, typer.Option("--undated", help="Also list open duties without a due day, last.")] = False,
    all_units: Annotated[bool, typer.Option("--all-units", help="Also duties that fall on other units.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    db: DbOption = None,
) -> None:
    """What is due across all directives, soonest first; overdue duties are marked."""
    day = _day(today, "--today") or dt.date.today()
    with _errors():
        views = _open(ctx, db).duties(today=day, within=within, ours_only=not all_units, undated=undated)
    if as_json:
        for view in views:
            typer.echo(json.dumps(view.to_dict(day), ensure_ascii=False))
        return
    if not views:
        typer.echo(f"nothing due by {_vn(day + dt.timedelta(days=within))}")
        return
    _print_duties(views, day)


@register_app.command()
def show(
    ctx: typer.Context,
    directive_id: Annotated[int, typer.Argument(metavar="ID", help="The directive's ID (register list).")],
    db: DbOption = None,
) -> None:
    """Show one directive and all its duties, ours or not, with their status."""
    with _errors():
        _record, view, duties = _open(ctx, db).record(directive_id)
    typer.echo(f"#{view.id} {view.document} — {view.issuer or ''} — nhận ngày {_vn(view.received)}")
    if view.subject:
        typer.echo(f"V/v {view.subject}")
    _print_duties(duties, dt.date.today())


@register_app.command("cascade")
def cascade_(
    ctx: typer.Context,
    directive_id: Annotated[int, typer.Argument(metavar="ID", help="The directive's ID (register list).")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="DRAFT.docx or DRAFT.md (Markdown on stdout without it).")] = None,
    unit: Annotated[str | None, typer.Option("--as", metavar="UNIT", help="The drafting unit (default: the register's profile).")] = None,
    to: Annotated[list[str] | None, typer.Option("--to", metavar="UNITS", help="Its downstream units (repeat for several lines).")] = None,
    lead_days: Annotated[int, typer.Option("--lead-days", metavar="N", help="Internal deadlines N working days before the upstream ones.")] = 3,
    doc_type: Annotated[str, typer.Option("--type", metavar="cong-van|ke-hoach", help="The kind of document to draft.")] = "cong-van",
    parent: Annotated[str | None, typer.Option("--parent", metavar="BODY", help="The superior body printed above the unit.")] = None,
    db: DbOption = None,
) -> None:
    """Draft the implementing document from a directive of the register (its corrected record)."""
    from ..cli import write_output
    from ..render import cascade as cascade_render

    suffix = output.suffix.lower() if output is not None and str(output) != "-" else ".md"
    if suffix not in (".docx", ".md", ".markdown"):
        raise typer.Exit(_usage(f"{output}: name the draft .docx (Word) or .md (Markdown)"))
    with _errors():
        reg = _open(ctx, db)
        ours = reg.profile()
        name = unit or (ours.name if ours is not None else None)
        if not name:
            raise typer.Exit(_usage("no drafting unit: give --as UNIT or set the register's profile first"))
        cascade_render.check_options(name, lead_days, doc_type)
        record, _view, _duties = reg.record(directive_id)
        draft = cascade_render.draft(record, name, to=to, lead_days=lead_days, doc_type=doc_type, parent=parent)
    for warning in draft.warnings:
        typer.echo(f"directive-parser: note: {warning}", err=True)
    write_output(cascade_render.render(draft, "docx" if suffix == ".docx" else "md"), output, [])


def _usage(message: str) -> int:
    typer.echo(f"directive-parser: {message}", err=True)
    return EXIT_USAGE


def _set(ctx: typer.Context, db: str | None, ids: list[int], status: str, by: str | None, note: str | None) -> None:
    with _errors():
        views = _open(ctx, db).set_status(ids, status, _who(by), note)
    for view in views:
        typer.echo(f"#{view.id} {STATUS_LABELS[view.status]}: {view.action[:80]} ({view.document})")


IdsArgument = Annotated[list[int], typer.Argument(metavar="ID...", help="Duty IDs, as 'register due' shows them.")]
ByOption = Annotated[str | None, typer.Option("--by", help="Who (default: your login name).")]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why, in a few words.")]


@register_app.command()
def done(ctx: typer.Context, ids: IdsArgument, by: ByOption = None, note: NoteOption = None, db: DbOption = None) -> None:
    """Mark duties done (their calendar events go at the next push)."""
    _set(ctx, db, ids, "done", by, note)


@register_app.command()
def reopen(ctx: typer.Context, ids: IdsArgument, by: ByOption = None, note: NoteOption = None, db: DbOption = None) -> None:
    """Mark duties open again."""
    _set(ctx, db, ids, "open", by, note)


@register_app.command("not-ours")
def not_ours(ctx: typer.Context, ids: IdsArgument, by: ByOption = None, note: NoteOption = None, db: DbOption = None) -> None:
    """Mark duties as not our unit's."""
    _set(ctx, db, ids, "not_ours", by, note)


@register_app.command()
def book(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="SO-DEN.xlsx (Excel) or SO-DEN.docx (Word).")],
    year: Annotated[int | None, typer.Option("--year", metavar="YYYY", help="The year of arrival (default: this year).")] = None,
    db: DbOption = None,
) -> None:
    """Write the year's sổ đăng ký and sổ theo dõi giải quyết văn bản đến (NĐ 30/2020 Phụ lục IV)."""
    from ..cli import fail, write_output
    from .books import book as make_book
    from .books import today_year

    kind = output.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "docx"):
        raise fail(f"{output}: name the book .xlsx (Excel) or .docx (Word)", EXIT_USAGE)
    chosen = year if year is not None else today_year()
    if not 1900 <= chosen <= 9999:
        raise fail(f"--year {chosen}: not a year", EXIT_USAGE)
    with _errors():
        data = make_book(_open(ctx, db), chosen, kind)
    write_output(data, output)


@register_app.command()
def arrival(
    ctx: typer.Context,
    directive_id: Annotated[int, typer.Argument(metavar="ID", help="The directive's ID (register list).")],
    number: Annotated[int | None, typer.Option("--number", metavar="N", help="The Số đến stamped on the paper.")] = None,
    received: Annotated[str | None, typer.Option("--received", metavar="DATE", help="The day of arrival (a new year renumbers it).")] = None,
    db: DbOption = None,
) -> None:
    """Show or correct a directive's arrival data: its Số đến (numbered per year) and day of arrival."""
    day = _day(received, "--received")
    with _errors():
        register = _open(ctx, db)
        if number is None and day is None:
            view = register.record(directive_id)[1]
        else:
            view = register.set_arrival(directive_id, number, day)
    typer.echo(f"#{view.id} {view.document}: số đến {view.arrival_number}, ngày đến {_vn(view.received)}")


@register_app.command("export")
def export_(
    ctx: typer.Context,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    originals: Annotated[bool, typer.Option("--originals/--no-originals", help="Include the source files (base64).")] = True,
    db: DbOption = None,
) -> None:
    """Back up the register as JSON Lines (profile, records, files, statuses and their history)."""
    from ..cli import write_output

    with _errors():
        data = "".join(line + "\n" for line in _open(ctx, db).export_lines(originals))
    write_output(data, output)


@register_app.command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(metavar="FILE", help="A file written by 'register export' ('-' for stdin).")],
    db: DbOption = None,
) -> None:
    """Restore an export: directives received again, statuses and history kept (all or nothing)."""
    from ..cli import fail

    try:
        text = sys.stdin.read() if str(source) == "-" else source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"{source}: cannot read ({getattr(exc, 'strerror', None) or exc})") from exc
    with _errors():
        count, restored = _open(ctx, db).import_lines(text.splitlines(), str(source))
    typer.echo(f"imported {count} directives, {restored} duty statuses")


@calendar_app.command("export")
def calendar_export(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="The .ics file to write ('-' for stdout).")],
    db: DbOption = None,
) -> None:
    """Write all our open dated duties as one calendar (ICS)."""
    from ..cli import write_output
    from .calendar import feed

    with _errors():
        data = feed(_open(ctx, db))
    write_output(data, output)
    if "BEGIN:VEVENT" not in data:
        typer.echo("directive-parser: note: no open dated duty of ours; the calendar has no events", err=True)


@calendar_app.command()
def push(
    ctx: typer.Context,
    url: Annotated[str, typer.Option("--url", help="The CalDAV calendar's address.")],
    user: Annotated[str | None, typer.Option("--user", help="User name on the calendar server.")] = None,
    password_env: Annotated[str | None, typer.Option("--password-env", metavar="VAR", help="Environment variable that holds the password (never on the command line).")] = None,
    db: DbOption = None,
) -> None:
    """Make a CalDAV calendar hold our open duties: create, update in place, remove the done ones."""
    from ..cli import fail
    from .calendar import push as push_events

    password = None
    if password_env is not None:
        password = os.environ.get(password_env)
        if password is None:
            raise fail(f"--password-env {password_env}: that environment variable is not set", EXIT_USAGE)
    with _errors():
        result = push_events(_open(ctx, db), url, user, password)
    typer.echo(
        f"{url}: {result.created} created, {result.updated} updated, {result.removed} removed, {result.unchanged} unchanged"
    )


@calendar_app.command()
def token(
    ctx: typer.Context,
    renew: Annotated[bool, typer.Option("--renew", help="Make a new token (the old feed address stops working).")] = False,
    db: DbOption = None,
) -> None:
    """Print the feed's address path with its token: subscribe to http://HOST:PORT/calendar.ics?token=…"""
    from ..cli import fail

    with _errors():
        value = _open(ctx, db).feed_token(renew)
    if value is None:
        raise fail("set the profile first (register profile --name …): the token is kept with it")
    typer.echo(f"/calendar.ics?token={value}")
