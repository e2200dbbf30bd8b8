"""Rules of issue 11's session 30, each pinned on our own sentences written in the forms the unseen set printed (its
texts are third-party pages and stay out of the repository): ROW_SPAN_CARRIED and DOER_COLUMN_ALONE (structure),
REQUEST_REPEATED_TO_SEND and REPORTED_PERIOD (deadlines, obligations)."""

from __future__ import annotations

import pytest

from directive_parser import parse_text
from directive_parser.normalize import normalize_text
from directive_parser.structure import cell_kind, column_role, prepare

LETTER_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSỞ NỘI VỤ\nSố: 612/SNV-CCHC\nV/v báo cáo công tác cải cách hành chính quý III năm 2025\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 04 tháng 9 năm 2025\n\n"
    "Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các huyện, thị xã, thành phố.\n\n"
)
PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 88/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 10 tháng 01 năm 2026\n\n"
    "KẾ HOẠCH\nTriển khai chương trình chuyển đổi số năm 2026\n\n"
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch với các hoạt động sau:\n\n"
)
FOOTER = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CCHC.\nGIÁM ĐỐC\nTrần Văn Bình\n"

# A schedule whose year and quarter cells are merged down the rows they group, copied one line a row.
SPANNED = (
    "Năm | Thời gian | Nội dung | Thực hiện | Dự kiến kết quả\n"
    "2026 | Quý I/2026 | 1. Ban hành quy chế vận hành cổng dịch vụ công của tỉnh | Sở Khoa học và Công nghệ | Quy chế được ban hành\n"
    "2. Tập huấn kỹ năng số cho cán bộ cấp xã | Sở Nội vụ | 20 lớp tập huấn\n"
    "Quý II/2026 | 3. Rà soát hạ tầng mạng của các xã, phường | Viễn thông tỉnh | Báo cáo rà soát\n"
    "4. Tổ chức hội thi tìm hiểu chuyển đổi số | Tỉnh đoàn | Hội thi được tổ chức\n"
)


def test_cell_kinds() -> None:
    assert [cell_kind(c) for c in ("", "12", "IV.", "2026", "3. Rà soát hạ tầng", "Quý II/2026", "Tháng 7/2026", "Sở Nội vụ")] == [
        "empty", "number", "number", "year", "item", "time", "time", "text",
    ]


def test_doer_column_alone_both_ways() -> None:
    assert column_role("Thực hiện") == "lead"
    assert column_role("Thời gian thực hiện") == "time"  # another word names the column
    assert column_role("Nội dung thực hiện") == "task"
    assert column_role("Tổ chức thực hiện") is None


def test_row_span_carried_cells() -> None:
    st = prepare(normalize_text(PLAN_HEAD + SPANNED + FOOTER))
    table = next(t for t in st.tables if t.header)
    rows = [[st.cell_text(c) for c in row] for row in table.rows[1:]]
    assert [r[1] for r in rows] == ["Quý I/2026", "Quý I/2026", "Quý II/2026", "Quý II/2026"]
    assert rows[1][2].startswith("2. Tập huấn") and rows[1][3] == "Sở Nội vụ"
    assert rows[3][3] == "Tỉnh đoàn"


def test_row_span_gives_each_row_its_time_and_doer() -> None:
    record = parse_text(PLAN_HEAD + SPANNED + FOOTER)
    due = {o.action: (o.due, o.responsible) for o in record.obligations}
    assert due["Tập huấn kỹ năng số cho cán bộ cấp xã"] == ("Quý I/2026", "Sở Nội vụ")
    assert due["Tổ chức hội thi tìm hiểu chuyển đổi số"] == ("Quý II/2026", "Tỉnh đoàn")


def test_row_span_counter_example_lost_end_cell() -> None:
    # a row that lost an empty cell at its end is read from the left: its number stays in the number column
    st = prepare(normalize_text(PLAN_HEAD + "STT | Nhiệm vụ | Chủ trì | Ghi chú\n1 | Rà soát hồ sơ | Sở Nội vụ | Làm ngay\n2 | Tổng hợp số liệu | Sở Tài chính\n" + FOOTER))
    table = next(t for t in st.tables if t.header)
    assert [st.cell_text(c) for c in table.rows[2]] == ["2", "Tổng hợp số liệu", "Sở Tài chính"]


