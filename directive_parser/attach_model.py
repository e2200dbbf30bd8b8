"""A learned choice of the action a deadline belongs to (issue 17, task 6).

The rules find a deadline's date well (dev 0.93) but on documents nobody tuned for they attach the
wrong action to it (deadlines +action dev 0.90, held out 0.73). For each deadline the rules find,
this task lists **candidate actions** from the structure layer around its time phrase
(``candidates``): the clause that holds it (between ";" or ":" marks), the part of that clause
before the time and the part after it, the sentence, the item or paragraph (its block), the item's
lead-in (its parent block ending in ":"), the nearest heading above it, the previous sentence, a
table row's task cell, and the rules' own action. Each is cut as the rules cut an action (the time
phrase left out, README A4; ``deadlines._trim_action``), and candidates printing the same words are
one candidate with every relation that gives it.

Labels come from the gold only (``label``): the deadline is paired with a gold deadline of the same
date (``evaluate``'s date key) one to one, best candidate overlap first; the candidate(s) with the
best overlap (``evaluate.overlap``, the lenient matcher's measure) with that gold action, when it
reaches ``evaluate.ACTION_OVERLAP``, are the right ones. Gold deadlines no candidate matches are
counted (``Located``).

One spaCy ``textcat`` (``models/attach/config.cfg``: a CPU tok2vec over NORM/PREFIX/SUFFIX/SHAPE
plus a bag of n-grams) scores each candidate shown with its relations to the time, whether it is
the rules' action, its length, and the time phrase. The **combination** keeps the rules' action
unless another candidate scores more than a margin over it; each fold's margin is chosen on the
other folds' held-out scores. A changed action feeds the obligations stage too (every deadline is
an obligation: ``obligations.from_deadline``), so each choice is scored by re-running that stage,
with ``evaluate``'s deadlines +action and obligations rows, strict and lenient.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from . import evaluate as ev
from . import trim_model as tm
from .extractors import deadlines as deadlines_mod
from .extractors import obligations as obligations_mod
from .line_model import annotated_texts, fit_per_fold, fit_textcat, gold_obligations, no_documents, split_ids
from .record import Deadline, Directive, Obligation
from .structure import Structure
from .values import clean_value
from .vocabulary import duties

RIGHT, WRONG = "right", "wrong"
LABELS: tuple[str, ...] = (RIGHT, WRONG)
# The relations a candidate action stands in to the deadline's time phrase.
RULES = "rules"
CLAUSE, BEFORE, AFTER = "clause", "before", "after"
SENTENCE, ITEM, LEAD_IN, HEADING, PREVIOUS, ROW = "sentence", "item", "lead_in", "heading", "previous", "row_task"
RELATIONS: tuple[str, ...] = (RULES, CLAUSE, BEFORE, AFTER, SENTENCE, ITEM, LEAD_IN, HEADING, PREVIOUS, ROW)
# What the model reads of a candidate: its first words and its length in words (bucketed).
CANDIDATE_WORDS = 40
LENGTH_BUCKETS = (3, 6, 10, 16, 25, 40, 60)
# A candidate shorter than this many words is no action (deadlines.ACTION_MIN_WORDS's floor is 3; a
# two-word "Báo cáo kết quả" is one).
MIN_WORDS = 2
BATCH_SIZE = 64
DEFAULT_FOLDS = 5
# The margins by which another candidate's score must beat the rules' one; NEVER keeps the rules.
NEVER = 1.01
MARGIN_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, NEVER)
DEADLINE_ROWS: tuple[str, ...] = ("deadlines +action",)
# A changed action changes the obligation the stage reads from it, and may change where its other
# entries stop (``obligations._clause_before_deadlines``): every obligations row is watched.
OBLIGATION_ROWS: tuple[str, ...] = (*tm.ROWS, "obligations +deliver_to")
ROWS: tuple[str, ...] = (*DEADLINE_ROWS, *OBLIGATION_ROWS)
MARGIN_FILE = "margin.json"

# The marks a clause of a sentence ends at: ";" and ":" (a lead-in's colon; a list's semicolon).
_CLAUSE_MARK_RE = regex.compile(r"[;:]", regex.V1)
# A duty verb ("triển khai", "báo cáo", "phối hợp"; data/duties.toml) opening a candidate: an action
# starts with its verb (README A1), a heading or a body's name does not.
_DUTY_VERB_RE = regex.compile(rf"(?:{duties().verbs_pattern()})(?!\p{{L}})", regex.V1 | regex.I)


@dataclass
class Candidate:
    """One candidate action for a deadline.

    Attributes:
        action: the action as the record would give it.
        relations: how it stands to the time phrase (``RELATIONS``), the first one found first.
        text: the model's input.
        right: it matches the paired gold action best (``label``).
    """

    action: str
    relations: list[str]
    text: str = ""
    right: bool = False


@dataclass
class Located(tm.Tally):
    """How the rules' deadlines pair with the gold ones (``label``)."""

    gold: int = 0
    found: int = 0
    paired_by_date: int = 0
    with_candidate: int = 0
    rules_right: int = 0
    no_candidate: int = 0


