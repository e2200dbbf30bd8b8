"""The deadline-action chooser (issue 17, task 6): candidates, gold-only labels, the combination, the command."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from directive_parser import attach_model as am
from directive_parser import trim_model as tm
from directive_parser.cli import app
from directive_parser.loaders import load_path
from directive_parser.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
runner = CliRunner()


def doc(doc_id: str) -> am.AttachDoc:
    return am.load_documents(CORPUS, ANNOTATIONS, [doc_id])[0]


def deadline_at(d: am.AttachDoc, action: str) -> int:
    return next(i for i, dl in enumerate(d.record.deadlines) if dl.action == action)


# c121: "… các tỉnh, thành đoàn, đoàn trực thuộc …; Tham mưu định kỳ hằng năm kiểm tra ngẫu nhiên một số đơn vị
# về kết quả thực hiện chỉ tiêu." (under "Các ban, đơn vị Trung ương Đoàn"): the rules read the action after
# the time; the gold action is the clause with its verb "Tham mưu".
C121_RULES = "kiểm tra ngẫu nhiên một số đơn vị về kết quả thực hiện chỉ tiêu"
C121_CLAUSE = "Tham mưu kiểm tra ngẫu nhiên một số đơn vị về kết quả thực hiện chỉ tiêu"


def test_candidates_come_from_the_structure_around_the_time() -> None:
    d = doc("c121")
    cands = d.candidates[deadline_at(d, C121_RULES)]
    assert cands[0].action == C121_RULES and cands[0].relations == [am.RULES, am.AFTER]
    by_action = {c.action: c.relations for c in cands}
    assert by_action[C121_CLAUSE] == [am.CLAUSE, am.SENTENCE]  # the time phrase left out (README A4)
    assert by_action["Tham mưu"] == [am.BEFORE]
    assert by_action["Các ban, đơn vị Trung ương Đoàn"] == [am.HEADING]
    assert any(am.ITEM in r for r in by_action.values()) and any(am.PREVIOUS in r for r in by_action.values())
    assert "relclause relsentence rulesno" in next(c.text for c in cands if c.action == C121_CLAUSE)
    assert "time định kỳ hằng năm action Tham mưu kiểm tra" in next(c.text for c in cands if c.action == C121_CLAUSE)


def test_the_labels_come_from_the_gold_only() -> None:
    d = doc("c121")
    i = deadline_at(d, C121_RULES)
    assert [c.action for c in d.candidates[i] if c.right] == [C121_CLAUSE]
    c = d.located
    assert c.paired_by_date == c.with_candidate + c.no_candidate and c.rules_right <= c.with_candidate
    prepared = tm.prepare(normalize(load_path(CORPUS / "c121.txt")))
    assert prepared is not None
    st, record = prepared
    assert not any(x.right for cands in am.build("c121", st, record, None).candidates for x in cands)
    # a made-up gold deadline: only a candidate of a deadline with the same time matches it
    gold = {"deadlines": [{"date": None, "text": "định kỳ hằng năm", "action": "Tham mưu"}]}
    made = am.build("c121", st, record, gold)
    right = [(k, x.action) for k, cands in enumerate(made.candidates) for x in cands if x.right]
    assert right == [(i, "Tham mưu")] and made.located.paired_by_date == 1
    other_time = {"deadlines": [{"date": "2031-01-01", "text": "ngày 01/01/2031", "action": "Tham mưu"}]}
    assert not any(x.right for cands in am.build("c121", st, record, other_time).candidates for x in cands)


def test_the_combination_takes_another_candidate_only_over_the_margin() -> None:
    d = doc("c121")
    i = deadline_at(d, C121_RULES)
    d.scores = [[0.5] + [0.0] * (len(cands) - 1) for cands in d.candidates]
    k = next(k for k, c in enumerate(d.candidates[i]) if c.action == C121_CLAUSE)
    d.scores[i][0], d.scores[i][k] = 0.2, 0.9
    assert am.combined(d, am.NEVER) == am.rules_choice(d)
    assert am.combined(d, 0.8) == am.rules_choice(d)
    choice = am.combined(d, 0.5)
    assert [j for j, c in enumerate(choice) if c] == [i] and choice[i] == k
    # the changed action feeds the obligations stage: the deadline's obligation takes it
    deadlines, obligations = am.chosen_record(d, choice)
    assert deadlines[i].action == C121_CLAUSE and deadlines[i].text == d.record.deadlines[i].text
    assert C121_CLAUSE in [o.action for o in obligations] and C121_CLAUSE not in [o.action for o in d.record.obligations]
    rules, moved = am.score([d], am.rules_choice), am.score([d], am.combined_choice(0.5))
    assert moved["strict"]["deadlines +action"].tp == rules["strict"]["deadlines +action"].tp + 1


def test_no_margin_is_chosen_when_a_change_lowers_a_row() -> None:
    # the model prefers a wrong candidate wherever the rules are right: every margin loses, the rules stay
    d = doc("c121")
    d.scores = [[0.0] + [1.0] * (len(cands) - 1) for cands in d.candidates]
    rules = am.score([d], am.rules_choice)
    assert am.score([d], am.combined_choice(0.0))["lenient"]["deadlines +action"].fscore < rules["lenient"]["deadlines +action"].fscore
    assert am.best_margin([d]) == am.NEVER


def test_the_command_trains_on_a_slice_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "model"
    args = ["train", "attach", "-o", str(out), "--corpus", str(CORPUS), "--annotations", str(ANNOTATIONS)]
    result = runner.invoke(app, [*args, "--limit", "6", "--folds", "2", "--epochs", "2"])
    assert result.exit_code == 0, result.output
    assert "fold 2/2" in result.output and "deadlines +action (lenient P/R/F)" in result.output
    assert "obligations +due (strict P/R/F)" in result.output
    assert "held-out test split" not in result.output  # a slice never scores the test split
    figures = json.loads((out / "scores.json").read_text("utf-8"))
    assert figures["documents"] == 6 and "cross_validation" in figures and "test" not in figures
    assert json.loads((out / am.MARGIN_FILE).read_text("utf-8")) == figures["margin"]
    assert (out / "config.cfg").exists()


def test_the_command_refuses_a_bad_split(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "attach", "-o", str(tmp_path / "m"), "--split", "train"])
    assert result.exit_code == 2 and "--split must be dev, test or all" in result.output
