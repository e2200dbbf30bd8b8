"""The obligation trimming model (issue 17): trimmables, gold-only boundaries, the combination, training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from directive_parser import bow_scorer, pipeline
from directive_parser import evaluate as ev
from directive_parser import trim_model as tm
from directive_parser.cli import app
from directive_parser.loaders import load_path
from directive_parser.normalize import normalize
from directive_parser.record import Obligation

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
CONFIG = ROOT / "models" / "obligations_trim" / "config.cfg"
runner = CliRunner()


def doc(doc_id: str) -> tm.TrimDoc:
    return tm.load_documents(CORPUS, ANNOTATIONS, [doc_id])[0]


def item(d: tm.TrimDoc, action_start: str) -> tm.Trimmable:
    return next(t for t in d.items if t.sentence[t.rules[0] :].startswith(action_start))


def test_a_trimmable_offers_word_boundaries_and_the_rules_own() -> None:
    # 004: "4. MTTQ … trực thuộc quận căn cứ chức năng, nhiệm vụ, xây dựng văn bản … năm 2022; tổ chức kiểm tra, đánh
    # giá … tại cơ quan, địa phương, đơn vị, xong trước ngày 20/9/2022." (one entry, README E14)
    t = item(doc("004"), "căn cứ chức năng")
    assert t.rules[0] in t.starts and t.rules[1] in t.ends
    assert t.sentence[t.rules[0] : t.rules[1]].endswith('"Dân vận khéo" tại cơ quan, địa phương, đơn vị')
    # an end leaves the sentence's punctuation out: "nhiệm vụ," ends before its comma, never after
    comma = t.sentence.index("nhiệm vụ,") + len("nhiệm vụ")
    assert comma in t.ends and comma + 1 not in t.ends
    assert len(t.starts) == len(t.starts_text) and len(t.ends) == len(t.ends_text)


def test_the_target_comes_from_the_gold_only() -> None:
    # c125: the rules start the action at the sentence's opening clause ("Sau khi tiến hành tổng hợp, thẩm
    # định, Ban Tổ chức …"); the gold starts it at the duty's first verb after the body (README A1). (n010's
    # "Ban Quản lý | dự án đầu tư xây dựng số 1 chủ trì" was the example until the rules read the whole Ban's
    # name, session 14; n062's "Thường xuyên kiểm tra …", c111's "Thường xuyên trao đổi …" and c114's "Thời
    # gian Tổ Thư ký …" until the rules followed T1, A18 and the long time label, session 9.)
    t = item(doc("c125"), "Sau khi tiến hành tổng hợp, thẩm định, Ban Tổ chức")
    assert t.gold is not None and t.gold != t.rules
    assert t.sentence[t.gold[0] : t.gold[1]].startswith("đăng tải và tổ chức bình chọn trên Fanpage")
    # 004: the gold keeps "căn cứ chức năng, nhiệm vụ," at the head of the action (README A1), and the clauses of
    # the sentence are one entry (E14)
    d = doc("004")
    t = item(d, "căn cứ chức năng")
    assert t.gold is not None
    assert t.sentence[t.gold[0] : t.gold[1]] == (
        'căn cứ chức năng, nhiệm vụ, xây dựng văn bản triển khai thực hiện phong trào thi đua "Dân vận khéo" năm 2022; '
        'tổ chức kiểm tra, đánh giá việc triển khai thực hiện các mô hình và công nhận danh hiệu mô hình "Dân vận khéo" '
        "tại cơ quan, địa phương, đơn vị"
    )
    # every gold action paired by evaluate's lenient matching is located or counted as not located
    c = d.located
    assert c.paired == len(
        ev.match_items([o.model_dump(mode="json") for o in d.obligations], d.gold or [], "obligations", "lenient")
    )
    assert c.paired == c.in_sentence + c.action_not_printed + c.gold_not_in_sentence + c.off_boundaries
    assert c.in_sentence == sum(t.gold is not None for t in d.items)


def test_the_rules_column_is_evaluate_s() -> None:
    s = tm.score([doc("000")], tm.rules_choice)  # two gold obligations, both printed as the rules cut them
    assert (s["strict"]["obligations"].tp, s["strict"]["obligations"].fp, s["strict"]["obligations"].fn) == (2, 0, 0)


def _scored(
    sentence: str, rules: tuple[int, int], start_scores: dict[int, float], end_scores: dict[int, float]
) -> tm.Trimmable:
    starts = sorted({m.start() for m in tm._WORD_RE.finditer(sentence)})
    ends = sorted({m.end() for m in tm._WORD_RE.finditer(sentence)})
    t = tm.Trimmable(0, sentence, starts, ends, rules)
    t.start_scores = [start_scores.get(s, 0.0) for s in starts]
    t.end_scores = [end_scores.get(e, 0.0) for e in ends]
    return t


def test_the_combination_moves_a_boundary_only_when_the_model_is_confident() -> None:
    sentence = "Sở Nội vụ rà soát hồ sơ để tổng hợp"
    rules = (0, len(sentence))
    at = sentence.index("rà soát")
    before = sentence.index(" để")
    t = _scored(sentence, rules, {0: 0.3, at: 0.9}, {len(sentence): 0.45, before: 0.55})
    assert tm.trim(t, tm.NEVER, tm.NEVER) == rules  # the rules
    assert tm.trim(t, 0.5, 0.5) == (at, len(sentence))  # the start beats the rules' by 0.6, the end by 0.1 only
    assert tm.trim(t, 0.5, 0.0) == (at, before)
    # never fewer than MIN_WORDS words
    short = _scored("Sở rà soát", (0, 10), {7: 0.99}, {})
    assert tm.trim(short, 0.0, 0.0) == (0, 10)
    # a cut is kept only when it shares the minimum overlap with the rules' action: "rà soát hồ sơ"
    # against the whole sentence, 2·4 / (4 + 10) = 0.57 (evaluate.overlap)
    assert round(ev.overlap(sentence[at:before], sentence), 2) == 0.57
    assert tm.trim(t, 0.5, 0.0, 0.5) == (at, before)
    assert tm.trim(t, 0.5, 0.0, 0.6) == rules


def test_margins_stay_the_rules_when_nothing_is_better() -> None:
    d = doc("000")
    tm_scores_zero = [(t, [0.0] * len(t.starts), [0.0] * len(t.ends)) for t in d.items]
    for t, s, e in tm_scores_zero:
        t.start_scores, t.end_scores = s, e
    assert tm.best_margins([[d]]) == tm.RULES


def _one_duty(doc_id: str, sentence: str, gold: str, start_word: str, start_score: float) -> tm.TrimDoc:
    """A document of one rules' obligation (the whole sentence) whose best start is ``start_word``."""
    t = _scored(sentence, (0, len(sentence)), {sentence.index(start_word): start_score}, {})
    return tm.TrimDoc(doc_id, [Obligation(action=sentence, sentence=sentence)], [t], [{"action": gold}])


