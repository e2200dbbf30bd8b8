"""A folder of directives into one JSON Lines file: in parallel, resumable, locally or on Dask.

``run_batch(input_dir, output)`` parses every file under a folder (its format told from its
content, never from its name) and writes one JSON line per file, sorted by the file's path
relative to the folder, whatever order the workers finish in::

    {"path": "2023/cv-1092.pdf", "sha256": "…", "parser": "0.1.0+…", "status": "ok",
     "exit_code": 0, "error": null, "record": {…}}

``status`` is ``ok``, ``not-directive`` (the file was read but no part of a directive was found:
the record is there, with its warning) or ``error`` (the file could not be read; ``error`` holds
the one-line message, ``exit_code`` what ``parse`` would exit with, or ``WORKER_FAILED``, and
``record`` is null). A bad file never stops the batch.

Work runs in ``jobs`` worker processes (``concurrent.futures``), or on a Dask distributed
cluster (``engine="dask"``: a ``LocalCluster`` of ``jobs`` workers, or the scheduler at
``scheduler``). Local worker processes read each file from its path and check it against the
digest read here; Dask workers receive each file's bytes, or with ``shared_files`` read it
themselves from a path every worker sees. The output is the same, byte for byte, whatever the engine and
the number of jobs.

Resume. Every finished line is appended at once to a journal beside the output
(``OUT.jsonl.partial``); the output itself is written atomically when the batch ends and the
journal is removed. A re-run of the same command reads the output and the journal and skips
every file whose content (SHA-256) was already parsed by this parser version
(``parser_version()``, which changes with any change to the package's code or data), so an
interrupted batch does only the files it had not finished, and a file copied or renamed is not
parsed again. Errors that depend on the machine rather than on the file (a missing Tesseract, a
crashed worker) are not reused: those files are tried again. Lines stay on disk (``LineStore``):
memory holds their offsets, so an archive of 100,000 files does not hold 100,000 records.

``parse_in_parallel`` is the same worker for ``parse --jobs N`` over a list of inputs.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import multiprocessing
import os
import resource
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import EXIT_INPUT, DirectiveParserError, InputError
from .record import Directive

ENGINES: tuple[str, ...] = ("local", "dask")
"""Where the workers run: local processes, or a Dask distributed cluster."""

JOURNAL_SUFFIX = ".partial"
"""The journal of finished lines sits beside the output, named ``OUT`` + this suffix."""

IN_FLIGHT_PER_JOB = 2
"""Files handed out per worker at a time: one being parsed and one waiting, so a worker never
idles between files, while the bytes held in memory stay bounded on a 100,000-file archive."""

WORKER_FAILED = -1
"""The ``exit_code`` of a line whose worker died or hit a bug: the machine's failure, not the
file's, so a re-run tries the file again (as for a missing Tesseract, exit code 3)."""

WORKER_WAIT_S = 60
"""How long a batch waits for a first worker to join a Dask scheduler before it says so."""

HASH_CHUNK_BYTES = 1 << 20
"""Files are read and hashed in chunks of this size (a 1 MiB buffer)."""

Status = Literal["ok", "not-directive", "error"]
Progress = Callable[["BatchProgress"], None]


# ---------------------------------------------------------------------------------------------
# The parser's identity: which code produced a line
# ---------------------------------------------------------------------------------------------


@functools.cache
def parser_version() -> str:
    """The package version and a digest of its code and data, e.g. ``0.1.0+3f2a9c1d04be``.

    A line is reused on resume only when it was made by the same version: any edit to a module
    or a vocabulary file changes the digest, so results are never stale.

    Returns:
        ``<__version__>+<12 hex digits>``.
    """
    from . import __version__

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


# ---------------------------------------------------------------------------------------------
# One file in a worker
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """One file to parse, as handed to a worker.

    Attributes:
        name: the name the record and messages carry (the path relative to the batch folder).
        sha256: the content's digest, as the parent read it.
        data: the file's bytes, or None when the worker reads ``path`` itself.
        path: an absolute path every worker can read (used when ``data`` is None).
        ocr: read scanned pages with Tesseract.
    """

    name: str
    sha256: str
    data: bytes | None = None
    path: str | None = None
    ocr: bool = True


