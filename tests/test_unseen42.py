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


# --- session 42, f46 studied: times -------------------------------------------------------------------------------------


def test_a_yearly_days_periodic_word_is_part_of_its_phrase() -> None:
    # PERIODIC_BEFORE_A_YEARLY_DAY; before: "trước ngày 31 tháng 12 hàng năm"
    text = "theo dõi việc thực hiện; định kỳ trước ngày 31 tháng 12 hàng năm gửi Bộ Tài chính kết quả thực hiện."
    assert _cued(text) == [("định kỳ trước ngày 31 tháng 12 hàng năm", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31")]


def test_a_second_period_counted_01_joins_the_recurrence() -> None:
    # RECURRENCE_WITH_A_SECOND_PERIOD; before: "Định kỳ 06 tháng" and "01 năm" left in the action
    assert [t for t, _ in _cued("Định kỳ 06 tháng, 01 năm báo cáo Ủy ban nhân dân tỉnh.")] == ["Định kỳ 06 tháng, 01 năm"]


def test_a_date_without_its_day_word_reads_over_a_wrap_before_its_year() -> None:
    # DAY_WORD_DROPPED; before: "tháng 7 năm 2025", no day
    text = "giải quyết theo thẩm quyền, hoàn thành trước 10 tháng 7 năm\n2025; báo cáo Thủ tướng Chính phủ."
    assert _dates(text) == [("trước 10 tháng 7 năm 2025", dt.date(2025, 7, 10))]


def test_a_date_without_its_day_word_needs_its_year() -> None:
    assert _dates("Tổ chức trong 10 tháng 7 đợt kiểm tra.") == []


def test_a_closing_parenthesis_time_leaves_its_completion_verb() -> None:
    # TIME_IN_CLOSING_PARENTHESIS with T9; before: due "Hoàn thành trong tháng 7/2025"
    text = (
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 12/KH-BVHTTDL\nKính gửi: Các đơn vị.\n\n1. Cục Mỹ thuật\n"
        "- Tổ chức cuộc thi sáng tác tranh cổ động tấm lớn (Hoàn thành trong tháng 7/2025).\n"
    )
    assert [(o.due, o.action) for o in parse_text(text).obligations] == [("trong tháng 7/2025", "Tổ chức cuộc thi sáng tác tranh cổ động tấm lớn")]


# --- ELLIPSIS_GOES_ON (structure.SENTENCE_BOUNDARY_RE) -------------------------------------------------------------------

from directive_parser.structure import split_sentences  # noqa: E402


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_an_ellipsis_before_lower_case_ends_no_sentence() -> None:
    text = "Rà soát đất rừng, đất nông nghiệp... theo thẩm quyền, hoàn thành trước ngày 10/7/2025. Các đơn vị thực hiện."
    # before: cut after "nghiệp...", the time went with "theo thẩm quyền" alone
    assert _sentences(text) == ["Rà soát đất rừng, đất nông nghiệp... theo thẩm quyền, hoàn thành trước ngày 10/7/2025.", "Các đơn vị thực hiện."]


def test_an_ellipsis_before_a_capital_ends_its_sentence() -> None:
    assert _sentences("Bổ sung các nội dung khác... Các đơn vị thực hiện.") == ["Bổ sung các nội dung khác...", "Các đơn vị thực hiện."]


# --- PUBLIC_SERVICE_UNITS (data/duties.toml [body_openers]), LEAD_AND_SUPPORT_ARE_TWO (obligations._restated) -----------

PLAN = (
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 45/KH-BVHTTDL\n\nKẾ HOẠCH\nTổ chức các hoạt động kỷ niệm ngày thành lập tỉnh\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Các nhiệm vụ do Bộ chủ trì thực hiện\n1.1. Cục Nghệ thuật biểu diễn\n"
    "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng kịch bản Lễ kỷ niệm 50 năm thành lập tỉnh và "
    "chương trình nghệ thuật chào mừng.\n"
    "2. Các nhiệm vụ do Bộ phối hợp thực hiện\n2.1. Cục Nghệ thuật biểu diễn\n"
    "- Phối hợp với các cơ quan, đơn vị liên quan tổ chức Lễ kỷ niệm 50 năm thành lập tỉnh.\n"
    "2.2. Bảo tàng Lịch sử quốc gia\n- Phối hợp với các cơ quan, đơn vị liên quan tổ chức triển lãm ảnh tư liệu.\n"
    "2.3. Nhà hát Tuổi trẻ\n- Xây dựng vở diễn chào mừng.\n"
)


def _who_what() -> list[tuple[str | None, str]]:
    return [(o.responsible, o.action) for o in parse_text(PLAN).obligations]


def test_a_public_service_units_section_charges_its_items() -> None:
    # before: the items under "2.2. Bảo tàng …" and "2.3. Nhà hát …" were charged to no one and dropped
    found = _who_what()
    assert ("Bảo tàng Lịch sử quốc gia", "Phối hợp với các cơ quan, đơn vị liên quan tổ chức triển lãm ảnh tư liệu") in found
    assert ("Nhà hát Tuổi trẻ", "Xây dựng vở diễn chào mừng") in found


def test_a_support_duty_is_no_restatement_of_the_lead_one() -> None:
    # before: dropped as a restatement of 1.1's lead duty (most of its words are that duty's)
    assert ("Cục Nghệ thuật biểu diễn", "Phối hợp với các cơ quan, đơn vị liên quan tổ chức Lễ kỷ niệm 50 năm thành lập tỉnh") in _who_what()


# --- FOOTNOTES_BY_THEIR_MARKS (structure.glued_footnotes) ---------------------------------------------------------------

FOOTED = (
    "UBND TỈNH LÀO CAI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\n\nSố: 77/QĐ-BQLCKCN\n\nQUYẾT ĐỊNH\nChấp thuận điều chỉnh chủ trương đầu tư\n\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Nhà đầu tư thực hiện thủ tục về Giấy phép môi trường1 trước khi đi vào hoạt động, báo cáo kết quả về\n"
    "Ban Quản lý theo Văn bản số 12/BQL2.\n"
    "2. Các phòng chuyên môn và đơn vị sự nghiệp trực thuộc Ban Quản lý:\n"
    "Căn cứ chức năng, nhiệm vụ được giao, chủ động kiểm tra, giám sát việc thực hiện dự án.\n\n\n"
    "1 khoản 1, khoản 2 Điều 171 Luật Bảo vệ môi trường năm 2020.\n"
    "2 Văn bản số 12/BQL ngày 19/8/2026 về việc cam kết tiến độ thực hiện dự án đầu tư.\n"
    "                                                  6\n\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


def _block_texts(text: str) -> list[str]:
    from directive_parser.normalize import normalize_text
    from directive_parser.structure import prepare

    st = prepare(normalize_text(text))
    return [st.text.text[b.start : b.end] for b in st.blocks]


def test_footnotes_at_a_pages_foot_are_no_text_of_the_page() -> None:
    blocks = _block_texts(FOOTED)
    # before: "1 khoản 1, khoản 2 Điều 171 …" and "2 Văn bản số 12/BQL …" were blocks of the body (read as items)
    assert not any(b.lstrip().startswith(("1 khoản", "2 Văn bản")) for b in blocks)
    assert any(b.startswith("Điều 3.") for b in blocks)


def test_numbered_lines_with_no_marks_in_the_text_stay_text() -> None:
    unmarked = FOOTED.replace("môi trường1", "môi trường").replace("12/BQL2.", "12/BQL.")
    assert any(b.lstrip().startswith("1 khoản") for b in _block_texts(unmarked))


# --- INVESTOR_BY_NAME (data/duties.toml [body_openers] whole) ------------------------------------------------------------


def test_an_investors_modal_is_no_part_of_its_name() -> None:
    text = FOOTED.replace("1. Nhà đầu tư thực hiện", "1. Nhà đầu tư phải thực hiện")
    # before: responsible "Nhà đầu tư phải"
    assert "Nhà đầu tư" in [o.responsible for o in parse_text(text).obligations]
    assert "Nhà đầu tư phải" not in [o.responsible for o in parse_text(text).obligations]


# --- CURRENCY_CODES (data/numbers.toml [not_quota] exact_units) ----------------------------------------------------------

FUNDED = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 180/QĐ-TTg\n\nQUYẾT ĐỊNH\nPhê duyệt dự án hỗ trợ kỹ thuật\n\n"
    "Điều 1. Phê duyệt dự án với các nội dung sau:\n- Vốn đối ứng: 13.000.000.000 VNĐ, trong đó:\n"
    "+ Bộ Công Thương: 3.600.000.000 VNĐ (1.000.000.000 VNĐ tiền mặt và 2.600.000.000 VNĐ bằng hiện vật).\n"
    "- Vốn huy động: số vốn: 29 tỷ VNĐ, phương án huy động: vay từ tổ chức tín dụng.\n"
    "Điều 2. Bộ Công Thương phấn đấu vận động tối thiểu 200.000 USD từ các nhà tài trợ.\n"
)


def test_a_sum_in_a_currency_code_is_no_quota() -> None:
    quotas = [(q.min, q.unit) for q in parse_text(FUNDED).quotas]
    # before: "1.000.000.000 VNĐ tiền mặt" and "29 tỷ VNĐ, phương án huy động" were quotas
    assert not any(u.startswith("VNĐ") for _, u in quotas)
    assert (200000, "USD") in quotas  # a bounded sum stays one, as "tối thiểu 500.000 đồng/em/tháng"


# --- ANNIVERSARY_SPAN and PAST_MEETING for an obligation's due (obligations.sentence_obligations) -------------------------


def _dues(text: str) -> list[tuple[str | None, str]]:
    return [(o.due, o.action) for o in parse_text(text).obligations]


def test_an_anniversary_span_is_no_items_due() -> None:
    text = (
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 12/KH-BVHTTDL\nKính gửi: Các đơn vị.\n\n1. Cục Văn hóa cơ sở\n"
        "- Hướng dẫn các địa phương tổ chức các hoạt động kỷ niệm 80 năm Cách mạng tháng Tám thành công (19/8/1945 - "
        "19/8/2025) và Quốc khánh (2/9/1945 - 2/9/2025).\n"
    )
    # before: due "19/8/1945 - 19/8/2025"
    assert [d for d, _ in _dues(text)] == [None]


def test_a_meeting_that_already_passed_a_law_is_no_due() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 103/CĐ-TTg\n\nCÔNG ĐIỆN\nVề việc triển khai Luật\n\n"
        "1. Bộ Công an khẩn trương xây dựng, trình Chính phủ ban hành các Nghị định quy định chi tiết Luật Bảo vệ dữ liệu "
        "cá nhân đã được Quốc hội biểu quyết thông qua tại Kỳ họp thứ 9.\n"
        "2. Bộ Tư pháp trình Quốc hội thông qua dự án Luật Phổ biến pháp luật (sửa đổi) tại Kỳ họp thứ 10.\n"
    )
    # before: item 1 due "tại Kỳ họp thứ 9" (the meeting that passed the law)
    assert [d for d, _ in _dues(text)] == [None, "tại Kỳ họp thứ 10"]


# --- DUTY_OF_ANY_NAME (deadlines._HEADING_WHO_RE) -----------------------------------------------------------------------


def test_a_duty_of_heading_names_its_body_in_lower_case() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nSố: 2978/QĐ-UBND\n\nQUYẾT ĐỊNH\nChấp thuận điều chỉnh chủ trương đầu tư\n\n"
        "Điều 2. Tổ chức thực hiện\n1. Trách nhiệm của nhà đầu tư\n"
        "- Chịu trách nhiệm trước pháp luật về tính trung thực, chính xác của hồ sơ dự án.\n"
        "- Tổ chức triển khai thực hiện dự án theo đúng quy định.\n"
        "2. Trách nhiệm của Sở Tài chính\n- Theo dõi, kiểm tra việc thực hiện dự án.\n"
    )
    # before: the investor's item charged to no one
    assert [o.responsible for o in parse_text(text).obligations] == ["nhà đầu tư", "nhà đầu tư", "Sở Tài chính"]


