"""Line roles on OCR'd pages (issue 17, task 4): gold located in OCR'd text, CV by document, fields."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from directive_parser import layout as layout_mod
from directive_parser import line_model as lm
from directive_parser import scan_roles as sr
from directive_parser import structure as structure_mod
from directive_parser.cli import app
from directive_parser.loaders import load_path
from directive_parser.normalize import normalize
from directive_parser.source import SourceDocument

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
CONFIG = ROOT / "models" / "line_roles" / "config.cfg"
runner = CliRunner()


def gold(doc_id: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((ANNOTATIONS / f"{doc_id}.json").read_text("utf-8"))
    return data


def structure_of(text: str) -> structure_mod.Structure:
    t = normalize(SourceDocument(text, "txt"))
    return structure_mod.build(t, layout_mod.split(t))


def located(text: str, doc_id: str, ocr: bool) -> lm.GoldLines:
    return lm.gold_lines(doc_id, structure_of(text), gold(doc_id), ocr=ocr)


def found(st: structure_mod.Structure, value: str, last: bool = True) -> list[str]:
    return [st.text.text[a:b].strip() for a, b in lm.ocr_spans(st, value, 0, len(st.text.text), last)]


def lines_with(doc: lm.GoldLines, label: str) -> list[str]:
    return [ln.text.strip() for ln, lab in zip(doc.structure.lines, doc.labels, strict=True) if lab == label]


def test_a_subject_with_a_misread_tone_is_located_on_ocr_d_text_only() -> None:
    # 000.scan.pdf's OCR reads the subject's "mô hình" as "mồ hình" (the typed copy is partly NFD)
    typed = unicodedata.normalize("NFC", (CORPUS / "000.txt").read_text("utf-8"))
    text = typed.replace("mô hình “Dân vận khéo”", "mồ hình “Dân vận khéo”")
    exact = located(text, "000", ocr=False)
    assert any(m.startswith("subject:") for m in exact.missed)
    ocr = located(text, "000", ocr=True)
    assert lines_with(ocr, "subject") == ["V/v kiểm tra, giám sát, khảo sát", "mồ hình “Dân vận khéo”"]
    assert (ocr.fuzzy, ocr.located, ocr.missed) == (1, exact.located + 1, [])


def test_a_symbol_with_a_misread_number_is_located_on_its_line() -> None:
    # n051.scan.pdf prints "ST /CT-UBND" for the gold "11/CT-UBND" (two errors in eight characters)
    text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nST /CT-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + "Nội dung.\n" * 5
    doc = located(text, "n051", ocr=True)
    assert lines_with(doc, "number") == ["ST /CT-UBND"]
    assert lines_with(located(text.replace("ST /CT", "ST /KH"), "n051", ocr=True), "number") == []


def test_a_short_or_absent_value_is_not_located_tolerantly() -> None:
    st = structure_of((CORPUS / "000.txt").read_text("utf-8"))
    assert found(st, "Lưu") == []  # one word: exact only
    assert found(st, "Nguyễn Văn Không Có") == []
    # the signer's name with one letter misread in two words is still found, on its line
    assert found(st, "Vũ Thị Thủy Ngà") == ["Vũ Thị Thúy Nga"]


def test_a_lone_letter_does_not_pull_a_window_onto_another_line() -> None:
    # c130's OCR: a speck "H“" after the body's last words, above the item "(t/h)" read "(th)"
    st = structure_of("Nội dung thực hiện theo quy định./ H“\nNơi nhận:\n- ĐT, CTSV và 05 khoa được chọn (th);\n")
    assert found(st, "ĐT, CTSV và 05 khoa được chọn (t/h)") == ["- ĐT, CTSV và 05 khoa được chọn (th);"]


def texts_as_scans(corpus: Path, ids: Iterable[str]) -> Iterator[tuple[str, str, SourceDocument]]:
    """Stand-in for ``scan_sources`` (no Tesseract in a test): the typed texts of ``ids``."""
    for doc_id in sorted(ids):
        path = corpus / f"{doc_id}.txt"
        if path.exists():
            yield doc_id, path.name, load_path(path)


def test_folds_keep_every_input_of_a_document_together() -> None:
    def twice(corpus: Path, ids: Iterable[str]) -> Iterator[tuple[str, str, SourceDocument]]:
        for doc_id, name, source in texts_as_scans(corpus, ids):
            yield doc_id, name, source
            yield doc_id, name + ".again", source

    docs = sr.load_scans(CORPUS, ANNOTATIONS, ["000", "001", "002", "003"], twice)
    results = sr.cross_validate(docs, CONFIG, ANNOTATIONS, folds=2, epochs=1)
    held = [sorted(r.inputs) for r in results]
    assert sorted(x for inputs in held for x in inputs) == sorted(d.variant for d in docs)
    for inputs in held:
        assert all(f"{name}.again" in inputs for name in inputs if not name.endswith(".again"))
    # the rules' fields are evaluate's: the same record, the same scoring
    total = sr.pooled(results)
    assert sorted(total.fields[sr.RULES].documents) == sorted(d.doc_id for d in docs)


def test_training_on_scans_runs_end_to_end_on_a_slice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sr, "scan_sources", texts_as_scans)
    out = tmp_path / "roles"
    args = ["train", "roles", "--scans", "-o", str(out), "--config", str(CONFIG), "--corpus", str(CORPUS)]
    done = runner.invoke(app, [*args, "--annotations", str(ANNOTATIONS), "--limit", "4", "--folds", "2", "--epochs", "1"])
    assert done.exit_code == 0, done.output
    assert "OCR-tolerant match" in done.output and "fold 2/2" in done.output
    assert "signer.name/strict" in done.output and "combined vs rules:" in done.output
    assert "held-out test split" not in done.output  # a slice never scores the test split
    scores = json.loads((out / "scores.json").read_text("utf-8"))
    assert scores["inputs"] == 4 and scores["located"] > 0
    assert (out / "textcat").is_dir()
