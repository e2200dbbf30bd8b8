"""A trained span-boundary model that trims the rules' obligation actions (issue 17, task 2's second half).

The rules find most duties (lenient obligations F 0.83 on dev) but cut their action differently
from the gold far more often (strict F 0.37): a lead-in or the responsible body left in front
("Giao Sở X | rà soát …"), a purpose clause or a time phrase left at the end. This module learns
where an action starts and ends inside the sentence that states it.

*Trimmable*: a rules' obligation whose action is printed, as is, in its sentence (whitespace
collapsed). Its candidate boundaries are the sentence's word starts (a start) and word ends with
their trailing ``.,;:`` left out (an end); the rules' own boundaries are always among them.

*Labels, from the gold only*: a trimmable paired with a gold obligation by ``evaluate``'s own
lenient matching takes the gold action's place in the sentence as its target start and end; a gold
action not printed in that sentence, or not at word boundaries, gives no target (counted, see
``Located``). The parser's own cut is never a label.

*Model* (``models/obligations_trim/config.cfg``): one spaCy ``textcat`` (yes/no) over each
candidate boundary, shown as feature words: the words around it (syllables, lower-cased), their
shape and edge characters (capital, digit, opening bracket or quote, trailing punctuation), its
distance in words from the rules' boundary, whether the rules' responsible body ends just before
it or their time phrase starts just after it, and the candidate's section kind and source.

*Scoring without spaCy*: the model is a linear bag of its feature words (``TextCatBOW``), so
``export`` writes its weights to one small file at train time and ``bow_scorer.BowScorer`` scores
the boundaries from it in plain Python with the same figures (to 1e-6): a parse neither imports
spaCy nor pays for its tokenizer. The inputs are split into the model's words on single spaces
(``feature_words``), in training as at parse time. ``ObligationTrimmer`` plugs an export into
``pipeline.set_obligation_filter``; nothing is wired by default (models/README.md, task 3).

*Decision*: in each sentence the best-scored start and end; the *model alone* always takes them,
the *combination* moves the rules' start (end) only when the best start's (end's) score beats the
rules' own by a margin, and keeps the cut only when it shares at least a minimum of its syllables
with the rules' action (``evaluate.overlap``, the measure the lenient matching pairs actions by: a
cut far from the rules' action is one that can lose the rules' lenient pair). The margins and the
minimum overlap are chosen on the other folds (the largest strict obligations F gain with no
lenient row lower on any of them, each fold taken separately; among equal gains the setting that
moves the fewest actions). Everything is measured with ``evaluate``'s obligations rows, strict and lenient.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import regex

from . import evaluate as ev
from .bow_scorer import BowScorer
from .bow_scorer import write as write_export
from .extractors import obligations as obligations_mod
from .line_model import (
    TrainingError,
    annotated_texts,
    fit_per_fold,
    fit_textcat,
    gold_obligations,
    no_documents,
    split_ids,
)
from .record import Directive, Obligation
from .source import Text
from .structure import Structure
from .vocabulary import duties

YES, NO = "yes", "no"
LABELS: tuple[str, ...] = (YES, NO)
START, END = "start", "end"
# Boundaries per update.
BATCH_SIZE = 256
DEFAULT_FOLDS = 5
# Characters an action never ends on (the sentence's own punctuation after its last word).
END_PUNCT = ".,;:"
# How a table row's cells are joined in its sentence.
CELL_SEPARATOR = " | "
# A trimmed action keeps at least this many words (a shorter one is no duty).
MIN_WORDS = 2
# The margins the combination may take: move a boundary when the best one's score beats the rules'
# by more than this; NEVER keeps the rules.
NEVER = 1.01
MARGIN_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, NEVER)
# The minimum syllable overlap (``evaluate.overlap``, Dice) a cut keeps with the rules' action; 0: any
# cut. Session 8: the combination's one lost lenient pair on dev cut n024's 110-syllable action down
# to the responsible body's 12 syllables (overlap with the rules' action 0.2; with the gold's 0.59 → 0.07).
OVERLAP_GRID = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
# The combination's settings: (start margin, end margin, minimum overlap); RULES keeps the rules' cut.
Margins = tuple[float, float, float]
RULES: Margins = (NEVER, NEVER, 0.0)
ROWS: tuple[str, ...] = ("obligations", "obligations +responsible", "obligations +due")
THRESHOLDS_FILE = "thresholds.json"
# The model's weights as ``bow_scorer`` reads them, written next to the spaCy model by ``train trim``.
EXPORT_FILE = "bow.bin"

_WORD_RE = regex.compile(r"\S+")
# A duty verb ("triển khai", "báo cáo", "phối hợp"; data/duties.toml) opening at a candidate start:
# the rules' own clue to where an action begins.
_DUTY_VERB_RE = regex.compile(rf"(?:{duties().verbs_pattern()})(?!\p{{L}})", regex.V1 | regex.I)
_SPACES_RE = regex.compile(r"\s+")


def collapse(value: str) -> str:
    """Whitespace collapsed as in ``evaluate.strict_key`` (the sentence and action as compared)."""
    return _SPACES_RE.sub(" ", value).strip()


@dataclass
class Trimmable:
    """One rules' obligation whose action is printed in its sentence, with its candidate boundaries.

    Attributes:
        index: its position in the record's obligations.
        sentence: the sentence, whitespace collapsed.
        starts: candidate start offsets into ``sentence``.
        ends: candidate end offsets.
        rules: the rules' (start, end).
        starts_text: the model's input for each start; ``ends_text`` for each end.
        gold: the gold (start, end) when located (None: unknown or not locatable).
        start_scores: the model's yes score of each start; ``end_scores`` of each end.
    """

    index: int
    sentence: str
    starts: list[int]
    ends: list[int]
    rules: tuple[int, int]
    starts_text: list[str] = field(default_factory=list)
    ends_text: list[str] = field(default_factory=list)
    gold: tuple[int, int] | None = None
    start_scores: list[float] = field(default_factory=list)
    end_scores: list[float] = field(default_factory=list)
    # the best start before the rules' end, and the best end after a start (``_best_after``), once per scoring
    best: dict[tuple[str, int], tuple[int, float]] = field(default_factory=dict, repr=False, compare=False)


class Tally:
    """Counts kept as a dataclass's int fields, summed over documents with ``+=``."""

    def __iadd__(self, other: Self) -> Self:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


