"""A trained keep/drop model over the obligations stage's candidates (issue 17, task 2).

The rules' obligations stage weighs every deadline, task-table row and body sentence, and keeps
those its duty test accepts. ``obligations.candidate_obligations`` returns them all, the rejected
ones included; each is a *candidate*. Its gold label comes from the annotations only: whether a
gold obligation is paired with it by ``evaluate``'s own lenient matching (the action's syllables
overlap by ``evaluate.ACTION_OVERLAP``, one to one) — never from the parser's judgement.

The model is one spaCy ``textcat`` (``models/obligations/config.cfg``: a CPU ``tok2vec`` on
NORM/PREFIX/SUFFIX/SHAPE plus a bag of n-grams) over a candidate shown with its context: whether
the rules keep it, where it comes from (deadline, table row, sentence), its section's kind, its
list marker, its position, whether it names a body and a time, the heading above it, the
sentence's first words (the lead-in verb) and the action.

The *combination* keeps the rules' choice unless the model is confident: a kept candidate is
dropped when the model's keep score is under ``drop_below``, a rejected one is added when it is
over ``add_above``. In cross-validation each fold's two thresholds are chosen on the other folds'
held-out scores only; everything is measured with ``evaluate``'s obligations metrics.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import evaluate as ev
from . import roles as roles_mod
from . import structure as structure_mod
from .extractors import STAGES
from .extractors import obligations as obligations_mod
from .line_model import (
    annotated_texts,
    fit_per_fold,
    fit_textcat,
    gold_obligations,
    load_pair,
    load_trained,
    no_documents,
    split_ids,
)
from .record import Directive, Obligation
from .source import Text
from .structure import Structure

KEEP, DROP = "keep", "drop"
LABELS: tuple[str, ...] = (KEEP, DROP)
# How many words of the sentence (its lead-in verb and body), the action and the heading above the model sees.
SENTENCE_WORDS = 12
ACTION_WORDS = 24
HEADING_WORDS = 8
# How many words of the block before the candidate's (a lead-in "… như sau:") and of its body's name.
LEAD_WORDS = 6
POSITION_BUCKETS = 10
# Candidates per update (a document has a few dozen).
BATCH_SIZE = 32
DEFAULT_FOLDS = 5
# The stages the candidates need (the obligations stage reads the header, signature and deadlines).
CANDIDATE_STAGES = ("header", "signature", "deadlines", "obligations")
# The thresholds the combination may take: drop a kept candidate under the first, add a rejected one
# over the second. (0.0, NEVER) is the rules unchanged.
NEVER = 1.01
DROP_GRID = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3)
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, NEVER)
# The evaluate rows the combination is judged by (lenient, as the README's accuracy table).
ROWS: tuple[str, ...] = ("obligations", "obligations +responsible", "obligations +due")
LEVEL = "lenient"
THRESHOLDS_FILE = "thresholds.json"


@dataclass
class Candidate:
    """One candidate obligation with what the model reads and its gold label.

    Attributes:
        obligation: the obligation as the rules built it.
        rules: whether the rules keep it.
        source: "deadline", "table" or "sentence".
        text: the model's input.
        gold: whether a gold obligation is paired with it (False when the gold is unknown).
    """

    obligation: Obligation
    rules: bool
    source: str
    text: str
    gold: bool = False


@dataclass
class CandidateDoc:
    """One document's candidates and its gold obligations (None: the gold has none annotated)."""

    doc_id: str
    candidates: list[Candidate]
    gold: list[dict[str, Any]] | None = None
    scores: list[float] = field(default_factory=list)


def _key(o: Obligation) -> tuple[int, str]:
    return (o.evidence.start if o.evidence else -1, o.action)


def _source(st: Structure, record: Directive, o: Obligation) -> str:
    start = o.evidence.start if o.evidence else -1
    block = st.block_at(start) if start >= 0 else None
    if block is not None and st.blocks[block].table is not None:
        return "table"
    if any(d.evidence is not None and d.evidence.start == start for d in record.deadlines):
        return "deadline"
    return "sentence"


