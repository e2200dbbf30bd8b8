"""WORD_LIST_MARKERS (loaders/docx_numbering.py): the numbers and bullets Word draws for its own lists are read.

n001's DOCX numbers its parts and items with Word's numbering ("1. Cải cách thể chế", "a) Các sở, ban, ngành …");
python-docx gives their text without the markers, so the parts read as bare lines.
"""

from __future__ import annotations

import io

import docx
from conftest import CORPUS

from directive_parser.loaders.docx import load_docx
from directive_parser.normalize import normalize


def test_n001s_word_numbered_parts_and_items_get_their_markers() -> None:
    text = load_docx((CORPUS / "files" / "n001.docx").read_bytes(), "n001.docx").text
    lines = text.split("\n")
    assert "1. Cải cách thể chế" in lines and "2. Cải cách thủ tục hành chính" in lines
    assert any(x.startswith("a) Các sở, ban, ngành và Ủy ban nhân dân các xã") for x in lines)
    assert any(x.startswith("b) Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ") for x in lines)
    # typed markers stay as typed: the heading "I. MỤC TIÊU, NHIỆM VỤ" carries no Word numbering
    assert "I. MỤC TIÊU, NHIỆM VỤ" in lines


def _document(*paragraphs: tuple[str, str | None]) -> bytes:
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_list_styles_number_and_bullet_their_items() -> None:
    data = _document(
        ("KẾ HOẠCH", None),
        ("Rà soát hồ sơ", "List Number"),
        ("Báo cáo kết quả", "List Number"),
        ("Sở Nội vụ", "List Bullet"),
        ("1. Tổng hợp số liệu", None),  # the counter-example: typed, no numbering: nothing added
    )
    source = load_docx(data, "list.docx")
    assert source.text.split("\n") == ["KẾ HOẠCH", "1. Rà soát hồ sơ", "2. Báo cáo kết quả", "\uf0b7\tSở Nội vụ", "1. Tổng hợp số liệu"]
    # Word's Symbol bullet is printed as the directive's own mark (WORD_BULLET_GLYPHS)
    assert normalize(source).text.split("\n")[3] == "- Sở Nội vụ"


def test_numbering_taken_away_by_numid_zero_draws_nothing() -> None:
    document = docx.Document()
    p = document.add_paragraph("Rà soát hồ sơ", style="List Number")
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = 0
    out = io.BytesIO()
    document.save(out)
    assert load_docx(out.getvalue(), "x.docx").text == "Rà soát hồ sơ"


def test_a_damaged_numbering_value_loses_the_markers_not_the_text() -> None:
    document = docx.Document()
    document.add_paragraph("Rà soát hồ sơ", style="List Number")
    numbering = document.part.numbering_part.element
    for start in numbering.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}start"):
        start.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "một")
    out = io.BytesIO()
    document.save(out)
    assert load_docx(out.getvalue(), "x.docx").text == "Rà soát hồ sơ"
