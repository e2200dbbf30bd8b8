"""Speed figures over the corpus: documents and pages per second, memory, stages, imports.

``run_benchmark(corpus_dir)`` parses every text, DOCX and (text-layer) PDF file of the corpus
from bytes already in memory, ``repeat`` times per kind, and keeps the fastest run (the least
disturbed by other work on the machine). It also measures:

- peak memory, traced over the largest file of each kind (``tracemalloc``) and for the whole
  process (``ru_maxrss``);
- time per stage (``pipeline.parse_source`` fills a ``timings`` dict), plus the loader's;
- the import cost of a plain text parse, in a fresh interpreter, and which heavy libraries
  that parse pulled in (it should pull in none);
- two comparisons the project set itself: a full parse of a text against dateparser's
  ``search_dates`` alone on the same text, and a PDF parse against pdfplumber's own
  ``extract_text`` on the same file (target: at most 1.5 times);
- batch throughput (``batch.run_batch``) over the same text, DOCX and PDF files written to a
  folder, with 1, 2 and N jobs, and the peak memory of each worker process (``ru_maxrss``
  read in the worker);
- the OCR cost of a two-page scan, and from it and the figures above the projected time of a
  100,000-document archive (``ARCHIVE_*``) on this machine and on a cluster of such machines.

It prints figures and asserts nothing: these machines are shared and noisy.
"""

from __future__ import annotations

import functools
import io
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import DirectiveParserError, InputError

# Libraries a plain text parse must not import (they cost 0.1-2 s each at start-up).
HEAVY_MODULES: tuple[str, ...] = ("spacy", "pdfplumber", "docx", "icalendar", "fastapi", "dateparser", "uvicorn")
# The targets of issue 4, printed beside the measured figures.
TARGET_TEXT_VS_DATEPARSER = 1.0  # a full parse under dateparser's search alone
TARGET_PDF_VS_PDFPLUMBER = 1.5  # a PDF parse within 1.5 times pdfplumber's extract_text
# The archive of issue 18's projection: a province office's backlog, mostly two-page scans.
ARCHIVE_DOCUMENTS = 100_000
ARCHIVE_SCAN_SHARE = 0.70  # the rest are digital (text-layer) PDFs
ARCHIVE_SCAN_PAGES = 2
# Cluster sizes (machines like this one) the projection is printed for.
CLUSTER_MACHINES: tuple[int, ...] = (4, 16)
# The scan timed for the projection: two pages, as the archive's typical scan.
PROJECTION_SCAN = "003.scan.pdf"
# DOCX files record their page count here when Word saved them ("<Pages>3</Pages>").
_DOCX_PAGES = re.compile(rb"<Pages>(\d+)</Pages>")


@dataclass
class KindFigures:
    """Speed of one input kind over the corpus (the fastest of the repeated runs)."""

    kind: str
    documents: int = 0
    pages: int | None = None  # None when the kind has no pages (plain text)
    characters: int = 0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    peak_bytes: int = 0  # traced peak while parsing the kind's largest file

    @property
    def docs_per_second(self) -> float:
        """Documents parsed per second."""
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def pages_per_second(self) -> float | None:
        """Pages parsed per second, where pages are known."""
        return self.pages / self.seconds if self.pages and self.seconds else None


@dataclass
class Comparison:
    """Our time against a peer's on the same files, summed, with the per-file median."""

    ours: float = 0.0
    theirs: float = 0.0
    ours_median_ms: float = 0.0
    theirs_median_ms: float = 0.0
    files: int = 0

    @property
    def ratio(self) -> float:
        """Our time over theirs (below 1: we are faster)."""
        return self.ours / self.theirs if self.theirs else 0.0


@dataclass
class BatchRun:
    """One batch over the benchmark folder with a given number of jobs (fastest of the runs)."""

    jobs: int
    files_kind: str = "text"
    files: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # user + system time of this process and its workers in that run
    worker_peak_bytes: list[int] = field(default_factory=list)  # empty: parsed in this process

    @property
    def cores_used(self) -> float:
        """CPU time over wall time: below the job count, the machine was busy with other work."""
        return self.cpu_seconds / self.seconds if self.seconds else 0.0

    @property
    def files_per_second(self) -> float:
        """Files written to the output per second."""
        return self.files / self.seconds if self.seconds else 0.0