@dataclass
class Outcome:
    """What a worker sends back for one file.

    Attributes:
        status: ``ok``, ``not-directive`` or ``error``.
        record: the record as JSON data (``render.json.to_dict``), None on error.
        error: the one-line message, None unless ``status`` is ``error``.
        exit_code: the error's exit code (``errors.EXIT_*``), 0 when parsed.
        pages: the document's page count (None for unpaged input or on error).
        seconds: the worker's time on this file.
        worker: the worker's process id.
        maxrss_bytes: the worker process's peak resident memory so far.
        parser: the worker's ``parser_version()`` (a cluster's workers may run other code).
    """

    status: Status
    record: dict[str, Any] | None = None
    error: str | None = None
    exit_code: int = 0
    pages: int | None = None
    seconds: float = 0.0
    worker: int = 0
    maxrss_bytes: int = 0
    parser: str = ""



def _peak_rss_bytes() -> int:
    """This process's peak resident memory (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops the batch and keeps the journal."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes started from a fork server, not forked from here.

    Forking this process copies whatever its other threads held at that instant (a BLAS
    thread pool started by an earlier import, a library's lock): a forked worker could wait
    for ever on a lock no thread will release, and the batch with it (a CI run once hung in
    the first batch test with two jobs). The fork server is a clean process started once; it
    imports the parser and loads its vocabularies and patterns before it forks the workers,
    so each worker starts ready.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["directive_parser.batch_preload"])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init)


def parse_task(task: Task) -> Outcome:
    """Parse one file in a worker process (local or on a Dask worker).

    Never raises for a bad file: its message comes back in the outcome. An unexpected
    exception (a bug) also comes back as an error outcome, with exit code 1 kept off so the
    file is tried again after the bug is fixed.

    Args:
        task: the file.

    Returns:
        The outcome, with the worker's id and peak memory.
    """
    from . import parse_bytes
    from .pipeline import _found_anything
    from .render.json import to_dict

    clock = time.perf_counter()
    try:
        data = task.data if task.data is not None else _read_shared(task)
        record = parse_bytes(data, task.name, ocr=task.ocr)
        pages = record.source.get("pages")
        outcome = Outcome(
            status="ok" if _found_anything(record) else "not-directive",
            record=to_dict(record),
            pages=pages if isinstance(pages, int) else None,
        )
    except DirectiveParserError as exc:
        outcome = Outcome(status="error", error=exc.message, exit_code=exc.exit_code)
    except Exception as exc:  # a bug must not stop the batch; the file is retried on re-run
        outcome = Outcome(status="error", error=f"{task.name}: internal error ({type(exc).__name__}: {exc})", exit_code=WORKER_FAILED)
    outcome.seconds = time.perf_counter() - clock
    outcome.worker = os.getpid()
    outcome.maxrss_bytes = _peak_rss_bytes()
    outcome.parser = parser_version()
    return outcome


def _read_shared(task: Task) -> bytes:
    """The bytes of a task's shared path, checked against the digest the parent read."""
    assert task.path is not None
    try:
        data = Path(task.path).read_bytes()
    except OSError as exc:
        raise InputError(f"{task.name}: cannot be read on this worker ({exc.strerror or exc})") from exc
    if hashlib.sha256(data).hexdigest() != task.sha256:
        raise InputError(f"{task.name}: changed while the batch ran, or differs on this worker")
    return data


# ---------------------------------------------------------------------------------------------
# Engines: hand out tasks, yield outcomes as they finish
# ---------------------------------------------------------------------------------------------


def _run_in_process(tasks: Iterator[Task]) -> Iterator[tuple[Task, Outcome]]:
    """One job: parse in this process (no pool to start, no bytes to copy)."""
    for task in tasks:
        yield task, parse_task(task)


