"""Session 24's speed rules (docs/notes/issue-11.md, "Session 24, i24-speed"): each one is a shortcut that must give
what the long way gives, so each is pinned on a real (dev) snippet both ways: where it skips work and where it must
not."""

from __future__ import annotations

import regex

from directive_parser import layout as layout_mod
from directive_parser.dates import find_time_phrases
from directive_parser.extractors import deadlines as D
from directive_parser.extractors import own_acts
from directive_parser.extractors.obligations import _full_name_key, _RestatementKeys, _words
from directive_parser.normalize import fold, normalize_text
from directive_parser.structure import build
from directive_parser.vocabulary import duties


def test_org_first_keeps_the_opener_of_a_body_heading() -> None:
    # ORG_FIRST: "g) Sở Nông nghiệp và Môi trường:" (n009) still names its body …
    m = D._OPENER_RE.match("g) Sở Nông nghiệp và Môi trường:")
    assert m is not None and m.group("who") == "Sở Nông nghiệp và Môi trường"
    # … and a colon after a body's charge is still vetoed (COOPERATION_LIST, c143's "3. Bộ Xây dựng chủ trì, …").
    assert D._OPENER_RE.match("3. Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường") is None


def test_org_first_skips_a_line_that_opens_no_body() -> None:
    # no body's opener at the start: the vetoes' scans are not needed to say no
    assert D._OPENER_RE.match("Tăng cường công tác tuyên truyền, phổ biến:") is None


def test_figures_first_still_reads_the_times_printed_in_words() -> None:
    # FIGURES_FIRST: a span with no figure still has its recurrence and its quarter read (n006's "hằng tuần" kind) …
    text = "Các đơn vị báo cáo hằng tháng; tổng kết trong Quý I."
    kinds = [p.when.kind for p in find_time_phrases(text, fold(text), None, 2025)]
    assert kinds == ["recurrence", "period"]


def test_figures_first_reads_a_date_where_a_figure_is() -> None:
    # … and a span with a figure still runs the date patterns ("trước ngày 15/7/2023", the README's example)
    text = "Các đơn vị gửi báo cáo trước ngày 15/7/2023."
    phrases = find_time_phrases(text, fold(text))
    assert [str(p.date) for p in phrases] == ["2023-07-15"]


def test_restatement_keys_are_the_functions_they_stand_for() -> None:
    # RESTATEMENT_KEYS_ONCE: n001's body printed in full and abbreviated is one key; two departments stay two
    keys = _RestatementKeys()
    assert keys.name_key("Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)") == keys.name_key("Văn phòng UBND tỉnh")
    assert keys.name_key("Sở Tài chính") != keys.name_key("Sở Tư pháp")
    action = "Tham mưu UBND tỉnh triển khai tích hợp ứng dụng AI"
    assert keys.words(action) == _words(action) and keys.name_key("Sở Tài chính") == _full_name_key("Sở Tài chính")


def _words_the_long_way(name: str) -> tuple[str, ...]:
    abbr = duties().issuer_forms.abbreviations
    out: list[str] = []
    for w in regex.findall(r"\p{L}+", fold(name).lower(), flags=regex.V1):
        out.extend(fold(abbr.get(w, w)).split())
    return tuple(out)


def test_vocabulary_words_once_reads_names_as_before() -> None:
    # VOCABULARY_WORDS_ONCE: abbreviations read in full, old-style tones folded, as the long way reads them
    for name in ("UBND tỉnh Hoà Bình", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "HĐND TỈNH KHOÁ XV", "Chúng tôi"):
        assert own_acts._words(name) == _words_the_long_way(name)
        assert own_acts._token_words(name) == _words_the_long_way(name)


def test_heading_who_once_gives_each_block_its_heading() -> None:
    # HEADING_WHO_ONCE: two items under one heading both get its body, asked once (c111's "Giao Ban Tổ chức Trung ương
    # Đoàn:" shape); an item under no heading gets none
    body = "1. Giao Ban Tổ chức Trung ương Đoàn:\n- Tổng hợp danh sách.\n- Báo cáo kết quả.\n"
    text = normalize_text(body)
    st = build(text, layout_mod.split(text))
    items = [i for i, b in enumerate(st.blocks) if st.text.text[b.start : b.end].startswith("-")]
    assert [D.heading_who(st, i) for i in items] == ["Ban Tổ chức Trung ương Đoàn"] * 2
    assert D.heading_who(st, 0) is None
