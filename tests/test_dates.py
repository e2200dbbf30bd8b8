"""Table tests of the Vietnamese time-phrase grammar (dates.py), with real phrases from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from directive_parser.dates import add_working_days, find_time_phrases, parse_date_phrase, resolve_relative
from directive_parser.normalize import fold
from directive_parser.record import TimeExpression

D = dt.date

# (sentence as printed, document date, expected phrase text, expected date, expected kind)
DATED = [
    # 000: the founding example, slash date with "trước ngày"
    ("gửi Báo cáo kết quả về Ban Dân vận Thành ủy trước ngày 15/7/2023.", D(2023, 7, 7), "trước ngày 15/7/2023", D(2023, 7, 15), "date"),
    # 002: "chậm nhất ngày", zero-padded month
    ("gửi về Thường trực Huyện ủy chậm nhất ngày 27/02/2024.", D(2024, 2, 20), "chậm nhất ngày 27/02/2024", D(2024, 2, 27), "date"),
    # 003: "xong trước ngày"
    ("Rà soát, có biện pháp thực hiện hoàn chỉnh xong trước ngày 29/9/2022.", D(2022, 9, 12), "xong trước ngày 29/9/2022", D(2022, 9, 29), "date"),
    # c143: a date in words
    ("báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2024", D(2024, 11, 5), "trước ngày 30 tháng 11 năm 2024", D(2024, 11, 30), "date"),
    # FORMAT.md c.2.7: Party citations use hyphen dates
    ("ngày 01-10-1997", D(2023, 1, 1), "ngày 01-10-1997", D(1997, 10, 1), "date"),
    # dot date; "hoàn thành" belongs to the phrase (c148 gold)
    ("hoàn thành trước ngày 15.7.2023", D(2023, 7, 1), "trước ngày 15.7.2023", D(2023, 7, 15), "date"),  # T9
    # c116: year-less date takes the document's year
    ("gửi báo cáo kết quả thực hiện về Ban Đoàn kết tập hợp thanh niên trước ngày 10/12.", D(2022, 10, 4), "trước ngày 10/12", D(2022, 12, 10), "date"),
    # c118: year-less date before the document's date rolls to the next year
    ("báo cáo danh mục mô hình về Trung ương Đoàn trước ngày 31/01", D(2023, 3, 20), "trước ngày 31/01", D(2024, 1, 31), "date"),
    # c109: a day-range period is due on its last day
    ("diễn ra trong 02 ngày, từ ngày 12-13/5/2023 (Thứ Sáu, Thứ bảy)", D(2023, 4, 20), "từ ngày 12-13/5/2023", D(2023, 5, 13), "period"),
    # c117: "Từ ngày 16 - 22/5/2021"
    ("Từ ngày 16 - 22/5/2021: Mở diễn đàn online", D(2021, 4, 20), "Từ ngày 16 - 22/5/2021", D(2021, 5, 22), "period"),
    # c125: "từ ngày 25/9 đến hết ngày 15/10/2022", first date takes the second's year
    ("đăng tải và tổ chức bình chọn từ ngày 25/9 đến hết ngày 15/10/2022.", D(2022, 9, 1), "từ ngày 25/9 đến hết ngày 15/10/2022", D(2022, 10, 15), "period"),
    # c111: a month start to a day
    ("Từ tháng 7/2023 đến ngày 31/12/2023: 12 đơn vị", D(2023, 7, 1), "Từ tháng 7/2023 đến ngày 31/12/2023", D(2023, 12, 31), "period"),
    # c114: a period broken across a blank line (PDF copy)
    ("phân loại bài dự thi: 06/11/2022  đến\n\n09/11/2022.", D(2022, 10, 10), "06/11/2022 đến 09/11/2022", D(2022, 11, 9), "period"),
    # 000: a phrase broken across a line
    ("gửi Báo cáo kết quả trước ngày\n30/7/2023.", D(2023, 7, 7), "trước ngày 30/7/2023", D(2023, 7, 30), "date"),
    # DAY_WORD_DROPPED: c114's "Từ ngày 15/10/2022 đến 05/11/2022" printed in words, the second day without its "ngày"
    ("Thời hạn tiếp nhận bài dự thi: Từ ngày 15 tháng 10 năm 2022 đến 05 tháng 11 năm 2022.", D(2022, 10, 10),
     "Từ ngày 15 tháng 10 năm 2022 đến 05 tháng 11 năm 2022", D(2022, 11, 5), "period"),
    # DAY_RANGE_IN_WORDS: c117's "Từ ngày 16 - 22/5/2021" and c109's "từ ngày 12-13/5/2023" printed in words
    ("Từ ngày 16 - 22 tháng 5 năm 2021: Mở diễn đàn online", D(2021, 4, 20), "Từ ngày 16 - 22 tháng 5 năm 2021", D(2021, 5, 22), "period"),
    ("diễn ra trong 02 ngày, từ ngày 12-13 tháng 5 năm 2023 (Thứ Sáu, Thứ bảy)", D(2023, 4, 20), "từ ngày 12-13 tháng 5 năm 2023", D(2023, 5, 13), "period"),
    # DAY_WORD_DROPPED: c114's "06/11/2022 đến 09/11/2022" in words, neither day with its "ngày"
    ("phân loại bài dự thi: 06 tháng 11 năm 2022 đến 09 tháng 11 năm 2022.", D(2022, 10, 10),
     "06 tháng 11 năm 2022 đến 09 tháng 11 năm 2022", D(2022, 11, 9), "period"),
    # DAY_LIST (i17-lang's audit; no dev text prints one): days sharing the last one's month and year, due on the last
    ("Đề nghị các xã gửi hồ sơ về Sở Nội vụ trong các ngày 14, 15 và 16/7/2023.", D(2023, 7, 1), "trong các ngày 14, 15 và 16/7/2023", D(2023, 7, 16), "period"),
    ("tổ chức tập huấn vào ngày 14 và 15/7/2023", D(2023, 7, 1), "vào ngày 14 và 15/7/2023", D(2023, 7, 15), "period"),
    # YEAR_IN_WORDS_AFTER_FIGURES (session 31, an unseen letter's form): the year in words after a day and month in figures
    ("Thời gian triển khai tuyên truyền từ 20/4 đến 7/5 năm 2025.", D(2025, 4, 10), "từ 20/4 đến 7/5 năm 2025", D(2025, 5, 7), "period"),
    ("báo cáo trước ngày 15/7 năm 2025", D(2025, 4, 10), "trước ngày 15/7 năm 2025", D(2025, 7, 15), "date"),
    # DAY_LIST in words (session 31, an unseen letter's form): the last day's month and year printed in words
    ("Ngày 13 và 14 tháng 4 năm 2017, một số báo chí phản ánh", D(2017, 4, 14), "Ngày 13 và 14 tháng 4 năm 2017", D(2017, 4, 14), "period"),
    ("tổ chức hội thi trong các ngày 20, 21 tháng 5 năm 2026", D(2026, 4, 1), "trong các ngày 20, 21 tháng 5 năm 2026", D(2026, 5, 21), "period"),
    # DATE_PAIR (session 18; no dev text prints one): two full days joined by "và", a period due on the last; c109's
    # "diễn ra trong 02 ngày, từ ngày 12-13/5/2023" printed with both days whole, in figures and in words
    ("diễn ra trong 02 ngày, trong ngày 12/5/2023 và ngày 13/5/2023 (Thứ Sáu, Thứ bảy)", D(2023, 4, 20),
     "trong ngày 12/5/2023 và ngày 13/5/2023", D(2023, 5, 13), "period"),
    ("tham dự vào ngày 12 tháng 5 năm 2023 và ngày 13 tháng 5 năm 2023", D(2023, 4, 20),
     "vào ngày 12 tháng 5 năm 2023 và ngày 13 tháng 5 năm 2023", D(2023, 5, 13), "period"),
]


@pytest.mark.parametrize("sentence,doc_date,text,date,kind", DATED)
def test_dated_phrases(sentence: str, doc_date: dt.date, text: str, date: dt.date, kind: str) -> None:
    p = parse_date_phrase(sentence, doc_date)
    assert p is not None
    assert (p.text, p.date, p.when.kind) == (text, date, kind)


# (phrase, document date, expected date (None), expected TimeExpression fields)
UNDATED = [
    # c143: a month: date null, the period kept
    ("trong tháng 11 năm 2024", D(2024, 11, 5), {"kind": "period", "period_start": D(2024, 11, 1), "period_end": D(2024, 11, 30)}),
    # issue 3: "trong tháng 9/2024"
    ("trong tháng 9/2024", D(2024, 8, 1), {"kind": "period", "period_start": D(2024, 9, 1), "period_end": D(2024, 9, 30)}),
    # c113: a quarter in Roman numerals
    ("Tham gia Ban soạn thảo trong Quý I năm 2025", D(2024, 12, 1), {"kind": "period", "period_start": D(2025, 1, 1), "period_end": D(2025, 3, 31)}),
    # 002: vague
    ("Cuối năm, tổ chức đánh giá, công nhận", D(2024, 2, 20), {"kind": "vague"}),
    # issue 3: a monthly day
    ("báo cáo trước ngày 20 hằng tháng", D(2024, 1, 1), {"kind": "recurrence", "recurrence": "FREQ=MONTHLY;BYMONTHDAY=20", "inclusive": False}),
    # w014: "định kỳ 6 tháng"
    ("Kiểm tra, giám sát định kỳ 6 tháng, hằng năm", D(2022, 1, 1), {"kind": "recurrence", "recurrence": "FREQ=MONTHLY;INTERVAL=6"}),
    # c111: weekly
    ("Định kỳ hàng tuần, Ban Tổ chức tham mưu báo cáo", D(2023, 7, 1), {"kind": "recurrence", "recurrence": "FREQ=WEEKLY"}),
    # issue 3: an offset from the day received, in working days
    ("trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản", D(2024, 1, 1), {"kind": "offset", "offset_days": 5, "working_days": True, "anchor": "received"}),
]


@pytest.mark.parametrize("phrase,doc_date,fields", UNDATED)
def test_undated_phrases_keep_date_null(phrase: str, doc_date: dt.date, fields: dict) -> None:
    p = parse_date_phrase(phrase, doc_date)
    assert p is not None and p.date is None
    for key, value in fields.items():
        assert getattr(p.when, key) == value, key


# Cue words decide inclusivity; the time of day is kept.
@pytest.mark.parametrize(
    "phrase,inclusive,time",
    [
        ("chậm nhất ngày 27/02/2024", True, None),  # 002: "chậm nhất" includes the day
        ("trước ngày 15/7/2023", False, None),  # 000: "trước" excludes it
        ("trước 16 giờ 00 ngày 20/7/2023", False, "16:00"),  # issue 3: time of day
        ("chậm nhất trước ngày 30/7/2023", False, None),  # c111: "trước" wins
    ],
)
def test_inclusive_and_time(phrase: str, inclusive: bool, time: str | None) -> None:
    p = parse_date_phrase(phrase, D(2023, 7, 1))
    assert p is not None and p.when.inclusive is inclusive and p.when.time == time


# Numbers that are not dates (dateparser's failures in FORMAT.md).
@pytest.mark.parametrize(
    "text",
    [
        "giới thiệu từ 4-5 mô hình",  # a range of counts
        "nguồn 3,25 triệu m3 còn thiếu",  # a decimal
        "6 tháng đầu năm",  # a duration
        "tỷ lệ 8/10 đơn vị",  # a fraction without a cue
    ],
)
def test_not_dates(text: str) -> None:
    assert [p.date for p in find_time_phrases(text, doc_date=D(2023, 7, 7)) if p.date] == []


@pytest.mark.parametrize(
    "text,date",
    [
        # c140's PDF text: the page number "5" stands between "ngày 01" and "tháng 6 năm 2025"; it is no day
        ("gửi báo cáo cho Ngân hàng Nhà nước Việt Nam trước ngày 01\n\x0c5\n\ntháng 6 năm 2025 để tổng hợp", None),
        # n057's scan: a damaged header date ("ngày⁄{5"): the "5" after a mark is no day
        ("Quảng Ngãi, ngày⁄{5 tháng 01 năm 2025", None),
    ],
)
def test_a_day_word_is_dropped_only_before_a_whole_date_on_one_line(text: str, date: dt.date | None) -> None:
    # DAY_WORD_DROPPED's counter-examples: the month is read, no day
    assert [p.date for p in find_time_phrases(text, doc_date=D(2025, 1, 1))] == [date]


def test_year_less_date_without_document_date_is_null() -> None:
    p = parse_date_phrase("trước ngày 25/11")
    assert p is not None and p.date is None


def test_working_days_skip_tet() -> None:
    # Received Wednesday 7/2/2024; Tết Giáp Thìn closes offices 8-14/2/2024: the 5th working
    # day is Wednesday 21/2/2024 (15, 16, 19, 20, 21).
    assert add_working_days(D(2024, 2, 7), 5) == D(2024, 2, 21)
    when = TimeExpression(kind="offset", offset_days=5, working_days=True, anchor="received")
    assert resolve_relative(when, D(2024, 2, 7)) == D(2024, 2, 21)


def test_calendar_days_and_recurrence() -> None:
    assert resolve_relative(TimeExpression(kind="offset", offset_days=10, working_days=False), D(2024, 2, 7)) == D(2024, 2, 17)
    monthly = TimeExpression(kind="recurrence", recurrence="FREQ=MONTHLY;BYMONTHDAY=20")
    assert resolve_relative(monthly, D(2024, 2, 21)) == D(2024, 3, 20)
    with pytest.raises(ValueError):
        resolve_relative(TimeExpression(kind="vague"), D(2024, 2, 7))


# --- data/dates.toml, both ways ----------------------------------------------------------------

from directive_parser.dates import _inclusive, date_words, repair_ocr  # noqa: E402

_WORDS = date_words()
_CUE_ENTRIES = [*_WORDS.single_cues, _WORDS.period, _WORDS.month_cues, _WORDS.recurrence, _WORDS.offset, _WORDS.vague, _WORDS.years, _WORDS.events, _WORDS.clock]


@pytest.mark.parametrize("example", [e for entry in _CUE_ENTRIES for e in entry.examples])
def test_cue_examples_are_one_cued_phrase(example: str) -> None:
    # the phrase spans the whole example; its text leaves out a completion verb before the cue (T9)
    phrase = parse_date_phrase(example)
    assert phrase is not None and phrase.cued and (phrase.start, phrase.end) == (0, len(example))
    assert example.endswith(phrase.text)


@pytest.mark.parametrize("counter", [c for entry in _CUE_ENTRIES for c in entry.counter_examples])
def test_cue_counter_examples_are_no_cued_phrase(counter: str) -> None:
    assert not any(p.cued for p in find_time_phrases(counter))


@pytest.mark.parametrize(
    ("cue", "included"),
    [(c, True) for c in _WORDS.inclusivity.examples] + [(c, False) for c in _WORDS.inclusivity.counter_examples],
)
def test_inclusivity_examples_both_ways(cue: str, included: bool) -> None:
    assert _inclusive(cue) is included


def test_an_ocr_reading_means_what_its_cue_means() -> None:
    # n046: "#ước ngày 20/12/2025" is Tesseract's "trước ngày 20/12/2025": a limit that excludes its day
    phrase = parse_date_phrase("gửi về Bộ Công an #ước ngày 20/12/2025 để tổng hợp", D(2025, 12, 1))
    assert phrase is not None and phrase.cued
    assert (phrase.text, phrase.date, phrase.when.inclusive) == ("trước ngày 20/12/2025", D(2025, 12, 20), False)
    # c143: "phần đầu hoàn thành" is "phấn đấu hoàn thành", the cue of a quarter
    # (the span starts at the cue's reading; the text is the time alone, T9)
    sentence = "(trong đó có tỉnh Trà Vinh và tỉnh Sóc Trăng), phần đầu hoàn thành trong Quý I năm 2025."
    phrase = parse_date_phrase(sentence)
    assert phrase is not None and phrase.text == "trong Quý I năm 2025"
    assert sentence[phrase.start :].startswith("phần đầu hoàn thành")


@pytest.mark.parametrize(("entry", "example"), [(r, e) for r in _WORDS.ocr for e in r.examples])
def test_ocr_examples_are_repaired(entry, example: str) -> None:
    repaired = repair_ocr(example)
    assert entry.word in repaired and not any(reading in repaired for reading in entry.readings)


@pytest.mark.parametrize("counter", [c for r in _WORDS.ocr for c in r.counter_examples])
def test_ocr_counter_examples_stay_as_printed(counter: str) -> None:
    assert repair_ocr(counter) == counter


_UNIT_ENTRIES = [unit for _, unit in _WORDS.units]


@pytest.mark.parametrize("example", [e for unit in _UNIT_ENTRIES for e in unit.examples])
def test_unit_examples_are_one_phrase(example: str) -> None:
    phrase = parse_date_phrase(example, doc_date=D(2025, 1, 1))
    assert phrase is not None and (phrase.start, phrase.end) == (0, len(example)) and example.endswith(phrase.text)


@pytest.mark.parametrize("counter", [c for unit in _UNIT_ENTRIES for c in unit.counter_examples])
def test_unit_counter_examples_are_no_whole_phrase(counter: str) -> None:
    assert all(p.text != counter for p in find_time_phrases(counter, doc_date=D(2025, 1, 1)))


def test_every_unit_word_has_an_example() -> None:
    for name, unit in _WORDS.units:
        for word in unit.words:
            assert any(regex.search(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", e, regex.I) or regex.search(rf"\d{regex.escape(word)}", e) for e in unit.examples), (name, word)


def test_a_weekday_of_a_weekly_duty() -> None:
    # n006: "trước 11h00’ ngày thứ 5 hằng tuần" is Thursday every week
    phrase = parse_date_phrase("gửi báo cáo về UBND tỉnh trước 11h00’ ngày thứ 5 hằng tuần để tổng hợp")
    assert phrase is not None and phrase.when.recurrence == "FREQ=WEEKLY;BYDAY=TH"


@pytest.mark.parametrize("example", _WORDS.ocr_digits.examples + [e for d in _WORDS.ocr_digits.also for e in d.examples])
def test_a_letter_ocr_reads_for_a_digit_is_that_digit(example: str) -> None:
    # c158 "trước ngày I5 tháng 4 năm 2025" and "trước ngày 1Š tháng 4 năm 2025" (OCR_DIGIT_FIVE), c143
    # "trong tháng l1 năm 2024": the phrase, repaired
    phrase = parse_date_phrase(example, D(2024, 11, 1))
    assert phrase is not None and phrase.cued
    assert phrase.text == example.replace("I5", "15").replace("l1", "11").replace("1Š", "15").replace("0]", "01")


def test_ocr_digit_five_gives_the_day() -> None:
    # c158 2.: "… quy định pháp luật hiện hành; hoàn thành trước ngày 1Š tháng 4 năm 2025." → 15 April
    phrase = parse_date_phrase("quy định pháp luật hiện hành; hoàn thành trước ngày 1Š tháng 4 năm 2025.", D(2025, 4, 10))
    assert phrase is not None and phrase.date == D(2025, 4, 15) and phrase.text == "trước ngày 15 tháng 4 năm 2025"


def test_ocr_digit_one_bracket_gives_the_day() -> None:
    # OCR_DIGIT_ONE_BRACKET, c140's scan: "… Việt Nam trước ngày 0]" / "tháng 6 năm 2025 để tổng hợp" → 1 June
    phrase = parse_date_phrase("gửi báo cáo cho Ngân hàng Nhà nước Việt Nam trước ngày 0]\n\ntháng 6 năm 2025 để tổng hợp", D(2025, 4, 1))
    assert phrase is not None and phrase.date == D(2025, 6, 1) and phrase.cued


def test_speck_after_digit_is_read_as_a_space() -> None:
    # c148 4.: "… chăm sóc sức khỏe; báo cáo kết quả thực hiện trong tháng 5Š năm 2025." — a month "55"
    # does not exist and the frame goes on ("năm 2025"): the "Š" is a speck, the phrase the whole month
    phrase = parse_date_phrase("chăm sóc sức khỏe; báo cáo kết quả thực hiện trong tháng 5Š năm 2025.", D(2025, 4, 1))
    assert phrase is not None and phrase.text == "trong tháng 5 năm 2025"
    # counter-examples: in range, the letter is the digit ("ngày 3I" is the 31st); without the frame it stays
    assert repair_ocr("ngày 3I tháng 5") == "ngày 31 tháng 5"
    assert repair_ocr("tháng 5Š.") == "tháng 5Š."


@pytest.mark.parametrize("example", _WORDS.ocr_quarters.examples)
def test_quarter_roman_ocr_is_the_quarter_printed(example: str) -> None:
    # QUARTER_ROMAN_OCR, c159's scan: "hoàn thành trong Quý H/2025", "hoàn thành trong Quý 11/2025" → the second quarter
    phrase = parse_date_phrase(example, D(2025, 4, 1))
    assert phrase is not None and phrase.when.period_start == D(2025, 4, 1) and phrase.when.period_end == D(2025, 6, 30)
    assert "Quý II" in phrase.text


def test_quarter_roman_ocr_counter_examples() -> None:
    # without the year after it the reading is not made; a real first quarter stays the first
    assert find_time_phrases("Quý H", standing=True) == [] and find_time_phrases("Quý 11", standing=True) == []
    phrase = parse_date_phrase("hoàn thành trong Quý 1/2025")
    assert phrase is not None and phrase.when.period_end == D(2025, 3, 31) and phrase.text == "trong Quý 1/2025"


def test_quarter_numeral_whole() -> None:
    # QUARTER_NUMERAL_WHOLE, n012's render (s300, s200): "… hoàn thành phê duyệt quy hoạch trong Quý I1/2026." is the
    # second quarter as printed ("Quý II/2026"), never the first ("trong Quý I", the value read before)
    phrase = parse_date_phrase("hiện nhiệm vụ, hoàn thành phê duyệt quy hoạch trong Quý I1/2026.", D(2026, 4, 22))
    assert phrase is not None and phrase.text == "trong Quý II/2026" and phrase.when.period_start == D(2026, 4, 1)
    phrase = parse_date_phrase("trong Quý IIl/2026", D(2026, 4, 22))
    assert phrase is not None and phrase.when.period_start == D(2026, 7, 1)
    # counter-examples: a whole "I" before "/", a space or a comma is the first quarter
    for text in ("trong Quý I/2026", "trong Quý I năm 2026", "trong Quý I, Quý II năm 2026"):
        phrase = parse_date_phrase(text, D(2026, 4, 22))
        assert phrase is not None and phrase.when.period_end == D(2026, 3, 31), text


def test_stray_dot_after_cue_is_a_speck() -> None:
    # STRAY_DOT_AFTER_CUE, c159 3 a) (text copy and scan): "… công nghiệp chiến lược, hoàn thành trong. tháng 5/2025;"
    phrase = parse_date_phrase("phát triển công nghệ và công nghiệp chiến lược, hoàn thành trong. tháng 5/2025;")
    assert phrase is not None and phrase.text == "trong tháng 5/2025" and phrase.cued
    # counter-example: a capital after the stop is a new sentence; the cue of the sentence before is no cue
    phrase = parse_date_phrase("kết quả trong năm. Tháng 5/2025 tới")
    assert phrase is not None and phrase.text == "Tháng 5/2025" and not phrase.cued


@pytest.mark.parametrize("counter", _WORDS.ocr_digits.counter_examples + [c for d in _WORDS.ocr_digits.also for c in d.counter_examples])
def test_a_letter_away_from_a_date_stays_a_letter(counter: str) -> None:
    assert find_time_phrases(counter, standing=True) == []


@pytest.mark.parametrize(
    "sentence,text",
    [
        # n009 4 c): the verb before the time is no part of it (annotations/README.md T9)
        ("các hộ hiện nay chưa thực hiện kiểm đếm, hoàn thành trong tháng 4/2026; song song", "trong tháng 4/2026"),
        # c111: "Đảm bảo hoàn thành trước ngày 30/8/2023."
        ("Đảm bảo hoàn thành trước ngày 30/8/2023.", "trước ngày 30/8/2023"),
        # c143: "phấn đấu hoàn thành" as well
        ("phấn đấu hoàn thành trong Quý 1 năm 2025", "trong Quý 1 năm 2025"),
        # counter-example: another verb before the cue is outside the phrase anyway
        ("xong trước ngày 29/9/2022 (nếu có)", "xong trước ngày 29/9/2022"),
    ],
)
def test_completion_verb_is_no_part_of_the_time(sentence: str, text: str) -> None:
    found = find_time_phrases(sentence, doc_date=D(2023, 7, 7))
    assert [p.text for p in found] == [text]
    # the span still covers the verb, so the action left around it does not keep it
    assert sentence[found[0].start :].lower().startswith(("hoàn thành", "phấn đấu", "xong"))


@pytest.mark.parametrize(("sentence", "phrase"), [tuple(e) for e in _WORDS.standing.examples])
def test_standing_examples_time_the_verb(sentence: str, phrase: str) -> None:
    # T1/T12: "thường xuyên" opening the duty's clause or right after its verb is a standing time, found on request
    assert [p.text for p in find_time_phrases(sentence, standing=True) if p.standing] == [phrase]
    assert not any(p.standing for p in find_time_phrases(sentence))  # not unless asked: never a deadline


@pytest.mark.parametrize("counter", _WORDS.standing.counter_examples)
def test_standing_counter_examples_are_manner_or_fact(counter: str) -> None:
    assert not any(p.standing for p in find_time_phrases(counter, standing=True))


def test_a_day_without_its_year_before_its_period_is_one_recurrence() -> None:
    # c116 (T10's example): the span recurs every year; no one date
    doc = dt.date(2022, 9, 1)
    (p,) = find_time_phrases("Tổ chức các hoạt động về Tháng cao điểm “Vì người nghèo” từ ngày 17/10 đến 18/11 hằng năm; tuyên truyền", doc_date=doc)
    assert (p.text, p.date, p.when.recurrence) == ("từ ngày 17/10 đến 18/11 hằng năm", None, "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=18")
    # counter-example: a day printed with its year stays that day, the recurrence a phrase of its own
    dated = find_time_phrases("gửi báo cáo trước ngày 30/11/2025 hằng năm", doc_date=doc)
    assert [(p.text, p.date) for p in dated] == [("trước ngày 30/11/2025", dt.date(2025, 11, 30)), ("hằng năm", None)]


def test_day_of_any_year_recurs_where_the_document_date_is_unread() -> None:
    # DAY_OF_ANY_YEAR (probe pd15's form, my words): no document date, yet the day before "hằng năm" recurs
    (p,) = find_time_phrases("- Chậm nhất 31/7 hằng năm: Các phòng giáo dục nộp hồ sơ đăng ký kiểm định.")
    assert (p.text, p.date, p.when.kind, p.when.recurrence) == ("Chậm nhất 31/7 hằng năm", None, "recurrence", "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=31")
    (leap,) = find_time_phrases("trước ngày 29/02 hằng năm")
    assert leap.when.recurrence == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"
    # counter-examples: a day with its year stays a day; a year-less day with no recurrence stays unread (null)
    assert [p.text for p in find_time_phrases("gửi báo cáo trước ngày 30/11/2025 hằng năm")] == ["trước ngày 30/11/2025", "hằng năm"]
    assert [(p.text, p.date, p.when.kind) for p in find_time_phrases("gửi báo cáo trước ngày 30/11.")] == [("trước ngày 30/11", None, "date")]


@pytest.mark.parametrize(("sentence", "phrase"), [tuple(e) for e in _WORDS.by_rule.examples])
def test_by_rule_examples_are_a_due(sentence: str, phrase: str) -> None:
    # T2/T13: "theo (đúng) thời gian/thời hạn quy định" after a duty times it by the rules in force
    # found on request with the standing times; never a deadline (veto RULE_TIME: not found unless asked)
    assert [p.text for p in find_time_phrases(sentence, standing=True) if p.by_rule] == [phrase]
    assert not any(p.by_rule for p in find_time_phrases(sentence))


@pytest.mark.parametrize("counter", _WORDS.by_rule.counter_examples)
def test_by_rule_counter_examples_are_manner(counter: str) -> None:
    # veto MANNER_BY_RULE (T13): "theo đúng quy định" without a time word, "đúng thời gian quy định" without "theo"
    assert find_time_phrases(counter, standing=True) == []


def test_on_condition_examples_and_counter_examples() -> None:
    # WHEN_ASKED / AT_TERM_END (T2): a trailing "khi có đề nghị / yêu cầu của …", "khi hết thời gian …" (c130, c150,
    # n001, n050) is found on request with the standing times, never for a deadline; the counter-examples ("khi cần
    # thiết", c130; "cho đến khi có Công văn …", w016; "kể từ khi có văn bản …", n001; "khi sử dụng cát biển …", c143)
    # are a condition of the content or part of another phrase
    conditions = [[p.text for p in find_time_phrases(s, standing=True) if p.on_condition] for s, _ in _WORDS.on_condition.examples]
    assert conditions == [[phrase] for _, phrase in _WORDS.on_condition.examples]
    assert not any(p.on_condition for s, _ in _WORDS.on_condition.examples for p in find_time_phrases(s))
    assert not any(p.on_condition for c in _WORDS.on_condition.counter_examples for p in find_time_phrases(c, standing=True))


def test_a_condition_is_read_whole_over_wrapped_lines_and_only_at_its_clause_end() -> None:
    # c130 as printed: "… khảo sát khi\ncó đề nghị của Trung tâm Quản lý chất lượng."; c146: the next item's "4." ends it
    c130 = "— Phối hợp cung cấp, rà soát thông tin sinh viên thuộc 05 khoa được chọn khảo sát khi\ncó đề nghị của Trung tâm Quản lý chất lượng.\n"
    assert [p.text for p in find_time_phrases(c130, standing=True) if p.on_condition] == ["khi có đề nghị của Trung tâm Quản lý chất lượng"]
    c146 = "sẵn sàng huy động lực lượng, phương tiện, trang thiết bị tham\ngia chữa cháy rừng khi có đề nghị của địa phương\n4. Bộ Nông nghiệp"
    assert [p.text for p in find_time_phrases(c146, standing=True) if p.on_condition] == ["khi có đề nghị của địa phương"]
    # counter-example (constructed: no dev text fronts one): a condition that the clause goes on after is no trailing time
    assert not any(p.on_condition for p in find_time_phrases("khi có yêu cầu của địa phương, huy động lực lượng", standing=True))


def test_periodic_by_rule_needs_the_rules_right_after() -> None:
    # T2: "định kỳ theo quy định" is one time the rules set ([by_rule] periodic, n001 A9); counter-example, the
    # same document's time cell "Báo cáo định kỳ theo thời gian quy định; thực hiện thường xuyên trong năm"
    # (n001): "định kỳ" before the cued time phrase is no part of it, and a bare "định kỳ" alone is no phrase
    cell = "Báo cáo định kỳ theo thời gian quy định; thực hiện thường xuyên trong năm"
    assert [p.text for p in find_time_phrases(cell, standing=True) if p.by_rule] == ["theo thời gian quy định"]
    assert find_time_phrases("Báo cáo kết quả sử dụng định kỳ; đảm bảo 100% văn bản", standing=True) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # two documents' dates: no cue before the first day (c111's basis cites a plan and a notice so)
        "Thực hiện Kế hoạch số 12-KH/TWĐTN-TC ngày 14/7/2023 và ngày 15/7/2023 của Ban Bí thư, các tỉnh gửi báo cáo.",
        # the second day after "trước": a limit and a date, not a period
        "gửi hồ sơ trước ngày 15/7/2023 và ngày 20/7/2023 tổ chức hội nghị",
        # the days in the wrong order are no period
        "tham dự trong ngày 15/7/2023 và ngày 14/7/2023",
    ],
)
def test_date_pair_needs_its_cue_and_order(sentence: str) -> None:
    # DATE_PAIR's counter-examples: each day stays a date of its own
    phrases = find_time_phrases(sentence, doc_date=dt.date(2023, 7, 1))
    assert not any(p.when.kind == "period" for p in phrases)


@pytest.mark.parametrize("example", _WORDS.copular_limit.examples)
def test_copular_limit_cues_its_day(example: str) -> None:
    # COPULAR_LIMIT (data/dates.toml [copular_limit]): the day after "<label> <words> là" is a cued limit, included
    (p,) = find_time_phrases(example, doc_date=dt.date(2022, 7, 1))
    assert (p.cued, p.when.inclusive, p.end) == (True, True, len(example))


@pytest.mark.parametrize("counter", _WORDS.copular_limit.counter_examples)
def test_copular_limit_counter_examples_stay_uncued(counter: str) -> None:
    (p,) = find_time_phrases(counter, doc_date=dt.date(2022, 7, 1))
    assert not p.cued


def test_day_list_needs_its_day_word() -> None:
    # DAY_LIST's counter-example: numbers listed before a year-bearing figure are no days without "ngày"
    phrases = find_time_phrases("Thực hiện Nghị định 15, 16 và 17/2023, các xã gửi hồ sơ.", doc_date=dt.date(2023, 7, 1))
    assert not any("15, 16" in p.text for p in phrases)


# IMPOSSIBLE_DAY: a cued day its month does not have is a limit with a slip in it: kept, with no date.
@pytest.mark.parametrize(
    ("text", "doc_date"),
    [
        ("đề nghị gửi Báo cáo kết quả về Ban Dân vận Thành ủy trước ngày 31/6/2023.", dt.date(2023, 7, 7)),  # 000, June has 30
        ("chậm nhất ngày 29/02/2025 gửi về Sở Nội vụ", None),  # 2025 is no leap year
        ("báo cáo trước ngày 31/4", dt.date(2026, 3, 2)),  # year-less: the document's year
        ("hoàn thành trước ngày 31 tháng 9 năm 2024", None),
    ],
)
def test_a_cued_day_past_its_months_end_is_kept_without_a_date(text: str, doc_date: dt.date | None) -> None:
    [phrase] = [p for p in find_time_phrases(text, doc_date=doc_date) if p.impossible]
    assert phrase.date is None and phrase.cued and phrase.when.kind == "vague"


@pytest.mark.parametrize(
    ("text", "doc_date"),
    [
        ("gửi Báo cáo kết quả về Ban Dân vận Thành ủy trước ngày 30/6/2023.", dt.date(2023, 7, 7)),  # a real day
        ("chậm nhất ngày 29/02/2024 gửi về Sở Nội vụ", None),  # 2024 is a leap year
        ("Hội nghị tổ chức ngày 31/6/2023 tại Hội trường", None),  # no cue: no limit is set
        ("báo cáo trước ngày 31/4", None),  # year-less and no document date: the year is unknown
        ("báo cáo trước ngày 35/7/2025", None),  # no month has a 35th: not read as a day at all
    ],
)
def test_a_real_day_or_an_uncued_one_is_not_flagged_impossible(text: str, doc_date: dt.date | None) -> None:
    assert not any(p.impossible for p in find_time_phrases(text, doc_date=doc_date))


@pytest.mark.parametrize(
    ("line", "phrase", "start", "end"),
    [
        # HOURS_OF_ONE_DAY (probe pf03's and pf05's forms, my words): the span of hours is on the end's day
        ("1. Thời gian: từ 08g00 đến 11g00 ngày 15/12/2023 (thứ Sáu)", "từ 08g00 đến 11g00 ngày 15/12/2023", dt.date(2023, 12, 15), dt.date(2023, 12, 15)),
        ("Thời gian: Từ 13h30’ đến 16h30’ ngày 20/10/2024", "Từ 13h30’ đến 16h30’ ngày 20/10/2024", dt.date(2024, 10, 20), dt.date(2024, 10, 20)),
        # counter-example: a start with its own day is the ordinary period, read as before (its start hour unread)
        ("từ 08g00 ngày 14/12/2023 đến 11g00 ngày 15/12/2023", "ngày 14/12/2023 đến 11g00 ngày 15/12/2023", dt.date(2023, 12, 14), dt.date(2023, 12, 15)),
    ],
    ids=["pf03-form", "pf05-form", "own-day"],
)
def test_hours_of_one_day_is_one_span(line: str, phrase: str, start: dt.date, end: dt.date) -> None:
    (p,) = find_time_phrases(line)
    assert (p.text, p.when.kind, p.when.period_start, p.when.period_end) == (phrase, "period", start, end)


def test_hours_of_one_day_needs_its_from_and_a_closing_hour() -> None:
    # counter-examples: without "từ" the hour is no span's start; a count of hours is no hour ("từ 8 đến 10 ngày")
    assert [p.text for p in find_time_phrases("họp lúc 08g00 đến 11g00 ngày 15/12/2023")] == ["đến 11g00 ngày 15/12/2023"]
    assert all(p.when.period_start != p.when.period_end or p.when.kind != "period" for p in find_time_phrases("hoàn thành từ 8 đến 10 ngày 15/12/2023"))


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        # HOUR_OF_EACH_DAY (probe pe11's form, my words): the limit's hour before "hàng ngày" is one daily phrase
        ("Các trạm quan trắc gửi số liệu mực nước trước 9h00 hàng ngày về Chi cục Thủy lợi.", [("trước 9h00 hàng ngày", "FREQ=DAILY")]),
        ("cập nhật danh sách trước 16 giờ 30 hằng ngày", [("trước 16 giờ 30 hằng ngày", "FREQ=DAILY")]),
        # dev n006: the weekly form it follows is read as before
        ("gửi báo cáo về UBND tỉnh trước 11h00’ ngày thứ 5 hằng tuần để tổng hợp", [("trước 11h00’ ngày thứ 5 hằng tuần", "FREQ=WEEKLY;BYDAY=TH")]),
        # counter-example: an hour before another unit names no day of it: the recurrence alone
        ("báo cáo trước 15h00 hằng tháng", [("hằng tháng", "FREQ=MONTHLY")]),
    ],
    ids=["pe11-form", "gio-phut", "n006-weekly", "monthly-counter"],
)
def test_hour_of_each_day_both_ways(sentence: str, phrases: list[tuple[str, str]]) -> None:
    assert [(p.text, p.when.recurrence) for p in find_time_phrases(sentence)] == phrases


# --- MONTH_SPAN (issue 11, session 30) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Thời gian: Từ tháng 11/2025 đến tháng 4/2026.", "2025-11-01", "2026-04-30"),
        ("Từ tháng 12/2025 đến quý I/2026", "2025-12-01", "2026-03-31"),
        ("từ tháng 11 đến tháng 12 năm 2025", "2025-11-01", "2025-12-31"),
        ("từ Quý II đến hết Quý III năm 2026", "2026-04-01", "2026-09-30"),
        ("- Thời gian: tháng 11/2025 đến tháng 4/2026.", "2025-11-01", "2026-04-30"),  # after a label, no "từ"
    ],
)
def test_month_span_is_one_period(phrase: str, first: str, last: str) -> None:
    (p,) = find_time_phrases(phrase, fold(phrase), dt.date(2025, 10, 20), 2025, 0, len(phrase))
    assert (p.when.kind, str(p.when.period_start), str(p.when.period_end), p.date) == ("period", first, last, None)


def test_month_span_counter_examples() -> None:
    # two months joined by "và" are two times; a day's end is the period grammar's own (its date kept)
    s = "trong tháng 3 và tháng 9/2026"
    assert len(find_time_phrases(s, fold(s), dt.date(2025, 10, 20), 2025, 0, len(s))) == 2
    s = "Từ tháng 7/2026 đến ngày 31/12/2026"
    (p,) = find_time_phrases(s, fold(s), dt.date(2025, 10, 20), 2025, 0, len(s))
    assert p.date == dt.date(2026, 12, 31)


def test_day_word_glued_to_its_figures() -> None:
    # DAY_WORD_GLUED: a web copy lost the space after "ngày"
    s = "Các trường hoàn thành và nộp biểu tổng hợp về Phòng trước ngày18/8/2016."
    (p,) = find_time_phrases(s, fold(s), dt.date(2016, 8, 10), 2016, 0, len(s))
    assert (p.text, p.date) == ("trước ngày18/8/2016", dt.date(2016, 8, 18))


@pytest.mark.parametrize(
    ("phrase", "printed"),
    [
        ("Định kỳ 6 tháng, một năm, các Sở báo cáo kết quả", "Định kỳ 6 tháng, một năm"),  # RECURRENCE_WITH_A_SECOND_PERIOD
        ("định kỳ hàng quý, 1 năm làm việc để giải quyết vướng mắc", "định kỳ hàng quý, 1 năm"),
        ("Định kỳ hằng quý, các sở báo cáo kết quả", "Định kỳ hằng quý"),  # counter-example: no second period
    ],
)
def test_recurrence_with_a_second_period(phrase: str, printed: str) -> None:
    p = find_time_phrases(phrase, fold(phrase), dt.date(2019, 1, 8), 2019, 0, len(phrase))[0]
    assert (p.text, p.when.kind) == (printed, "recurrence")


@pytest.mark.parametrize(
    ("phrase", "printed", "rule"),
    [
        ("Định kỳ thứ Hai hàng tuần, tổng hợp tình hình, trình Đảng ủy Chính phủ.", "Định kỳ thứ Hai hàng tuần", "FREQ=WEEKLY;BYDAY=MO"),
        ("họp giao ban thứ 2 hằng tuần", "thứ 2 hằng tuần", "FREQ=WEEKLY;BYDAY=MO"),  # WEEKDAY_OF_EACH_WEEK
        ("báo cáo vào thứ Sáu hằng tuần", "vào thứ Sáu hằng tuần", "FREQ=WEEKLY;BYDAY=FR"),  # with its cue, as before
        ("thứ Hai hằng tháng", "hằng tháng", "FREQ=MONTHLY"),  # counter-example: a weekday of no week
    ],
)
def test_weekday_of_each_week(phrase: str, printed: str, rule: str) -> None:
    p = find_time_phrases(phrase, fold(phrase), dt.date(2026, 1, 8), 2026, 0, len(phrase))[0]
    assert (p.text, p.when.recurrence) == (printed, rule)