def _run_local(tasks: Iterator[Task], jobs: int) -> Iterator[tuple[Task, Outcome]]:
    """``jobs`` worker processes, at most ``IN_FLIGHT_PER_JOB`` files each in flight."""
    if jobs == 1:
        yield from _run_in_process(tasks)
        return
    pool = _worker_pool(jobs)
    running: dict[Future[Outcome], Task] = {}

    def submit(task: Task) -> Future[Outcome]:
        return pool.submit(parse_task, task)

    try:
        _refill(tasks, running, jobs, submit)
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    broken = True
                    continue
                yield running.pop(future), outcome
            if broken:
                # A worker died (killed, out of memory, a crash in a native library) and every
                # file in flight was lost with it. Each is parsed again alone, so only the file
                # that kills its worker is reported (and tried again on the next run).
                suspects = list(running.values())
                running.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                for task in suspects:
                    yield task, _parse_alone(task)
                pool = _worker_pool(jobs)
            _refill(tasks, running, jobs, submit)
    except BaseException:  # Ctrl-C or the caller stopped: do not wait for files in flight
        for process in list((pool._processes or {}).values()):
            process.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _parse_alone(task: Task) -> Outcome:
    """Parse one file in a worker process of its own; its death is that file's error."""
    with _worker_pool(1) as solo:
        try:
            return solo.submit(parse_task, task).result()
        except BrokenProcessPool:
            return Outcome(status="error", error=f"{task.name}: the worker parsing it died (out of memory, or a crash)", exit_code=WORKER_FAILED)


def _refill(tasks: Iterator[Task], running: dict[Any, Task], width: int, submit: Callable[[Task], Any]) -> None:
    """Submit tasks until ``width * IN_FLIGHT_PER_JOB`` are in flight or none are left."""
    while len(running) < width * IN_FLIGHT_PER_JOB:
        task = next(tasks, None)
        if task is None:
            return
        running[submit(task)] = task


def _run_dask(tasks: Iterator[Task], jobs: int, scheduler: str | None) -> Iterator[tuple[Task, Outcome]]:
    """The same tasks on a Dask distributed cluster: the scheduler at ``scheduler``, or a
    ``LocalCluster`` of ``jobs`` single-threaded worker processes started for this batch."""
    import importlib
    import logging

    try:  # typed as Any: distributed ships no type information
        distributed: Any = importlib.import_module("distributed")
    except ImportError as exc:
        raise InputError("--engine dask needs the distributed package: pip install 'directive-parser[dask]'") from exc
    Client, LocalCluster, as_completed = distributed.Client, distributed.LocalCluster, distributed.as_completed

    with contextlib.ExitStack() as stack:
        # Their chatter is not the user's business: a lost worker comes back as the file's error
        # line, and on Ctrl-C distributed logs the tasks it cancels (tornado, a traceback).
        for name in ("distributed", "tornado"):
            logger = logging.getLogger(name)
            stack.callback(logger.setLevel, logger.level)
            logger.setLevel(logging.CRITICAL)
        if scheduler is None:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.CRITICAL
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(scheduler, timeout="10s"))
            except (OSError, TimeoutError) as exc:
                raise InputError(f"--scheduler {scheduler}: cannot reach a Dask scheduler there ({exc})") from exc
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT_S)
            except TimeoutError as exc:
                raise InputError(f"--scheduler {scheduler}: no Dask worker joined it within {WORKER_WAIT_S} s; start some with 'dask worker {scheduler}'") from exc
        width = max(jobs, sum(client.nthreads().values()))
        running: dict[Any, Task] = {}
        flow = as_completed()

        def submit(task: Task) -> Any:
            future = client.submit(parse_task, task, pure=False, key=f"parse-{task.sha256[:16]}-{task.name}")
            flow.add(future)
            return future

        _refill(tasks, running, width, submit)
        for future in flow:
            task = running.pop(future)
            try:
                outcome = future.result()
            except Exception as exc:  # the worker was lost; retried on the next run
                outcome = Outcome(status="error", error=f"{task.name}: the Dask worker failed ({type(exc).__name__})", exit_code=WORKER_FAILED)
            yield task, outcome
            _refill(tasks, running, width, submit)


