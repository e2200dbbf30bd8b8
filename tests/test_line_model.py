"""The line-role model (issue 17): gold line labels from the annotations, training, the labeller."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from directive_parser import line_model as lm
from directive_parser.cli import app
from directive_parser.roles import ROLES, RuleRoleLabeller

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
CONFIG = ROOT / "models" / "line_roles" / "config.cfg"
runner = CliRunner()


def labelled(doc_id: str) -> lm.GoldLines:
    return lm.load_documents(CORPUS, ANNOTATIONS, [doc_id])[0]


def lines_with(doc: lm.GoldLines, label: str) -> list[str]:
    return [line.text.strip() for line, lab in zip(doc.structure.lines, doc.labels, strict=True) if lab == label]


@pytest.mark.parametrize(
    "label,lines",
    [
        ("parent", ["THÀNH UỶ HẢI PHÒNG"]),  # "Thành ủy Hải Phòng" in the gold: tone folded
        ("issuer", ["BAN DÂN VẬN"]),  # the name printed under its parent
        ("number", ["Số 1092-CV/BDVTU"]),
        ("place_date", ["Hải Phòng, ngày 07 tháng 7 năm 2023"]),
        ("subject", ["V/v kiểm tra, giám sát, khảo sát", "mô hình “Dân vận khéo”"]),
        ("authority", ["K/T TRƯỞNG BAN"]),
        ("position", ["PHÓ TRƯỞNG BAN"]),
        ("signer", ["Vũ Thị Thúy Nga"]),
        ("distribution", ["- Như trên,", "- Lưu."]),
    ],
)
def test_gold_values_label_their_lines(label: str, lines: list[str]) -> None:
    doc = labelled("000")
    assert lines_with(doc, label) == lines
    assert doc.missed == []


def test_a_symbol_that_lost_its_hyphens_is_still_found() -> None:
    # c109 prints "Số: 851CV/TWĐTNCNĐT" for the gold "851-CV/TWĐTN-CNĐT".
    doc = labelled("c109")
    assert lines_with(doc, "number") == ["Số: 851CV/TWĐTNCNĐT"]
    assert not any(m.startswith("number.symbol") for m in doc.missed)


def test_a_value_not_in_the_text_is_counted_not_guessed() -> None:
    doc = labelled("000")
    st = doc.structure
    gold = json.loads((ANNOTATIONS / "000.json").read_text("utf-8"))
    gold["signer"]["name"] = "Nguyễn Văn Không Có"
    again = lm.gold_lines("000", st, gold)
    assert again.missed == ["signer.name: Nguyễn Văn Không Có"]
    assert lines_with(again, "signer") == []
    assert again.located == doc.located - 1


def test_rule_roles_map_onto_the_gold_labels() -> None:
    assert {lm.rule_label(r) for r in ROLES} == set(lm.LABELS) | {""}
    assert lm.rule_label("motto") == "other" and lm.rule_label("blank") == ""


def test_scores_count_lines_and_f1() -> None:
    s = lm.Scores()
    s.add(["issuer", "other", "", "signer"], ["issuer", "signer", "number", "signer"])
    assert (s.correct, s.total) == (2, 3)  # the blank line is not scored
    assert s.f1("signer") == pytest.approx(2 / 3)
    assert s.f1("issuer") == 1.0


def test_combined_gives_each_role_to_its_winner() -> None:
    rules = ["issuer", "body", "motto", "blank", "distribution"]
    model = ["other", "signer", "other", "", "other"]
    # the model decides distribution (both ways) and signer; the rules keep issuer and motto
    assert lm.combine(rules, model, ["signer", "distribution"]) == ["issuer", "signer", "motto", "blank", "other"]
    assert lm.combine(rules, model, []) == rules
    # the model's label of a role it does not decide is not used: the rules' distribution line is "other"
    assert lm.combine(["distribution"], ["authority"], ["distribution"]) == ["other"]


def test_a_model_that_only_adds_keeps_the_rules_lines() -> None:
    rules = ["body", "distribution", "authority", "body"]
    model = ["distribution", "other", "distribution", "other"]
    assert lm.combine(rules, model, ["distribution"], add_only=True) == ["distribution", "distribution", "authority", "body"]


def test_winners_are_the_roles_the_model_scores_higher() -> None:
    rules, model = lm.Scores(), lm.Scores()
    rules.add(["issuer", "signer"], ["other", "signer"])
    model.add(["issuer", "signer"], ["issuer", "other"])
    assert lm.winners([{"rules": rules, "model": model}]) == ["issuer"]


def test_training_runs_end_to_end_on_a_slice(tmp_path: Path) -> None:
    out = tmp_path / "roles"
    done = runner.invoke(
        app,
        [
            "train",
            "roles",
            "-o",
            str(out),
            "--config",
            str(CONFIG),
            "--corpus",
            str(CORPUS),
            "--annotations",
            str(ANNOTATIONS),
            "--limit",
            "6",
            "--folds",
            "2",
            "--epochs",
            "2",
        ],
    )
    assert done.exit_code == 0, done.output
    assert "fold 2/2" in done.output and "rules acc/F1" in done.output
    scores = json.loads((out / "scores.json").read_text("utf-8"))
    assert scores["documents"] == 6 and scores["located"] > 0
    assert (out / "config.cfg").exists() and (out / "textcat").is_dir()

    doc = labelled("000")
    labeller = lm.TrainedRoleLabeller(out)
    first = labeller.label(doc.structure)
    assert len(first) == len(doc.structure.lines) and set(first) <= set(ROLES)
    assert labeller.label(doc.structure) == first  # stable on a fixed input
    assert lm.TrainedRoleLabeller(out).label(doc.structure) == first  # and after a fresh load
    # the model decides only the roles it won; every other line keeps the rules' role
    chosen = set(json.loads((out / "model_roles.json").read_text("utf-8")))
    assert chosen == set(scores["model_roles"]) and chosen <= set(lm.LABELS)
    rules = RuleRoleLabeller().label(doc.structure)
    for r, f in zip(rules, first, strict=True):
        if r not in chosen and f not in chosen:
            assert f == r


def test_a_missing_model_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(lm.TrainingError, match="no trained model"):
        lm.TrainedRoleLabeller(tmp_path).label(labelled("000").structure)


@pytest.mark.parametrize(
    "args,message",
    [
        (["--corpus", "/nonexistent"], "no such folder"),
        (["--split", "train"], "--split must be"),
        (["--config", "/nonexistent.cfg"], "no such config"),
        (["--folds", "50"], "Invalid value"),
    ],
)
def test_bad_training_arguments_fail_in_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    done = runner.invoke(app, ["train", "roles", "-o", str(tmp_path / "m"), "--config", str(CONFIG), *args])
    assert done.exit_code != 0
    assert message in done.output
    assert "Traceback" not in done.output


def test_obligation_spans_are_located_near_their_action() -> None:
    from directive_parser.gold_spans import obligation_spans

    doc = labelled("000")
    text = doc.structure.text
    gold = json.loads((ANNOTATIONS / "000.json").read_text("utf-8"))
    first, second = obligation_spans(text, gold)
    assert first.missed == [] and second.missed == []

    def at(o: object, name: str) -> str:
        s, e = o.spans[name]  # type: ignore[attr-defined]
        return text.text[s:e]

    assert at(first, "action") == "gửi Báo cáo kết quả về Ban Dân vận Thành ủy"
    assert at(first, "due") == "trước ngày 15/7/2023"
    assert at(second, "due") == "trước ngày 30/7/2023"  # the nearest, not the first in the text
    # the same words in two obligations: each takes its own occurrence, in its own item
    assert first.spans["deliver_to"] != second.spans["deliver_to"]
    line_of = text.text.count
    assert line_of("\n", 0, first.spans["action"][0]) < line_of("\n", 0, second.spans["action"][0])


def test_a_header_value_found_only_in_the_body_is_not_the_header() -> None:
    # n046's copy lost its number; "5240/BCA-V01" shows only in an attachment's
    # "(Gửi kèm Công văn số: 5240/BCA-V01 …)", which is not the header's number line.
    doc = labelled("n046")
    assert "number.symbol: 5240/BCA-V01" in doc.missed
    assert lines_with(doc, "number") == []
