"""Hostile input within the documented limits: bounded memory and work, one line, nothing left behind.

Each refusal is checked through the command line (exit code and the one-line message); blank pages
are checked by counting the OCR calls a PDF causes, not by timing them.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from conftest import CORPUS, ROOT
from typer.testing import CliRunner

from directive_parser.cli import app
from directive_parser.errors import EXIT_INPUT, EmptyDocument
from directive_parser.loaders import ocr
from directive_parser.loaders.docx import MAX_DOCUMENT_XML_BYTES, MAX_PARAGRAPHS
from directive_parser.loaders.pdf import load_pdf

SEED_DOCX = CORPUS / "files" / "000.docx"


def _docx_with_body(extra: bytes) -> bytes:
    """The seed DOCX with ``extra`` XML inserted at the start of its body."""
    src = zipfile.ZipFile(SEED_DOCX)
    body = src.read("word/document.xml")
    at = body.index(b"<w:body>") + len(b"<w:body>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = body[:at] + extra + body[at:] if info.filename == "word/document.xml" else src.read(info.filename)
            zf.writestr(info.filename, data)
    return buffer.getvalue()


def _refusal(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["parse", str(path)])
    assert result.exit_code == EXIT_INPUT, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    return lines[0]


def test_docx_of_many_tiny_paragraphs_is_refused_before_it_is_built(tmp_path: Path) -> None:
    tiny = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * (MAX_PARAGRAPHS + 1000)
    data = _docx_with_body(tiny)
    assert len(data) < 300_000  # small on disk, far past the limit inside
    assert "paragraphs" in _refusal(tmp_path, "tiny.docx", data)


def test_docx_with_a_huge_body_part_is_refused(tmp_path: Path) -> None:
    run = b"<w:p><w:r><w:t>" + b"x" * (MAX_DOCUMENT_XML_BYTES + 1) + b"</w:t></w:r></w:p>"
    assert "MB of XML" in _refusal(tmp_path, "big.docx", _docx_with_body(run))


@pytest.mark.parametrize("fill", [b"\0", b"\xff"])
def test_docx_with_its_body_part_overwritten_is_refused_in_one_line(tmp_path: Path, fill: bytes) -> None:
    # DAMAGED_BODY: bytes overwritten inside the compressed body part (a broken download or disk) used to escape as a
    # traceback from zlib ("invalid distance too far back") or zipfile ("Bad CRC-32") while the paragraphs were counted
    data = bytearray(SEED_DOCX.read_bytes())
    info = zipfile.ZipFile(SEED_DOCX).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)  # the local header's fixed size
    middle = start + info.compress_size // 2
    data[middle : middle + 64] = fill * 64
    assert "damaged zip archive" in _refusal(tmp_path, "damaged.docx", bytes(data))


def test_real_docx_stay_within_the_limits() -> None:
    from directive_parser.loaders.docx import _check_body

    for path in sorted((CORPUS / "files").glob("*.docx")):
        _check_body(path.read_bytes(), path.name)  # raises if a real directive were refused


def test_endless_stdin_is_refused_after_the_limit() -> None:
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run(
            [sys.executable, "-m", "directive_parser", "parse", "-"], stdin=zero, capture_output=True, cwd=ROOT, timeout=120
        )
    assert done.returncode == EXIT_INPUT
    assert done.stderr.decode().count("\n") == 1 and "MB" in done.stderr.decode()


def _blank_pdf(pages: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def _white_scan(pages: int) -> bytes:
    from PIL import Image

    frames = [Image.new("L", (1240, 1754), 255) for _ in range(pages)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="PDF", save_all=True, append_images=frames[1:], resolution=150)
    return buffer.getvalue()


@pytest.mark.parametrize(("make", "pages"), [(_blank_pdf, 300), (_white_scan, 3)], ids=["300 empty pages", "white scans"])
def test_blank_pages_never_reach_ocr(monkeypatch: pytest.MonkeyPatch, make, pages: int) -> None:
    calls: list[str] = []
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: calls.append(name) or "")
    with pytest.raises(EmptyDocument):
        load_pdf(make(pages), "blank.pdf", ocr_page=ocr.ocr_pdf_page)
    assert calls == []


def test_a_scanned_page_with_text_is_not_blank() -> None:
    with pdfplumber.open(CORPUS / "files" / "000.scan.pdf") as pdf:
        assert not any(ocr.blank_page(page) for page in pdf.pages)
    # the blank back of a real two-sided scan is blank (Tesseract reads nothing on it either)
    with pdfplumber.open(CORPUS / "files" / "n058.scan.pdf") as pdf:
        assert ocr.blank_page(pdf.pages[1])


@pytest.mark.skipif(ocr.tesseract_status() is not None, reason=f"OCR not available: {ocr.tesseract_status()}")
def test_sigterm_during_ocr_leaves_no_temporary_files(tmp_path: Path) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, "-m", "directive_parser", "parse", str(CORPUS / "files" / "001.scan.pdf")],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _tesseract_running(child.pid):
        time.sleep(0.1)
    child.send_signal(signal.SIGTERM)
    child.wait(timeout=60)
    assert list(tmp_path.iterdir()) == []


def _tesseract_running(parent: int) -> bool:
    children = Path(f"/proc/{parent}/task/{parent}/children")
    return children.exists() and bool(children.read_text().split())


# --------------------------------------------------------------------------------------------
# Output files
# --------------------------------------------------------------------------------------------

SEED_TXT = str(CORPUS / "000.txt")


def _parse_to(out: str, *, umask: int | None = None, stdout: int | None = None) -> subprocess.CompletedProcess[bytes]:
    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        [sys.executable, "-m", "directive_parser", "parse", SEED_TXT, "-o", out],
        cwd=ROOT, stdout=stdout if stdout is not None else subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=set_umask, timeout=120,
    )


def test_output_onto_a_fifo_or_device_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (str(fifo), "/dev/null"):
        done = _parse_to(target)
        assert done.returncode == 2, done.stderr
        assert "not a regular file" in done.stderr.decode()
    assert fifo.is_fifo()  # not replaced by a regular file


def test_output_files_follow_the_umask(tmp_path: Path) -> None:
    for mask, mode in ((0o022, 0o644), (0o027, 0o640), (0o077, 0o600)):
        out = tmp_path / f"r{mask:o}.json"
        assert _parse_to(str(out), umask=mask).returncode == 0
        assert out.stat().st_mode & 0o777 == mode


def test_overwriting_keeps_hard_links_and_mode(tmp_path: Path) -> None:
    out, link = tmp_path / "r.json", tmp_path / "link.json"
    out.write_text("old")
    out.chmod(0o640)
    os.link(out, link)
    assert _parse_to(str(out)).returncode == 0
    assert link.read_bytes() == out.read_bytes() and b'"1092-CV/BDVTU"' in out.read_bytes()
    assert out.stat().st_ino == link.stat().st_ino and out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "r.json"]  # no temporary left


def test_dev_stdout_into_a_closed_pipe_is_one_line(tmp_path: Path) -> None:
    for out in ("/dev/stdout", "-"):
        reader, writer = os.pipe()
        os.close(reader)  # nobody reads: the first write breaks the pipe
        try:
            done = _parse_to(out, stdout=writer)
        finally:
            os.close(writer)
        lines = done.stderr.decode().splitlines()
        assert done.returncode == 1 and len(lines) == 1 and "broken pipe" in lines[0], lines


def test_dev_stdout_is_standard_output() -> None:
    done = _parse_to("/dev/stdout")
    assert done.returncode == 0 and b'"1092-CV/BDVTU"' in done.stdout


# --------------------------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------------------------

_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}


def _windows_1258(text: str) -> bytes:
    """``text`` as Windows-1258 stores it: "â ê ô ơ ư ă đ" as letters, tones as combining marks."""
    import unicodedata

    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        piece = base + "".join(c for c in parts if c in _TONES)
        try:
            out.append(piece.encode("cp1258"))
        except UnicodeEncodeError:  # a letter the code page holds with its tone ("à", "ó")
            out.append(unicodedata.normalize("NFC", piece).encode("cp1258"))
    return b"".join(out)


def test_windows_1258_text_is_decoded_and_says_so() -> None:
    from directive_parser import parse_bytes, parse_text

    original = (CORPUS / "000.txt").read_text(encoding="utf-8")
    data = _windows_1258(original)
    assert b"\xcc" in data or b"\xec" in data  # combining tone marks, not precomposed letters
    record = parse_bytes(data, "000-cp1258.txt")
    expected = parse_text(original)
    assert record.model_dump(exclude={"source"}) == expected.model_dump(exclude={"source"})
    assert any("Windows-1258" in c for c in record.source["conversions"])
    assert not any("TCVN3" in c or "VNI" in c for c in record.source["conversions"])


def test_eight_bit_text_in_no_vietnamese_encoding_is_refused(tmp_path: Path) -> None:
    german = "Die Sitzung des Ausschusses für Straßenbau findet am Dienstag in Köln statt. Grüße.\n" * 3
    line = _refusal(tmp_path, "brief.txt", german.encode("cp1252"))
    assert "UTF-8" in line and "Windows-1258" in line


def test_pdf_locked_only_against_copying_is_read() -> None:
    # Encrypted with an empty user password (permissions only): every viewer opens it without
    # asking, so it is read; a PDF that needs a password to open is refused (test_errors).
    from pypdf import PdfReader, PdfWriter

    from directive_parser import parse_bytes

    plain = (CORPUS / "files" / "003.pdf").read_bytes()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password="", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    locked = buffer.getvalue()
    assert b"/Encrypt" in locked
    assert parse_bytes(locked, "locked.pdf").number == parse_bytes(plain, "003.pdf").number


def test_damaged_pdf_reader_notes_become_one_warning_not_terminal_noise(tmp_path: Path) -> None:
    # DAMAGED_PDF_NOTES: bytes overwritten in the seed's PDF; pdfminer logged "Execute called on non-indirect object
    # (inline image?)" three times straight onto the terminal. Now the terminal stays quiet and the record says it.
    import json

    data = bytearray((CORPUS / "files" / "004.pdf").read_bytes())
    data[2000:6000] = b"\0" * 4000
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    result = CliRunner().invoke(app, ["parse", "--no-ocr", str(path)])
    assert result.exit_code == 0, result.output
    assert "non-indirect" not in result.stderr
    warnings = json.loads(result.stdout)["warnings"]
    assert any(w.startswith("the PDF is damaged in places (3 notes") for w in warnings), warnings
    from directive_parser.web.vietnamese import vietnamese

    assert any(vietnamese(w).startswith("tệp PDF bị hỏng một phần (3 chỗ") for w in warnings)


def test_real_pdfs_give_the_pdf_reader_nothing_to_note() -> None:
    # the counter-example: no PDF of the corpus (text layers, signed copies, scans read up to their missing text) would
    # carry the damage warning
    from directive_parser.errors import NoTextLayer
    from directive_parser.loaders.pdf import _reader_notes

    for path in sorted((CORPUS / "files").glob("*.pdf")):
        with _reader_notes() as notes, contextlib.suppress(NoTextLayer):
            load_pdf(path.read_bytes(), path.name)
        assert notes == [], path.name
