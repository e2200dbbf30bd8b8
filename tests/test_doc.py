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
