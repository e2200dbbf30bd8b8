"""A trained line-role labeller (issue 17): gold roles from the annotations, a spaCy text classifier.

Training data comes from the hand-written gold only, never from the parser's output: each
annotation's values (issuer and parent, number, place and date, subject, recipients, authority,
position, signer, distribution items) are located in the document's normalised text, and every
line a located value covers takes that value's role; the other lines are ``other``. Values that
cannot be located are counted (``GoldLines.missed``), not guessed.

The model is one spaCy ``textcat`` over each line (``models/line_roles/config.cfg``: a small CPU
``tok2vec`` on NORM/PREFIX/SUFFIX/SHAPE plus a bag of n-grams). A line is shown to it with a few
layout words in front (its zone, its position, its marker, whether it is in capitals) and the
previous line's first words, so one classifier sees a line's context without a sequence model.

``cross_validate`` scores, on the same document folds, the rules (``RuleRoleLabeller`` mapped to
the gold labels), the model, and the two combined (the model decides the roles it won on the
other folds, the rules the rest). ``TrainedRoleLabeller`` implements ``roles.RoleLabeller`` and
lets the model decide only the roles it won in cross-validation (``model_roles.json``).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import regex

from . import roles as roles_mod
from . import structure as structure_mod
from .errors import DirectiveParserError
from .loaders import load_path
from .loaders.ocrnames import edit_distance
from .normalize import fold, normalize
from .patterns import bare
from .roles import Role
from .source import Text
from .structure import Line, Structure

_D = TypeVar("_D")

# The labels the gold can give a line: the roles the annotations hold a value for, and "other".
LABELS: tuple[str, ...] = (
    "parent",
    "issuer",
    "number",
    "place_date",
    "subject",
    "recipient",
    "authority",
    "position",
    "signer",
    "distribution",
    "other",
)
OTHER = "other"

# How many words of a line, and of the lines before and after it, the classifier sees: a header or closing
# line is short, and a body line is told by its first words.
LINE_WORDS = 24
PREV_WORDS = 6
# The position of a line in the document, in this many buckets (the header is in the first).
POSITION_BUCKETS = 10
# Lines per update: small enough for a few updates per document, large enough to be quick.
BATCH_SIZE = 64
# Default number of folds of the cross-validation by document.
DEFAULT_FOLDS = 5

# The header's values (number, date, issuer, parent, subject) are looked for only in the first
# 1/HEADER_SHARE of the text (at least HEADER_MIN_CHARS): when the copy lost its header, the same
# words later in the body ("Gửi kèm Công văn số 5240/BCA-V01", "Ủy ban nhân dân tỉnh Hậu Giang kêu
# gọi …") are not the header's lines.
HEADER_LABELS = frozenset({"number", "parent", "issuer", "subject"})
HEADER_SHARE = 3
HEADER_MIN_CHARS = 1500

# Whitespace inside a gold value matches any run of whitespace in the text (values are written
# with line breaks joined by a space).
_SPACES_RE = regex.compile(r"\s+")

# OCR'd pages (task 4): a value the exact patterns miss is looked for again, word by word, on the
# bare text (no diacritics, upper case: a tone mark Tesseract lost or misread costs nothing), in
# windows of up to OCR_WINDOW_LINES lines: the window holding the largest share of the value's
# words (at least OCR_MIN_SHARE) with the fewest other words takes it. A word of OCR_WORD_EDIT
# letters or more may differ by one letter ("Nguyễn Văn Hùng" read "Nguyén Vàn Hùug"). Values of
# fewer than OCR_MIN_WORDS words or OCR_MIN_CHARS letters are located exactly only: one word with
# an error allowed matches anywhere ("Lưu", "VT").
OCR_WINDOW_LINES = 6
OCR_MIN_SHARE = 0.75
OCR_WORD_EDIT = 4
OCR_MIN_WORDS = 2
OCR_MIN_CHARS = 8
# A symbol is compared without its spaces, hyphens, slashes and dots, one character error allowed
# per OCR_SYMBOL_CHARS (n051 prints "ST /CT-UBND" for "11/CT-UBND": two errors in eight).
OCR_SYMBOL_CHARS = 4
_BARE_WORD_RE = regex.compile(r"[A-Z0-9]+")


class TrainingError(DirectiveParserError):
    """The training data or the model cannot be read (no annotated documents, a missing model)."""


@dataclass
class GoldLines:
    """One document's lines with their gold labels.

    Attributes:
        doc_id: the corpus id ("000").
        structure: the document's structure.
        labels: one gold label per line (``LABELS``; "" for a blank line).
        located: how many gold values were found in the text.
        missed: the values that could not be found, as ``field: value``.
    """

    doc_id: str
    structure: Structure
    labels: list[str]
    located: int = 0
    missed: list[str] = field(default_factory=list)
    # OCR'd inputs only: how many of the located values were found by the tolerant match, the file
    # the text was read from ("n051.scan.pdf"), and what the loader returned (to parse it again).
    fuzzy: int = 0
    variant: str = ""
    source: Any = None


def value_re(value: str) -> regex.Pattern[str]:
    """A gold value as a pattern over folded text: any whitespace between its words, no case."""
    parts = [regex.escape(fold(p)) for p in _SPACES_RE.split(value.strip().rstrip(".,;:")) if p]
    return regex.compile(r"(?<!\p{L})" + r"\s+".join(parts) + r"(?!\p{L})", regex.V1 | regex.I)


def _symbol_re(symbol: str) -> regex.Pattern[str]:
    """A number's symbol, with its hyphens and spaces optional ("624 -CV/BDVTU", "851CV/TWĐTNCNĐT")."""
    chars = [regex.escape(c) for c in fold(symbol) if not c.isspace() and c not in "-–"]
    return regex.compile(r"(?<![\p{L}\d])" + r"[\s\-–]*".join(chars) + r"(?![\p{L}\d])", regex.V1 | regex.I)