# ---------------------------------------------------------------------------------------------
# The batch: discover, resume, run, write in order
# ---------------------------------------------------------------------------------------------


@dataclass
class BatchProgress:
    """Where a batch stands, passed to the progress callback after every file.

    Attributes:
        total: files in the folder.
        done: files finished so far (parsed now or reused from an earlier run).
        reused: of ``done``, files skipped because an earlier run had done them.
        pages: pages parsed so far in this run (paged input only).
        parsed: files parsed in this run.
        seconds: time since the batch started.
    """

    total: int
    done: int = 0
    reused: int = 0
    pages: int = 0
    parsed: int = 0
    seconds: float = 0.0


@dataclass
class BatchSummary:
    """What a batch did.

    Attributes:
        files: files in the folder, each with one line in the output.
        reused: files an earlier run had done (same content, same parser version).
        parsed: files parsed in this run.
        copies: files with the same content as another file of this run, parsed once for both.
        ok, not_directive, errors: lines by status, over the whole output.
        pages: pages parsed in this run.
        seconds: wall time of the run.
        worker_peak_bytes: peak resident memory of each worker process, by process id.
        error_lines: the ``error`` message of every error line, in output order.
        other_parser: files parsed by workers whose parser version is not this one (a cluster
            with other code installed); their lines are not reused by a re-run from here.
    """

    files: int = 0
    reused: int = 0
    parsed: int = 0
    copies: int = 0
    ok: int = 0
    not_directive: int = 0
    errors: int = 0
    pages: int = 0
    seconds: float = 0.0
    worker_peak_bytes: dict[int, int] = field(default_factory=dict)
    error_lines: list[str] = field(default_factory=list)
    other_parser: int = 0

    def describe(self) -> str:
        """One line for the end of a run, e.g. ``70 files: 34 parsed, 1 copies, 35 already done; …``."""
        rate = f", {self.parsed / self.seconds:.1f} files/s" if self.parsed and self.seconds else ""
        other = f"; {self.other_parser} parsed by workers with another parser version" if self.other_parser else ""
        return (
            f"{self.files} files: {self.parsed} parsed, {self.copies} copies, {self.reused} already done; {self.ok} ok, "
            f"{self.not_directive} not a directive, {self.errors} errors; {self.seconds:.1f} s{rate}{other}"
        )


def journal_path(output: Path) -> Path:
    """The journal of a batch's finished lines, beside its output (``OUT.jsonl.partial``)."""
    return output.with_name(output.name + JOURNAL_SUFFIX)


def discover(input_dir: Path, skip: Iterable[Path] = ()) -> list[tuple[str, Path]]:
    """Every file under a folder, by its path relative to the folder, sorted.

    Hidden files and folders (``.git``, ``.DS_Store``, editors' and our own temporary files)
    are left out, as are the paths in ``skip`` (the batch's output and journal).

    Args:
        input_dir: the folder.
        skip: files not to include.

    Returns:
        ``(relative POSIX path, absolute path)`` pairs, sorted by the relative path.
    """
    root = input_dir.resolve()
    skipped = {p.resolve() for p in skip}
    found: list[tuple[str, Path]] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(folder) / name
            if name.startswith(".") or path in skipped or not path.is_file():
                continue
            found.append((path.relative_to(root).as_posix(), path))
    return sorted(found)


@dataclass(frozen=True)
class StoredLine:
    """Where one output line sits on disk, and what the summary needs of it.

    Attributes:
        file: 0 for the earlier output, 1 for the journal.
        offset: the line's first byte in that file.
        length: its length in bytes, newline included.
        name: the path the line names (a copy under another name is relabelled when written).
        status: the line's status.
        error: the line's error message, or None.
    """

    file: int
    offset: int
    length: int
    name: str
    status: str
    error: str | None