@dataclass
class AttachDoc:
    """One document: the structure, the record after the deadlines stage, each deadline's candidates,
    the gold (None: not annotated) and the model's scores (one list per deadline)."""

    doc_id: str
    structure: Structure
    record: Directive
    candidates: list[list[Candidate]]
    gold: dict[str, Any] | None
    located: Located = field(default_factory=Located)
    scores: list[list[float]] = field(default_factory=list)
    # its scores by choice (the margins' grid gives the same choices many times over)
    cache: dict[tuple[int, ...], tm.Scores] = field(default_factory=dict)


def _cut(text: str, start: int, end: int, phrase: tuple[int, int] | None) -> str:
    """``text[start:end]`` without the time phrase, cut as the rules cut an action."""
    if phrase is not None and start <= phrase[0] < end:
        raw = f"{text[start : phrase[0]]} {text[min(phrase[1], end) : end]}"
    else:
        raw = text[start:end]
    return deadlines_mod.without_purpose(deadlines_mod._trim_action(clean_value(raw))) if raw.strip() else ""


def _spans(st: Structure, d: Deadline) -> list[tuple[str, int, int]]:
    """(relation, start, end) of each stretch of the text around the deadline's time phrase."""
    assert d.evidence is not None
    at, text = d.evidence.start, st.text.text
    out: list[tuple[str, int, int]] = []
    sentences = st.sentences_in(0, len(text))
    index = max((k for k, s in enumerate(sentences) if s.start <= at), default=None)
    if index is not None and at < sentences[index].end:
        sent = sentences[index]
        marks = [m.end() for m in _CLAUSE_MARK_RE.finditer(text, sent.start, at)]
        after = _CLAUSE_MARK_RE.search(text, d.evidence.end, sent.end)
        lo, hi = (marks[-1] if marks else sent.start), (after.start() if after else sent.end)
        out += [(CLAUSE, lo, hi), (BEFORE, lo, at), (AFTER, d.evidence.end, hi), (SENTENCE, sent.start, sent.end)]
        if index > 0:
            out.append((PREVIOUS, sentences[index - 1].start, sentences[index - 1].end))
    block = st.block_at(at)
    if block is not None:
        b = st.blocks[block]
        out.append((ITEM, b.content, b.end))
        parent = b.parent
        if parent is not None and st.block_text(parent).rstrip().endswith(":"):
            p = st.blocks[parent]
            out.append((LEAD_IN, p.content, p.end))
        heading = next((j for j in st.ancestors(block) if st.blocks[j].heading), None)
        if heading is not None:
            h = st.blocks[heading]
            out.append((HEADING, h.content, h.end))
        if b.table is not None:
            table = st.tables[b.table]
            task = table.column("task")
            for row in table.rows:
                if task is not None and task < len(row) and row[0].start <= at <= row[-1].end:
                    out.append((ROW, row[task].start, row[task].end))
    return out


