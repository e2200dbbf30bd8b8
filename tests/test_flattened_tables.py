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


# WRAPPED_CELLS: a task table copied from a PDF viewer, no blank line, each cell wrapped at its column's width.
# n002's schedule as scripts/variants.py table_cells_wrapped prints it (its header names and cells wrapped).
N002_WRAPPED = """STT
Đơn vị được kiểm
tra
Thời gian kiểm
tra
I
Cơ quan chuyên
môn cấp tỉnh
1
Sở Nông nghiệp
và Môi trường
(Văn phòng Đăng
ký đất đai tỉnh)
Từ tháng 3 đến
tháng 9/2026
2
Phường Bắc Gia
Nghĩa
Tháng 3/2026
"""
# Nghị quyết 97/NQ-CP's appendix (a Government resolution, public law; the probe's qm03) as its PDF copies: the header
# "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành | Căn cứ bổ sung" wrapped,
# two rows, then the next page repeating the header and going on at row 5.
QM03_HEADER = """TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
bổ sung
"""
QM03_WRAPPED = (
    QM03_HEADER
    + """1
Thực hiện nghiêm quy định các bộ, cơ
quan ngang bộ cơ cấu ít nhất một lãnh
đạo có chuyên môn pháp luật
Các bộ,
cơ quan ngang bộ
Bộ Nội vụ
Báo cáo
hằng năm
2026 và
hằng năm
Nghị quyết
số 66-
NQ/TW
2
Rà soát, thể chế hóa kịp thời những quan
điểm, chủ trương trong Văn kiện Đại hội
đại biểu toàn quốc lần thứ XIV của Đảng
thành pháp luật
Các bộ,
cơ quan ngang bộ
Bộ Tư pháp
Các văn bản quy
phạm pháp luật
được ban hành
Thường
xuyên
Chương
trình số 12-
CTr/BCĐ

CÔNG BÁO/Số 238/Ngày 21-04-2026
96


"""
    + QM03_HEADER
    + """3
Chủ động nghiên cứu, tham mưu Chính
phủ trình Quốc hội, Ủy ban Thường vụ
Quốc hội sửa đổi, bổ sung, ban hành mới
văn bản quy phạm pháp luật bảo đảm cơ sở
pháp lý đồng bộ cho hoạt động của bộ máy
nhà nước theo mô hình chính quyền 3 cấp
Các bộ,
cơ quan ngang bộ
Bộ Nội vụ,
Bộ Tư pháp
Các văn bản
quy phạm pháp
luật trình Quốc
hội, Ủy ban
Thường vụ
Quốc hội xem
xét, ban hành
2026
Chương
trình số 12-
CTr/BCĐ
"""
)


def _rows(raw: str) -> list[list[str]]:
    st = structure_of_text(raw)
    return [[" ".join(st.cell_text(c).split()) for c in row] for t in st.tables for row in t.rows]


def test_a_wrapped_header_name_is_one_name() -> None:
    st = structure_of_text(QM03_WRAPPED)
    assert [" ".join(st.cell_text(c).split()) for c in st.tables[0].rows[0]] == [
        "TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành", "Căn cứ bổ sung",
    ]
    assert st.tables[0].roles == {0: "number", 1: "task", 2: "lead", 3: "cooperate", 4: "product", 5: "time"}


def test_wrapped_cells_are_grouped_into_their_columns() -> None:
    rows = _rows(N002_WRAPPED)
    assert rows[1:] == [
        ["I", "Cơ quan chuyên môn cấp tỉnh"],  # a group row: its one cell, the time lost at its end
        ["1", "Sở Nông nghiệp và Môi trường (Văn phòng Đăng ký đất đai tỉnh)", "Từ tháng 3 đến tháng 9/2026"],
        ["2", "Phường Bắc Gia Nghĩa", "Tháng 3/2026"],  # a name wrapped with a capital: the time cell is the time
    ]