def _date_re(iso: str) -> regex.Pattern[str]:
    y, m, d = (int(p) for p in iso.split("-"))
    # "ngày 07 tháng 7 năm 2023" or "07/7/2023" (dates printed with zeros or without).
    return regex.compile(
        rf"ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}|(?<!\d)0?{d}\s*[/.-]\s*0?{m}\s*[/.-]\s*{y}", regex.V1 | regex.I
    )


def _spans(fold_text: str, pattern: regex.Pattern[str], last: bool = False) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in pattern.finditer(fold_text)]
    if not found:
        return []
    return [found[-1] if last else found[0]]


def _bare_words(text: str) -> list[str]:
    return _BARE_WORD_RE.findall(bare(text))


def _long_words(text: str) -> list[str]:
    """The bare words of two characters or more: a lone letter is as often a speck of the scan as a
    word ("quy định./ H“" above c130's list, whose item ends "(t/h)"), and counting it lets a window
    reach for a line that does not print the value."""
    return [w for w in _bare_words(text) if len(w) > 1]


def _same_word(a: str, b: str) -> bool:
    """Two bare words alike, or one letter apart when long enough (``OCR_WORD_EDIT``)."""
    if a == b:
        return True
    return len(a) >= OCR_WORD_EDIT and abs(len(a) - len(b)) <= 1 and edit_distance(a, b) <= 1


def _share(value: list[str], window: list[str]) -> float:
    """The share of ``value``'s words found in ``window``, each window word used once."""
    left, hit = list(window), 0
    for v in value:
        k = next((k for k, t in enumerate(left) if _same_word(v, t)), None)
        if k is not None:
            hit += 1
            del left[k]
    return hit / len(value)