def _bucket(words: int) -> int:
    return next((k for k, b in enumerate(LENGTH_BUCKETS) if words <= b), len(LENGTH_BUCKETS))


def candidates(st: Structure, d: Deadline) -> list[Candidate]:
    """The deadline's candidate actions (see the module's docstring), the rules' one first."""
    found: dict[str, Candidate] = {}

    def add(relation: str, action: str) -> None:
        if len(action.split()) < MIN_WORDS and relation != RULES:
            return
        key = ev.lenient_key(action)
        if key in found:
            if relation not in found[key].relations:
                found[key].relations.append(relation)
        else:
            found[key] = Candidate(action, [relation])

    add(RULES, d.action)
    if d.evidence is not None:
        phrase = (d.evidence.start, d.evidence.end)
        for relation, start, end in _spans(st, d):
            add(relation, _cut(st.text.text, start, end, phrase))
    out = list(found.values())
    for c in out:
        c.text = describe(d, c)
    return out


def describe(d: Deadline, c: Candidate) -> str:
    """The model's input for a candidate: its relations, whether it is the rules' action, its length,
    how much of the rules' action it shares (tenths of ``evaluate.overlap``), whether it opens with a
    duty verb, the time phrase and its first words."""
    words = c.action.split()
    relations = " ".join(f"rel{r}" for r in c.relations)
    shared = int(10 * ev.overlap(c.action, d.action))
    verb = "yes" if _DUTY_VERB_RE.match(c.action) else "no"
    return (
        f"{relations} rules{'yes' if RULES in c.relations else 'no'} len{_bucket(len(words))} share{shared}"
        f" verb{verb} time {d.text} action {' '.join(words[:CANDIDATE_WORDS])}"
    )


def gold_deadlines(gold: dict[str, Any]) -> list[dict[str, Any]] | None:
    """A gold record's deadlines, or None when its annotator left them out (``source.unannotated``)."""
    unannotated = (gold.get("source") or {}).get("unannotated") or []
    return None if "deadlines" in unannotated else gold.get("deadlines") or []


def _date_key(item: dict[str, Any]) -> Any:
    return ev._deadline_key(item, ev.lenient_key)


def label(doc: AttachDoc) -> Located:
    """Mark each deadline's right candidates from the gold deadlines of the same date (see the module's
    docstring); the counts."""
    gold = gold_deadlines(doc.gold) if doc.gold is not None else None
    counts = Located(found=len(doc.candidates))
    if gold is None:
        return counts
    counts.gold = len(gold)
    pairs: list[tuple[float, int, int]] = []
    found = [d.model_dump(mode="json") for d in doc.record.deadlines]
    for i, (d, cands) in enumerate(zip(found, doc.candidates, strict=True)):
        for j, g in enumerate(gold):
            if _date_key(d) == _date_key(g):
                pairs.append((max(ev.overlap(c.action, g.get("action")) for c in cands), i, j))
    used_d: set[int] = set()
    used_g: set[int] = set()
    for best, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i in used_d or j in used_g:
            continue
        used_d.add(i)
        used_g.add(j)
        counts.paired_by_date += 1
        if best < ev.ACTION_OVERLAP:
            counts.no_candidate += 1
            continue
        counts.with_candidate += 1
        for c in doc.candidates[i]:
            c.right = ev.overlap(c.action, gold[j].get("action")) >= best - 1e-9
        counts.rules_right += doc.candidates[i][0].right
    return counts


def build(doc_id: str, st: Structure, record: Directive, gold: dict[str, Any] | None) -> AttachDoc:
    """A document's deadlines' candidates and, with its gold, their labels."""
    doc = AttachDoc(doc_id, st, record, [candidates(st, d) for d in record.deadlines], gold)
    doc.located = label(doc)
    return doc