def test_a_pdf_copy_of_a_task_table_gives_each_rows_duty_with_its_bodies_and_time() -> None:
    rows = _rows(QM03_WRAPPED)
    assert [r[2:6] for r in rows if r[0] in ("1", "2", "3")] == [
        ["Các bộ, cơ quan ngang bộ", "Bộ Nội vụ", "Báo cáo hằng năm", "2026 và hằng năm"],
        ["Các bộ, cơ quan ngang bộ", "Bộ Tư pháp", "Các văn bản quy phạm pháp luật được ban hành", "Thường xuyên"],
        # the task's line "Quốc hội sửa đổi, …" opens with a body's name but is no cell of bodies (too long a cell)
        ["Các bộ, cơ quan ngang bộ", "Bộ Nội vụ, Bộ Tư pháp", "Các văn bản quy phạm pháp luật trình Quốc hội, Ủy ban Thường vụ Quốc hội xem xét, ban hành", "2026"],
    ]
    # the task-table reader gives each row's duty with the lead body and the time read across the cell's lines
    # (CELL_LINES_JOINED: "Thường" / "xuyên")
    from directive_parser.extractors.deadlines import table_rows
    from directive_parser.record import Directive

    st = structure_of_text(QM03_WRAPPED)
    duties = [d for t in st.tables for d in table_rows(st, t, Directive())]
    assert [(d.action.split(" ")[0:3], d.responsible, d.text) for d in duties] == [
        (["Thực", "hiện", "nghiêm"], "Các bộ, cơ quan ngang bộ", "2026 và hằng năm"),
        (["Rà", "soát,", "thể"], "Các bộ, cơ quan ngang bộ", "Thường xuyên"),
        (["Chủ", "động", "nghiên"], "Các bộ, cơ quan ngang bộ", "2026"),
    ]


def test_the_header_again_on_the_next_page_goes_on_with_the_rows() -> None:
    # HEADER_ON_EVERY_PAGE: the page's table starting at "3" goes on from the last page's "2"
    st = structure_of_text(QM03_WRAPPED)
    assert len(st.flat_tables) == 2
    assert [st.cell_text(r[0]) for t in st.tables for r in t.rows[1:]] == ["1", "2", "3"]
    # counter-example: a table whose first row is not the next number (nor 1) is none
    assert len(structure_of_text(QM03_WRAPPED.replace("\n3\nChủ động", "\n7\nChủ động")).flat_tables) == 1


def test_a_dense_copy_without_wraps_stays_one_cell_a_line() -> None:
    # the counter-example: no line opens in lower case, so every line is a cell as before (table_cells_dense)
    dense = "STT\nNhiệm vụ\nThời gian hoàn thành\nChủ trì\n1\nRà soát hồ sơ\nQuý II/2026\nSở Nội vụ\n2\nBáo cáo kết quả\nTháng 12/2026\nSở Tư pháp\n"
    assert _rows(dense)[1:] == [["1", "Rà soát hồ sơ", "Quý II/2026", "Sở Nội vụ"], ["2", "Báo cáo kết quả", "Tháng 12/2026", "Sở Tư pháp"]]


# SIDE_BY_SIDE_CELLS: the PDF copy prints two cells at one height on one line, parted by two spaces (qm03's rows 6-7,
# numbered 1-2 here so that they open a table: "7  Đề án về chỉ số …" and, in row 2, "cơ quan ngang bộ  Bộ Tư pháp").
_QM03_ROW_6 = QM03_WRAPPED[QM03_WRAPPED.index("2\nRà soát") : QM03_WRAPPED.index("\nCÔNG BÁO")]
QM03_SIDE_BY_SIDE = (
    QM03_HEADER
    + _QM03_ROW_6.replace("2\nRà soát", "1\nRà soát").replace("cơ quan ngang bộ\nBộ Tư pháp", "cơ quan ngang bộ  Bộ Tư pháp")
    + """2  Đề án về chỉ số đánh giá, chấm điểm KPI
về công tác xây dựng pháp luật
Bộ Tư pháp
Các bộ,
cơ quan
ngang bộ
Đề án trình
Thủ tướng
Chính phủ
Tháng
3/2026
Nghị quyết
số 23/NQ-
CP ngày
07/02/2026
"""
)


def test_two_cells_on_one_line_are_two_cells() -> None:
    rows = _rows(QM03_SIDE_BY_SIDE)
    assert [r[:6] for r in rows[1:]] == [
        ["1", "Rà soát, thể chế hóa kịp thời những quan điểm, chủ trương trong Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành pháp luật",
         "Các bộ, cơ quan ngang bộ", "Bộ Tư pháp", "Các văn bản quy phạm pháp luật được ban hành", "Thường xuyên"],
        # row 7 was read inside row 6 before ("… 12-CTr/BCĐ 7 Đề án …"), and every row after it was lost
        ["2", "Đề án về chỉ số đánh giá, chấm điểm KPI về công tác xây dựng pháp luật", "Bộ Tư pháp", "Các bộ, cơ quan ngang bộ",
         "Đề án trình Thủ tướng Chính phủ", "Tháng 3/2026"],
    ]
    # the text and the evidence keep the two spaces
    record = parse_text("CHÍNH PHỦ\nPHỤ LỤC\n" + QM03_SIDE_BY_SIDE)
    due = [o for o in record.obligations if o.due == "Tháng 3/2026"]
    assert [o.action for o in due] == ["Đề án về chỉ số đánh giá, chấm điểm KPI về công tác xây dựng pháp luật"]


