"""Rules of issue 11's session 35, each pinned on our own sentences written in the forms an unseen plan printed (its
text is a third-party page and stays out of the repository), with their counter-examples: TABLE_GOES_ON_PAST_GROUP_ROW
(structure) and ROW_RESTATES_INHERITED (obligations, annotations/README.md E13)."""

from __future__ import annotations

from directive_parser import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 10 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nThực hiện bảo hiểm y tế toàn dân năm 2026\n\n"
    "I. NHIỆM VỤ\n\n"
    "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường cần thực hiện các nhiệm vụ sau đây:\n\n"
    "- Xây dựng đề án đổi mới công tác truyền thông về bảo hiểm y tế trong giai đoạn mới.\n\n"
    "- Ủy ban nhân dân các xã, phường đưa chỉ tiêu bao phủ bảo hiểm y tế vào kế hoạch phát triển kinh tế - xã hội.\n\n"
    "- Chuẩn bị xây dựng báo cáo kiểm tra theo đề cương của Sở Y tế.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị thực hiện theo Phụ lục kèm theo Kế hoạch này.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\n"
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 10 tháng 3 năm 2026)\n\n"
)
HEADER_ROW = "STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành\n"
ROWS = (
    HEADER_ROW
    + "I. Đổi mới công tác truyền thông về bảo hiểm y tế\n"
    + "1. | Xây dựng đề án đổi mới công tác truyền thông về bảo hiểm y tế trong giai đoạn mới | Sở Y tế | Các sở, ngành liên quan | Đề án | Quý II/2026\n"
    + "2. | Đưa chỉ tiêu bao phủ bảo hiểm y tế vào kế hoạch phát triển kinh tế - xã hội | Ủy ban nhân dân các cấp | Các cơ quan liên quan | Kế hoạch | Hằng năm\n"
    + "II. Hoàn thiện thể chế về bảo hiểm y tế\n"
    + "3. | Xây dựng Nghị quyết hỗ trợ mức đóng bảo hiểm y tế cho hộ cận nghèo | Sở Tài chính | Sở Y tế | Nghị quyết | Tháng 9/2026\n"
    + "4. | Kiểm tra Sở Xây dựng | Sở Nội vụ | Sở Y tế | Biên bản | Tháng 10/2026\n"
)


def _obligation(record, words: str):
    return next((o for o in record.obligations if o.action.startswith(words)), None)


def test_table_goes_on_past_its_group_rows() -> None:
    # TABLE_GOES_ON_PAST_GROUP_ROW: the rows under "II. Hoàn thiện thể chế …" read their columns from the header above
    record = parse_text(HEAD + ROWS)
    nq = _obligation(record, "Xây dựng Nghị quyết hỗ trợ mức đóng")
    assert nq is not None and nq.responsible == "Sở Tài chính" and nq.due == "Tháng 9/2026"
    assert any(d.text == "Tháng 9/2026" for d in record.deadlines)


def test_a_table_after_prose_is_another_table() -> None:
    # counter-example: prose between the header and the rows ends the table; the rows are not read as its rows
    rows = ROWS.replace("II. Hoàn thiện thể chế về bảo hiểm y tế\n", "Các đơn vị báo cáo kết quả thực hiện về Sở Y tế.\n\n")
    record = parse_text(HEAD + rows)
    assert not any(d.text == "Tháng 9/2026" for d in record.deadlines)


def test_row_restates_a_sentence_with_an_inherited_body() -> None:
    # ROW_RESTATES_INHERITED (E13): the bullet under the lead-in is row 1, one entry with the row's body and time
    record = parse_text(HEAD + ROWS)
    found = [o for o in record.obligations if o.action.startswith(("Xây dựng đề án đổi mới", "xây dựng đề án đổi mới"))]
    assert [(o.responsible, o.due) for o in found] == [("Sở Y tế", "Quý II/2026")]


def test_a_sentence_naming_its_own_body_stays() -> None:
    # counter-example: the bullet that names its own body (row 2 restates it) stays an entry of its own
    record = parse_text(HEAD + ROWS)
    own = [o for o in record.obligations if "chỉ tiêu bao phủ" in o.action]
    assert len(own) == 2 and {o.responsible for o in own} >= {"Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các cấp"}