class LineStore:
    """The batch's lines kept on disk, in the earlier output and the journal, indexed by offset.

    A 100,000-file archive makes about 1.5 GB of JSON lines; the batch holds their offsets in
    memory, not their records, and copies each line from disk into the output at the end.
    """

    def __init__(self, output: Path, journal: Path, version: str) -> None:
        """Index the reusable lines of an earlier output and journal, and open the journal.

        Args:
            output: the batch's output (an earlier run's, if any).
            journal: the journal beside it.
            version: the parser version whose lines may be reused.

        Raises:
            InputError: the earlier output or the journal cannot be read or written.
        """
        self.paths = (output, journal)
        self.earlier: dict[str, StoredLine] = {}
        for file, path in enumerate(self.paths):  # the journal is newer: its lines win
            for offset, raw in _raw_lines(path):
                with contextlib.suppress(json.JSONDecodeError, UnicodeDecodeError):
                    line = json.loads(raw)
                    if isinstance(line, dict) and line.get("parser") == version and isinstance(line.get("sha256"), str) and _reusable(line):
                        self.earlier[line["sha256"]] = _stored(file, offset, len(raw), line)
        try:
            self._journal = journal.open("ab")
            if self._journal.tell() and not _ends_with_newline(journal):
                self._journal.write(b"\n")  # a line cut short by a kill stays on a line of its own
        except OSError as exc:
            raise InputError(f"{journal}: cannot write the batch's journal ({exc.strerror or exc})") from exc

    def append(self, line: dict[str, Any]) -> StoredLine:
        """Append a finished line to the journal, flushed at once so a kill cannot lose it."""
        raw = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
        offset = self._journal.tell()
        self._journal.write(raw)
        self._journal.flush()
        return _stored(1, offset, len(raw), line)

    def close(self) -> None:
        """Close the journal."""
        self._journal.close()

    def write_output(self, target: Path, entries: list[tuple[str, StoredLine]]) -> None:
        """Write the output atomically: each file's line, in the given order, named for it.

        Args:
            target: the output file.
            entries: ``(name, stored line)`` in output order.
        """
        self._journal.flush()
        with contextlib.ExitStack() as stack:
            sources = [stack.enter_context(path.open("rb")) if path.exists() else None for path in self.paths]

            def chunks() -> Iterator[bytes]:
                for name, stored in entries:
                    source = sources[stored.file]
                    assert source is not None
                    source.seek(stored.offset)
                    raw = source.read(stored.length)
                    if stored.name != name:
                        raw = (json.dumps(_relabel(json.loads(raw), name), ensure_ascii=False) + "\n").encode("utf-8")
                    yield raw

            _write_atomic(target, chunks())


def _stored(file: int, offset: int, length: int, line: dict[str, Any]) -> StoredLine:
    error = line.get("error")
    return StoredLine(file, offset, length, str(line.get("path")), str(line.get("status")), error if isinstance(error, str) else None)


def _raw_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """``(offset, bytes)`` of each line of an earlier output or journal (none if it is absent)."""
    try:
        with path.open("rb") as fh:
            offset = 0
            for raw in fh:
                if raw.endswith(b"\n"):  # a last line without its newline was cut short by a kill
                    yield offset, raw
                offset += len(raw)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InputError(f"{path}: cannot read the earlier output to resume from ({exc.strerror or exc})") from exc


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) == b"\n"


def _line(name: str, sha256: str | None, outcome: Outcome) -> dict[str, Any]:
    """The output line of one file."""
    return {
        "path": name,
        "sha256": sha256,
        "parser": outcome.parser or parser_version(),
        "status": outcome.status,
        "exit_code": outcome.exit_code,
        "error": outcome.error,
        "record": outcome.record,
    }