def test_a_double_space_in_prose_or_in_a_table_with_blank_lines_parts_nothing() -> None:
    # counter-examples: a sentence's end typed with two spaces, and a table whose cells are paragraphs
    prose = "Đề nghị các sở, ngành báo cáo kết quả.  Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.\n"
    st = structure_of_text(prose)
    assert len([ln for ln in st.lines if ln.text]) == 1
    spaced = flat("STT", "Nhiệm vụ", "Thời gian", "1", "Rà soát hồ sơ  Quý II/2026", "")
    assert _rows(spaced)[1:] == [["1", "Rà soát hồ sơ Quý II/2026"]]


# ROW_ACROSS_PAGES: qm03's row 12 (numbered 1 here) is cut by its page's foot; the next page prints the header again,
# then the rest of the row's cells (its second lead body, the rest of its product …), then row 13 (2 here).
QM03_ACROSS = (
    QM03_HEADER
    + """1
Tiếp tục tổ chức rà soát, sửa đổi, ban
hành, bãi bỏ các quy định pháp luật để cắt
giảm, đơn giản hóa thủ tục hành chính,
điều kiện đầu tư kinh doanh bất hợp lý
Bộ Tư pháp (đối
với các nội dung
liên quan đến thủ
tục hành chính)
Các bộ,
cơ quan
ngang bộ
Báo cáo tình
hình
và
giải
pháp tiếp tục rà
soát, sửa đổi,
ban hành, bãi bỏ
Tháng
5/2026
Chương
trình số 12-
CTr/BCĐ

CÔNG BÁO/Số 238/Ngày 21-04-2026
97


"""
    + QM03_HEADER
    + """Bộ Tài chính (đối
với các nội dung
liên quan đến điều
kiện đầu tư kinh
doanh)
các quy định
pháp luật để cắt
giảm, đơn giản
hóa thủ tục hành
chính, điều kiện
đầu
tư
kinh
doanh bất hợp lý
2  Xây dựng, hoàn thiện thể chế về công tác
kiểm soát thủ tục hành chính
Bộ Tư pháp
Các bộ,
cơ quan
ngang bộ
Các văn bản quy
phạm pháp luật
được ban hành
Tháng
6/2026
Nghị định số
09/2026/NĐ-
CP
"""
)


def test_a_row_cut_by_a_page_goes_on_and_the_rows_after_it_are_read() -> None:
    st = structure_of_text(QM03_ACROSS)
    assert len(st.flat_tables) == 1  # one table: the next page's header and foot lie inside it, unread
    rows = [[" ".join(st.cell_text(c).split()) for c in row] for t in st.tables for row in t.rows]
    assert [r[0] for r in rows] == ["TT", "1", "2"]
    assert rows[1][2] == "Bộ Tư pháp (đối với các nội dung liên quan đến thủ tục hành chính)"
    assert rows[1][5] == "Tháng 5/2026"
    assert rows[2][1:6] == ["Xây dựng, hoàn thiện thể chế về công tác kiểm soát thủ tục hành chính", "Bộ Tư pháp", "Các bộ, cơ quan ngang bộ",
                            "Các văn bản quy phạm pháp luật được ban hành", "Tháng 6/2026"]
    # the rest of the row's cells becomes no paragraph, and no duty of its own
    assert not any("Bộ Tài chính" in st.text.text[b.start : b.end] for b in st.blocks if b.table is None)


def test_a_header_again_that_opens_no_next_row_is_no_table() -> None:
    # counter-example: under the next page's header, lines and no row number that goes on: no table is read there
    cut = QM03_ACROSS[: QM03_ACROSS.index("2  Xây dựng")]
    st = structure_of_text(cut + "Ghi chú: các nhiệm vụ trên được cập nhật hằng quý.\n")
    assert len(st.flat_tables) == 1 and [st.cell_text(r[0]) for t in st.tables for r in t.rows] == ["TT", "1"]