def _kept_won_lost() -> tuple[tm.TrimDoc, tm.TrimDoc, tm.TrimDoc]:
    """Three one-duty documents: a cut to the gold's ("kept"), a cut to the gold's that is too short a part
    of the rules' action to pair leniently ("won"), and a cut that loses its pair ("lost")."""
    kept = _one_duty("a", "Sở Nội vụ rà soát hồ sơ cán bộ", "rà soát hồ sơ cán bộ", "rà soát", 0.9)
    won = _one_duty(
        "c",
        "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tổ chức hội nghị",
        "tổ chức hội nghị",
        "tổ chức",
        0.9,
    )
    lost = _one_duty(
        "b",
        "kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
        "kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
        "tập thể",
        0.95,
    )
    return kept, won, lost


def test_the_fold_guard_refuses_a_lenient_loss_another_fold_hides() -> None:
    # fold 1: two cuts to the gold's (strict +2, lenient +1: "tổ chức hội nghị" is too short a part
    # of the rules' action to pair with it leniently); fold 2: a cut that loses its pair both ways
    kept, won, lost = _kept_won_lost()
    folds = [[kept, won], [lost]]
    pooled = tm.score([kept, won, lost], tm.combined_choice(0.0, 0.0))["lenient"]["obligations"]
    rules = tm.score([kept, won, lost], tm.rules_choice)["lenient"]["obligations"]
    assert pooled.fscore == rules.fscore  # pooled, the loss in fold 2 is hidden by fold 1's gain
    # any cut (no minimum overlap): the largest start margin that still moves the three starts (0.9
    # would move "lost" alone), the end margin never used
    any_cut = (0.0,)
    assert tm.best_margins(folds, tm.POOLED, any_cut) == (0.8, tm.NEVER, 0.0)
    assert tm.best_margins(folds, tm.FOLD, any_cut) == tm.RULES
    # without the losing cut's fold, the same cuts pass the fold guard
    assert tm.best_margins([[kept], [won]], tm.FOLD, any_cut) == (0.8, tm.NEVER, 0.0)