@dataclass
class Located(Tally):
    """How many gold actions could be used as a target (issue 17: count what cannot be located)."""

    gold: int = 0
    paired: int = 0
    in_sentence: int = 0
    action_not_printed: int = 0
    gold_not_in_sentence: int = 0
    off_boundaries: int = 0


@dataclass
class TrimDoc:
    """One document's rules' obligations, its trimmables and its gold obligations (None: unannotated)."""

    doc_id: str
    obligations: list[Obligation]
    items: list[Trimmable]
    gold: list[dict[str, Any]] | None = None
    located: Located = field(default_factory=Located)


@functools.lru_cache(maxsize=1 << 16)
def _feature(value: str) -> str:
    """A value as one word of the model's input (its punctuation spelled out: the words are split on spaces)."""
    return "".join(ch if ch.isalnum() else f"Q{ord(ch)}" for ch in value.lower()) or "none"


def _shape(word: str) -> str:
    if not word:
        return "none"
    head = "cap" if word[0].isupper() else "low" if word[0].isalpha() else "dig" if word[0].isdigit() else "sym"
    return f"{head}{'allcaps' if len(word) > 1 and word.isupper() else ''}"


def _distance(d: int) -> str:
    """A word distance as a feature: "at", then m/p (before, after) 1, 2, 3, "4to6", "far"."""
    if d == 0:
        return "at"
    size = str(abs(d)) if abs(d) < 4 else "4to6" if abs(d) <= 6 else "far"
    return f"{'m' if d < 0 else 'p'}{size}"


def _words(sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(sentence)]


def _bare_end(sentence: str, start: int, end: int) -> int:
    while end > start and sentence[end - 1] in END_PUNCT:
        end -= 1
    return end


def _context(st: Structure, record: Directive, o: Obligation) -> list[str]:
    start = o.evidence.start if o.evidence else 0
    timed = any(d.evidence is not None and d.evidence.start == start for d in record.deadlines)
    block = st.block_at(start) if o.evidence else None
    source = (
        "table" if block is not None and st.blocks[block].table is not None else "deadline" if timed else "sentence"
    )
    return [
        f"sec_{st.section_kind(start) or 'none'}",
        f"src_{source}",
        f"resp_{'yes' if o.responsible else 'no'}",
        f"due_{'yes' if o.due else 'no'}",
    ]


@functools.lru_cache(maxsize=1 << 10)
def _folded(value: str) -> str:
    """A value collapsed and lower-cased (the responsible body, compared with the words before a start)."""
    return collapse(value).lower()


def _verbs_at(words: list[str]) -> list[bool]:
    """Whether a duty verb opens at each word."""
    return [bool(_DUTY_VERB_RE.match(" ".join(words[k : k + 4]))) for k in range(len(words))]