def test_a_short_row_restates_no_long_sentence() -> None:
    # counter-example: "Kiểm tra Sở Xây dựng" shares its words with "Chuẩn bị xây dựng báo cáo kiểm tra …" but
    # restates none of it (n002's schedule)
    record = parse_text(HEAD + ROWS)
    assert _obligation(record, "Chuẩn bị xây dựng báo cáo kiểm tra") is not None


GUIDE = (
    "BỘ Y TẾ\nSố: 120/BYT-BH\nV/v hướng dẫn ghi chép chi phí khám bệnh, chữa bệnh\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 02 năm 2026\n\n"
    "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
    "Bộ Y tế hướng dẫn việc ghi chép chi phí khám bệnh, chữa bệnh như sau:\n\n"
    "1. Mã hóa dữ liệu\n\n"
    "- Các cơ sở khám bệnh, chữa bệnh thực hiện mã hóa, ghi chép đối với người bệnh chuyển tuyến như sau:\n\n"
    "+ Chọn mã số “2” để ghi vào Trường số 16 của Bảng 1 ban hành kèm theo Quyết định số 130/QĐ-BYT;\n\n"
    "+ Ghi mức hưởng tương ứng với mã mức hưởng ghi trên thẻ tại trường số 17 của Bảng 2 ban hành kèm theo Quyết định số 130/QĐ-BYT;\n\n"
    "+ Ghi mức hưởng tương ứng với mã mức hưởng ghi trên thẻ tại mục Mức hưởng Phần II của Bảng kê chi phí ban hành kèm theo Quyết định số 130/QĐ-BYT.\n\n"
    "2. Nội dung báo cáo gồm:\n\n"
    "- Số lượt người bệnh chuyển tuyến;\n\n"
    "- Tổng chi phí đề nghị thanh toán.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, BH.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Thuấn\n"
)


def test_steps_of_a_body_as_follows_are_its_duties() -> None:
    # CHARGED_STEPS: "<body> thực hiện … như sau:" gives the body each step, whatever verb opens it ("Chọn", "Ghi")
    record = parse_text(GUIDE)
    steps = [o for o in record.obligations if o.action.startswith(("Chọn mã số", "Ghi mức hưởng"))]
    assert len(steps) == 3 and {o.responsible for o in steps} == {"Các cơ sở khám bệnh, chữa bệnh"}


def test_a_report_contents_list_is_no_duty() -> None:
    # counter-example: "Nội dung báo cáo gồm:" names no body; its items are what a report holds
    record = parse_text(GUIDE)
    assert not any("Số lượt người bệnh" in o.action for o in record.obligations)


def test_two_like_items_of_one_list_are_two_duties() -> None:
    # SIBLING_ITEMS: the two "Ghi mức hưởng …" items share most words but are two steps
    record = parse_text(GUIDE)
    assert len([o for o in record.obligations if o.action.startswith("Ghi mức hưởng")]) == 2


DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 310/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Định, ngày 20 tháng 02 năm 2026\n\n"
    "QUYẾT ĐỊNH\nVề việc phân bổ kế hoạch vốn năm 2026\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
    "Căn cứ Luật Đầu tư công năm 2024;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Phân bổ chi tiết kế hoạch vốn năm 2026 cho các dự án tại Phụ lục kèm theo Quyết định này.\n\n"
    "Điều 2. Các cơ quan, đơn vị, địa phương được phân bổ kế hoạch vốn năm 2026 nêu tại Điều 1 Quyết định này chịu "
    "trách nhiệm tổ chức thực hiện công tác chuẩn bị đầu tư theo đúng quy định hiện hành.\n\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLâm Văn Giang\n"
)


def test_a_passive_clause_picks_out_the_bodies_charged() -> None:
    # PASSIVE_IN_SUBJECT: "… được phân bổ … chịu trách nhiệm …": the bodies run to the charge, the duty is theirs
    record = parse_text(DECISION)
    duty = _obligation(record, "chịu trách nhiệm tổ chức thực hiện công tác chuẩn bị đầu tư")
    assert duty is not None and duty.responsible is not None
    assert duty.responsible.startswith("Các cơ quan, đơn vị, địa phương được phân bổ")