def test_the_minimum_overlap_keeps_the_gain_the_fold_guard_alone_refused() -> None:
    # the same three documents: "lost" cuts its 12 syllables down to "tập thể" (overlap 0.29 with the
    # rules' action), "won" its 17 to "tổ chức hội nghị" (0.38), "kept" its 9 to "rà soát hồ sơ cán
    # bộ" (0.8): with a minimum overlap of 0.8 only "kept" moves, and no fold loses a lenient pair
    kept, won, lost = _kept_won_lost()
    assert tm.best_margins([[kept, won], [lost]], tm.FOLD) == (0.8, tm.NEVER, 0.8)
    chosen = tm.combined_choice(0.8, tm.NEVER, 0.8)
    assert [o.action for d in (kept, won, lost) for o in chosen(d)] == [
        "rà soát hồ sơ cán bộ",
        "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tổ chức hội nghị",
        "kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
    ]


def test_training_runs_end_to_end_on_a_slice(tmp_path: Path) -> None:
    out = tmp_path / "trim"
    args = ["train", "trim", "-o", str(out), "--config", str(CONFIG), "--corpus", str(CORPUS)]
    args += ["--annotations", str(ANNOTATIONS), "--limit", "4", "--folds", "2", "--epochs", "1"]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    assert "fold 2/2" in done.output and "obligations (strict P/R/F)" in done.output
    assert "obligations +responsible (lenient P/R/F)" in done.output
    scores = json.loads((out / "scores.json").read_text("utf-8"))
    assert scores["documents"] == 4 and scores["located"]["paired"] >= scores["located"]["in_sentence"] > 0
    assert (out / "config.cfg").exists() and (out / "textcat").is_dir()
    assert json.loads((out / tm.THRESHOLDS_FILE).read_text("utf-8")) == scores["margins"]

    # the export scores every boundary as the spaCy model does, without spaCy's tokenizer
    import spacy

    inputs = [x for t in doc("004").items for x in (*t.starts_text, *t.ends_text)]
    by_spacy = tm.spacy_scorer(spacy.load(out))(inputs)
    trimmer = tm.ObligationTrimmer(out)
    assert max(abs(a - b) for a, b in zip(by_spacy, trimmer.score(inputs), strict=True)) < 1e-6
    assert trimmer.margins == tuple(scores["margins"])

    # a loaded model gives stable output on fixed inputs, through the pipeline's hook
    text = normalize(load_path(CORPUS / "004.txt"))
    runs = []
    for _ in range(2):
        previous = pipeline.set_obligation_filter(tm.ObligationTrimmer(out).filter)
        try:
            runs.append([o.action for o in pipeline.run(text).obligations])
        finally:
            pipeline.set_obligation_filter(previous)
    assert runs[0] == runs[1] and len(runs[0]) == len(doc("004").obligations)


def test_a_missing_model_keeps_the_rules_actions_with_a_warning(tmp_path: Path) -> None:
    text = normalize(load_path(CORPUS / "004.txt"))
    previous = pipeline.set_obligation_filter(None)
    try:
        rules = pipeline.run(text).obligations
        pipeline.set_obligation_filter(tm.ObligationTrimmer(tmp_path).filter)  # no model there
        record = pipeline.run(text)
    finally:
        pipeline.set_obligation_filter(previous)
    assert [o.action for o in record.obligations] == [o.action for o in rules]
    assert any(w.startswith("stage-failed[obligation-model]: ExportError") for w in record.warnings)


