"""Ruled tables of text PDFs read row by row (``loaders/pdftables.py``), as the DOCX loader writes them."""

from __future__ import annotations

import unicodedata

import pdfplumber
from conftest import CORPUS

from directive_parser.loaders import load_path
from directive_parser.loaders.pdftables import page_tables


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
        body, tables = page_tables(page, words)
    assert tables == [] and body == words
    assert "chức Đại hội trước ngày 22/11/2025 theo quy định tại điểm a khoản 5 Điều 32" in _lines("n024.pdf")
