"""Lead-ins that name the issuer speaking and its addressees (issue 11, session 27, i27-replylead): README A13 (items
take the body a lead-in asks, never the one who speaks) and A6 (an item naming its own body keeps it). The probe's
texts are third-party: these tests use our own sentences in the probe's forms, the probe ids in comments."""

from __future__ import annotations

from pathlib import Path

from directive_parser import parse_file, parse_text
from directive_parser.record import Obligation

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/UBND-VP\nLâm Đồng, ngày 05 tháng 02 năm 2025\nV/v triển khai nhiệm vụ\nKính gửi: Các sở, ban, ngành.\n"


def duties(body: str, header: str = HEADER) -> list[tuple[str | None, str, str | None]]:
    record = parse_text(header + body)
    return [(o.responsible, o.action, o.due) for o in record.obligations]


def _entry(doc: str, words: str) -> Obligation:
    return next(o for o in parse_file(CORPUS / f"{doc}.txt").obligations if words in o.action)


def test_speaker_lead_in_asks_the_body_named_after_giao_under_a_page_label() -> None:
    # SPEAKER_LEAD_IN (the probe's pg01, pg17, pi05 pattern, our words): a Q&A page prints a page label where a
    # letter prints its issuer; the reply's "UBND tỉnh có ý kiến như sau:" is still the issuer speaking, and
    # "Giao Sở X chủ trì …" asks the Sở (was: the lead-in line as the responsible, the Sở glued into the action)
    page = "THÔNG TIN Ý KIẾN\nLâm Đồng\n\nV/v xin gia hạn thời gian thuê đất\n\nTHÔNG TIN PHẢN HỒI\n\n"
    body = (
        "UBND tỉnh có ý kiến như sau:\n\n"
        "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp UBND huyện Lạc Dương kiểm tra hiện trạng sử dụng đất "
        "để tham mưu đề xuất UBND tỉnh xem xét theo đúng quy định, trước ngày 15/6/2025./.\n"
    )
    record = parse_text(page + body)
    (duty,) = record.obligations
    assert duty.responsible == "Sở Nông nghiệp và Môi trường"
    assert duty.action.startswith("chủ trì, phối hợp UBND huyện Lạc Dương kiểm tra")
    assert duty.deliver_to == "UBND tỉnh"


def test_speaker_lead_in_both_ways() -> None:
    # data/duties.toml [speaker_lead_ins]: dev w028, n023, n057, c139 speak; a lead-in that asks ("Đề nghị …
    # có ý kiến …") or names its body does not
    from directive_parser.extractors.deadlines import speaker_lead_in
    from directive_parser.vocabulary import duties as words

    for lead_in in words().speaker_lead_ins.examples:
        assert speaker_lead_in(lead_in), lead_in
    for lead_in in words().speaker_lead_ins.counter_examples:
        assert not speaker_lead_in(lead_in), lead_in


def test_speaker_lead_in_keeps_the_dev_replies() -> None:
    # w028 (issuer in its header) read as before: the lead-in speaks, "Giao Sở Tài nguyên và Môi trường" acts
    assert _entry("w028", "phối hợp các đơn vị, địa phương liên quan").responsible == "Sở Tài nguyên và Môi trường"
    # counter-example: a heading naming another body that assigns its own unit keeps OWN_UNIT_ASSIGNED (c111)
    assert (
        _entry("c111", "phối hợp với Ban Tổ chức Trung ương Đoàn triển khai").responsible
        == "Tập đoàn Bưu chính Viễn thông Việt Nam"
    )


def test_asked_body_ends_lead_in_leads_the_items_without_a_subject() -> None:
    # ASKED_BODY_ENDS_LEAD_IN (the probe's pi03 pattern, our words): the lead-in ends on the body it asks, its colon right
    # after the name; the subjectless items below are that body's duties (was: only an item naming its own body read)
    items = (
        "\n\n1. Tự kiểm tra, đánh giá hiện trạng theo biểu mẫu.\n\n2. Đề xuất nhu cầu kinh phí của xã.\n\n"
        "3. Xây dựng kế hoạch thực hiện các tiêu chí.\n\n4. Tuyên truyền vận động nhân dân giữ gìn vệ sinh.\n"
    )
    opening = "Thực hiện chương trình của Huyện ủy, UBND huyện ban hành hướng dẫn xây dựng xã văn hóa.\n\n"
    for lead_in in ("Theo đó, UBND huyện yêu cầu UBND các xã:", "Đề nghị UBND các xã:"):
        got = duties(opening + lead_in + items, "")
        assert [who for who, _, _ in got] == ["UBND các xã"] * 4, lead_in
        assert got[1][1] == "Đề xuất nhu cầu kinh phí của xã"
    # the name ends where its charge starts: a lead-in with the body's verb is ``_LEAD_IN_ASK_RE``'s, not this rule's
    from directive_parser.extractors.deadlines import _asked_body

    text = "UBND huyện yêu cầu UBND các xã:"
    assert _asked_body(text, text) == "UBND các xã"
    text = "Đề nghị Sở Tài chính có ý kiến về các nội dung:"
    assert _asked_body(text, text) == "Sở Tài chính"  # (``_LEAD_IN_ASK_RE``: the name before its charge)
    text = "Đề nghị Sở Tài chính có ý kiến về Kế hoạch:"  # a charge in the name: no body read
    assert _asked_body(text, text) is None
    text = "Kính gửi: UBND các xã:"
    assert _asked_body(text, text) is None