# --- SYMBOL_IS_NO_PLACE, NUMBER_LABEL_READ_AS_S6 (patterns), the meeting's day (deadlines ISSUE_DAY_EVENT) ---------------


def _register(header_line: str) -> tuple[str | None, str | None, dt.date | None]:
    text = (
        f"BAN CHẤP HÀNH TRUNG ƯƠNG\n{header_line}\n\nKẾT LUẬN\nVề tiếp tục triển khai nhiệm vụ\n\n"
        "Yêu cầu các tỉnh ủy khẩn trương hoàn thành việc sắp xếp.\n"
    )
    d = parse_text(text)
    return d.number.symbol, d.place, d.date


def test_a_speck_between_the_number_and_the_place_leaves_the_date() -> None:
    # before: the place read as "TW . Hà Nội" and dropped, no date
    assert _register("Số 171-KL/TW . Hà Nội, ngày 27 tháng 6 năm 2025") == ("171-KL/TW", "Hà Nội", dt.date(2025, 6, 27))


def test_a_number_label_read_as_s6() -> None:
    # before: no number; the date taken from the body
    assert _register("S6:334 /TB-VPCP Hà Nội, ngay28 tháng 6 năm 2025") == ("334/TB-VPCP", "Hà Nội", dt.date(2025, 6, 28))


