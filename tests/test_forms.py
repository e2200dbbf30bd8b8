"""Forms: codes named in the body paired with attached forms, code lines above attachments,
"theo mẫu gửi kèm", and a layout example that is not a form."""

from __future__ import annotations

import pytest
from conftest import CORPUS, gold

from directive_parser import parse_file
from directive_parser.extractors.forms import NAMED_RE


@pytest.mark.parametrize(
    "doc_id",
    [
        "001",  # "Báo cáo, phụ lục số liệu (theo mẫu gửi kèm)": one form, no code
        "002",  # "theo mẫu M1, M2", "mẫu M3", "mẫu M4" paired with four uncoded attachments
        "004",  # "M1"/"M2" code lines above "BIỂU TỔNG HỢP ..." ("Mẫu số 01" in the body is M1)
    ],
)
def test_seed_forms_match_gold(doc_id: str) -> None:
    got = [(f.code, f.title) for f in parse_file(CORPUS / f"{doc_id}.txt").forms]
    assert got == [(f["code"], f["title"]) for f in gold(doc_id)["forms"]]


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("tổng hợp danh sách đăng ký xây dựng mô hình theo mẫu M1, M2, gửi về Ban Dân vận", "M1, M2"),  # 002
        ("Thực hiện đăng ký mô hình các tập thể, cá nhân cấp Quận (theo Mẫu số 01)", "01"),  # 004
        ("báo cáo kết quả khảo sát theo Phụ lục I của Công văn số 2637/BGDĐT-VP.", "I"),  # c130
    ],
)
def test_named_forms(sentence: str, codes: str) -> None:
    m = NAMED_RE.search(sentence)
    assert m is not None and m.group("codes") == codes


def test_no_forms_in_a_plain_directive() -> None:
    assert parse_file(CORPUS / "003.txt").forms == []


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # n002: "tại" points to where the tasks are set out, not to a template to fill
        ("nội dung trọng tâm tập trung kiểm tra được phân công tại Phụ lục II ban hành kèm theo Kế hoạch này.", []),
        # n016: the decree's form where a title is shown
        ("trong đó có nội dung về chức danh Chủ tịch Hội (tại Mẫu số 15 Phụ lục III kèm theo Nghị định số 126/2024/NĐ-CP)", []),
        # n031: "theo" a decree's form: the report is written on it
        ("xây dựng báo cáo về tình hình tổ chức, hoạt động và quản lý hội theo Mẫu số 14 Phụ lục III ban hành", ["14"]),
    ],
)
def test_a_form_pointed_at_with_tai_is_not_one_to_fill(sentence: str, codes: list[str]) -> None:
    from directive_parser.extractors.forms import _named
    from directive_parser.normalize import normalize_text

    t = normalize_text(sentence)
    assert [code for code, _ in _named(t, 0, len(t.text))] == codes


@pytest.mark.parametrize(
    "doc_id",
    [
        "n001",  # "PHỤ LỤC PHÂN CÔNG THỰC HIỆN NHIỆM VỤ …": a task table, every row filled
        "n018",  # "DANH SÁCH Hội đồng cấp tỉnh …": the members, every row filled
    ],
)
def test_an_appendix_of_filled_rows_is_no_form(doc_id: str) -> None:
    assert parse_file(CORPUS / f"{doc_id}.txt").forms == []


def test_a_template_whose_header_wraps_over_rows_is_still_a_form() -> None:
    # 002's PDF: the "DANH SÁCH ĐĂNG KÝ" table's header cells wrap into rows of words ("xây |
    # hình | hoặc cá …"), which are no numbered entries: the four templates stay forms
    codes = [f.code for f in parse_file(CORPUS / "files" / "002.pdf").forms]
    assert codes == ["M1", "M2", "M3", "M4"]


# --- data/forms.toml, both ways ---------------------------------------------------------------


def _unnamed_form(sentence: str) -> bool:
    from directive_parser import structure
    from directive_parser.extractors.forms import find_forms
    from directive_parser.layout import Layout
    from directive_parser.normalize import normalize_text

    t = normalize_text(sentence)
    forms = find_forms(structure.build(t, Layout(0, 0, len(t.text), len(t.text))))
    return any(f.code is None for f in forms)


def _pointed_at(sentence: str) -> bool:
    from directive_parser.extractors.forms import NAMED_RE, points_at_a_form

    m = NAMED_RE.search(sentence)
    assert m is not None
    return points_at_a_form(sentence[max(0, m.start() - 8) : m.start()], sentence[m.start() : m.start("codes")])


def _words_cases() -> list[tuple[object, str, bool]]:
    from directive_parser.extractors.forms import form_words, is_filler_cell

    w = form_words()
    return (
        [(_unnamed_form, e, True) for e in w.unnamed.examples]
        + [(_unnamed_form, c, False) for c in w.unnamed.counter_examples]
        + [(is_filler_cell, e, True) for e in w.filler_cells.examples]
        + [(is_filler_cell, c, False) for c in w.filler_cells.counter_examples]
        + [(_pointed_at, e, True) for e in w.pointers.examples]
        + [(_pointed_at, c, False) for c in w.pointers.counter_examples]
    )


@pytest.mark.parametrize(("check", "text", "expected"), _words_cases())
def test_form_words_both_ways(check, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert check(text) is expected