def test_ask_colon_inline_asks_the_body_after_the_colon() -> None:
    # ASK_COLON_INLINE (the probe's pi07 and pe21 pattern, our words): "yêu cầu: X <verb> …" inside a sentence asks X
    # (was: the speaker's words in the action, responsible the speaker or null)
    got = duties(
        "Theo đó, đồng chí Phó Chủ tịch UBND huyện yêu cầu: Phòng Y tế phối hợp với Trung tâm Y tế huyện kiểm tra an toàn thực phẩm tại các chợ.\n"
    )
    assert got[0][:2] == ("Phòng Y tế", "phối hợp với Trung tâm Y tế huyện kiểm tra an toàn thực phẩm tại các chợ")
    got = duties(
        "Chủ tịch UBND tỉnh yêu cầu: từ ngày 01/9/2025 đến hết ngày 03/9/2025, các đơn vị bố trí lịch trực hợp lý.\n"
    )
    assert got[0][:3] == ("các đơn vị", "bố trí lịch trực hợp lý", "từ ngày 01/9/2025 đến hết ngày 03/9/2025")
    # counter-example: a lead-in's colon at the end of its line leads the items below (dev n050's "… yêu câu:" form)
    from directive_parser.extractors.deadlines import ask_search

    assert ask_search("Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế chủ trì kiểm tra.") is None


def test_directive_colon_inline_asks_the_bodies_after_the_colon() -> None:
    # DIRECTIVE_COLON_INLINE (the probe's pa17 pattern, our words): a Chỉ thị's "… chỉ thị: <bodies> <verb> … sau:" on
    # one line leads its items by the bodies after the colon (was: responsible null)
    body = (
        "Để bảo đảm an toàn giao thông trong dịp lễ, Ủy ban nhân dân tỉnh chỉ thị: Các sở, ban, ngành và Ủy ban nhân dân "
        "các huyện tập trung thực hiện một số nhiệm vụ sau:\n\n1. Tổ chức kiểm tra phương tiện vận tải hành khách.\n\n"
        "2. Tăng cường tuyên truyền về an toàn giao thông.\n"
    )
    got = duties(body)
    assert [who for who, _, _ in got] == ["Các sở, ban, ngành và Ủy ban nhân dân các huyện"] * 2
    # counter-examples: a document's name, and a label of an abbreviation list (dev n038 "Chỉ thị: CT")
    from directive_parser.extractors.deadlines import ask_search

    assert (
        ask_search(
            "Thực hiện Chỉ thị số 08/CT-UBND ngày 26/6/2024 của Chủ tịch UBND tỉnh, Sở Y tế triển khai kiểm tra."
        )
        is None
    )
    assert ask_search("Chỉ thị: CT") is None


def _holiday_notice(notified: str, first_item: str) -> str:
    """A commune chairman's notice over two items (our words, the probe's pi21 form): the first as given, the second
    naming its own body. (i27-plainduty's QUANTIFIER_ALL reads an item opening "Tất cả các …" as its own body.)"""
    return (
        f"Chủ tịch Ủy ban nhân dân xã thông báo đến {notified} thực hiện nghỉ lễ, cụ thể như sau:\n\n"
        f"1. {first_item} từ ngày 29/4/2025 đến hết ngày 01/5/2025.\n\n"
        "2. Công an xã tăng cường tuần tra bảo đảm trật tự trong dịp nghỉ lễ.\n"
    )


def test_speaker_names_no_body_a_notice_leads_by_those_it_notifies() -> None:
    # SPEAKER_NAMES_NO_BODY (the probe's pi21 and pf03 pattern, our words): the one who speaks a lead-in is never the
    # items' body; a notice's lead-in leads a subjectless item by those it notifies (was: the notifier)
    got = duties(
        _holiday_notice(
            "Thủ trưởng các cơ quan, đơn vị và Trưởng các thôn",
            "Bố trí lịch trực bảo vệ cơ quan trong các ngày nghỉ lễ",
        )
    )
    assert got[0][:2] == (
        "Thủ trưởng các cơ quan, đơn vị và Trưởng các thôn",
        "Bố trí lịch trực bảo vệ cơ quan trong các ngày nghỉ lễ",
    )
    assert got[1][0] == "Công an xã"  # an item naming its own body keeps it (A6)
    # a reply's lead-in names nobody: under a page label (no issuer read) its subjectless item has no body, not "UBND tỉnh"
    page = "THÔNG TIN Ý KIẾN\nLâm Đồng\n\nV/v xin gia hạn thời gian thuê đất\n\nTHÔNG TIN PHẢN HỒI\n\n"
    got = duties("UBND tỉnh có ý kiến như sau:\n\n- Khẩn trương nộp tiền thuê đất còn nợ trước ngày 30/6/2025.\n", page)
    assert got == [(None, "Khẩn trương nộp tiền thuê đất còn nợ", "trước ngày 30/6/2025")]
    from directive_parser.extractors.deadlines import _notified

    text = "UBND huyện thông báo kết quả như sau:"
    assert _notified(text, text) is None