@pytest.mark.parametrize(
    "args,message",
    [
        (["--corpus", "/nonexistent"], "no such folder"),
        (["--split", "train"], "--split must be"),
        (["--config", "/nonexistent.cfg"], "no such config"),
        (["--guard", "both"], "--guard must be"),
    ],
)
def test_bad_training_arguments_fail_in_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    done = runner.invoke(app, ["train", "trim", "-o", str(tmp_path / "m"), "--config", str(CONFIG), *args])
    assert done.exit_code != 0
    assert message in done.output


def test_no_trained_model_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(bow_scorer.ExportError, match="no exported model here"):
        tm.ObligationTrimmer(tmp_path)._model()
    (tmp_path / tm.EXPORT_FILE).write_bytes(b'{"format": "something else"}\n')
    with pytest.raises(bow_scorer.ExportError, match="not a"):
        tm.ObligationTrimmer(tmp_path)._model()
    head = EXPORT.read_bytes().split(b"\n", 1)[0]
    (tmp_path / tm.EXPORT_FILE).write_bytes(head + b"\ntruncated")
    with pytest.raises(bow_scorer.ExportError, match="the weights are damaged"):
        tm.ObligationTrimmer(tmp_path)._model()


# The export of the trimming model trained on all of dev (``train trim``, Session 8; not wired into
# the pipeline: models/README.md, task 3) and its spaCy model's scores of real dev boundaries, saved
# when it was made (models/obligations_trim/equality.py --fixture).
EXPORT = ROOT / "models" / "obligations_trim" / tm.EXPORT_FILE
FIXTURE = ROOT / "models" / "obligations_trim" / "spacy_scores.json"


def test_the_export_scores_as_its_spacy_model_did() -> None:
    import hashlib

    saved = json.loads(FIXTURE.read_text("utf-8"))
    assert hashlib.sha256(EXPORT.read_bytes()).hexdigest() == saved["export_sha256"], "regenerate the fixture"
    inputs = [x for x, _ in saved["boundaries"]]
    trimmer = tm.ObligationTrimmer(EXPORT)
    scores = trimmer.score(inputs)
    assert max(abs(a - s) for a, (_, s) in zip(scores, saved["boundaries"], strict=True)) < 1e-6
    # the export carries the combination's settings chosen with it (margins and minimum overlap)
    recorded = json.loads((EXPORT.parent / "scores.json").read_text("utf-8"))["margins"]
    assert list(trimmer.margins) == recorded
    # among them, feature words spaCy's tokenizer would have cut ("mạng 5G": "s_w0_5", "g")
    assert any("_5g" in x for x in inputs)


@pytest.mark.parametrize("word", ["s_w0_triển", "e_bm_mạng_5g", "s_sec_none", "e_cut_Q44", "s_relw_pfar_đồng"])
def test_feature_words_hash_as_spacy_s_strings(word: str) -> None:
    from spacy.strings import hash_string

    assert bow_scorer.string_key(word) == hash_string(word)


def test_the_export_trims_through_the_pipeline_hook() -> None:
    # c114 (dev): "Thời gian Tổ Thư ký tổng hợp, phân loại bài dự thi" — the gold starts at the verb (A1)
    text = normalize(load_path(CORPUS / "c114.txt"))
    rules = pipeline.run(text).obligations
    previous = pipeline.set_obligation_filter(tm.ObligationTrimmer(EXPORT).filter)
    try:
        trimmed = pipeline.run(text).obligations
    finally:
        pipeline.set_obligation_filter(previous)
    changed = [(r, t) for r, t in zip(rules, trimmed, strict=True) if r.action != t.action]
    assert changed
    for _, t in changed:  # a cut action is part of its sentence, with evidence where it is printed
        assert t.action in " ".join((t.sentence or "").split())
        assert t.action_evidence is None or t.action_evidence.text == t.action
