"""FLATTENED_TABLE (structure.flattened_tables): a task table copied one cell per line, on real dev snippets.

The dev corpus prints its task tables with " | " or tabs; a web page or a PDF viewer copies the same table one cell
per line, blank lines between, its empty cells lost (scripts/variants.py table_cells; the probe's pa11, whose text is
not copied here: the rows of the pa11 pattern below are our own words on another topic).
"""

from __future__ import annotations

import pytest

from directive_parser import layout as layout_mod
from directive_parser import parse_text
from directive_parser.normalize import normalize_text
from directive_parser.structure import (
    Structure,
    build,
    column_role,
    flat_header_cell,
    flattened_tables,
    read_lines,
    structure_words,
)


def structure_of_text(raw: str) -> Structure:
    text = normalize_text(raw)
    return build(text, layout_mod.split(text))


def flat(*cells: str) -> str:
    """Cells one per line, a blank line between (an empty cell printed as one space, as a web copy gives it)."""
    return "\n\n".join(c or " " for c in cells) + "\n"


# n002's schedule (Phụ lục I) flattened: STT | Đơn vị được kiểm tra | Thời gian kiểm tra, a group row, then its rows
N002_SCHEDULE = flat(
    "STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra",
    "I", "Cơ quan chuyên môn cấp tỉnh", "",
    "1", "Sở Xây dựng", "Tháng 7/2026",
    "2", "Sở Y tế", "Tháng 8/2026",
)
# n001's task table (its header, the group row I and rows 1-2 as printed; row 1's empty "Phối hợp" cell lost)
N001_TASKS = flat(
    "STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện", "Theo dõi, kiểm tra, đôn đốc",
    "I", "Cải cách thể chế", "", "", "", "", "",
    "1", "Thực hiện việc đăng tải, cập nhật văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân tỉnh trên cơ sở dữ liệu quốc gia về pháp luật.",
    "Văn bản được đăng tải, cập nhật", "Theo Điều 17 Nghị định số 34/2016/NĐ-CP", "Sở Tư pháp", "", "Sở Tư pháp",
    "2", "Định kỳ thực hiện việc công bố danh mục văn bản quy phạm pháp luật hết hiệu lực, tạm ngưng hiệu lực theo thẩm quyền.",
    "Danh mục văn bản quy phạm pháp luật hết hiệu lực", "Trước ngày 31/01 năm liền kề", "Sở Tư pháp; UBND các xã", "Các sở, ban, ngành", "Sở Tư pháp",
)


def _flat_cases() -> list[tuple[str, bool]]:
    words = structure_words().flat_columns
    return [(e, True) for e in words.examples] + [(e, False) for e in words.counter_examples]


@pytest.mark.parametrize("cell,expected", _flat_cases())
def test_flat_column_words_examples_both_ways(cell: str, expected: bool) -> None:
    assert flat_header_cell(cell) is expected


def test_a_header_cell_is_a_short_label_not_a_sentence() -> None:
    # FLAT_HEADER_CELL: a role's words in a sentence are no column name
    assert flat_header_cell("Thời gian hoàn thành") and flat_header_cell("Chủ trì thực hiện")
    assert not flat_header_cell("Rà soát nội dung công việc và báo cáo kết quả.")
    assert not flat_header_cell("nhiệm vụ")  # a cell in lower case goes on a sentence


def test_a_schedule_copied_one_cell_per_line_is_read_as_its_table() -> None:
    st = structure_of_text(N002_SCHEDULE)
    (table,) = st.tables
    assert table.flattened and table.header and table.roles == {0: "number", 2: "time"}
    assert [[st.cell_text(c) for c in row] for row in table.rows[1:]] == [
        ["I", "Cơ quan chuyên môn cấp tỉnh"],
        ["1", "Sở Xây dựng", "Tháng 7/2026"],
        ["2", "Sở Y tế", "Tháng 8/2026"],
    ]
    # one block a row; the row numbers are no page marks
    assert len([b for b in st.blocks if b.table is not None]) == 4
    assert not st.page_breaks


