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