def test_row_span_not_across_a_group_row() -> None:
    st = prepare(normalize_text(
        PLAN_HEAD + "Thời gian | STT | Nhiệm vụ | Chủ trì\nQuý I/2026 | 1 | Rà soát hồ sơ | Sở Nội vụ\n"
        "II | Cải cách thủ tục hành chính |  | \n2 | Tổng hợp số liệu | Sở Tài chính\n" + FOOTER
    ))
    table = next(t for t in st.tables if t.header)
    assert [st.cell_text(c) for c in table.rows[3]] == ["2", "Tổng hợp số liệu", "Sở Tài chính"]


# --- REQUEST_REPEATED_TO_SEND ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "action", "to"),
    [
        (
            "Sở Nội vụ đề nghị các sở, ban, ngành báo cáo tình hình thực hiện công tác cải cách hành chính theo đề cương gửi kèm.\n\n"
            "Đề nghị các sở, ban, ngành gửi báo cáo về Sở Nội vụ trước ngày 20/9/2025 để tổng hợp.",
            "báo cáo tình hình thực hiện công tác cải cách hành chính theo đề cương gửi kèm",
            "Sở Nội vụ",
        ),
        (
            "Sở Nội vụ đề nghị Quý cơ quan nghiên cứu, có ý kiến góp ý đối với dự thảo Quy chế. "
            "Đề nghị Quý cơ quan gửi ý kiến (bằng văn bản) về Sở Nội vụ trước ngày 20/9/2025.",
            "nghiên cứu, có ý kiến góp ý đối với dự thảo Quy chế",
            "Sở Nội vụ",
        ),
    ],
)
def test_request_repeated_to_send_is_one_entry(body: str, action: str, to: str) -> None:
    record = parse_text(LETTER_HEAD + body + FOOTER)
    dated = [(d.action, d.deliver_to) for d in record.deadlines]
    assert dated == [(action, to)]
    assert [o.action for o in record.obligations] == [action]


def test_request_repeated_counter_example_another_thing() -> None:
    # the second asks for a list the first did not ask: its own entry
    body = (
        "Sở Nội vụ đề nghị các sở, ban, ngành báo cáo tình hình thực hiện công tác cải cách hành chính theo đề cương gửi kèm.\n\n"
        "Đề nghị các sở, ban, ngành gửi danh sách cán bộ đầu mối về Sở Nội vụ trước ngày 20/9/2025."
    )
    record = parse_text(LETTER_HEAD + body + FOOTER)
    assert [d.action for d in record.deadlines] == ["gửi danh sách cán bộ đầu mối về Sở Nội vụ"]


# --- REPORTED_PERIOD ------------------------------------------------------------------------------------------------


def test_reported_period_is_no_due() -> None:
    body = "Sở Nội vụ đề nghị các sở, ban, ngành báo cáo tình hình thực hiện công tác cải cách hành chính quý III năm 2025 theo đề cương gửi kèm."
    (o,) = parse_text(LETTER_HEAD + body + FOOTER).obligations
    assert o.due is None and "quý III năm 2025" in o.action


def test_reported_period_counter_example_cued() -> None:
    body = "Sở Nội vụ đề nghị các sở, ban, ngành báo cáo tình hình thực hiện công tác cải cách hành chính trong quý IV năm 2025."
    (o,) = parse_text(LETTER_HEAD + body + FOOTER).obligations
    assert o.due == "trong quý IV năm 2025"


# --- ASK_AS_NOUN, WHO_CLOSES_ITS_PARENTHESIS, SENT_WITH_ITS_SENDER ---------------------------------------------------


def test_ask_as_noun_is_no_request() -> None:
    body = (
        "Sở Nội vụ đề nghị Quý cơ quan nghiên cứu, có ý kiến góp ý đối với dự thảo Quy chế. "
        "Do yêu cầu thời gian, đề nghị Quý cơ quan gửi ý kiến (bằng văn bản) về Sở Nội vụ trước ngày 20/9/2025."
    )
    (d,) = parse_text(LETTER_HEAD + body + FOOTER).deadlines
    assert (d.action, d.responsible) == ("nghiên cứu, có ý kiến góp ý đối với dự thảo Quy chế", "Quý cơ quan")


def test_who_keeps_its_parenthesis() -> None:
    body = (
        "Sở Nội vụ đề nghị các huyện, thị xã (có cán bộ được cử về cơ sở thực hiện nhiệm vụ) tổng hợp danh sách cán bộ "
        "và xây dựng báo cáo đánh giá kết quả."
    )
    (o,) = parse_text(LETTER_HEAD + body + FOOTER).obligations
    assert o.action == "tổng hợp danh sách cán bộ và xây dựng báo cáo đánh giá kết quả"
    assert o.responsible is not None and o.responsible.endswith("thực hiện nhiệm vụ)")