def test_each_row_of_a_flattened_task_table_gives_its_duty() -> None:
    rec = parse_text(N001_TASKS)
    assert [(d.action.split(",")[0], d.responsible, d.text) for d in rec.deadlines] == [
        ("Thực hiện việc đăng tải", "Sở Tư pháp", "Theo Điều 17 Nghị định số 34/2016/NĐ-CP"),
        ("thực hiện việc công bố danh mục văn bản quy phạm pháp luật hết hiệu lực", "Sở Tư pháp; UBND các xã", "Trước ngày 31/01 năm liền kề"),
    ]
    assert len(rec.obligations) == 2  # the group row "I" / "Cải cách thể chế" is none


def test_the_same_rows_with_pipes_and_one_cell_per_line_give_the_same_duties() -> None:
    piped = "STT | Đơn vị được kiểm tra | Thời gian kiểm tra\nI | Cơ quan chuyên môn cấp tỉnh |\n1 | Sở Xây dựng | Tháng 7/2026\n2 | Sở Y tế | Tháng 8/2026\n"
    a = [(d.action, d.text) for d in parse_text(piped).deadlines]
    b = [(d.action, d.text) for d in parse_text(N002_SCHEDULE).deadlines]
    assert a == b and len(a) == 2


def test_the_same_number_again_is_a_second_line_of_its_row() -> None:
    # n001's "2" / "2" (a task with two lines of bodies) and a Roman group row restarting the count
    lines = read_lines(flat("TT", "Nhiệm vụ", "Chủ trì", "I", "Chuẩn bị", "1", "Ban hành kế hoạch", "Sở Nội vụ", "2", "Triển khai kế hoạch", "Sở Nội vụ",
                            "2", "Triển khai kế hoạch", "Các sở, ngành", "II", "Kiểm tra", "1", "Kiểm tra việc thực hiện", "Sở Nội vụ"))
    (t,) = flattened_tables(lines)
    assert [lines[r[0][0]].text for r in t.rows] == ["I", "1", "2", "2", "II", "1"]
    # a Roman numeral that does not go on the count ("IV" after "I") ends the table
    lines = read_lines(flat("TT", "Nhiệm vụ", "Chủ trì", "I", "Chuẩn bị", "1", "Ban hành kế hoạch", "Sở Nội vụ", "IV", "Kiểm tra"))
    (t,) = flattened_tables(lines)
    assert [lines[r[0][0]].text for r in t.rows] == ["I", "1"]


