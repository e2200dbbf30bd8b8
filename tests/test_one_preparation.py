"""ONE_PREPARATION (structure.prepare): the parse and every tool that reads a structure itself build it one way.

Before session 28 the training and evaluation tools (``obligation_model.prepare``, ``line_model.load_documents``,
``scan_roles.load_scans``) called ``layout.split`` and ``structure.build`` on the text as given, while ``pipeline.run``
blanked the page's chrome first (PAGE_CHROME): on a page with a visitor counter they read another structure than the
parse (23 of the probe's 94 tune texts). The page here is our own, in the form of the probe's pg23 (a counter over the
first sentence) and pe01 (a Q&A portal's labels)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from directive_parser import layout as layout_mod
from directive_parser import line_model as lm
from directive_parser import obligation_model as om
from directive_parser import parse_text
from directive_parser import scan_roles as sr
from directive_parser import structure as structure_mod
from directive_parser import trim_model as tm
from directive_parser.normalize import normalize, normalize_text
from directive_parser.source import SourceDocument, Text

DUTY = (
    "Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện căn cứ chức năng, nhiệm vụ được giao triển khai "
    "thực hiện việc rà soát hồ sơ đất đai, bảo đảm tiến độ theo kế hoạch.\n"
)
PAGE = "Insert title here\nTHÔNG TIN Ý KIẾN\nĐang truy cập :\n42\nHôm nay :\n3150\nTổng lượt truy cập : 900311\n" + DUTY
CHROME = ("THÔNG TIN Ý KIẾN", "Đang truy cập", "Hôm nay", "3150", "Tổng lượt truy cập")


def blocks(st: structure_mod.Structure) -> list[tuple[int, int, str]]:
    return [(b.start, b.end, st.text.text[b.start : b.end]) for b in st.blocks]


def prepared() -> structure_mod.Structure:
    return structure_mod.prepare(normalize_text(PAGE))


def test_prepare_blanks_the_chrome_and_keeps_the_printed_text() -> None:
    # the chrome is gone from the working copy (same length: offsets hold), the printed text keeps it for evidence
    text = normalize_text(PAGE)
    st = structure_mod.prepare(text)
    assert st.text.printed == text.text and len(st.text.text) == len(text.text)
    assert [b for _, _, b in blocks(st)] == [DUTY.strip()]
    assert not any(label in st.text.text for label in CHROME)


def test_the_old_path_read_the_counter_into_the_duty() -> None:
    # the case that showed the drift: layout and structure on the text as given glue "Tổng lượt truy cập: 900311" to
    # the duty sentence, and the obligation tool's candidates lost the duty the parse reads
    text = normalize_text(PAGE)
    old = structure_mod.build(text, layout_mod.split(text))
    assert any(b.startswith("Tổng lượt truy cập") and "Các phòng, ban" in b for _, _, b in blocks(old))
    assert blocks(old) != blocks(prepared())
    _, record = om.prepare(text)
    assert [o.responsible for o in record.obligations] == ["Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện"]


def test_the_parse_reads_the_same_structure() -> None:
    # pipeline.run's structure (caught through the obligation filter hook, trim_model.prepare) is the shared entry's
    caught = tm.prepare(normalize_text(PAGE))
    assert caught is not None and blocks(caught[0]) == blocks(prepared())


def test_the_obligation_tool_reads_the_same_structure() -> None:
    # and its rules' candidates (the keep/drop model's "rules" row) are the parse's obligations
    st, record = om.prepare(normalize_text(PAGE))
    assert blocks(st) == blocks(prepared())
    kept = [c.obligation.action for c in om.candidates(st, record) if c.rules]
    assert kept == [o.action for o in parse_text(PAGE).obligations] and kept


def test_the_line_tool_reads_the_same_structure(tmp_path: Path) -> None:
    # line_model.load_documents (the role model's training data): the chrome lines are blank, labelled "" (no OTHER)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "annotations").mkdir()
    (tmp_path / "corpus" / "x01.txt").write_text(PAGE, "utf-8")
    (tmp_path / "annotations" / "x01.json").write_text(json.dumps({"obligations": []}), "utf-8")
    [doc] = lm.load_documents(tmp_path / "corpus", tmp_path / "annotations")
    assert blocks(doc.structure) == blocks(prepared())
    assert doc.labels[:7] == [""] * 7 and doc.labels[7] != ""  # the page's seven lines, then the duty's


def test_the_scan_tool_reads_the_same_structure(tmp_path: Path) -> None:
    # scan_roles.load_scans (the OCR'd inputs' line roles), its OCR replaced by the page's text
    (tmp_path / "x01.json").write_text(json.dumps({"obligations": []}), "utf-8")

    def sources(corpus: Path, ids: Iterable[str]) -> Iterator[tuple[str, str, SourceDocument]]:
        for doc_id in ids:
            yield doc_id, f"{doc_id}.scan.pdf", SourceDocument(PAGE, "txt")

    [doc] = sr.load_scans(tmp_path, tmp_path, ["x01"], sources)
    assert blocks(doc.structure) == blocks(structure_mod.prepare(normalize(SourceDocument(PAGE, "txt"))))
    assert blocks(doc.structure) == blocks(prepared())


def test_a_text_without_chrome_is_built_as_before() -> None:
    # no chrome: the shared entry is layout and structure on the text as given (the corpus texts: 0 changes)
    text: Text = normalize_text(DUTY)
    assert blocks(structure_mod.prepare(text)) == blocks(structure_mod.build(text, layout_mod.split(text)))
