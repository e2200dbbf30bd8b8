"""Rules of issue 11's session 43, each pinned on our own sentences written in the forms the probe pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

import datetime as dt

from directive_parser import parse_text
from directive_parser.dates import find_time_phrases

DOC_DATE = dt.date(2026, 3, 2)


def _phrases(text: str) -> list[tuple[str, dt.date | None, str | None]]:
    return [(p.text, p.date, p.when.recurrence) for p in find_time_phrases(text, doc_date=DOC_DATE)]


# --- STANDING_WITH_A_RECURRENCE (extractors/deadlines._ongoing_only) ----------------------------------------------------

# A task table copied one cell per line, in the form of a national plan's appendix.
TABLE = """KẾ HOẠCH
Phòng, chống thiên tai năm 2026

III. NHIỆM VỤ CỤ THỂ

TT
Nội dung, nhiệm vụ
Cơ quan chủ trì
Thời gian
1
Tập huấn, tuyên truyền, phổ biến pháp luật về phòng, chống thiên tai.
Sở Nông nghiệp và Môi trường
Thường xuyên, hằng năm
2
Kiểm tra công tác chuẩn bị ứng phó thiên tai tại các xã.
Ủy ban nhân dân các xã
Thường xuyên trong năm
3
Tổng kết công tác phòng, chống thiên tai.
Sở Nông nghiệp và Môi trường
Tháng 12/2026
"""


def test_a_standing_time_with_a_recurrence_is_a_deadline() -> None:
    # before: row 1 had its due but no deadline ("thường xuyên" opened the cell)
    assert [(d.text, d.responsible) for d in parse_text(TABLE).deadlines] == [
        ("Thường xuyên, hằng năm", "Sở Nông nghiệp và Môi trường"),
        ("Tháng 12/2026", "Sở Nông nghiệp và Môi trường"),
    ]


def test_a_standing_time_over_a_span_stays_no_deadline() -> None:
    # README T2: "Thường xuyên trong năm" fixes no calendar time; the row is still an obligation with its due
    record = parse_text(TABLE)
    assert "Thường xuyên trong năm" not in [d.text for d in record.deadlines]
    assert ("Thường xuyên trong năm", "Kiểm tra công tác chuẩn bị ứng phó thiên tai tại các xã") in [(o.due, o.action) for o in record.obligations]


# --- RECURRENCE_THEN_ITS_DAY (dates._recurring_after) -------------------------------------------------------------------


def test_a_recurrences_day_in_a_parenthesis_is_the_recurrences() -> None:
    # before: "định kỳ hàng năm" and a one-off 10/12/2026
    assert _phrases("Các sở, ngành định kỳ hàng năm (trước ngày 10/12) báo cáo Ủy ban nhân dân tỉnh về kết quả thực hiện.") == [
        ("định kỳ hàng năm (trước ngày 10/12)", None, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10")
    ]


def test_the_ad_hoc_tail_goes_on_after_the_parenthesis() -> None:
    text = "- Các sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh về tình hình thực hiện Kế hoạch."
    assert [(d.text, d.date) for d in parse_text(text).deadlines] == [("định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất", None)]


def test_a_day_with_its_year_in_the_parenthesis_stays_a_day() -> None:
    assert _phrases("Báo cáo hằng năm (trước ngày 10/12/2026) về Sở Nội vụ.") == [
        ("hằng năm", None, "FREQ=YEARLY"),
        ("trước ngày 10/12/2026", dt.date(2026, 12, 10), None),
    ]


# --- EVENT_END_POINT (dates._EVENT; extractors/deadlines) ---------------------------------------------------------------


def test_the_end_of_an_event_is_a_time_point() -> None:
    # before: no time; the point stayed in the action
    text = "6. Trưởng đoàn báo cáo kết quả kiểm tra cho Giám đốc Sở sau khi kết thúc đợt kiểm tra."
    assert [(d.text, d.date) for d in parse_text(text).deadlines] == [("sau khi kết thúc đợt kiểm tra", None)]


def test_a_bare_after_clause_is_no_time_point() -> None:
    # n007's and n064's form: "sau khi <verb>" qualifies a thing
    assert _phrases("Hỗ trợ người nghiện ma túy học nghề, tạo việc làm sau khi hoàn thành cai nghiện.") == []
    assert _phrases("Giám sát việc thực hiện các quy định, thủ tục hành chính sau khi được ban hành.") == []


def test_an_offset_after_an_events_end_stays_one_offset() -> None:
    assert [p for p, _, _ in _phrases("Gửi báo cáo trong vòng 07 ngày sau khi kết thúc hội nghị.")] == ["trong vòng 07 ngày sau khi kết thúc hội nghị"]
