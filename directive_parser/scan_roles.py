"""Line roles on OCR'd pages (issue 17, task 4): the line model trained and cross-validated on scans.

The documents are the OCR'd inputs ``evaluate --scans`` scores (``files/<id>.scan.pdf`` and every
PDF with a page without a text layer), each read once; a document may have two (its ``.pdf`` and
its ``.scan.pdf``), and both always fall in the same fold. Gold line labels come from the
annotations only, located in the OCR'd text by ``line_model.gold_lines`` with its tolerant match.

``cross_validate`` scores, on folds by document, the rules, the model and the two combined (the
model deciding the roles it won on the other folds; or only adding lines the rules placed nowhere)
on the lines, and also on the register fields the lines serve: each held-out input is parsed by the
pipeline with each labeller and scored as ``evaluate`` scores it (``score_document``), so the
figures are the fields' own.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import line_model as lm
from . import roles as roles_mod
from . import structure as structure_mod
from .errors import DirectiveParserError, NoTextLayer
from .evaluate import REGISTER_FIELDS
from .loaders import load_path
from .normalize import normalize
from .source import SourceDocument
from .structure import Structure

# The ways the model's labels are used: the rules' roles alone, the model deciding its roles
# (``line_model.combine``), the model only adding lines the rules placed nowhere (``add_only``).
RULES, DECIDES, ADDS = "rules", "combined", "adds"
LABELLERS: tuple[str, ...] = (RULES, DECIDES, ADDS)


def scan_sources(corpus: Path, ids: Iterable[str]) -> Iterator[tuple[str, str, SourceDocument]]:
    """Each OCR'd input of the documents ``ids``, as ``evaluate --scans`` reads it: (id, file name, source).

    A ``.scan.pdf`` is OCR'd; a ``.pdf`` only when a page has no text layer. An input the loaders
    cannot read is left out (``evaluate`` scores it as an empty record; there is nothing to learn).
    """
    from .evaluate import corpus_inputs

    for item in corpus_inputs(corpus, ids):
        if item.kind not in ("pdf", "scan"):
            continue
        try:
            try:
                source = load_path(item.path, ocr=item.kind == "scan")
            except NoTextLayer:
                source = load_path(item.path, ocr=True)
            else:
                if item.kind == "pdf":
                    if not source.unread_pages:
                        continue
                    source = load_path(item.path, ocr=True)
        except DirectiveParserError:
            continue
        yield item.doc_id, item.path.name, source


# How the OCR'd inputs are read: ``scan_sources``; a test replaces it to run without Tesseract.
Sources = Callable[[Path, Iterable[str]], Iterator[tuple[str, str, SourceDocument]]]


def load_scans(
    corpus: Path, annotations: Path, ids: Iterable[str] | None = None, sources: Sources = scan_sources
) -> list[lm.GoldLines]:
    """The OCR'd inputs of the annotated documents with their gold line labels (tolerant location).

    Raises:
        TrainingError: no annotated document has an OCR'd input.
    """
    wanted = sorted(p.stem for p in annotations.glob("*.json")) if ids is None else list(ids)
    docs: list[lm.GoldLines] = []
    for doc_id, name, source in sources(corpus, wanted):
        text = normalize(source)
        st = structure_mod.prepare(text)  # ONE_PREPARATION: the parse's structure
        gold = json.loads((annotations / f"{doc_id}.json").read_text("utf-8"))
        g = lm.gold_lines(doc_id, st, gold, ocr=True)
        g.variant, g.source = name, source
        docs.append(g)
    if not docs:
        raise lm.TrainingError(f"no OCR'd input (a .scan.pdf or a PDF without a text layer) in {corpus}/files")
    return docs


class FittedRoleLabeller:
    """A ``RoleLabeller`` over a model already in memory (a fold's), used one of the ways of ``LABELLERS``."""

    def __init__(self, nlp: Any, model_roles: Iterable[str], how: str) -> None:
        """Keep the model, the roles it decides and how its labels are used (``DECIDES`` or ``ADDS``)."""
        self.nlp, self.model_roles, self.add_only = nlp, list(model_roles), how == ADDS
        self._rules = roles_mod.RuleRoleLabeller()

    def label(self, st: Structure) -> list[roles_mod.Role]:
        """One role per line of ``st.lines``."""
        rules = self._rules.label(st)
        model = lm.predict(self.nlp, st)
        return [lm._as_role(x) for x in lm.combine(rules, model, self.model_roles, self.add_only)]


def parse_with(source: SourceDocument, labeller: roles_mod.RoleLabeller) -> dict[str, Any]:
    """The record of ``source`` parsed with ``labeller`` giving the lines' roles, JSON-ready."""
    from . import pipeline

    previous = pipeline.set_role_labeller(labeller)
    try:
        return pipeline.parse_source(source).model_dump(mode="json")
    finally:
        pipeline.set_role_labeller(previous)


@dataclass
class FoldResult:
    """One fold's (or one split's) figures: lines per labeller, fields per way of combining.

    Attributes:
        lines: "rules", "model", "combined" → line scores (``line_model.Scores``).
        fields: ``LABELLERS`` → ``evaluate.KindScores`` of the held-out inputs.
        chosen: the roles the model decides (won on the other folds).
        inputs: the held-out inputs scored ("n051.scan.pdf").
    """

    lines: dict[str, lm.Scores] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)
    chosen: list[str] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)


