"""The duty detector (issue 17, task 5): units, gold-only labels, coverage, the combination, the command."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from directive_parser import duty_model as dm
from directive_parser import trim_model as tm
from directive_parser.cli import app
from directive_parser.loaders import load_path
from directive_parser.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
runner = CliRunner()


def doc(doc_id: str) -> dm.DutyDoc:
    return dm.load_documents(CORPUS, ANNOTATIONS, [doc_id])[0]


def unit_at(d: dm.DutyDoc, words: str) -> dm.Unit:
    return next(u for u in d.units if words in u.text)


def test_a_unit_is_a_duty_when_a_gold_action_is_printed_in_it() -> None:
    # c120: "+ Các Thành đoàn: Hải Phòng, Đà Nẵng, Cần Thơ triển khai xây dựng mới ít nhất 10 Tuyến phố …":
    # the gold action "triển khai xây dựng mới ít nhất 10 Tuyến phố (đường, hẻm) văn minh" is inside it;
    # no rules' entry covers it, and the stage's own entry for it inherits the body from its label.
    d = doc("c120")
    u = unit_at(d, "Cần Thơ triển khai xây dựng mới ít nhất 10")
    assert u.kind == dm.SENTENCE and u.gold and not u.covered
    assert [o.responsible for o in u.entries] == ["Các Thành đoàn"]
    assert "ruleno entryyes" in u.text and "headings Triển khai xây dựng các tuyến phố" in u.text
    # every gold action is counted once: located one way, outside the units, or not found
    c = d.located
    assert c.gold == len(d.gold or []) == c.whole + c.after_colon + c.prefix + c.outside_units + c.not_found


def test_the_labels_come_from_the_gold_only() -> None:
    prepared = tm.prepare(normalize(load_path(CORPUS / "c120.txt")))
    assert prepared is not None
    st, record = prepared
    assert not any(u.gold for u in dm.build("c120", st, record, []).units)
    gold = [{"action": "xây dựng mới ít nhất 15 Tuyến phố"}]
    labelled = [u for u in dm.build("c120", st, record, gold).units if u.gold]
    assert len(labelled) == 1 and "Tp. Hà Nội, Tp. Hồ Chí Minh triển khai" in labelled[0].text


def test_a_gold_action_printed_twice_is_labelled_outside_the_aims() -> None:
    # c111 prints "… thực hiện các nghiệp vụ trên Phần mềm Quản lý đoàn viên …" in "MỤC ĐÍCH, YÊU CẦU"
    # first, then as the duty; the gold "Thực hiện các nghiệp vụ trên Phần mềm quản lý đoàn viên" is the duty.
    d = doc("c111")
    aim = unit_at(d, "unit Triển khai đồng bộ, thống nhất việc thực hiện")
    assert "secaims" in aim.text and not aim.gold


def test_a_rules_action_printed_in_a_unit_covers_it() -> None:
    # c111's aim above holds the words of the rules' "Thực hiện các nghiệp vụ trên Phần mềm quản lý đoàn
    # viên" (whose evidence is further down): covered, so the combination never adds it again.
    d = doc("c111")
    aim = unit_at(d, "unit Triển khai đồng bộ, thống nhất việc thực hiện")
    assert aim.covered and not any(dm._overlaps(o, aim) for o in d.obligations)


def test_the_combination_adds_only_uncovered_units_over_the_threshold() -> None:
    d = doc("c120")
    d.scores = [1.0 if u.gold else 0.0 for u in d.units]
    assert dm.combined(d, dm.NEVER) == d.obligations
    added = dm.combined(d, 0.5)
    extra = [o for u in d.units if u.gold and not u.covered for o in u.entries]
    assert extra and len(added) == len(d.obligations) + len(extra)
    assert all(o in added for o in extra)


def test_no_threshold_is_chosen_when_adding_lowers_a_row() -> None:
    # every uncovered unit of c120 scored a duty: adding them all lowers the rows, so the rules stay
    d = doc("c120")
    d.scores = [1.0] * len(d.units)
    rules = dm.score([d], dm.rules_choice)
    assert dm.score([d], dm.combined_choice(0.5))["lenient"]["obligations"].fscore < rules["lenient"]["obligations"].fscore
    assert dm.best_threshold([d]) == dm.NEVER


def test_the_command_trains_on_a_slice_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "model"
    args = ["train", "duties", "-o", str(out), "--corpus", str(CORPUS), "--annotations", str(ANNOTATIONS)]
    result = runner.invoke(app, [*args, "--limit", "6", "--folds", "2", "--epochs", "2"])
    assert result.exit_code == 0, result.output
    assert "fold 2/2" in result.output and "obligations (lenient P/R/F)" in result.output
    assert "held-out test split" not in result.output  # a slice never scores the test split
    figures = json.loads((out / "scores.json").read_text("utf-8"))
    assert figures["documents"] == 6 and "cross_validation" in figures and "test" not in figures
    assert json.loads((out / dm.THRESHOLD_FILE).read_text("utf-8")) == figures["threshold"]
    assert (out / "config.cfg").exists()


def test_the_command_refuses_a_bad_split(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "duties", "-o", str(tmp_path / "m"), "--split", "train"])
    assert result.exit_code == 2 and "--split must be dev, test or all" in result.output