@dataclass
class Projection:
    """The time of ``ARCHIVE_DOCUMENTS`` documents, from measured per-document costs."""

    scan_page_seconds: float | None = None  # OCR and parse, per scanned page, one core
    pdf_doc_seconds: float | None = None  # one digital PDF, one core
    note: str = ""

    def core_seconds(self) -> float | None:
        """The archive's work on one core, or None when a cost could not be measured."""
        if self.scan_page_seconds is None or self.pdf_doc_seconds is None:
            return None
        scans = ARCHIVE_DOCUMENTS * ARCHIVE_SCAN_SHARE
        return scans * ARCHIVE_SCAN_PAGES * self.scan_page_seconds + (ARCHIVE_DOCUMENTS - scans) * self.pdf_doc_seconds


@dataclass
class BenchmarkResult:
    """Everything ``run_benchmark`` measured."""

    machine: str
    repeat: int
    kinds: dict[str, KindFigures] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    maxrss_bytes: int = 0
    imports: dict[str, Any] = field(default_factory=dict)
    text_vs_dateparser: Comparison = field(default_factory=Comparison)
    pdf_vs_pdfplumber: Comparison = field(default_factory=Comparison)
    batch: list[BatchRun] = field(default_factory=list)
    projection: Projection = field(default_factory=Projection)


def machine_description() -> str:
    """A line naming the machine: CPU count, memory, OS and Python."""
    memory = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            kb = int(fh.readline().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores{memory}, {platform.system()} {platform.machine()}, Python {platform.python_version()}"


def _files(corpus_dir: Path) -> dict[str, list[Path]]:
    """The corpus files by kind; scanned PDFs (``*.scan.pdf``) are left out (OCR is not timed)."""
    files = corpus_dir / "files"
    others = sorted(files.iterdir()) if files.is_dir() else []
    return {
        "text": sorted(corpus_dir.glob("*.txt")),
        "docx": [p for p in others if p.name.lower().endswith(".docx")],
        "pdf": [p for p in others if p.name.lower().endswith(".pdf") and not p.name.lower().endswith(".scan.pdf")],
    }


def _docx_pages(data: bytes) -> int | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            m = _DOCX_PAGES.search(z.read("docProps/app.xml"))
    except (KeyError, zipfile.BadZipFile):
        return None
    return int(m.group(1)) if m else None


def _parse_once(data: bytes, origin: str, timings: dict[str, float] | None = None) -> Any:
    """Load from bytes and parse (no OCR), adding the loader's time under "load"."""
    from .loaders import load_bytes
    from .pipeline import parse_source

    clock = time.perf_counter()
    source = load_bytes(data, origin, ocr=False)
    if timings is not None:
        timings["load"] = timings.get("load", 0.0) + time.perf_counter() - clock
    return parse_source(source, timings), source


def _best(fn: Any, repeat: int) -> float:
    """The fastest of ``repeat`` timed calls of ``fn()``."""
    best = float("inf")
    for _ in range(repeat):
        clock = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - clock)
    return best


def measure_imports(sample: Path | None) -> dict[str, Any]:
    """Import cost of a plain text parse, in a fresh interpreter.

    Args:
        sample: a text file to parse after the import (None: import only).

    Returns:
        ``import_s`` (``import directive_parser``), ``first_parse_s`` (the first parse, with the
        lazy imports it triggers), ``total_s`` (the interpreter's whole run) and ``heavy``
        (the heavy libraries loaded by then; should be empty).
    """
    code = (
        "import sys, time, json\n"
        "t = time.perf_counter()\n"
        "import directive_parser\n"
        "t1 = time.perf_counter()\n"
        f"p = {str(sample) if sample else ''!r}\n"
        "if p: directive_parser.parse_file(p)\n"
        "t2 = time.perf_counter()\n"
        f"heavy = [m for m in {list(HEAVY_MODULES)!r} if m in sys.modules]\n"
        "print(json.dumps({'import_s': t1 - t, 'first_parse_s': t2 - t1, 'heavy': heavy}))\n"
    )
    clock = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    total = time.perf_counter() - clock
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["total_s"] = total
    return result