def _start_input(
    words: list[str], verbs: list[bool], k: int, rules_k: int, responsible: str | None, ctx: list[str]
) -> str:
    """The feature words of a start before word ``k`` of the sentence (``verbs``: ``_verbs_at``)."""
    verb = "yes" if k < len(verbs) and verbs[k] else "no"

    def w(i: int) -> str:
        return words[i] if 0 <= i < len(words) else ""

    before = " ".join(words[max(0, k - 12) : k])  # words hold no space: already collapsed
    resp = bool(responsible) and before.lower().endswith(_folded(responsible or ""))
    prev = w(k - 1)
    feats = [
        f"s_w0_{_feature(w(k))}",
        f"s_wm1_{_feature(prev)}",
        f"s_wm2_{_feature(w(k - 2))}",
        f"s_wp1_{_feature(w(k + 1))}",
        f"s_bm_{_feature(prev)}_{_feature(w(k))}",
        f"s_bp_{_feature(w(k))}_{_feature(w(k + 1))}",
        f"s_shape_{_shape(w(k))}",
        f"s_prevend_{_feature(prev[-1:]) if prev and not prev[-1].isalnum() else 'alnum'}",
        f"s_first_{_feature(w(k)[:1]) if w(k) and not w(k)[0].isalnum() else 'alnum'}",
        f"s_pos_{min(k, 6)}",
        f"s_rel_{_distance(k - rules_k)}",
        f"s_relw_{_distance(k - rules_k)}_{_feature(w(k))}",
        f"s_resp_{'yes' if resp else 'no'}",
        f"s_verb_{verb}",
        f"s_verbsbefore_{min(sum(verbs[:k]), 2)}",
        f"s_verbrel_{verb}_{_distance(k - rules_k)}",
    ]
    return " ".join(feats + [f"s_{c}" for c in ctx])


def _end_input(words: list[str], k: int, cut: str, rules_k: int, due_next: bool, ctx: list[str]) -> str:
    """The feature words of an end after word ``k`` (its trailing punctuation ``cut`` left out)."""

    def w(i: int) -> str:
        return words[i] if 0 <= i < len(words) else ""

    last = w(k)[: len(w(k)) - len(cut)] if cut else w(k)
    feats = [
        f"e_w0_{_feature(last)}",
        f"e_wm1_{_feature(w(k - 1))}",
        f"e_wp1_{_feature(w(k + 1))}",
        f"e_wp2_{_feature(w(k + 2))}",
        f"e_bp_{_feature(w(k + 1))}_{_feature(w(k + 2))}",
        f"e_bm_{_feature(w(k - 1))}_{_feature(last)}",
        f"e_cut_{_feature(cut) if cut else 'none'}",
        f"e_lastch_{_feature(last[-1:]) if last and not last[-1].isalnum() else 'alnum'}",
        f"e_nextshape_{_shape(w(k + 1))}",
        f"e_last_{'yes' if k == len(words) - 1 else 'no'}",
        f"e_rel_{_distance(k - rules_k)}",
        f"e_relw_{_distance(k - rules_k)}_{_feature(w(k + 1))}",
        f"e_due_{'yes' if due_next else 'no'}",
    ]
    return " ".join(feats + [f"e_{c}" for c in ctx])


def trimmable(st: Structure, record: Directive, index: int, o: Obligation) -> Trimmable | None:
    """The obligation's candidate boundaries and inputs, or None when its action is not printed as is
    in its sentence (a time phrase cut out of it, a table row's assembled action, a clause run)."""
    sentence = collapse(o.sentence or "")
    action = collapse(o.action)
    at = sentence.find(action) if action else -1
    if at < 0:
        return None
    spans = _words(sentence)
    words = [sentence[a:b] for a, b in spans]
    rules = (at, at + len(action))
    # a table row's cells are joined by " | ": an action stays inside the cells the rules' one spans
    lo = sentence.rfind(CELL_SEPARATOR, 0, rules[0]) + 1
    hi = sentence.find(CELL_SEPARATOR, rules[1])
    hi = len(sentence) if hi < 0 else hi
    starts = sorted({a for a, _ in spans if lo <= a < hi} | {rules[0]})
    bare = {_bare_end(sentence, a, b) for a, b in spans if lo < b <= hi}
    ends = sorted({e for e in bare if e > lo and not sentence[e - 1].isspace()} | {rules[1]})
    ctx = _context(st, record, o)

    word_starts = [a for a, _ in spans]
    word_ends = [b for _, b in spans]

    def word_at(offset: int) -> int:
        """The last word starting at or before ``offset`` (the first word when none)."""
        return max(0, bisect.bisect_right(word_starts, offset) - 1)

    def word_ending(offset: int) -> int:
        """The first word ending at or after ``offset`` (the last word when none)."""
        return min(bisect.bisect_left(word_ends, offset), len(spans) - 1)

    rs, re_ = word_at(rules[0]), word_ending(rules[1])
    due = collapse(o.due or "")
    item = Trimmable(index, sentence, starts, ends, rules)
    verbs = _verbs_at(words)
    item.starts_text = [_start_input(words, verbs, word_at(s), rs, o.responsible, ctx) for s in starts]
    for e in ends:
        k = word_ending(e)
        cut = sentence[e : spans[k][1]] if e < spans[k][1] else ""
        after = sentence[spans[k][1] :].lstrip()
        item.ends_text.append(_end_input(words, k, cut, re_, bool(due) and after.startswith(due), ctx))
    return item


