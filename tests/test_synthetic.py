"""scripts/synthetic_scans.py's scoring: the 13 register figures and the duties beside them (issues 11, 13).

The renders themselves need LibreOffice, poppler and Tesseract; these tests pin only the scoring on a
tiny record pair (two duties of n001's gold, one of its deadlines, one dated deadline of our own).
"""

from __future__ import annotations

import random
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


# --stamp-at real: the subject's run and the type's name looked for above the body only (issue 13)
Box = tuple[str, float, float, float, float]


def _line(text: str, x0: float, top: float, x1: float) -> list[Box]:
    """A printed line's words, spread evenly from x0 to x1 (points), 14 points high."""
    words = text.split()
    step = (x1 - x0 + 3.0) / len(words)
    return [(w, x0 + k * step, top, x0 + (k + 1) * step - 3.0, top + 14.0) for k, w in enumerate(words)]


# n013's page 1 (dev, a công văn): its subject "V/v triển khai thực hiện / Công văn số 4552/BCA-C04" in the
# header, and the body's "Ủy ban nhân dân tỉnh nhận được Công văn số 4552/BCA-C04 ngày" under "Kính gửi:"
N013 = (_line("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 119, 71, 538)
        + _line("Số: /UBND-NC", 116, 122, 230) + _line("Lâm Đồng, ngày tháng 10 năm 2025", 320, 122, 530)
        + _line("V/v triển khai thực hiện", 125, 143, 249) + _line("Công văn số 4552/BCA-C04", 110, 157, 261)
        + _line("Kính gửi: Công an tỉnh", 271, 222, 401)
        + _line("Ủy ban nhân dân tỉnh nhận được Công văn số 4552/BCA-C04 ngày", 135, 266, 538)
        + _line("09/10/2025 của Bộ Công an về việc rà soát, đánh giá mức độ trọng điểm phức", 99, 286, 538))
N013_SUBJECT = "triển khai thực hiện Công văn số 4552/BCA-C04 của Bộ Công an"


def test_the_stamp_beside_the_type_name_is_put_in_the_header_not_on_the_body() -> None:
    # the type's name "Công văn" is printed twice above 40 % of the page: the header's (157) is taken, not
    # the body's (266), on which the stamp lost n013's duty on s300 and s200
    assert synthetic_scans.body_top(N013, 842.0) == 222
    assert synthetic_scans.find_run(N013, "Công văn")[1] == 266  # the last run: the old place
    x, y = synthetic_scans.stamp_spot(N013, 842.0, 60.0, "beside_title", N013_SUBJECT, "Công văn", random.Random(0))
    assert x == 60.0 and 157 - synthetic_scans.STAMP_PT[1] / 2 <= y <= 157


def test_the_stamp_over_the_subject_takes_the_headers_run_or_the_free_place() -> None:
    # n037 (dev): "V/v góp ý dự thảo …" in the header, "… tham gia góp ý dự thảo văn bản …" in the body
    words = (_line("Số: /UBND-KGVX Quảng Ngãi, ngày tháng năm 2025", 104, 117, 532)
             + _line("V/v góp ý dự thảo Quyết định sửa", 85, 142, 256)
             + _line("Kính gửi: Sở Thông tin và Truyền thông", 252, 235, 478)
             + _line("quan, đơn vị, địa phương tham gia góp ý dự thảo văn bản tổng", 99, 370, 539))
    subject = "góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số 2269/QĐ-TTg"
    _, y = synthetic_scans.stamp_spot(words, 842.0, 60.0, "over_subject", subject, "Công văn", random.Random(0))
    assert 142 - 0.4 * synthetic_scans.STAMP_PT[1] <= y <= 142
    # the header without the run: the free place, as with a page that lacks the line
    body_only = [b for b in words if b[2] != 142]
    free = synthetic_scans.stamp_place(body_only, 842.0, 60.0, synthetic_scans.STAMP_PT)
    assert synthetic_scans.stamp_spot(body_only, 842.0, 60.0, "over_subject", subject, "Công văn", random.Random(0)) == (60.0, free)


def test_without_kinh_gui_the_body_starts_at_its_first_paragraph() -> None:
    # n009 (dev, a thông báo): the centred subject's lines as wide as the body's end off its right margin;
    # the body opens with the indented "Ngày 24/4/2026, …" over a line at the left edge
    words = (_line("Số: /TB-UBND Lâm Đồng, ngày tháng 4 năm 2026", 113, 117, 499) + _line("THÔNG BÁO", 271, 151, 359)
             + _line("Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban", 110, 167, 527)
             + _line("Thường vụ Tỉnh ủy,", 244, 183, 393)
             + _line("Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị thi công", 86, 199, 551)
             + _line("tại một số vị trí của 02 tuyến cao tốc Tân Phú – Bảo Lộc và", 91, 216, 546)
             + _line("Ngày 24/4/2026, đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh", 121, 309, 544.3)
             + _line("ủy, Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị thi công tại một", 85, 325, 544.0)
             + _line("02 tuyến cao tốc Tân Phú – Bảo Lộc, Bảo Lộc – Liên Khương; làm việc với", 85, 341, 544.2))
    assert synthetic_scans.body_top(words, 842.0) == 309
    assert [b[0] for b in synthetic_scans.header_words(words, 842.0)][-2:] == ["Lộc", "và"]


# the received stamp's number and day, scored against what the generator printed (issue 13)


def _printed(doc_id: str, variant: str, seal_first: bool, issued: str | None) -> dict[str, str]:
    """The number and day the generator prints on the render, captured from ``received_stamp`` itself."""
    seed = int(synthetic_scans.hashlib.sha1(f"{doc_id}|{variant}".encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    page = synthetic_scans.Image.new("RGB", (300, 420), (255, 255, 255))
    if seal_first:  # a seal on page 1, drawn before the stamp as ``synthetic_pdf`` does
        synthetic_scans.seal_and_signature(page, 36, (150.0, 300.0, 250.0, 314.0), (150.0, 250.0, 250.0, 264.0), "", rng)
    seen: list[list[str]] = []
    real = synthetic_scans.real_stamp

    def capture(page: Any, dpi: int, words: Any, spot_rng: Any, x0: float, lines: list[str], *rest: Any) -> Any:
        seen.append(lines)
        return page

    synthetic_scans.real_stamp = capture
    try:
        synthetic_scans.received_stamp(page, 36, [], rng, random.Random(seed ^ 0x5EA1), None, None, issued)
    finally:
        synthetic_scans.real_stamp = real
    number = seen[0][1].split("Số: ")[1]
    d, m, y = (int(v) for v in seen[0][2].removeprefix("Ngày: ").split("/"))
    return {"number": number, "date": f"{y:04d}-{m:02d}-{d:02d}"}


@pytest.mark.parametrize(("doc_id", "variant", "seal_first", "issued"),
                         [("002", "s300", False, "2024-05-30"), ("n018", "s300", False, "2026-03-30"),
                          ("n026", "s300", True, "2025-07-31"), ("n013", "s250", True, "2025-10-09")])
def test_stamp_values_gives_what_the_generator_printed(doc_id: str, variant: str, seal_first: bool, issued: str | None) -> None:
    notes = ["pages [1] of 1", "received stamp (free, red, slant +1.0)"] + (["seal on page 1"] if seal_first else ["seal on page 2"])
    assert synthetic_scans.stamp_values(doc_id, variant, notes, issued) == _printed(doc_id, variant, seal_first, issued)
    # the seal's draws before the stamp move it: the replay that skipped them would be wrong
    other = [n for n in notes if not n.startswith("seal")] + (["seal on page 2"] if seal_first else ["seal on page 1"])
    assert synthetic_scans.stamp_values(doc_id, variant, other, issued) != _printed(doc_id, variant, seal_first, issued)
    assert synthetic_scans.stamp_values(doc_id, variant, ["pages [1] of 1"], issued) is None  # no stamp, nothing to score


def test_a_wrong_read_of_the_stamp_is_a_miss_and_a_render_without_one_is_not_scored() -> None:
    printed = {"number": "1700", "date": "2024-06-07"}
    right = synthetic_scans.received_score(printed, {"text": "ĐẾN Số: 1700 Ngày: 7/6/2024", "number": "1700", "date": "2024-06-07"})
    wrong = synthetic_scans.received_score(printed, {"text": "ĐẾN Số: 1790 Ngày: 1/6/2024", "number": "1790", "date": "2024-06-01"})
    unread = synthetic_scans.received_score(printed, None)  # "ĐẾN Số; 2gz„" found no stamp: nothing read
    assert right == {"number": None, "date": None}
    assert wrong == {"number": ["1700", "1790"], "date": ["2024-06-07", "2024-06-01"]}
    assert unread == {"number": ["1700", None], "date": ["2024-06-07", None]}
    figs = synthetic_scans.received_figures({"002": right, "n018": unread, "n009": {**right, "date": wrong["date"]}, "typed": {}})
    assert figs == {"received.number": pytest.approx(2 / 3, abs=1e-4), "received.date": pytest.approx(1 / 3, abs=1e-4)}


def test_compare_names_the_stamp_fields_gained_and_lost(capsys: pytest.CaptureFixture[str]) -> None:
    def run(missed: dict[str, Any]) -> dict[str, Any]:
        figs = dict.fromkeys((*synthetic_scans.FIGURES, "mean13"), 0.5)
        return {"variants": {"s300": {"figures": figs, "missed": {"n018": {}}, "received_missed": missed,
                                      "received": synthetic_scans.received_figures(missed)}}}

    before = run({"n018": {"number": ["2062", None], "date": None}, "002": {"number": None, "date": None}})
    after = run({"n018": {"number": None, "date": None}, "002": {"number": ["1700", "1790"], "date": None}})
    synthetic_scans.print_compare(before, after)
    out = capsys.readouterr().out
    assert "s300   mean13 0.500 -> 0.500  0+/0-" in out  # the 13 as before: the stamp is out of them
    assert "received.number 0.500 -> 0.500  received.date 1.000 -> 1.000  1+/1-" in out
    assert "+ n018.received.number" in out and "- 002.received.number" in out
    # a report saved before the stamp was scored: no stamp line
    synthetic_scans.print_compare({"variants": {"s300": {k: v for k, v in before["variants"]["s300"].items() if not k.startswith("received")}}}, after)
    assert "received." not in capsys.readouterr().out


def test_seal_draws_is_what_the_seal_takes_from_the_generator() -> None:
    # the stamp's number is drawn by rejection from 32-bit words, so a replay one draw off can still give the
    # same number (n009 on s200 with 12 or 13): the generator's state after the seal is compared instead
    drawn, replayed = random.Random(7), random.Random(7)
    synthetic_scans.seal_and_signature(synthetic_scans.Image.new("RGB", (300, 420), (255, 255, 255)), 36,
                                       (150.0, 300.0, 250.0, 314.0), (150.0, 250.0, 250.0, 264.0), "", drawn)
    for _ in range(synthetic_scans.SEAL_DRAWS):
        replayed.random()
    assert drawn.getstate() == replayed.getstate()
    # n026 on s300 (seal on page 1): its render reads "ĐẾN Số:1547 Ngày: 1/8/2028"
    assert synthetic_scans.stamp_values("n026", "s300", ["seal on page 1", "received stamp"], "2025-07-31") == {
        "number": "1547", "date": "2025-08-01"}


# PORTAL_VARIANT b200: the Government portal's black received stamp on a 1-bit 200 dpi page (issue 13, session 23)


def test_b200_is_a_variant_of_its_own_and_the_others_keep_their_resolution() -> None:
    assert "b200" in synthetic_scans.VARIANTS and synthetic_scans.VARIANT_DPI["b200"] == 200
    assert synthetic_scans.PORTAL_VARIANTS == ("b200",)
    # the colour variants' renders and cache keys are untouched: no other variant is a portal one
    assert {v: synthetic_scans.VARIANT_DPI[v] for v in ("s200", "s250", "s300", "phone")} == {
        "s200": 200, "s250": 250, "s300": 300, "phone": 300}


def test_bilevel_saves_the_page_one_bit_black_under_the_threshold() -> None:
    page = synthetic_scans.Image.new("RGB", (4, 1), (255, 255, 255))
    for x, colour in enumerate(((0, 0, 0), (205, 35, 45), (170, 170, 170), (140, 140, 140))):
        page.putpixel((x, 0), colour)
    out = synthetic_scans.bilevel(page)
    assert out.mode == "1"
    # black print and the red seal (grey 87) black; a light grey (170) paper; 140 under the threshold black
    assert [out.getpixel((x, 0)) for x in range(4)] == [0, 0, 255, 0]


def _portal(spot_seed: int, words: list[Box], doc_type: str = "Công văn") -> tuple[Any, str]:
    page = synthetic_scans.Image.new("RGB", (1654, 2339), (255, 255, 255))
    return synthetic_scans.portal_stamp(page, 200, words, random.Random(spot_seed), N013_SUBJECT, doc_type, "2025-10-09")


def test_the_portal_stamp_is_black_ruled_seeded_and_dated_after_the_document() -> None:
    img, note = _portal(3, N013)
    again, note2 = _portal(3, N013)
    assert note == note2 and img.tobytes() == again.tobytes()  # seeded: the same render twice
    arr = synthetic_scans.np.asarray(img)
    ink = arr[arr.min(axis=2) < 128]
    assert len(ink) > 2000 and (ink.max(axis=1) - ink.min(axis=1)).max() < 40  # black, no colour
    assert note.startswith("portal stamp (") and "Giờ " in note
    day = note.split("Ngày ")[1].split(",")[0]
    d, m, y = (int(v) for v in day.split("/"))
    assert 1 <= (synthetic_scans.dt.date(y, m, d) - synthetic_scans.dt.date(2025, 10, 9)).days <= 10
    # the stamp's fields are not scored: no received number or day is drawn from a portal render
    assert synthetic_scans.stamp_values("n013", "b200", ["pages [1] of 1", note], "2025-10-09") is None


@pytest.mark.parametrize("spot", ["beside_title", "right_of_title", "number_line", "under_number"])
def test_the_portal_stamp_sits_where_the_real_ones_do(spot: str) -> None:
    # n013's header (dev): number line at 122, "Công văn" (the subject's second line) at 157 in the header
    x, y = synthetic_scans.portal_spot(N013, (595.0, 842.0), spot, N013_SUBJECT, "Công văn", random.Random(1))
    w, h = synthetic_scans.PORTAL_PT
    assert 20.0 <= x <= 595.0 - w - 15.0
    title = synthetic_scans.find_top_run(N013, "Công văn")  # the header's (157), not the body's
    assert title is not None and title[1] == 157
    if spot == "beside_title":  # left of the type's name (no room left of n013's: at the margin), level with it or a line lower (c139, c158)
        assert x == 20.0 and 157 - 0.3 * h <= y <= 157 + h
    elif spot == "right_of_title":  # right of it, its foot on the line's end (c159)
        assert x >= title[2] + 40 and 171 - 0.6 * h <= y <= 171
    elif spot == "number_line":  # right, over the number and date line (c143, c146)
        assert x >= 595.0 - w - 15.0 - 40.0 and 122 - 0.2 * h <= y <= 122 + 0.8 * h
    else:  # in the left column under the number line, over the subject's lines (c137, c140)
        assert 136 + 4 <= y <= 136 + 30
    # a page without the type's name nor a number line: the header's first blank of its left
    assert synthetic_scans.portal_spot([], (595.0, 842.0), spot, None, None, random.Random(1))[0] == 45.0
