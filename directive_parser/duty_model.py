"""A learned duty detector over the structure layer's units (issue 17, task 5).

Where the rules fall short on obligations is mostly recall: duties they do not find. Task 2 filtered
the rules' candidates; this task looks the other way. Every *unit* of the body (a sentence or clause
of a paragraph or list item, or a task-table row: ``structure.Structure``'s sentences and rows
between ``layout.body_start`` and ``layout.closing_start``) is shown to one spaCy ``textcat``
(``models/duties/config.cfg``: a CPU ``tok2vec`` on NORM/PREFIX/SUFFIX/SHAPE, words being syllables,
plus a bag of n-grams) with its heading chain, list marker, level, section kind and position.

Its gold label comes from the annotations only: a unit is a duty when a gold obligation's action is
located inside it (``locate``: the action's words in the folded text, case and punctuation free;
else the part after its last ":", E4's "lead-in: item"; else its first words). The gold actions that
cannot be located are counted, never labelled from the parser's output.

The *combination* is the rules' obligations plus, for each unit the model scores above a threshold
and no rules' entry covers (no rules' obligation's evidence overlaps it), the obligations stage's own
entry for that unit with its duty test skipped (``obligations.candidate_obligations``): its action
cut and its responsible body inherited exactly as the stage does for the duties it keeps (the
heading, the lead-in, the clause's subject). A unit the stage drops for another reason than the duty
test (a lead-in that only announces items, the issuer's own act, a field line, too few words) has no
entry and is never added. In cross-validation each fold's threshold is chosen on the other folds'
held-out scores only; everything is scored with ``evaluate``'s obligations rows, strict and lenient.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from . import evaluate as ev
from . import trim_model as tm
from .extractors import obligations as obligations_mod
from .line_model import annotated_texts, fit_per_fold, fit_textcat, gold_obligations, no_documents, split_ids
from .normalize import fold
from .record import Directive, Obligation
from .structure import Structure

DUTY, OTHER = "duty", "other"
LABELS: tuple[str, ...] = (DUTY, OTHER)
ROW, SENTENCE = "row", "sentence"
# What the model reads of a unit: its first words, the first words of each heading above it (nearest
# first, at most HEADINGS of them), the first words of the block before it (a lead-in "… như sau:").
UNIT_WORDS = 40
HEADING_WORDS = 8
HEADINGS = 3
LEAD_WORDS = 8
POSITION_BUCKETS = 10
# A gold action not found whole is looked for by its first words (a long action the annotator
# shortened or joined over a clause run).
PREFIX_WORDS = 8
BATCH_SIZE = 64
DEFAULT_FOLDS = 5
# The thresholds an added unit's duty score must exceed; NEVER is the rules unchanged.
NEVER = 1.01
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, NEVER)
ROWS = tm.ROWS
THRESHOLD_FILE = "threshold.json"

_WORD_RE = regex.compile(r"\w+", regex.V1)


@dataclass
class Unit:
    """One unit of the body with what the model reads and its gold label.

    Attributes:
        start, end: its span in the normalised text.
        kind: ``ROW`` or ``SENTENCE``.
        text: the model's input.
        gold: a gold obligation's action is located inside it.
        covered: a rules' obligation's evidence overlaps it.
        entries: the obligations stage's entries for it when its duty test is skipped and the rules
            did not keep them (what the combination adds).
        golds: the indices of the gold obligations located in it.
    """

    start: int
    end: int
    kind: str
    text: str = ""
    gold: bool = False
    covered: bool = False
    entries: list[Obligation] = field(default_factory=list)
    golds: list[int] = field(default_factory=list)


@dataclass
class Located(tm.Tally):
    """How many gold actions were located, and how (``locate``)."""

    gold: int = 0
    whole: int = 0
    after_colon: int = 0
    prefix: int = 0
    outside_units: int = 0
    not_found: int = 0


@dataclass
class DutyDoc:
    """One document: its units, the rules' obligations and the gold (None: not annotated)."""

    doc_id: str
    units: list[Unit]
    obligations: list[Obligation]
    gold: list[dict[str, Any]] | None
    located: Located = field(default_factory=Located)
    scores: list[float] = field(default_factory=list)


