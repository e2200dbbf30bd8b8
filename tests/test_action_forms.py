"""Where a duty's action starts and ends (issue 11, session 29, i29-action): the standard forms of Vietnamese
directives (NĐ 30/2020's state letters, NĐ 09/2019's reporting regime, the stock phrasing of administrative prose),
each as a sentence of our own in a minimal công văn, and the dev corpus where it prints the form. Each rule is pinned
both ways: the form, and a counter-example that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_parser import parse_file, parse_text
from directive_parser.extractors.deadlines import _body_after_frames
from directive_parser.extractors.obligations import closing_condition_duty
from directive_parser.normalize import normalize_text

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 512/SGDĐT-KHTC\nV/v chuẩn bị năm học mới\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 04 tháng 8 năm 2025\n\n"
    "Kính gửi:\n- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các trường trung học phổ thông trực thuộc.\n\n"
    "Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
)
FOOTER = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.\nGIÁM ĐỐC\nTrần Văn Bình\n"


def actions(body: str) -> list[str]:
    """The obligations' actions of a minimal công văn whose body is ``body``."""
    return [o.action for o in parse_text(HEADER + body + FOOTER).obligations]


# --- LEADING_FRAMES (deadlines.py) ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "action"),
    [
        # NĐ 09/2019's reporting regime: a recurrence, then its day, then the body (our sentence; no dev text prints it)
        ("1. Hằng tháng, trước ngày 25, các trường cập nhật dữ liệu lên hệ thống.", "cập nhật dữ liệu lên hệ thống"),
        # an aim set before the time (our sentence, the stock "Để bảo đảm tiến độ"; the variant frame_time_first
        # prints it on every dev text whose paragraph ends on its due date)
        ("1. Để bảo đảm tiến độ, trước ngày 30/8/2025, các trường gửi hồ sơ về Sở.", "gửi hồ sơ về Sở"),
        # … with no body: the duty is what follows the time (dev c111's subjectless sentence, in that variant)
        ("1. Để bảo đảm tiến độ, trước ngày 30/8/2025, gửi hồ sơ tuyển sinh về Sở.", "gửi hồ sơ tuyển sinh về Sở"),
    ],
)
def test_leading_frames_cut_before_the_body(item: str, action: str) -> None:
    assert action in actions(item)


@pytest.mark.parametrize(
    ("item", "action"),
    [
        # counter-examples: a time after the verb, a time that leads alone, a recurrence before the body alone
        ("1. Các trường gửi hồ sơ về Sở trước ngày 30/8/2025.", "gửi hồ sơ về Sở"),
        ("1. Trước ngày 30/8/2025, các trường gửi hồ sơ về Sở.", "gửi hồ sơ về Sở"),
        ("1. Hằng năm, các trường tổ chức tự đánh giá chất lượng giáo dục.", "tổ chức tự đánh giá chất lượng giáo dục"),
        # an aim with a comma of its own is no frame this reads: the aim's clause is kept where the body is not found
        ("1. Các trường bảo đảm tiến độ, trước ngày 30/8/2025 gửi hồ sơ về Sở.", "bảo đảm tiến độ, gửi hồ sơ về Sở"),
    ],
)
def test_leading_frames_counter_examples(item: str, action: str) -> None:
    assert action in actions(item)


def test_body_after_frames_both_ways() -> None:
    s = "Hằng tháng, trước ngày 25, các trường cập nhật dữ liệu."
    text = normalize_text(s)
    assert text.text == s
    time_end = s.index(",")  # "Hằng tháng" read as the first time
    duty = s.index("cập nhật")
    assert _body_after_frames(text, "các trường", time_end, duty)
    # the body right after the time (no frame between): who_around_time's, not this
    t = "Trước ngày 25, các trường cập nhật dữ liệu."
    assert not _body_after_frames(normalize_text(t), "các trường", t.index(","), t.index("cập nhật"))
    # no body read
    assert not _body_after_frames(text, None, time_end, duty)


# --- FRAME_OF_SCOPE (deadlines._ADVERBIAL) and REPORT_BACK_VERB (data/duties.toml) -------------------------------------


@pytest.mark.parametrize(
    ("item", "action"),
    [
        # the scope a body works in, before its name (our sentence)
        ("1. Trong phạm vi quản lý, các phòng giáo dục và đào tạo kiểm tra việc thu, chi của các trường.", "kiểm tra việc thu, chi của các trường"),
        # the stock closing of a state letter: the course of the work, a condition, the body, "phản ánh" (our sentence)
        ("1. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở để được hướng dẫn.", "phản ánh về Sở"),
        ("1. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh kịp thời về Sở để được hướng dẫn.", "phản ánh kịp thời về Sở"),
        ("1. Trường hợp có khó khăn, vướng mắc, các trường kịp thời phản ánh về Sở (qua Phòng Giáo dục phổ thông).", "kịp thời phản ánh về Sở (qua Phòng Giáo dục phổ thông)"),
    ],
)
def test_frames_of_scope_and_the_report_back_verb(item: str, action: str) -> None:
    assert action in actions(item)