def _compare_dateparser(texts: list[tuple[bytes, str]], repeat: int) -> Comparison:
    """A full parse of each text against dateparser's search_dates alone on the same text."""
    import warnings

    from dateparser.search import search_dates

    settings = {"DATE_ORDER": "DMY"}
    ours, theirs = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates("ngày 07 tháng 7 năm 2023", languages=["vi"], settings=settings)  # load the language
        for data, origin in texts:
            text = data.decode("utf-8", errors="replace")
            ours.append(_best(functools.partial(_parse_once, data, origin), repeat))
            theirs.append(_best(functools.partial(search_dates, text, languages=["vi"], settings=settings), repeat))
    return Comparison(sum(ours), sum(theirs), statistics.median(ours) * 1000, statistics.median(theirs) * 1000, len(texts))


def _compare_pdfplumber(pdfs: list[tuple[bytes, str]], repeat: int) -> Comparison:
    """A PDF parse against pdfplumber's own ``extract_text`` of every page of the same file."""
    import pdfplumber

    def extract(data: bytes) -> str:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)

    ours, theirs = [], []
    for data, origin in pdfs:
        ours.append(_best(functools.partial(_parse_once, data, origin), repeat))
        theirs.append(_best(functools.partial(extract, data), repeat))
    if not pdfs:
        return Comparison()
    return Comparison(sum(ours), sum(theirs), statistics.median(ours) * 1000, statistics.median(theirs) * 1000, len(pdfs))


