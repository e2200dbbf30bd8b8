"""Ruled tables of text PDFs read row by row (``loaders/pdftables.py``), as the DOCX loader writes them."""

from __future__ import annotations

import dataclasses
import unicodedata

import pdfplumber
from conftest import CORPUS

from directive_parser.loaders import load_path
from directive_parser.loaders.pdftables import PdfTable, carry_over, page_tables


def _lines(name: str) -> list[str]:
    return unicodedata.normalize("NFC", load_path(CORPUS / "files" / name, ocr=False).text).splitlines()


def _rows(lines: list[str]) -> list[str]:
    return [x for x in lines if " | " in x]


def test_a_ruled_table_is_read_row_by_row_as_in_the_docx() -> None:
    # 004's form "TT | Tên tập thể, cá nhân | Tên mô hình đăng ký “Dân vận khéo” | … | Ghi chú": its 26 rows
    # printed to PDF read as the Word original's table, cell for cell
    pdf, docx = _rows(_lines("004.pdf")), _rows(_lines("004.docx"))
    assert len(pdf) == 26 and pdf == docx
    assert pdf[0] == "TT | Tên tập thể, cá nhân | Tên mô hình đăng ký “Dân vận khéo” |  |  |  | Ghi chú"
    assert pdf[2] == "I | Tập thể |  |  |  |  | "


def test_a_tables_words_are_not_also_running_text() -> None:
    # read line by line across the page, the header's cells stood as lines of their own ("Lĩnh vực kinh tế")
    lines = _lines("004.pdf")
    assert not any("Lĩnh vực kinh tế" in x and " | " not in x for x in lines)
    assert sum("Lĩnh vực kinh tế" in x for x in lines) == sum("Lĩnh vực kinh tế" in x for x in _lines("004.docx")) == 2


def test_shading_behind_words_frames_no_table() -> None:
    # RULE_MAX_PT: n024 (Sở Tư pháp Lâm Đồng) draws a white box behind each highlighted word; their edges
    # would make "trước | ngà | y | 22/11/2025" a table row. The line stays running text.
    with pdfplumber.open(CORPUS / "files" / "n024.pdf") as pdf:
        page = pdf.pages[1]
        words = page.extract_words(x_tolerance=1.5, y_tolerance=3)
        tables = page_tables(page, words)
    assert tables == []
    line = next(x for x in _lines("n024.pdf") if "22/11/2025" in x)
    assert "tổ chức Đại hội trước ngày 22/11/2025 theo quy định tại điểm a khoản 5 Điều 32" in line and " | " not in line


def test_a_table_over_page_breaks_is_one_run_of_rows() -> None:
    # TABLE_ACROSS_PAGES: 002's form runs over pages 7-10; each piece's columns stand where the last one's
    # stood, and a row broken at the page goes on in lower case ("I- Lĩnh vực kinh tế (…, nâng cao hiệu" /
    # "quả sản xuất; Hiến đất, xây dựng cơ sở hạ tầng)"): one table, its rows as the DOCX has them
    source = load_path(CORPUS / "files" / "002.pdf", ocr=False)
    lines = unicodedata.normalize("NFC", source.text).splitlines()
    first = lines.index("STT | Địa chỉ xây dựng mô hình | Tên mô hình | Tập thể hoặc cá nhân | Thời gian triển khai |  "
                        "| Dự kiến thời gian hoàn thành | Mục tiêu đề ra (nêu dự kiến kế hoạch xây dựng)")
    run = lines[first : first + 22]  # the form's 22 rows, the page breaks between them gone
    docx = _rows(_lines("002.docx"))[:22]
    assert "" not in run and [x.replace("III-L", "III- L").replace("IV-L", "IV- L").replace(".... )", "....)") for x in run] == docx
    assert "I- Lĩnh vực kinh tế (Xây dựng nông thôn mới; Phát triển kinh tế, nâng cao hiệu quả sản xuất; Hiến đất, xây " \
           "dựng cơ sở hạ tầng) |  |  |  |  |  |  | " in run
    assert len(source.page_starts) == 10  # the pages are still told apart


def _piece(rows: list[tuple[str, ...]], head: list[tuple[str, ...]] | None = None) -> PdfTable:
    columns = tuple(float(x) for x in range(0, 70 * len(rows[0]), 70))
    return PdfTable(0, 0, 500, 700, columns, tuple(rows), frozenset(), True, True, True, tuple(head or rows[:1]))


N001_HEAD = ("STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện", "Theo dõi, kiểm tra, đôn đốc")


def test_a_row_broken_at_the_page_is_joined_and_the_repeated_header_dropped() -> None:
    # n001 (its DOCX printed): row 9 of the task table breaks at the page; Word repeats the header row above its rest
    before = _piece([N001_HEAD, ("9", "Tổ chức thanh tra trách nhiệm thực", "Kết quả thanh tra", "Thường xuyên", "Thanh tra", "Sở Nội vụ;", "Văn phòng")])
    rest = ("", "hiện nhiệm vụ công vụ của cán bộ, công chức, viên chức", "", "trong năm", "tỉnh", "Văn phòng UBND tỉnh", "UBND tỉnh")
    carried = carry_over(before, _piece([N001_HEAD, rest]))
    assert carried is not None
    whole, piece = carried
    assert whole.rows[-1][:2] == ("9", "Tổ chức thanh tra trách nhiệm thực hiện nhiệm vụ công vụ của cán bộ, công chức, viên chức")
    assert whole.rows[-1][3] == "Thường xuyên trong năm" and piece.rows == ()


def test_a_row_under_cells_merged_down_takes_their_text() -> None:
    # n001: "3 | Tham mưu ban hành Kế hoạch tuyên truyền …" stands over two rows, one per lead body; the page breaks
    # between them. Each cell of the second row opens as a cell does: a row of its own, with the number and the task
    task = "Tham mưu ban hành Kế hoạch tuyên truyền công tác cải cách hành chính trên địa bàn tỉnh năm 2026"
    time = "Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện."
    before = _piece([N001_HEAD, ("3", task, "Kế hoạch tuyên truyền cải cách hành chính năm 2026 của tỉnh", time, "Sở Nội vụ", "Các cơ quan, đơn vị, địa phương", "Sở Nội vụ")])
    second = ("", "", "Kế hoạch tuyên truyền cải cách hành chính năm 2026 của cơ quan, đơn vị, địa phương", time, "Các cơ quan, đơn vị, địa phương", "", "Sở Nội vụ")
    carried = carry_over(before, _piece([N001_HEAD, second]))
    assert carried is not None
    assert carried[0].rows == before.rows and carried[1].rows[0][:3] == ("3", task, second[2])


def test_a_table_under_text_goes_on_with_nothing() -> None:
    # counter-example: a table with text above it on its page opens a table of its own
    before = _piece([N001_HEAD, ("1", "Rà soát", "x", "y", "z", "", "")])
    assert carry_over(before, dataclasses.replace(_piece([N001_HEAD]), opens_page=False)) is None
