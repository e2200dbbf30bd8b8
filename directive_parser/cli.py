"""The command-line interface: thin Typer commands over importable functions.

Every command turns a ``DirectiveParserError`` into one line on stderr and its exit code
(``errors.EXIT_*``); no traceback reaches the user. Input files are only ever read; output
files are written atomically and never over an input.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import EXIT_INPUT, EXIT_USAGE, DirectiveParserError

app = typer.Typer(
    name="directive-parser",
    help="Read Vietnamese directives (công văn, kế hoạch, hướng dẫn, thông báo …) into structured records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = EXIT_INPUT) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise.

    Args:
        message: what went wrong and what to do, in one line.
        code: the exit status (``errors.EXIT_*``).

    Returns:
        The ``typer.Exit`` for the caller to raise.
    """
    typer.echo(f"directive-parser: {message}", err=True)
    return typer.Exit(code)


def write_output(data: str | bytes, out: Path | None, inputs: list[str] | None = None) -> None:
    """Write to ``out`` (or stdout); refuse to overwrite an input file or a special file.

    A new file gets the permissions the user's umask allows; an existing regular file keeps its
    mode, and is replaced atomically, except when it has other hard links: then it is rewritten
    in place so that every link sees the new content. ``-o /dev/stdout`` is standard output.

    Args:
        data: the rendered output.
        out: the file to write, or None / ``-`` for stdout.
        inputs: the input paths, which ``out`` must not be.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if out is None or str(out) == "-" or _is_stdout(out):
        _write_stdout(payload)
        return
    target = out.resolve()
    for name in inputs or []:
        if name != "-" and Path(name).exists() and Path(name).resolve() == target:
            raise fail(f"{out}: is one of the inputs; refusing to overwrite it", EXIT_USAGE)
    if target.is_dir():
        raise fail(f"{out}: is a folder; give a file name", EXIT_USAGE)
    if not target.parent.exists():
        raise fail(f"{out.parent}: no such folder", EXIT_USAGE)
    try:
        existing = target.stat() if target.exists() else None
    except OSError as exc:
        raise fail(f"{out}: cannot write ({exc.strerror or exc})") from exc
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise fail(f"{out}: is not a regular file (a device, FIFO or socket); give a file name, or -o - for stdout", EXIT_USAGE)
    try:
        if existing is not None and existing.st_nlink > 1:
            with open(target, "r+b") as fh:  # in place: the other hard links see the new content
                fh.write(payload)
                fh.truncate()
            return
        mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
        _replace_atomically(target, payload, mode)
    except OSError as exc:
        raise fail(f"{out}: cannot write ({exc.strerror or exc})") from exc


def _replace_atomically(target: Path, payload: bytes, mode: int) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)  # gone after the rename; left only by a failure


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it: put it straight back
    os.umask(mask)
    return mask


def _is_stdout(out: Path) -> bool:
    """Whether ``out`` names this process's standard output (``/dev/stdout``, ``/proc/self/fd/1``)."""
    try:
        named, ours = os.stat(out), os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return False
    return (named.st_dev, named.st_ino) == (ours.st_dev, ours.st_ino)


def _write_stdout(payload: bytes) -> None:
    """Write to stdout; a reader that closed the pipe early is one line, not a traceback."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout again at exit: point it at /dev/null so that flush cannot fail.
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise fail("the output was closed before everything was written (broken pipe)") from None


RECEIVED_FORMATS: tuple[str, ...] = ("markdown", "ics", "routing-slip", "eoffice", "eoffice-xml")
# Formats that print the record's warnings themselves (JSON's "warnings", the checklist's "Lưu ý"); for the
# others each warning is a note on stderr, so nothing the parser could not settle goes unsaid.
NOTES_IN_OUTPUT: tuple[str, ...] = ("json", "markdown")
"""Formats that date duties counted from receipt when the user gives ``--received``."""


def _received_date(value: str, option: str = "--received") -> dt.date:
    """The day given to ``--received`` (or another date option): ISO ``2023-07-10`` or Vietnamese ``10/07/2023``."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise fail(f"{option} {value!r}: not a date; write it as YYYY-MM-DD or dd/mm/yyyy", EXIT_USAGE)