def test_the_meeting_on_the_documents_day_is_no_deadline() -> None:
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 171-KL/TW      Hà Nội, ngày 27 tháng 6 năm 2025\n\nKẾT LUẬN\nVề tiếp tục triển khai nhiệm vụ\n\n"
        "Tại phiên họp ngày 27/6/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương, Bộ Chính trị kết luận như sau:\n"
        "1. Yêu cầu các tỉnh ủy tổ chức Lễ công bố các nghị quyết vào ngày 30/6/2025.\n"
    )
    # before: a deadline "Tại phiên họp" due 27/6/2025
    assert [(d.text, d.action) for d in parse_text(text).deadlines] == [("vào ngày 30/6/2025", "tổ chức Lễ công bố các nghị quyết")]


# --- COMPANY_NAME_FIELD (data/duties.toml [duty_verbs] in_names_not_after) ------------------------------------------------


def test_a_companys_trade_is_part_of_its_name() -> None:
    text = FOOTED.replace(
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n2. Công ty cổ phần tập đoàn đầu tư và thương mại An Phú và các "
        "tổ chức, cá nhân có liên quan có trách nhiệm thi hành Quyết định này.\n",
    )
    # before: "Công ty cổ phần tập đoàn" | "đầu tư và thương mại An Phú … thi hành Quyết định này"
    found = [(o.responsible, o.action) for o in parse_text(text).obligations]
    assert ("Công ty cổ phần tập đoàn đầu tư và thương mại An Phú và các tổ chức, cá nhân có liên quan", "thi hành Quyết định này") in found


