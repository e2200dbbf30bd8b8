"""PICTURES_OF_PAGES: a scan pasted into Word (a .docx of the pages' pictures and no text) is read by OCR.

Offices often send a scanned directive as a Word file: the scanner's pages pasted as pictures. Before, such a file
was refused as "the Word document contains no text". The document here is built from the seed's own scan
(corpus/files/000.scan.pdf): each page rendered at 200 dpi and pasted as a picture with python-docx.
"""

from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
from conftest import CORPUS
from docx.shared import Cm
from typer.testing import CliRunner

from directive_parser import parse_bytes, parse_file
from directive_parser.cli import app
from directive_parser.errors import EXIT_INPUT, EmptyDocument
from directive_parser.loaders.docx import body_pictures, load_docx
from directive_parser.loaders.ocr import tesseract_status

REGISTER = ("document_type", "issuer", "number", "place", "date", "subject", "recipients", "signer", "distribution")


def _scan_in_word(resolution: int = 200, text: str | None = None) -> bytes:
    """The seed 000's scanned pages pasted into a new Word document as pictures (after ``text``, if given)."""
    document = docx.Document()
    if text is not None:
        document.add_paragraph(text)
    with pdfplumber.open(CORPUS / "files" / "000.scan.pdf") as pdf:
        for page in pdf.pages:
            picture = io.BytesIO()
            page.to_image(resolution=resolution).original.convert("L").save(picture, format="PNG")
            picture.seek(0)
            document.add_picture(picture, width=Cm(19))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.skipif(tesseract_status() is not None, reason=f"OCR not available: {tesseract_status()}")
def test_a_scan_pasted_into_word_parses_like_its_text() -> None:
    record = parse_bytes(_scan_in_word(), "scan.docx").model_dump(mode="json")
    text = parse_file(CORPUS / "000.txt").model_dump(mode="json")
    assert {k: record[k] for k in REGISTER} == {k: text[k] for k in REGISTER}
    assert record["source"]["pages"] == 3
    assert record["source"]["conversions"][0] == "a Word document without text: its 3 picture(s) read as its pages"


def test_the_pictures_are_taken_in_the_bodys_order() -> None:
    import PIL.Image

    pictures = body_pictures(docx.Document(io.BytesIO(_scan_in_word(resolution=30))))
    assert len(pictures) == 3
    sizes = [PIL.Image.open(io.BytesIO(p)).size for p in pictures]
    with pdfplumber.open(CORPUS / "files" / "000.scan.pdf") as pdf:
        assert sizes == [page.to_image(resolution=30).original.size for page in pdf.pages]


def test_without_ocr_the_pictures_only_document_says_what_to_do(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "scan.docx"
    path.write_bytes(_scan_in_word(resolution=30))
    result = CliRunner().invoke(app, ["parse", "--no-ocr", str(path)])
    assert result.exit_code == EXIT_INPUT, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "holds only pictures (a scan pasted into Word)" in lines[0], lines
    from directive_parser.web.vietnamese import vietnamese

    assert "tệp Word chỉ có ảnh" in vietnamese(lines[0].removeprefix("directive-parser: "))


def test_a_document_with_text_is_read_as_text_its_pictures_left_alone() -> None:
    # the counter-example: one typed line beside the pictures (a logo, a seal) makes it a text document
    source = load_docx(_scan_in_word(resolution=30, text="Kính gửi: Ban Thường vụ các huyện ủy"), "memo.docx")
    assert source.format == "docx" and source.text.strip() == "Kính gửi: Ban Thường vụ các huyện ủy"


def test_a_document_of_neither_text_nor_pictures_is_still_empty() -> None:
    out = io.BytesIO()
    docx.Document().save(out)
    with pytest.raises(EmptyDocument, match="contains no text"):
        load_docx(out.getvalue(), "blank.docx")


def test_without_tesseract_the_message_names_the_word_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from directive_parser.errors import EXIT_MISSING_TOOL, MissingTool
    from directive_parser.loaders import ocr
    from directive_parser.web.vietnamese import vietnamese

    monkeypatch.setattr(ocr, "tesseract_status", lambda: "tesseract is not installed")
    with pytest.raises(MissingTool) as caught:
        load_docx(_scan_in_word(resolution=30), "scan.docx")
    assert "a Word document of pictures only (a scan pasted into Word) needs OCR" in str(caught.value)
    assert caught.value.exit_code == EXIT_MISSING_TOOL
    assert "tệp Word chỉ có ảnh" in vietnamese(str(caught.value))


@pytest.mark.skipif(tesseract_status() is not None, reason=f"OCR not available: {tesseract_status()}")
def test_a_typed_line_above_the_pasted_pages_is_kept_as_the_first_page() -> None:
    # TYPED_LINES_AND_PICTURES: "Kính gửi: …" typed above the scan; the pages' pictures are still read
    record = parse_bytes(_scan_in_word(text="Kính gửi: Ban Thường vụ các huyện ủy"), "scan.docx").model_dump(mode="json")
    text = parse_file(CORPUS / "000.txt").model_dump(mode="json")
    assert record["source"]["pages"] == 4
    assert record["source"]["conversions"][0].startswith("a Word document of a few typed lines and 3 page picture(s)")
    assert {k: record[k] for k in ("number", "date", "subject", "signer")} == {k: text[k] for k in ("number", "date", "subject", "signer")}


def test_without_ocr_a_typed_line_is_read_and_the_unread_pages_said() -> None:
    source = load_docx(_scan_in_word(resolution=120, text="Kính gửi: Ban Thường vụ các huyện ủy"), "scan.docx", ocr=False)
    assert source.format == "docx" and source.text.strip() == "Kính gửi: Ban Thường vụ các huyện ủy"
    assert source.warnings == ["its 3 page picture(s) were not read: OCR was turned off (--no-ocr)"]