def score(
    docs: Sequence[lm.GoldLines], nlp: Any, chosen: Sequence[str], annotations: Path, line_scores: dict[str, lm.Scores]
) -> FoldResult:
    """Lines and fields of ``docs`` with the rules and with ``nlp`` combined both ways.

    Args:
        docs: the scored inputs (``load_scans``).
        nlp: the model.
        chosen: the roles the model decides.
        annotations: the gold folder, for ``evaluate``'s scoring.
        line_scores: the rules' and model's line scores of ``docs`` (``fold_lines``).
    """
    from .evaluate import KindScores, load_gold, score_document

    result = FoldResult(lines=dict(line_scores), chosen=list(chosen), inputs=[d.variant for d in docs])
    result.lines["combined"] = lm.Scores()
    result.fields = {how: KindScores("scan") for how in LABELLERS}
    labellers: dict[str, roles_mod.RoleLabeller] = {
        RULES: roles_mod.RuleRoleLabeller(),
        DECIDES: FittedRoleLabeller(nlp, chosen, DECIDES),
        ADDS: FittedRoleLabeller(nlp, chosen, ADDS),
    }
    for d in docs:
        result.lines["combined"].add(d.labels, [lm.rule_label(x) for x in labellers[DECIDES].label(d.structure)])
        gold = load_gold(annotations / f"{d.doc_id}.json").model_dump(mode="json")
        for how, labeller in labellers.items():
            predicted = parse_with(d.source, labeller)
            result.fields[how].documents.append(d.doc_id)
            score_document(d.doc_id, "scan", predicted, gold, result.fields[how])
    return result


def fold_lines(docs: Sequence[lm.GoldLines], nlp: Any) -> dict[str, lm.Scores]:
    """The rules' and the model's line scores of ``docs``."""
    scores = {"rules": lm.Scores(), "model": lm.Scores()}
    for d in docs:
        scores["rules"].add(d.labels, lm.rule_labels(d.structure))
        scores["model"].add(d.labels, lm.predict(nlp, d.structure))
    return scores


def cross_validate(
    docs: Sequence[lm.GoldLines],
    config: Path,
    annotations: Path,
    folds: int = lm.DEFAULT_FOLDS,
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
) -> list[FoldResult]:
    """Rules, model and combined on ``folds`` folds by document (every input of a document in one fold).

    Each fold's model trains on the other folds' OCR'd inputs only; the roles it decides are the
    ones it won on the other folds' lines, so a fold's own gold never chooses its labeller.

    Raises:
        TrainingError: fewer documents than folds, or fewer than 2 folds.
    """
    _, parts = lm.document_folds(sorted({d.doc_id for d in docs}), folds, seed)
    models, lines = [], []
    for k, held_ids in enumerate(parts):
        held = [d for d in docs if d.doc_id in held_ids]
        train = [d for d in docs if d.doc_id not in held_ids]
        if log:
            log(f"fold {k + 1}/{folds}: train on {len(train)} OCR'd inputs, test on {len(held)}")
        nlp = lm.train_model(train, config, epochs, seed, log)
        models.append(nlp)
        lines.append(fold_lines(held, nlp))
    results = []
    for k, held_ids in enumerate(parts):
        held = [d for d in docs if d.doc_id in held_ids]
        chosen = lm.winners(lines[:k] + lines[k + 1 :])
        results.append(score(held, models[k], chosen, annotations, lines[k]))
    return results


