"""WHO forms of a duty (issue 11, session 29): the standard forms a directive names its body with, read both ways.

The battery under ``tests/fixtures/who_forms/`` is written for this session (our own sentences, one per form of NĐ
30/2020, HD 36 and the mass organisations' letters; see docs/notes/issue-11.md "Session 29, i29-who" for the table of
forms, what each should give and what the parser gave). Forms the dev corpus prints are pinned on its snippets too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_parser import parse_file, parse_text
from directive_parser.extractors import deadlines as D
from directive_parser.vocabulary import duties

FORMS = Path(__file__).resolve().parent / "fixtures" / "who_forms"

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 220/UBND-VP2\nV/v thực hiện chế độ báo cáo\nNam Định, ngày 18 tháng 3 năm 2025\nKính gửi: Các sở, ban, ngành thuộc tỉnh.\n\nỦy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:\n\n"


def _entries(body: str) -> list[tuple[str | None, str]]:
    return [(o.responsible, o.action) for o in parse_text(HEADER + body).obligations]


def _battery(name: str) -> list[tuple[str | None, str]]:
    return [(o.responsible, o.action) for o in parse_file(FORMS / f"{name}.txt").obligations]


def _who(s: str) -> str | None:
    m = D.subject_match(s)
    return m.group("who") if m is not None else None


# --- TIME_FRAME_BEFORE_SUBJECT: a time frames the sentence before its own body ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # the reporting regime's forms (our own sentences: the dev texts print none before a body)
        ("1. Hằng ngày, trước 16 giờ 00, các huyện, thành phố cập nhật số liệu lên hệ thống.", "các huyện, thành phố"),
        ("Định kỳ hằng tháng, trước ngày 20, các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ.", "các cơ quan, đơn vị"),
        ("Trước 15 giờ 00 hằng ngày, các đơn vị báo cáo nhanh tình hình về Văn phòng Sở.", "các đơn vị"),
        ("Kể từ ngày 01/4/2025, Sở Nội vụ tổng hợp báo cáo theo mẫu mới.", "Sở Nội vụ"),
        ("Sau khi có kết quả kiểm tra, Sở Nội vụ tổng hợp, báo cáo Chủ tịch UBND tỉnh.", "Sở Nội vụ"),
        # dev n061 (a condition in time: "Khi …,")
        ("Khi xảy ra sự cô tràn dầu, UBND huyện Nghĩa Hành phối hợp với các cơ quan liên quan", "UBND huyện Nghĩa Hành"),
    ],
)
def test_time_frame_before_subject(sentence: str, who: str) -> None:
    assert _who(sentence) == who


@pytest.mark.parametrize(
    "sentence",
    [
        # a frame before a verb with no body names none (the lead-in's body stays)
        "Trước ngày 20/4/2025, gửi báo cáo về Sở Nội vụ.",
        "Hằng ngày, cập nhật số liệu lên hệ thống thông tin báo cáo của tỉnh.",
        # "Từ" that opens no time ("Từ thực tiễn …") frames nothing
        "Từ thực tiễn địa phương, các đơn vị đề xuất giải pháp.",
    ],
)
def test_time_frame_before_no_body(sentence: str) -> None:
    assert _who(sentence) is None


def test_the_frame_leaves_the_action_and_the_sentence_body_wins() -> None:
    # the lead-in asks "các cơ quan, đơn vị"; the item names its own body after two frames (OUTPUT.md: inherited only
    # "when the item itself names none")
    entries = _entries("1. Hằng ngày, trước 16 giờ 00, các huyện, thành phố cập nhật số liệu lên hệ thống.\n2. Định kỳ hằng tháng, trước ngày 20, các sở, ngành gửi báo cáo về Sở Nội vụ.\n")
    assert entries == [
        ("các huyện, thành phố", "cập nhật số liệu lên hệ thống"),
        ("các sở, ngành", "gửi báo cáo về Sở Nội vụ"),
    ]


# --- ASSIGNED_AFTER_BODY: "X được giao + verb" ----------------------------------------------------------------------


def test_assigned_after_body() -> None:
    # NĐ 30's passive charge (our own sentence; scripts/variants.py duty_assigned prints n001's "có trách nhiệm" so)
    assert ("Sở Xây dựng", "hướng dẫn các huyện bố trí điểm tiêu hủy gia súc, gia cầm bảo đảm vệ sinh môi trường") in _battery("state")
    assert _who("Sở Nội vụ được giao giúp Ủy ban nhân dân tỉnh theo dõi việc thực hiện.") == "Sở Nội vụ"


def test_assigned_before_a_noun_is_no_charge() -> None:
    # counter-example: "được giao" before a noun ("nhiệm vụ") ends no name
    assert _who("Các đơn vị được giao nhiệm vụ chủ trì khẩn trương triển khai.") != "Các đơn vị"


# --- PARTY_ORGANISATION_NOUN and PARTY_LEADS_AND_DIRECTS ------------------------------------------------------------


def _organisation_cases() -> list[tuple[str, str, str | None]]:
    words = duties().organisation_nouns
    return [(s, who, action) for s, who, action in words.examples] + [(s, who, None) for s, who in words.counter_examples]


@pytest.mark.parametrize(("sentence", "who", "action"), _organisation_cases())
def test_organisation_nouns_both_ways(sentence: str, who: str, action: str | None) -> None:
    # data/duties.toml [organisation_nouns]: "tổ chức đảng" names bodies; "tổ chức" before anything else is the verb
    assert _who(sentence) == who
    entries = _entries("1. " + sentence + "\n")
    assert entries[0][0] == who
    if action is not None:
        assert entries[0][1] == action
    else:
        assert entries[0][1].startswith("tổ chức")


def test_party_stock_subject_from_the_battery() -> None:
    entries = _battery("party")
    assert entries[0] == ("Các cấp ủy, tổ chức đảng", "lãnh đạo, chỉ đạo việc học tập chuyên đề năm 2025 gắn với nhiệm vụ chính trị của địa phương")
    assert ("Ban Tuyên giáo Tỉnh ủy", "chủ trì, phối hợp với Trường Chính trị tỉnh biên soạn tài liệu học tập chuyên đề") in entries


def test_dev_party_subject_before_its_modal() -> None:
    # dev n004: "… các cấp ủy, tổ chức đảng, các tổ chức chính trị xã hội và cộng đồng cần xác định …"
    assert _who("Các cấp ủy, tổ chức đảng, các tổ chức chính trị xã hội và cộng đồng cần xác định phòng, chống ma túy là nhiệm vụ") == "Các cấp ủy, tổ chức đảng, các tổ chức chính trị xã hội và cộng đồng"


def test_leads_and_directs_is_a_verb_pair_only() -> None:
    # PARTY_LEADS_AND_DIRECTS: dev n012 "… cấp ủy lãnh đạo, chỉ đạo chính quyền địa phương thực hiện …"
    assert _who("Các cấp ủy lãnh đạo, chỉ đạo chính quyền địa phương thực hiện nhiệm vụ.") == "Các cấp ủy"
    # counter-example: a bare "lãnh đạo" is a noun ("phân công lãnh đạo theo dõi …": ASSIGNS_OWN_STAFF's)
    assert _who("Các sở phân công lãnh đạo theo dõi tiến độ.") == "Các sở"


# --- The battery's forms that already read: kept so (a regression names the form) -----------------------------------


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("state", ("Sở Nông nghiệp và Môi trường", "chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu vắc xin của các địa phương")),
        ("state", ("Công an tỉnh", "chịu trách nhiệm kiểm tra việc vận chuyển gia cầm qua địa bàn tỉnh")),
        ("state", ("Sở Tài chính", "thẩm định dự toán kinh phí phòng, chống dịch")),
        ("state", ("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố", "tổ chức quán triệt văn bản này đến cán bộ, công chức")),
        ("state", ("Các sở, ngành, địa phương", "căn cứ chức năng, nhiệm vụ được giao, xây dựng phương án phòng, chống dịch của đơn vị")),
        ("state", ("các huyện, thành phố", "gửi báo cáo tình hình dịch bệnh về Sở Nông nghiệp và Môi trường")),
        ("state", ("các đơn vị", "kịp thời phản ánh về Sở Nông nghiệp và Môi trường")),
        ("state", ("Văn phòng UBND tỉnh", "theo dõi, đôn đốc việc thực hiện văn bản này")),
        ("heads", ("Sở Y tế", "Chủ trì tổ chức các đoàn kiểm tra liên ngành về an toàn thực phẩm")),
        ("mass", ("Ban Thường vụ các huyện, thị, thành Đoàn", "triển khai Chiến dịch thanh niên tình nguyện hè tại địa phương")),
        ("mass", ("Các cấp Hội", "tuyên truyền, vận động hội viên tham gia hiến máu tình nguyện")),
        ("mass", ("Công đoàn cơ sở", "vận động đoàn viên công đoàn ủng hộ quỹ vì người nghèo")),
        ("frames", ("Sở Tư pháp", "hướng dẫn các đơn vị tháo gỡ")),
        ("frames", ("Bảo hiểm xã hội tỉnh", "phối hợp cung cấp số liệu về người tham gia bảo hiểm")),
    ],
)
def test_battery_forms_read(name: str, entry: tuple[str, str]) -> None:
    assert entry in _battery(name)


@pytest.mark.parametrize(("name", "promise"), [("state", "tổng hợp kết quả, báo cáo Bộ"), ("mass", "tổ chức tổng kết, khen thưởng"), ("frames", "hoàn thành 100%")])
def test_battery_non_duties_stay_none(name: str, promise: str) -> None:
    # the issuer's own promise ("Sở … sẽ tổng hợp …", "Ban Thường vụ Tỉnh Đoàn sẽ tổ chức …") and a fact ("Năm 2024,
    # các cơ quan, đơn vị đã hoàn thành …") are no duties, whatever frame or body opens them
    assert not any(promise in action for _, action in _battery(name))


# --- FUNCTION_LEAD_AFTER_BODY: "X theo chức năng, nhiệm vụ (được giao), + verb" --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # NĐ 30's stock lead (our own sentence)
        ("10. Sở Thông tin và Truyền thông, Sở Tài chính theo chức năng, nhiệm vụ, hướng dẫn các đơn vị sử dụng chữ ký số.", "Sở Thông tin và Truyền thông, Sở Tài chính"),
        ("Các sở, ngành theo chức năng, nhiệm vụ được giao, chủ động phối hợp thực hiện.", "Các sở, ngành"),
        # dev c148 2. (its OCR'd "thâm quyền", the lead wrapped over a line)
        ("2. Bộ Công an, Bộ Quốc phòng, Bộ Ngoại giao theo chức năng, nhiệm vụ,\nthâm quyền được giao chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch:", "Bộ Công an, Bộ Quốc phòng, Bộ Ngoại giao"),
    ],
)
def test_function_lead_after_body(sentence: str, who: str) -> None:
    assert _who(sentence) == who


def test_function_lead_after_an_ask() -> None:
    m = D.ask_search("Đề nghị các sở, ngành theo chức năng, nhiệm vụ được giao, chủ động phối hợp thực hiện.")
    assert m is not None and m.group("who") == "các sở, ngành"


def test_function_lead_leaves_the_action() -> None:
    # README A1: the prepositional lead is cut; counter-example: "căn cứ chức năng, nhiệm vụ" after the body starts the
    # action (dev 004 "MTTQ … căn cứ chức năng, nhiệm vụ, xây dựng văn bản …")
    assert ("Sở Thông tin và Truyền thông, Sở Tài chính", "hướng dẫn các đơn vị sử dụng chữ ký số trên văn bản điện tử") in _battery("frames")
    assert ("Các sở, ngành, địa phương", "căn cứ chức năng, nhiệm vụ được giao, xây dựng phương án phòng, chống dịch của đơn vị") in _battery("state")


def test_front_and_organisations_heading_names_them_whole() -> None:
    # NĐ 30 plans' stock heading over the Front's items (our own battery, heads_numbered.txt): "3. Đề nghị Ủy ban Mặt
    # trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh:" (was cut to "… tỉnh và các")
    entries = [(o.responsible, o.action) for o in parse_file(FORMS / "heads_numbered.txt").obligations]
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"
    assert (front, "Cử cán bộ đầu mối theo dõi công tác an toàn thực phẩm") in entries
    # counter-example: a lead-in whose verb is "tổ chức" keeps its body before it
    assert D._LEAD_IN_ASK_RE.search("Đề nghị Sở Y tế tổ chức các nội dung sau:").group("who") == "Sở Y tế"


# --- DEFINED_NAME_PARENTHESIS and COMRADE_BY_TITLE ------------------------------------------------------------------


def test_defined_name_parenthesis_is_no_copula() -> None:
    # NĐ 30's "(sau đây gọi chung là …)" after a body's name (our battery, more.txt; dev c159 prints "… Đề án 06 (sau
    # đây gọi tắt là Ban Chỉ đạo của Chính phủ) chủ trì …" in a notice's narrative): the name runs over it
    entries = _battery("more")
    assert ("Ủy ban nhân dân các xã, thị trấn (sau đây gọi chung là UBND cấp xã)", "chỉ đạo các thôn, xóm treo băng rôn tuyên truyền") in entries
    # counter-example: a copula with no parenthesis open gives the body its role (ROLE_COPULA, n004's form)
    assert D.before_copula("Trung tâm Y tế là đầu mối theo dõi.", "Trung tâm Y tế là đầu mối", 0, 25) == ("Trung tâm Y tế", 15)


def test_comrade_by_title_opens_a_name() -> None:
    # HD 36's "Đồng chí <title> …" subject (our battery, more.txt)
    assert ("Đồng chí Bí thư các chi bộ", "chịu trách nhiệm vận động đảng viên gương mẫu thực hiện") in _battery("more")
    # counter-example: a conclusion's narrative "Ngày …, Đồng chí …, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp …" is no
    # duty (notice.txt: only the conclusion's "Giao Sở …" item is)
    entries = _battery("notice")
    assert entries == [("Sở Nông nghiệp và Môi trường", "chủ trì, phối hợp với các địa phương rà soát nhu cầu vắc xin")]


# --- HEAD_OF_LISTED_KIND: "Giám đốc các Sở: A, B + verb" -------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "who"), duties().listed_heads.examples)
def test_listed_heads_examples(sentence: str, who: str) -> None:
    m = D.LISTED_BODIES_RE.match(sentence)
    assert m is not None and m.group("who") == who


@pytest.mark.parametrize("sentence", duties().listed_heads.counter_examples)
def test_listed_heads_counter_examples(sentence: str) -> None:
    assert D.LISTED_BODIES_RE.match(sentence) is None


def test_head_of_listed_kind_is_a_duty() -> None:
    assert ("Giám đốc các Sở: Công Thương, Tài chính", "chỉ đạo lực lượng quản lý thị trường kiểm soát việc kinh doanh gia cầm") in _battery("state")
    # dev c146's form without a head still reads (LISTED_BODIES_RE's first form)
    assert D.LISTED_BODIES_RE.match("3. Các Bộ: Quốc phòng, Công an chỉ đạo các lực lượng …").group("who") == "Các Bộ: Quốc phòng, Công an"


def test_ask_names_a_group_over_items() -> None:
    # ASK_NAMES_A_GROUP: "Đề nghị các đơn vị:" over "- …" items after an unnumbered "Sở Công Thương:" heading (our
    # battery, heads.txt): the nearest lead-in's group (A13), not the heading above it
    entries = _battery("heads")
    assert ("các đơn vị", "Cử cán bộ đầu mối theo dõi công tác an toàn thực phẩm") in entries
    assert ("Sở Y tế", "Chủ trì tổ chức các đoàn kiểm tra liên ngành về an toàn thực phẩm") in entries
    # counter-example: no group word after the ask names no body
    assert D._LEAD_IN_ASKS_BODY_RE.search("Đề nghị các nội dung sau:") is None
