"""Old Word 97-2003 (.doc) files: read through LibreOffice's DOCX conversion.

The two .doc files in the corpus (n064, n065: UBND tỉnh Bình Thuận) must give the record their
text copies give, which matches the hand-written gold on the register fields
(the issuer name of n065 aside, missed in the text too). LibreOffice is a
system program; where it is missing the conversion tests are skipped with the reason, and the
refusal (one line, exit 3) is tested by hiding it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, gold
from typer.testing import CliRunner

from directive_parser import parse_file
from directive_parser.cli import app
from directive_parser.errors import EXIT_INPUT, EXIT_MISSING_TOOL
from directive_parser.loaders import doc as doc_loader

DOCS = ("n064", "n065")
# the fields the gold must agree on (n065's issuer name is an extractor miss of the text too)
GOLD_FIELDS = ("document_type", "number", "place", "date", "subject", "recipients", "signer", "distribution")
REGISTER = ("document_type", "issuer", "number", "place", "date", "subject", "recipients", "signer", "distribution")
NO_LIBREOFFICE = doc_loader.soffice_path() is None


@pytest.mark.skipif(NO_LIBREOFFICE, reason="LibreOffice is not installed (scripts/setup.sh installs it)")
@pytest.mark.parametrize("doc_id", DOCS)
def test_doc_parses_like_its_text_and_gold(doc_id: str) -> None:
    record = parse_file(CORPUS / "files" / f"{doc_id}.doc").model_dump(mode="json")
    text = parse_file(CORPUS / f"{doc_id}.txt").model_dump(mode="json")
    expected = gold(doc_id)
    assert {k: record[k] for k in REGISTER} == {k: text[k] for k in REGISTER}
    assert {k: record[k] for k in GOLD_FIELDS} == {k: expected[k] for k in GOLD_FIELDS}
    assert [d["text"] for d in record["deadlines"]] == [d["text"] for d in text["deadlines"]]
    assert record["source"]["conversions"][0].startswith("Word 97-2003 (.doc)")


def test_doc_without_libreoffice_exits_3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_loader, "soffice_path", lambda: None)
    result = CliRunner().invoke(app, ["parse", str(CORPUS / "files" / "n064.doc")])
    assert result.exit_code == EXIT_MISSING_TOOL
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "apt-get install libreoffice-writer-nogui" in lines[0]
    assert result.stdout == ""


@pytest.mark.skipif(NO_LIBREOFFICE, reason="LibreOffice is not installed (scripts/setup.sh installs it)")
def test_damaged_doc_is_one_line(tmp_path: Path) -> None:
    # a real .doc cut in half: an OLE file naming its WordDocument stream, which LibreOffice
    # cannot open
    data = (CORPUS / "files" / "n064.doc").read_bytes()
    path = tmp_path / "cut.doc"
    path.write_bytes(data[: len(data) // 2])
    result = CliRunner().invoke(app, ["parse", str(path)])
    assert result.exit_code == EXIT_INPUT, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("directive-parser: ")


# RTF and OpenDocument text: LibreOffice converts them as it does a .doc (loaders/__init__.py RTF_OPENING,
# ODT_MIMETYPE). The seed 000's Word original saved by LibreOffice as .rtf and .odt must parse like the DOCX.
def _zip_with_mimetype(mimetype: str) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored first and uncompressed, as ODF requires
        zf.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"{\\rtf1\\ansi\\ansicpg1258 {\\fonttbl}", "rtf"),
        (b"\xef\xbb\xbf{\\rtf1\\ansi", "rtf"),
        (_zip_with_mimetype("application/vnd.oasis.opendocument.text"), "odt"),
        (_zip_with_mimetype("application/vnd.oasis.opendocument.spreadsheet"), "odf"),
        ((CORPUS / "files" / "000.docx").read_bytes(), "docx"),
        (b"{ \"number\": \"1092-CV/BDVTU\" }", "text"),  # a brace opens no RTF
        ("{Dự thảo} Kính gửi: các quận ủy".encode(), "text"),
    ],
)
def test_rtf_and_opendocument_are_told_from_their_content(data: bytes, kind: str) -> None:
    from directive_parser.loaders import sniff

    assert sniff(data) == kind


def test_an_opendocument_spreadsheet_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bang.ods"
    path.write_bytes(_zip_with_mimetype("application/vnd.oasis.opendocument.spreadsheet"))
    result = CliRunner().invoke(app, ["parse", str(path)])
    assert result.exit_code != 0 and "not a text document" in result.stderr and result.stdout == ""


def _converted(tmp_path: Path, fmt: str) -> Path:
    import shutil
    import subprocess

    program = doc_loader.soffice_path()
    assert program is not None
    shutil.copy(CORPUS / "files" / "000.docx", tmp_path / "000.docx")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / "out"), str(tmp_path / "000.docx")],
        check=True, capture_output=True, timeout=doc_loader.CONVERT_TIMEOUT_S,
    )
    return tmp_path / "out" / f"000.{fmt}"


@pytest.mark.skipif(NO_LIBREOFFICE, reason="LibreOffice is not installed (scripts/setup.sh installs it)")
@pytest.mark.parametrize(("fmt", "conversion"), [("rtf", "RTF → DOCX"), ("odt", "OpenDocument (.odt) → DOCX")])
def test_rtf_and_odt_parse_like_the_docx(tmp_path: Path, fmt: str, conversion: str) -> None:
    record = parse_file(_converted(tmp_path, fmt)).model_dump(mode="json")
    docx = parse_file(CORPUS / "files" / "000.docx").model_dump(mode="json")
    assert {k: record[k] for k in REGISTER} == {k: docx[k] for k in REGISTER}
    assert [(d["date"], d["action"]) for d in record["deadlines"]] == [(d["date"], d["action"]) for d in docx["deadlines"]]
    assert record["source"]["conversions"][0].startswith(conversion)


def test_rtf_without_libreoffice_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_loader, "soffice_path", lambda: None)
    path = tmp_path / "cv.rtf"
    path.write_bytes(b"{\\rtf1\\ansi K\\'ednh g\\'f0i}")
    result = CliRunner().invoke(app, ["parse", str(path)])
    assert result.exit_code == EXIT_MISSING_TOOL
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "an RTF (.rtf) file needs LibreOffice" in lines[0]