def test_report_sent_with_its_sender_in_the_next_paragraph() -> None:
    body = (
        "Sở Nội vụ đề nghị các huyện, thị xã tổng hợp danh sách cán bộ và xây dựng báo cáo đánh giá kết quả đi cơ sở.\n\n"
        "Báo cáo đánh giá kết quả đi cơ sở đề nghị các huyện, thị xã gửi trực tiếp đồng chí Giám đốc Sở Nội vụ "
        "trước ngày 20/9/2025."
    )
    (d,) = parse_text(LETTER_HEAD + body + FOOTER).deadlines
    assert d.action == "tổng hợp danh sách cán bộ và xây dựng báo cáo đánh giá kết quả đi cơ sở"


def test_report_after_a_list_stays_its_own_entry() -> None:
    # E8's counter-example: a closing paragraph after list items sends the results of them all
    body = (
        "Sở Nội vụ đề nghị các huyện, thị xã thực hiện các nội dung sau:\n\n"
        "1. Rà soát danh sách cán bộ đi cơ sở.\n\n2. Xây dựng báo cáo đánh giá kết quả đi cơ sở.\n\n"
        "Báo cáo đánh giá kết quả đi cơ sở đề nghị các huyện, thị xã gửi về Sở Nội vụ trước ngày 20/9/2025."
    )
    actions = [d.action for d in parse_text(LETTER_HEAD + body + FOOTER).deadlines]
    assert actions and "Xây dựng báo cáo đánh giá kết quả đi cơ sở" not in actions


# --- VV_WITH_DOTS, DATE_LINE_CAPITAL, WORD_SHAPE_NAME (the header) -------------------------------------------------

YOUTH_HEAD = (
    "TỈNH ĐOÀN QUẢNG BÌNH\nBCH ĐOÀN TRƯỜNG CAO ĐẲNG Y TẾ\n***\nSố: 21/ĐTN\n"
    "V.v. vận động đoàn viên tham gia hiến máu tình nguyện hưởng ứng Ngày hội Chủ nhật Đỏ và chương trình Hành trình Đỏ năm 2025\n"
    "ĐOÀN TNCS HỒ CHÍ MINH\nĐồng Hới, ngày 02 tháng 4 năm 2025\n\nKính gửi: Các chi đoàn.\n\n"
    "Ban Thường vụ Đoàn trường đề nghị các chi đoàn vận động đoàn viên đăng ký hiến máu.\n"
)


def test_subject_opened_by_v_dot_v() -> None:
    record = parse_text(YOUTH_HEAD + FOOTER)
    assert record.subject is not None and record.subject.startswith("vận động đoàn viên tham gia hiến máu")
    assert str(record.date) == "2025-04-02"  # the long subject line no longer ends the header above the date line


def test_date_line_without_place_opens_with_a_capital() -> None:
    head = (
        "SỞ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐOÀN QUẢNG BÌNH | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 04/KHPH-SNV-TĐ | Ngày 08 tháng 01 năm 2026\n\nKẾ HOẠCH\nPhối hợp tuyên truyền cải cách hành chính\n\n"
    )
    record = parse_text(head + "Hai cơ quan thống nhất các nội dung sau:\n\n1. Sở Nội vụ cung cấp tài liệu trong tháng 02/2026." + FOOTER)
    assert str(record.date) == "2026-01-08"


def test_word_shape_name_before_the_number_line() -> None:
    head = LETTER_HEAD.replace("Số: 612/SNV-CCHC", "straight connector 2Số: 612/SNV-CCHC")
    record = parse_text(head + "Sở Nội vụ đề nghị các sở, ban, ngành báo cáo kết quả." + FOOTER)
    assert record.number is not None and record.number.symbol == "612/SNV-CCHC"


# --- FIRST_ADDRESSEE_ON_ITS_LINE, REPORTED_DATE_LEAD -----------------------------------------------------------------

HEAD_ONLY = LETTER_HEAD.split("Kính gửi:")[0]


