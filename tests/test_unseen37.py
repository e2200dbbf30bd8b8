"""Rules of issue 11's session 37, each pinned on our own sentences written in the forms an unseen plan printed (its
text is a third-party page and stays out of the repository), with their counter-examples: EVENT_DAY_NAMED (dates)."""

from __future__ import annotations

import pytest

from directive_parser import parse_text
from directive_parser.dates import date_words, find_time_phrases

HEAD = (
    "ỦY BAN NHÂN DÂN XÃ PHÚ AN\nSố: 45/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú An, ngày 05 tháng 12 năm 2025\n\n"
    "KẾ HOẠCH\nTuyên truyền cuộc bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp\n\n"
    "Thực hiện Kế hoạch của Ủy ban bầu cử tỉnh, Ủy ban nhân dân xã xây dựng Kế hoạch tuyên truyền như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n- Tuyên truyền sâu rộng để cử tri hiểu rõ quyền, nghĩa vụ của mình.\n\n"
    "II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN\n\n1. Nội dung tuyên truyền theo thời gian\n\n"
)
TAIL = (
    "\nIII. TỔ CHỨC THỰC HIỆN\n\nCác ban, ngành, đoàn thể xã căn cứ Kế hoạch này triển khai thực hiện.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
)


@pytest.mark.parametrize(("sentence", "phrase"), [tuple(e) for e in date_words().event_days.examples])
def test_event_day_named_examples(sentence: str, phrase: str) -> None:
    # EVENT_DAY_NAMED: the event's name between "ngày" and the figures is part of the one phrase
    assert [p.text for p in find_time_phrases(sentence)] == [phrase]


@pytest.mark.parametrize("sentence", date_words().event_days.counter_examples)
def test_event_day_named_counter_examples(sentence: str) -> None:
    # no phrase takes the name: no year after it, a name not listed, or the name before "là ngày …"
    assert not any(name in p.text for p in find_time_phrases(sentence) for name in date_words().event_days.names)


def test_phase_ending_on_the_named_day_times_its_items() -> None:
    # an election plan's phase heading (the unseen plan's form): its items are due on the election day, one period
    body = (
        "1.1. Đợt 1: Trong tháng 12/2025\n\n- Tuyên truyền Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử.\n\n"
        "1.2. Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026\n\n"
        "- Tập trung tuyên truyền đậm nét về cuộc bầu cử và quyền, nghĩa vụ của công dân đi bầu cử.\n\n"
    )
    record = parse_text(HEAD + body + TAIL)
    item = next(d for d in record.deadlines if d.action.startswith("Tập trung tuyên truyền"))
    assert item.text == "Từ tháng 01 đến ngày bầu cử 15/3/2026" and str(item.date) == "2026-03-15"