def locate(doc: TrimDoc) -> None:
    """Each trimmable's gold (start, end): the action of the gold obligation ``evaluate``'s lenient
    matching pairs with it, where it is printed in the sentence at candidate boundaries."""
    if doc.gold is None:
        return
    found = [o.model_dump(mode="json") for o in doc.obligations]
    by_index = {t.index: t for t in doc.items}
    counts = Located(gold=len(doc.gold))
    for i, j in ev.match_items(found, doc.gold, "obligations", "lenient"):
        counts.paired += 1
        item = by_index.get(i)
        if item is None:
            counts.action_not_printed += 1
            continue
        target = collapse(str(doc.gold[j].get("action") or ""))
        hits = [m.start() for m in regex.finditer(regex.escape(target), item.sentence)] if target else []
        if not hits:
            counts.gold_not_in_sentence += 1
            continue
        s = min(hits, key=lambda h: abs(h - item.rules[0]))
        e = s + len(target)
        if s not in item.starts or e not in item.ends:
            counts.off_boundaries += 1
            continue
        counts.in_sentence += 1
        item.gold = (s, e)
    doc.located = counts


def build(doc_id: str, st: Structure, record: Directive, gold: list[dict[str, Any]] | None) -> TrimDoc:
    """A document's trimmables (and, with its gold, their targets)."""
    items = [t for i, o in enumerate(record.obligations) if (t := trimmable(st, record, i, o)) is not None]
    doc = TrimDoc(doc_id, list(record.obligations), items, gold)
    locate(doc)
    return doc


def prepare(text: Text) -> tuple[Structure, Directive] | None:
    """A normalised text's structure and its record just after the obligations stage, as the
    pipeline runs them (caught through ``pipeline.set_obligation_filter``, the hook a trimmer uses);
    None when the stage failed (the pipeline then skips the hook)."""
    from . import pipeline

    seen: list[tuple[Structure, Directive]] = []

    def catch(st: Structure, record: Directive) -> list[Obligation]:
        seen.append((st, record.model_copy()))
        return record.obligations

    previous = pipeline.set_obligation_filter(catch)
    try:
        pipeline.run(text, stages=("obligations",))
    finally:
        pipeline.set_obligation_filter(previous)
    return seen[0] if seen else None


def load_documents(corpus: Path, annotations: Path, ids: Iterable[str] | None = None) -> list[TrimDoc]:
    """Parse the corpus texts (``corpus/<id>.txt``) into trimmables with their gold targets.

    Raises:
        TrainingError: no annotated document with a text.
    """
    docs: list[TrimDoc] = []
    for doc_id, gold, text in annotated_texts(corpus, annotations, ids):
        prepared = prepare(text)
        if prepared is None:
            continue  # the obligations stage failed: nothing to trim
        st, record = prepared
        docs.append(build(doc_id, st, record, gold_obligations(gold)))
    if not docs:
        raise no_documents(corpus, annotations)
    return docs


def examples(docs: Sequence[TrimDoc]) -> list[tuple[str, str]]:
    """(input, yes/no) for every candidate boundary of every trimmable with a gold target."""
    pairs: list[tuple[str, str]] = []
    for d in docs:
        for t in d.items:
            if t.gold is None:
                continue
            pairs += [(x, YES if s == t.gold[0] else NO) for s, x in zip(t.starts, t.starts_text, strict=True)]
            pairs += [(x, YES if e == t.gold[1] else NO) for e, x in zip(t.ends, t.ends_text, strict=True)]
    return pairs