@pytest.mark.parametrize(
    "raw",
    [
        # c120's report form: "TT" and its numbers, no column names after it
        flat("TT", "1", "2", "…", "5"),
        # a numbered list of prose, under no number column's word
        "1.\n\nTổ chức hội nghị triển khai kế hoạch.\n\n2.\n\nBáo cáo kết quả thực hiện trước ngày 30/6/2026.\n",
        # n018's list of persons: "Họ và tên" names no column of a task table
        flat("STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "1", "Nguyễn Minh", "Phó Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        # column names but no row "1" after them
        flat("STT", "Nhiệm vụ", "Thời gian hoàn thành", "Các sở, ngành triển khai thực hiện nghiêm túc."),
    ],
)
def test_no_flattened_table_without_its_header_and_its_running_rows(raw: str) -> None:
    assert flattened_tables(read_lines(normalize_text(raw).text)) == []


def test_a_count_of_days_is_no_time_column() -> None:
    # COUNT_OF_DAYS_IS_NO_TIME (the pa11 pattern, our own header words)
    assert column_role("Số ngày chậm nhất phải hoàn thành trước ngày khai giảng") is None
    assert column_role("Ngày chậm nhất phải hoàn thành") == "time"


# The pa11 pattern (a schedule whose "Nội dung" header spans a step's title and its content), our own words: a row
# with one more line than the header (the content's second paragraph) and a narrower one (its empty cell lost).
SCHEDULE_WIDE = flat(
    "TT", "Nội dung công việc", "Số ngày thực hiện", "Ngày chậm nhất phải hoàn thành",
    "1", "Chuẩn bị hội trường", "Bố trí bàn ghế, âm thanh cho lễ khai giảng.", "", "02/9/2026",
    "2", "Đón học sinh", "Các lớp đón học sinh tại cổng trường.", "(Theo Điều 5 Quy chế nhà trường).", "1 ngày", "05/9/2026",
)


def test_a_row_wider_than_its_header_aligns_the_columns_after_the_task_from_its_end() -> None:
    st = structure_of_text(SCHEDULE_WIDE)
    (table,) = st.tables
    assert table.roles == {0: "number", 1: "task", 3: "time"}
    row1, row2 = ([st.cell_text(c) for c in row] for row in table.rows[1:])
    assert row1[3] == "02/9/2026"  # as wide as its header: cell by cell
    assert row2[2:] == ["1 ngày", "05/9/2026"] and row2[1].startswith("Đón học sinh") and row2[1].endswith("Quy chế nhà trường).")
    dates = sorted(str(d.date) for d in parse_text(SCHEDULE_WIDE).deadlines if d.date)
    assert dates == ["2026-09-02", "2026-09-05"]


def test_the_last_row_stops_at_the_headers_width_before_prose() -> None:
    # LAST_ROW_ENDS_THE_BODY only when what is left fits: here the prose after the table is long, so the last row
    # keeps the header's width and the prose stays prose
    prose = "\n\n".join(f"Các đơn vị thực hiện nội dung {i} của kế hoạch này." for i in range(8))
    st = structure_of_text(flat("TT", "Nhiệm vụ", "Thời gian", "1", "Rà soát hồ sơ", "Tháng 3/2026", "2", "Báo cáo kết quả", "Quý II/2026") + "\n" + prose)
    (table,) = st.tables
    assert [st.cell_text(c) for c in table.rows[-1]] == ["2", "Báo cáo kết quả", "Quý II/2026"]


def test_no_row_runs_into_the_closing() -> None:
    raw = flat("TT", "Nhiệm vụ", "Thời gian", "1", "Rà soát hồ sơ", "Tháng 3/2026", "2", "Báo cáo kết quả", "Quý II/2026")
    st = structure_of_text(raw + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    (table,) = st.tables
    assert [st.cell_text(c) for c in table.rows[-1]] == ["2", "Báo cáo kết quả", "Quý II/2026"]


def test_a_cell_wrapped_over_lines_is_one_cell_when_blank_lines_part_the_cells() -> None:
    # CELL_IS_A_PARAGRAPH: n001's row 2 copied one cell per line and wrapped at 60 columns (scripts/variants.py
    # table_cells then wrap60); with no blank line between the cells, each line is a cell
    raw = flat(
        "STT", "Nhiệm vụ", "Thời gian hoàn thành", "Chủ trì thực hiện",
        "1", "Định kỳ thực hiện việc công bố danh mục văn bản quy phạm\npháp luật hết hiệu lực, tạm ngưng hiệu lực theo thẩm quyền.",
        "Trước ngày 31/01 năm liền kề", "Sở Tư pháp; UBND các xã, phường,\nđặc khu",
    )
    st = structure_of_text(raw)
    (table,) = st.tables
    assert [st.cell_text(c).replace("\n", " ") for c in table.rows[1]][2:] == ["Trước ngày 31/01 năm liền kề", "Sở Tư pháp; UBND các xã, phường, đặc khu"]
    dense = structure_of_text("STT\nNhiệm vụ\nThời gian hoàn thành\n1\nRà soát hồ sơ\nTrong tháng 8/2025\n")
    assert [[dense.cell_text(c) for c in row] for row in dense.tables[0].rows] == [["STT", "Nhiệm vụ", "Thời gian hoàn thành"], ["1", "Rà soát hồ sơ", "Trong tháng 8/2025"]]


def test_the_last_row_stops_before_a_heading_even_when_the_rest_would_fit() -> None:
    # n002's schedule (Phụ lục I) copied one cell per line, then its Phụ lục II: the outline's heading in capitals is
    # no cell of the last row
    raw = N002_SCHEDULE + "\nPhụ lục II\nĐỀ CƯƠNG BÁO CÁO PHỤC VỤ KIỂM TRA\nCÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026\n\nI. Kết quả thực hiện\n"
    st = structure_of_text(raw)
    (table,) = st.tables
    assert [st.cell_text(c) for c in table.rows[-1]] == ["2", "Sở Y tế", "Tháng 8/2026"]
