"""The pipeline: stage order, stages run alone, failure isolation, validated assembly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from directive_parser import pipeline, structure
from directive_parser.errors import InternalError
from directive_parser.extractors import STAGES, StageSpec
from directive_parser.loaders import load_path
from directive_parser.pipeline import check_order, parse_source
from directive_parser.record import Directive

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def full_runs() -> dict[str, Directive]:
    return {p.stem: parse_source(load_path(p)) for p in TEXTS}


@pytest.mark.parametrize("spec", STAGES, ids=[s.name for s in STAGES])
def test_every_stage_alone_finds_what_it_finds_in_the_full_run(spec: StageSpec, full_runs: dict[str, Directive]) -> None:
    differ = []
    # a later stage may append to a field (StageSpec.adds): what the stage finds alone is then what the full run's list
    # opens with
    added = {name for s in STAGES if STAGES.index(s) > STAGES.index(spec) for name in s.adds}
    for path in TEXTS:
        alone = parse_source(load_path(path), stages=[spec.name])
        full = full_runs[path.stem]
        for name in spec.fields:
            mine, whole = getattr(alone, name), getattr(full, name)
            if name in added and isinstance(mine, list) and whole[: len(mine)] == mine:
                continue
            if mine != whole:
                differ.append(f"{path.stem}.{name}")
    assert differ == []


def test_order_is_checked_when_the_pipeline_is_built() -> None:
    by_name = {s.name: s for s in STAGES}
    swapped = (by_name["obligations"], by_name["header"], by_name["deadlines"])
    with pytest.raises(ValueError, match=r"obligations.*needs .header."):
        check_order(swapped)
    with pytest.raises(ValueError, match="unknown stage"):
        parse_source(load_path(CORPUS / "000.txt"), stages=["nonesuch"])


def test_a_failing_stage_loses_only_its_own_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(st: object, record: Directive) -> None:
        record.quotas = []
        raise IndexError("list index out of range")

    stages = tuple(StageSpec(s.name, broken, s.fields, s.needs) if s.name == "quotas" else s for s in STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    record = parse_source(load_path(CORPUS / "000.txt"))
    assert record.number.symbol == "1092-CV/BDVTU"  # the rest of the record is kept
    assert record.deadlines and record.obligations
    assert record.quotas == []
    assert "stage-failed[quotas]: IndexError: list index out of range" in record.warnings


def test_a_fault_in_the_table_readers_loses_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    # SAFE_STRUCTURE: a bug in the rules for tables copied one cell per line (session 34's SUB_ROWS once raised a
    # TypeError on the probe's qm03, and the whole record was lost with a traceback) reads the text again without them
    def broken(*args: object) -> list[object]:
        raise TypeError("names_bodies() missing 1 required positional argument: 'b'")

    monkeypatch.setattr(structure, "flattened_tables", broken)
    record = parse_source(load_path(CORPUS / "n002.txt"))
    assert record.number.symbol and record.signer.name and record.obligations  # the rest of the record is kept
    assert any(w.startswith("stage-failed[structure]: TypeError: names_bodies()") for w in record.warnings)


def test_a_fault_the_plain_reading_has_too_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from directive_parser.cli import app

    def broken(*args: object) -> object:
        raise ValueError("a bug")

    monkeypatch.setattr(structure, "build", broken)
    with pytest.raises(InternalError, match=re.escape("failed to read the document's structure (ValueError: a bug); this is a bug")):
        parse_source(load_path(CORPUS / "000.txt"))
    result = CliRunner().invoke(app, ["parse", str(CORPUS / "000.txt")])
    assert result.exit_code == 1 and "this is a bug" in result.output and "Traceback" not in result.output
    # the web service answers it as its own fault, not the input's
    from directive_parser.web.app import _as_request_error

    assert _as_request_error(InternalError("a bug")).status == 500


def test_a_malformed_value_is_caught_by_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    def bad_symbol(st: object, record: Directive) -> None:
        for spec in STAGES:
            if spec.name == "header":
                spec.run(st, record)  # type: ignore[arg-type]
        record.number.symbol = "1092 - CV/BDVTU"  # spaces: the contract forbids them

    stages = tuple(StageSpec(s.name, bad_symbol, s.fields, s.needs) if s.name == "header" else s for s in STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    record = parse_source(load_path(CORPUS / "000.txt"))
    assert record.number.symbol is None
    assert any(w.startswith("invalid-value[number]") for w in record.warnings)
    assert record.date is not None  # the other header fields survive


# 000's first duty with its day moved past June's end (June has 30 days): the duty stays, with its time and
# no date (its deadline too), and the record says why (IMPOSSIBLE_DAY, ``pipeline.impossible_days``).
SLIPPED_DAY = (CORPUS / "000.txt").read_text(encoding="utf-8").replace("trước ngày 15/7/2023", "trước ngày 31/6/2023")


def test_a_duty_due_on_a_day_its_month_lacks_is_kept_and_warned() -> None:
    from directive_parser import parse_text

    record = parse_text(SLIPPED_DAY)
    [duty] = [o for o in record.obligations if o.due == "trước ngày 31/6/2023"]
    assert duty.date is None and duty.action.startswith("gửi Báo cáo kết quả về Ban Dân vận Thành ủy")
    [deadline] = [d for d in record.deadlines if d.text == "trước ngày 31/6/2023"]
    assert deadline.date is None  # which day was meant is a guess
    assert any('"trước ngày 31/6/2023" names a day its month does not have' in w for w in record.warnings)


def test_the_real_day_gives_a_deadline_and_no_warning() -> None:
    from directive_parser import parse_text

    record = parse_text((CORPUS / "000.txt").read_text(encoding="utf-8"))
    assert any(d.text == "trước ngày 15/7/2023" and d.date is not None for d in record.deadlines)
    assert record.warnings == []


def test_a_text_with_only_a_duty_is_not_called_unrecognised() -> None:
    from directive_parser import parse_text

    # 000's first duty without its time, under its addressees: nothing of the header, one duty
    record = parse_text("Kính gửi: các quận ủy, huyện ủy\n\nĐề nghị các quận ủy, huyện ủy gửi Báo cáo kết quả về Ban Dân vận Thành ủy.\n")
    assert record.obligations and not any("no part of a Vietnamese directive" in w for w in record.warnings)