def pooled(results: Sequence[FoldResult]) -> FoldResult:
    """The folds' figures added up."""
    from .evaluate import KindScores

    total = FoldResult(lines={n: lm.Scores() for n in results[0].lines})
    total.fields = {how: KindScores("scan") for how in LABELLERS}
    for r in results:
        for n, s in r.lines.items():
            total.lines[n].merge(s)
        for how, ks in r.fields.items():
            _merge_fields(total.fields[how], ks)
        total.inputs += r.inputs
    return total


def _merge_fields(into: Any, other: Any) -> None:
    """Add ``other``'s counts (a ``KindScores``) to ``into``'s: every counter of every field."""
    into.documents += other.documents
    for part in ("register", "lists"):
        for lv, by_name in getattr(other, part).items():
            for name, counts in by_name.items():
                mine = getattr(into, part)[lv][name]
                for key, value in vars(counts).items():
                    setattr(mine, key, getattr(mine, key) + value)


def field_figures(ks: Any) -> dict[str, float]:
    """Every scored field's figure of a ``KindScores``, ``name/level``: register accuracy, list F1."""
    from .evaluate import LEVELS, REGISTER_FIELDS, SCORED_LISTS

    out: dict[str, float] = {}
    for lv in LEVELS:
        for name in REGISTER_FIELDS:
            out[f"{name}/{lv}"] = ks.register[lv][name].accuracy
        for name in SCORED_LISTS:
            out[f"{name}/{lv}"] = ks.lists[lv][name].fscore
    return out


# The fields the lines' roles serve on a scan: every register field (the header stage reads the lines
# tagged motto, number, place_date, type, subject, issuer, parent; the signature stage the closing's
# roles) and the two lists read from tagged lines, the addressees and the "Nơi nhận" items.
SERVED: tuple[str, ...] = (*REGISTER_FIELDS, "recipients", "distribution")


def verdict(total: FoldResult, how: str) -> tuple[bool, list[str], list[str]]:
    """Whether combining ``how`` beats the rules on the pooled folds: some served field higher (strict
    or lenient) and no field at all lower. Returns (wins, fields higher, fields lower)."""
    rules, other = field_figures(total.fields[RULES]), field_figures(total.fields[how])
    higher = [k for k in rules if other[k] > rules[k] + 1e-9]
    lower = [k for k in rules if other[k] < rules[k] - 1e-9]
    served_higher = [k for k in higher if k.split("/")[0] in SERVED]
    return bool(served_higher) and not lower, higher, lower


def report(results: Sequence[FoldResult], all_fields: bool = False) -> list[str]:
    """Printable lines: each fold's line figures and chosen roles, then the fields pooled over the folds
    (the served fields always, any other field that moved), strict and lenient, per labeller."""
    lines = lm.report([r.lines for r in results])
    for k, r in enumerate(results, 1):
        lines.append(f"fold {k}: {len(r.inputs)} inputs; the model decides: {', '.join(r.chosen) or 'nothing'}")
    total = pooled(results)
    figs = {how: field_figures(total.fields[how]) for how in LABELLERS}
    lines.append(f"fields over {len(total.inputs)} inputs (register: accuracy; lists: F1): field/level  " + "  ".join(
        f"{how:>8}" for how in LABELLERS
    ))
    for key in figs[RULES]:
        moved = len({round(figs[how][key], 6) for how in LABELLERS}) > 1
        if all_fields or moved or key.split("/")[0] in SERVED:
            lines.append(f"  {key:<34}" + "  ".join(f"{figs[how][key]:>8.3f}" for how in LABELLERS))
    for how in (DECIDES, ADDS):
        wins, higher, lower = verdict(total, how)
        lines.append(
            f"{how} vs rules: {'wins' if wins else 'does not win'}; higher: {', '.join(higher) or 'none'};"
            f" lower: {', '.join(lower) or 'none'}"
        )
    return lines


def located(docs: Sequence[lm.GoldLines]) -> dict[str, int]:
    """How many inputs and documents, and how many gold values were located (tolerantly) or not."""
    return {
        "inputs": len(docs),
        "documents": len({d.doc_id for d in docs}),
        "located": sum(d.located for d in docs),
        "located_tolerantly": sum(d.fuzzy for d in docs),
        "missed": sum(len(d.missed) for d in docs),
    }