def load_documents(corpus: Path, annotations: Path, ids: Iterable[str] | None = None) -> list[AttachDoc]:
    """Parse the corpus texts (``corpus/<id>.txt``) as the pipeline does (``trim_model.prepare``) into
    deadlines with labelled candidates.

    Raises:
        TrainingError: no annotated document with a text.
    """
    docs: list[AttachDoc] = []
    for doc_id, gold, text in annotated_texts(corpus, annotations, ids):
        prepared = tm.prepare(text)
        if prepared is None:
            continue  # the obligations stage failed
        st, record = prepared
        docs.append(build(doc_id, st, record, gold))
    if not docs:
        raise no_documents(corpus, annotations)
    return docs


def train_model(docs: Sequence[AttachDoc], config: Path, epochs: int | None = None, seed: int = 0) -> Any:
    """Train the candidate classifier of ``config`` on the candidates of the labelled deadlines."""
    pairs = [
        (c.text, RIGHT if c.right else WRONG)
        for d in docs
        for cands in d.candidates
        if any(c.right for c in cands)
        for c in cands
    ]
    return fit_textcat(config, LABELS, pairs, epochs, seed, batch_size=BATCH_SIZE)


def set_scores(nlp: Any, docs: Iterable[AttachDoc]) -> None:
    """Each candidate's score."""
    for d in docs:
        flat = [c.text for cands in d.candidates for c in cands]
        scores = [float(doc.cats[RIGHT]) for doc in nlp.pipe(flat)]
        d.scores, at = [], 0
        for cands in d.candidates:
            d.scores.append(scores[at : at + len(cands)])
            at += len(cands)


# A choice: for each deadline of a document, the index of its chosen candidate (0: the rules').
Choice = tuple[int, ...]
Chooser = Callable[[AttachDoc], Choice]


def rules_choice(doc: AttachDoc) -> Choice:
    """The rules' actions."""
    return tuple(0 for _ in doc.candidates)


def model_choice(doc: AttachDoc) -> Choice:
    """The model alone: each deadline's best scored candidate."""
    return tuple(max(range(len(s)), key=lambda k: (s[k], -k)) for s in doc.scores)


def oracle_choice(doc: AttachDoc) -> Choice:
    """The ceiling: a right candidate when there is one (the rules' first), else the rules'."""
    return tuple(next((k for k, c in enumerate(cands) if c.right), 0) for cands in doc.candidates)


def combined(doc: AttachDoc, margin: float) -> Choice:
    """The rules' action unless another candidate scores more than ``margin`` over it."""
    out = []
    for s in doc.scores:
        best = max(range(len(s)), key=lambda k: (s[k], -k))
        out.append(best if best != 0 and s[best] - s[0] > margin else 0)
    return tuple(out)


def combined_choice(margin: float) -> Chooser:
    """The combination with this margin."""
    return lambda doc: combined(doc, margin)


def chosen_record(doc: AttachDoc, choice: Choice) -> tuple[list[Deadline], list[Obligation]]:
    """The deadlines with the chosen actions, and the obligations the stage reads from them."""
    deadlines = [
        d if k == 0 else d.model_copy(update={"action": cands[k].action})
        for d, cands, k in zip(doc.record.deadlines, doc.candidates, choice, strict=True)
    ]
    if choice == rules_choice(doc):
        return deadlines, list(doc.record.obligations)
    record = doc.record.model_copy(update={"deadlines": deadlines, "obligations": []})
    return deadlines, obligations_mod.find_obligations(doc.structure, record)


def document_scores(doc: AttachDoc, choice: Choice) -> tm.Scores:
    """``evaluate``'s deadlines +action and obligations rows, level → row → P/R/F, for one choice."""
    assert doc.gold is not None
    deadlines, obligations = chosen_record(doc, choice)
    gold_obls = gold_obligations(doc.gold)
    out = {level: {name: ev.PRF() for name in ROWS} for level in ev.LEVELS}
    if gold_obls is not None:
        obls = tm.found_scores(gold_obls, [o.model_dump(mode="json") for o in obligations], OBLIGATION_ROWS)
        for level in ev.LEVELS:
            out[level].update(obls[level])
    gold_dls = gold_deadlines(doc.gold)
    if gold_dls is not None:
        found = [d.model_dump(mode="json") for d in deadlines]
        for level in ev.LEVELS:
            for name in DEADLINE_ROWS:
                pairs = ev.match_items(found, gold_dls, name, level)
                out[level][name] = ev.PRF(tp=len(pairs), fp=len(found) - len(pairs), fn=len(gold_dls) - len(pairs))
    return out