def feature_words(text: str) -> list[str]:
    """A boundary's input as the model's words: its feature words, separated by single spaces
    (no tokenizer: spaCy's would split a feature such as "s_w0_5g" after the digit, as a unit)."""
    return text.split(" ")


def train_model(docs: Sequence[TrimDoc], config: Path, epochs: int | None = None, seed: int = 0) -> Any:
    """Train the boundary classifier of ``config`` on the located targets of ``docs``."""
    return fit_textcat(config, LABELS, examples(docs), epochs, seed, batch_size=BATCH_SIZE, words=feature_words)


# A boundary scorer: the yes probability of each input.
Scorer = Callable[[list[str]], list[float]]


def spacy_scorer(nlp: Any) -> Scorer:
    """The trained spaCy pipeline's yes probability, on ``Doc`` objects of ``feature_words``."""
    from spacy.tokens import Doc

    textcat = nlp.get_pipe("textcat")
    yes = list(textcat.labels).index(YES)

    def score(inputs: list[str]) -> list[float]:
        if not inputs:
            return []
        docs = [Doc(nlp.vocab, words=feature_words(x)) for x in inputs]
        return [float(row[yes]) for row in textcat.model.ops.to_numpy(textcat.predict(docs))]

    return score


def export(nlp: Any, path: Path, margins: Margins) -> None:
    """Write the trained ``TextCatBOW``'s weights (``SparseLinear`` ``W`` and ``b``) and the
    combination's settings (the two margins, the minimum overlap) to ``path`` for ``bow_scorer.BowScorer``.

    Raises:
        TrainingError: the pipeline is not the architecture ``BowScorer`` repeats (unigrams of
            ``ORTH``, ``SparseLinear.v2`` indexing, a softmax over exclusive classes).
    """
    import numpy
    from spacy.attrs import ORTH  # type: ignore[import-not-found]  # Cython, no type information

    textcat = nlp.get_pipe("textcat")
    model = textcat.model
    nodes = {n.name: n for n in model.walk()}
    linear = model.get_ref("output_layer")
    ngrams = nodes.get("extract_ngrams")
    if (
        ngrams is None
        or ngrams.attrs.get("ngram_size") != 1
        or ngrams.attrs.get("attr") != ORTH
        or linear.name != "sparse_linear"
        or linear.attrs.get("v1_indexing", True)
        or model.attrs.get("multi_label", True)
        or "softmax_activation" not in nodes
    ):
        raise TrainingError("the trimming model is not a TextCatBOW.v3 over unigrams with exclusive classes")
    weights = numpy.asarray(linear.get_param("W"), dtype="<f4").tobytes()
    bias = [float(b) for b in linear.get_param("b")]
    write_export(path, list(textcat.labels), weights, bias, margins=list(margins[:2]), min_overlap=margins[2])


def set_scores(scorer: Scorer, docs: Iterable[TrimDoc]) -> None:
    """The model's yes score of each candidate boundary (one ``scorer`` call per document)."""
    for d in docs:
        inputs = [x for t in d.items for x in (*t.starts_text, *t.ends_text)]
        scores = iter(scorer(inputs))
        for t in d.items:
            t.start_scores = [next(scores) for _ in t.starts_text]
            t.end_scores = [next(scores) for _ in t.ends_text]
            t.best.clear()


def _best(offsets: Sequence[int], scores: Sequence[float], ok: Callable[[int], bool]) -> tuple[int, float]:
    pairs = [(p, o) for o, p in zip(offsets, scores, strict=True) if ok(o)]
    return max(pairs)[::-1] if pairs else (-1, 0.0)


def _best_after(t: Trimmable, kind: str, bound: int) -> tuple[int, float]:
    """The best-scored start before ``bound`` (``START``) or end after it (``END``), and its score."""
    key = (kind, bound)
    if key not in t.best:
        if kind == START:
            t.best[key] = _best(t.starts, t.start_scores, lambda o: o < bound)
        else:
            t.best[key] = _best(t.ends, t.end_scores, lambda o: o > bound)
    return t.best[key]


