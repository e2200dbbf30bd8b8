"""Property-based tests: random and mutated directive text never crash the parser.

Whatever the text, ``parse_text`` either returns a record that validates or raises a
``DirectiveParserError``; normalisation's offset map stays monotonic and in bounds, and every
Evidence quotes the normalised text exactly.
"""

from __future__ import annotations

import contextlib
import itertools

from conftest import CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directive_parser import DirectiveParserError, parse_text
from directive_parser.normalize import normalize_text
from directive_parser.pipeline import parse_source_with_text
from directive_parser.record import Directive
from directive_parser.source import SourceDocument

# Examples per property: enough to reach odd corners, few enough to keep the suite fast.
EXAMPLES = 40
SEEDS = [(CORPUS / f"{i:03d}.txt").read_text(encoding="utf-8") for i in range(5)]
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed directive with lines shuffled, chunks deleted and random Unicode inserted."""
    lines = draw(st.sampled_from(SEEDS)).splitlines()
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    text = "\n".join(lines)
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:pos] + text[pos + draw(st.integers(1, 400)) :]
        else:
            text = text[:pos] + draw(st.text(min_size=1, max_size=30)) + text[pos:]
    return text


def _check(text: str) -> None:
    try:
        record, t = parse_source_with_text(SourceDocument(text=text, format="text"))
    except DirectiveParserError:
        return
    Directive.model_validate(record.model_dump())
    for key, ev in record.evidence.items():
        items = ev if isinstance(ev, list) else [ev]
        for e in items:
            if e is None:
                continue
            assert 0 <= e.start <= e.end <= len(t.text), key
            assert e.text == t.text[e.start : e.end], key


@FUZZ
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    _check(text)


@FUZZ
@given(mutated_seed())
def test_mutated_directives(text: str) -> None:
    _check(text)


@FUZZ
@given(st.one_of(st.text(max_size=1000), mutated_seed()))
def test_offset_map_invariants(text: str) -> None:
    t = normalize_text(text)
    assert len(t.src) == len(t.text) + 1
    assert len(t.fold) == len(t.text)
    assert all(a <= b for a, b in itertools.pairwise(t.src)), "source map not monotonic"
    assert all(0 <= s <= len(text) for s in t.src)


@FUZZ
@given(st.text(alphabet=st.sampled_from("µ¸¶·¹¨©ª«¬®§ÊÖñøöû aeiouAEnhtgc\n"), max_size=400))
def test_legacy_like_text(text: str) -> None:
    # strings that look half like TCVN3/VNI must not break detection or the offset map
    with contextlib.suppress(DirectiveParserError):
        parse_text(text)
    t = normalize_text(text)
    assert all(a <= b for a, b in itertools.pairwise(t.src))