def score(docs: Iterable[AttachDoc], chooser: Chooser) -> tm.Scores:
    """``evaluate``'s rows, level → row → P/R/F, for what ``chooser`` gives."""
    return tm.total((cached_scores(d, chooser(d)) for d in docs if d.gold is not None), ROWS)


def cached_scores(doc: AttachDoc, choice: Choice) -> tm.Scores:
    """``document_scores``, computed once per choice."""
    if choice not in doc.cache:
        doc.cache[choice] = document_scores(doc, choice)
    return doc.cache[choice]


def best_margin(docs: Sequence[AttachDoc]) -> float:
    """The margin with the largest lenient deadlines +action F gain over the rules on ``docs`` with no
    row (strict or lenient) lower; among equal gains the highest (fewest actions changed); ``NEVER``
    unless it gains."""
    return tm.best_setting(
        MARGIN_GRID, score(docs, rules_choice), lambda m: score(docs, combined_choice(m)), "deadlines +action", ROWS, NEVER
    )


def cross_validate(
    docs: Sequence[AttachDoc],
    config: Path,
    folds: int = DEFAULT_FOLDS,
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Score rules, model, combined and the ceiling on ``folds`` folds by document.

    Returns:
        Per fold: "docs", "margin" (a 1-tuple, chosen on the other folds' held-out scores), and the
        ``score`` of "rules", "model", "combined" and "oracle".

    Raises:
        TrainingError: fewer documents than folds, or fewer than 2 folds.
    """
    held = fit_per_fold(docs, folds, seed, lambda train: train_model(train, config, epochs, seed), set_scores, log)
    results: list[dict[str, Any]] = []
    for k in range(folds):
        m = best_margin([d for j, part in enumerate(held) if j != k for d in part])
        result: dict[str, Any] = {"docs": held[k], "margin": (m,)}
        result.update({name: score(held[k], choose) for name, choose in columns(m).items()})
        results.append(result)
    return results


def columns(margin: float) -> dict[str, Chooser]:
    """The columns a run reports: the rules, the model alone, the combination with ``margin``, and the
    candidates' ceiling ("oracle": a right candidate wherever there is one)."""
    return {"rules": rules_choice, "model": model_choice, "combined": combined_choice(margin), "oracle": oracle_choice}


def candidate_figures(docs: Sequence[AttachDoc]) -> list[str]:
    """How often the model's best candidate is a right one, on the deadlines with a right candidate."""
    total = rules = model = 0
    for d in docs:
        for cands, s in zip(d.candidates, d.scores, strict=True):
            if any(c.right for c in cands):
                total += 1
                rules += cands[0].right
                model += cands[max(range(len(s)), key=lambda k: (s[k], -k))].right

    def share(n: int) -> str:
        return f"{n}/{total} ({n / total:.3f})" if total else f"{n}/0"

    return [f"deadlines with a right candidate: rules' action right {share(rules)}, model's best right {share(model)}"]


def report(results: Sequence[dict[str, Any]]) -> list[str]:
    """Per fold and in all, the rows (strict and lenient P/R/F) of rules, model, combined and the ceiling."""
    names = [n for n in ("rules", "model", "combined", "oracle") if all(n in r for r in results)]
    return tm.fold_table(results, names, ROWS, lambda r: f"{r.get('margin', (NEVER,))[0]:g}", "margin")


def wins(results: Sequence[dict[str, Any]]) -> bool:
    """Whether the combination beats the rules on lenient deadlines +action F, all folds together,
    with no row (strict or lenient) lower."""
    return tm.combined_wins(results, "deadlines +action", ROWS)


def split(annotations: Path, name: str) -> list[str] | None:
    """The ids of a split (``line_model.split_ids``)."""
    return split_ids(annotations, name)