@pytest.mark.parametrize(
    ("address", "recipients"),
    [
        ("Kính gửi:\n\nỦy ban nhân dân các tỉnh, thành phố: Quảng Trị, Huế, Đà Nẵng.\n\n", ["Ủy ban nhân dân các tỉnh, thành phố: Quảng Trị, Huế, Đà Nẵng"]),
        ("Kính gửi:\nSở Tài chính tỉnh Quảng Bình\n\n", ["Sở Tài chính tỉnh Quảng Bình"]),
        # counter-example: a line that names no body opens the body
        ("Kính gửi:\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND tỉnh, ", []),
    ],
)
def test_first_addressee_on_its_line(address: str, recipients: list[str]) -> None:
    record = parse_text(HEAD_ONLY + address + "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả." + FOOTER)
    assert record.recipients == recipients


def test_counts_of_a_reported_day_are_no_quota() -> None:
    body = (
        "Ngày 23/8/2025, Ủy ban nhân dân tỉnh có Quyết định số 123/QĐ-UBND công nhận đợt 2 gồm 11 xã đạt chuẩn nông thôn mới.\n\n"
        "Sở Nội vụ đề nghị các xã tổ chức lễ công bố gắn với các sự kiện của địa phương."
    )
    assert parse_text(LETTER_HEAD + body + FOOTER).quotas == []


def test_counts_of_a_day_to_come_stay() -> None:
    body = "Ngày 25/9/2025, mỗi xã cử 02 cán bộ tham dự tập huấn tại Sở Nội vụ."
    assert [(q.min, q.unit) for q in parse_text(LETTER_HEAD + body + FOOTER).quotas] == [(2, "cán bộ")]


# --- GLUED_CELLS, POSITION_PAST_BLANKS (the signature) ---------------------------------------------------------------


def test_glued_cells_cut_only_a_caps_line_from_a_name() -> None:
    from directive_parser.layout import Line, cells_of

    def cut(s: str) -> list[str]:
        return [c.text for c in cells_of(Line(0, len(s), s))]

    assert cut("PHÓ CHỦ TỊCHNguyễn Thị Thu") == ["PHÓ CHỦ TỊCH", "Nguyễn Thị Thu"]
    for whole in ("TTgCP, các PTTgCP", "Lưu: VT, KGVXVHTin507", "Số: 12/QĐ-TTg", "McDonald"):
        assert cut(whole) == [whole]


def test_signer_glued_to_the_position_after_blank_lines() -> None:
    closing = (
        "\n\nNơi nhận:\nKT. CHỦ TỊCH\n\n- Như trên;\n\n- Lưu: VT, NC.\n\n"
        "PHÓ CHỦ TỊCHNguyễn Thị Thu\n"
    )
    record = parse_text(LETTER_HEAD + "Sở Nội vụ đề nghị các sở, ban, ngành báo cáo kết quả." + closing)
    assert (record.signer.authority, record.signer.position, record.signer.name) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu")


# --- FIELDS_AFTER_NOTES ----------------------------------------------------------------------------------------------


def test_fields_after_notes_time_the_item() -> None:
    body = (
        "II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n"
        "1. Xây dựng các văn bản phục vụ công tác chuyển đổi số\n"
        "1.1. Xây dựng và ban hành Hướng dẫn của Sở về chuyển đổi số trong các cơ quan nhà nước\n"
        "- Bảo đảm thống nhất với hướng dẫn của Bộ; phù hợp với điều kiện thực tế của địa phương.\n"
        "- Các văn bản hướng dẫn phải thể hiện rõ vai trò, trách nhiệm của từng đơn vị.\n"
        "- Thời gian hoàn thành: Tháng 11/2025.\n"
        "- Đơn vị chủ trì: Phòng Cải cách hành chính\n"
    )
    record = parse_text(LETTER_HEAD + body + FOOTER)
    timed = [(d.text, d.action, d.responsible) for d in record.deadlines]
    assert timed == [
        ("Tháng 11/2025", "Xây dựng và ban hành Hướng dẫn của Sở về chuyển đổi số trong các cơ quan nhà nước", "Phòng Cải cách hành chính")
    ]


def test_field_under_a_note_stays_the_notes() -> None:
    # counter-example: a field one level under a note (nested deeper) is the note's, not the item's
    from directive_parser.structure import prepare

    body = (
        "1. Xây dựng các văn bản phục vụ công tác chuyển đổi số\n"
        "- Rà soát các quy chế của Sở\n"
        "+ Thời gian hoàn thành: Tháng 11/2025.\n"
    )
    st = prepare(normalize_text(LETTER_HEAD + body + FOOTER))
    item = next(i for i, b in enumerate(st.blocks) if st.text.text[b.start : b.end].startswith("1. Xây dựng"))
    assert "time" not in st.item_fields(item)