# SUB_ROWS: qm03's row 17 (numbered 1 here) gives its task two results, each with its lead, product and time; the PDF
# prints the number and task once and the second row's cells from the lead column on under the first's.
QM03_SUB_ROWS = QM03_HEADER + """1
Tiếp tục thể chế hóa đầy đủ, kịp thời các
chủ trương, định hướng phát triển giáo
dục và đào tạo theo Nghị quyết số 71-
NQ/TW của Bộ Chính trị
Bộ Giáo dục và
Đào tạo
Các bộ,
cơ quan
ngang bộ
Báo cáo chuyên
đề về cơ chế,
chính sách, giải
pháp lớn để thể
chế hóa các chủ
trương,
định
hướng phát triển
giáo dục và đào
tạo theo Nghị
quyết
số
71-
NQ/TW của Bộ
Chính trị được
trình Ban Chỉ
đạo Trung ương
về hoàn thiện thể
chế, pháp luật
Tháng
5/2026
Chương
trình số 12-
CTr/BCĐ
Bộ Giáo dục và
Đào tạo
Các bộ,
cơ quan
ngang bộ
Báo cáo kết quả
thể chế hóa các
chủ trương, định
hướng phát triển
giáo dục và đào
tạo theo Nghị
quyết
số
71-
NQ/TW của Bộ
Chính trị được
trình Ban Chỉ
Tháng
11/2026
Chương
trình số 12-
CTr/BCĐ
"""


def test_a_second_row_under_a_task_is_a_row_of_its_own() -> None:
    rows = _rows(QM03_SUB_ROWS)[1:]
    task = "Tiếp tục thể chế hóa đầy đủ, kịp thời các chủ trương, định hướng phát triển giáo dục và đào tạo theo Nghị quyết số 71-NQ/TW của Bộ Chính trị"
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("1", task, "Bộ Giáo dục và Đào tạo", "Tháng 5/2026"),
        ("", task, "Bộ Giáo dục và Đào tạo", "Tháng 11/2026"),  # the second row's number and task are the first's
    ]
    assert rows[1][4].startswith("Báo cáo kết quả thể chế hóa")
    # each row is one duty (README E9): the task twice, with its two times
    record = parse_text("CHÍNH PHỦ\nPHỤ LỤC\n" + QM03_SUB_ROWS)
    assert [(o.action, o.due) for o in record.obligations if o.action == task] == [(task, "Tháng 5/2026"), (task, "Tháng 11/2026")]


# qm03's row 21 (numbered 1): the page cuts its product ("Báo cáo chuyên" / … / "chính sách, giải" | "pháp lớn để thể" /
# …); its second row (the same lead, another product, "Tháng 10/2026") follows under the next page's header.
QM03_SUB_ROW_ACROSS = QM03_HEADER + """1
Thể chế hóa đầy đủ, kịp thời các chủ
trương, định hướng của Đảng về an toàn
thực phẩm
Bộ Y tế
Các bộ,
cơ quan
ngang bộ
Báo cáo chuyên
đề về cơ chế,
chính sách, giải
Tháng
4/2026
Chương
trình số 12-
CTr/BCĐ

CÔNG BÁO/Số 238/Ngày 21-04-2026
104


""" + QM03_HEADER + """pháp lớn để thể
chế hóa đầy đủ,
kịp thời các chủ
trương,
định
hướng của Đảng
về an toàn thực
phẩm được trình
Ban
Chỉ đạo
Trung ương về
hoàn thiện thể
chế, pháp luật
Bộ Y tế
Các bộ,
cơ quan
ngang bộ
Báo cáo kết quả
thể chế hóa các
chủ trương, định
hướng của Đảng
về an toàn thực
phẩm được trình
Ban
Chỉ
đạo
Trung ương về
hoàn thiện thể
chế, pháp luật
Tháng
10/2026
Chương
trình số 12-
CTr/BCĐ
2
Xây dựng, vận hành chuyên mục “Tiêu điểm
chính sách”
Bộ Tư pháp
Các bộ,
cơ quan
ngang bộ
Chuyên mục được
vận hành
Thường
xuyên
Nghị quyết
số 66-
NQ/TW
"""


def test_a_second_row_under_the_next_pages_header_is_a_row_of_its_own() -> None:
    rows = _rows(QM03_SUB_ROW_ACROSS)[1:]
    assert [(r[0], r[2], r[5]) for r in rows] == [("1", "Bộ Y tế", "Tháng 4/2026"), ("", "Bộ Y tế", "Tháng 10/2026"), ("2", "Bộ Tư pháp", "Thường xuyên")]
    # the rest of the first row's product ("pháp lớn để thể" / … / "chế, pháp luật") is neither row's lead: the
    # second row opens where the first row's lead is named again, not at "Ban" / "Chỉ đạo" inside the product's words
    assert rows[1][4].startswith("Báo cáo kết quả")