@contextlib.contextmanager
def _page_progress(name: str) -> Iterator[Callable[[int, int], None] | None]:
    """A page progress bar on stderr for a multi-page file, only when stderr is a terminal.

    Yields the callback to pass to ``parse_file`` (None when stderr is not a terminal: logs
    and pipes get no bar). The bar appears with the first page of a file of two or more pages
    and is erased when the file is read.
    """
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
        TimeRemainingColumn(), console=Console(stderr=True), transient=True,
    )
    task: list[Any] = []

    def advance(done: int, total: int) -> None:
        if total < 2:
            return
        if not task:
            bar.start()
            task.append(bar.add_task(Path(name).name, total=total))
        bar.update(task[0], completed=done)

    try:
        yield advance
    finally:
        if task:
            bar.stop()


@app.command()
def parse(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", help="Directive files (text, DOCX, PDF, image); '-' reads stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: json, markdown (checklist), ics (calendar), outline-md or outline-docx (report skeleton), routing-slip (phiếu giải quyết, .docx), eoffice or eoffice-xml (NĐ 30 Phụ lục VI metadata).")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    ocr: Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR scanned pages with Tesseract when installed.")] = True,
    received: Annotated[str | None, typer.Option("--received", metavar="DATE", help="Day the directive was received (YYYY-MM-DD or dd/mm/yyyy): dates duties counted from receipt (markdown, ics).")] = None,
    for_unit: Annotated[str | None, typer.Option("--for", metavar="UNIT", help="Keep only the duties that fall on this unit ('Huyện ủy Tân Yên').")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parse the inputs in N worker processes (output stays in input order).")] = 1,
) -> None:
    """Parse directives and print their records (one JSON object per input, in order)."""
    from . import parse_file
    from .render import BINARY_FORMATS, RENDERERS, SINGLE_RECORD_FORMATS

    if format not in RENDERERS:
        raise fail(f"unknown format {format!r}; choose one of: {', '.join(RENDERERS)}", EXIT_USAGE)
    options: dict[str, object] = {}
    if received is not None:
        if format not in RECEIVED_FORMATS:
            raise fail(f"--received applies to {', '.join(RECEIVED_FORMATS)} output, not {format}", EXIT_USAGE)
        options["received"] = _received_date(received)
    if format in SINGLE_RECORD_FORMATS and len(inputs) != 1:
        raise fail(f"--format {format} makes the report for one directive; give one input, not {len(inputs)}", EXIT_USAGE)
    if format in BINARY_FORMATS and (output is None or str(output) == "-") and sys.stdout.isatty():
        raise fail(f"--format {format} is a binary file; give -o FILE (or redirect the output)", EXIT_USAGE)
    if inputs.count("-") > 1:
        raise fail("standard input ('-') can be read only once", EXIT_USAGE)
    records = []
    parsed: list[str] = []  # the inputs that gave a record, in step with ``records``
    failed = 0
    parallel = None
    if jobs > 1 and len(inputs) > 1:
        from .batch import parse_in_parallel

        parallel = parse_in_parallel(inputs, jobs, ocr=ocr)
    for index, name in enumerate(inputs):
        try:
            if parallel is not None:
                done = parallel[index]
                if isinstance(done, DirectiveParserError):
                    raise done
                records.append(done)
                parsed.append(name)
                continue
            with _page_progress(name) as progress:
                records.append(parse_file(name, ocr=ocr, progress=progress))
            parsed.append(name)
        except DirectiveParserError as exc:
            typer.echo(f"directive-parser: {exc.message}", err=True)
            failed += 1
            code = exc.exit_code
    if records and for_unit:  # issue 16: the register's "who we are", for one parse
        from .register.units import infer_unit, only_ours

        records = [only_ours(r, infer_unit(for_unit)) for r in records]
        if format == "routing-slip":  # issue 20: the office is the proposed lead of its duties
            options["unit"] = infer_unit(for_unit).name
    if records:
        if format not in NOTES_IN_OUTPUT:  # the JSON and the checklist carry the warnings themselves
            for name, record in zip(parsed, records, strict=True):
                for warning in record.warnings:
                    typer.echo(f"directive-parser: note: {name}: {warning}", err=True)
        data = RENDERERS[format](records, **options)
        if format == "ics" and "BEGIN:VEVENT" not in data:
            typer.echo("directive-parser: note: no dated obligation found; the calendar has no events", err=True)
        if format == "ics":
            from .render.ics import left_out

            day = options.get("received")
            for note in left_out(records, day if isinstance(day, dt.date) else None):
                typer.echo(f"directive-parser: note: {note} (--received DATE)", err=True)
        write_output(data, output, inputs)
    if failed:
        raise typer.Exit(code)