def test_next_addressee_after_a_semicolon_without_bullets() -> None:
    address = "Kính gửi: Các sở, ban, ngành tỉnh;\n\nỦy ban nhân dân các huyện, thị xã, thành phố.\n\n"
    record = parse_text(HEAD_ONLY + address + "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả." + FOOTER)
    assert record.recipients == ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố"]


# --- SENT_FOR_A_DUTY ---------------------------------------------------------------------------------------------------


def test_draft_sent_for_comments_asks_the_recipient() -> None:
    body = (
        "Để hoàn chỉnh dự thảo Quy chế trước khi trình Ủy ban nhân dân tỉnh, Sở Nội vụ xin gửi tới Quý cơ quan dự thảo "
        "Quy chế kèm theo Tờ trình để nghiên cứu, có ý kiến góp ý bằng văn bản trước ngày 30/9/2025."
    )
    record = parse_text(LETTER_HEAD + body + FOOTER)
    assert [(d.text, d.action, d.responsible) for d in record.deadlines] == [
        ("trước ngày 30/9/2025", "nghiên cứu, có ý kiến góp ý bằng văn bản", "Quý cơ quan")
    ]


def test_sending_without_a_duty_asks_nothing_new() -> None:
    from directive_parser.extractors.deadlines import sent_for_a_duty

    assert sent_for_a_duty("Sở Nội vụ gửi kèm Kế hoạch số 12/KH-SNV ngày 02/01/2025") is None
    assert sent_for_a_duty("gửi tới các sở dự thảo Quy chế để tổng hợp") is None


def test_stock_list_of_bodies_keeps_its_organisation_noun() -> None:
    body = "Sở Nội vụ trân trọng đề nghị Quý cơ quan, tổ chức, địa phương có ý kiến đối với dự thảo Quy chế trước ngày 30/9/2025."
    (d,) = parse_text(LETTER_HEAD + body + FOOTER).deadlines
    assert (d.responsible, d.action) == ("Quý cơ quan, tổ chức, địa phương", "có ý kiến đối với dự thảo Quy chế")


def test_street_address_is_no_quota() -> None:
    body = (
        "Văn bản góp ý đề nghị gửi về Sở Nội vụ (qua Phòng Cải cách hành chính, 58-60 Trần Phú, Ba Đình, TP. Hà Nội) "
        "trước ngày 30/9/2025. Mỗi xã cử 02 cán bộ tham dự."
    )
    assert [(q.min, q.unit) for q in parse_text(LETTER_HEAD + body + FOOTER).quotas] == [(2, "cán bộ")]


def test_issuer_named_in_sentence_case_in_the_body_of_a_posting() -> None:
    # NAME_IN_SENTENCE_CASE: a web posting with no header; the body's speaker is the issuer (traceable to its words)
    text = (
        "Kính gửi: Sở Thông tin và Truyền thông các tỉnh, thành phố.\n\n"
        "Để hoàn thiện dự thảo Thông tư, Bộ Thông tin và Truyền thông đề nghị Quý Sở nghiên cứu, có ý kiến góp ý "
        "đối với dự thảo trước ngày 03/3/2017.\n"
    )
    record = parse_text(text)
    assert (record.issuer.name, record.issuer.system) == ("Bộ Thông tin và Truyền thông", "state")
    assert [(d.action, d.responsible) for d in record.deadlines] == [("nghiên cứu, có ý kiến góp ý đối với dự thảo", "Quý Sở")]


@pytest.mark.parametrize(
    ("aside", "kept"),
    [
        ("(trước ngày bầu cử 95 ngày theo Điều 39 Luật Bầu cử)", False),  # TIME_EXPLAINED_IN_ASIDE
        ("(theo Điều 17 Nghị định số 52/2015/NĐ-CP)", False),
        ("(qua Phòng Cải cách hành chính, email: cchc@quangbinh.gov.vn)", True),  # README A3: the action goes on
    ],
)
def test_aside_after_the_time(aside: str, kept: bool) -> None:
    body = f"Sở Nội vụ đề nghị các huyện gửi danh sách cán bộ về Sở Nội vụ chậm nhất ngày 10/12/2025 {aside}."
    (d,) = parse_text(LETTER_HEAD + body + FOOTER).deadlines
    assert d.action.endswith(aside) is kept


# --- EXPECTED_RESULT_COLUMN ------------------------------------------------------------------------------------------