def units_of(st: Structure) -> list[Unit]:
    """The body's units in text order: each table row, and each sentence outside a table."""
    lo, hi = st.layout.body_start, st.layout.closing_start
    out = [Unit(span.start, span.end, ROW) for table in st.tables_in(lo, hi) for span in table.row_spans]
    for sent in st.sentences_in(lo, hi):
        block = st.block_at(sent.start)
        if block is None or st.blocks[block].table is None:
            out.append(Unit(sent.start, sent.end, SENTENCE))
    out.sort(key=lambda u: u.start)
    return out


def _first(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def describe(st: Structure, record: Directive, u: Unit) -> str:
    """The model's input for a unit: whether a rules' entry covers it and whether the stage has an
    entry for it (set first), its place in the frame, its headings, the block before, its words."""
    text = st.text.text
    block = st.block_at(u.start)
    b = st.blocks[block] if block is not None else None
    first = b is None or not text[b.content : u.start].strip()
    heads = [_first(st.block_text(j), HEADING_WORDS) for j in st.ancestors(block)[:HEADINGS]] if block is not None else []
    before = st.blocks[block - 1] if block else None
    lead = _first(text[before.start : before.end], LEAD_WORDS) if before is not None else ""
    body = text[u.start : u.end]
    kind_of_doc = "_".join((record.document_type or "none").split())
    pos = POSITION_BUCKETS * u.start // max(len(text), 1)
    return (
        f"rule{'yes' if u.covered else 'no'} entry{'yes' if u.entries else 'no'} src{u.kind} doc{kind_of_doc} sec{st.section_kind(u.start) or 'none'} mark{(b.marker if b else None) or 'none'}"
        f" lvl{(b.level if b else None) if b and b.level is not None else 'none'} head{'yes' if b and b.heading else 'no'}"
        f" first{'yes' if first else 'no'} pos{pos} end{'colon' if body.rstrip().endswith(':') else 'stop'}"
        f" headings {' / '.join(heads)} lead {lead} unit {_first(body, UNIT_WORDS)}"
    )


def _words_re(value: str) -> regex.Pattern[str] | None:
    words = _WORD_RE.findall(fold(value))
    if not words:
        return None
    return regex.compile(r"(?<!\w)" + r"\W+".join(regex.escape(w) for w in words) + r"(?!\w)", regex.V1 | regex.I)


def _find(st: Structure, value: str) -> int | None:
    """Where ``value``'s words are printed (case and punctuation free): in the body first, and there
    outside the aims part when printed more than once (a plan's "Mục đích, yêu cầu" names the work its
    "Tổ chức thực hiện" assigns: c111's "Triển khai đồng bộ, thống nhất việc thực hiện các nghiệp vụ
    trên Phần mềm Quản lý đoàn viên …" aim, then the duty "Thực hiện các nghiệp vụ …")."""
    pattern = _words_re(value)
    if pattern is None:
        return None
    found = [m.start() for m in pattern.finditer(st.text.fold, st.layout.body_start)]
    if not found:
        m = pattern.search(st.text.fold)
        return m.start() if m else None
    return next((at for at in found if st.section_kind(at) != "aims"), found[0])


def locate(st: Structure, units: Sequence[Unit], gold: Sequence[dict[str, Any]]) -> Located:
    """Label the units holding a gold action (see the module's docstring); the counts of how."""
    counts = Located(gold=len(gold))
    starts = [u.start for u in units]
    for index, g in enumerate(gold):
        action = str(g.get("action") or "")
        at, how = _find(st, action), "whole"
        if at is None and ":" in action:
            at, how = _find(st, action.rsplit(":", 1)[1]), "after_colon"
        if at is None and len(action.split()) > PREFIX_WORDS:
            at, how = _find(st, _first(action, PREFIX_WORDS)), "prefix"
        if at is None:
            counts.not_found += 1
            continue
        i = max((k for k, s in enumerate(starts) if s <= at), default=None)
        if i is None or at >= units[i].end:
            counts.outside_units += 1
            continue
        units[i].gold = True
        units[i].golds.append(index)
        setattr(counts, how, getattr(counts, how) + 1)
    return counts


def _overlaps(o: Obligation, u: Unit) -> bool:
    return o.evidence is not None and o.evidence.start < u.end and o.evidence.end > u.start


def _key(o: Obligation) -> tuple[int, str]:
    return (o.evidence.start if o.evidence else -1, o.action)


def build(doc_id: str, st: Structure, record: Directive, gold: list[dict[str, Any]] | None) -> DutyDoc:
    """A document's units (described, covered, with their entries) and, with its gold, their labels."""
    units = units_of(st)
    kept = {_key(o) for o in record.obligations}
    # a rules' action printed in a unit covers it too: a clause run's later sentence, a duty restated
    printed = [p for o in record.obligations if (p := _words_re(_first(o.action, PREFIX_WORDS))) is not None]
    weighed = [o for o in obligations_mod.candidate_obligations(st, record) if _key(o) not in kept]
    for u in units:
        u.covered = any(_overlaps(o, u) for o in record.obligations) or any(p.search(st.text.fold, u.start, u.end) for p in printed)
        u.entries = [o for o in weighed if o.evidence is not None and u.start <= o.evidence.start < u.end]
        u.text = describe(st, record, u)
    doc = DutyDoc(doc_id, units, list(record.obligations), gold)
    if gold is not None:
        doc.located = locate(st, units, gold)
    return doc


def load_documents(corpus: Path, annotations: Path, ids: Iterable[str] | None = None) -> list[DutyDoc]:
    """Parse the corpus texts (``corpus/<id>.txt``) into labelled units, the rules' obligations as the
    pipeline gives them (``trim_model.prepare``).

    Raises:
        TrainingError: no annotated document with a text.
    """
    docs: list[DutyDoc] = []
    for doc_id, gold, text in annotated_texts(corpus, annotations, ids):
        prepared = tm.prepare(text)
        if prepared is None:
            continue  # the obligations stage failed
        st, record = prepared
        docs.append(build(doc_id, st, record, gold_obligations(gold)))
    if not docs:
        raise no_documents(corpus, annotations)
    return docs


def counts(docs: Sequence[DutyDoc]) -> dict[str, int]:
    """The units, the gold-duty units and where they stand against the rules (printed by the command)."""
    units = [u for d in docs if d.gold is not None for u in d.units]
    duty = [u for u in units if u.gold]
    return {
        "units": len(units),
        "duty_units": len(duty),
        "duty_units_covered_by_rules": sum(u.covered for u in duty),
        "duty_units_uncovered_with_entry": sum(not u.covered and bool(u.entries) for u in duty),
        "duty_units_uncovered_without_entry": sum(not u.covered and not u.entries for u in duty),
        "other_units_covered_by_rules": sum(u.covered for u in units if not u.gold),
    }


def train_model(docs: Sequence[DutyDoc], config: Path, epochs: int | None = None, seed: int = 0) -> Any:
    """Train the duty classifier of ``config`` on the labelled units of ``docs``."""
    pairs = [(u.text, DUTY if u.gold else OTHER) for d in docs if d.gold is not None for u in d.units]
    return fit_textcat(config, LABELS, pairs, epochs, seed, batch_size=BATCH_SIZE)


def set_scores(nlp: Any, docs: Iterable[DutyDoc]) -> None:
    """Each unit's duty score."""
    for d in docs:
        d.scores = [float(doc.cats[DUTY]) for doc in nlp.pipe(u.text for u in d.units)]


Chooser = Callable[[DutyDoc], list[Obligation]]


def _in_order(obls: Iterable[Obligation]) -> list[Obligation]:
    return sorted(obls, key=lambda o: o.evidence.start if o.evidence else -1)


def rules_choice(doc: DutyDoc) -> list[Obligation]:
    """The rules' obligations."""
    return list(doc.obligations)


def combined(doc: DutyDoc, above: float) -> list[Obligation]:
    """The rules' obligations and the entries of the uncovered units scored over ``above``."""
    added = [o for u, p in zip(doc.units, doc.scores, strict=True) if not u.covered and p > above for o in u.entries]
    return _in_order([*doc.obligations, *added])


def model_choice(doc: DutyDoc) -> list[Obligation]:
    """The model alone: the units it scores duty (≥ 0.5), each with the rules' entries on it or,
    where there is none, the stage's own; a rules' entry outside every unit stays."""
    duty = [u for u, p in zip(doc.units, doc.scores, strict=True) if p >= 0.5]
    kept = [o for o in doc.obligations if any(_overlaps(o, u) for u in duty) or not any(_overlaps(o, u) for u in doc.units)]
    return _in_order([*kept, *(o for u in duty if not u.covered for o in u.entries)])


def combined_choice(above: float) -> Chooser:
    """The combination with this threshold."""
    return lambda doc: combined(doc, above)


def score(docs: Iterable[DutyDoc], chooser: Chooser) -> tm.Scores:
    """``evaluate``'s obligations rows, level → row → P/R/F, for what ``chooser`` gives."""
    return tm.total(tm.found_scores(d.gold, [o.model_dump(mode="json") for o in chooser(d)]) for d in docs if d.gold is not None)


def best_threshold(docs: Sequence[DutyDoc]) -> float:
    """The threshold with the largest lenient obligations F gain over the rules on ``docs`` with no
    row (strict or lenient) lower; among equal gains the highest (fewest units added); ``NEVER``
    unless it gains."""
    return tm.best_setting(
        ADD_GRID, score(docs, rules_choice), lambda t: score(docs, combined_choice(t)), "obligations", ROWS, NEVER
    )


def cross_validate(
    docs: Sequence[DutyDoc],
    config: Path,
    folds: int = DEFAULT_FOLDS,
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Score rules, model and combined on ``folds`` folds by document (``line_model.document_folds``).

    Returns:
        Per fold: "docs", "threshold" (a 1-tuple, chosen on the other folds' held-out scores), and the ``score``
        of "rules", "model" and "combined".

    Raises:
        TrainingError: fewer documents than folds, or fewer than 2 folds.
    """
    held = fit_per_fold(docs, folds, seed, lambda train: train_model(train, config, epochs, seed), set_scores, log)
    results: list[dict[str, Any]] = []
    for k in range(folds):
        t = best_threshold([d for j, part in enumerate(held) if j != k for d in part])
        results.append(
            {
                "docs": held[k],
                "threshold": (t,),
                "rules": score(held[k], rules_choice),
                "model": score(held[k], model_choice),
                "combined": score(held[k], combined_choice(t)),
            }
        )
    return results


def unit_figures(results: Sequence[dict[str, Any]]) -> list[str]:
    """The classifier on the held-out units, at 0.5: P/R/F of "duty", and of the uncovered duty units."""
    lines = []
    for name, uncovered_only in (("all units", False), ("units no rules' entry covers", True)):
        prf = ev.PRF()
        for r in results:
            for d in r["docs"]:
                if d.gold is None:
                    continue
                for u, p in zip(d.units, d.scores, strict=True):
                    if not (uncovered_only and u.covered):
                        prf.tp += u.gold and p >= 0.5
                        prf.fp += (not u.gold) and p >= 0.5
                        prf.fn += u.gold and p < 0.5
        lines.append(f"duty units, {name} (P/R/F at 0.5): {tm._cell(prf)}")
    return lines


def report(results: Sequence[dict[str, Any]]) -> list[str]:
    """Per fold and in all, evaluate's obligations rows (strict and lenient P/R/F) of rules, model, combined."""
    return tm.fold_table(results, ("rules", "model", "combined"), ROWS, lambda r: f"{r.get('threshold', (NEVER,))[0]:g}", "threshold")


def wins(results: Sequence[dict[str, Any]]) -> bool:
    """Whether the combination beats the rules on lenient obligations F, all folds together, with no
    row (strict or lenient) lower."""
    return tm.combined_wins(results, "obligations", ROWS)


def split(annotations: Path, name: str) -> list[str] | None:
    """The ids of a split (``line_model.split_ids``)."""
    return split_ids(annotations, name)
