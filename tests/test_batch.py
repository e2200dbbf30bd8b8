"""Batches of a folder: one line per file in path order, errors as lines, resume, jobs and Dask.

The folder is built from real corpus files: texts, a DOCX and a PDF in a subfolder, a PDF cut
short as a failed download leaves it, a file that is not a directive (the project's own
pyproject.toml) and a renamed copy of a text.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, ROOT
from typer.testing import CliRunner

from directive_parser import batch, parse_file
from directive_parser.batch import BatchProgress, journal_path, parse_task, parser_version, run_batch
from directive_parser.cli import app
from directive_parser.render.json import to_dict

runner = CliRunner()

needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None, reason="the dask extra is not installed (pip install -e '.[dask]')"
)

TEXTS = ("000.txt", "001.txt", "002.txt", "003.txt", "004.txt", "c107.txt", "c109.txt", "c111.txt")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A clerk's folder: good directives, a broken PDF, a non-directive and a copy."""
    root = tmp_path / "den"
    (root / "2023" / "thang7").mkdir(parents=True)
    for name in TEXTS:
        shutil.copy(CORPUS / name, root / name)
    shutil.copy(CORPUS / "files" / "001.docx", root / "2023" / "cv-624.docx")
    shutil.copy(CORPUS / "files" / "003.pdf", root / "2023" / "thang7" / "cv-248.pdf")
    (root / "2023" / "hong.pdf").write_bytes((CORPUS / "files" / "002.pdf").read_bytes()[:3000])
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    shutil.copy(CORPUS / "000.txt", root / "2023" / "ban-sao-000.txt")
    (root / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")  # hidden files are not documents
    return root


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_line_per_file_sorted_by_path_with_errors_and_non_directives_reported(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_batch(folder, out)
    lines = lines_of(out)
    paths = [line["path"] for line in lines]
    assert paths == sorted(paths)
    assert len(paths) == len(TEXTS) + 5 and ".DS_Store" not in paths
    by_path = {line["path"]: line for line in lines}
    broken = by_path["2023/hong.pdf"]
    assert broken["status"] == "error" and broken["record"] is None
    assert broken["error"].startswith("2023/hong.pdf: not a readable PDF")
    assert by_path["pyproject.toml"]["status"] == "not-directive"
    assert by_path["pyproject.toml"]["record"]["warnings"]
    assert by_path["2023/thang7/cv-248.pdf"]["record"]["number"]["symbol"] == "248-CV/ĐU"
    assert by_path["2023/cv-624.docx"]["record"]["number"]["symbol"] == "624-CV/BDVTU"
    assert {line["parser"] for line in lines} == {parser_version()}
    assert (summary.files, summary.ok, summary.not_directive, summary.errors) == (len(paths), len(paths) - 2, 1, 1)
    assert not journal_path(out).exists()


def test_an_output_inside_the_folder_is_not_read_as_an_input(folder: Path) -> None:
    out = folder / "ket-qua.jsonl"
    first = run_batch(folder, out)
    again = run_batch(folder, out)
    assert again.files == first.files == len(TEXTS) + 5
    assert "ket-qua.jsonl" not in {line["path"] for line in lines_of(out)}


def test_a_line_holds_the_same_record_as_parse(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch(folder, out)
    line = next(x for x in lines_of(out) if x["path"] == "003.txt")
    expected = to_dict(parse_file(folder / "003.txt"))
    expected["source"]["origin"] = "003.txt"
    assert line["record"] == expected


def test_a_copy_is_parsed_once_and_carries_its_own_name(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_batch(folder, out)
    assert (summary.parsed, summary.copies) == (summary.files - 1, 1)
    by_path = {line["path"]: line for line in lines_of(out)}
    copy, original = by_path["2023/ban-sao-000.txt"], by_path["000.txt"]
    assert copy["sha256"] == original["sha256"]
    assert copy["record"]["source"]["origin"] == "2023/ban-sao-000.txt"
    assert copy["record"]["number"] == original["record"]["number"]


def test_two_jobs_write_the_same_bytes_as_one(folder: Path, tmp_path: Path) -> None:
    run_batch(folder, tmp_path / "one.jsonl", jobs=1)
    summary = run_batch(folder, tmp_path / "two.jsonl", jobs=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert len(summary.worker_peak_bytes) == 2
    assert all(peak > 10_000_000 for peak in summary.worker_peak_bytes.values())


def test_a_rerun_skips_files_done_and_parses_a_changed_one(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = run_batch(folder, out)
    before = out.read_bytes()
    again = run_batch(folder, out, jobs=2)
    assert (again.parsed, again.reused) == (0, first.files)
    assert out.read_bytes() == before
    with (folder / "001.txt").open("a", encoding="utf-8") as fh:
        fh.write("\nNơi nhận:\n- Lưu VP.\n")
    changed = run_batch(folder, out)
    assert (changed.parsed, changed.reused) == (1, first.files - 1)


def test_an_earlier_parser_version_is_not_reused(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = run_batch(folder, out)
    old = "".join(json.dumps({**line, "parser": "0.0.1+000000000000"}, ensure_ascii=False) + "\n" for line in lines_of(out))
    out.write_text(old, encoding="utf-8")
    again = run_batch(folder, out)
    assert (again.parsed, again.reused) == (first.parsed, 0)


def test_progress_counts_files_and_the_pages_of_paged_files(folder: Path, tmp_path: Path) -> None:
    states: list[tuple[int, int, int, int]] = []
    run_batch(folder, tmp_path / "out.jsonl", jobs=2, progress=lambda s: states.append((s.total, s.done, s.parsed, s.pages)))
    total = len(TEXTS) + 5
    assert states[-1][:3] == (total, total, total - 1)  # the copy is done without a parse
    assert [s[1] for s in states] == sorted(s[1] for s in states)
    assert states[-1][3] == parse_file(folder / "2023" / "thang7" / "cv-248.pdf").source["pages"]


class Stop(KeyboardInterrupt):
    """Ctrl-C, pressed by the progress callback after a number of files."""


def stop_after(files: int) -> Any:
    def progress(state: BatchProgress) -> None:
        if state.parsed >= files:
            raise Stop

    return progress


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_interrupted_batch_resumes_with_only_the_remaining_files(folder: Path, tmp_path: Path, jobs: int) -> None:
    whole = tmp_path / "whole.jsonl"
    full = run_batch(folder, whole)
    out = tmp_path / "out.jsonl"
    with pytest.raises(Stop):
        run_batch(folder, out, jobs=jobs, progress=stop_after(4))
    assert not out.exists()
    kept = lines_of(journal_path(out))
    assert len(kept) >= 4
    resumed = run_batch(folder, out, jobs=jobs)
    assert resumed.parsed == full.parsed - len(kept)
    assert out.read_bytes() == whole.read_bytes()
    assert not journal_path(out).exists()


def test_a_journal_line_cut_short_by_a_kill_is_parsed_again(folder: Path, tmp_path: Path) -> None:
    whole = tmp_path / "whole.jsonl"
    full = run_batch(folder, whole)
    out = tmp_path / "out.jsonl"
    with pytest.raises(Stop):
        run_batch(folder, out, progress=stop_after(3))
    journal = journal_path(out)
    kept = journal.read_bytes()
    cut = lines_of(whole)[-1]  # the power went while this line was half written
    journal.write_bytes(kept + json.dumps(cut, ensure_ascii=False).encode()[:200])
    with pytest.raises(Stop):  # stopped again: its lines must not run on from the cut one
        run_batch(folder, out, progress=stop_after(2))
    resumed = run_batch(folder, out)
    assert resumed.parsed == full.parsed - 3 - 2
    assert out.read_bytes() == whole.read_bytes()


@pytest.mark.parametrize("engine", ["local", pytest.param("dask", marks=needs_dask)])
def test_ctrl_c_on_the_command_keeps_the_work_done(folder: Path, tmp_path: Path, engine: str) -> None:
    """A real SIGINT to the command: exit 130 with one line, and the re-run finishes the rest."""
    out = tmp_path / "out.jsonl"
    for i in range(40):  # enough distinct texts that the batch is still running when stopped
        (folder / "more").mkdir(exist_ok=True)
        text = (CORPUS / TEXTS[i % len(TEXTS)]).read_text(encoding="utf-8")
        (folder / "more" / f"{i:02d}.txt").write_text(f"{text}\n(bản {i})\n", encoding="utf-8")
    command = [sys.executable, "-m", "directive_parser", "batch", str(folder), "-o", str(out), "--jobs", "2", "--engine", engine]
    # the command as a terminal starts it: a shell's background job (a CI runner without job control) starts its
    # children with SIGINT ignored, and the child would inherit that and never see the Ctrl-C this test sends
    proc = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)
    )
    journal = journal_path(out)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not journal.exists() or len(journal.read_bytes().splitlines()) < 3):
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.decode().strip().splitlines() == [
        f"directive-parser: interrupted; the files done are kept, run the same command again to resume ({out})"
    ]
    done = len(lines_of(journal))
    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 1  # the broken PDF
    summary = resumed.stderr.strip().splitlines()[-1]
    files = len(lines_of(out))
    counts = re.search(r"(\d+) files: (\d+) parsed, (\d+) copies, (\d+) already done", summary)
    assert counts is not None, summary
    total, parsed, copies, reused = map(int, counts.groups())
    assert total == files and parsed + copies + reused == files
    assert parsed == files - 1 - done  # every distinct content not in the journal, and only those


def crash_on_marked(task: Any) -> Any:
    """parse_task, except that a worker given a file marked CRASH-WORKER dies at once (as the
    out-of-memory killer ends it)."""
    data = task.data if task.data is not None else Path(task.path).read_bytes()
    if b"CRASH-WORKER" in data:
        os._exit(9)
    return parse_task(task)


def test_a_worker_that_dies_costs_only_its_own_file(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_batch(folder, tmp_path / "clean.jsonl")
    (folder / "zz-crash.txt").write_bytes((CORPUS / "000.txt").read_bytes() + b"\nCRASH-WORKER\n")
    monkeypatch.setattr(batch, "parse_task", crash_on_marked)  # workers are forked: they see it
    out = tmp_path / "out.jsonl"
    summary = run_batch(folder, out, jobs=2)
    lines = lines_of(out)
    crashed = lines.pop()
    assert crashed["path"] == "zz-crash.txt" and crashed["status"] == "error"
    assert crashed["error"] == "zz-crash.txt: the worker parsing it died (out of memory, or a crash)"
    assert lines == lines_of(tmp_path / "clean.jsonl")  # the files in flight with it were parsed again
    assert summary.errors == 2
    again = run_batch(folder, out, jobs=2)  # a death is the machine's doing: the file is tried again
    assert (again.parsed, again.reused) == (1, summary.files - 1)


def parent_of_worker(task: Any) -> Any:
    """A worker's answer: the process it was started from."""
    return batch.Outcome(status="error", error=str(os.getppid()), exit_code=1)


def test_workers_start_from_a_fork_server_not_from_the_batch_process(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A worker forked from the batch process inherits whatever that process's other threads
    # held at the fork (a BLAS thread pool, a library's lock) and may wait on it for ever: a CI
    # run hung in the interrupted-batch test. Workers come from a clean fork server instead.
    import threading

    held = threading.Event()
    holder = threading.Thread(target=held.wait, daemon=True)  # a thread running in this process
    holder.start()
    monkeypatch.setattr(batch, "parse_task", parent_of_worker)
    run_batch(folder, tmp_path / "out.jsonl", jobs=2)
    held.set()
    parents = {line["error"] for line in lines_of(tmp_path / "out.jsonl") if line["status"] == "error"}
    assert parents and str(os.getpid()) not in parents


def test_batch_command_reports_each_error_and_a_summary(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 1
    messages = result.stderr.strip().splitlines()
    assert messages[0].startswith("directive-parser: 2023/hong.pdf: not a readable PDF")
    assert "1 not a directive, 1 errors" in messages[-1]
    assert len(lines_of(out)) == len(TEXTS) + 5


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["batch", "{missing}", "-o", "{out}"], 1, "no such folder"),
        (["batch", "{folder}", "-o", "{folder}"], 1, "is a folder"),
        (["batch", "{folder}", "-o", "{out}", "--scheduler", "tcp://127.0.0.1:1"], 2, "--engine dask only"),
        (["batch", "{folder}", "-o", "{out}", "--engine", "spark"], 2, "unknown engine"),
        (["batch", "{folder}", "-o", "{out}", "--jobs", "0"], 2, ""),
    ],
)
def test_batch_command_line_errors_are_one_line(folder: Path, tmp_path: Path, args: list[str], code: int, message: str) -> None:
    values = {"missing": str(tmp_path / "none"), "folder": str(folder), "out": str(tmp_path / "o.jsonl")}
    result = runner.invoke(app, [a.format(**values) for a in args])
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_parse_with_jobs_prints_what_parse_prints(tmp_path: Path) -> None:
    inputs = [str(CORPUS / "003.txt"), str(tmp_path / "missing.txt"), str(CORPUS / "files" / "001.docx"), str(CORPUS / "000.txt")]
    one = runner.invoke(app, ["parse", *inputs])
    two = runner.invoke(app, ["parse", "--jobs", "2", *inputs])
    assert (one.exit_code, two.exit_code) == (1, 1)
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    assert [json.loads(x)["number"]["symbol"] for x in two.stdout.splitlines()] == ["248-CV/ĐU", "624-CV/BDVTU", "1092-CV/BDVTU"]


def test_parse_with_jobs_reads_standard_input_once() -> None:
    text = (CORPUS / "000.txt").read_bytes()
    command = [sys.executable, "-m", "directive_parser", "parse", "--jobs", "2", str(CORPUS / "003.txt"), "-"]
    done = subprocess.run(command, cwd=ROOT, input=text, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["number"]["symbol"] for r in records] == ["248-CV/ĐU", "1092-CV/BDVTU"]
    assert records[1]["source"]["origin"] == "<stdin>"


# Looked for beside this package, not by import: another checkout's editable install can answer
# an import of a submodule this tree does not have.
HAS_REGISTER = (Path(batch.__file__).parent / "register" / "__init__.py").is_file()


@pytest.mark.skipif(not HAS_REGISTER, reason="the register of issue 16 is not in this tree")
def test_register_receives_every_directive_once(folder: Path, tmp_path: Path) -> None:
    from directive_parser.register import Register

    db = f"sqlite:///{tmp_path / 'so-den.sqlite3'}"
    out = tmp_path / "out.jsonl"
    first = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--register", "--db", db])
    assert first.exit_code == 1, first.stderr  # the broken PDF; every directive went in
    ok = [line for line in lines_of(out) if line["status"] == "ok"]
    counts = re.fullmatch(r"directive-parser: register: (\d+) added, (\d+) updated, 0 not added", first.stderr.strip().splitlines()[-1])
    assert counts is not None, first.stderr
    added, updated = map(int, counts.groups())
    # The register knows a document by its number, issuer and date: the DOCX and PDF copies of
    # 001.txt and 003.txt, and the copy of 000.txt, update the directive their text added.
    assert (added + updated, updated) == (len(ok), 3)
    directives = Register(db).directives()
    assert len(directives) == added
    assert {"248-CV/ĐU", "624-CV/BDVTU", "1092-CV/BDVTU"} <= {view.symbol for view in directives}
    again = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--register", "--db", db])
    assert again.stderr.strip().splitlines()[-1] == f"directive-parser: register: 0 added, {len(ok)} updated, 0 not added"
    assert len(Register(db).directives()) == added


@pytest.mark.skipif(HAS_REGISTER, reason="the register is there: the test above runs instead")
def test_register_without_the_register_is_one_line(folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "o.jsonl"), "--register"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("directive-parser: --register needs the register of received directives")


def test_db_without_register_is_a_usage_error(folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "o.jsonl"), "--db", "x.sqlite3"])
    assert result.exit_code == 2
    assert "--db applies with --register only" in result.stderr


# --- Dask --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A LocalCluster of two single-threaded worker processes, as on two machines."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


@needs_dask
@pytest.mark.parametrize("shared_files", [False, True])
def test_dask_writes_the_same_bytes_as_local_jobs(folder: Path, tmp_path: Path, cluster: Any, shared_files: bool) -> None:
    run_batch(folder, tmp_path / "local.jsonl", jobs=2)
    summary = run_batch(folder, tmp_path / "dask.jsonl", engine="dask", scheduler=cluster.scheduler_address, shared_files=shared_files)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert 1 <= len(summary.worker_peak_bytes) <= 2  # the cluster's two worker processes, not this one
    assert os.getpid() not in summary.worker_peak_bytes


@needs_dask
def test_a_batch_stopped_locally_is_finished_on_dask(folder: Path, tmp_path: Path, cluster: Any) -> None:
    whole = tmp_path / "whole.jsonl"
    full = run_batch(folder, whole)
    out = tmp_path / "out.jsonl"
    with pytest.raises(Stop):
        run_batch(folder, out, progress=stop_after(3))
    resumed = run_batch(folder, out, engine="dask", scheduler=cluster.scheduler_address)
    assert resumed.parsed == full.parsed - 3
    assert out.read_bytes() == whole.read_bytes()


@needs_dask
def test_dask_engine_on_the_command_line_starts_its_own_cluster(folder: Path, tmp_path: Path) -> None:
    run_batch(folder, tmp_path / "local.jsonl")
    result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "dask.jsonl"), "--engine", "dask", "--jobs", "2"])
    assert result.exit_code == 1, result.stderr  # the broken PDF
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


@needs_dask
def test_an_unreachable_scheduler_is_one_line(folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "o.jsonl"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach a Dask scheduler" in result.stderr


@needs_dask
def test_a_scheduler_without_workers_is_one_line(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(batch, "WORKER_WAIT_S", 2)
    with distributed.LocalCluster(n_workers=0, dashboard_address=":0") as empty:
        result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "o.jsonl"), "--engine", "dask", "--scheduler", empty.scheduler_address])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"directive-parser: --scheduler {empty.scheduler_address}: no Dask worker joined it within 2 s; start some with 'dask worker {empty.scheduler_address}'"
