"""scripts/synthetic_scans.py's scoring: the 13 register figures and the duties beside them (issues 11, 13).

The renders themselves need LibreOffice, poppler and Tesseract; these tests pin only the scoring on a
tiny record pair (two duties of n001's gold, one of its deadlines, one dated deadline of our own).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
synthetic_scans = pytest.importorskip("synthetic_scans")

from directive_parser import evaluate as ev  # noqa: E402

# n001's gold (dev), two of its obligations and one undated deadline, and a dated deadline
DUTY_A = {"action": "Lấy ý kiến Nhân dân về dự thảo văn bản pháp luật qua môi trường số", "responsible": "Sở Tư pháp",
          "deliver_to": None, "due": None, "date": None}
DUTY_B = {"action": "Hoàn thành và đưa Trung tâm IOC vào hoạt động", "responsible": "Sở Khoa học và Công nghệ",
          "deliver_to": None, "due": "trong quý I năm 2026", "date": None}
DEADLINE_A = {"date": None, "action": "Hoàn thành và đưa Trung tâm IOC vào hoạt động", "responsible": None,
              "deliver_to": None, "text": "trong quý I năm 2026"}
DEADLINE_B = {"date": "2025-03-31", "action": "Báo cáo kết quả thực hiện", "responsible": None, "deliver_to": None,
              "text": "trước ngày 31/3/2025"}
GOLD: dict[str, Any] = {"document_type": "Kế hoạch", "obligations": [DUTY_A, DUTY_B], "deadlines": [DEADLINE_A, DEADLINE_B]}


def _scored(record: dict[str, Any]) -> tuple[dict[str, float], list[str]]:
    scores = ev.KindScores("s300")
    misses = ev.score_document("n001", "s300", record, GOLD, scores)
    return synthetic_scans.figures(scores), synthetic_scans.duty_misses(record, GOLD, misses)


def test_the_duties_are_scored_beside_the_13_and_out_of_their_mean() -> None:
    typed, missed = _scored(GOLD)
    assert missed == []
    assert all(typed[name] == 1.0 for name in synthetic_scans.DUTY_FIGURES)
    # the render lost the second duty (and its time) and the dated deadline; the first duty's
    # responsible misread
    lost = {**GOLD, "obligations": [{**DUTY_A, "responsible": "Sở Tư phap Tỉnh"}], "deadlines": [DEADLINE_A]}
    scan, missed = _scored(lost)
    assert scan["obligations"] == pytest.approx(2 / 3, abs=1e-4)  # tp 1, fn 1
    assert scan["obligations +due"] == pytest.approx(2 / 3, abs=1e-4)  # the first has no due in either
    assert scan["deadlines"] == pytest.approx(2 / 3, abs=1e-4)
    assert scan["mean13"] == typed["mean13"]  # the duties stay out of the mean of 13
    assert "obligations: Hoàn thành và đưa Trung tâm IOC vào hoạt động" in missed
    assert "deadlines: 2025-03-31" in missed
    assert "deadlines: trong quý I năm 2026" not in missed


def test_compare_names_the_duty_entries_gained_and_lost(capsys: pytest.CaptureFixture[str]) -> None:
    def run(missed: list[str], f: float) -> dict[str, Any]:
        figs = dict.fromkeys((*synthetic_scans.FIGURES, "mean13"), 0.5) | dict.fromkeys(synthetic_scans.DUTY_FIGURES, f)
        return {"variants": {"s300": {"figures": figs, "missed": {"n001": {}}, "duties_missed": {"n001": missed},
                                      "duties_whole": dict.fromkeys(synthetic_scans.DUTY_FIGURES, f + 0.1)}}}

    before = run(["deadlines: 2025-03-31", "obligations: Báo cáo"], 0.5)
    after = run(["obligations: Báo cáo", "obligations: Báo cáo", "obligations +due: Rà soát (None)"], 0.6)
    synthetic_scans.print_compare(before, after)
    out = capsys.readouterr().out
    assert "s300   mean13 0.500 -> 0.500  0+/0-" in out  # the register line as before
    assert "s300   duties obligations 0.500 -> 0.600" in out and "1+/2-" in out
    assert "s300   duties, whole documents obligations 0.600 -> 0.700" in out
    assert "+ n001 deadlines: 2025-03-31" in out
    assert "- n001 obligations: Báo cáo" in out and "- n001 obligations +due: Rà soát (None)" in out
    # a report saved before the duties were scored: the register line only
    old = {"variants": {"s300": {k: v for k, v in before["variants"]["s300"].items() if not k.startswith("duties")}}}
    synthetic_scans.print_compare(old, after)
    assert "duties" not in capsys.readouterr().out


def test_a_document_is_whole_when_no_page_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    # n002's typed original prints 11 pages: its render keeps 1, 2, 5, 6 (the appendix's task table
    # on pages 7-8 left out), so its duties are scored over the whole documents only with --all-pages
    monkeypatch.setattr(synthetic_scans, "page_count", lambda pdf: 11)
    assert not synthetic_scans.whole_document(Path("n002.pdf"))
    assert synthetic_scans.whole_document(Path("n002.pdf"), all_pages=True)
    monkeypatch.setattr(synthetic_scans, "page_count", lambda pdf: synthetic_scans.MAX_PAGES)
    assert synthetic_scans.whole_document(Path("n001.pdf"))