def trim(t: Trimmable, start_margin: float, end_margin: float, min_overlap: float = 0.0) -> tuple[int, int]:
    """The (start, end) the combination keeps: a boundary moves to the best-scored one when its score
    beats the rules' boundary's by more than the margin; the cut is kept when the action keeps
    ``MIN_WORDS`` words and shares ``min_overlap`` of its syllables with the rules' action."""
    rs, re_ = t.rules
    start, end = rs, re_
    s, ps = _best_after(t, START, re_)
    if s >= 0 and s != rs and ps - t.start_scores[t.starts.index(rs)] > start_margin:
        start = s
    e, pe = _best_after(t, END, start)
    if e >= 0 and e != re_ and pe - t.end_scores[t.ends.index(re_)] > end_margin:
        end = e
    if (start, end) == t.rules or len(t.sentence[start:end].split()) < MIN_WORDS:
        return t.rules
    if min_overlap and ev.overlap(t.sentence[start:end], t.sentence[rs:re_]) < min_overlap:
        return t.rules
    return start, end


Chooser = Callable[[TrimDoc], list[Obligation]]


def trimmed(doc: TrimDoc, start_margin: float, end_margin: float, min_overlap: float = 0.0) -> list[Obligation]:
    """The document's obligations with the combination's actions."""
    out = list(doc.obligations)
    for t in doc.items:
        s, e = trim(t, start_margin, end_margin, min_overlap)
        if (s, e) != t.rules:
            out[t.index] = out[t.index].model_copy(update={"action": t.sentence[s:e], "action_evidence": None})
    return out


def rules_choice(doc: TrimDoc) -> list[Obligation]:
    """The rules' actions."""
    return list(doc.obligations)


def model_choice(doc: TrimDoc) -> list[Obligation]:
    """The model alone: every action cut at its best-scored start and end."""
    return trimmed(doc, -NEVER, -NEVER)


def combined_choice(start_margin: float, end_margin: float, min_overlap: float = 0.0) -> Chooser:
    """The combination with these margins and minimum overlap."""
    return lambda doc: trimmed(doc, start_margin, end_margin, min_overlap)


Scores = dict[str, dict[str, ev.PRF]]


def found_scores(gold: list[dict[str, Any]], found: list[dict[str, Any]], rows: Sequence[str] = ROWS) -> Scores:
    """``evaluate``'s obligations rows (``rows``), level → row → P/R/F, of one document's found
    obligations (JSON items) against its gold (also read by the duty and attach models, tasks 5 and 6)."""
    out = {level: {name: ev.PRF() for name in rows} for level in ev.LEVELS}
    for level in ev.LEVELS:
        same = list(ev._action_scores(found, gold, level))
        for name in rows:
            pairs = ev.match_items(found, gold, name, level, same)
            out[level][name] = ev.PRF(tp=len(pairs), fp=len(found) - len(pairs), fn=len(gold) - len(pairs))
    return out


# A document's scores by its actions (the margins' grid gives the same trims many times over).
_Cache = dict[tuple[str, tuple[str, ...]], Scores]


def score(docs: Iterable[TrimDoc], chooser: Chooser, cache: _Cache | None = None) -> Scores:
    """``evaluate``'s obligations rows, level → row → P/R/F, for the actions ``chooser`` gives."""
    out = {level: {name: ev.PRF() for name in ROWS} for level in ev.LEVELS}
    for d in docs:
        if d.gold is None:
            continue
        chosen = chooser(d)
        key = (d.doc_id, tuple(o.action for o in chosen))
        one = cache.get(key) if cache is not None else None
        if one is None:
            one = found_scores(d.gold, [o.model_dump(mode="json") for o in chosen])
            if cache is not None:
                cache[key] = one
        for level in ev.LEVELS:
            for name in ROWS:
                out[level][name] += one[level][name]
    return out


# How ``best_margins`` guards the lenient rows: on each fold separately (FOLD) or on the folds
# pooled together (POOLED, Session 5's recorded rule; a fold's loss can hide behind another's gain).
FOLD, POOLED = "fold", "pooled"
GUARDS: tuple[str, ...] = (FOLD, POOLED)


def best_margins(
    parts: Sequence[Sequence[TrimDoc]], guard: str = FOLD, overlaps: Sequence[float] = OVERLAP_GRID
) -> Margins:
    """The (start margin, end margin, minimum overlap) with the largest strict obligations F gain over
    the rules on all of ``parts`` (the folds) whose lenient rows are none lower (``guard``: on each
    part, or pooled); among equal gains the most cautious (the larger margins, then the larger
    overlap: the fewest actions moved); ``RULES`` unless strict gains. ``overlaps``: the minimum
    overlaps tried."""
    docs = [d for part in parts for d in part]
    guarded = [docs] if guard == POOLED else [list(part) for part in parts]
    caches: list[_Cache] = [{} for _ in guarded]
    rules = [score(g, rules_choice, c) for g, c in zip(guarded, caches, strict=True)]
    cache: _Cache = {}
    rules_all = score(docs, rules_choice, cache)["strict"]["obligations"].fscore
    best, best_gain = RULES, 0.0
    for ms, me, mo in itertools.product(MARGIN_GRID[::-1], MARGIN_GRID[::-1], sorted(overlaps, reverse=True)):
        chooser = combined_choice(ms, me, mo)
        if any(
            s["lenient"][r].fscore < rl["lenient"][r].fscore - 1e-9
            for g, c, rl in zip(guarded, caches, rules, strict=True)
            for s in [score(g, chooser, c)]
            for r in ROWS
        ):
            continue
        gain = score(docs, chooser, cache)["strict"]["obligations"].fscore - rules_all
        if gain > best_gain + 1e-9:
            best, best_gain = (ms, me, mo), gain
    return best


