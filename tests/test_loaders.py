"""Loaders: text encodings, DOCX body order, PDF columns kept apart, format by content."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from conftest import CORPUS

from directive_parser.errors import EmptyDocument, UnsupportedFormat
from directive_parser.loaders import load_bytes, load_path, sniff

SEED = (CORPUS / "000.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "data",
    [
        SEED.encode("utf-8"),  # plain UTF-8
        codecs.BOM_UTF8 + SEED.encode("utf-8"),  # UTF-8 with BOM (Notepad)
        SEED.encode("utf-16"),  # UTF-16 with BOM (Word "Unicode text")
    ],
    ids=["utf8", "utf8-bom", "utf16"],
)
def test_text_encodings(data: bytes) -> None:
    assert load_bytes(data).text.lstrip("\ufeff").startswith("\tTHÀNH UỶ HẢI PHÒNG")


@pytest.mark.parametrize(
    "data,kind",
    [(b"%PDF-1.7\n", "pdf"), (b"PK\x03\x04rest", "docx"), (b"\x89PNG\r\n\x1a\nxx", "image"), ("Số 12".encode(), "text")],
)
def test_sniff_by_content(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


def test_binary_and_empty_are_refused_with_a_message() -> None:
    with pytest.raises(UnsupportedFormat, match="binary"):
        load_bytes(b"\x00\x01\x02\x03" * 100, "x.txt")
    with pytest.raises(EmptyDocument, match="empty"):
        load_bytes(b"  \n ", "x.txt")


def test_pdf_header_columns_are_not_interleaved() -> None:
    text = load_path(CORPUS / "files" / "000.pdf", ocr=False).text
    lines = unicodedata.normalize("NFC", text).splitlines()
    assert "THÀNH UỶ HẢI PHÒNG" in lines  # not "THÀNH UỶ HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM"
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines
    assert "Hải Phòng, ngày 07 tháng 7 năm 2023" in lines
    assert lines.index("BAN DÂN VẬN") < lines.index("ĐẢNG CỘNG SẢN VIỆT NAM")


def test_pdf_pages_are_kept() -> None:
    source = load_path(CORPUS / "files" / "000.pdf", ocr=False)
    assert source.format == "pdf" and len(source.page_starts) == 3
    assert source.text[source.page_starts[2] :].lstrip().startswith("(kèm Công văn") or "ĐỀ CƯƠNG" in source.text[source.page_starts[1] :]


def test_docx_reads_header_table_cells_in_order() -> None:
    text = load_path(CORPUS / "files" / "002.docx").text
    assert text.index("HUYỆN ỦY TÂN YÊN") < text.index("Số -CV/HU") < text.index("ĐẢNG CỘNG SẢN VIỆT NAM")


# CLOSING_TABLE_BY_COLUMN: n002's and n006's closing table splits over two rows (["Nơi nhận:" | "KT. CHỦ TỊCH"],
# [the list | "PHÓ CHỦ TỊCH" … name]); read column by column, the position stands between its authority and the name.
@pytest.mark.parametrize(
    ("stem", "authority", "position"),
    [("n002", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), ("n006", "TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN PHÓ CHỦ TỊCH UBND TỈNH")],
)
def test_a_closing_table_over_two_rows_is_read_column_by_column(stem: str, authority: str, position: str) -> None:
    from directive_parser import parse_file

    text = load_path(CORPUS / "files" / f"{stem}.docx").text
    assert text.index("Nơi nhận") < text.index("- Lưu: VT") < text.index(authority) < text.index(position.split(" PHÓ CHỦ")[0], text.index(authority))
    record = parse_file(CORPUS / "files" / f"{stem}.docx")
    assert (record.signer.authority, record.signer.position, record.signer.name) == (authority, position, "Nguyễn Ngọc Phúc")


def test_a_table_not_opening_with_nơi_nhận_keeps_its_rows_in_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    d = docx.Document()
    table = d.add_table(rows=2, cols=2)  # a header printed as a two-row layout table (002's shape, split)
    for (r, c), value in {(0, 0): "HUYỆN ỦY TÂN YÊN", (0, 1): "ĐẢNG CỘNG SẢN VIỆT NAM", (1, 0): "Số 12-CV/HU", (1, 1): "Tân Yên, ngày 05 tháng 7 năm 2023"}.items():
        table.cell(r, c).text = value
    path = tmp_path / "header.docx"
    d.save(str(path))
    text = load_path(path).text
    assert text.index("HUYỆN ỦY") < text.index("ĐẢNG CỘNG SẢN") < text.index("Số 12-CV/HU") < text.index("Tân Yên, ngày")


@pytest.mark.parametrize("stem", ["000", "001", "002", "003", "004"])
@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_docx_and_pdf_give_the_texts_register_fields(stem: str, ext: str) -> None:
    from directive_parser import parse_file

    a = parse_file(CORPUS / f"{stem}.txt")
    b = parse_file(CORPUS / "files" / f"{stem}.{ext}", ocr=False)
    for get in (
        lambda r: r.number.symbol,
        lambda r: r.date,
        lambda r: r.place,
        lambda r: r.issuer.name,
        lambda r: r.issuer.system,
        lambda r: r.document_type,
        lambda r: r.signer.name,
        lambda r: r.signer.authority,
        lambda r: r.subject,
        lambda r: r.recipients,  # a narrow PDF column wraps each recipient over two lines
        lambda r: r.distribution,
    ):
        assert get(a) == get(b)


def _docx_with_nested_header_and_text_box(path) -> None:
    """A directive whose header is a table nested in a table cell, with an urgency text box.

    Word stores a text box twice (DrawingML in mc:Choice, VML in mc:Fallback): it must be read once.
    """
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    outer = d.add_table(rows=1, cols=1)
    inner = outer.cell(0, 0).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "UBND HUYỆN THANH TRÌ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    inner.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    inner.cell(1, 0).text = "Số: 215/PGDĐT-TH\nV/v báo cáo số liệu đầu năm học"
    inner.cell(1, 1).text = "Thanh Trì, ngày 12 tháng 9 năm 2024"
    p = d.add_paragraph()
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    box = "<w:txbxContent><w:p><w:r><w:t>HỎA TỐC</w:t></w:r></w:p></w:txbxContent>"
    p._p.append(
        parse_xml(
            f"<w:r {ns}><mc:AlternateContent><mc:Choice Requires=\"wps\"><wps:txbx>{box}</wps:txbx></mc:Choice>"
            f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )
    d.add_paragraph("Kính gửi: Hiệu trưởng các trường tiểu học.")
    d.add_paragraph("Đề nghị các trường gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 20/9/2024.")
    d.save(path)


def test_docx_nested_tables_and_text_boxes_lose_no_text(tmp_path) -> None:
    from directive_parser import parse_file

    path = tmp_path / "cv.docx"
    _docx_with_nested_header_and_text_box(path)
    text = load_path(path).text
    assert text.count("HỎA TỐC") == 1  # read once, not from the VML fallback copy too
    record = parse_file(path)
    assert record.number.symbol == "215/PGDĐT-TH"
    assert record.place == "Thanh Trì"
    assert record.issuer.system == "state"
    assert record.subject == "báo cáo số liệu đầu năm học"
    assert record.urgency == "HỎA TỐC"
    assert [d.date.isoformat() for d in record.deadlines if d.date] == ["2024-09-20"]


def test_a_scan_read_without_ocr_names_its_unread_pages() -> None:
    # c140 carries a hidden text layer from an OCR without Vietnamese: without OCR it is unread
    source = load_path(CORPUS / "files" / "c140.pdf", ocr=False)
    assert source.unread_pages == [1, 2, 3, 4, 5]
    assert load_path(CORPUS / "files" / "000.pdf", ocr=False).unread_pages == []