# --- UY_BAN_UNMARKED (data/duties.toml [body_openers]) -------------------------------------------------------------------


def test_an_ocr_copys_uy_ban_opens_a_body() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 103/CĐ-TTg\n\nCÔNG ĐIỆN\nVề việc triển khai\n\n4. Về kinh phí\n"
        "c) Uy ban nhân dân các tinh, thành phố trực thuộc Trung ương chịu trách\nnhiệm bố trí ngân sách địa phương để\n"
        "triển khai đầy đủ các nhiệm vụ được giao tại Công điện này.\n"
    )
    # before: no duty (the item named no body the parser knew)
    assert [o.responsible for o in parse_text(text).obligations] == ["Uy ban nhân dân các tinh, thành phố trực thuộc Trung ương"]


# --- TERM_IS_NO_DUTY (deadlines._accept) ---------------------------------------------------------------------------------

DELEGATION = (
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 1500/QĐ-UBND              Lào Cai, ngày 10 tháng 8 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Về việc ủy quyền cho Giám đốc Sở Y tế\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ủy quyền cho Giám đốc Sở Y tế cấp giấy phép hành nghề.\n"
    "Điều 2. Thời hạn ủy quyền: Từ ngày 20 tháng 8 năm 2026 đến hết ngày 28 tháng 02 năm 2027.\n"
    "Điều 3. Giám đốc Sở Y tế báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.\n"
)