def ocr_spans(st: Structure, value: str, lo: int, hi: int, last: bool, symbol: bool = False) -> list[tuple[int, int]]:
    """Where an OCR'd text prints ``value``, tolerantly, among the lines starting in [lo, hi).

    A phrase or name: the window of up to ``OCR_WINDOW_LINES`` lines with the largest share of its
    bare words (at least ``OCR_MIN_SHARE``), then the fewest other words, then the first (the last
    when ``last``). A symbol: the line holding it within one character error per
    ``OCR_SYMBOL_CHARS``, spaces and punctuation left out. Nothing for a value too short to tell.

    Returns:
        The span of the lines found (one at most), or nothing.
    """
    lines = [ln for ln in st.lines if ln.text.strip() and lo <= ln.start < hi]
    if symbol:
        return _ocr_symbol(lines, value, last)
    want = _long_words(value)
    if len(want) < OCR_MIN_WORDS or sum(map(len, want)) < OCR_MIN_CHARS:
        return []
    words = [_long_words(ln.text) for ln in lines]
    wanted = set(want)
    best: tuple[tuple[float, int, int], tuple[int, int]] | None = None
    for i in range(len(lines)):
        if not wanted & set(words[i]):  # a window opens on a line printing one of the value's words as is
            continue
        window: list[str] = []
        for j in range(i, min(i + OCR_WINDOW_LINES, len(lines))):
            window += words[j]
            if len(window) > 2 * len(want) + 2:
                break
            share = _share(want, window)
            if share < OCR_MIN_SHARE:
                continue
            key = (share, -(len(window) - round(share * len(want))), i if last else -i)
            if best is None or key > best[0]:
                best = (key, (lines[i].start, lines[j].end))
    return [best[1]] if best else []