def _reusable(line: dict[str, Any]) -> bool:
    """Whether a re-run may reuse a line: its result depends on the file alone, not on the
    machine (a missing Tesseract, a dead worker or a bug are tried again)."""
    return line.get("status") != "error" or line.get("exit_code") == EXIT_INPUT


def _relabel(line: dict[str, Any], name: str) -> dict[str, Any]:
    """An earlier line reused for a file of the same content under another name."""
    old = line["path"]
    if old == name:
        return line
    line = {**line, "path": name}
    if isinstance(line.get("record"), dict):
        line["record"] = {**line["record"], "source": {**line["record"].get("source", {}), "origin": name}}
    if isinstance(line.get("error"), str) and line["error"].startswith(f"{old}:"):
        line["error"] = name + line["error"][len(old):]
    return line


def _sha256(path: Path) -> tuple[str, bytes | None]:
    """A file's digest, with its bytes when it is small enough to parse (else None)."""
    from .loaders import MAX_INPUT_BYTES

    digest = hashlib.sha256()
    if path.stat().st_size > MAX_INPUT_BYTES:
        with path.open("rb") as fh:
            for chunk in iter(functools.partial(fh.read, HASH_CHUNK_BYTES), b""):
                digest.update(chunk)
        return digest.hexdigest(), None
    data = path.read_bytes()
    digest.update(data)
    return digest.hexdigest(), data


def run_batch(
    input_dir: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    shared_files: bool = False,
    ocr: bool = True,
    progress: Progress | None = None,
) -> BatchSummary:
    """Parse every file under a folder into one JSON Lines file, resuming an earlier run.

    Args:
        input_dir: the folder; every file under it is read, its format told from its content.
        output: the JSON Lines file to write (atomically, when the batch ends).
        jobs: worker processes (local), or workers of the ``LocalCluster`` (dask).
        engine: ``local`` or ``dask``.
        scheduler: a Dask scheduler's address (``tcp://host:8786``); None starts a local cluster.
        shared_files: Dask workers read each file from its absolute path (a folder every
            machine mounts at the same place) instead of receiving its bytes.
        ocr: read scanned pages with Tesseract.
        progress: called after every file with a ``BatchProgress``.

    Returns:
        What the batch did.

    Raises:
        InputError: the folder does not exist, or the output cannot be written there.
        KeyboardInterrupt: the user stopped the batch; every finished file is in the journal and
            a re-run resumes from it.
    """
    started = time.perf_counter()
    root, out = Path(input_dir), Path(output)
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise InputError("--scheduler applies to --engine dask only")
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give at least one job")
    if not root.is_dir():
        raise InputError(f"{root}: no such folder")
    if out.is_dir():
        raise InputError(f"{out}: is a folder; give a file name such as out.jsonl")
    if not out.resolve().parent.is_dir():
        raise InputError(f"{out.parent}: no such folder for the output")
    journal = journal_path(out)
    files = discover(root, skip=(out, journal))
    version = parser_version()
    store = LineStore(out, journal, version)
    summary = BatchSummary(files=len(files))
    state = BatchProgress(total=len(files))
    lines: dict[str, StoredLine] = {}  # file name -> its line
    fresh: dict[str, StoredLine] = {}  # content digest -> line, parsed in this run
    waiting: dict[str, list[str]] = {}  # content digest -> names, for copies in flight

    def report(done: int = 0) -> None:
        state.done += done
        state.seconds = time.perf_counter() - started
        if progress is not None:
            progress(state)

    def tasks() -> Iterator[Task]:
        for name, path in files:
            try:
                digest, data = _sha256(path)
            except OSError as exc:
                unreadable = Outcome(status="error", error=f"{name}: cannot be read ({exc.strerror or exc})", exit_code=EXIT_INPUT)
                lines[name] = store.append(_line(name, None, unreadable))
                report(1)
                continue
            if digest in store.earlier:
                lines[name] = store.earlier[digest]
                state.reused += 1
                report(1)
            elif digest in fresh:  # a copy of a file this run has parsed
                lines[name] = fresh[digest]
                summary.copies += 1
                report(1)
            elif digest in waiting:  # a copy of a file handed out and not back yet
                waiting[digest].append(name)
                summary.copies += 1
            elif data is None:
                waiting[digest] = [name]
                finish(Task(name, digest), _too_large(name, path))
            else:
                waiting[digest] = [name]
                # Local workers read the file themselves (checked against the digest read
                # here): a task in the pool's call queue is a few hundred bytes, never file
                # contents, and the parent holds no copy of a file once it is hashed.
                ship_path = (engine == "local" and jobs > 1) or (shared_files and engine == "dask")
                yield Task(name, digest, data=None if ship_path else data, path=str(path.resolve()) if ship_path else None, ocr=ocr)

    def finish(task: Task, outcome: Outcome) -> None:
        fresh[task.sha256] = stored = store.append(_line(task.name, task.sha256, outcome))
        names = waiting.pop(task.sha256, [task.name])
        for name in names:
            lines[name] = stored
        summary.parsed += 1
        summary.pages += outcome.pages or 0
        summary.other_parser += outcome.parser not in ("", version)
        if outcome.worker:
            peak = summary.worker_peak_bytes.get(outcome.worker, 0)
            summary.worker_peak_bytes[outcome.worker] = max(peak, outcome.maxrss_bytes)
        state.parsed += 1
        state.pages += outcome.pages or 0
        report(len(names))

    try:
        report()
        stream = _run_dask(tasks(), jobs, scheduler) if engine == "dask" else _run_local(tasks(), jobs)
        for task, outcome in stream:
            finish(task, outcome)
        entries = [(name, lines[name]) for name, _ in files]
        store.write_output(out, entries)
    finally:
        store.close()
    journal.unlink(missing_ok=True)
    summary.reused = state.reused
    for name, stored in entries:
        if stored.status == "error":
            summary.errors += 1
            old = stored.name
            error = str(stored.error)
            summary.error_lines.append(name + error[len(old):] if error.startswith(f"{old}:") else error)
        elif stored.status == "not-directive":
            summary.not_directive += 1
        else:
            summary.ok += 1
    summary.seconds = time.perf_counter() - started
    return summary