@pytest.mark.parametrize(
    ("item", "action"),
    [
        # counter-examples: "quá trình" inside the duty, not a frame; "phản ánh" as a noun after a verb
        # (read as before this rule: data/duties.toml's compound example "Các xã trong quá trình triển khai" → "triển khai")
        ("1. Các trường trong quá trình triển khai chủ động báo cáo về Sở.", "triển khai chủ động báo cáo về Sở"),
        ("1. Các trường tiếp nhận phản ánh, kiến nghị của phụ huynh học sinh.", "tiếp nhận phản ánh, kiến nghị của phụ huynh học sinh"),
        ("1. Theo chức năng, nhiệm vụ được giao, các phòng giáo dục và đào tạo hướng dẫn các trường sắp xếp lớp học.", "hướng dẫn các trường sắp xếp lớp học"),
    ],
)
def test_frames_of_scope_counter_examples(item: str, action: str) -> None:
    assert action in actions(item)


# --- LOWER_CASE_GROUP_AFTER_SEMICOLON (deadlines.Paragraphs.own_who) ----------------------------------------------------


def duties(body: str) -> list[tuple[str | None, str]]:
    """The obligations' (responsible, action) pairs of a minimal công văn whose body is ``body``."""
    return [(o.responsible, o.action) for o in parse_text(HEADER + body + FOOTER).obligations]


def test_a_lower_case_group_after_a_semicolon_has_its_own_duty() -> None:
    # our sentence: two bodies, two duties in one sentence (OUTPUT.md: separate duties of different bodies)
    got = duties("1. Các trường trung học phổ thông rà soát danh sách học sinh; các phòng giáo dục và đào tạo tổng hợp số liệu cấp trung học cơ sở.")
    assert got == [
        ("Các trường trung học phổ thông", "rà soát danh sách học sinh"),
        ("các phòng giáo dục và đào tạo", "tổng hợp số liệu cấp trung học cơ sở"),
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a ";"-clause opening with its verb goes on with the first body's list of actions (one entry)
        (
            "1. Các trường rà soát danh sách học sinh; tổng hợp số liệu gửi về Sở.",
            [("Các trường", "rà soát danh sách học sinh; tổng hợp số liệu gửi về Sở")],
        ),
        # a capitalised body after ";" was split already, and still is
        (
            "1. Các trường rà soát danh sách học sinh; Phòng Kế hoạch - Tài chính tổng hợp số liệu.",
            [("Các trường", "rà soát danh sách học sinh"), ("Phòng Kế hoạch - Tài chính", "tổng hợp số liệu")],
        ),
    ],
)
def test_a_lower_case_group_after_a_semicolon_counter_examples(item: str, expected: list[tuple[str, str]]) -> None:
    assert duties(item) == expected


CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_a_lower_case_group_after_a_semicolon_on_dev_c113() -> None:
    # dev c113: "…; các tỉnh, thành phố đăng cai tổ chức các hoạt động cấp Trung ương chủ động các điều kiện cơ sở vật
    # chất, nhân sự, nội dung, kinh phí đối ứng (nếu có)" is that group's own entry (its gold). The name is still cut
    # at the verb-like "tổ chức" inside it ("các tỉnh, thành phố đăng cai" | "tổ chức các hoạt động …"): the entry is
    # split from the first body's, its name not yet read whole (left, i29-action's notes)
    got = [(o.responsible or "", o.action) for o in parse_file(CORPUS / "c113.txt").obligations]
    assert any(who.startswith("các tỉnh, thành phố") and "chủ động các điều kiện cơ sở vật chất" in action for who, action in got)
    # before, the clause ran on in the entry of the body before it
    assert not any("; các tỉnh, thành phố đăng cai" in action for _, action in got)


@pytest.mark.parametrize(
    ("doc", "absent"),
    [
        # "các trường hợp" names cases, not schools (dev n038)
        ("n038.txt", "các trường hợp"),
        # the distributive "mỗi đơn vị" shares the same bodies' duty out: one entry (dev 002)
        ("002.txt", "mỗi đơn vị"),
    ],
)
def test_a_lower_case_group_after_a_semicolon_dev_counter_examples(doc: str, absent: str) -> None:
    assert not any((o.responsible or "").lower().startswith(absent) for o in parse_file(CORPUS / doc).obligations)


# --- TIME_LABEL_AFTER_MARKER (deadlines._TIME_LABEL_DUTY_RE; written here first as NUMBERED_TIME_LABEL, one rule) --------
# tests/test_time_forms.py pins the same rule on one entry whole (action, body, date); these pin the obligations list.


