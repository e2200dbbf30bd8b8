"""A step the duty must come before (issue 11, session 28, i28-dues): "trước khi" + an act — one of data/dates.toml
[events] acts or a duty verb of duties.toml (EVENT_STEP_IS_AN_ACT) — and its words to the clause's end
(EVENT_STEP_TO_ITS_CLAUSE_END), in dates.py's ``_EVENT``. The probe's text is third-party: the example in its form
(pc03) is our own sentence; the dev corpus prints the form in n002 and n038 (their steps unchanged) and the
counter-examples in n001, n039 and n048."""

from __future__ import annotations

import pytest

from directive_parser import parse_text
from directive_parser.dates import date_words, find_time_phrases

_EVENTS = date_words().events


@pytest.mark.parametrize("example", [e for e in _EVENTS.examples if e.lower().startswith("trước khi")])
def test_event_step_examples_are_one_phrase(example: str) -> None:
    # the data's steps are read whole, as one phrase
    assert [p.text for p in find_time_phrases(example)] == [example]


@pytest.mark.parametrize("counter", [c for c in _EVENTS.counter_examples if c.lower().startswith("trước khi")])
def test_event_step_counter_examples_are_no_time(counter: str) -> None:
    # a state ("có kết quả"), a change that is no one's act ("sáp nhập", n039), a passive ("được cấp", n048)
    assert find_time_phrases(counter) == []


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        # probe pc03's form, our words: "cung cấp" is a duty verb; its step runs to the clause's end (5 words on)
        ("Các phòng chuyên môn báo cáo Chủ tịch UBND huyện cho ý kiến trước khi cung cấp cho Cục Thống kê tỉnh.", "trước khi cung cấp cho Cục Thống kê tỉnh"),
        # dev n038 and n002: the steps end their clauses as they did
        ("Văn thư cơ quan có trách nhiệm kiểm tra thể thức văn bản trước khi trình ký, phát hành.", "trước khi trình ký, phát hành"),
        ("Trước khi tiến hành kiểm tra, Sở Nội vụ có văn bản đề nghị các cơ quan.", "Trước khi tiến hành kiểm tra"),
    ],
)
def test_event_step_to_its_clause_end(sentence: str, step: str) -> None:
    assert [p.text for p in find_time_phrases(sentence)] == [step]


def test_event_step_dates_the_duty_before_it() -> None:
    # end to end: the duty before the step is an undated deadline with the step as its time (was nothing)
    record = parse_text("Các phòng chuyên môn báo cáo Chủ tịch UBND huyện cho ý kiến trước khi cung cấp cho Cục Thống kê tỉnh.")
    assert [(d.text, d.date) for d in record.deadlines] == [("trước khi cung cấp cho Cục Thống kê tỉnh", None)]