@app.command()
def cascade(
    input: Annotated[str, typer.Argument(metavar="INPUT", help="The upstream directive (text, DOCX, PDF, image); '-' reads stdin.")],
    unit: Annotated[str, typer.Option("--as", metavar="UNIT", help="The drafting unit, e.g. \"Huyện ủy Tân Yên\".")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="DRAFT.docx or DRAFT.md (Markdown on stdout without it).")] = None,
    to: Annotated[list[str] | None, typer.Option("--to", metavar="UNITS", help="Its downstream units (repeat for several lines of 'Kính gửi').")] = None,
    lead_days: Annotated[int, typer.Option("--lead-days", metavar="N", help="Internal deadlines N working days before the upstream ones.")] = 3,
    doc_type: Annotated[str, typer.Option("--type", metavar="cong-van|ke-hoach", help="The kind of document to draft.")] = "cong-van",
    parent: Annotated[str | None, typer.Option("--parent", metavar="BODY", help="The superior body printed above the unit, e.g. \"Đảng bộ tỉnh Bắc Giang\".")] = None,
    ocr: Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR scanned pages with Tesseract when installed.")] = True,
) -> None:
    """Draft the implementing document (công văn or kế hoạch) that passes a directive's duties down."""
    from . import parse_file
    from .render import cascade as cascade_render

    suffix = output.suffix.lower() if output is not None and str(output) != "-" else ".md"
    if suffix not in (".docx", ".md", ".markdown"):
        raise fail(f"{output}: name the draft .docx (Word) or .md (Markdown)", EXIT_USAGE)
    try:
        cascade_render.check_options(unit, lead_days, doc_type)
        record = parse_file(input, ocr=ocr)
        draft = cascade_render.draft(record, unit, to=to, lead_days=lead_days, doc_type=doc_type, parent=parent)
    except DirectiveParserError as exc:
        raise fail(exc.message, exc.exit_code) from exc
    for warning in draft.warnings:
        typer.echo(f"directive-parser: note: {warning}", err=True)
    write_output(cascade_render.render(draft, "docx" if suffix == ".docx" else "md"), output, [input])


@app.command()
def schema(
    eoffice: Annotated[bool, typer.Option("--eoffice", help="The schema of --format eoffice (NĐ 30/2020 Phụ lục VI) instead.")] = False,
) -> None:
    """Print the JSON Schema of the record (every key required, objects closed)."""
    import json

    from .schema import record_schema

    if eoffice:  # issue 20
        from .render.eoffice import schema as eoffice_schema

        typer.echo(json.dumps(eoffice_schema(), ensure_ascii=False, indent=2))
        return
    typer.echo(json.dumps(record_schema(), ensure_ascii=False, indent=2))


