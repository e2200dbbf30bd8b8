"""The spaCy span layer: values become labelled spans over the normalised text, nothing invented."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import CORPUS

from directive_parser import nlp
from directive_parser.pipeline import parse_source_with_text
from directive_parser.record import Evidence, OutlineItem
from directive_parser.source import SourceDocument


@pytest.fixture(scope="module")
def seed000():
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    return parse_source_with_text(SourceDocument(text=text, format="text"))


def test_every_value_with_evidence_is_a_span_holding_it(seed000) -> None:
    record, text = seed000
    doc = nlp.to_doc(text, record)
    spans = {s.label_: s for s in doc.spans[nlp.SPANS_KEY]}
    expected = dict(nlp.value_evidence(record))
    assert "number.symbol" in expected and "date" in expected  # seed 000 has both
    assert set(spans) == set(expected)
    for label, ev in expected.items():
        assert ev.text in spans[label].text  # "expand" widens to tokens, never narrows


@pytest.mark.parametrize(
    ("label", "evidence_text"),
    [
        ("number.symbol", "1092-CV/BDVTU"),  # "Số 1092-CV/BDVTU" in the header
        ("date", "ngày 07 tháng 7 năm 2023"),  # "Hải Phòng, ngày 07 tháng 7 năm 2023"
        ("signer.name", "Vũ Thị Thúy Nga"),  # the name under the signature
    ],
)
def test_register_spans_sit_on_the_printed_value(seed000, label: str, evidence_text: str) -> None:
    record, text = seed000
    doc = nlp.to_doc(text, record)  # a SpanGroup needs its Doc alive
    span = next(s for s in doc.spans[nlp.SPANS_KEY] if s.label_ == label)
    assert span.text == evidence_text


def test_outline_children_get_nested_paths_and_bad_offsets_are_dropped(seed000) -> None:
    record, text = seed000
    rec = record.model_copy(deep=True)
    rec.evidence = {"number.symbol": record.evidence["number.symbol"]}
    child = OutlineItem(title="Kết quả", evidence=text.evidence(0, 10))
    rec.report_outline = [OutlineItem(title="Báo cáo", children=[child])]
    rec.deadlines, rec.obligations, rec.quotas, rec.legal_references, rec.forms = [], [], [], [], []
    rec.evidence["subject"] = Evidence(start=len(text.text) + 5, end=len(text.text) + 9, text="gone")
    doc = nlp.to_doc(text, rec)
    labels = [s.label_ for s in doc.spans[nlp.SPANS_KEY]]
    assert labels == ["number.symbol", "report_outline[0].children[0]"]


def test_displacy_rendering_escapes_the_text() -> None:
    from directive_parser.record import Directive

    # entities survive normalisation as a literal "<b>" element
    _, text = parse_source_with_text(SourceDocument(text="Số 12/KH-UBND\n&lt;b&gt;x&lt;/b&gt;", format="text"))
    start = text.text.index("<b>")
    record = Directive(evidence={"subject": text.evidence(start, start + 8)})
    html = nlp.render_html(nlp.to_doc(text, record))
    assert "<b>" not in html and "&lt;" in html


def test_a_plain_parse_imports_neither_spacy_nor_the_web_stack() -> None:
    code = (
        "import sys, directive_parser as d; d.parse_text(open(sys.argv[1]).read());"
        "print(sorted(m for m in ('spacy', 'fastapi', 'uvicorn', 'selenium') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(CORPUS / "000.txt")], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