def _ocr_symbol(lines: Sequence[Line], symbol: str, last: bool) -> list[tuple[int, int]]:
    want = "".join(_bare_words(symbol))
    if len(want) < OCR_MIN_CHARS // 2:
        return []
    errors = max(1, len(want) // OCR_SYMBOL_CHARS)
    found = []
    for ln in lines:
        have = "".join(_bare_words(ln.text))
        sizes = range(max(1, len(want) - errors), len(want) + errors + 1)
        if any(edit_distance(want, have[k : k + n]) <= errors for n in sizes for k in range(len(have) - n + 1)):
            found.append((ln.start, ln.end))
    return found[-1:] if last else found[:1]


def _ocr_date(lines: Sequence[Line], iso: str) -> list[tuple[int, int]]:
    """The first line printing the date "ngày 07 tháng 7 năm 2023" with two character errors at most."""
    y, m, d = (int(p) for p in iso.split("-"))
    pattern = regex.compile(rf"(?:NGAY\s*0?{d}\s*THANG\s*0?{m}\s*NAM\s*{y}){{e<=2}}", regex.V1)
    return [(ln.start, ln.end) for ln in lines if pattern.search(bare(ln.text))][:1]


def gold_lines(doc_id: str, st: Structure, gold: dict[str, Any], ocr: bool = False) -> GoldLines:
    """Give each line of ``st`` the role of the gold value printed on it.

    Header values are searched from the top (their first occurrence), closing values from the
    bottom (their last), so a number quoted in the body or a name repeated in an attachment does
    not take their place. An issuer printed in two lines under a parent ("THÀNH UỶ HẢI PHÒNG /
    BAN DÂN VẬN" for "Ban Dân vận Thành ủy Hải Phòng") is located as the name without its parent.

    Args:
        doc_id: the corpus id.
        st: the document's structure.
        gold: the annotation, as loaded from its JSON file.
        ocr: the text was OCR'd: a value the exact patterns miss is looked for again, tolerantly
            (``_ocr_re``), and counted in ``fuzzy``.

    Returns:
        The labelled lines, with the count of located and missed values.
    """
    text = st.text.fold
    header_reach = max(len(text) // HEADER_SHARE, HEADER_MIN_CHARS)
    out = GoldLines(doc_id, st, ["" if not line.text.strip() else OTHER for line in st.lines])

    def mark(role: str, spans: list[tuple[int, int]]) -> None:
        for s, e in spans:
            for i, line in enumerate(st.lines):
                if line.start < e and s < max(line.end, line.start + 1) and out.labels[i] == OTHER:
                    out.labels[i] = role

    def tolerant(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out.fuzzy += bool(spans)
        return spans

    def place(role: str, name: str, value: Any, last: bool = False) -> None:
        if not isinstance(value, str) or not value.strip():
            return
        spans = _spans(text, (_symbol_re if role == "number" else value_re)(value), last)
        if role in HEADER_LABELS:
            spans = [sp for sp in spans if sp[0] < header_reach]
        if not spans and role == "issuer":
            spans = _issuer_spans(text, value, (gold.get("issuer") or {}).get("parent"))
        if not spans and ocr:
            reach = header_reach if role in HEADER_LABELS else len(text)
            spans = tolerant(ocr_spans(st, value, 0, reach, last, symbol=role == "number"))
        if spans:
            out.located += 1
            mark(role, spans)
        else:
            out.missed.append(f"{name}: {value}")

    issuer = gold.get("issuer") or {}
    number = gold.get("number") or {}
    signer = gold.get("signer") or {}
    # The specific values first: a line takes the first role that reaches it.
    place("number", "number.symbol", number.get("symbol"))
    if gold.get("date"):
        spans = [sp for sp in _spans(text, _date_re(str(gold["date"]))) if sp[0] < header_reach]
        if not spans and ocr:
            header = [ln for ln in st.lines if ln.start < header_reach]
            spans = tolerant(_ocr_date(header, str(gold["date"])))
        if spans:
            out.located += 1
            mark("place_date", spans)
        else:
            out.missed.append(f"date: {gold['date']}")
    place("parent", "issuer.parent", issuer.get("parent"))
    place("issuer", "issuer.name", issuer.get("name"))
    place("subject", "subject", gold.get("subject"))
    for item in gold.get("recipients") or []:
        place("recipient", "recipients", item)
    place("signer", "signer.name", signer.get("name"), last=True)
    place("authority", "signer.authority", signer.get("authority"), last=True)
    place("position", "signer.position", signer.get("position"), last=True)
    for item in gold.get("distribution") or []:
        place("distribution", "distribution", item, last=True)
    return out


def _issuer_spans(text: str, name: str, parent: Any) -> list[tuple[int, int]]:
    """The issuer's own line(s) when its name is printed under its parent's, in the header."""
    if not isinstance(parent, str) or not parent:
        return []
    rest = value_re(parent).sub(" ", fold(name)).strip(" ,")
    if not rest or rest == fold(name):
        return []
    return _spans(text[: max(len(text) // 3, 400)], value_re(rest))


def rule_label(role: str) -> str:
    """The gold label a rule role stands for (roles the gold has no value for are ``other``)."""
    if not role or role == "blank":
        return ""
    return role if role in LABELS else OTHER


def line_inputs(st: Structure) -> list[str]:
    """What the classifier reads for each line: layout words, its neighbours' starts, the line.

    Args:
        st: the structure.

    Returns:
        One string per line (empty for a blank line).
    """
    zones = st.layout
    words = [line.text.split() for line in st.lines]
    filled = [i for i, w in enumerate(words) if w]
    out = ["" for _ in st.lines]
    n = max(len(st.lines), 1)
    for k, i in enumerate(filled):
        line = st.lines[i]
        if line.start < zones.header_end:
            zone = "zonehead"
        elif zones.closing_start <= line.start < zones.closing_end:
            zone = "zoneclose"
        elif line.start >= zones.closing_end:
            zone = "zoneafter"
        else:
            zone = "zonebody"
        prev = " ".join(words[filled[k - 1]][:PREV_WORDS]) if k else ""
        nxt = " ".join(words[filled[k + 1]][:PREV_WORDS]) if k + 1 < len(filled) else ""
        out[i] = (
            f"{zone} pos{POSITION_BUCKETS * i // n} mark{line.marker or 'none'} caps{'yes' if line.caps else 'no'}"
            f" prevline {prev} nextline {nxt} thisline {' '.join(words[i][:LINE_WORDS])}"
        )
    return out


def load_documents(corpus: Path, annotations: Path, ids: Iterable[str] | None = None) -> list[GoldLines]:
    """Read the corpus texts (``corpus/<id>.txt``) with their gold line labels.

    Args:
        corpus: the corpus folder.
        annotations: the folder of gold annotations (``<id>.json``).
        ids: only these documents (default: every annotation with a text).

    Returns:
        The documents, in id order.

    Raises:
        TrainingError: no annotated document with a text was found.
    """
    docs = [
        gold_lines(doc_id, structure_mod.prepare(text), gold)  # ONE_PREPARATION: the parse's structure
        for doc_id, gold, text in annotated_texts(corpus, annotations, ids)
    ]
    if not docs:
        raise no_documents(corpus, annotations)
    return docs


def annotated_texts(
    corpus: Path, annotations: Path, ids: Iterable[str] | None = None
) -> Iterator[tuple[str, dict[str, Any], Text]]:
    """Each gold annotation (``annotations/<id>.json``) that has a corpus text (``corpus/<id>.txt``),
    in id order: its id, the gold record and the normalised text; only ``ids`` when given. The
    training data of every task (line roles, obligation candidates, action trims) is read here."""
    wanted = set(ids) if ids is not None else None
    for path in sorted(annotations.glob("*.json")):
        doc_id = path.stem
        txt = corpus / f"{doc_id}.txt"
        if (wanted is not None and doc_id not in wanted) or not txt.exists():
            continue
        yield doc_id, json.loads(path.read_text("utf-8")), normalize(load_path(txt))


def gold_obligations(gold: dict[str, Any]) -> list[dict[str, Any]] | None:
    """A gold record's obligations, or None when its annotator left them out
    (``source.unannotated``): nothing to learn from or score there."""
    unannotated = (gold.get("source") or {}).get("unannotated") or []
    return None if "obligations" in unannotated else gold.get("obligations") or []


def no_documents(corpus: Path, annotations: Path) -> TrainingError:
    """The error of a training run that found no annotated document with a text."""
    return TrainingError(f"no annotated documents: no {annotations}/<id>.json with a {corpus}/<id>.txt")


def split_ids(annotations: Path, split: str) -> list[str] | None:
    """The ids of one split of ``annotations/SPLIT.tsv`` ("dev", "test"), or None for "all"."""
    if split == "all":
        return None
    table = annotations / "SPLIT.tsv"
    if not table.exists():
        raise TrainingError(f"{table} not found: use --split all")
    rows = [r.split("\t") for r in table.read_text("utf-8").splitlines()[1:] if "\t" in r]
    return [r[0] for r in rows if r[1].strip() == split]


def _examples(docs: Sequence[GoldLines]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for d in docs:
        for inp, label in zip(line_inputs(d.structure), d.labels, strict=True):
            if label:
                pairs.append((inp, label))
    return pairs


def train_model(
    docs: Sequence[GoldLines],
    config: Path,
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
) -> Any:
    """Train the line classifier of ``config`` on ``docs``.

    Args:
        docs: the training documents.
        config: the spaCy config (``models/line_roles/config.cfg``).
        epochs: passes over the data (default: the config's ``training.max_epochs``).
        seed: the random seed (shuffling and weights).
        log: called with one line per epoch.

    Returns:
        The trained ``spacy.Language``.
    """
    return fit_textcat(config, LABELS, _examples(docs), epochs, seed, log)


def fit_textcat(
    config: Path,
    labels: Sequence[str],
    pairs: Sequence[tuple[str, str]],
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
    batch_size: int = BATCH_SIZE,
    words: Callable[[str], list[str]] | None = None,
) -> Any:
    """Train the ``textcat`` of ``config`` on (input text, label) pairs, one label of ``labels`` each.

    Args:
        config: the spaCy config.
        labels: the classes (exclusive).
        pairs: the training examples.
        epochs: passes over the data (default: the config's ``training.max_epochs``).
        seed: the random seed (shuffling and weights).
        log: called with one line per epoch.
        batch_size: examples per update.
        words: how an input splits into the model's tokens (default: spaCy's tokenizer).

    Returns:
        The trained ``spacy.Language``.
    """
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import load_config, load_model_from_config
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    cfg = load_config(config)
    nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
    textcat = nlp.get_pipe("textcat")
    for label in labels:
        textcat.add_label(label)  # type: ignore[attr-defined]
    if not pairs:
        raise TrainingError("no example to train on")

    def example(inp: str, label: str) -> Example:
        made = Doc(nlp.vocab, words=words(inp)) if words else nlp.make_doc(inp)
        return Example.from_dict(made, {"cats": {lab: float(lab == label) for lab in labels}})

    data = [example(i, lab) for i, lab in pairs]
    nlp.initialize(lambda: data[:500])
    rng = random.Random(seed)
    dropout = float(cfg["training"]["dropout"])
    for epoch in range(epochs or int(cfg["training"]["max_epochs"])):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for start in range(0, len(data), batch_size):
            nlp.update(data[start : start + batch_size], drop=dropout, losses=losses)
        if log:
            log(f"  epoch {epoch + 1}: loss {losses.get('textcat', 0.0):.2f}")
    assert isinstance(nlp, Language)
    return nlp


def predict(nlp: Any, st: Structure) -> list[str]:
    """The model's label for each line of ``st`` ("" for a blank line)."""
    inputs = line_inputs(st)
    out = ["" for _ in inputs]
    todo = [i for i, inp in enumerate(inputs) if inp]
    for i, doc in zip(todo, nlp.pipe(inputs[i] for i in todo), strict=True):
        out[i] = max(doc.cats, key=doc.cats.get)
    return out


def combine(
    rule_roles: Sequence[str], model_labels: Sequence[str], model_roles: Iterable[str], add_only: bool = False
) -> list[str]:
    """Each line by whichever labeller wins its role: the model for ``model_roles``, the rules for the rest.

    A line the model gives one of ``model_roles`` takes it; a line the rules give one of them but
    the model does not is "other" (the model decides those roles, both ways, and nothing else: its
    labels of other roles are not used); every other line keeps the rules' role.

    Args:
        rule_roles: the rules' roles (``ROLES``).
        model_labels: the model's labels (``LABELS``; "" for a blank line).
        model_roles: the roles the model decides.
        add_only: the model only adds: a line takes a model role where the rules placed it
            nowhere ("body"), and keeps the rules' role everywhere else.

    Returns:
        One label per line: a rule role or a model label.
    """
    chosen = set(model_roles)
    out: list[str] = []
    for r, m in zip(rule_roles, model_labels, strict=True):
        if add_only:
            out.append(m if m in chosen and r == "body" else r)
        elif m in chosen:
            out.append(m)
        elif rule_label(r) in chosen:
            out.append(OTHER if m else r)
        else:
            out.append(r)
    return out


def winners(scores: Iterable[dict[str, Scores]]) -> list[str]:
    """The roles whose F1, summed over ``scores``, is higher for the model than for the rules."""
    rules, model = Scores(), Scores()
    for fold_scores in scores:
        rules.merge(fold_scores["rules"])
        model.merge(fold_scores["model"])
    return [lab for lab in LABELS if lab != OTHER and model.f1(lab) > rules.f1(lab)]


@dataclass
class Scores:
    """Line-level scores of one labeller on some documents (blank lines left out).

    Attributes:
        correct: lines whose label agrees with the gold.
        total: lines scored.
        tp: per label, lines labelled so by both.
        fp: per label, lines labelled so but not in the gold.
        fn: per label, gold lines labelled otherwise.
    """

    correct: int = 0
    total: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Sequence[str], predicted: Sequence[str]) -> None:
        """Count one document's lines."""
        for g, p in zip(gold, predicted, strict=True):
            if not g:
                continue
            p = p or OTHER
            self.total += 1
            if g == p:
                self.correct += 1
                self.tp[g] += 1
            else:
                self.fp[p] += 1
                self.fn[g] += 1

    def merge(self, other: Scores) -> None:
        """Add ``other``'s counts to these."""
        self.correct += other.correct
        self.total += other.total
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)

    def f1(self, label: str) -> float:
        """F1 of one label."""
        tp = self.tp[label]
        denom = 2 * tp + self.fp[label] + self.fn[label]
        return 2 * tp / denom if denom else 1.0

    def macro_f1(self) -> float:
        """Mean F1 over the roles (``other`` left out: it is what is left)."""
        roles = [lab for lab in LABELS if lab != OTHER]
        return sum(self.f1(lab) for lab in roles) / len(roles)

    def accuracy(self) -> float:
        """Share of lines labelled as the gold."""
        return self.correct / self.total if self.total else 1.0


def rule_labels(st: Structure) -> list[str]:
    """The rules' roles of ``st`` mapped to the gold labels."""
    return [rule_label(r) for r in roles_mod.label_lines(st, roles_mod.RuleRoleLabeller())]


def document_folds(docs: Sequence[_D], folds: int, seed: int) -> tuple[list[_D], list[list[_D]]]:
    """The documents after a seeded shuffle, and ``folds`` folds by document (fold k holds every
    ``folds``-th document from the k-th); shared by every task's cross-validation.

    Raises:
        TrainingError: fewer documents than folds, or fewer than 2 folds.
    """
    if folds < 2 or folds > len(docs):
        raise TrainingError(f"cannot make {folds} folds of {len(docs)} documents (need 2 ≤ folds ≤ documents)")
    order = list(docs)
    random.Random(seed).shuffle(order)
    return order, [order[k::folds] for k in range(folds)]


def fit_per_fold(
    docs: Sequence[_D],
    folds: int,
    seed: int,
    fit: Callable[[list[_D]], Any],
    apply: Callable[[Any, list[_D]], None],
    log: Callable[[str], None] | None = None,
) -> list[list[_D]]:
    """The held-out folds (``document_folds``), each scored by ``apply`` with the model ``fit`` trains
    on the other folds' documents.

    Raises:
        TrainingError: fewer documents than folds, or fewer than 2 folds.
    """
    _, held = document_folds(docs, folds, seed)
    for k in range(folds):
        train = [d for j, part in enumerate(held) if j != k for d in part]
        if log:
            log(f"fold {k + 1}/{folds}: train on {len(train)} documents, test on {len(held[k])}")
        apply(fit(train), held[k])
    return held


def cross_validate(
    docs: Sequence[GoldLines],
    config: Path,
    folds: int = DEFAULT_FOLDS,
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
) -> list[dict[str, Scores]]:
    """Score rules, model and combined on ``folds`` folds by document.

    Args:
        docs: the documents; fold k holds every ``folds``-th document from the k-th (after a
            seeded shuffle).
        config: the spaCy config.
        folds: number of folds (at least 2, at most the number of documents).
        epochs: training epochs per fold.
        seed: the seed of the shuffle and the training.
        log: called with progress lines.

    Returns:
        Per fold, the scores of "rules", "model" and "combined".

    Raises:
        TrainingError: fewer documents than folds, or fewer than 2 folds.
    """
    order, parts = document_folds(docs, folds, seed)
    held_out: list[list[tuple[GoldLines, list[Role], list[str]]]] = []
    results: list[dict[str, Scores]] = []
    for k, held in enumerate(parts):
        train = [d for d in order if d not in held]
        if log:
            log(f"fold {k + 1}/{folds}: train on {len(train)} documents, test on {len(held)}")
        nlp = train_model(train, config, epochs, seed, log)
        outputs = [
            (d, roles_mod.label_lines(d.structure, roles_mod.RuleRoleLabeller()), predict(nlp, d.structure))
            for d in held
        ]
        held_out.append(outputs)
        scores = {"rules": Scores(), "model": Scores()}
        for d, rules, model in outputs:
            scores["rules"].add(d.labels, [rule_label(r) for r in rules])
            scores["model"].add(d.labels, model)
        results.append(scores)
    # The combination of each fold uses the roles the model won on the other folds only, so the
    # fold's own gold never chooses its labeller.
    for k, scores in enumerate(results):
        chosen = winners(results[:k] + results[k + 1 :])
        scores["combined"] = Scores()
        for d, rules, model in held_out[k]:
            scores["combined"].add(d.labels, [rule_label(x) for x in combine(rules, model, chosen)])
    return results


def score_labellers(docs: Sequence[GoldLines], nlp: Any, model_roles: Iterable[str]) -> dict[str, Scores]:
    """Rules, model and combined (the model for ``model_roles``) on ``docs``, e.g. a held-out split."""
    chosen = list(model_roles)
    scores = {"rules": Scores(), "model": Scores(), "combined": Scores()}
    for d in docs:
        rules = roles_mod.label_lines(d.structure, roles_mod.RuleRoleLabeller())
        model = predict(nlp, d.structure)
        scores["rules"].add(d.labels, [rule_label(r) for r in rules])
        scores["model"].add(d.labels, model)
        scores["combined"].add(d.labels, [rule_label(x) for x in combine(rules, model, chosen)])
    return scores


def report(results: Sequence[dict[str, Scores]]) -> list[str]:
    """The per-fold and total figures as printable lines (accuracy and macro F1 per labeller)."""
    names = ("rules", "model", "combined")
    lines = ["fold  lines  " + "  ".join(f"{n:>8} acc/F1" for n in names)]
    total = {n: Scores() for n in names}
    for k, fold_scores in enumerate(results, 1):
        cells = []
        for n in names:
            s = fold_scores[n]
            cells.append(f"{s.accuracy():.3f}/{s.macro_f1():.3f}".rjust(15))
            total[n].merge(s)
        lines.append(f"{k:>4}  {fold_scores['rules'].total:>5}  " + "  ".join(cells))
    lines.append(
        " all  "
        + f"{total['rules'].total:>5}  "
        + "  ".join(f"{total[n].accuracy():.3f}/{total[n].macro_f1():.3f}".rjust(15) for n in names)
    )
    lines.append("per role F1 (all folds): role  " + "  ".join(f"{n:>8}" for n in names))
    for lab in LABELS:
        lines.append(f"  {lab:<14}" + "  ".join(f"{total[n].f1(lab):>8.3f}" for n in names))
    return lines


# The file in a model folder that names the roles the model decides (the cross-validation's
# winners); without it the model decides none and the labeller is the rules.
MODEL_ROLES_FILE = "model_roles.json"



def load_trained(path: Path, task: str) -> Any:
    """A trained spaCy pipeline from ``path`` (spaCy imported here, on first use).

    Args:
        path: the model folder ``directive-parser train TASK -o`` wrote.
        task: the ``train`` command's task, named in the message when there is no model.

    Raises:
        TrainingError: the folder holds no trained model.
    """
    import spacy

    if not (path / "config.cfg").exists():
        raise TrainingError(f"{path}: no trained model here (train one with `directive-parser train {task}`)")
    return spacy.load(path)


def load_pair(path: Path, default: tuple[float, float]) -> tuple[float, float]:
    """The two numbers the combination chose (thresholds or margins), from a JSON file, else ``default``."""
    if not path.exists():
        return default
    a, b = json.loads(path.read_text("utf-8"))
    return float(a), float(b)

class TrainedRoleLabeller:
    """A ``RoleLabeller`` from a trained line model, loaded lazily on first use.

    The model decides only the roles it won in cross-validation (``model_roles.json`` in the model
    folder, or ``model_roles``); every other line keeps the rules' role, so the rules' finer
    roles (motto, type, body …) stay. A line the rules gave a model role that the model does not
    becomes "body". With ``add_only`` the model only adds lines the rules placed nowhere.
    """

    def __init__(self, path: str | Path, model_roles: Iterable[str] | None = None, add_only: bool = False) -> None:
        """Remember where the model is; nothing is read until the first ``label``.

        Args:
            path: the folder written by ``directive-parser train roles -o``.
            model_roles: the roles the model decides (default: the folder's ``model_roles.json``).
            add_only: the model only adds lines to its roles where the rules placed a line nowhere
                (``combine``); the rules' lines stay.
        """
        self.path = Path(path)
        self.add_only = add_only
        self.model_roles = list(model_roles) if model_roles is not None else None
        self._nlp: Any = None
        self._rules = roles_mod.RuleRoleLabeller()

    def _model(self) -> Any:
        if self._nlp is None:
            nlp = load_trained(self.path, "roles")
            if self.model_roles is None:
                chosen = self.path / MODEL_ROLES_FILE
                self.model_roles = json.loads(chosen.read_text("utf-8")) if chosen.exists() else []
            self._nlp = nlp
        return self._nlp

    def label(self, st: Structure) -> list[Role]:
        """One role per line of ``st.lines``.

        Args:
            st: the document's structure.

        Returns:
            The roles, in line order.
        """
        rules = self._rules.label(st)
        model = predict(self._model(), st)
        return [_as_role(x) for x in combine(rules, model, self.model_roles or [], self.add_only)]


def _as_role(label: str) -> Role:
    """A combined label as a role: "other" (and "") become the nearest neutral role."""
    for role in roles_mod.ROLES:
        if role == label:
            return role
    return "blank" if not label else "body"
