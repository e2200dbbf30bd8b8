"""The vocabulary is data: valid, NFC, and every entry's examples are matched by what uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from directive_parser import patterns as P
from directive_parser.errors import VocabularyError
from directive_parser.extractors import deadlines as D
from directive_parser.vocabulary import duties, parse_vocabulary, vocabulary

VOCAB = vocabulary()


@pytest.mark.parametrize("entry", VOCAB.document_types, ids=lambda e: e.name)
def test_type_examples_show_the_type_by_name_or_abbreviation(entry) -> None:
    for example in entry.examples:
        by_line = P.type_line_re().match(P.bare(example))
        by_symbol = P.SYMBOL_RE.search(example)
        by_name = entry.name.lower() in example.lower()
        assert by_line or by_symbol or by_name, example
        if by_symbol and by_symbol.group("ptype"):  # a Party symbol: its letters name this type
            assert VOCAB.type_by_abbr(by_symbol.group("ptype"), "party") == entry.name or by_symbol.group("ptype") == "QĐ"


@pytest.mark.parametrize("entry", VOCAB.systems, ids=lambda e: e.motto)
def test_motto_examples_fold_to_the_motto(entry) -> None:
    for example in entry.examples:
        assert P.bare(example).replace("-", " ").split() == entry.motto.replace("-", " ").split()


@pytest.mark.parametrize("example", VOCAB.signature.examples)
def test_authority_examples_are_matched(example: str) -> None:
    assert P.authority_re().match(example)


def test_every_abbreviation_belongs_to_one_type() -> None:
    seen: dict[str, str] = {}
    for entry in VOCAB.document_types:
        for abbr in entry.abbr:
            assert abbr not in seen, f"{abbr} is both {seen[abbr]} and {entry.name}"
            seen[abbr] = entry.name


def test_a_malformed_file_fails_loudly() -> None:
    with pytest.raises(VocabularyError, match="TOML"):
        parse_vocabulary("[[document_types]\nname=", "bad.toml")
    with pytest.raises(VocabularyError):
        parse_vocabulary('[[document_types]]\nname = "x"\n', "bad.toml")


def test_decomposed_strings_are_refused() -> None:
    import unicodedata

    raw = '[[document_types]]\nname = "' + unicodedata.normalize("NFD", "Công văn") + '"\nabbr = []\nexamples = []\n'
    with pytest.raises(VocabularyError, match="NFC"):
        parse_vocabulary(raw, "nfd.toml")


# --- data/duties.toml: duty verbs and the words that open a body's name, both ways -------------


def _duty_cases() -> list[tuple[str, str, bool]]:
    words = duties()
    out = [("verb", e, True) for e in words.duty_verbs.examples]
    out += [("verb", e, False) for e in words.duty_verbs.counter_examples]
    out += [("opener", e, True) for e in words.body_openers.examples]
    out += [("opener", e, False) for e in words.body_openers.counter_examples]
    return out


@pytest.mark.parametrize("kind,text,expected", _duty_cases())
def test_duty_words_examples_both_ways(kind: str, text: str, expected: bool) -> None:
    words = duties()
    pattern = {"verb": words.verbs_pattern, "opener": words.openers_pattern}[kind]()
    rx = regex.compile(rf"^(?:{pattern})(?!\p{{L}})", regex.V1 | (0 if kind == "opener" else regex.I))
    assert bool(rx.match(text)) is expected


@pytest.mark.parametrize("word", vocabulary().casing.keep_caps)
def test_kept_abbreviations_stay_in_capitals(word: str) -> None:
    # data/vocabulary.toml [casing] keep_caps: each stays as printed in a name put in reading case
    from directive_parser.values import org_case

    assert word in org_case(f"BAN CHỈ ĐẠO {word} HUYỆN ĐỊNH HÓA").split()


def test_an_extension_file_adds_types_without_changing_the_bundled_data(tmp_path, monkeypatch) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('[[document_types]]\nname = "Điều lệ"\nabbr = ["ĐL"]\nexamples = ["Điều lệ Hội"]\n', encoding="utf-8")
    monkeypatch.setenv("DIRECTIVE_PARSER_VOCABULARY", str(extra))
    vocabulary.cache_clear()
    try:
        assert vocabulary().type_by_abbr("ĐL") == "Điều lệ"
    finally:
        monkeypatch.delenv("DIRECTIVE_PARSER_VOCABULARY")
        vocabulary.cache_clear()
    assert vocabulary().type_by_abbr("ĐL") is None


def test_no_data_cache_changes_while_parsing() -> None:
    # every data file is validated once into its cache; parsing the corpus must leave them as built
    from directive_parser import parse_file
    from directive_parser.dates import date_words
    from directive_parser.extractors.forms import form_words
    from directive_parser.extractors.outline import outline_words
    from directive_parser.extractors.references import reference_words
    from directive_parser.structure import structure_words
    from directive_parser.vocabulary import duties

    loaders = (vocabulary, duties, structure_words, date_words, reference_words, outline_words, form_words)
    before = [load().model_dump() for load in loaders]
    for doc in ("000", "001", "n001", "c137"):
        parse_file(Path(__file__).resolve().parent.parent / "corpus" / f"{doc}.txt")
    assert [load().model_dump() for load in loaders] == before


# --- data/duties.toml [level_headings]: LEVEL_HEADING, both ways ---------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "doer"),
    [(e[0], e[1]) for e in duties().level_headings.examples] + [(e, None) for e in duties().level_headings.counter_examples],
)
def test_level_heading_words_both_ways(heading: str, doer: str | None) -> None:
    from directive_parser.extractors.deadlines import level_heading_who

    assert level_heading_who(heading) == doer


# --- data/duties.toml [closing_ask]: CLOSING_ASK, both ways -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [(e[0], (e[1], e[2])) for e in duties().closing_ask.examples] + [(e, None) for e in duties().closing_ask.counter_examples],
)
def test_closing_ask_words_both_ways(sentence: str, asked: tuple[str, str] | None) -> None:
    from directive_parser.extractors.obligations import closing_ask

    found = closing_ask(sentence)
    assert (found[:2] if found else None) == asked


# FIELD_IN_NAME (data/duties.toml [duty_verbs] field_in_name): a field noun that is also a verb belongs to the name
# right after a kind's word ("Cục Thống kê tham mưu …": the unseen probe's pc03, pc05; sentences our own); the
# counter-examples keep it a verb ("các Sở kiểm tra …", "Sở tổ chức kiểm tra …").
def _field_cases() -> list[tuple[str, str, bool]]:
    dv = duties().duty_verbs
    return [(t, v, True) for t, v in dv.field_examples] + [(t, v, False) for t, v in dv.field_counter_examples]


@pytest.mark.parametrize("text,verb,in_name", _field_cases())
def test_field_in_name_both_ways(text: str, verb: str, in_name: bool) -> None:
    rx = regex.compile(rf"(?<!\p{{L}})(?:{duties().verbs_pattern()})(?!\p{{L}})", regex.V1 | regex.I)
    first = rx.search(text)
    # in a name the field is passed over: the first verb is the one after the name; else the field is the verb
    assert first is not None and first.group(0) == verb


# COMPOUND_NOUN_SYLLABLE (data/duties.toml [duty_verbs] in_compounds): a one-syllable verb that ends a common noun
# ("chương trình", "bầu cử") is passed over; after any other word it stays the verb ("trình Ủy ban …", "cử 02 cán bộ").
def _compound_cases() -> list[tuple[str, str]]:
    dv = duties().duty_verbs
    return [(t, v) for t, v in dv.compound_examples] + [(t, v) for t, v in dv.compound_counter_examples]


@pytest.mark.parametrize("text,verb", _compound_cases())
def test_compound_noun_syllable_both_ways(text: str, verb: str) -> None:
    rx = regex.compile(rf"(?<!\p{{L}})(?:{duties().verbs_pattern()})(?!\p{{L}})", regex.V1 | regex.I)
    first = rx.search(text)
    assert first is not None and first.group(0) == verb


# ASSIGNS_OWN_STAFF (data/duties.toml [duty_verbs] own_staff): "phân công" before the body's own staff or rota is the
# body's duty verb, no request (``_ASK_RE`` passes it over); before a body, a group or a named person it asks them.
def _own_staff_cases() -> list[tuple[str, bool]]:
    dv = duties().duty_verbs
    return [(t, True) for t, _ in dv.own_staff_examples] + [(t, False) for t in dv.own_staff_counter_examples]


@pytest.mark.parametrize("text,own", _own_staff_cases())
def test_assigns_own_staff_both_ways(text: str, own: bool) -> None:
    asked = D.ask_search(text)
    assert (asked is not None and "phân công" in asked.group(0).lower()) != own
    assert bool(regex.search(D.ASSIGNS_OWN_STAFF, text, regex.V1 | regex.I)) == own


def test_own_staff_examples_name_their_word() -> None:
    for text, word in duties().duty_verbs.own_staff_examples:
        assert f"phân công {word}" in text.lower() and word in duties().duty_verbs.own_staff
