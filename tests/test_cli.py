"""The parse command as a user runs it: one input, several, stdin, output files, the schema."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS
from typer.testing import CliRunner

from directive_parser.cli import app

runner = CliRunner()


def test_one_input_prints_one_json_object() -> None:
    result = runner.invoke(app, ["parse", str(CORPUS / "000.txt")])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["number"]["symbol"] == "1092-CV/BDVTU"
    assert record["date"] == "2023-07-07"


def test_several_inputs_print_json_lines_in_input_order() -> None:
    files = [CORPUS / "003.txt", CORPUS / "000.txt", CORPUS / "files" / "001.docx"]
    result = runner.invoke(app, ["parse", *map(str, files)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(x)["number"]["symbol"] for x in lines] == ["248-CV/ĐU", "1092-CV/BDVTU", "624-CV/BDVTU"]


def test_one_bad_input_among_good_ones_still_prints_the_good_and_exits_non_zero(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(CORPUS / "000.txt"), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["number"]["symbol"] == "1092-CV/BDVTU"


def test_stdin() -> None:
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "directive_parser", "parse", "-"], input=text.encode(), capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["number"]["symbol"] == "1092-CV/BDVTU"


def test_output_file_is_written_and_inputs_are_never_overwritten(tmp_path: Path) -> None:
    src = tmp_path / "cv.txt"
    src.write_bytes((CORPUS / "000.txt").read_bytes())
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "out.json"
    assert runner.invoke(app, ["parse", str(src), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["date"] == "2023-07-07"
    refused = runner.invoke(app, ["parse", str(src), "-o", str(src)])
    assert refused.exit_code == 2
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["parse", str(CORPUS / "000.txt"), "--format", "xml"])
    assert result.exit_code == 2


def test_schema_is_the_records_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    for key in ("document_type", "issuer", "number", "deadlines", "quotas", "report_outline", "forms", "signer", "distribution"):
        assert key in schema["properties"]