def test_a_numbered_time_label_names_its_step() -> None:
    # NĐ 09/2019's reporting regime prints its limits as numbered items (our sentence; the lead's battery f1 item 3)
    assert actions("1. Thời hạn gửi báo cáo năm: chậm nhất ngày 05 tháng 12 năm 2025.") == ["gửi báo cáo năm"]
    assert actions("1. Hạn nộp hồ sơ: trước ngày 20/9/2025.") == ["nộp hồ sơ"]


def test_a_numbered_bare_time_label_names_no_step() -> None:
    # counter-example: "Thời gian thực hiện:" names no step, numbered or not (read as before this rule)
    got = actions("1. Các trường rà soát danh sách học sinh khuyết tật.\n2. Thời gian thực hiện: trước ngày 15/12/2025.")
    assert "thực hiện" not in got and "rà soát danh sách học sinh khuyết tật" in got


# --- CLOSING_CONDITION (obligations.closing_condition_duty) ----------------------------------------------------------


def test_the_closing_conditions_report_back_is_the_duty() -> None:
    # our sentence in the stock closing's form: "carry out the above; if there are difficulties, report back"
    got = actions("1. Các trường khẩn trương thực hiện các nội dung nêu trên, trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo về Sở để xem xét, giải quyết.")
    assert got == ["kịp thời báo cáo về Sở"]


def test_the_closing_conditions_report_back_on_dev_n024() -> None:
    # dev n024: "… khẩn trương thực hiện các nội dung nêu trên, trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp
    # thời phản ánh qua Phòng Bổ trợ tư pháp - Sở Tư pháp để kịp thời xử lý theo quy định" (its gold's entry)
    got = [o.action for o in parse_file(CORPUS / "n024.txt").obligations]
    assert any(a.startswith("kịp thời phản ánh qua Phòng Bổ trợ tư pháp - Sở Tư pháp") for a in got)
    assert not any(a.startswith("khẩn trương thực hiện các nội dung nêu trên") for a in got)


@pytest.mark.parametrize(
    "action",
    [
        # a first clause with a duty of its own keeps the whole (README A5)
        "rà soát danh sách học sinh, nếu có khó khăn, vướng mắc kịp thời báo cáo về Sở",
        # no duty verb after the condition
        "khẩn trương thực hiện các nội dung nêu trên, nếu có khó khăn, vướng mắc thì Sở sẽ hướng dẫn",
    ],
)
def test_the_closing_condition_counter_examples(action: str) -> None:
    assert closing_condition_duty(action) == action


def test_the_closing_condition_on_the_function() -> None:
    action = "khẩn trương thực hiện các nội dung nêu trên, trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời phản ánh về Sở"
    assert closing_condition_duty(action) == "kịp thời phản ánh về Sở"


# --- DAILY_FRAME (deadlines._ADVERBIAL) ---------------------------------------------------------------------------------


def test_a_daily_frame_before_a_clock_time_and_the_body() -> None:
    # the lead's battery f1 item 6 form (our sentence): a daily report's frame, its clock time, then the body
    got = duties("1. Hằng ngày, trước 15 giờ 00, các trường báo cáo nhanh tình hình về Văn phòng Sở.")
    assert got == [("các trường", "báo cáo nhanh tình hình về Văn phòng Sở")]


def test_a_daily_frame_counter_example() -> None:
    # "hằng ngày" after the body times its verb (read as before this rule)
    got = duties("1. Các trường hằng ngày cập nhật tình hình học sinh lên hệ thống.")
    assert got == [("Các trường", "cập nhật tình hình học sinh lên hệ thống")]


# --- ADDRESS_ALONE (obligations._address_alone) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "action"),
    [
        # our sentences: a body's duty that ends on the address it sends to or posts at (README A3: to its clause's end)
        ("1. Các trường gửi văn bản về Sở qua địa chỉ thư điện tử: khtc@quangbinh.edu.vn.", "gửi văn bản về Sở qua địa chỉ thư điện tử: khtc@quangbinh.edu.vn"),
        ("1. Các trường đăng tải thông tin lên Cổng thông tin điện tử của Sở tại địa chỉ: https://sgddt.quangbinh.gov.vn.", "đăng tải thông tin lên Cổng thông tin điện tử của Sở tại địa chỉ: https://sgddt.quangbinh.gov.vn"),
    ],
)
def test_a_duty_that_ends_on_its_address_is_a_duty(item: str, action: str) -> None:
    assert action in actions(item)


def test_an_address_line_is_no_duty() -> None:
    # counter-examples: a contact line, and a later sentence of an item that says how (dev n006 (9): "Truy cập và học
    # tập qua nền tảng … tại địa chỉ http://binhdanhocvuso.gov.vn", no entry in its gold)
    assert actions("1. Các trường rà soát danh sách học sinh khuyết tật.\nEmail: phongkhtc@quangbinh.edu.vn") == ["rà soát danh sách học sinh khuyết tật"]
    assert not any(o.action.startswith("Truy cập và học tập") for o in parse_file(CORPUS / "n006.txt").obligations)
