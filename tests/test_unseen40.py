"""Rules of issue 11's session 40, each pinned on our own sentences written in the forms the unseen pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

import datetime as dt

import pytest

from directive_parser import parse_text
from directive_parser.dates import find_time_phrases
from directive_parser.extractors.deadlines import name_printed_whole
from directive_parser.vocabulary import duties

# A ministry's decision with its attached planning schedule: the time column first, a header over two rows, the time
# and number cells merged down their rows (printed once, the rows under them opening with " | ").
SCHEDULE = (
    "BỘ XÂY DỰNG\n\nSố: 12/QĐ-BXD\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Hà Nội, ngày 14 tháng 10 năm 2019\n\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch lập quy hoạch\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch lập quy hoạch.\n\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Giao Vụ Vật liệu xây dựng là cơ quan tham mưu về các nội dung chuyên ngành; tham mưu thực hiện nhiệm vụ "
    "là cơ quan thường trực Hội đồng thẩm định quy hoạch.\n\n"
    "NỘI DUNG CHI TIẾT\n\n"
    "Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước | Thực hiện\n"
    " |  |  | Đơn vị chủ trì | Đơn vị phối hợp\n"
    "I | GIAI ĐOẠN 1: LẬP NHIỆM VỤ\n"
    "10-11/2019 | Xây dựng khung định hướng quy hoạch. | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | - Vụ Vật liệu xây dựng; - Vụ Pháp chế.\n"
    " | Lấy ý kiến các bộ, ngành và địa phương. | Cơ quan tổ chức lập quy hoạch | Vụ Kế hoạch - Tài chính | - Văn phòng Bộ.\n"
    "3 | Phê duyệt nhiệm vụ\n"
    "7-8/2021 | Trình Hội đồng thẩm định quy hoạch | Cơ quan tổ chức lập quy hoạch | Vụ Vật liệu xây dựng | - Vụ Pháp chế.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n"
)


def _by_action() -> dict[str, tuple[str | None, str | None]]:
    record = parse_text(SCHEDULE)
    return {o.action.split(" ")[0] + " " + o.action.split(" ")[1]: (o.responsible, o.due) for o in record.obligations}


# --- MERGED_CELL_LEFT_EMPTY (structure._cells): a row without Markdown's borders whose first cell is blank -----------


def test_a_blank_first_cell_keeps_its_column() -> None:
    rows = _by_action()
    # before, the blank time cell was dropped and every cell moved left: the action read "Cơ quan tổ chức lập quy hoạch"
    assert rows["Lấy ý"][0] == "Vụ Kế hoạch - Tài chính"
    assert not any(a.startswith("Cơ quan") for a in rows)


# --- MERGED_TIME_CELL (deadlines._rows): a blank time cell under a row's time is that time, merged down ------------


def test_a_blank_time_cell_takes_the_time_merged_above_it() -> None:
    assert _by_action()["Lấy ý"] == ("Vụ Kế hoạch - Tài chính", "10-11/2019")


def test_a_group_row_ends_the_merge() -> None:
    record = parse_text(SCHEDULE.replace(" | Lấy ý kiến", "II | GIAI ĐOẠN 2: THẨM ĐỊNH\n | Lấy ý kiến"))
    row = next(o for o in record.obligations if o.action.startswith("Lấy ý kiến"))
    assert (row.responsible, row.due) == ("Vụ Kế hoạch - Tài chính", None)


def test_markdown_borders_are_no_cells() -> None:
    record = parse_text(SCHEDULE.replace(" |  |  | Đơn vị chủ trì | Đơn vị phối hợp\n", "").replace(
        " | Lấy ý kiến các bộ, ngành và địa phương. | Cơ quan tổ chức lập quy hoạch | Vụ Kế hoạch - Tài chính | - Văn phòng Bộ.\n",
        "| 11/2019 | Lấy ý kiến các bộ, ngành và địa phương. | Cơ quan tổ chức lập quy hoạch | Vụ Kế hoạch - Tài chính |\n",
    ))
    row = next(o for o in record.obligations if o.action.startswith("Lấy ý kiến"))
    assert (row.responsible, row.due) == ("Vụ Kế hoạch - Tài chính", "11/2019")


# --- GROUP_NUMBER_IN_TIME_COLUMN (deadlines._group_in_time_column) ---------------------------------------------------


def test_group_numerals_in_the_time_column_are_headings() -> None:
    rows = _by_action()
    assert "GIAI ĐOẠN" not in rows and "Phê duyệt" not in rows
    assert rows["Xây dựng"] == ("Ban Quản lý quy hoạch", "10-11/2019")


# --- SHORT_ROW_IN_LONG_SENTENCE (obligations._row_inside_sentence) ---------------------------------------------------


def test_a_short_row_restates_no_long_sentence_holding_its_words() -> None:
    rows = _by_action()
    # both stay, each with its own time: the plan's item took the row's "7-8/2021" before
    assert rows["là cơ"] == ("Vụ Vật liệu xây dựng", None)
    assert rows["Trình Hội"] == ("Vụ Vật liệu xây dựng", "7-8/2021")


# --- NAME_PRINTED_WHOLE (deadlines.name_printed_whole, data/duties.toml [name_goes_on]) -------------------------------


@pytest.mark.parametrize(
    ("text", "before", "after"), duties().name_goes_on.examples + duties().name_goes_on.counter_examples
)
def test_name_printed_whole_examples_both_ways(text: str, before: str, after: str) -> None:
    text = text.replace("\\n", "\n")
    duty_start = text.index(before) + len(before) + 1
    assert name_printed_whole(text, before, duty_start)[0] == after


def test_the_item_names_its_body_whole() -> None:
    assert _by_action()["là cơ"][0] == "Vụ Vật liệu xây dựng"  # before: "Vụ Vật liệu", action "xây dựng là cơ quan …"


# --- MONTH_SPAN and QUARTER_LIST (dates._MONTH) -----------------------------------------------------------------------

DOC = dt.date(2019, 10, 14)


def _phrase(s: str) -> tuple[str, dt.date | None, dt.date | None, dt.date | None]:
    (p,) = find_time_phrases(s, doc_date=DOC)
    return p.text, p.date, p.when.period_start, p.when.period_end


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        ("10-11/2019", dt.date(2019, 10, 1), dt.date(2019, 11, 30)),
        ("3-12/2020", dt.date(2020, 3, 1), dt.date(2020, 12, 31)),
        ("tháng 01-4/2021", dt.date(2021, 1, 1), dt.date(2021, 4, 30)),
        ("Quý III, IV/2026", dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
        ("trong quý II - III năm 2026", dt.date(2026, 4, 1), dt.date(2026, 9, 30)),
        ("Quý IV/2026, 2027", dt.date(2026, 10, 1), dt.date(2027, 12, 31)),
    ],
)
def test_month_spans_and_quarter_lists_are_one_time_with_no_day(cell: str, start: dt.date, end: dt.date) -> None:
    assert _phrase(cell) == (cell, None, start, end)


def test_a_day_with_its_word_or_one_separator_stays_a_day() -> None:
    assert _phrase("ngày 10-11/2019")[1] == dt.date(2019, 11, 10)
    assert _phrase("10/11/2019")[1] == dt.date(2019, 11, 10)
    assert _phrase("30-11/2019")[1] == dt.date(2019, 11, 30)  # no month 30: a day
    assert _phrase("trong Quý I/2026")[0] == "trong Quý I/2026"


def test_the_schedules_month_spans_are_deadlines_without_a_date() -> None:
    record = parse_text(SCHEDULE)
    spans = {d.text: d.date for d in record.deadlines}
    assert spans == {"10-11/2019": None, "7-8/2021": None}


# --- SHORTCOMINGS_LISTED, RESOLUTE, ALLOCATING_GIAO (obligations): a Prime Minister's chỉ thị ------------------------

DIRECTIVE = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 07/CT-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Hà Nội, ngày 02 tháng 3 năm 2012\n\nCHỈ THỊ\nVề việc chấn chỉnh công tác quản lý các khu công nghiệp\n\n"
    "Trong thời gian qua, các khu công nghiệp đã góp phần hiện đại hóa hệ thống kết cấu hạ tầng.\n"
    "{assessment}\n"
    "Để khắc phục những hạn chế nêu trên, Thủ tướng Chính phủ yêu cầu thực hiện tốt các nhiệm vụ sau:\n"
    "1. Ủy ban nhân dân các tỉnh:\n"
    "a) Tuân thủ nghiêm túc trình tự thành lập mới khu công nghiệp. Kiên quyết thu hồi diện tích đã giao nhưng chủ "
    "đầu tư không thực hiện dự án đầu tư xây dựng khu công nghiệp. Tập trung chỉ đạo đẩy nhanh bồi thường đối với "
    "đất đã có quyết định thu hồi giao chủ đầu tư xây dựng khu công nghiệp.\n"
    "b) Chỉ đạo rà soát các dự án và giao Sở Tài chính tổng hợp.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nNguyễn Văn An\n"
)
SHORTCOMINGS = (
    "Bên cạnh những kết quả tích cực đã đạt được, quá trình phát triển các khu công nghiệp còn có một số vấn đề bất "
    "cập, chậm được khắc phục: Chất lượng quy hoạch chưa tốt; phát triển quá nhanh về số lượng."
)


def _duties(assessment: str) -> list[tuple[str, str | None]]:
    record = parse_text(DIRECTIVE.format(assessment=assessment))
    return [(" ".join(o.action.split()[:3]), o.responsible) for o in record.obligations]


def test_listed_shortcomings_are_no_duty() -> None:
    duties_read = _duties(SHORTCOMINGS)
    assert not any(a.startswith(("Bên cạnh", "phát triển")) for a, _ in duties_read)
    assert len(duties_read) == len(_duties(""))


def test_a_clause_that_asks_after_the_shortcomings_stays_a_duty() -> None:
    assessment = "Các tỉnh còn một số hạn chế: chưa gửi báo cáo đúng hạn; đề nghị các tỉnh khắc phục ngay."
    assert ("khắc phục ngay", "các tỉnh") in _duties(assessment)


def test_each_sentence_of_an_item_keeps_its_body() -> None:
    province = "Ủy ban nhân dân các tỉnh"
    assert _duties("") == [
        ("Tuân thủ nghiêm", province),
        ("Kiên quyết thu", province),  # RESOLUTE: before, "chủ đầu tư" further on was read as its body
        ("Tập trung chỉ", province),  # ALLOCATING_GIAO: before, "giao chủ đầu tư xây dựng …" asked the investor
        ("Chỉ đạo rà", province),  # "và giao Sở Tài chính …" is the province's to do
    ]


# --- PARTY_COMMITTEE_LEADS (data/duties.toml [duty_verbs] party_leads_after) -----------------------------------------

RESOLUTION = (
    "TỈNH ỦY LÀO CAI\n\nSố 34-NQ/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLào Cai, ngày 27 tháng 12 năm 2025\n\n"
    "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển các khu công nghiệp\n\n"
    "IV. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Đảng ủy UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Nghị quyết trong tháng 01/2026.\n\n"
    "2. Ban Tuyên giáo Tỉnh ủy phân công lãnh đạo theo dõi việc tuyên truyền Nghị quyết.\n\n"
    "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nHoàng Giang\n"
)


def test_a_party_committee_leads_the_body_it_sits_in() -> None:
    record = parse_text(RESOLUTION)
    duties_read = {o.responsible: (o.action, o.due) for o in record.obligations}
    # before: the body read "Đảng ủy UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh", its duty "ban hành kế hoạch …"
    assert duties_read["Đảng ủy UBND tỉnh"] == ("lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Nghị quyết", "trong tháng 01/2026")
    # counter-example: "lãnh đạo" after a verb is the staff assigned, no verb
    assert duties_read["Ban Tuyên giáo Tỉnh ủy"][0].startswith("phân công lãnh đạo theo dõi")


# --- ASK_WITHOUT_BODY (obligations._BARE_ASK), "Trước mắt" (deadlines._ADVERBIAL), SUSPEND ("tạm dừng") ------------

MINISTRIES = DIRECTIVE.replace("{assessment}\n", "").replace(
    "1. Ủy ban nhân dân các tỉnh:\n",
    "1. Bộ Kế hoạch và Đầu tư:\n"
    "a) Chủ trì đánh giá việc thực hiện quy hoạch, trình Thủ tướng Chính phủ trong quý IV năm 2012. Trước mắt, trong "
    "quá trình rà soát quy hoạch, yêu cầu tạm dừng việc thành lập mới các khu công nghiệp cho đến khi có chỉ đạo của "
    "Thủ tướng Chính phủ.\n"
    "2. Ủy ban nhân dân các tỉnh:\n",
)


def test_a_request_word_before_the_verb_asks_the_items_body() -> None:
    record = parse_text(MINISTRIES)
    suspend = [o for o in record.obligations if "tạm dừng" in o.action]
    # before: no duty (the frame and "yêu cầu" opened the sentence); the frame and the request word are not the duty
    assert [(o.action, o.responsible) for o in suspend] == [
        ("tạm dừng việc thành lập mới các khu công nghiệp cho đến khi có chỉ đạo của Thủ tướng Chính phủ", "Bộ Kế hoạch và Đầu tư")
    ]


def test_a_request_before_a_body_is_the_ask_grammars() -> None:
    record = parse_text(MINISTRIES.replace("yêu cầu tạm dừng", "yêu cầu các Sở tạm dừng"))
    suspend = [o for o in record.obligations if "tạm dừng" in o.action]
    assert [o.responsible for o in suspend] == ["các Sở"]


# --- CITED_TITLE_ASK (obligations.cited_title_re): a request inside the cited document's title -----------------------

SO_LETTER = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n\nSố: 5085/SCT-VP\n\nV/v thực hiện các nhiệm vụ được ủy quyền\n\n"
    "Kính gửi: Phòng Quản lý Công nghiệp.\n\n"
    "Thực hiện Quyết định số 1883/QĐ-UBND ngày 06/11/2025 của UBND tỉnh Lào Cai về việc ủy quyền\n"
    "cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của UBND tỉnh{after}\n\n"
    "Phòng Quản lý Công nghiệp tham mưu Lãnh đạo Sở triển khai các nhiệm vụ được ủy quyền./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
)


def test_a_request_in_the_cited_title_is_no_duty() -> None:
    record = parse_text(SO_LETTER.format(after=";"))
    # before: "Thực hiện Quyết định … về việc ủy quyền cho Giám đốc Sở … thực hiện …" was a duty of the header's line
    assert [o.action.split()[0] for o in record.obligations] == ["tham"]


def test_a_request_after_the_basis_is_this_documents() -> None:
    record = parse_text(SO_LETTER.format(after="; giao Văn phòng Sở theo dõi, đôn đốc việc thực hiện."))
    assert ("theo dõi, đôn đốc việc thực hiện", "Văn phòng Sở") in [(o.action, o.responsible) for o in record.obligations]


# --- DAY_WORD_DROPPED_MONTHLY and PER_ONE_TIME (dates._RECUR) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "rule"),
    [
        ("định kỳ trước 25 hằng tháng báo cáo tiến độ", "định kỳ trước 25 hằng tháng", "FREQ=MONTHLY;BYMONTHDAY=25"),
        ("trước ngày 25 hằng tháng báo cáo", "trước ngày 25 hằng tháng", "FREQ=MONTHLY;BYMONTHDAY=25"),
        ("định kỳ 6 tháng/1 lần (vào dịp sơ kết)", "định kỳ 6 tháng/1 lần", "FREQ=MONTHLY;INTERVAL=6"),
        ("Định kỳ 6 tháng/lần báo cáo", "Định kỳ 6 tháng/lần", "FREQ=MONTHLY;INTERVAL=6"),
    ],
)
def test_monthly_days_and_per_one_time_recur(sentence: str, phrase: str, rule: str) -> None:
    (p,) = find_time_phrases(sentence)
    assert (p.text, p.when.recurrence) == (phrase, rule)


def test_a_bare_day_before_another_unit_is_no_monthly_day() -> None:
    assert [p.text for p in find_time_phrases("trước 25 hằng năm")] == ["hằng năm"]


# --- f42's study: MOTTO_IS_NO_BODY, CITATION_WRAPPED, DUTIES_OF_HEADING_WITH_PERIOD, CITED_PROVISION --------------------

MINES_LETTER = (
    "      UBND TỈNH LÀO CAI                         CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                         Độc lập - Tự do - Hạnh Phúc\n\n"
    "         Số: 5141 /SNNMT-KS                        Lào Cai, ngày 29 tháng 12 năm 2025\n"
    "V/v quản lý, thống kê và báo cáo sản lượng khoáng sản\n\n"
    "              Kính gửi:      Các tổ chức, cá nhân khai thác khoáng sản trên địa bàn tỉnh.\n\n"
    "       Để tăng cường công tác quản lý nhà nước về khoáng sản, Sở Nông nghiệp và Môi trường đề nghị một số\n"
    " nội dung cụ thể như sau:\n"
    "       1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản.\n"
    "       1.1. Thực hiện kê khai, nộp thuế, phí trung thực, đúng quy định.\n"
    "       1.2. Về việc thống kê trữ lượng khoáng sản\n"
    "       Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân khai thác khoáng sản có trách\n"
    " nhiệm thực hiện công tác thống kê trữ lượng định kỳ hằng năm theo quy định tại khoản 2\n"
    "Điều 64 của Luật Địa chất và khoáng sản và các yêu cầu sau:\n"
    "       a) Kỳ thống kê hằng năm được xác định từ ngày 01 tháng 01 đến ngày 31 tháng 12 hằng năm;\n"
    "       b) Hồ sơ thống kê bao gồm báo cáo thống kê trữ lượng khoáng sản.\n"
    "       2. Đối với UBND các xã, phường: Chỉ đạo tăng cường kiểm tra các trường hợp đổ thải sai quy định.\n\n"
    " Nơi nhận:                                        GIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\n                                        Nguyễn Văn An\n"
)


def _mines() -> list[tuple[str, str | None]]:
    record = parse_text(MINES_LETTER)
    return [(" ".join(o.action.split()[:3]), o.responsible) for o in record.obligations]


def test_the_header_line_with_the_motto_names_no_body() -> None:
    assert not any(who and "CỘNG HOÀ" in who for _, who in _mines())


def test_a_heading_closed_by_a_period_names_its_items_body() -> None:
    assert ("Thực hiện kê", "các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản") in _mines()


def test_a_cited_provisions_clauses_are_no_duties() -> None:
    actions = [a for a, _ in _mines()]
    # before: the rule's clauses ("Kỳ thống kê hằng năm …", "Hồ sơ thống kê …") were duties, and "Điều 64 của Luật …"
    # wrapped to a line's start opened an article that cut the rule from its items
    assert not any(a.startswith(("Kỳ thống", "Hồ sơ", "Về việc", "Khoản 1")) for a in actions)
    assert actions == ["Thực hiện kê", "Chỉ đạo tăng"]


def test_a_citation_wrapped_at_a_line_start_opens_no_article() -> None:
    from directive_parser.structure import read_lines

    lines = read_lines("theo quy định tại khoản 2\nĐiều 64 của Luật Địa chất.\nĐiều 2. Quyết định này có hiệu lực.")
    assert [x.marker for x in lines] == [None, None, "article"]


# --- OFFSET_IN_MONTHS (dates._OFFSET) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "days"),
    [
        (
            "Trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành, các bộ thực hiện",
            "Trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành",
            None,
        ),
        ("rà soát trong thời hạn 02 năm kể từ ngày nhận được văn bản", "trong thời hạn 02 năm kể từ ngày nhận được văn bản", None),
        ("gửi báo cáo trong 2 tuần kể từ ngày nhận được văn bản", "trong 2 tuần kể từ ngày nhận được văn bản", 14),
        ("trong thời hạn 15 ngày kể từ ngày nhận được văn bản", "trong thời hạn 15 ngày kể từ ngày nhận được văn bản", 15),
    ],
)
def test_spans_of_weeks_months_and_years_from_an_anchor_are_offsets(sentence: str, phrase: str, days: int | None) -> None:
    (p,) = find_time_phrases(sentence)
    assert (p.text, p.when.kind, p.when.offset_days, p.date) == (phrase, "offset", days, None)


def test_months_or_years_without_an_anchor_are_no_offset() -> None:
    assert find_time_phrases("Thành tựu trên các lĩnh vực sau 80 năm") == []
    assert find_time_phrases("tổ chức trong 02 tháng") == []


# --- SUB_HEADER_LINES (structure._flat_table) ---------------------------------------------------------------------------

APPENDIX = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 3473/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Lai Châu, ngày 04 tháng 7 năm 2025\n\nKẾ HOẠCH\nGiảm nhẹ phát thải khí nhà kính\n\n"
    "Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Trọng Hải\n\n"
    "PHỤ LỤC\nDanh mục các nhiệm vụ\n"
    "STT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối\nhợp\nThời gian thực hiện\nNguồn kinh phí\nthực hiện\n"
    "{sub}"
    "I\nXây dựng và hoàn thiện chính sách\n"
    "1\nĐiều tra, đánh giá hiện trạng phát\nsinh chất thải rắn sinh hoạt\nSở Nông nghiệp và\nMôi trường\nCác sở, ban,\nngành có liên\nquan\n"
    "2025-2030\nNgân sách địa\nphương\n"
    "2\nỨng dụng công nghệ thông tin\ntrong quản lý chất thải rắn\nSở Nông nghiệp và\nMôi trường\nCác sở, ban,\nngành có liên\nquan\n"
    "2026 - 2030\nNgân sách địa\nphương\n"
)


def test_sub_column_names_between_a_flat_header_and_its_first_row_are_no_rows() -> None:
    record = parse_text(APPENDIX.format(sub="Đến 2025\n2026 – 2030\n"))
    rows = {d.action: (d.responsible, d.text) for d in record.deadlines}
    # before: the table was not read at all (its first row's number did not follow the header)
    assert rows == {
        "Điều tra, đánh giá hiện trạng phát sinh chất thải rắn sinh hoạt": ("Sở Nông nghiệp và Môi trường", "2025-2030"),
        "Ứng dụng công nghệ thông tin trong quản lý chất thải rắn": ("Sở Nông nghiệp và Môi trường", "2026 - 2030"),
    }
    assert rows == {d.action: (d.responsible, d.text) for d in parse_text(APPENDIX.format(sub="")).deadlines}


# --- HEADING_CITES_ITS_BODY (deadlines.CITING_ASIDE_RE) ----------------------------------------------------------------

MINISTRY_LETTER = (
    "BỘ TÀI CHÍNH\n\nSố: 8388/BTC-QLCS\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Hà Nội, ngày 19 tháng 6 năm 2026\n\nV/v triển khai Nghị định số 178/2026/NĐ-CP\n\n"
    "Kính gửi: Các Bộ, cơ quan trung ương.\n\n"
    "Bộ Tài chính đề nghị các cơ quan thực hiện một số nội dung sau:\n"
    "3. Đối với các Bộ quản lý chuyên ngành ({aside}khoản 5 Điều 3\nNghị định số 178/2026/NĐ-CP)\n"
    "a) Hướng dẫn về loại tài sản kết cấu hạ tầng giao cho doanh nghiệp quản lý.\n"
    "b) Phối hợp với Bộ Tài chính xây dựng Cơ sở dữ liệu về tài sản kết cấu hạ tầng.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
)


def test_a_headings_citing_aside_is_no_part_of_its_bodys_name() -> None:
    record = parse_text(MINISTRY_LETTER.format(aside="theo quy định tại "))
    # before: the name read with its aside was too long for a body's, and the items named no one
    assert {o.responsible for o in record.obligations} == {"các Bộ quản lý chuyên ngành"}


# --- SECTION_CLOSING_LEAD (obligations._section_closing_lead, data/structure.toml "trách nhiệm chỉ đạo") ---------------

PROGRAMME = (
    "TỈNH ỦY LÀO CAI\n\nSố 104-CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLào Cai, ngày 30 tháng 8 năm 2026\n\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW\n\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "3.2. Nâng cao hiệu lực, hiệu quả quản lý nhà nước\n"
    "- Thường xuyên rà soát các quy định về quản lý chất thải.\n"
    "- Đẩy mạnh phân cấp, phân quyền cho cấp xã trong quản lý môi trường.\n"
    "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.\n"
    "3.3. Huy động các nguồn lực\n"
    "{paragraphs}"
    "Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng.\n\n"
    "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nHoàng Giang\n"
)


def test_a_lead_field_closing_a_group_of_marked_items_names_each_items_body() -> None:
    record = parse_text(PROGRAMME.format(paragraphs="- Bố trí ngân sách cho sự nghiệp bảo vệ môi trường.\n"))
    # before: the items named no one, and a plan's item with no body and no time is no duty
    assert [(o.action.split(",")[0], o.responsible) for o in record.obligations] == [
        ("rà soát các quy định về quản lý chất thải", "Đảng ủy Ủy ban nhân dân tỉnh"),
        ("Đẩy mạnh phân cấp", "Đảng ủy Ủy ban nhân dân tỉnh"),
        ("Bố trí ngân sách cho sự nghiệp bảo vệ môi trường", "Các cấp ủy, tổ chức đảng"),
    ]


def test_unmarked_paragraphs_before_the_field_are_no_group_of_items() -> None:
    # c125's form (OWN_FIELDS' counter-example): paragraphs that spell out their heading's one duty stay no entries
    paragraphs = "Bố trí ngân sách cho sự nghiệp bảo vệ môi trường.\nHuy động nguồn vốn xã hội hóa cho xử lý chất thải.\n"
    record = parse_text(PROGRAMME.format(paragraphs=paragraphs))
    assert {o.responsible for o in record.obligations} == {"Đảng ủy Ủy ban nhân dân tỉnh"}


# --- TOPIC_PARTS_UNDER_ONE_LEAD_IN (deadlines.lead_in_addressees) ------------------------------------------------------

MINING_RULES = (
    "UBND TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 12/SNNMT-KS\n\nV/v thực hiện Luật Địa chất và khoáng sản\n\n"
    "Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh\n\n"
    "Sở Nông nghiệp và Môi trường yêu cầu các tổ chức, cá nhân hoạt động khoáng sản thực hiện nghiêm túc một số nội "
    "dung sau:\n"
    "I. {part}\n"
    "1. Tổ chức rà soát toàn bộ hồ sơ pháp lý của mỏ.\n"
    "2. Thực hiện nộp đầy đủ các nghĩa vụ tài chính theo quy định.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
)


def test_the_lead_ins_addressees_go_on_over_a_topic_part() -> None:
    record = parse_text(MINING_RULES.format(part="Đối với các dự án đã được cấp phép hoạt động khai thác"))
    # before: the part heading stopped the search for the lead-in, and the items named no one
    assert {o.responsible for o in record.obligations} == {"các tổ chức, cá nhân hoạt động khoáng sản"}


def test_a_part_that_names_its_kind_still_stops_the_search() -> None:
    record = parse_text(MINING_RULES.format(part="NỘI DUNG"))
    assert "các tổ chức, cá nhân hoạt động khoáng sản" not in {o.responsible for o in record.obligations}


# --- ACHIEVED_COUNT (deadlines.ASSESSMENT_RE) ------------------------------------------------------------------------------


def test_a_verb_with_duoc_and_a_figure_reports_results() -> None:
    from directive_parser.extractors.deadlines import ASSESSMENT_RE

    assert ASSESSMENT_RE.match("Kiểm tra được 673.421 hồ sơ khai thuế tại cơ quan thuế, bằng 66,08 % cùng kỳ năm 2015")
    assert ASSESSMENT_RE.match("Tổ chức được 12 lớp tập huấn cho cán bộ")
    assert not ASSESSMENT_RE.match("Phấn đấu kiểm tra 100% hồ sơ khai thuế")
    assert not ASSESSMENT_RE.match("Các đơn vị được giao chủ trì tổ chức 12 lớp tập huấn")
