"""Hostile and broken input: each case ends in one line on stderr and a defined exit code.

Fixtures are generated here, tiny, in a temporary folder; every input file is hashed before
and after the run to show the parser never alters what the user gave it.
"""

from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from directive_parser.cli import app
from directive_parser.errors import EXIT_INPUT, EXIT_MISSING_TOOL, EXIT_OK

# Seconds a refusal may take: refusing must not first process the whole input.
REFUSAL_SECONDS = 10.0


def _pdf(pages: int = 1, text: str | None = None) -> bytes:
    """A PDF of blank pages (pypdf), or one page of text (the seed's own PDF)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(CORPUS / "files" / "003.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    """A DOCX whose document.xml inflates to 210 MB of zeros (a few hundred KB on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(210):
                fh.write(chunk)
    return buffer.getvalue()


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (40, 20), 255).save(buffer, format="PNG")
    return buffer.getvalue()


ENGLISH = (
    "The quarterly meeting of the gardening club will take place next Tuesday in the library.\n"
    "Members are asked to bring seeds to exchange and a notebook for the talk on composting.\n"
)

# (name, file name, bytes maker, exit code, what the one-line message must contain)
CASES: list[tuple[str, str, Callable[[], bytes], int, str]] = [
    ("empty file", "empty.txt", lambda: b"", EXIT_INPUT, "empty"),
    ("only whitespace", "blank.txt", lambda: b" \n\t\n", EXIT_INPUT, "empty"),
    ("binary bytes", "data.txt", lambda: bytes(range(256)) * 20, EXIT_INPUT, "binary"),
    ("truncated PDF", "cut.pdf", lambda: (CORPUS / "files" / "003.pdf").read_bytes()[:3000], EXIT_INPUT, "PDF"),
    ("encrypted PDF", "locked.pdf", _encrypted_pdf, EXIT_INPUT, "encrypted"),
    ("PDF of blank pages (a scan without text, OCR off)", "blank.pdf", lambda: _pdf(2), EXIT_INPUT, "text"),
    ("zip without word/document.xml", "fake.docx", lambda: _zip({"hello.txt": b"hi"}), EXIT_INPUT, "not a Word document"),
    ("damaged zip named .docx", "broken.docx", lambda: b"PK\x03\x04" + b"\x00" * 64, EXIT_INPUT, "DOCX"),
    ("zip bomb DOCX", "bomb.docx", _zip_bomb, EXIT_INPUT, "zip bomb"),
    ("old Word .doc (OLE)", "old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048, EXIT_INPUT, ".docx"),
    ("30 MB of text", "huge.txt", lambda: b"Ban Dan van " * (30 * 1024 * 1024 // 12), EXIT_INPUT, "limit"),
    ("500-page PDF", "long.pdf", lambda: _pdf(500), EXIT_INPUT, "500 pages"),
    ("digits and punctuation only", "numbers.txt", lambda: b"12345 678 ... 2023/07/07\n", EXIT_INPUT, "no text"),
]


def _run(tmp_path: Path, file_name: str, data: bytes, extra: list[str] | None = None):
    path = tmp_path / file_name
    path.write_bytes(data)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    clock = time.perf_counter()
    result = CliRunner().invoke(app, ["parse", str(path), *(extra or [])])
    elapsed = time.perf_counter() - clock
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "the input file was altered"
    return result, elapsed


@pytest.mark.parametrize(("name", "file_name", "make", "code", "says"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_fails_cleanly(tmp_path: Path, name: str, file_name: str, make: Callable[[], bytes], code: int, says: str) -> None:
    result, elapsed = _run(tmp_path, file_name, make(), ["--no-ocr"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, lines  # one line, never a traceback
    assert lines[0].startswith("directive-parser: ")
    assert says.lower() in lines[0].lower()
    assert result.stdout == ""
    assert elapsed < REFUSAL_SECONDS, f"{name}: took {elapsed:.1f} s"


def test_image_without_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from directive_parser.loaders import ocr

    monkeypatch.setattr(ocr, "tesseract_status", lambda: "Tesseract is not installed")
    result, _ = _run(tmp_path, "scan.png", _png())
    assert result.exit_code == EXIT_MISSING_TOOL
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "apt-get install tesseract-ocr tesseract-ocr-vie" in lines[0]


def test_scanned_pdf_without_tesseract_names_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from directive_parser.loaders import ocr

    monkeypatch.setattr(ocr, "tesseract_status", lambda: "Tesseract is not installed")
    result, _ = _run(tmp_path, "scan.pdf", _pdf(1))
    assert result.exit_code == EXIT_INPUT
    assert "tesseract-ocr-vie" in result.stderr


def test_non_vietnamese_text_is_an_empty_record_with_a_warning(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, "letter.txt", ENGLISH.encode())
    assert result.exit_code == EXIT_OK
    record = json.loads(result.stdout)
    assert record["number"]["symbol"] is None and record["date"] is None
    assert any("no part of a Vietnamese directive" in w for w in record["warnings"])


def test_text_file_named_docx_is_read_as_text(tmp_path: Path) -> None:
    # the format is told from the content, not the name
    result, _ = _run(tmp_path, "000.docx", (CORPUS / "000.txt").read_bytes())
    assert result.exit_code == EXIT_OK
    assert json.loads(result.stdout)["number"]["symbol"] == "1092-CV/BDVTU"


def test_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["parse", str(tmp_path / "nope.pdf")])
    assert result.exit_code == EXIT_INPUT
    assert "no such file" in result.stderr
