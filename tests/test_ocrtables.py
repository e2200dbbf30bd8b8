"""Ruled tables found in a scanned page image and read cell by cell (loaders/ocrtables.py, issues 11 and 13).

The grid finder is pinned on real dev pages rendered in the test from the corpus's scans (002's and
004's seed scans print their forms' ruled tables: "STT | Địa chỉ xây dựng mô hình | Tên mô hình | …"),
turned as a flatbed scan turns a page; the cell assignment is pinned with a stand-in for Tesseract that
names each cell it is shown. Counter-examples: a page of text (no ruling), the header's two columns, a
framed paragraph.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from directive_parser.loaders import ocrtables
from directive_parser.loaders.ocr import tesseract_status
from directive_parser.loaders.ocrtables import Grid, find_grids, go_on, grid_rows, may_hold_a_table, scan_tables
from directive_parser.loaders.pdf import join_broken_row
from directive_parser.loaders.pdftables import PdfTable, row_goes_on

FILES = Path(__file__).resolve().parent.parent / "corpus" / "files"
DPI = 300
SCALE = 72 / DPI
TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


@functools.lru_cache(maxsize=8)
def _page(name: str, number: int) -> Image.Image:
    pdfplumber = pytest.importorskip("pdfplumber")
    path = FILES / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    with pdfplumber.open(path) as pdf:
        image: Image.Image = pdf.pages[number - 1].to_image(resolution=DPI).original
    return image


def _grids(image: Image.Image) -> list[Grid]:
    grey, _ = ocrtables.straightened_page(image)
    return find_grids(np.asarray(grey) < ocrtables.INK_LEVEL, SCALE)


# --- RULED_GRID on real pages -------------------------------------------------------------------


def test_grid_of_002s_model_table() -> None:
    """002 (seed scan) page 7: "STT | Địa chỉ xây dựng mô hình | Tên mô hình | Tập thể hoặc cá nhân | Thời
    gian triển khai | (empty) | Dự kiến thời gian hoàn thành | Mục tiêu đề ra", the sub-header row under it
    ("Mô hình đã và đang hoạt động …" | "Mô hình đăng ký xây dựng mới …") and the first section's row:
    8 columns, 3 rows, each position ruled on every side (as the typed PDF's 3 rows of 8 cells)."""
    image = _page("002.scan.pdf", 7)
    assert may_hold_a_table(image, SCALE)
    (grid,) = _grids(image)
    assert len(grid.xs) - 1 == 8
    assert len(grid.ys) - 1 == 3
    assert grid.cells == tuple((r, c, r, c) for r in range(3) for c in range(8))
    # the columns stand a ruling apart: ~54 pt each (225 px at 300 dpi)
    assert all(abs((b - a) * SCALE - 54) < 2 for a, b in zip(grid.xs, grid.xs[1:], strict=False))


def test_grid_of_004s_form_rows() -> None:
    """004 (seed scan) page 5: the registration form's table "TT | Tên tập thể, cá nhân | …", 7 columns,
    and its many ruled rows, each read as a row."""
    (grid,) = _grids(_page("004.scan.pdf", 5))
    assert len(grid.xs) - 1 == 7
    assert len(grid.ys) - 1 >= 20


@pytest.mark.parametrize("angle", [0.5, -0.6])
def test_grid_found_on_a_turned_scan(angle: float) -> None:
    """A flatbed scan turns the page by up to ~0.6°: the page is straightened before the rulings are
    looked for, and the same grid is found (a ruling turned 0.5° over 400 pt drifts 3.5 pt, breaking a
    row-by-row run into pieces)."""
    image = _page("002.scan.pdf", 7)
    turned = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=(255, 255, 255))
    (straight,) = _grids(image)
    (grid,) = _grids(turned)
    assert (len(grid.xs), len(grid.ys)) == (len(straight.xs), len(straight.ys))
    assert set(grid.cells) == set(straight.cells)


def test_no_grid_on_a_page_of_text() -> None:
    """Counter-example: 002's first page (the header's two columns, the subject, the body) has no ruling:
    the pre-check says so before any straightening, and the finder finds no grid either."""
    image = _page("002.scan.pdf", 1)
    assert not may_hold_a_table(image, SCALE)
    assert [g for g in _grids(image) if len(g.xs) - 1 >= 3] == []


