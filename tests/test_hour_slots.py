"""Hour slots under their day (issue 11, session 28, i28-dues): a programme or a leaders' week schedule prints a day
once — a line of its own, or an event's "Thời gian:" field — and under it the hour of each step; the hour dates its
step (HOUR_SLOT_UNDER_ITS_DAY in extractors/deadlines.py, data/dates.toml [hour_slots]). The probe's texts are
third-party: these tests use our own sentences in the probe's forms (pi01, a district's week schedule; pf05, an
opening ceremony's programme); the dev corpus prints no hour slot (its clocks carry their day: n020, n021)."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_parser import parse_file, parse_text
from directive_parser.dates import date_words
from directive_parser.extractors.deadlines import day_line, hour_slot

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

_WORDS = date_words().hour_slots

# probe pi01's form (our words): day lines over the leaders' slots, one line holding two
WEEK = (
    "THỨ NĂM, NGÀY 14/9/2023\n"
    "Chủ tịch: 8 giờ, làm việc với phòng Nông nghiệp về kế hoạch phòng chống lụt bão, điểm tại phòng họp số 1.\n"
    "THỨ SÁU, NGÀY 15/9/2023\n"
    "- Phó Chủ tịch Trần Văn Bình: 7 giờ 30 phút, kiểm tra tiến độ xây dựng trường tiểu học xã Tân Hòa (Phòng Giáo dục"
    " chuẩn bị báo cáo), mời đại diện lãnh đạo: Phòng Tài chính, UBND xã Tân Hòa, điểm tại UBND xã Tân Hòa. 14 giờ,"
    " dự hội nghị sơ kết công tác dân số 9 tháng đầu năm, điểm tại Hội trường huyện (cả ngày).\n"
)

# probe pf05's form (our words): an event's time field, then the programme's slots, one wrapped, one closing its item
PROGRAMME = (
    "TRƯỜNG TIỂU HỌC AN PHÚ\n"
    "Số: 15/KH-THAP\n"
    "An Phú, ngày 20 tháng 10 năm 2023\n"
    "KẾ HOẠCH\n"
    "Tổ chức hội thi văn nghệ chào mừng ngày Nhà giáo Việt Nam\n"
    "Nhà trường xây dựng kế hoạch tổ chức hội thi như sau:\n"
    "1. Thời gian: Từ 8h00’ đến 10h00’ ngày 18/11/2023 (sáng thứ Bảy)\n"
    "2. Địa điểm: Sân trường.\n"
    "3. Nội dung:\n"
    "- Đón đại biểu, ổn định chỗ ngồi cho học sinh từ 7h45’ – 8h00’ (Đ/c Lan.)\n"
    "- Từ 8h00’ - 8h15’: Khai mạc hội thi, giới thiệu đại biểu và\n"
    "ban giám khảo (Đ/c Minh).\n"
    "- Từ 8h15’ - 9h45’: Các lớp trình diễn tiết mục văn nghệ (Đ/c Hoa)\n"
)


def _slots(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(str(d.date), d.text, d.responsible, d.action) for d in parse_text(text).deadlines}


@pytest.mark.parametrize(("line", "slot"), [(e, True) for e in _WORDS.examples] + [(c, False) for c in _WORDS.counter_examples])
def test_hour_slot_words_both_ways(line: str, slot: bool) -> None:
    # data/dates.toml [hour_slots]: the examples hold a slot, the counter-examples do not (a clock with its own day, a
    # count of hours, a label's time)
    assert hour_slot(line) is slot


@pytest.mark.parametrize(("line", "day"), [(e, True) for e in _WORDS.day_examples] + [(c, False) for c in _WORDS.day_counter_examples])
def test_day_line_both_ways(line: str, day: bool) -> None:
    # DAY_LINE: a weekday and a full date alone on a line; not a place-and-date line, a sentence, a day without its year
    assert day_line(line) is day


def test_hour_slot_under_its_day_dates_each_step() -> None:
    # HOUR_SLOT_UNDER_ITS_DAY (probe pi01's form): was nothing (a time of day alone sets no day)
    assert _slots(WEEK) == {
        ("2023-09-14", "8 giờ", "Chủ tịch", "làm việc với phòng Nông nghiệp về kế hoạch phòng chống lụt bão"),
        ("2023-09-15", "7 giờ 30 phút", "Phó Chủ tịch Trần Văn Bình", "kiểm tra tiến độ xây dựng trường tiểu học xã Tân Hòa"),
        ("2023-09-15", "14 giờ", "Phó Chủ tịch Trần Văn Bình", "dự hội nghị sơ kết công tác dân số 9 tháng đầu năm"),
    }
    assert {d.when.time for d in parse_text(WEEK).deadlines if d.when} == {"08:00", "07:30", "14:00"}


def test_hour_slot_under_an_event_field_replaces_the_fields_entry() -> None:
    # probe pf05's form: the field's day is divided into slots; the slots are the entries, the lead-in is none
    assert _slots(PROGRAMME) == {
        ("2023-11-18", "từ 7h45’ – 8h00’", "Đ/c Lan", "Đón đại biểu, ổn định chỗ ngồi cho học sinh"),
        ("2023-11-18", "Từ 8h00’ - 8h15’", "Đ/c Minh", "Khai mạc hội thi, giới thiệu đại biểu và ban giám khảo"),
        ("2023-11-18", "Từ 8h15’ - 9h45’", "Đ/c Hoa", "Các lớp trình diễn tiết mục văn nghệ"),
    }


def test_hour_slot_under_the_other_day_lines() -> None:
    # DAY_LINE's other prints of the weekday and the day ("THỨ HAI (18/9/2023)", "Ngày 19/9/2023 (Thứ Ba)"), and a day
    # part's label before the hour ("Sáng:"), which names no one
    week = (
        "THỨ HAI (18/9/2023)\n"
        "Sáng: 8 giờ, họp giao ban tuần với các phòng chuyên môn.\n"
        "Ngày 19/9/2023 (Thứ Ba)\n"
        "- Chủ tịch: 14 giờ, tiếp công dân định kỳ, điểm tại Trụ sở tiếp công dân huyện.\n"
    )
    assert _slots(week) == {
        ("2023-09-18", "8 giờ", None, "họp giao ban tuần với các phòng chuyên môn"),
        ("2023-09-19", "14 giờ", "Chủ tịch", "tiếp công dân định kỳ"),
    }


def test_hour_slot_needs_its_day_above() -> None:
    # counter-example: the same slots with no day line above them date nothing (a time of day alone sets no day)
    undated = WEEK.replace("THỨ NĂM, NGÀY 14/9/2023\n", "").replace("THỨ SÁU, NGÀY 15/9/2023\n", "")
    assert parse_text(undated).deadlines == []


def test_hour_slot_leaves_a_clock_with_its_own_day() -> None:
    # counter-example (dev n020): "I. Thời gian: 14 giờ 30 phút, ngày 12 tháng 01 năm 2026 (Thứ Hai)." carries its day;
    # the grammar reads it and no slot is made from it
    record = parse_file(CORPUS / "n020.txt")
    assert not any(d.text in ("14 giờ 30 phút", "14 giờ") for d in record.deadlines)
