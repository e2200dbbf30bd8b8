"""The spaCy span layer: every extracted value as a labelled span over the normalised text.

This is the only module that imports spaCy, and it does so lazily, so a plain text parse
never pays for it. The pipeline is ``spacy.blank("xx")`` (multilingual tokenizer) with a
rule-based sentencizer: ``spacy.blank("vi")`` would need pyvi, and values are found by our own
character-level patterns anyway (spaCy's tokenizer splits "30/2020/NĐ-CP" into five tokens).

``to_doc`` turns the record's Evidence into spans in ``doc.spans["values"]``, each labelled
with the value's field path ("number.symbol", "deadlines[0]", "report_outline[1].children[0]"),
so the record can be checked against the text it came from (the web page's "where did this come
from" view) and, later, used to train a span component.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .record import Directive, Evidence, OutlineItem
from .source import Text

if TYPE_CHECKING:  # spaCy stays off the import path until a Doc is asked for
    from spacy.language import Language
    from spacy.tokens import Doc

# The span group that holds the values (displaCy's ``spans_key``).
SPANS_KEY = "values"

# The record's lists whose items each carry their own ``.evidence``, in the order the page
# shows them. Outline items nest (``children``) and are walked recursively.
ITEM_LISTS: tuple[str, ...] = ("obligations", "deadlines", "quotas", "legal_references", "forms", "report_outline")

# One Language object is shared by every request of the web service; its StringStore grows as
# it meets new words, so calls are serialised (tokenising a directive takes milliseconds).
_NLP_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def blank() -> Language:
    """The shared blank multilingual pipeline with a sentencizer (built once, on first use).

    Returns:
        A ``spacy.Language`` whose only component is the rule-based ``sentencizer``.
    """
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def value_evidence(record: Directive) -> Iterator[tuple[str, Evidence]]:
    """Every value of the record that says where it came from, with its field path.

    Register fields come from ``record.evidence`` (keyed by field path already); list items
    are labelled by their index, e.g. ``deadlines[0]``, ``report_outline[1].children[0]``.

    Args:
        record: a parsed directive.

    Yields:
        ``(field path, Evidence)`` pairs, register fields first, then the lists in
        ``ITEM_LISTS`` order.
    """
    yield from record.evidence.items()
    for name in ITEM_LISTS:
        items: Sequence[Any] = getattr(record, name)
        if name == "report_outline":
            yield from _outline_evidence(items, name)
            continue
        if name == "obligations":
            # an obligation is highlighted where its action and its body are printed, and its time
            for i, item in enumerate(items):
                for where in (item.action_evidence, item.evidence):
                    if where is not None:
                        yield f"{name}[{i}]", where
                if item.responsible_evidence is not None:
                    yield f"{name}[{i}].responsible", item.responsible_evidence
            continue
        for i, item in enumerate(items):
            if item.evidence is not None:
                yield f"{name}[{i}]", item.evidence


def _outline_evidence(items: Sequence[OutlineItem], prefix: str) -> Iterator[tuple[str, Evidence]]:
    for i, item in enumerate(items):
        path = f"{prefix}[{i}]"
        if item.evidence is not None:
            yield path, item.evidence
        yield from _outline_evidence(item.children, f"{path}.children")


def to_doc(text: Text, record: Directive) -> Doc:
    """The normalised text as a spaCy Doc with each extracted value as a span.

    Spans are widened to whole tokens (``alignment_mode="expand"``); a value whose offsets
    fall outside the text or cover nothing is left out rather than guessed at.

    Args:
        text: the normalised text the record's Evidence offsets index.
        record: the record parsed from that text.

    Returns:
        A Doc with sentence boundaries and ``doc.spans["values"]``, each span labelled with
        its field path.
    """
    nlp = blank()
    with _NLP_LOCK:
        doc = nlp(text.text)
    spans = []
    for label, ev in value_evidence(record):
        if not 0 <= ev.start < ev.end <= len(doc.text):
            continue
        span = doc.char_span(ev.start, ev.end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc


def spans_of(doc: Doc) -> list[dict[str, Any]]:
    """The value spans as plain data: ``{"start", "end", "label"}`` character offsets.

    Args:
        doc: a Doc made by ``to_doc``.

    Returns:
        One dict per span, in the order they were added.
    """
    return [{"start": s.start_char, "end": s.end_char, "label": s.label_} for s in doc.spans.get(SPANS_KEY, [])]


def render_html(doc: Doc, *, page: bool = False) -> str:
    """The text with its value spans underlined, by displaCy's span visualiser.

    displaCy escapes the document text, so markup in a directive shows as text. It lays the
    text out token by token (line breaks are not kept); the web page draws its own view from
    ``spans_of`` for that reason, and this is the standalone, shareable rendering.

    Args:
        doc: a Doc made by ``to_doc``.
        page: wrap the markup in a complete HTML page.

    Returns:
        HTML markup.
    """
    from spacy import displacy

    return str(displacy.render(doc, style="span", options={"spans_key": SPANS_KEY}, page=page, jupyter=False))
