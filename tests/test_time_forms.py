"""The time forms of a duty as the format and the language state them (issue 11, session 29, i29-time).

The battery: one sentence of my own for each standard form (NĐ 30/2020's công văn and kế hoạch, NĐ 09/2019's reporting
regime "Định kỳ hằng tháng / quý", "Thời hạn gửi báo cáo", the stock time limits), embedded in a minimal công văn
(header, "Kính gửi", the issuer's lead-in, the item, signer, "Nơi nhận"). Where a dev text or a probe tune page prints
the form, its id is named; otherwise the sentence is mine and the test says so. Each rule is pinned both ways: the
form, and a counter-example that must read as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from directive_parser import parse_text
from directive_parser.dates import find_time_phrases

# A Sở's công văn dated 12/02/2025 asking the sở, ngành and districts; the items go between HEAD and TAIL.
HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSỞ TÀI CHÍNH\nSố: 567/STC-NS\nV/v thực hiện chế độ báo cáo\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghệ An, ngày 12 tháng 02 năm 2025\n\n"
    "Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các huyện, thành phố, thị xã.\n\n"
    "Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n\n"
)
TAIL = "\n\nĐề nghị các cơ quan, đơn vị quan tâm thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, NS.\nGIÁM ĐỐC\nTrần Văn Bình\n"


def _entry(item: str, phrase: str) -> tuple[str | None, str | None, dt.date | None]:
    """(action, responsible, date) of the one deadline of ``item`` whose time phrase is ``phrase``."""
    rec = parse_text(HEAD + item + TAIL)
    hits = [d for d in rec.deadlines if d.text == phrase]
    assert len(hits) == 1, [(d.text, d.action) for d in rec.deadlines]
    return hits[0].action, hits[0].responsible, hits[0].date


# --- RECURRENCE_SLOT: a recurrence, then its slot in the period, at the head of the duty -------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "rule"),
    [
        # my words (NĐ 09/2019's monthly report; the lead's battery f1 item 1)
        ("Định kỳ hằng tháng, trước ngày 20, các cơ quan, đơn vị gửi báo cáo", "Định kỳ hằng tháng, trước ngày 20", "FREQ=MONTHLY;BYMONTHDAY=20"),
        # my words (a daily quick report; f1 item 6)
        ("Hằng ngày, trước 15 giờ 00, các đơn vị báo cáo nhanh", "Hằng ngày, trước 15 giờ 00", "FREQ=DAILY"),
        # my words (a weekly summary)
        ("Hằng tuần, vào thứ Sáu, Phòng Tài chính các huyện tổng hợp số liệu", "Hằng tuần, vào thứ Sáu", "FREQ=WEEKLY;BYDAY=FR"),
        # the probe's tune page pc03 prints it without the comma ("Hàng tháng vào ngày 20, …"; my words here)
        ("Hàng tháng vào ngày 20, Sở chủ trì tổ chức họp", "Hàng tháng vào ngày 20", "FREQ=MONTHLY;BYMONTHDAY=20"),
        # WEEKDAY_WITHOUT_NGAY: the weekday before "hằng tuần" without "ngày" (as n006's "ngày thứ 5 hằng tuần")
        ("tổng hợp số liệu vào thứ Sáu hằng tuần", "vào thứ Sáu hằng tuần", "FREQ=WEEKLY;BYDAY=FR"),
    ],
    ids=["monthly-day", "daily-hour", "weekly-weekday", "no-comma", "weekday-before"],
)
def test_a_recurrence_and_its_slot_are_one_phrase(sentence: str, phrase: str, rule: str) -> None:
    assert [(p.text, p.when.recurrence) for p in find_time_phrases(sentence)][:1] == [(phrase, rule)]


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        # a day of a period is RELATIVE_PERIOD_DAY's own phrase, after the recurrence (as before)
        ("Định kỳ hằng quý, trước ngày 18 của tháng cuối quý, các đơn vị gửi", ["Định kỳ hằng quý", "trước ngày 18 của tháng cuối quý"]),
        # a day with its month is a date of its own
        ("Hằng năm, trước ngày 20/7, các sở gửi", ["Hằng năm", "trước ngày 20/7"]),
        # a slot that does not fit the unit: a day of a year, an hour of a month name no slot
        ("Hằng năm, vào ngày 15, các sở gửi", ["Hằng năm"]),
        ("Hằng tháng, trước 15 giờ, các đơn vị gửi", ["Hằng tháng"]),
        # an hour that opens a dated time is that time's (as before)
        ("Hằng ngày, trước 15 giờ ngày 20/7/2025, các đơn vị gửi", ["Hằng ngày", "trước 15 giờ ngày 20/7/2025"]),
    ],
    ids=["relative-day", "dated-day", "day-of-year", "hour-of-month", "hour-of-a-date"],
)
def test_what_is_no_slot_of_a_recurrence(sentence: str, phrases: list[str]) -> None:
    assert [p.text for p in find_time_phrases(sentence, doc_date=dt.date(2025, 2, 12))] == phrases


@pytest.mark.parametrize(
    ("item", "phrase", "action", "responsible"),
    [
        (
            "1. Định kỳ hằng tháng, trước ngày 20, các đơn vị gửi báo cáo kết quả thực hiện nhiệm vụ về Sở Tài chính.",
            "Định kỳ hằng tháng, trước ngày 20",
            "gửi báo cáo kết quả thực hiện nhiệm vụ về Sở Tài chính",
            "các đơn vị",
        ),
        (
            "1. Hằng ngày, trước 15 giờ 00, các đơn vị báo cáo nhanh tình hình giải ngân về Văn phòng Sở.",
            "Hằng ngày, trước 15 giờ 00",
            "báo cáo nhanh tình hình giải ngân về Văn phòng Sở",
            "các đơn vị",
        ),
        (
            "1. Hằng tuần, vào thứ Sáu, Phòng Tài chính các huyện tổng hợp số liệu giải ngân gửi Sở Tài chính.",
            "Hằng tuần, vào thứ Sáu",
            "tổng hợp số liệu giải ngân gửi Sở Tài chính",
            "Phòng Tài chính các huyện",
        ),
        # counter-example: the recurrence alone, as before
        (
            "1. Định kỳ hằng tháng, các đơn vị báo cáo tiến độ giải ngân về Sở Tài chính.",
            "Định kỳ hằng tháng",
            "báo cáo tiến độ giải ngân về Sở Tài chính",
            "các đơn vị",
        ),
    ],
    ids=["monthly-day", "daily-hour", "weekly-weekday", "recurrence-alone"],
)
def test_the_slot_leaves_the_action_and_the_body_after_it_acts(item: str, phrase: str, action: str, responsible: str) -> None:
    assert _entry(item, phrase)[:2] == (action, responsible)


# --- OFFSET_BARE_TRONG: "trong N ngày (làm việc) kể từ …" -----------------------------------------------------------
def test_a_bare_trong_with_its_anchor_is_an_offset() -> None:
    # my words (the plainest time limit; no dev text prints it)
    item = "1. Các đơn vị có ý kiến góp ý bằng văn bản gửi Sở Tài chính trong 05 ngày làm việc kể từ ngày nhận được văn bản."
    action, _who, date = _entry(item, "trong 05 ngày làm việc kể từ ngày nhận được văn bản")
    assert (action, date) == ("có ý kiến góp ý bằng văn bản gửi Sở Tài chính", None)
    (p,) = find_time_phrases("trong 03 ngày sau khi kết thúc hội nghị")
    assert (p.when.kind, p.when.offset_days, p.when.anchor) == ("offset", 3, "kết thúc hội nghị")


@pytest.mark.parametrize("sentence", ["Hội nghị tổ chức trong 02 ngày.", "Lớp tập huấn diễn ra trong 05 ngày làm việc, tại Hội trường Sở."])
def test_a_bare_trong_without_an_anchor_says_how_long(sentence: str) -> None:
    assert find_time_phrases(sentence) == []


# --- TIME_LABEL_AFTER_MARKER: "3. Thời hạn gửi báo cáo năm: …" -----------------------------------------------------
def test_a_numbered_time_label_names_its_step() -> None:
    # my words, NĐ 09/2019's label "Thời hạn gửi báo cáo" opening an item (the lead's battery f1 item 3)
    item = "3. Thời hạn gửi báo cáo năm: chậm nhất ngày 05 tháng 12 năm 2025."
    assert _entry(item, "chậm nhất ngày 05 tháng 12 năm 2025") == ("gửi báo cáo năm", "các cơ quan, đơn vị", dt.date(2025, 12, 5))


def test_a_numbered_bare_time_label_names_no_step() -> None:
    # counter-example: "Thời gian thực hiện:" names no step, numbered or not: the item above is the duty
    item = "4. Rà soát danh mục tài sản công của đơn vị.\n5. Thời gian thực hiện: trước ngày 30/4/2025."
    action, _who, _date = _entry(item, "trước ngày 30/4/2025")
    assert action != "Thời gian thực hiện" and "Thời gian" not in (action or "")


# --- RECURRENCE_DAY_IN_PARENS, DESTINATION_ENDS_AT_RECURRENCE: the recurrence after the object (README T8) ----------
def _entries(item: str) -> list[tuple[str | None, str | None, str | None]]:
    """(action, due, deliver_to) of every obligation of ``item``."""
    return [(o.action, o.due, o.deliver_to) for o in parse_text(HEAD + item + TAIL).obligations if o.action and "quan tâm" not in o.action]


@pytest.mark.parametrize(
    ("item", "due"),
    [
        # my words (NĐ 09/2019's quarterly report): the day of the period in a parenthesis
        (
            "1. Các huyện báo cáo kết quả giải ngân vốn đầu tư công về Sở Tài chính định kỳ hằng quý (trước ngày 15 của tháng cuối quý).",
            "định kỳ hằng quý (trước ngày 15 của tháng cuối quý)",
        ),
        # my words: RECURRENCE_SLOT's day in a parenthesis
        ("1. Các huyện báo cáo kết quả giải ngân vốn đầu tư công về Sở Tài chính định kỳ hằng tháng (trước ngày 20).", "định kỳ hằng tháng (trước ngày 20)"),
    ],
    ids=["quarter-day", "month-day"],
)
def test_a_recurrence_and_its_day_in_parentheses_are_one_time(item: str, due: str) -> None:
    assert _entries(item) == [("báo cáo kết quả giải ngân vốn đầu tư công về Sở Tài chính", due, "Sở Tài chính")]


def test_two_recurrences_in_a_parenthesis_stay_two_entries() -> None:
    # counter-example (TIMES_OF_ONE_DUTY, E10): two reports' times in one parenthesis are two entries, as before
    item = "1. Các đơn vị báo cáo kết quả thực hiện về Sở Tài chính (định kỳ 6 tháng trước ngày 15/6, hằng năm trước ngày 15/12)."
    assert [due for _a, due, _to in _entries(item)] == ["trước ngày 15/6", "trước ngày 15/12"]


def test_a_destination_keeps_a_word_that_is_no_recurrence() -> None:
    # counter-example to DESTINATION_ENDS_AT_RECURRENCE: "hàng" before no period word is part of the name
    item = "1. Các đơn vị gửi báo cáo về Cục Quản lý thị trường hàng hóa trước ngày 20/3/2025."
    assert _entries(item) == [("gửi báo cáo về Cục Quản lý thị trường hàng hóa", "trước ngày 20/3/2025", "Cục Quản lý thị trường hàng hóa")]


# --- LABELLED_CLAUSE_OF_ITS_CHAIN: "…; <duty>; thời hạn thực hiện là ngày …" -----------------------------------------
@pytest.mark.parametrize(
    "label",
    ["thời hạn thực hiện là ngày 04/6/2025", "thời hạn: ngày 04/6/2025"],
    ids=["copula", "colon"],
)
def test_a_label_clause_after_a_semicolon_times_the_clause_before_it(label: str) -> None:
    # c117's form ("… trước ngày 29/4/2021; báo cáo kết quả triển khai hoạt động về Trung ương Đoàn"), its second
    # time printed as an inline label (scripts/variants.py copula_inline); my words here
    item = f"1. Các đơn vị gửi kế hoạch về Sở Tài chính trước ngày 29/4/2025; báo cáo kết quả triển khai về Sở Tài chính; {label}."
    rec = parse_text(HEAD + item + TAIL)
    assert [(d.date, d.action) for d in rec.deadlines] == [
        (dt.date(2025, 4, 29), "gửi kế hoạch về Sở Tài chính"),
        (dt.date(2025, 6, 4), "báo cáo kết quả triển khai về Sở Tài chính"),
    ]


def test_a_label_line_of_its_own_takes_the_duty_before_it() -> None:
    # counter-example: a label on a line of its own has no chain in its sentence: the duty before it, as before
    item = "1. Các đơn vị gửi báo cáo kết quả triển khai về Sở Tài chính.\nThời hạn: ngày 04/6/2025."
    rec = parse_text(HEAD + item + TAIL)
    assert [(d.date, d.action) for d in rec.deadlines] == [(dt.date(2025, 6, 4), "gửi báo cáo kết quả triển khai về Sở Tài chính")]


# --- LATEST_UNTIL, QUARTER_AFTER, FROM_NOW_UNTIL_YEAR, the yearly slot: cues of the stock time limits ---------------
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Chậm nhất đến ngày 15/3/2025, các đơn vị gửi danh sách", "Chậm nhất đến ngày 15/3/2025"),  # LATEST_UNTIL
        ("gửi danh sách chậm nhất là đến ngày 20/7/2025", "chậm nhất là đến ngày 20/7/2025"),
        ("gửi báo cáo quý chậm nhất ngày 05 của tháng đầu quý sau", "chậm nhất ngày 05 của tháng đầu quý sau"),  # QUARTER_AFTER
        ("Từ nay đến hết năm 2025, các đơn vị thực hiện", "Từ nay đến hết năm 2025"),  # FROM_NOW_UNTIL_YEAR
    ],
    ids=["latest-until", "latest-is-until", "quarter-after", "from-now-year"],
)
def test_the_stock_cues_are_read_whole(sentence: str, phrase: str) -> None:
    # my words: no dev text prints these forms
    assert [p.text for p in find_time_phrases(sentence, doc_date=dt.date(2025, 2, 12))][:1] == [phrase]


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        # a title's horizon in quotes stays no time (as before)
        ("về “truyền thông của tỉnh từ nay đến hết năm 2020”", []),
        # "tháng đầu quý" without a day is no time
        ("trong tháng đầu quý sau", []),
    ],
    ids=["quoted-horizon", "no-day"],
)
def test_what_the_stock_cues_leave(sentence: str, phrases: list[str]) -> None:
    assert [p.text for p in find_time_phrases(sentence, doc_date=dt.date(2025, 2, 12))] == phrases


def test_a_recurring_day_of_each_year_has_no_date() -> None:
    # T10: a year-less day after "Hằng năm" opening the item recurs (``_recurring_days``): date null, its own phrase
    item = "1. Hằng năm, trước ngày 31/01, các đơn vị gửi báo cáo công khai ngân sách về Sở Tài chính."
    assert _entry(item, "trước ngày 31/01") == ("gửi báo cáo công khai ngân sách về Sở Tài chính", "các đơn vị", None)


def test_latest_until_leaves_the_body_that_acts() -> None:
    item = "1. Chậm nhất đến ngày 15/3/2025, các đơn vị gửi danh sách cán bộ đầu mối về Sở Tài chính."
    assert _entry(item, "Chậm nhất đến ngày 15/3/2025") == ("gửi danh sách cán bộ đầu mối về Sở Tài chính", "các đơn vị", dt.date(2025, 3, 15))


# --- YEAR_BEFORE_A_BODYS_DUTY: "Trong năm 2025, các đơn vị rà soát …" ------------------------------------------------
@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("1. Trong năm 2025, các đơn vị rà soát, sắp xếp lại trụ sở làm việc.", "Trong năm 2025"),
        ("1. Từ nay đến hết năm 2025, các đơn vị rà soát, sắp xếp lại trụ sở làm việc.", "Từ nay đến hết năm 2025"),
    ],
    ids=["in-year", "from-now-until-year"],
)
def test_a_year_before_a_bodys_duty_times_it(item: str, phrase: str) -> None:
    # my words (a kế hoạch's item under the issuer's lead-in), as a month there is read ("Trong tháng 5/2025, …")
    assert _entry(item, phrase) == ("rà soát, sắp xếp lại trụ sở làm việc", "các đơn vị", None)


@pytest.mark.parametrize(
    "item",
    [
        "1. Trong năm 2024, mặc dù gặp nhiều khó khăn, các đơn vị cơ bản hoàn thành nhiệm vụ.",
        "1. Trong năm 2024, các đơn vị đã rà soát, sắp xếp lại trụ sở làm việc.",
    ],
    ids=["setting", "past"],
)
def test_a_year_that_sets_a_statement_is_no_deadline(item: str) -> None:
    # counter-examples: a setting before no body, and a past statement (the year also before the document's)
    rec = parse_text(HEAD + item + TAIL)
    assert all("năm 2024" not in d.text for d in rec.deadlines)


# --- TIME_LABEL_LINE_OF_ITS_ITEM: "2. <duty>." / "Thời gian hoàn thành: …" ------------------------------------------
@pytest.mark.parametrize("label", ["Thời gian hoàn thành: trong tháng 3/2025.", "Thời hạn: trước ngày 30/4/2025."], ids=["completion", "limit"])
def test_a_label_line_under_a_later_item_keeps_the_lead_ins_body(label: str) -> None:
    # my words (n006 prints field lines under prose; NĐ 09/2019's report lists a "Thời hạn gửi báo cáo" line under each
    # report); before, an item after the list's first lost the lead-in's body
    item = f"1. Rà soát danh mục tài sản công của đơn vị.\n2. Kiểm kê tài sản cố định.\n{label}"
    rec = parse_text(HEAD + item + TAIL)
    assert [(d.action, d.responsible) for d in rec.deadlines] == [("Kiểm kê tài sản cố định", "các cơ quan, đơn vị")]


def test_a_line_under_an_item_that_is_no_time_label_is_its_own() -> None:
    # counter-example: a line that names its own body is its own paragraph, that body acting
    item = "1. Rà soát danh mục tài sản công của đơn vị.\n2. Kiểm kê tài sản cố định.\nPhòng Tài chính các huyện tổng hợp kết quả trước ngày 30/4/2025."
    rec = parse_text(HEAD + item + TAIL)
    assert [(d.action, d.responsible) for d in rec.deadlines] == [("tổng hợp kết quả", "Phòng Tài chính các huyện")]


# --- QUARTER_MONTH_RULE: the quarter's last or first month named in the rule ------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "rule", "next_day"),
    [
        ("trước ngày 15 của tháng cuối quý", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15", dt.date(2025, 3, 15)),
        ("chậm nhất ngày 05 của tháng đầu quý sau", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=5", dt.date(2025, 4, 5)),
        # counter-example: the month after is every month, as before (n001's table cells)
        ("Trước ngày 05 của tháng liền kề", "FREQ=MONTHLY;BYMONTHDAY=5", dt.date(2025, 3, 5)),
    ],
    ids=["last-month", "first-month-next", "next-month"],
)
def test_a_day_of_the_quarters_month_recurs_in_that_month(phrase: str, rule: str, next_day: dt.date) -> None:
    from directive_parser.dates import resolve_relative

    (p,) = find_time_phrases(phrase)
    # a document of 12/02/2025: the quarter's last month is March (before, 15/02 was its next occurrence)
    assert (p.date, p.when.recurrence, resolve_relative(p.when, dt.date(2025, 2, 12))) == (None, rule, next_day)


# --- REPORT_LABEL_UNDER_ITS_REPORT: NĐ 09/2019's "Thời hạn gửi báo cáo: …" under the report's name --------------------
def test_the_send_the_report_label_times_the_report_named_above() -> None:
    # my words, in the decree's form: the report's name, its cut-off period (no limit), its limit
    item = (
        "1. Báo cáo tình hình quản lý tài sản công.\n"
        "Thời gian chốt số liệu báo cáo: từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo.\n"
        "Thời hạn gửi báo cáo: chậm nhất ngày 18 của tháng cuối quý."
    )
    assert _entry(item, "chậm nhất ngày 18 của tháng cuối quý") == ("Báo cáo tình hình quản lý tài sản công", "các cơ quan, đơn vị", None)
    assert [d.text for d in parse_text(HEAD + item + TAIL).deadlines] == ["chậm nhất ngày 18 của tháng cuối quý"]  # the cut-off is none


def test_the_send_the_report_label_under_another_duty_keeps_its_step() -> None:
    # counter-example: under an item that names no report the label's own step stays
    item = "1. Rà soát danh mục tài sản công của đơn vị.\nThời hạn gửi báo cáo: chậm nhất ngày 18 của tháng cuối quý."
    assert _entry(item, "chậm nhất ngày 18 của tháng cuối quý")[0] == "gửi báo cáo"


def test_a_slot_mid_clause_before_a_verb_is_left() -> None:
    # counter-example to RECURRENCE_SLOT (SLOT_SET_OFF): not set off after it, the slot is left unread, as before
    assert [p.text for p in find_time_phrases("Các đơn vị thực hiện báo cáo định kỳ hằng tháng, trước ngày 20 gửi về Sở Tài chính.")] == ["định kỳ hằng tháng"]
    assert [p.text for p in find_time_phrases("Các đơn vị báo cáo định kỳ hằng tháng, trước ngày 20.")] == ["định kỳ hằng tháng, trước ngày 20"]


def test_an_inline_label_clause_leaves_the_action_whole() -> None:
    # LABELLED_CLAUSE_OF_ITS_CHAIN with a bare label: "…; thời gian thực hiện: quý II năm 2025" (my words) is the
    # clause before it without the label's words
    item = "1. Rà soát danh mục tài sản công.\n2. Tổ chức tập huấn nghiệp vụ quản lý tài sản cho kế toán các đơn vị; thời gian thực hiện: quý II năm 2025."
    rec = parse_text(HEAD + item + TAIL)
    assert [(d.text, d.action) for d in rec.deadlines] == [("quý II năm 2025", "Tổ chức tập huấn nghiệp vụ quản lý tài sản cho kế toán các đơn vị")]


def test_the_limit_line_under_the_cut_off_line_times_the_report() -> None:
    # TIME_LABEL_LINE_OF_ITS_ITEM past the cut-off line (NĐ 09/2019's order; my words), under a later item
    item = (
        "1. Các đơn vị rà soát danh mục tài sản công.\n2. Báo cáo tình hình tài chính năm.\n"
        "Thời gian chốt số liệu báo cáo: từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 của năm báo cáo.\n"
        "Thời hạn gửi báo cáo: trước ngày 20 tháng 12 hằng năm."
    )
    assert _entry(item, "trước ngày 20 tháng 12 hằng năm") == ("Báo cáo tình hình tài chính năm", "các cơ quan, đơn vị", None)