def cross_validate(
    docs: Sequence[TrimDoc],
    config: Path,
    folds: int = DEFAULT_FOLDS,
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
    guard: str = FOLD,
) -> list[dict[str, Any]]:
    """Score rules, model and combined on ``folds`` folds by document (``line_model.document_folds``).

    Returns:
        Per fold: "docs", "margins" (chosen on the other folds' held-out scores by ``best_margins``
        with ``guard``), and the ``score``
        of "rules", "model" and "combined".

    Raises:
        TrainingError: fewer documents than folds, or fewer than 2 folds.
    """
    held = fit_per_fold(docs, folds, seed, lambda train: spacy_scorer(train_model(train, config, epochs, seed)), set_scores, log)
    results: list[dict[str, Any]] = []
    for k in range(folds):
        margins = best_margins([part for j, part in enumerate(held) if j != k], guard)
        results.append(
            {
                "docs": held[k],
                "margins": margins,
                "rules": score(held[k], rules_choice),
                "model": score(held[k], model_choice),
                "combined": score(held[k], combined_choice(*margins)),
            }
        )
    return results


def merged(results: Sequence[dict[str, Any]], who: str, rows: Sequence[str] = ROWS) -> Scores:
    """One column's scores summed over the folds (``rows``: the rows a task scores)."""
    total = {level: {name: ev.PRF() for name in rows} for level in ev.LEVELS}
    for r in results:
        for level in ev.LEVELS:
            for name in rows:
                total[level][name] += r[who][level][name]
    return total


def _cell(prf: ev.PRF) -> str:
    return f"{prf.precision:.3f}/{prf.recall:.3f}/{prf.fscore:.3f}"


def total(parts: Iterable[Scores], rows: Sequence[str] = ROWS) -> Scores:
    """Documents' scores summed, level → row → P/R/F."""
    out = {level: {name: ev.PRF() for name in rows} for level in ev.LEVELS}
    for one in parts:
        for level in ev.LEVELS:
            for name in rows:
                out[level][name] += one[level][name]
    return out


def no_row_lower(s: Scores, rules: Scores, rows: Sequence[str] = ROWS) -> bool:
    """No row of ``rows``, strict or lenient, has a lower F in ``s`` than in ``rules``."""
    return all(s[lv][r].fscore >= rules[lv][r].fscore - 1e-9 for lv in ev.LEVELS for r in rows)


def best_setting(grid: Iterable[float], rules: Scores, scored: Callable[[float], Scores], row: str, rows: Sequence[str], never: float) -> float:
    """The setting of ``grid`` whose scores (``scored``) gain most on ``row``'s lenient F over ``rules``
    with no row of ``rows`` lower; among equal gains the highest (the most cautious); ``never`` unless
    one gains (the duty and attach models' one-threshold search)."""
    best, best_gain = never, 0.0
    for t in sorted(grid, reverse=True):
        s = scored(t)
        gain = s["lenient"][row].fscore - rules["lenient"][row].fscore
        if no_row_lower(s, rules, rows) and gain > best_gain + 1e-9:
            best, best_gain = t, gain
    return best


def fold_table(results: Sequence[dict[str, Any]], names: Sequence[str], rows: Sequence[str], setting: Callable[[dict[str, Any]], str], setting_name: str) -> list[str]:
    """Per fold and in all, each row's strict and lenient P/R/F of the columns ``names``, with each
    fold's setting (the duty and attach models' report)."""
    lines: list[str] = []
    for level in ev.LEVELS:
        for row in rows:
            lines.append(f"{row} ({level} P/R/F)")
            lines.append("fold  docs  gold  " + "  ".join(f"{n:>17}" for n in names) + f"  {setting_name}")
            for k, r in enumerate(results, 1):
                gold = r["rules"][level][row].tp + r["rules"][level][row].fn
                cells = "  ".join(f"{_cell(r[n][level][row]):>17}" for n in names)
                lines.append(f"{k:>4}  {len(r['docs']):>4}  {gold:>4}  {cells}  {setting(r)}")
            total = {n: merged(results, n, rows)[level][row] for n in names}
            gold = total["rules"].tp + total["rules"].fn
            docs = sum(len(r["docs"]) for r in results)
            lines.append(f" all  {docs:>4}  {gold:>4}  " + "  ".join(f"{_cell(total[n]):>17}" for n in names))
    return lines