@app.command()
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder: <id>.txt and files/<id>.docx|.pdf|.scan.pdf.")],
    annotations: Annotated[Path, typer.Argument(help="Gold folder: <id>.json, validated before scoring.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the full report (scores, misses) as JSON here.")] = None,
    scans: Annotated[bool, typer.Option("--scans", help="Also score scanned PDFs (OCR: slow).")] = False,
    check_floors: Annotated[bool, typer.Option("--check-floors", help="Exit 4 if a figure is below its pinned floor.")] = False,
    update_floors: Annotated[bool, typer.Option("--update-floors", help="Re-pin the floors a little below today's figures (never lower).")] = False,
    allow_regression: Annotated[bool, typer.Option("--allow-regression", help="With --update-floors: let floors go down.")] = False,
    floors: Annotated[Path, typer.Option("--floors", help="The floors file.")] = Path("tests/eval_floors.json"),
    misses: Annotated[bool, typer.Option("--misses/--no-misses", help="List, file by file, where gold and prediction disagree.")] = False,
    baseline: Annotated[bool, typer.Option("--baseline/--no-baseline", help="Score dateparser's search_dates as the deadline baseline.")] = True,
    misses_of: Annotated[str | None, typer.Argument(hidden=True, help="After --misses: dev (default), test or all.")] = None,
    show_test: Annotated[bool, typer.Option("--show-test", help="Also list the held-out test documents' misses (and changes).")] = False,
    compare: Annotated[Path | None, typer.Option("--compare", help="An earlier --json report: list what got better and worse since.")] = None,
    with_intervals: Annotated[bool, typer.Option("--intervals", help="Also print each lenient figure's 95% bootstrap interval over documents (and save them with --json).")] = False,
) -> None:
    """Score the parser against hand-written gold records, per field, dev and test, strict and lenient.

    The test documents' misses are listed only with `--misses test` (or `all`) or `--show-test`.
    """
    import json

    from . import evaluate as ev
    from .errors import EXIT_GATE

    if misses_of is not None and (not misses or misses_of not in (*ev.SPLITS, "all")):
        raise fail(f"unexpected argument {misses_of!r} (after --misses: dev, test or all)", EXIT_USAGE)
    shown = {"all": ev.SPLITS, "test": ("test",), "dev": ("dev",)}[misses_of or "dev"] if misses else ()
    if show_test:
        shown = ev.SPLITS
    if allow_regression and not update_floors:
        raise fail("--allow-regression only applies with --update-floors", EXIT_USAGE)
    if check_floors and update_floors:
        raise fail("choose one of --check-floors and --update-floors", EXIT_USAGE)
    try:
        old = ev.read_floors(floors) if check_floors or (update_floors and floors.exists()) else None
        earlier = ev.read_run(compare) if compare is not None else None
        report = ev.evaluate(corpus, annotations, scans=scans, baseline=baseline)
        ev.print_report(report, misses=shown)
        found = ev.intervals(report) if with_intervals else {}
        if with_intervals:
            ev.print_intervals(report, found)
        if earlier is not None:
            ev.print_comparison(ev.compare_runs(earlier, report.to_dict()), show_test="test" in shown)
        if json_out is not None:
            saved = report.to_dict()
            if found:
                saved["intervals"] = {key: list(pair) for key, pair in found.items()}
            write_output(json.dumps(saved, ensure_ascii=False, indent=2) + "\n", json_out)
        if update_floors:
            pinned = ev.update_floors(report, old, allow_regression)
            write_output(json.dumps(pinned, ensure_ascii=False, indent=2) + "\n", floors)
            typer.echo(f"floors pinned in {floors}", err=True)
    except DirectiveParserError as exc:
        raise fail(exc.message, exc.exit_code) from exc
    if check_floors and old is not None:
        if old.get("fingerprint") != report.fingerprint:
            typer.echo("directive-parser: note: the corpus or the annotations changed since the floors were pinned", err=True)
        try:
            below = ev.check_floors(report, old)
        except DirectiveParserError as exc:
            raise fail(exc.message, exc.exit_code) from exc
        if below:
            raise fail("below the pinned floors: " + "; ".join(below), EXIT_GATE)
        typer.echo(f"all {len(old['floors'])} floors met", err=True)


