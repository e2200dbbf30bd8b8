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
        "c120",  # "……, ngày    tháng     năm 2022" above "DỰ KIẾN HOẠT ĐỘNG" and its subject line
        "n026",  # "bổ sung số liệu theo các phụ lục được gửi kèm Công văn này": one form, code and title null
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


@pytest.mark.parametrize(
    ("heading", "code", "rest"),
    [
        ("PHỤ LỤC", None, ""),  # n039: the title is the heading in capitals under it
        ("PHỤ LỤC PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", None, "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"),  # n001
        # n002's "Phụ lục I" / "THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA" with its heading word in capitals (NĐ 30/2020):
        # the numeral is the code (README forms: "Phụ lục 2" → "2")
        ("PHỤ LỤC I THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA", "I", "THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA"),
    ],
)
def test_an_appendix_heading_word_is_no_title(heading: str, code: str | None, rest: str) -> None:
    from directive_parser.extractors.forms import APPENDIX_HEAD_RE

    m = APPENDIX_HEAD_RE.match(heading)
    assert m is not None and (m.group("code"), m.group("rest")) == (code, rest)


def test_biểu_with_a_title_is_no_heading_word() -> None:
    from directive_parser.extractors.forms import APPENDIX_HEAD_RE

    # 004: "BIỂU TỔNG HỢP …" is the form's title, not a heading word with a number
    assert APPENDIX_HEAD_RE.match("BIỂU TỔNG HỢP ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH CẤP QUẬN") is None


def test_an_appendix_title_is_the_caps_heading_under_phu_luc() -> None:
    # n039 (text copy of a scan, its OCR spelling kept): "PHỤ LỤC" / "ĐÁNH GIÁ ĐÓI VỚI ĐỊA BÀN CÁP TÍNH" /
    # "(Kèm theo công văn sô …)": the parenthesis is no subject line
    forms = parse_file(CORPUS / "n039.txt").forms
    assert [(f.code, f.title) for f in forms] == [(None, "ĐÁNH GIÁ ĐÓI VỚI ĐỊA BÀN CÁP TÍNH")]


def test_a_heading_word_alone_gives_no_title() -> None:
    # n039 with its title line taken out: "PHỤ LỤC" then "(Kèm theo công văn …)": the heading word
    # is no title (README forms: title null unless printed), the appendix is still one form
    from directive_parser import parse_text

    text = (CORPUS / "n039.txt").read_text().replace("ĐÁNH GIÁ ĐÓI VỚI ĐỊA BÀN CÁP TÍNH\n", "")
    assert [(f.code, f.title) for f in parse_text(text).forms] == [(None, None)]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Phụ lục I", "I"),  # n002, NĐ 30/2020's layout: the word and number in lower case on a line of their own
        ("Phụ lục II", "II"),  # n002
        ("Phụ lục kèm theo Hướng dẫn về nguyên tắc", None),  # c111's body: no number, more words
    ],
)
def test_appendix_line(line: str, code: str | None) -> None:
    from directive_parser.extractors.forms import APPENDIX_LINE_RE

    m = APPENDIX_LINE_RE.match(line)
    assert (m.group("code") if m else None) == code


def test_a_numbered_appendix_that_is_a_schedule_or_an_outline_is_no_form() -> None:
    # n002: "Phụ lục I" / "THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA", a schedule whose rows are filled in, and
    # "Phụ lục II" / "ĐỀ CƯƠNG BÁO CÁO PHỤC VỤ KIỂM TRA …", its report outline (README F1)
    assert parse_file(CORPUS / "n002.txt").forms == []


def test_a_numbered_appendix_gives_its_code_and_the_caps_name_under_it() -> None:
    # n039 with its "PHỤ LỤC" printed as NĐ 30/2020 sets it, "Phụ lục 01" in lower case on its own
    # line: the number is the code, the heading in capitals below it the title
    from directive_parser import parse_text

    text = (CORPUS / "n039.txt").read_text().replace("PHỤ LỤC\n", "Phụ lục 01\n")
    assert [(f.code, f.title) for f in parse_text(text).forms] == [("01", "ĐÁNH GIÁ ĐÓI VỚI ĐỊA BÀN CÁP TÍNH")]


@pytest.mark.parametrize(
    ("line", "blank"),
    [
        ("……, ngày    tháng     năm 2022", True),  # c120, above its "DỰ KIẾN HOẠT ĐỘNG" template
        ("....., ngày..... tháng năm", True),  # 004, under its "M1" code line
        ("Hà Nội, ngày  03  tháng 6 năm 2022", False),  # c120's own date
        ("Tân Yên, ngày tháng 02 năm 2024", False),  # 002's own date in its header: place and month printed
    ],
)
def test_blank_date_line(line: str, blank: bool) -> None:
    from directive_parser.extractors.forms import BLANK_DATE_LINE_RE

    assert bool(BLANK_DATE_LINE_RE.match(line)) is blank


# --- data/forms.toml, both ways ---------------------------------------------------------------


def _unnamed_form(sentence: str) -> bool:
    from directive_parser import structure
    from directive_parser.extractors.forms import find_forms
    from directive_parser.layout import Layout
    from directive_parser.normalize import normalize_text

    t = normalize_text(sentence)
    forms = find_forms(structure.build(t, Layout(0, 0, len(t.text), len(t.text))))
    return any(f.code is None for f in forms)


def _appendix_to_fill(sentence: str) -> bool:
    from directive_parser.extractors.forms import appendix_to_fill
    from directive_parser.normalize import normalize_text

    t = normalize_text(sentence)
    return appendix_to_fill(t, 0, len(t.text)) is not None


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
        + [(_appendix_to_fill, e, True) for e in w.appendix_to_fill.examples]
        + [(_appendix_to_fill, c, False) for c in w.appendix_to_fill.counter_examples]
        + [(is_filler_cell, e, True) for e in w.filler_cells.examples]
        + [(is_filler_cell, c, False) for c in w.filler_cells.counter_examples]
        + [(_pointed_at, e, True) for e in w.pointers.examples]
        + [(_pointed_at, c, False) for c in w.pointers.counter_examples]
    )


@pytest.mark.parametrize(("check", "text", "expected"), _words_cases())
def test_form_words_both_ways(check, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert check(text) is expected