def test_a_terms_label_is_no_duty() -> None:
    # before: a deadline "Thời hạn ủy quyền" due 28/02/2027
    assert [(d.text, d.action) for d in parse_text(DELEGATION).deadlines] == [
        ("trước ngày 15 tháng 12 năm 2026", "báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh")
    ]


def test_a_term_on_the_line_under_its_label_is_no_duty() -> None:
    text = DELEGATION.replace("Điều 2. Thời hạn ủy quyền: Từ", "Điều 2. Thời hạn ủy quyền\nTừ")
    assert [d.text for d in parse_text(text).deadlines] == ["trước ngày 15 tháng 12 năm 2026"]


def test_a_departments_field_of_construction_materials_is_part_of_its_name() -> None:
    text = FOOTED.replace(
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n2. Chánh Văn phòng Bộ, Vụ trưởng Vụ Khoa học công nghệ, môi trường và "
        "Vật liệu xây dựng, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.\n",
    )
    # before: the bodies cut at "xây dựng" ("xây dựng, Thủ trưởng …" read as the duty)
    whos = [o.responsible for o in parse_text(text).obligations if o.action.endswith("thi hành Quyết định này")]
    assert whos and whos[0] is not None and "Vật liệu xây dựng, Thủ trưởng các đơn vị thuộc Bộ" in whos[0]


def test_a_units_figure_is_no_footnote_mark() -> None:
    # "500 m2" glues a 2 to a unit, not a footnote's mark to a word: the numbered lines stay text
    unmarked = FOOTED.replace("Điều 2. Tổ chức thực hiện", "Diện tích 500 m2 đất.\nĐiều 2. Tổ chức thực hiện")
    unmarked = unmarked.replace("môi trường1", "môi trường").replace("12/BQL2.", "12/BQL.")
    assert any(b.lstrip().startswith("2 Văn bản") for b in _block_texts(unmarked))


# --- PERIODIC_PARENTHESIS, "cả năm" (dates._second_period), INLINE_ROMAN_MARKER (deadlines._trim_action_source) ---------


def test_a_periodic_words_parenthesis_is_one_recurrence() -> None:
    text = "(ii) Báo cáo hoạt động đầu tư định kỳ\n(hằng quý, hằng năm) trên Hệ thống thông tin quốc gia về đầu tư."
    # before: "hằng quý, hằng năm", "định kỳ" left in the action
    assert _cued(text) == [("định kỳ (hằng quý, hằng năm)", "FREQ=MONTHLY;INTERVAL=3")]


def test_the_whole_year_closes_a_periodic_report() -> None:
    assert [t for t, _ in _cued("Báo cáo giám sát đầu tư dự án (định kỳ hằng quý và cả\nnăm) gửi Sở Tài chính.")] == [
        "định kỳ hằng quý và cả năm"
    ]


def test_a_parenthesis_of_other_words_stays_apart() -> None:
    assert [t for t, _ in _cued("Báo cáo định kỳ (theo mẫu) hằng quý gửi Sở.")] == ["hằng quý"]


def test_an_inline_roman_marker_is_no_part_of_the_action() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nSố: 2170/QĐ-UBND\n\nQUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư\n\nĐiều 2. Tổ chức thực hiện\n"
        "1. Trách nhiệm của nhà đầu tư\n- Chịu trách nhiệm trước pháp luật về tính chính xác của hồ sơ dự án.\n"
        "- Nhà đầu tư nghiêm túc thực hiện: (i) Báo cáo giám sát đánh giá đầu tư dự án hằng quý gửi Sở Tài chính. (ii) Báo "
        "cáo hoạt động đầu tư định kỳ (hằng quý, hằng năm) theo quy định tại Điều 47 Luật Đầu tư.\n"
    )
    # before: "hằng quý, hằng năm" | "ii) Báo cáo hoạt động đầu tư định kỳ" (the marker and "định kỳ" kept)
    assert [(d.text, d.action) for d in parse_text(text).deadlines] == [
        ("hằng quý", "Báo cáo giám sát đánh giá đầu tư dự án gửi Sở Tài chính"),
        ("định kỳ (hằng quý, hằng năm)", "Báo cáo hoạt động đầu tư theo quy định tại Điều 47 Luật Đầu tư"),
    ]