def run_benchmark(corpus_dir: str | Path = "corpus", repeat: int = 3, jobs: int | None = None) -> BenchmarkResult:
    """Time the parser over the corpus.

    Args:
        corpus_dir: the corpus folder (``*.txt``, ``files/*.docx``, ``files/*.pdf``).
        repeat: runs per kind; the fastest is kept.
        jobs: the N of the batch figures (1, 2 and N jobs); default: the machine's cores.

    Returns:
        The figures. Files the parser cannot read without OCR (scans) are listed as skipped.

    Raises:
        InputError: the corpus folder does not exist or holds no file to time.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise InputError(f"{corpus_dir}: no such corpus folder")
    result = BenchmarkResult(machine=machine_description(), repeat=repeat)
    loaded: dict[str, list[tuple[bytes, str]]] = {}
    for kind, paths in _files(corpus_dir).items():
        figures = KindFigures(kind)
        inputs = []
        pages = 0
        for path in paths:
            data = path.read_bytes()
            try:
                _, source = _parse_once(data, str(path))
            except DirectiveParserError as exc:
                result.skipped.append(exc.message)
                continue
            if source.unread_pages:
                result.skipped.append(f"{path}: scanned pages (OCR is not timed)")
                continue
            inputs.append((data, str(path)))
            figures.characters += len(source.text)
            if kind == "pdf":
                pages += len(source.page_starts)
            elif kind == "docx":
                pages += _docx_pages(data) or 0
        if not inputs:
            continue
        figures.documents = len(inputs)
        figures.pages = pages or None
        best = float("inf")
        for _ in range(repeat):
            timings: dict[str, float] = {}
            clock = time.perf_counter()
            for data, origin in inputs:
                _parse_once(data, origin, timings)
            elapsed = time.perf_counter() - clock
            if elapsed < best:
                best, figures.stages = elapsed, timings
        figures.seconds = best
        # Tracing slows a parse several times over, so memory is traced on the largest file only.
        data, origin = max(inputs, key=lambda item: len(item[0]))
        tracemalloc.start()
        _parse_once(data, origin)
        figures.peak_bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        result.kinds[kind] = figures
        loaded[kind] = inputs
    if not result.kinds:
        raise InputError(f"{corpus_dir}: no text, DOCX or PDF file to time")
    texts = loaded.get("text", [])
    result.imports = measure_imports(Path(texts[0][1]) if texts else None)
    if texts:
        result.text_vs_dateparser = _compare_dateparser(texts, repeat)
    result.pdf_vs_pdfplumber = _compare_pdfplumber(loaded.get("pdf", []), repeat)
    most = jobs or os.cpu_count() or 1
    # Throughput on the texts (1, 2 and N jobs); memory per worker on every kind, PDFs included.
    result.batch = measure_batch(loaded.get("text", []), sorted({1, 2, most}), repeat, "text")
    result.batch += measure_batch([item for kind in loaded.values() for item in kind], [most], repeat, "all kinds")
    pdf = result.kinds.get("pdf")
    result.projection = measure_projection(corpus_dir / "files" / PROJECTION_SCAN, pdf.seconds / pdf.documents if pdf else None)
    result.maxrss_bytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    return result


def measure_batch(inputs: list[tuple[bytes, str]], jobs: list[int], repeat: int, label: str) -> list[BatchRun]:
    """Batch throughput over the given files with each number of worker processes in ``jobs``.

    The files are written to a temporary folder and batched into a fresh output each run (no
    resume), without OCR.

    Args:
        inputs: ``(bytes, origin)`` of each file.
        jobs: the job counts to time.
        repeat: runs per job count; the fastest is kept.
        label: what the files are ("text", "all kinds"), for the table.

    Returns:
        One ``BatchRun`` per job count, in increasing order.
    """
    import tempfile

    from .batch import run_batch

    runs: list[BatchRun] = []
    with tempfile.TemporaryDirectory(prefix="directive-parser-batch-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for index, (data, origin) in enumerate(inputs):
            (folder / f"{index:04d}-{Path(origin).name}").write_bytes(data)
        for count in jobs:
            run = BatchRun(count, label, files=len(inputs), seconds=float("inf"))
            for attempt in range(repeat):
                out = Path(tmp) / f"out-{count}-{attempt}.jsonl"
                cpu = _cpu_seconds()
                summary = run_batch(folder, out, jobs=count, ocr=False)
                if summary.seconds < run.seconds:
                    run.seconds = summary.seconds
                    run.cpu_seconds = _cpu_seconds() - cpu
                    run.worker_peak_bytes = [] if count == 1 else sorted(summary.worker_peak_bytes.values())
            runs.append(run)
    return runs


def _cpu_seconds() -> float:
    """User and system time of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_projection(scan: Path, pdf_doc_seconds: float | None) -> Projection:
    """The per-document costs of the archive projection: a two-page scan, read once with OCR.

    Args:
        scan: the scanned PDF to time (``PROJECTION_SCAN``).
        pdf_doc_seconds: a digital PDF's parse time on one core (from the PDF figures).

    Returns:
        The costs, with a note when one could not be measured (no scan, no Tesseract).
    """
    from .errors import MissingTool
    from .loaders import load_bytes
    from .pipeline import parse_source

    projection = Projection(pdf_doc_seconds=pdf_doc_seconds)
    if not scan.is_file():
        projection.note = f"{scan}: not found; no scan to time"
        return projection
    data = scan.read_bytes()
    clock = time.perf_counter()
    try:
        source = load_bytes(data, str(scan), ocr=True)
        parse_source(source)
    except MissingTool as exc:
        projection.note = exc.message
        return projection
    if source.unread_pages or not source.page_starts:
        projection.note = f"{scan}: pages left unread (is Tesseract's Vietnamese model installed?)"
        return projection
    projection.scan_page_seconds = (time.perf_counter() - clock) / len(source.page_starts)
    return projection


def _hours(seconds: float) -> str:
    """A long duration as hours (or days past two days)."""
    hours = seconds / 3600
    return f"{hours / 24:.1f} days" if hours >= 48 else f"{hours:.1f} h"