def test_a_permission_without_a_charge_is_no_duty() -> None:
    # counter-example: "được phép" with no charge after it stays a permission
    record = parse_text(DECISION.replace(
        "chịu trách nhiệm tổ chức thực hiện công tác chuẩn bị đầu tư theo đúng quy định hiện hành",
        "được phép điều chỉnh kế hoạch vốn giữa các dự án",
    ))
    assert not any("điều chỉnh kế hoạch vốn" in o.action for o in record.obligations)


RESOLUTION = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 30/NQ-HĐND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Định, ngày 16 tháng 11 năm 2016\n\n"
    "NGHỊ QUYẾT\nVề dự toán ngân sách năm 2017\n\n"
    "1. Ủy ban nhân dân tỉnh có giải pháp bình ổn giá các mặt hàng thiết yếu {time}, không để xảy ra tình trạng "
    "thiếu hàng.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Thanh Tùng\n"
)


def test_a_part_of_a_named_year_is_a_deadline() -> None:
    # VAGUE_PART_OF_A_YEAR: "trong những tháng cuối năm 2016 và đầu năm 2017" fixes a time on the calendar (T2)
    record = parse_text(RESOLUTION.format(time="trong những tháng cuối năm 2016 và đầu năm 2017"))
    assert [(d.text, d.date) for d in record.deadlines] == [("trong những tháng cuối năm 2016 và đầu năm 2017", None)]
    assert record.deadlines[0].action.startswith("có giải pháp bình ổn giá")


def test_a_part_of_the_year_without_its_number_is_no_deadline() -> None:
    # counter-examples: no year ("trong những tháng cuối năm") and no cue ("cuối năm 2016") fix no calendar time
    for time in ("trong những tháng cuối năm", "cuối năm 2016"):
        assert parse_text(RESOLUTION.format(time=time)).deadlines == []


TITLED = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 844/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 13 tháng 5 năm 2026\nQUYẾT ĐỊNH\n{title}\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
    "Căn cứ Luật Tổ chức Chính phủ năm 2025;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\n\n"
    "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Thành Long\n"
)


def test_a_title_goes_on_with_the_document_it_cites() -> None:
    # SUBJECT_CITES_A_DOCUMENT: the cited directive on the title's second line is the title's
    title = "Ban hành Kế hoạch hành động thực hiện\nChỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư\nvề thực hiện bảo hiểm y tế toàn dân"
    record = parse_text(TITLED.format(title=title))
    assert record.subject == " ".join(title.split("\n"))


def test_a_closed_title_leaves_a_cited_document_to_the_body() -> None:
    # counter-example: after a title closed by its full stop, a line citing a document is no part of it
    title = "Ban hành Kế hoạch hành động năm 2026.\nChỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư\nđã đề ra các nhiệm vụ"
    record = parse_text(TITLED.format(title=title))
    assert record.subject is not None and "Chỉ thị" not in record.subject


def test_a_notice_numbered_on_its_type_line() -> None:
    # TYPE_WITH_ITS_ORDINAL: "THÔNG BÁO SỐ 01" is the type and its ordinal; the subject is the line under it
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 03-TB/TWĐTN\nHà Nội, ngày 26 tháng 12 năm 2022\n\n"
        "THÔNG BÁO SỐ 01\nCuộc thi nhảy dành cho học sinh năm 2022\n\n"
        "Ban Bí thư Trung ương Đoàn thông báo kết quả vòng sơ khảo Cuộc thi.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VP.\nTM. BAN BÍ THƯ\nBÍ THƯ\nNguyễn Ngọc Lương\n"
    )
    record = parse_text(text)
    assert record.document_type == "Thông báo" and record.subject == "Cuộc thi nhảy dành cho học sinh năm 2022"


def test_a_portal_title_glued_to_the_issuer_line() -> None:
    # WEB_TITLE_LINE: the portal's "… do Văn phòng Chính phủ ban hành." with the header's first line glued after it
    text = (
        "Công văn 215/VPCP-KTTH năm 2019 về việc rà soát thủ tục do Văn phòng Chính phủ ban hành. VĂN PHÒNG CHÍNH PHỦ -------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 215/VPCP-KTTH V/v rà soát thủ tục\nHà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Tài chính.\n"
        "Thủ tướng Chính phủ giao Bộ Tài chính rà soát, báo cáo trước ngày 30 tháng 4 năm 2019.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nMai Thị Thu Vân\n"
    )
    record = parse_text(text)
    assert record.issuer.name == "Văn phòng Chính phủ"