def _first(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def _heading(st: Structure, block: int | None) -> str:
    """The nearest heading or lead-in above a block ("2. Sở Nội vụ:", "III. TỔ CHỨC THỰC HIỆN")."""
    if block is None:
        return ""
    for j in st.ancestors(block):
        b = st.blocks[j]
        return _first(st.text.text[b.start : b.end], HEADING_WORDS)
    return ""


def describe(st: Structure, record: Directive, o: Obligation, rules: bool) -> tuple[str, str]:
    """The model's input for a candidate, and its source.

    Args:
        st: the document's structure.
        record: the record (its deadlines).
        o: the candidate.
        rules: whether the rules keep it.

    Returns:
        (input text, source).
    """
    source = _source(st, record, o)
    start = o.evidence.start if o.evidence else 0
    block = st.block_at(start)
    marker = st.blocks[block].marker if block is not None else None
    kind = st.section_kind(start)
    pos = POSITION_BUCKETS * start // max(len(st.text.text), 1)
    kind_of_doc = "_".join((record.document_type or "none").split())
    ends = "colon" if (o.sentence or "").rstrip().endswith(":") else "stop"
    before = st.blocks[block - 1] if block else None
    lead = _first(st.text.text[before.start : before.end], LEAD_WORDS) if before is not None else ""
    text = (
        f"rule{'yes' if rules else 'no'} src{source} sec{kind or 'none'} mark{marker or 'none'} pos{pos}"
        f" doc{kind_of_doc} end{ends} resp{'yes' if o.responsible else 'no'} due{'yes' if o.due else 'no'}"
        f" heading {_heading(st, block)} lead {lead} who {_first(o.responsible or '', LEAD_WORDS)}"
        f" sentence {_first(o.sentence or '', SENTENCE_WORDS)} action {_first(o.action, ACTION_WORDS)}"
    )
    return text, source


def record_for_candidates(st: Structure) -> Directive:
    """The record as the obligations stage sees it (the stages it needs run, failures left empty)."""
    work = Directive()
    for spec in STAGES:
        if spec.name in CANDIDATE_STAGES:
            try:
                spec.run(st, work)
            except Exception:  # a failed stage loses only its fields, as in the pipeline
                blank = Directive()
                for name in spec.fields:
                    setattr(work, name, getattr(blank, name))
    return work


def prepare(text: Text) -> tuple[Structure, Directive]:
    """A normalised text's structure (with the rules' line roles) and its record as the obligations
    stage leaves it."""
    st = structure_mod.prepare(text)  # ONE_PREPARATION: the parse's structure
    st.roles = list(roles_mod.label_lines(st, roles_mod.RuleRoleLabeller()))
    return st, record_for_candidates(st)


def candidates(st: Structure, record: Directive) -> list[Candidate]:
    """The rules' obligations (kept) and the candidates their duty test rejected, in text order.

    Args:
        st: the structure.
        record: the record after the obligations stage.

    Returns:
        The candidates (gold labels not set).
    """

    def candidate(o: Obligation, rules: bool) -> Candidate:
        text, source = describe(st, record, o, rules)
        return Candidate(o, rules, source, text)

    kept = {_key(o) for o in record.obligations}
    out = [candidate(o, True) for o in record.obligations]
    out += [candidate(o, False) for o in obligations_mod.candidate_obligations(st, record) if _key(o) not in kept]
    out.sort(key=lambda c: _key(c.obligation)[0])
    return out


def _items(obls: Iterable[Obligation]) -> list[dict[str, Any]]:
    return [o.model_dump(mode="json") for o in obls]


def label(doc: CandidateDoc) -> None:
    """Set each candidate's gold label: paired with a gold obligation by evaluate's lenient match."""
    if doc.gold is None:
        return
    pairs = ev.match_items(_items(c.obligation for c in doc.candidates), doc.gold, "obligations", LEVEL)
    matched = {i for i, _ in pairs}
    for i, c in enumerate(doc.candidates):
        c.gold = i in matched


def load_documents(corpus: Path, annotations: Path, ids: Iterable[str] | None = None) -> list[CandidateDoc]:
    """Parse the corpus texts (``corpus/<id>.txt``) into labelled candidates.

    Raises:
        TrainingError: no annotated document with a text.
    """
    docs: list[CandidateDoc] = []
    for doc_id, gold, text in annotated_texts(corpus, annotations, ids):
        st, record = prepare(text)
        doc = CandidateDoc(doc_id, candidates(st, record), gold_obligations(gold))
        label(doc)
        docs.append(doc)
    if not docs:
        raise no_documents(corpus, annotations)
    return docs


def train_model(docs: Sequence[CandidateDoc], config: Path, epochs: int | None = None, seed: int = 0) -> Any:
    """Train the keep/drop classifier of ``config`` on the labelled candidates of ``docs``."""
    pairs = [(c.text, KEEP if c.gold else DROP) for d in docs if d.gold is not None for c in d.candidates]
    return fit_textcat(config, LABELS, pairs, epochs, seed, batch_size=BATCH_SIZE)


def keep_scores(nlp: Any, cands: Sequence[Candidate]) -> list[float]:
    """The model's keep score of each candidate."""
    return [float(doc.cats[KEEP]) for doc in nlp.pipe(c.text for c in cands)]


def choose(
    cands: Sequence[Candidate], scores: Sequence[float], drop_below: float, add_above: float
) -> list[Obligation]:
    """The combination: the rules' choice, unless the model is confident (see the module's docstring)."""
    return [
        c.obligation
        for c, p in zip(cands, scores, strict=True)
        if (c.rules and p >= drop_below) or (not c.rules and p > add_above)
    ]


Chooser = Callable[[CandidateDoc], list[Obligation]]


def rules_choice(doc: CandidateDoc) -> list[Obligation]:
    """The rules' obligations."""
    return [c.obligation for c in doc.candidates if c.rules]


def model_choice(doc: CandidateDoc) -> list[Obligation]:
    """The model alone: every candidate it scores keep."""
    return [c.obligation for c, p in zip(doc.candidates, doc.scores, strict=True) if p >= 0.5]


def combined_choice(drop_below: float, add_above: float) -> Chooser:
    """The combination with these thresholds."""
    return lambda doc: choose(doc.candidates, doc.scores, drop_below, add_above)


def score(docs: Iterable[CandidateDoc], chooser: Chooser) -> dict[str, ev.PRF]:
    """``evaluate``'s obligations rows (lenient) for what ``chooser`` keeps on ``docs``."""
    out = {name: ev.PRF() for name in ROWS}
    for d in docs:
        if d.gold is None:
            continue
        found = _items(chooser(d))
        same = list(ev._action_scores(found, d.gold, LEVEL))
        for name in ROWS:
            pairs = ev.match_items(found, d.gold, name, LEVEL, same)
            out[name].tp += len(pairs)
            out[name].fp += len(found) - len(pairs)
            out[name].fn += len(d.gold) - len(pairs)
    return out


def _fscores(docs: Sequence[CandidateDoc], chooser: Chooser) -> tuple[float, float]:
    s = score(docs, chooser)
    return s["obligations"].fscore, s["obligations +responsible"].fscore


def best_thresholds(docs: Sequence[CandidateDoc]) -> tuple[float, float]:
    """The (drop_below, add_above) whose smaller gain over the rules, of obligations F and
    +responsible F, is largest on ``docs``; the rules unchanged (0, ``NEVER``) unless both gain."""
    rules = _fscores(docs, rules_choice)
    best, best_gain = (0.0, NEVER), 0.0
    for lo in DROP_GRID:
        for hi in ADD_GRID:
            f, r = _fscores(docs, combined_choice(lo, hi))
            gain = min(f - rules[0], r - rules[1])
            if gain > best_gain + 1e-9:
                best, best_gain = (lo, hi), gain
    return best


def cross_validate(
    docs: Sequence[CandidateDoc],
    config: Path,
    folds: int = DEFAULT_FOLDS,
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Score rules, model and combined on ``folds`` folds by document (each doc's ``scores`` set).

    Returns:
        Per fold: "docs", "thresholds" (chosen on the other folds), and the ``score`` of "rules",
        "model" and "combined".

    Raises:
        TrainingError: fewer documents than folds, or fewer than 2 folds.
    """
    def apply(nlp: Any, part: list[CandidateDoc]) -> None:
        for d in part:
            d.scores = keep_scores(nlp, d.candidates)

    held = fit_per_fold(docs, folds, seed, lambda train: train_model(train, config, epochs, seed), apply, log)
    results: list[dict[str, Any]] = []
    for k in range(folds):
        others = [d for j, part in enumerate(held) if j != k for d in part]
        lo, hi = best_thresholds(others)
        results.append(
            {
                "docs": held[k],
                "thresholds": (lo, hi),
                "rules": score(held[k], rules_choice),
                "model": score(held[k], model_choice),
                "combined": score(held[k], combined_choice(lo, hi)),
            }
        )
    return results


def _merged(results: Sequence[dict[str, Any]], who: str) -> dict[str, ev.PRF]:
    total = {name: ev.PRF() for name in ROWS}
    for r in results:
        for name in ROWS:
            total[name] += r[who][name]
    return total


def _cell(prf: ev.PRF) -> str:
    return f"{prf.precision:.3f}/{prf.recall:.3f}/{prf.fscore:.3f}"


def report(results: Sequence[dict[str, Any]]) -> list[str]:
    """Per fold and in all, evaluate's lenient obligations rows (P/R/F) of rules, model, combined."""
    names = ("rules", "model", "combined")
    lines: list[str] = []
    for row in ROWS:
        lines.append(f"{row} (lenient P/R/F)")
        lines.append("fold  docs  gold  " + "  ".join(f"{n:>17}" for n in names) + "  thresholds")
        for k, r in enumerate(results, 1):
            gold = r["rules"][row].tp + r["rules"][row].fn
            lo, hi = r.get("thresholds", (0.0, NEVER))
            cells = "  ".join(f"{_cell(r[n][row]):>17}" for n in names)
            lines.append(f"{k:>4}  {len(r['docs']):>4}  {gold:>4}  {cells}  drop<{lo:g} add>{hi:g}")
        total = {n: _merged(results, n)[row] for n in names}
        gold = total["rules"].tp + total["rules"].fn
        docs = sum(len(r["docs"]) for r in results)
        lines.append(f" all  {docs:>4}  {gold:>4}  " + "  ".join(f"{_cell(total[n]):>17}" for n in names))
    return lines


def wins(results: Sequence[dict[str, Any]]) -> bool:
    """Whether the combination beats the rules, over all folds, on obligations F and +responsible F."""
    rules, combined = _merged(results, "rules"), _merged(results, "combined")
    return all(combined[row].fscore > rules[row].fscore for row in ("obligations", "obligations +responsible"))


class ObligationFilter:
    """The trained model as the obligations stage's last step, loaded lazily on first use.

    ``filter(st, record)`` returns the obligations the combination keeps (the rules' choice unless
    the model is confident, with the folder's ``thresholds.json``).
    """

    def __init__(self, path: str | Path) -> None:
        """Remember where the model is; nothing is read until the first ``filter``."""
        self.path = Path(path)
        self._nlp: Any = None
        self.thresholds = (0.0, NEVER)

    def _model(self) -> Any:
        if self._nlp is None:
            nlp = load_trained(self.path, "obligations")
            self.thresholds = load_pair(self.path / THRESHOLDS_FILE, self.thresholds)
            self._nlp = nlp
        return self._nlp

    def filter(self, st: Structure, record: Directive) -> list[Obligation]:
        """The obligations to keep among the stage's candidates."""
        nlp = self._model()
        cands = candidates(st, record)
        return choose(cands, keep_scores(nlp, cands), *self.thresholds)


def split(annotations: Path, name: str) -> list[str] | None:
    """The ids of a split (``line_model.split_ids``)."""
    return split_ids(annotations, name)