def test_a_black_seal_is_no_table() -> None:
    """TABLE_SIZED_CELLS, counter-example: c139's last page (a real 1-bit scan) has a black seal over the
    signature; the emblem's strokes cross like rulings, 5 "columns" in 47 pt: no table."""
    image = _page("c139.pdf", 4)
    assert [g for g in _grids(image) if len(g.xs) - 1 >= 3] == []


def test_a_framed_paragraph_is_no_table() -> None:
    """Counter-example: a bordered paragraph (a box of one cell round a few lines of type) is a grid of one
    column: never a data table; its words stay running text."""
    page = Image.new("L", (1800, 1200), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((200, 200, 1600, 700), outline=0, width=4)
    for k in range(5):
        draw.text((260, 260 + 80 * k), "Lorem ipsum dolor sit amet, consectetur adipiscing", fill=0)
    grids = _grids(page.convert("RGB"))
    assert [len(g.xs) - 1 for g in grids] == [1]
    assert scan_tables(page.convert("RGB"), SCALE, [], _no_tesseract) == ([], [])


def test_two_columns_side_by_side_are_no_table() -> None:
    """Counter-example: the header's two columns drawn as a two-cell layout table (a ruled box split in
    two, as some issuers frame "ỦY BAN NHÂN DÂN … | CỘNG HÒA XÃ HỘI …"): two columns, no data table."""
    page = Image.new("L", (1800, 900), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((150, 150, 1650, 500), outline=0, width=3)
    draw.line((700, 150, 700, 500), fill=0, width=3)
    grids = _grids(page.convert("RGB"))
    assert [len(g.xs) - 1 for g in grids] == [2]
    assert scan_tables(page.convert("RGB"), SCALE, [], _no_tesseract) == ([], [])


def _no_tesseract(image: Any, name: str, psm: str) -> str:
    raise AssertionError("no table: nothing to read again")


# --- CELL_WORDS: the rows a cell assignment gives ----------------------------------------------------


def _naming_reader(grid: Grid, grey: Any, ink: Any) -> Any:
    """A stand-in for Tesseract: for the stacked cells it is shown, one word a cell, naming the cell."""
    _, slots, shorts = ocrtables._stacked_cells(grey, ink, grid, SCALE)

    def read(image: Any, name: str, psm: str) -> str:
        if psm == ocrtables.SHORT_PSM:  # a short cell alone: which one, by its image
            cell = next(c for c, alone, _, _ in shorts if alone.size == image.size and image.tobytes() in (alone.tobytes(), alone.point(ocrtables._binary).tobytes()))
            return TSV_HEAD + f"5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t91.0\tr{cell[0]}c{cell[1]}\n"
        assert psm == ocrtables.TABLE_PSM
        rows = [
            f"5\t1\t1\t1\t{k}\t1\t60\t{top + 2}\t40\t{max(4, height - 4)}\t91.0\tr{cell[0]}c{cell[1]}"
            for k, (cell, top, height, _, _) in enumerate(slots, start=1)
        ]
        return TSV_HEAD + "\n".join(rows) + "\n"

    return read


def test_cells_give_the_rows_as_the_typed_pdf_writes_them() -> None:
    """002 page 7: each filled cell's words go to their cell and the grid's rows come out one line each,
    the empty cells kept in their columns; the page's words inside the grid are the table's (taken out of
    the running text), those outside are not."""
    image = _page("002.scan.pdf", 7)
    grey, _ = ocrtables.straightened_page(image)
    ink = np.asarray(grey) < ocrtables.INK_LEVEL
    (grid,) = find_grids(ink, SCALE)
    inside = {"x0": grid.xs[1] * SCALE + 5, "x1": grid.xs[1] * SCALE + 30, "top": grid.ys[0] * SCALE + 5,
              "bottom": grid.ys[0] * SCALE + 15, "text": "Địa", "line": ("1", "1", "1"), "conf": 90.0}
    above = {**inside, "top": grid.ys[0] * SCALE - 30, "bottom": grid.ys[0] * SCALE - 20, "text": "MÔ"}
    repairs: list[str] = []
    tables, words = scan_tables(image, SCALE, [inside, above], _naming_reader(grid, grey, ink), repairs)
    (table,) = tables
    assert table.data
    assert table.rows[0] == ("r0c0", "r0c1", "r0c2", "r0c3", "r0c4", "", "r0c6", "r0c7")
    assert table.rows[1] == ("", "", "", "", "r1c4", "r1c5", "", "")
    assert table.rows[2][0] == "r2c0" and not any(table.rows[2][1:])
    assert id(inside) in table.words and id(above) not in table.words
    assert len(table.columns) == 8
    assert len(words) == sum(bool(c) for r in table.rows for c in r)
    assert repairs == []


def test_a_stroke_left_of_a_ruling_is_dropped() -> None:
    """RULING_READ: a stroke alone in a cell read at a low confidence ("|", "_" where a ruling's remains
    stood) is no text; recorded in the repairs. Counter-example: the same "-" read with confidence is kept."""
    image = _page("002.scan.pdf", 7)
    grey, _ = ocrtables.straightened_page(image)
    ink = np.asarray(grey) < ocrtables.INK_LEVEL
    (grid,) = find_grids(ink, SCALE)
    _, slots, _ = ocrtables._stacked_cells(grey, ink, grid, SCALE)
    first_top, first_height = slots[0][1], slots[0][2]
    second_top = slots[1][1]

    def read(image: Any, name: str, psm: str) -> str:
        if psm == ocrtables.SHORT_PSM:
            return TSV_HEAD
        return TSV_HEAD + (
            f"5\t1\t1\t1\t1\t1\t60\t{first_top + 2}\t10\t{first_height - 4}\t20.0\t|\n"
            f"5\t1\t1\t1\t2\t1\t60\t{second_top + 2}\t10\t20\t88.0\t-\n"
        )

    repairs: list[str] = []
    (table,), _ = scan_tables(image, SCALE, [], read, repairs)
    first, second = slots[0][0], slots[1][0]
    assert table.rows[first[0]][first[1]] == "" and table.rows[second[0]][second[1]] == "-"
    assert repairs == ["'|' → '' (a stroke in a table's cell: a ruling's remains)"]


def test_grid_rows_merged_across_and_down() -> None:
    """A cell merged across columns is written once; one merged down is written in each row it spans."""
    grid = Grid((0, 10, 20, 30), (0, 10, 20, 30), ((0, 0, 0, 2), (1, 0, 2, 0), (1, 1, 1, 1), (1, 2, 1, 2), (2, 1, 2, 1), (2, 2, 2, 2)))
    texts = {(0, 0, 0, 2): "I. Cải cách thể chế", (1, 0, 2, 0): "1", (1, 1, 1, 1): "Sở Tư pháp",
             (1, 2, 1, 2): "Quý I", (2, 1, 2, 1): "Sở Nội vụ", (2, 2, 2, 2): "Quý II"}
    assert grid_rows(grid, texts) == [["I. Cải cách thể chế"], ["1", "Sở Tư pháp", "Quý I"], ["1", "Sở Nội vụ", "Quý II"]]


# --- TABLE_ACROSS_PAGES on a scan -----------------------------------------------------------------


def _table(rows: tuple[tuple[str, ...], ...], opens: bool, closes: bool, head: tuple[tuple[str, ...], ...] = ()) -> PdfTable:
    return PdfTable(55.0, 80.0, 800.0, 540.0, (55.0, 105.0, 330.0), rows, frozenset(), True, opens, closes, head or rows[:3])


def test_piece_on_the_next_page_loses_its_repeated_header() -> None:
    """n001's task table (printed): each page repeats "STT | Nhiệm vụ | Sản phẩm"; the piece on the next
    page is written without it, its rows kept, a row that finishes the row before kept as a row of its
    own (the page before is already written)."""
    head = ("STT", "Nhiệm vụ", "Sản phẩm")
    before = _table((head, ("3", "Thường xuyên kiểm tra, rà soát, hệ thống hóa", "Kết quả xử lý")), False, True)
    piece = _table((head, ("", "xử lý các văn bản quy phạm pháp luật", "dấu hiệu trái pháp luật"), ("4", "Tham mưu", "Ứng dụng AI")), True, False)
    assert go_on(before, piece).rows == (("", "xử lý các văn bản quy phạm pháp luật", "dấu hiệu trái pháp luật"), ("4", "Tham mưu", "Ứng dụng AI"))


def test_table_under_text_does_not_go_on() -> None:
    """Counter-example: a table with text above it on its page is a table of its own (its header kept)."""
    head = ("STT", "Nhiệm vụ", "Sản phẩm")
    before = _table((head, ("3", "Rà soát", "Kết quả")), False, True)
    piece = _table((head, ("1", "Kiểm tra", "Báo cáo")), False, False)
    assert go_on(before, piece) is piece


def test_header_read_again_a_letter_off_and_the_page_shifted() -> None:
    """c130's scan: the task table "TT | Nội dung công việc | Thời gian thực hiện | Đơn vị chủ trì/phối hợp"
    goes on over pages 3 and 4; page 4 lies ~7 pt off on the glass and its header may be read a letter off
    ("TỊ"): the piece still goes on, its header dropped. Counter-example: a first row unlike the header
    (a task) is kept."""
    head = ("TT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị chủ trì/phối hợp")
    before = dataclasses.replace(_table((head, ("3", "Triển khai khảo sát", "29/6/2026 - 09/7/2026", "Trung tâm QLCL")), False, True),
                                 columns=(85.0, 115.0, 330.0, 420.0))
    task = ("4", "Tổng hợp dữ liệu", "10/7/2026 - 13/7/2026", "Trung tâm QLCL")
    piece = dataclasses.replace(_table((("TỊ", *head[1:]), task), True, False), columns=(92.0, 122.0, 337.0, 427.0))
    assert go_on(before, piece).rows == (task,)
    other = dataclasses.replace(piece, rows=(task,))
    assert go_on(before, other).rows == (task,)
    far = dataclasses.replace(piece, columns=(150.0, 180.0, 395.0, 485.0))  # another table: 65 pt off
    assert go_on(before, far) is far


def test_pages_joined_without_a_blank_line_only_between_rows() -> None:
    """SCANNED_TABLE_ACROSS_PAGES: n002 rendered whole: its schedule "STT | Đơn vị được kiểm tra | Thời gian
    kiểm tra" runs over a page break after row 14; a blank line ends a table for the structure layer, so
    the two pages are joined by a line break when the page before ends on a row and the page opens with
    one. Counter-example: a page that ends on running text keeps its blank line."""
    from directive_parser.loaders.pdf import _ends_and_opens_on_rows

    assert _ends_and_opens_on_rows(["…\n\n14 | Xã Bắc Ruộng | Tháng 6/2026\n", "\n15 | Xã Nam Thành | Tháng 6/2026\n"])
    assert not _ends_and_opens_on_rows(["14 | Xã Bắc Ruộng | Tháng 6/2026\n\nNơi nhận:", "15 | Xã Nam Thành | Tháng 6/2026"])
    assert not _ends_and_opens_on_rows(["14 | Xã Bắc Ruộng | Tháng 6/2026", ""])


@pytest.mark.parametrize(
    ("read", "head", "below"),
    [
        ("SIT", "STT", ("1", "2", "3")),  # n002 rendered at 300 dpi: "SIT | Đơn vị được kiểm tra | Thời gian kiểm tra"
        ("SITT", "STT", ("I", "1", "2")),  # n001 rendered at 300 dpi, its sections numbered in Roman
        ("TỊ", "TT", ("1", "2", "3")),  # c130's scan: "TỊ | Nội dung công việc | Thời gian thực hiện | …"
    ],
)
def test_number_head_read_a_letter_off(read: str, head: str, below: tuple[str, ...]) -> None:
    """NUMBER_HEAD_READ: the number column's header read a letter off is "STT" / "TT" (recorded)."""
    from directive_parser.loaders.ocrtables import number_head

    rows = ((read, "Nội dung công việc", "Thời gian thực hiện"), *((n, "Rà soát", "Quý I") for n in below))
    repairs: list[str] = []
    assert number_head(rows, repairs)[0][0] == head
    assert repairs == [f"{read!r} → {head!r} (the number column's header of a table)"]


@pytest.mark.parametrize(
    ("read", "below"),
    [
        ("Tên", ("1", "2")),  # a word, not a letter off "TT"
        ("SIT", ("Sở Y tế", "Sở Xây dựng")),  # no row numbers below it
        ("STT", ("1", "2")),  # read right: left as it is
    ],
)
def test_number_head_counter_examples(read: str, below: tuple[str, ...]) -> None:
    from directive_parser.loaders.ocrtables import number_head

    rows = ((read, "Đơn vị", "Thời gian"), *((n, "x", "y") for n in below))
    repairs: list[str] = []
    assert number_head(rows, repairs) == rows and repairs == []


def test_a_row_number_read_again_in_black_and_white() -> None:
    """BINARY_CELLS: n001 at 300 dpi read its lone "1" as "†" in grey; a short cell whose read is no row number is
    read again thresholded, and the row number kept (recorded). Counter-example: a short cell read as a row
    number ("2") or as a word ("TT") in grey is not read again."""
    image = _page("002.scan.pdf", 7)
    shown: list[str] = []

    def read(image: Any, name: str, psm: str) -> str:
        if psm != ocrtables.SHORT_PSM:
            return TSV_HEAD
        binary = set(np.unique(np.asarray(image))) <= {0, 255}
        shown.append("bw" if binary else "grey")
        return TSV_HEAD + f"5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t40.0\t{'1' if binary else '†'}\n"

    repairs: list[str] = []
    (table,), _ = scan_tables(image, SCALE, [], read, repairs)
    assert shown and shown[::2] == ["grey"] * (len(shown) // 2) and shown[1::2] == ["bw"] * (len(shown) // 2)
    assert "†" not in " ".join(" ".join(r) for r in table.rows) and "1" in table.rows[0]
    assert repairs and repairs[0] == "'†' → '1' (a table's row number read again in black and white)"


# --- ROW_ACROSS_PAGES / SCANNED_ROW_ACROSS_PAGES: a row broken over a scan's page break ------------------

# n001 printed and scanned at 300 dpi (its synthetic render, the task table "STT | Nhiệm vụ | Sản phẩm | Thời
# gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện | Theo dõi, kiểm tra, đôn đốc"), rows as read.
N001_ROW_1 = ("1", "Xây dựng và tổ chức thực hiện kế", "Kế hoạch của", "Ban hành kế", "Sở Khoa học", "Các cơ quan,", "Sở Khoa")
N001_ROW_1_REST = ("", "hoạch chuyển đổi số năm 2026 của tỉnh.", "UBND tỉnh", "hoạch trong tháng 01/2026 và tổ chức thực hiện",
                   "và Công nghệ", "đơn vị, địa phương", "học và Công nghệ")
N001_ROW_3 = ("3", "Thường xuyên rà soát, cập nhật, nghiên cứu các quy định của pháp luật về sử dụng kinh phí từ nguồn ngân sách "
              "nhà nước để thực hiện, đảm bảo đúng quy định của pháp luật, phù hợp với thực tế, hiệu quả, tiết kiệm.",
              "Báo cáo về tình hình quản lý, sử dụng kinh phí từ nguồn ngân sách nhà nước, quy định về sử dụng các nguồn tài chính",
              "Trong năm 2026", "Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước", "Sở Tài chính", "Sở Tài chính")
N001_ROW_3_REST = ("", "", "của các cơ quan, đơn vị", "", "", "", "")
N001_ROW_4 = ("4", "Khẩn trương thực hiện kết luận, kiến nghị kiểm toán, thanh tra, kiểm tra; kịp thời làm rõ nguyên nhân chưa "
              "thực hiện kiến nghị để có biện pháp xử lý, xem xét, giải quyết các khiếu nại, kiến nghị (nếu có).",
              "Báo cáo kết quả thực hiện của đơn vị", "Trong năm 2026", "Các cơ quan, đơn vị, địa phương", "Sở Tài chính", "Sở Tài chính")
# n038's format table (its text copy): a group's heading, then its items with the number cell blank.
N038_GROUP = ("5.", "Tên loại văn bản và trích yếu nội dung văn bản", "", "", "", "")
N038_ITEM = ("", "- Trích yếu nội dung văn bản", "In thường", "14-15", "Đứng, đậm", "về quy hoạch cán bộ lãnh đạo, quản lý")


@pytest.mark.parametrize(
    ("last", "first"),
    [
        (N001_ROW_1, N001_ROW_1_REST),  # every cell goes on in lower case ("kế" / "hoạch …")
        (N001_ROW_3, N001_ROW_3_REST),  # only the product cell goes on ("… các nguồn tài chính" / "của các cơ quan, đơn vị")
        (("9", "Tổ chức thanh tra trách nhiệm thực", "Kết quả thanh tra"), ("", "hiện nhiệm vụ công vụ của cán bộ", "")),
    ],
)
def test_a_row_broken_over_the_page_break_goes_on(last: tuple[str, ...], first: tuple[str, ...]) -> None:
    """ROW_ACROSS_PAGES: no number in the number column and a cell going on the cell above it in lower case."""
    assert row_goes_on(last, first)


@pytest.mark.parametrize(
    ("last", "first"),
    [
        # FINISHED_CELL_THEN_CAPITAL: n001's row 4 under row 3 ("… tiết kiệm."), its number blank (merged or unread)
        (N001_ROW_3, ("", *N001_ROW_4[1:])),
        # a group's item under its heading (n038): the task opens an item ("- "), "về …" stands under an empty cell
        (N038_GROUP, N038_ITEM),
        # a row with its number: a row of its own whatever its cells
        (N001_ROW_1, ("2", *N001_ROW_1_REST[1:])),
        # a row under cells merged down (n001 printed): number and task empty, each cell opens anew
        (N001_ROW_3, ("", "", "Kế hoạch của cơ quan, đơn vị", "Trong năm 2026", "Các cơ quan, đơn vị, địa phương", "", "")),
    ],
)
def test_a_new_row_after_the_page_break_does_not_go_on(last: tuple[str, ...], first: tuple[str, ...]) -> None:
    """Counter-examples of ROW_ACROSS_PAGES: a row of its own on the next page."""
    assert not row_goes_on(last, first)


def _line(row: tuple[str, ...]) -> str:
    return " | ".join(row)


def test_scanned_row_broken_over_the_page_break_is_joined_on_the_page_before() -> None:
    """SCANNED_ROW_ACROSS_PAGES: the page before is already written when the next one is read, so the PDF
    loader joins the rest of the row to the page before's last line, cell by cell (n001's render)."""
    before = f"III. HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH\n{_line(N001_ROW_1)}"
    page = f"{_line(N001_ROW_1_REST)}\n2 | Triển khai các nhiệm vụ | Báo cáo |  |  |  | \n"
    joined = join_broken_row(before, page)
    assert joined is not None
    whole, rest = joined
    assert whole.split("\n")[-1] == ("1 | Xây dựng và tổ chức thực hiện kế hoạch chuyển đổi số năm 2026 của tỉnh. | Kế hoạch của UBND "
                                     "tỉnh | Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện | Sở Khoa học và Công nghệ | "
                                     "Các cơ quan, đơn vị, địa phương | Sở Khoa học và Công nghệ")
    assert whole.startswith("III. HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH\n") and rest.startswith("2 | Triển khai")
    # the row was all the page held (n001's last table page): the page is left empty
    assert join_broken_row(_line(N001_ROW_3), _line(N001_ROW_3_REST)) == (_line(N001_ROW_3[:2]) + " | " + " | ".join(
        ("Báo cáo về tình hình quản lý, sử dụng kinh phí từ nguồn ngân sách nhà nước, quy định về sử dụng các nguồn tài chính "
         "của các cơ quan, đơn vị", *N001_ROW_3[3:])), "")


def test_a_new_row_or_another_table_is_not_joined_on_the_page_before() -> None:
    """Counter-examples: a row of its own (n001's row 4 under row 3, its number blank), a row of another width."""
    assert join_broken_row(_line(N001_ROW_3), _line(("", *N001_ROW_4[1:]))) is None
    assert join_broken_row(_line(N001_ROW_1), "| hoạch chuyển đổi số | UBND tỉnh") is None


N001_HEAD = ("STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện", "Theo dõi, kiểm tra, đôn đốc")


def _n001_table(rows: tuple[tuple[str, ...], ...], opens: bool, closes: bool, head: tuple[tuple[str, ...], ...] = ()) -> PdfTable:
    return dataclasses.replace(_table(rows, opens, closes, head), columns=(55.0, 85.0, 250.0, 360.0, 450.0, 560.0, 680.0))


def test_the_headers_cell_merged_down_into_the_row_under_it_is_left_out() -> None:
    """HEAD_MERGED_DOWN (n001 rendered at 200 dpi): the ruling under the repeated header is not found in the
    time column, so the header's "Thời gian hoàn thành" is read into the rest of row 2; left out, the rest
    goes on the row before and its time stays "Theo Kế hoạch …" (recorded). Counter-example: a numbered row
    keeps a cell that reads as the header's."""
    row_2 = ("2", "Ban hành và tổ chức thực hiện Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh, trong đó: "
             "tập trung rà soát, đề xuất tái cấu trúc quy trình,", "Kết quả rà soát, đánh giá thủ tục hành chính năm 2026",
             "Theo Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh", "Các sở, ban, ngành",
             "Văn phòng UBND tỉnh; UBND các xã, phường, đặc khu", "Văn phòng UBND tỉnh")
    before = _n001_table((N001_HEAD, row_2), False, True)
    rest = ("", "mẫu đơn, tờ khai, kết quả giải quyết thủ tục hành chính để tạo điều kiện nâng cao hiệu quả giải quyết thủ "
            "tục hành chính trên môi trường điện tử.", "", "Thời gian hoàn thành", "", "", "")
    repairs: list[str] = []
    piece = go_on(before, _n001_table((N001_HEAD, rest), True, False), repairs)
    assert piece.rows == ((*rest[:3], "", *rest[4:]),)
    assert repairs == ["'Thời gian hoàn thành' → '' (the header's cell read into the row under it)"]
    assert join_broken_row(_line(row_2), _line(piece.rows[0]) + "\n3 | …")[0].split(" | ")[3] == row_2[3]
    numbered = ("3", "Tham mưu ban hành", "Kế hoạch", "Thời gian hoàn thành", "Sở Nội vụ", "", "Sở Nội vụ")
    assert go_on(before, _n001_table((N001_HEAD, numbered), True, False)).rows == (numbered,)


def test_scanned_pages_joined_where_the_table_goes_on_both_ways() -> None:
    """``pdf.join_scanned_pages``, the join a scanned PDF and a multi-page photo share: a page whose first table goes
    on (``table_goes_on``) follows the page before by a line break, the rest of a cut row joined to it (n001's
    render); a page not in ``table_goes_on`` keeps its blank line and its text."""
    from directive_parser.loaders.pdf import join_scanned_pages

    before = f"III. HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH\n{_line(N001_ROW_1)}\n"
    page = f"\n{_line(N001_ROW_1_REST)}\n2 | Triển khai các nhiệm vụ | Báo cáo |  |  |  | \n"
    pages, joins, notes = [before, page], ["\n\n"], []
    assert join_scanned_pages(pages, joins, 2, {2}, notes)
    assert joins == ["\n"] and pages[0].endswith("| Sở Khoa học và Công nghệ") and pages[1].startswith("2 | Triển khai")
    assert notes == ["page 2: a table row broken over the page break joined to the row before it"]
    pages, joins, notes = [before, page], ["\n\n"], []
    assert not join_scanned_pages(pages, joins, 2, set(), notes)
    assert (pages, joins, notes) == ([before, page], ["\n\n"], [])


@pytest.mark.skipif(tesseract_status() is not None, reason=f"OCR not available: {tesseract_status()}")
def test_a_table_photographed_over_two_pages_reads_as_one() -> None:
    """c130's task table goes on from page 3 to page 4 (its row 4 opens page 4). Photographed (the two pages as the
    frames of one TIFF, read by ``load_image``), the pages are joined as the scanned PDF joins them: row 4 follows
    row 3 on the next line, no blank line between (it had been "\\n\\n": two tables to the structure layer)."""
    import io

    import pypdfium2 as pdfium

    from directive_parser.loaders import load_bytes

    scan = pdfium.PdfDocument(str(FILES / "c130.pdf"))
    frames = [scan[i].render(scale=300 / 72).to_pil().convert("RGB") for i in (2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:], compression="jpeg")
    source = load_bytes(buffer.getvalue(), "c130-trang-3-4.tiff")
    second = source.page_starts[1]
    assert source.text[second - 1] == "\n" and source.text[second - 2] != "\n"
    assert source.text[second:].startswith("4 | Tổng hợp dữ liệu")