def test_expected_result_column_sets_targets() -> None:
    table = (
        "Thời gian | Nội dung | Thực hiện | Dự kiến kết quả\n"
        "Quý I/2026 | 1. Hỗ trợ các nhóm dự án khởi nghiệp | Tỉnh đoàn | 12 nhóm dự án\n"
        "Quý II/2026 | 2. Tập huấn kỹ năng số | Sở Nội vụ | 3 lớp tập huấn, 2 ngày/lớp\n"
        "Quý III/2026 | 3. Tổng kết chương trình | Sở Nội vụ | Báo cáo tổng kết năm 2026\n"
    )
    quotas = [(q.min, q.max, q.unit) for q in parse_text(PLAN_HEAD + table + FOOTER).quotas]
    assert quotas == [(12, 12, "nhóm dự án"), (3, 3, "lớp tập huấn")]  # not the duration, not the year


def test_product_column_without_expected_figures_sets_none() -> None:
    table = (
        "STT | Nhiệm vụ | Sản phẩm | Chủ trì\n"
        "1 | Rà soát thủ tục hành chính | 12 thủ tục được công bố | Sở Nội vụ\n"
    )
    assert parse_text(PLAN_HEAD + table + FOOTER).quotas == []


# --- BULLET_GLYPH_LOST, SEMICOLON_ITEMS, DASH_GLYPH_LOST (a PDF whose font has no dash) ------------------------------


def test_distribution_whose_bullets_were_lost() -> None:
    closing = (
        "\n\nNơi nhận:\n\nPhó Chủ tịch UBND tỉnh Trần Văn A\n(báo cáo);\n\nVăn phòng UBND tỉnh;\n\nLưu: VT, CCHC.\n\n"
        "GIÁM ĐỐC\nTrần Văn Bình\n"
    )
    record = parse_text(LETTER_HEAD + "Sở Nội vụ đề nghị các sở, ban, ngành báo cáo kết quả." + closing)
    assert record.distribution == ["Phó Chủ tịch UBND tỉnh Trần Văn A (báo cáo)", "Văn phòng UBND tỉnh", "Lưu: VT, CCHC"]


def test_distribution_run_in_with_semicolons_only() -> None:
    closing = (
        "\n\nNơi nhận: Thường trực Tỉnh ủy; Thường trực HĐND tỉnh; Chủ tịch, các PCT UBND tỉnh; Các sở, ban, ngành; "
        "UBND các huyện, thị xã, thành phố; Lưu: VT, CCHC.\nGIÁM ĐỐC\nTrần Văn Bình\n"
    )
    record = parse_text(LETTER_HEAD + "Sở Nội vụ đề nghị các sở, ban, ngành báo cáo kết quả." + closing)
    assert record.distribution[:2] == ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"]


def test_subtitle_whose_dashes_were_lost() -> None:
    from directive_parser import roles

    assert roles.MOTTO_RE.search("Độc lập  Tự do  Hạnh phúc")


def test_number_on_a_postings_title_line() -> None:
    text = (
        "Công văn số 357/PGD&ĐT V/v rà soát danh sách học sinh được mượn sách giáo khoa năm học 2026-2027\n\n"
        "Kính gửi: Các trường tiểu học và THCS trong toàn huyện\n\n"
        "Phòng GD&ĐT yêu cầu các trường nộp biểu tổng hợp về Phòng GD&ĐT trước ngày 18/8/2026.\n"
    )
    record = parse_text(text)
    assert record.number is not None and record.number.symbol == "357/PGD&ĐT"
    assert "357/PGD&ĐT" not in [r.symbol for r in record.legal_references]


def test_a_cited_document_opening_the_body_is_no_title() -> None:
    text = "Thực hiện Công văn số 12/UBND-VX về việc rà soát hồ sơ, Phòng GD&ĐT yêu cầu các trường báo cáo kết quả.\n"
    record = parse_text(text)
    assert record.number is None or record.number.symbol != "12/UBND-VX"


def test_department_that_names_its_parent_already() -> None:
    head = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nBAN CHỈ ĐẠO\nTHỰC HIỆN QUY CHẾ DÂN CHỦ\nTRONG HOẠT ĐỘNG CỦA CQ TRUNG ƯƠNG ĐOÀN\n"
        "Số: 479-KH/BCĐQCDC\n\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 10 tháng 02 năm 2026\n\nKẾ HOẠCH\nThực hiện Quy chế dân chủ năm 2026\n\n"
    )
    record = parse_text(head + "Các ban, đơn vị báo cáo kết quả trước ngày 20/6/2026." + FOOTER)
    assert record.issuer.name is not None and not record.issuer.name.endswith("Đoàn Trung ương")