def _too_large(name: str, path: Path) -> Outcome:
    """The error of a file larger than any directive (read only to hash it)."""
    from .loaders import MAX_INPUT_BYTES

    megabytes = path.stat().st_size // (1024 * 1024)
    limit = MAX_INPUT_BYTES // (1024 * 1024)
    return Outcome(status="error", error=f"{name}: {megabytes} MB is larger than any directive (limit {limit} MB)", exit_code=EXIT_INPUT)


def _write_atomic(path: Path, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to ``path`` through a temporary file in the same folder and a rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.resolve().parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        raise


# ---------------------------------------------------------------------------------------------
# --register: the batch's directives into the register of received directives (issue 16)
# ---------------------------------------------------------------------------------------------


@dataclass
class RegisterCounts:
    """What receiving a batch into the register did.

    Attributes:
        added: directives new to the register.
        updated: directives already there (same document or same file), read again.
        failed: one message per file the register did not take.
    """

    added: int = 0
    updated: int = 0
    failed: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One line, e.g. ``register: 12 added, 3 updated, 1 not added``."""
        return f"register: {self.added} added, {self.updated} updated, {len(self.failed)} not added"


def register_output(input_dir: str | os.PathLike[str], output: str | os.PathLike[str], db: str | None = None) -> RegisterCounts:
    """Receive every ``ok`` line of a batch's output into the register, with its file's bytes.

    The register's ``add`` is idempotent (a directive already there is updated, its duties'
    statuses kept), so a re-run, or a batch resumed after an interruption, receives each file
    once. Files changed since they were parsed are left out with a message.

    Args:
        input_dir: the batch's folder (the files' bytes are kept in the register).
        output: the batch's JSON Lines output.
        db: the register's database (``--db``); None: ``DIRECTIVE_PARSER_DB`` or the default.

    Returns:
        What was done.

    Raises:
        DirectiveParserError: the register is not installed or cannot be opened.
    """
    import importlib

    try:  # typed as Any: the register is a sibling package this module does not depend on
        store: Any = importlib.import_module(f"{__package__}.register.store")
    except ImportError as exc:
        raise InputError(f"--register needs the register of received directives, which this installation lacks ({exc})") from exc
    register = store.Register(db)
    root = Path(input_dir)
    counts = RegisterCounts()
    for _, raw in _raw_lines(Path(output)):
        line = json.loads(raw)
        if line.get("status") != "ok":
            continue
        name = str(line["path"])
        try:
            content = (root / name).read_bytes()
        except OSError as exc:
            counts.failed.append(f"{name}: cannot be read for the register ({exc.strerror or exc})")
            continue
        if hashlib.sha256(content).hexdigest() != line["sha256"]:
            counts.failed.append(f"{name}: changed since it was parsed; run the batch again")
            continue
        record = Directive.model_validate(line["record"])
        try:
            result = register.add(record, content=content, file_name=Path(name).name, file_format=record.source.get("format"))
        except DirectiveParserError as exc:
            counts.failed.append(exc.message)
            continue
        if result.created:
            counts.added += 1
        else:
            counts.updated += 1
    return counts


# ---------------------------------------------------------------------------------------------
# parse --jobs N, and the progress bar
# ---------------------------------------------------------------------------------------------


def parse_in_parallel(names: list[str], jobs: int, *, ocr: bool = True) -> list[Directive | DirectiveParserError]:
    """Parse several inputs in ``jobs`` worker processes (``parse --jobs N``), in input order.

    Each worker does exactly what a sequential ``parse`` does with a file (``parse_file``), so
    records and messages are the same; standard input (``-``) is read here and sent as bytes.

    Args:
        names: file paths, or ``-`` for standard input.
        jobs: worker processes.
        ocr: read scanned pages with Tesseract.

    Returns:
        For each input, in order, its record or the error that stopped it.
    """
    tasks = [
        Task("<stdin>", "", data=sys.stdin.buffer.read(), ocr=ocr) if name == "-" else Task(name, "", path=name, ocr=ocr)
        for name in names
    ]
    with _worker_pool(min(jobs, len(tasks))) as pool:
        return list(pool.map(_parse_one, tasks))


def _parse_one(task: Task) -> Directive | DirectiveParserError:
    """A worker of ``parse --jobs``: the record, or the error, exactly as a sequential parse."""
    from . import parse_bytes, parse_file

    try:
        if task.data is not None:
            return parse_bytes(task.data, task.name, ocr=task.ocr)
        return parse_file(task.path or task.name, ocr=task.ocr)
    except DirectiveParserError as exc:
        return exc


@contextlib.contextmanager
def terminal_progress() -> Iterator[Progress | None]:
    """A progress bar on stderr (files, files and pages per second, time left) on a terminal.

    Yields:
        The callback to pass to ``run_batch``, or None when stderr is not a terminal.
    """
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
    from rich.progress import Progress as Bar

    bar = Bar(
        TextColumn("batch"), BarColumn(), MofNCompleteColumn(), TextColumn("files  {task.fields[rates]}"),
        console=Console(stderr=True), transient=True,
    )
    task = bar.add_task("batch", total=None, rates="")

    def update(state: BatchProgress) -> None:
        # Rates and time left count only files parsed in this run: files reused from an
        # earlier run finish at once and would make the estimate far too hopeful.
        rates = ""
        if state.parsed and state.seconds:
            per_second = state.parsed / state.seconds
            rates = f"{per_second:.1f} files/s"
            if state.pages:
                rates += f", {state.pages / state.seconds:.1f} pages/s"
            left = (state.total - state.done) / per_second
            rates += f", {int(left // 60)}:{int(left % 60):02d} left"
        bar.update(task, total=state.total, completed=state.done, rates=rates)

    with bar:
        yield update
