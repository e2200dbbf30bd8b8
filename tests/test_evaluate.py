"""The evaluation instrument: gold validation, the arithmetic, the comparison keys, the floors gate.

The last tests run ``evaluate`` over the real corpus and hold it to ``tests/eval_floors.json``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ANNOTATIONS, CORPUS, ROOT
from typer.testing import CliRunner

from directive_parser.cli import app
from directive_parser.errors import EXIT_GATE, AnnotationError
from directive_parser.evaluate import (
    PRF,
    Accuracy,
    BelowFloor,
    KindScores,
    Report,
    check_floors,
    evaluate,
    lenient_key,
    list_items,
    load_annotations,
    load_gold,
    pin,
    read_floors,
    score_document,
    strict_key,
    update_floors,
)

FLOORS = ROOT / "tests" / "eval_floors.json"


# --- gold validation -----------------------------------------------------------------------------


def _edit(data: dict[str, Any], path: str, value: Any) -> None:
    """Set (or, with value ``...``, delete) the key at a dotted path; list indexes are digits."""
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is ...:
        del node[last]
    else:
        node[last] = value


@pytest.mark.parametrize(
    ("path", "value", "named"),
    [
        ("deadlines", ..., "deadlines"),  # a contract key missing
        ("issuer.parent", ..., "issuer: missing key(s) parent"),  # a nested key missing
        ("deadlines.0.text", ..., "deadlines[0]: missing key(s) text"),  # an item key missing
        ("report_outline.1.children.0.guidance", ..., "children[0]: missing key(s) guidance"),  # deep in the tree
        ("confidence", 0.9, "unknown key(s) confidence"),  # only _notes may be added
        ("forms", {}, "forms: must be a list"),  # wrong shape
        ("date", "07/07/2023", "date"),  # not ISO
        ("issuer.system", "Đảng", "issuer.system"),  # not party/state/other
        ("quotas.0.min", "ba", "quotas.0.min"),  # not an int
        ("number.symbol", "1092 - CV/BDVTU", "number.symbol"),  # symbols carry no spaces
    ],
)
def test_malformed_gold_fails_naming_file_and_field(tmp_path: Path, path: str, value: Any, named: str) -> None:
    data = json.loads((ANNOTATIONS / "000.json").read_text(encoding="utf-8"))
    _edit(data, path, value)
    bad = tmp_path / "000.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(AnnotationError) as err:
        load_gold(bad)
    assert str(bad) in err.value.message and named in err.value.message


def test_gold_that_is_not_json_fails_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "001.json"
    bad.write_text('{"document_type": "Công văn",\n  "issuer": }', encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"001\.json: not valid JSON .* line 2"):
        load_gold(bad)


def test_every_gold_file_is_valid_and_notes_are_allowed(tmp_path: Path) -> None:
    gold = load_annotations(ANNOTATIONS)
    assert len(gold) >= 40
    data = json.loads((ANNOTATIONS / "003.json").read_text(encoding="utf-8"))
    data["_notes"] = "the number line was hard to read"
    (tmp_path / "003.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_gold(tmp_path / "003.json").number.symbol == gold["003"].number.symbol


# --- arithmetic ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "tp", "fp", "fn", "f"),
    [
        (["a", "b"], ["a", "b"], 2, 0, 0, 1.0),  # all right
        (["a", "b", "b"], ["b", "c"], 1, 2, 1, 0.4),  # a duplicate counts once per occurrence
        (["2023-07-15", "2023-07-15"], ["2023-07-15", "2023-07-15"], 2, 0, 0, 1.0),  # two duties, same day
        ([], ["a"], 0, 0, 1, 0.0),  # nothing predicted
        (["a"], [], 0, 1, 0, 0.0),  # nothing to find
        ([], [], 0, 0, 0, 0.0),  # nothing at all: 0, not a division error
    ],
)
def test_prf_counts(predicted: list[str], gold: list[str], tp: int, fp: int, fn: int, f: float) -> None:
    s = PRF()
    s.score_set(predicted, gold)
    assert (s.tp, s.fp, s.fn) == (tp, fp, fn)
    assert s.fscore == pytest.approx(f)


def test_prf_sums_documents_before_dividing() -> None:
    # Micro-average: one document with 3/3 and one with 0/1 give 3/4 recall, not the mean 0.5.
    s = PRF()
    s.score_set(["a", "b", "c"], ["a", "b", "c"])
    s.score_set([], ["d"])
    assert (s.precision, s.recall) == (1.0, 0.75)


def test_accuracy_counts_null_agreement_apart() -> None:
    acc = Accuracy()
    acc.add(True, gold_is_null=True)  # both null: right
    acc.add(True, gold_is_null=False)
    acc.add(False, gold_is_null=False)
    assert acc.accuracy == pytest.approx(2 / 3)
    assert acc.accuracy_nonnull == 0.5


# --- comparison keys ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "issuer", "strict_equal", "lenient_equal"),
    [
        ("Ban Dân vận Thành ủy Hải Phòng", "Ban Dân vận Thành uỷ Hải Phòng", True, False, True),  # 000: tone placement
        ("Đảng ủy P. Thạch Bàn", "Đảng ủy p. Thạch Bàn", True, False, True),  # 003: case of an abbreviation
        ("Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân Quảng Trị", True, False, True),  # level word optional
        ("Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân", True, False, False),  # the place itself is not
        ("Thành ủy Hải Phòng", "Hải Phòng", True, False, False),  # a Party committee is not a level word
        ("kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo”", "kiểm tra giám sát khảo sát mô hình Dân vận khéo", False, False, True),  # punctuation
        ("Kế hoạch", "KẾ HOẠCH", False, False, True),  # case
        ("Như trên", "Như  trên", False, True, True),  # whitespace collapses at both levels
        ("tỉnh Bắc Ninh", "Bắc Ninh", False, False, False),  # level words only optional in issuer names
    ],
)
def test_strict_and_lenient_keys(gold: str, predicted: str, issuer: bool, strict_equal: bool, lenient_equal: bool) -> None:
    assert (strict_key(gold) == strict_key(predicted)) is strict_equal
    assert (lenient_key(gold, issuer) == lenient_key(predicted, issuer)) is lenient_equal


def test_list_items_key_by_the_matching_rules() -> None:
    record = {
        "deadlines": [
            {"date": "2023-07-15", "text": "trước ngày 15/7/2023"},
            {"date": None, "text": "Cuối năm"},  # an undated duty is matched by its time phrase
        ],
        "quotas": [{"min": 3, "max": 5, "unit": "Mô hình"}],
        "report_outline": [{"title": "Kết quả", "children": [{"title": "Tổng số mô hình", "children": []}]}],
        "forms": [{"code": None, "title": "Phiếu đăng ký"}],
        "legal_references": [{"symbol": "08-NQ/TU", "title": None}],
    }
    assert list_items(record, "deadlines", "lenient") == ["2023-07-15", ("text", "cuối năm")]
    assert list_items(record, "quotas", "strict") == [(3, 5, "Mô hình")]
    assert list_items(record, "quotas", "lenient") == [(3, 5)]  # the unit is not compared leniently
    assert list_items(record, "report_outline", "strict") == ["Kết quả", "Tổng số mô hình"]  # flattened
    assert list_items(record, "forms", "strict") == [("title", "Phiếu đăng ký")]
    assert list_items(record, "legal_references", "lenient") == ["08 nq tu"]


def test_score_document_lists_the_misses() -> None:
    gold = load_gold(ANNOTATIONS / "000.json").model_dump(mode="json")
    predicted = json.loads(json.dumps(gold))
    predicted["issuer"]["name"] = "Ban Dân vận Thành uỷ Hải Phòng"
    predicted["date"] = None
    predicted["deadlines"] = predicted["deadlines"][:1]
    scores = KindScores("text")
    misses = score_document("000", "text", predicted, gold, scores)
    by_field = {m.field: m for m in misses}
    assert set(by_field) == {"issuer.name", "date", "deadlines"}
    assert by_field["issuer.name"].lenient_ok and not by_field["date"].lenient_ok
    assert by_field["deadlines"].gold == ["2023-07-30 (trước ngày 30/7/2023)"] and by_field["deadlines"].predicted == []
    assert scores.lists["strict"]["deadlines"].recall == 0.5


# --- floors ----------------------------------------------------------------------------------------


def _report(correct: int, total: int = 10) -> Report:
    scores = KindScores("text", documents=[str(i) for i in range(total)])
    scores.register["strict"]["date"] = Accuracy(correct, total)
    return Report(fingerprint="x", kinds={"text": scores})


def test_pin_sits_a_little_below() -> None:
    assert pin(0.8364) == 0.82
    assert pin(1.0) == 0.99
    assert pin(0.0) == 0.0


def test_update_floors_raises_but_never_lowers_silently() -> None:
    first = update_floors(_report(8), None)
    assert first["floors"]["text/date/strict"] == 0.79
    higher = update_floors(_report(9), first)
    assert higher["floors"]["text/date/strict"] == 0.89
    # A figure exactly at its floor re-pins to the floor, not to the figure less the margin.
    kept = update_floors(_report(8), {"floors": {"text/date/strict": 0.8}})
    assert kept["floors"]["text/date/strict"] == 0.8
    assert kept["fingerprint"] == "x"


def test_update_floors_refuses_a_regression_unless_allowed() -> None:
    pinned = update_floors(_report(9), None)
    with pytest.raises(BelowFloor, match=r"text/date/strict: 0\.8000 < floor 0\.89"):
        update_floors(_report(8), pinned)
    lowered = update_floors(_report(8), pinned, allow_regression=True)
    assert lowered["floors"]["text/date/strict"] == 0.79
    assert check_floors(_report(8), lowered) == []


# --- the real corpus ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(CORPUS, ANNOTATIONS, baseline=False, kinds=("text", "docx", "pdf"))


def test_evaluate_meets_the_pinned_floors(report: Report) -> None:
    floors = read_floors(FLOORS)
    assert report.kinds["text"].documents and len(report.kinds["text"].documents) == len(list(ANNOTATIONS.glob("*.json")))
    assert check_floors(report, floors) == []


def test_every_figure_has_a_floor(report: Report) -> None:
    # A field scored but not pinned would be free to fall; re-pin with evaluate --update-floors.
    assert set(report.metrics()) <= set(read_floors(FLOORS)["floors"])


def test_report_json_carries_scores_misses_and_skips(report: Report) -> None:
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["fingerprint"] == report.fingerprint
    assert data["kinds"]["text"]["fields"]["date"]["strict"]["total"] == len(report.kinds["text"].documents)
    assert any("--scans" in s["reason"] for s in data["skipped"])  # scans are opt-in


# --- the command -------------------------------------------------------------------------------------


@pytest.fixture()
def small_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Three seeds as text with their gold, copied so the tests may break them."""
    corpus, gold = tmp_path / "corpus", tmp_path / "annotations"
    corpus.mkdir()
    gold.mkdir()
    for doc_id in ("000", "001", "003"):
        shutil.copy(CORPUS / f"{doc_id}.txt", corpus)
        shutil.copy(ANNOTATIONS / f"{doc_id}.json", gold)
    return corpus, gold


def test_cli_check_floors_exits_with_the_gate_code(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"floors": {"text/date/strict": 1.01}}), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold), "--no-baseline", "--check-floors", "--floors", str(floors)])
    assert result.exit_code == EXIT_GATE
    assert "text/date/strict" in result.output


def test_cli_update_floors_refuses_to_lower(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    floors = tmp_path / "floors.json"
    before = json.dumps({"floors": {"text/date/strict": 1.01}})
    floors.write_text(before, encoding="utf-8")
    args = ["evaluate", str(corpus), str(gold), "--no-baseline", "--update-floors", "--floors", str(floors)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_GATE and floors.read_text(encoding="utf-8") == before
    result = CliRunner().invoke(app, [*args, "--allow-regression", "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    assert json.loads(floors.read_text(encoding="utf-8"))["floors"]["text/date/strict"] < 1.0
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["kinds"]["text"]["documents"] == 3


def test_cli_malformed_gold_is_one_line(small_corpus: tuple[Path, Path]) -> None:
    corpus, gold = small_corpus
    (gold / "001.json").write_text("{", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold)])
    assert result.exit_code == 1
    assert "001.json: not valid JSON" in result.output and "Traceback" not in result.output
