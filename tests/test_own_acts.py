"""The issuer's own statements and acts (extractors/own_acts.py): one check, both stages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from directive_parser import parse_file, parse_text
from directive_parser.extractors.own_acts import (
    FIRST_PERSON,
    ISSUER_HEAD,
    ISSUER_SUBJECT,
    ORGANISER,
    is_issuer,
    issuer_forms,
    issuers_own,
    organiser_act,
    own_act,
)
from directive_parser.vocabulary import duties

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# the issuers of the examples in data/duties.toml [issuer_forms] (n058, w035, c121/c122)
FORMS = issuer_forms(
    [
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Ủy ban nhân dân tỉnh Hậu Giang",
        "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
    ]
)


@pytest.mark.parametrize("sentence", duties().issuer_forms.examples)
def test_each_example_is_the_issuers_own_act(sentence: str) -> None:
    assert own_act(sentence, FORMS) is not None


@pytest.mark.parametrize("sentence", duties().issuer_forms.counter_examples)
def test_each_counter_example_is_not(sentence: str) -> None:
    assert own_act(sentence, FORMS) is None


def test_short_forms_come_from_the_header_by_rule() -> None:
    # council prefix dropped, the organisation's own name dropped, the place after the level word dropped
    forms = issuer_forms(["Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "Ủy ban nhân dân tỉnh Quảng Ngãi"])
    assert is_issuer("Trung ương Đoàn TNCS Hồ Chí Minh", forms)
    assert is_issuer("Trung ương Đoàn", forms)
    assert is_issuer("UBND tỉnh", forms)
    assert is_issuer("Ủy ban nhân dân tỉnh", forms)
    assert not is_issuer("Ban Tổ chức Trung ương Đoàn", forms)
    assert not is_issuer("Ủy ban nhân dân huyện", forms)


def test_each_rule_names_itself() -> None:
    assert (
        own_act("Hằng năm, Trung ương Đoàn có phân bổ chỉ tiêu cụ thể cho các tỉnh, thành đoàn.", FORMS)
        == ISSUER_SUBJECT
    )
    assert (
        own_act(
            "Từ ngày 15 tháng 01 đến hết ngày 19 tháng 01 năm 2018, Chủ tịch UBND tỉnh Hậu Giang đi công tác tại Hà Nội.",
            FORMS,
        )
        == ISSUER_HEAD
    )
    assert own_act("Chúng tôi sẽ tổng hợp ý kiến trước ngày 20/5/2025.", FORMS) == FIRST_PERSON


def test_a_plans_dated_step_counts_whoever_takes_it() -> None:
    step = "+ Trung ương Đoàn làm việc trực tuyến với 12 đơn vị để triển khai các nội dung của Kế hoạch vào ngày 12/7/2023."
    assert issuers_own(step, FORMS, "Kế hoạch", lambda: True) is None  # c111: the recipients plan around it
    assert issuers_own(step, FORMS, "Kế hoạch", lambda: False) == ISSUER_SUBJECT
    assert issuers_own(step, FORMS, "Công văn", lambda: True) == ISSUER_SUBJECT


def test_the_deadlines_stage_drops_the_issuers_own_acts() -> None:
    # w035: the chairman's trip is no deadline; the delegation to his deputy is a duty
    record = parse_file(CORPUS / "w035.txt")
    assert not [d for d in record.deadlines if "đi công tác" in d.action]
    # c121: "Hằng năm, Trung ương Đoàn có phân bổ chỉ tiêu …" (the issuer allocates)
    record = parse_file(CORPUS / "c121.txt")
    assert not [d for d in record.deadlines if "phân bổ chỉ tiêu" in d.action]


def test_the_obligations_stage_drops_the_issuers_own_acts() -> None:
    # c122: the issuer "Ban Chấp hành Trung ương Đoàn …" writes "Trung ương Đoàn TNCS Hồ Chí Minh thành lập …"
    record = parse_file(CORPUS / "c122.txt")
    assert not [o for o in record.obligations if "thành lập Ban Tổ chức" in o.action]
    record = parse_file(CORPUS / "w035.txt")
    assert not [o for o in record.obligations if "đi công tác" in o.action]
    assert [o for o in record.obligations if "thực hiện nhiệm vụ, quyền hạn của Chủ tịch" in o.action]


def test_a_plans_dated_step_of_the_issuer_stays() -> None:
    record = parse_file(CORPUS / "c111.txt")
    assert [d for d in record.deadlines if "làm việc trực tuyến với 12 đơn vị" in d.action]


def test_a_level_word_inside_a_bodys_name_cuts_nothing() -> None:
    # "Tỉnh ủy" is a body: "Ban Dân vận Tỉnh ủy …" has no short form "Ban Dân vận tỉnh" (001)
    forms = issuer_forms(["Ban Dân vận Tỉnh ủy Quảng Ninh"])
    assert (
        own_act("Ban Dân vận Tỉnh ủy đề nghị lãnh đạo các cơ quan, đơn vị, địa phương quan tâm chỉ đạo.", forms) is None
    )
    # a name in capitals shows no proper name after its level word: no cut
    assert ("ban", "thường", "vụ", "tỉnh") not in issuer_forms(["BAN THƯỜNG VỤ TỈNH ỦY QUẢNG NINH"])


def test_an_item_under_an_asking_lead_in_is_assigned_work() -> None:
    # ASKED_ITEM: under "đề nghị … sau:" an item is asked of whoever it names, even the issuer's short
    # form (the case test_properties generated: issuer "BAN CHẤP HÀNH ĐOÀN TỈNH BÌNH THUẬN")
    lead = "Thực hiện chương trình công tác năm 2015, đề nghị các đơn vị thực hiện một số nội dung sau:\n"
    item = "1. Đoàn tỉnh Bình Thuận gửi kết quả thực hiện phong trào thi đua “Dân vận khéo” trước ngày 02/01/2015.\n"
    head = "BAN CHẤP HÀNH ĐOÀN TỈNH BÌNH THUẬN\nSố: 1-CV/TĐTN\nBình Thuận, ngày 1 tháng 1 năm 2015\n\nKính gửi: Các ngành\n\n"
    record = parse_text(head + lead + item)
    assert [d.date for d in record.deadlines] == [dt.date(2015, 1, 2)]
    # counter-example: the same item under a lead-in that tells, not asks, stays the issuer's own act
    record = parse_text(head + "Ban Thường vụ Tỉnh đoàn thông báo lịch công tác như sau:\n" + item)
    assert not record.deadlines


def test_a_level_less_form_followed_by_another_level_names_another_body() -> None:
    # n061.txt: the authority "TM. ỦY BAN NHÂN DÂN" gives the level-less form "ủy ban nhân dân" (its
    # issuer's name was misread); "UBND huyện Nghĩa Hành …" is the district's duty (ANOTHER_LEVEL)
    forms = issuer_forms(["Ủy ban nhân dần tinh quang ngài", "ỦY BAN NHÂN DÂN"])
    assert own_act("UBND huyện Nghĩa Hành có văn bản báo cáo, đề xuất về UBND tỉnh Quảng Ngãi", forms) is None
    # counter-examples: no place named after the level; a form with its level
    assert own_act("UBND tỉnh tổ chức hội nghị sơ kết", forms) == "issuer_subject"
    with_level = issuer_forms(["Ủy ban nhân dân tỉnh Quảng Ngãi", "ỦY BAN NHÂN DÂN"])
    assert own_act("Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết", with_level) == "issuer_subject"


# ORGANISER (data/duties.toml [organisers]), both ways: the organising committee of the issuer's event, bare or named
# after it; not a department whose name starts alike, nor a sentence asking the committee
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [(e, True) for e in duties().organisers.examples] + [(e, False) for e in duties().organisers.counter_examples],
)
def test_organisers_examples_both_ways(sentence: str, expected: bool) -> None:
    assert organiser_act(sentence) is expected


def test_the_organisers_logistics_in_a_letter_are_no_duty() -> None:
    # c109 (a công văn calling delegates to the award): "Ban Tổ chức Giải thưởng đón tiếp đại biểu từ 12h00 ngày
    # 12/5/2023 (Thứ Sáu) tại Khách sạn Bcons Bình Dương …" is the issuer's side of its event: no deadline, no duty
    record = parse_file(CORPUS / "c109.txt")
    assert not [d for d in record.deadlines if d.date == dt.date(2023, 5, 12)]
    assert not [o for o in record.obligations if "đón tiếp" in o.action]
    # in a plan the committee is given work (c125's gold keeps "Ban Tổ chức … đăng tải và tổ chức bình chọn")
    assert issuers_own("Ban Tổ chức Cuộc thi đăng tải và tổ chức bình chọn trên Fanpage", FORMS, "Kế hoạch", lambda: False) is None
    assert issuers_own("Ban Tổ chức Cuộc thi đăng tải và tổ chức bình chọn trên Fanpage", FORMS, "Công văn", lambda: False) == ORGANISER


def test_a_form_before_a_plural_and_a_level_names_bodies_of_its_kind() -> None:
    # PLURAL_OF_ITS_KIND: the authority "TM. UỶ BAN NHÂN DÂN" gives the level-less form "ủy ban nhân dân", and the head
    # "Chủ tịch"; "Chủ tịch UBND các huyện, thành phố …" are the district chairs a province's decision charges (probe
    # pg07's execution article; n001 prints "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu trực tiếp lãnh đạo …")
    forms = issuer_forms(["Ủy ban nhân tỉnh Lào Cai", "UỶ BAN NHÂN DÂN"])
    assert own_act("Chủ tịch UBND các huyện, thành phố và cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này.", forms) is None
    assert own_act("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu trực tiếp lãnh đạo, chỉ đạo tổ chức triển khai thực hiện", forms) is None
    # counter-examples: the issuer's head and the issuer itself, one body (w035's form), a determiner before no level
    assert own_act("Chủ tịch UBND tỉnh đi công tác tại Hà Nội.", forms) == ISSUER_HEAD
    assert own_act("UBND tỉnh các năm qua đã quan tâm chỉ đạo.", forms) == ISSUER_SUBJECT


def test_the_execution_article_of_a_province_s_decision_is_the_district_chairs_duty() -> None:
    # PLURAL_OF_ITS_KIND end to end (probe pg07's form, our decision): the article's bodies end with "Chủ tịch UBND các
    # huyện"; before, it was read as the signing chairman's own act and dropped
    decision = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/2025/QĐ-UBND\nAn Giang, ngày 05 tháng 01 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Quy chế phối hợp\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tư pháp; Chủ tịch UBND các huyện chịu trách nhiệm thi hành "
        "Quyết định này.\nTM. UỶ BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
    )
    assert [o.action for o in parse_text(decision).obligations] == ["chịu trách nhiệm thi hành Quyết định này"]
