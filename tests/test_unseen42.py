"""Rules of issue 11's session 42, each pinned on our own sentences written in the forms the probe pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

import datetime as dt

from directive_parser.dates import find_time_phrases

DOC_DATE = dt.date(2026, 3, 2)


def _cued(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.when.recurrence) for p in find_time_phrases(text, doc_date=DOC_DATE) if p.cued]


# --- DAY_OF_EACH_MONTH_UNCUED (dates._RECUR) ----------------------------------------------------------------------------


def test_a_monthly_day_without_a_cue_is_the_recurrences_day() -> None:
    # before: "hằng tháng" alone, the 25th lost
    assert _cued("đ) Ngày 25 hằng tháng, báo cáo kết quả thực hiện chính sách về Sở Tài chính.") == [
        ("Ngày 25 hằng tháng", "FREQ=MONTHLY;BYMONTHDAY=25")
    ]


def test_a_monthly_day_after_the_object_is_the_recurrences_day() -> None:
    assert _cued("Gửi báo cáo tiến độ về Sở Nội vụ ngày 20 hàng tháng.") == [("ngày 20 hàng tháng", "FREQ=MONTHLY;BYMONTHDAY=20")]


def test_a_monthly_day_that_opens_or_closes_a_span_is_no_limit() -> None:
    # a covered period's bound: the day is not the duty's limit, only the recurrence is read
    assert _cued("Báo cáo số liệu tính đến ngày 25 hằng tháng gửi Sở Tài chính.") == [("hằng tháng", "FREQ=MONTHLY")]


# --- COUNT_IN_WORDS (dates._RECUR, data/dates.toml [recurrence] count_words) --------------------------------------------


def test_a_periods_count_in_words_is_read() -> None:
    # before: no time; the phrase stayed in the action
    assert _cued("Chỉ đạo cơ quan chuyên môn định kỳ hai năm một lần rà soát số liệu tiêu thụ năng lượng.") == [
        ("định kỳ hai năm một lần", "FREQ=YEARLY;INTERVAL=2")
    ]


def test_a_periods_count_in_figures_takes_its_once() -> None:
    assert _cued("Tổ chức sơ kết định kỳ 6 tháng một lần.") == [("định kỳ 6 tháng một lần", "FREQ=MONTHLY;INTERVAL=6")]


def test_the_years_word_is_no_count() -> None:
    # "năm" is five and the year alike: "định kỳ năm năm" is left unread rather than guessed
    assert _cued("Thực hiện định kỳ năm năm.") == []


# --- LIST_SHARES_ITS_YEAR (dates._list_year) ----------------------------------------------------------------------------


def _dates(text: str) -> list[tuple[str, dt.date | None]]:
    return [(p.text, p.date) for p in find_time_phrases(text, doc_date=DOC_DATE)]


def test_listed_days_take_the_year_printed_on_the_last() -> None:
    # before: "ngày 16/6" took the document's year (2026), a year the text does not say
    assert _dates("Tổ chức vòng thi trong các ngày 16/6, 18/6, 20/6 năm 2025.") == [
        ("ngày 16/6", dt.date(2025, 6, 16)),
        ("20/6 năm 2025", dt.date(2025, 6, 20)),
    ]
    assert _dates("Kiểm tra ngày 23/3 và 25/3/2025 tại Công ty A.")[0] == ("ngày 23/3", dt.date(2025, 3, 23))


def test_a_list_over_the_new_year_runs_forward() -> None:
    assert _dates("Họp các ngày 28/12 và 05/01/2028.")[0] == ("ngày 28/12", dt.date(2027, 12, 28))


def test_a_day_outside_a_list_keeps_the_documents_year() -> None:
    assert _dates("Trước ngày 30/6, báo cáo kết quả ngày 15/7/2025.")[0] == ("Trước ngày 30/6", dt.date(2026, 6, 30))


# --- EVENT_STEP_OVER_A_WRAP (dates._EVENT) ------------------------------------------------------------------------------


def test_an_event_step_goes_on_over_the_copys_wrap() -> None:
    text = "Xác định nội dung trọng tâm trước khi tiến hành làm việc trực tiếp tại doanh\nnghiệp.\n"
    # before: "trước khi tiến hành làm việc trực tiếp tại doanh", the step cut at the line's end
    assert [p.text for p in find_time_phrases(text)] == ["trước khi tiến hành làm việc trực tiếp tại doanh nghiệp"]


def test_an_event_step_ends_before_a_line_that_opens_another_sentence() -> None:
    text = "Kiểm tra thể thức văn bản trước khi phát hành\nCác đơn vị thực hiện nghiêm túc.\n"
    assert [p.text for p in find_time_phrases(text)] == ["trước khi phát hành"]


# --- ENACTING_BODY_LINE (roles._enacting_authority_line) -----------------------------------------------------------------

from directive_parser import parse_text  # noqa: E402

RESOLUTION = (
    "CHÍNH PHỦ\n-------\nSố: 41/NQ-CP | Hà Nội, ngày 03 tháng 3 năm 2026\n\nNGHỊ QUYẾT\n"
    "VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG PHÁT TRIỂN LÂM NGHIỆP BỀN VỮNG ĐẾN NĂM 2030\n"
    "{enacting}\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
    "QUYẾT NGHỊ:\nĐiều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\n"
    "Điều 2. Bộ Nông nghiệp và Môi trường chủ trì tổ chức thực hiện.\n"
)


def test_the_enacting_body_printed_as_the_header_is_no_part_of_the_subject() -> None:
    # before: "… đến năm 2030 Chính phủ"
    d = parse_text(RESOLUTION.format(enacting="CHÍNH PHỦ"))
    assert d.subject == "Ban hành chương trình hành động phát triển lâm nghiệp bền vững đến năm 2030"


def test_a_title_line_naming_another_body_stays_in_the_subject() -> None:
    d = parse_text(RESOLUTION.format(enacting="CHO CÁC TỈNH MIỀN NÚI PHÍA BẮC"))
    assert d.subject is not None and d.subject.lower().endswith("đến năm 2030 cho các tỉnh miền núi phía bắc")
