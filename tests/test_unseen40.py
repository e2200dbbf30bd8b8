"""Rules of issue 11's session 40, each pinned on our own sentences written in the forms the unseen pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

import datetime as dt

import pytest

from directive_parser import parse_text
from directive_parser.dates import find_time_phrases
from directive_parser.extractors.deadlines import name_printed_whole
from directive_parser.vocabulary import duties

# A ministry's decision with its attached planning schedule: the time column first, a header over two rows, the time
# and number cells merged down their rows (printed once, the rows under them opening with " | ").
SCHEDULE = (
    "BỘ XÂY DỰNG\n\nSố: 12/QĐ-BXD\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Hà Nội, ngày 14 tháng 10 năm 2019\n\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch lập quy hoạch\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch lập quy hoạch.\n\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Giao Vụ Vật liệu xây dựng là cơ quan tham mưu về các nội dung chuyên ngành; tham mưu thực hiện nhiệm vụ "
    "là cơ quan thường trực Hội đồng thẩm định quy hoạch.\n\n"
    "NỘI DUNG CHI TIẾT\n\n"
    "Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước | Thực hiện\n"
    " |  |  | Đơn vị chủ trì | Đơn vị phối hợp\n"
    "I | GIAI ĐOẠN 1: LẬP NHIỆM VỤ\n"
    "10-11/2019 | Xây dựng khung định hướng quy hoạch. | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | - Vụ Vật liệu xây dựng; - Vụ Pháp chế.\n"
    " | Lấy ý kiến các bộ, ngành và địa phương. | Cơ quan tổ chức lập quy hoạch | Vụ Kế hoạch - Tài chính | - Văn phòng Bộ.\n"
    "3 | Phê duyệt nhiệm vụ\n"
    "7-8/2021 | Trình Hội đồng thẩm định quy hoạch | Cơ quan tổ chức lập quy hoạch | Vụ Vật liệu xây dựng | - Vụ Pháp chế.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n"
)


def _by_action() -> dict[str, tuple[str | None, str | None]]:
    record = parse_text(SCHEDULE)
    return {o.action.split(" ")[0] + " " + o.action.split(" ")[1]: (o.responsible, o.due) for o in record.obligations}


# --- MERGED_CELL_LEFT_EMPTY (structure._cells): a row without Markdown's borders whose first cell is blank -----------


def test_a_blank_first_cell_keeps_its_column() -> None:
    rows = _by_action()
    # before, the blank time cell was dropped and every cell moved left: the action read "Cơ quan tổ chức lập quy hoạch"
    assert rows["Lấy ý"] == ("Vụ Kế hoạch - Tài chính", None)
    assert not any(a.startswith("Cơ quan") for a in rows)


def test_markdown_borders_are_no_cells() -> None:
    record = parse_text(SCHEDULE.replace(" |  |  | Đơn vị chủ trì | Đơn vị phối hợp\n", "").replace(
        " | Lấy ý kiến các bộ, ngành và địa phương. | Cơ quan tổ chức lập quy hoạch | Vụ Kế hoạch - Tài chính | - Văn phòng Bộ.\n",
        "| 11/2019 | Lấy ý kiến các bộ, ngành và địa phương. | Cơ quan tổ chức lập quy hoạch | Vụ Kế hoạch - Tài chính |\n",
    ))
    row = next(o for o in record.obligations if o.action.startswith("Lấy ý kiến"))
    assert (row.responsible, row.due) == ("Vụ Kế hoạch - Tài chính", "11/2019")


# --- GROUP_NUMBER_IN_TIME_COLUMN (deadlines._group_in_time_column) ---------------------------------------------------


def test_group_numerals_in_the_time_column_are_headings() -> None:
    rows = _by_action()
    assert "GIAI ĐOẠN" not in rows and "Phê duyệt" not in rows
    assert rows["Xây dựng"] == ("Ban Quản lý quy hoạch", "10-11/2019")


# --- SHORT_ROW_IN_LONG_SENTENCE (obligations._row_inside_sentence) ---------------------------------------------------


def test_a_short_row_restates_no_long_sentence_holding_its_words() -> None:
    rows = _by_action()
    # both stay, each with its own time: the plan's item took the row's "7-8/2021" before
    assert rows["là cơ"] == ("Vụ Vật liệu xây dựng", None)
    assert rows["Trình Hội"] == ("Vụ Vật liệu xây dựng", "7-8/2021")


# --- NAME_PRINTED_WHOLE (deadlines.name_printed_whole, data/duties.toml [name_goes_on]) -------------------------------


@pytest.mark.parametrize(
    ("text", "before", "after"), duties().name_goes_on.examples + duties().name_goes_on.counter_examples
)
def test_name_printed_whole_examples_both_ways(text: str, before: str, after: str) -> None:
    text = text.replace("\\n", "\n")
    duty_start = text.index(before) + len(before) + 1
    assert name_printed_whole(text, before, duty_start)[0] == after


def test_the_item_names_its_body_whole() -> None:
    assert _by_action()["là cơ"][0] == "Vụ Vật liệu xây dựng"  # before: "Vụ Vật liệu", action "xây dựng là cơ quan …"


# --- MONTH_SPAN and QUARTER_LIST (dates._MONTH) -----------------------------------------------------------------------

DOC = dt.date(2019, 10, 14)


def _phrase(s: str) -> tuple[str, dt.date | None, dt.date | None, dt.date | None]:
    (p,) = find_time_phrases(s, doc_date=DOC)
    return p.text, p.date, p.when.period_start, p.when.period_end


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        ("10-11/2019", dt.date(2019, 10, 1), dt.date(2019, 11, 30)),
        ("3-12/2020", dt.date(2020, 3, 1), dt.date(2020, 12, 31)),
        ("tháng 01-4/2021", dt.date(2021, 1, 1), dt.date(2021, 4, 30)),
        ("Quý III, IV/2026", dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
        ("trong quý II - III năm 2026", dt.date(2026, 4, 1), dt.date(2026, 9, 30)),
        ("Quý IV/2026, 2027", dt.date(2026, 10, 1), dt.date(2027, 12, 31)),
    ],
)
def test_month_spans_and_quarter_lists_are_one_time_with_no_day(cell: str, start: dt.date, end: dt.date) -> None:
    assert _phrase(cell) == (cell, None, start, end)


def test_a_day_with_its_word_or_one_separator_stays_a_day() -> None:
    assert _phrase("ngày 10-11/2019")[1] == dt.date(2019, 11, 10)
    assert _phrase("10/11/2019")[1] == dt.date(2019, 11, 10)
    assert _phrase("30-11/2019")[1] == dt.date(2019, 11, 30)  # no month 30: a day
    assert _phrase("trong Quý I/2026")[0] == "trong Quý I/2026"


def test_the_schedules_month_spans_are_deadlines_without_a_date() -> None:
    record = parse_text(SCHEDULE)
    spans = {d.text: d.date for d in record.deadlines}
    assert spans == {"10-11/2019": None, "7-8/2021": None}