def combined_wins(results: Sequence[dict[str, Any]], row: str, rows: Sequence[str]) -> bool:
    """Whether the combination beats the rules on ``row``'s lenient F, all folds together, with no row
    of ``rows`` (strict or lenient) lower."""
    rules, comb = merged(results, "rules", rows), merged(results, "combined", rows)
    gain = comb["lenient"][row].fscore > rules["lenient"][row].fscore + 1e-9
    return gain and no_row_lower(comb, rules, rows)


def report(results: Sequence[dict[str, Any]]) -> list[str]:
    """Per fold and in all, evaluate's obligations rows (strict and lenient P/R/F) of rules, model, combined."""
    names = ("rules", "model", "combined")
    lines: list[str] = []
    for level in ev.LEVELS:
        for row in ROWS:
            lines.append(f"{row} ({level} P/R/F)")
            lines.append("fold  docs  gold  " + "  ".join(f"{n:>17}" for n in names) + "  margins (start, end, overlap)")
            for k, r in enumerate(results, 1):
                gold = r["rules"][level][row].tp + r["rules"][level][row].fn
                margins = ", ".join(f"{m:g}" for m in r.get("margins", RULES))
                cells = "  ".join(f"{_cell(r[n][level][row]):>17}" for n in names)
                lines.append(f"{k:>4}  {len(r['docs']):>4}  {gold:>4}  {cells}  {margins}")
            total = {n: merged(results, n)[level][row] for n in names}
            gold = total["rules"].tp + total["rules"].fn
            docs = sum(len(r["docs"]) for r in results)
            lines.append(f" all  {docs:>4}  {gold:>4}  " + "  ".join(f"{_cell(total[n]):>17}" for n in names))
    return lines


def wins(results: Sequence[dict[str, Any]]) -> bool:
    """Whether the combination beats the rules on strict obligations F, all folds together, with no
    lenient obligations row lower."""
    rules, combined = merged(results, "rules"), merged(results, "combined")
    strict = combined["strict"]["obligations"].fscore > rules["strict"]["obligations"].fscore
    return strict and all(combined["lenient"][r].fscore >= rules["lenient"][r].fscore - 1e-9 for r in ROWS)


class ObligationTrimmer:
    """The exported model (``export``) as the obligations stage's last step
    (``pipeline.set_obligation_filter``), read lazily on first use: the rules' obligations with the
    combination's actions. No spaCy: ``bow_scorer.BowScorer`` scores the boundaries."""

    def __init__(self, path: str | Path) -> None:
        """Remember where the export is (a file, or a model folder holding ``EXPORT_FILE``);
        nothing is read until the first ``filter``."""
        self.path = Path(path)
        self._scorer: BowScorer | None = None
        self.margins: Margins = RULES

    def _model(self) -> BowScorer:
        if self._scorer is None:
            scorer = BowScorer(self.path / EXPORT_FILE if self.path.is_dir() else self.path)
            start, end = scorer.meta.get("margins", (NEVER, NEVER))
            self.margins = (float(start), float(end), float(scorer.meta.get("min_overlap", 0.0)))
            self._scorer = scorer
        return self._scorer

    def score(self, inputs: list[str]) -> list[float]:
        """The yes probability of each boundary input."""
        return self._model().score(inputs, YES)

    def filter(self, st: Structure, record: Directive) -> list[Obligation]:
        """The record's obligations, their actions trimmed where the model is confident; a trimmed
        action's evidence is where it is printed near its obligation (none when a line break splits it)."""
        self._model()
        doc = build("", st, record, None)
        set_scores(self.score, [doc])
        out = trimmed(doc, *self.margins)
        for old, new in zip(record.obligations, out, strict=True):
            if new is not old:
                obligations_mod.locate_evidence(st, new)
        return out


def split(annotations: Path, name: str) -> list[str] | None:
    """The ids of a split (``line_model.split_ids``)."""
    return split_ids(annotations, name)