def test_a_body_sentence_after_ban_hanh_is_left_alone() -> None:
    # counter-example: only the text's first line, and only capitals after it, are parted
    from directive_parser.normalize import normalize_text

    line = "Thực hiện Quy chế do Bộ Tài chính ban hành. Các đơn vị báo cáo trước ngày 15/5/2026."
    assert normalize_text(line).text == line
    later = "Số: 12/KH-UBND\nThực hiện Quy chế do Bộ Tài chính ban hành. ỦY BAN NHÂN DÂN tỉnh giao các sở:"
    assert normalize_text(later).text == later
    glued = "Quyết định 1666/QĐ-BHXH năm 2020 do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM ----"
    assert normalize_text(glued).text == glued.replace("ban hành. BẢO", "ban hành.\nBẢO")


def test_months_listed_before_their_year() -> None:
    # MONTH_LIST: "Tháng 11, 12/2013", "tháng 7, 8 năm 2024": one time, read whole
    from directive_parser.dates import find_time_phrases

    assert [p.text for p in find_time_phrases("Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung hàng năm.")][:1] == ["Tháng 11, 12/2013"]
    assert [p.text for p in find_time_phrases("hoàn thành trong tháng 7, 8 năm 2024")] == ["trong tháng 7, 8 năm 2024"]
    # counter-example: a day's month then another day is no list of months
    assert "tháng 3, 20" not in " ".join(p.text for p in find_time_phrases("từ ngày 15 tháng 3, 20 tháng 4 năm 2024"))


def test_a_plan_part_timed_by_a_list_of_months() -> None:
    # MONTH_LIST in FIELD_PARTS: the part's time "Tháng 11, 12/2013 và …" times each of its content items
    text = (
        "BỘ QUỐC PHÒNG\nSố: 15/KH-BQP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 01 tháng 10 năm 2013\n\nKẾ HOẠCH\nTriển khai Đề án năm 2013\n\n"
        "II. XÂY DỰNG VĂN BẢN\n\n1. Nội dung, biện pháp\n\n"
        "a) Xây dựng, ban hành Quy chế của Ban Chỉ đạo quốc gia;\n\n"
        "b) Ban hành Thông tư hướng dẫn về công tác quy tập hài cốt liệt sĩ.\n\n"
        "2. Cơ quan chủ trì\n\n- Ban Chỉ đạo quốc gia.\n\n"
        "3. Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nPhùng Quang Thanh\n"
    )
    record = parse_text(text)
    timed = {o.action.split(" của")[0].split(" hướng")[0]: o.due for o in record.obligations if o.due}
    assert timed.get("Xây dựng, ban hành Quy chế") is not None and timed["Xây dựng, ban hành Quy chế"].startswith("Tháng 11, 12/2013")


LETTER_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/UBND-XD\nV/v dự án cao tốc\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 20 tháng 4 năm 2026\n\nKính gửi: {to}.\n\n"
)
LETTER_TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"


def test_a_completion_that_reports_is_an_entry_of_its_own() -> None:
    # COMPLETION_REPORT_ENTRY (README E7): the report and the duty it completes, both due by its time; the destination
    # stays on the report
    text = (
        LETTER_HEAD.format(to="Nhà đầu tư dự án")
        + "b) Đối với việc điều chỉnh tuyến: Đề nghị Nhà đầu tư phải nghiên cứu, đề xuất phương án điều chỉnh tuyến. Báo "
        "cáo phải thể hiện rõ nội dung so sánh; hoàn thành báo cáo Sở Xây dựng trước ngày 05/5/2026.\n\n"
        + LETTER_TAIL
    )
    record = parse_text(text)
    found = [(d.action, d.deliver_to) for d in record.deadlines if d.text == "trước ngày 05/5/2026"]
    assert found == [("nghiên cứu, đề xuất phương án điều chỉnh tuyến", None), ("hoàn thành báo cáo Sở Xây dựng", "Sở Xây dựng")]  # A11


def test_a_completion_without_a_report_only_times_the_duty() -> None:
    # counter-example (E7): "Hoàn thành việc phê duyệt …" adds no entry
    text = (
        LETTER_HEAD.format(to="Sở Tài chính")
        + "b) Đề nghị Sở Tài chính thẩm định hồ sơ bồi thường; tổng hợp danh sách các hộ; hoàn thành việc phê duyệt trong tháng 5/2026.\n\n"
        + LETTER_TAIL
    )
    record = parse_text(text)
    assert len([d for d in record.deadlines if d.text == "trong tháng 5/2026"]) == 1