def print_benchmark(result: BenchmarkResult) -> None:
    """Print the figures as rich tables on stdout.

    Args:
        result: what ``run_benchmark`` measured.
    """
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:
        console.width = max(console.width, 100)
    console.print(f"machine: {result.machine}; best of {result.repeat} run(s)")
    speed = Table(title="speed per input kind", title_justify="left")
    for column in ("kind", "docs", "pages", "seconds", "docs/s", "pages/s", "kchars/s", "peak MB (largest)"):
        speed.add_column(column, justify="left" if column == "kind" else "right")
    for f in result.kinds.values():
        pps = f.pages_per_second
        speed.add_row(
            f.kind,
            str(f.documents),
            str(f.pages) if f.pages else "–",
            f"{f.seconds:.3f}",
            f"{f.docs_per_second:.1f}",
            f"{pps:.1f}" if pps is not None else "–",
            f"{f.characters / f.seconds / 1000:.0f}" if f.seconds else "–",
            f"{f.peak_bytes / 1e6:.1f}",
        )
    console.print(speed)
    stage_names = list(dict.fromkeys(name for f in result.kinds.values() for name in f.stages))
    stages = Table(title="milliseconds per document, by stage", title_justify="left")
    stages.add_column("stage")
    for kind in result.kinds:
        stages.add_column(kind, justify="right")
    for name in stage_names:
        stages.add_row(name, *(f"{f.stages.get(name, 0.0) / f.documents * 1000:.2f}" for f in result.kinds.values()))
    console.print(stages)
    imp = result.imports
    if "error" in imp:
        console.print(f"import of a plain text parse: failed ({imp['error']})", markup=False)
    else:
        heavy = ", ".join(imp["heavy"]) or "none"
        console.print(
            f"plain text parse in a fresh interpreter: import {imp['import_s'] * 1000:.0f} ms, first parse "
            f"{imp['first_parse_s'] * 1000:.0f} ms, whole process {imp['total_s'] * 1000:.0f} ms; heavy libraries loaded: {heavy}",
            markup=False,
        )
    cmp = Table(title="against the peers (same files, best of runs)", title_justify="left")
    for column in ("comparison", "files", "ours median ms", "theirs median ms", "ours/theirs (sum)", "target"):
        cmp.add_column(column, justify="left" if column == "comparison" else "right")
    t, p = result.text_vs_dateparser, result.pdf_vs_pdfplumber
    cmp.add_row("text parse vs dateparser search_dates", str(t.files), f"{t.ours_median_ms:.1f}", f"{t.theirs_median_ms:.1f}", f"{t.ratio:.2f}", f"< {TARGET_TEXT_VS_DATEPARSER}")
    cmp.add_row("PDF parse vs pdfplumber extract_text", str(p.files), f"{p.ours_median_ms:.1f}", f"{p.theirs_median_ms:.1f}", f"{p.ratio:.2f}", f"≤ {TARGET_PDF_VS_PDFPLUMBER}")
    console.print(cmp)
    console.print(f"process peak memory (maxrss): {result.maxrss_bytes / 1e6:.0f} MB")
    _print_batch(console, result)
    for line in result.skipped:
        console.print(f"skipped {line}", markup=False, highlight=False)


def _print_batch(console: Any, result: BenchmarkResult) -> None:
    """The batch throughput table and the archive projection."""
    from rich.table import Table

    texts = [run for run in result.batch if run.files_kind == "text"]
    if not texts:
        return
    base = texts[0]
    table = Table(title="batch (corpus files, no OCR; time vs 1 job: target ≤ 0.6 with 2 jobs)", title_justify="left")
    for column in ("files", "jobs", "count", "seconds", "files/s", "time vs 1 job", "cores used", "peak MB per worker"):
        table.add_column(column, justify="left" if column == "files" else "right")
    for run in result.batch:
        peaks = ", ".join(f"{b / 1e6:.0f}" for b in run.worker_peak_bytes) or "in process"
        ratio = f"{run.seconds / base.seconds:.2f}" if base.seconds and run.files_kind == base.files_kind else "–"
        table.add_row(
            run.files_kind, str(run.jobs), str(run.files), f"{run.seconds:.2f}", f"{run.files_per_second:.1f}", ratio,
            f"{run.cores_used:.2f}", peaks,
        )
    console.print(table)
    projection = result.projection
    core = projection.core_seconds()
    if core is None:
        console.print(f"projection for {ARCHIVE_DOCUMENTS:,} documents: not available ({projection.note or 'no digital PDF timed'})", markup=False)
        return
    best = min(texts, key=lambda run: run.seconds)
    speedup = base.seconds / best.seconds if best.seconds else 1.0
    here = core / speedup
    console.print(
        f"projection for {ARCHIVE_DOCUMENTS:,} documents ({ARCHIVE_SCAN_SHARE:.0%} {ARCHIVE_SCAN_PAGES}-page scans at "
        f"{projection.scan_page_seconds or 0:.2f} s a page, the rest digital PDFs at {projection.pdf_doc_seconds or 0:.3f} s): "
        f"{_hours(core)} on one core; {_hours(here)} on this machine with {best.jobs} jobs (the batch's {speedup:.2f}x); "
        + "; ".join(f"{_hours(here / k)} on {k} such machines" for k in CLUSTER_MACHINES),
        markup=False,
        highlight=False,
    )