@app.command()
def benchmark(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder: *.txt and files/*.docx|.pdf.")] = Path("corpus"),
    repeat: Annotated[int, typer.Option("--repeat", min=1, max=100, help="Runs over the corpus per input kind (best is kept).")] = 3,
    jobs: Annotated[int | None, typer.Option("--jobs", min=1, help="The N of the batch figures (1, 2 and N jobs; default: the cores).")] = None,
) -> None:
    """Print speed figures (documents and pages per second, memory, time per stage); asserts nothing."""
    from .benchmark import print_benchmark, run_benchmark

    try:
        print_benchmark(run_benchmark(corpus, repeat=repeat, jobs=jobs))
    except DirectiveParserError as exc:
        raise fail(exc.message, exc.exit_code) from exc


@app.command()
def batch(
    input_dir: Annotated[Path, typer.Argument(metavar="INPUT_DIR", help="Folder of directives; every file under it is read, its format told from its content.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The JSON Lines file: one line per file, sorted by path.")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (or Dask workers of a local cluster).")] = 1,
    engine: Annotated[str, typer.Option("--engine", help="local (worker processes) or dask (a Dask distributed cluster).")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: start a local cluster).")] = None,
    shared_files: Annotated[bool, typer.Option("--shared-files", help="With --engine dask: workers read the files from the same path (a shared folder) instead of receiving their bytes.")] = False,
    ocr: Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR scanned pages with Tesseract when installed.")] = True,
    register: Annotated[bool, typer.Option("--register", help="Also receive every directive into the register of received directives.")] = False,
    db: Annotated[str | None, typer.Option("--db", metavar="URL", help="With --register: the register's database (default: DIRECTIVE_PARSER_DB, else the default file).")] = None,
) -> None:
    """Parse a folder into JSON Lines, in parallel; a re-run skips the files already done."""
    from .batch import ENGINES, register_output, run_batch, terminal_progress

    if db is not None and not register:
        raise fail("--db applies with --register only", EXIT_USAGE)

    if engine not in ENGINES:
        raise fail(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}", EXIT_USAGE)
    if engine != "dask" and (scheduler is not None or shared_files):
        raise fail("--scheduler and --shared-files apply to --engine dask only", EXIT_USAGE)
    try:
        with terminal_progress() as progress:
            summary = run_batch(input_dir, output, jobs=jobs, engine=engine, scheduler=scheduler, shared_files=shared_files, ocr=ocr, progress=progress)
    except DirectiveParserError as exc:
        raise fail(exc.message, exc.exit_code) from exc
    except KeyboardInterrupt:
        raise fail(f"interrupted; the files done are kept, run the same command again to resume ({output})", 130) from None
    for message in summary.error_lines:
        typer.echo(f"directive-parser: {message}", err=True)
    typer.echo(f"directive-parser: {output}: {summary.describe()}", err=True)
    failed = summary.errors
    if register:
        try:
            counts = register_output(input_dir, output, db)
        except DirectiveParserError as exc:
            raise fail(exc.message, exc.exit_code) from exc
        for message in counts.failed:
            typer.echo(f"directive-parser: {message}", err=True)
        typer.echo(f"directive-parser: {counts.describe()}", err=True)
        failed += len(counts.failed)
    if failed:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web page (paste or upload a directive) and the HTTP API; open http://HOST:PORT/."""
    import socket

    import uvicorn

    from .web import create_app

    try:  # say plainly when the port is taken, instead of uvicorn's log line
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})", EXIT_USAGE) from exc
    typer.echo(f"directive-parser: serving on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")


from .register.cli import calendar_app, register_app  # noqa: E402  (issue 16: sub-apps)

app.add_typer(register_app, name="register")
app.add_typer(calendar_app, name="calendar")

from .train_cli import train_app  # noqa: E402  (issue 17: trained models)

app.add_typer(train_app, name="train")


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except DirectiveParserError as exc:  # a command that let one through
        typer.echo(f"directive-parser: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("directive-parser: interrupted", err=True)
        sys.exit(130)