def test_a_note_on_the_time_is_no_part_of_the_action() -> None:
    # TIME_NOTE_IN_ASIDE: "(dự kiến)", "(Thời gian cụ thể … sẽ được thông báo …)" after the time are notes on the time
    head = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 12-KH/TWĐTN\nHà Nội, ngày 10 tháng 3 năm 2021\n\n"
        "KẾ HOẠCH\nTổ chức Hội thi năm 2021\n\n2.4. Thời gian tổ chức Hội thi\n\n"
    )
    tail = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VP.\nTM. BAN BÍ THƯ\nBÍ THƯ\nNguyễn Anh Tuấn\n"
    for note in ("(dự kiến)", "(Thời gian cụ thể các cụm sẽ được thông báo tới các đội tuyển bằng văn bản)"):
        record = parse_text(f"{head}- Vòng thi cấp cụm, cấp khu vực: trong tháng 06/2021 {note}.{tail}")
        assert [d.action for d in record.deadlines] == ["Vòng thi cấp cụm, cấp khu vực"]
    # counter-example: "(theo mẫu đính kèm)" says how the duty is done, and stays in its action
    record = parse_text(f"{head}- Các đơn vị gửi báo cáo trước ngày 15/6/2021 (theo mẫu đính kèm).{tail}")
    assert [d.action for d in record.deadlines] == ["gửi báo cáo (theo mẫu đính kèm)"]


def test_a_span_of_years_that_counts_them() -> None:
    # YEARS_COUNTED: "trong hai năm 2012 - 2013" is a time; a span whose count does not fit, or a name's span, is none
    from directive_parser.dates import find_time_phrases

    found = find_time_phrases("tiếp tục thực hiện chính sách hỗ trợ về nhà ở trong hai năm 2012 - 2013. Trước mắt")
    assert [(p.text, p.when.period_end and p.when.period_end.year) for p in found] == [("trong hai năm 2012 - 2013", 2013)]
    assert not list(find_time_phrases("trong hai năm 2021 - 2025"))
    assert not list(find_time_phrases("thực hiện Chương trình trong giai đoạn 2021 - 2025"))


def test_only_a_list_of_duties_keeps_like_items_apart() -> None:
    # SIBLING_ITEMS keeps two like items apart only where their lead-in asks for them or charges a body with them as
    # steps; counter-example: a decision's list of the documents it repeals (its items, read with the article's words in
    # a copy whose line breaks were lost, were one sentence found six times in scripts/variants.py run_in on c151)
    from directive_parser.extractors.obligations import _two_steps
    from directive_parser.normalize import normalize_text
    from directive_parser.record import Evidence, Obligation
    from directive_parser.structure import Structure, prepare

    def items(text: str, first: str, second: str) -> tuple[Structure, Obligation, Obligation]:
        st = prepare(normalize_text(text))
        a, b = text.index(first), text.index(second)
        return (
            st,
            Obligation(action=first, evidence=Evidence(start=a, end=a + len(first), text=first)),
            Obligation(action=second, evidence=Evidence(start=b, end=b + len(second), text=second)),
        )

    steps = "- Các cơ sở khám bệnh, chữa bệnh thực hiện ghi chép như sau:\n+ Ghi mức hưởng tại trường số 17;\n+ Ghi mức hưởng tại mục Phần II.\n"
    st, a, b = items(steps, "Ghi mức hưởng tại trường số 17", "Ghi mức hưởng tại mục Phần II")
    assert _two_steps(st, a, b)
    repealed = (
        "Bãi bỏ các nội dung đã được công bố tại các Quyết định sau:\n"
        "- Quyết định số 2344/QĐ-BGDĐT về việc công bố thủ tục được sửa đổi;\n"
        "- Quyết định số 1766/QĐ-BGDĐT về việc công bố thủ tục được thay thế.\n"
    )
    st, a, b = items(repealed, "Quyết định số 2344/QĐ-BGDĐT", "Quyết định số 1766/QĐ-BGDĐT")
    assert not _two_steps(st, a, b)
