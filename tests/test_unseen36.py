"""Rules of issue 11's session 36, each pinned on our own sentences written in the forms an unseen plan printed (its
text is a third-party page and stays out of the repository), with their counter-examples: TIME_IN_CLOSING_PARENTHESIS
(deadlines) and LEADING_ADVERB_OF_CLAUSE (obligations, annotations/README.md T12)."""

from __future__ import annotations

from directive_parser import parse_text
from directive_parser.extractors.header import case_as_echoed

HEAD = (
    "BỘ QUỐC PHÒNG\nSố: 123/KH-BQP\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 10 năm 2025\n\n"
    "KẾ HOẠCH\nTriển khai công tác tìm kiếm, quy tập hài cốt liệt sĩ\n\n"
    "I. NHIỆM VỤ TRỌNG TÂM\n\n"
)
TAIL = (
    "\nII. TỔ CHỨC THỰC HIỆN\n\nCác Bộ, ngành, địa phương căn cứ Kế hoạch này triển khai thực hiện.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n"
)
ITEMS = (
    "1. Tập trung nghiên cứu, ban hành các văn bản hướng dẫn của các Bộ, ngành, địa phương về nhiệm vụ tìm kiếm, quy tập"
    " hài cốt liệt sĩ (trong năm 2025).\n\n"
    "2. Tổ chức quán triệt, triển khai thực hiện Chỉ thị số 24-CT/TW ở các cấp, các ngành, các địa phương (Quý IV/2025,"
    " Quý I/2026 và thường xuyên).\n\n"
    "3. Tổng kết giai đoạn năm 2021 - 2025 (tháng 12/2025).\n\n"
)


def _by_action(record, words: str):
    return next((o for o in record.obligations if o.action.startswith(words)), None)


def test_time_in_closing_parenthesis() -> None:
    # TIME_IN_CLOSING_PARENTHESIS: the parenthesis that closes a plan's item is its time, one time as printed
    record = parse_text(HEAD + ITEMS + TAIL)
    first = _by_action(record, "Tập trung nghiên cứu, ban hành")
    assert first is not None and first.due == "trong năm 2025"
    second = _by_action(record, "Tổ chức quán triệt")
    assert second is not None and second.due == "Quý IV/2025, Quý I/2026 và thường xuyên"
    assert second.action.endswith("các địa phương")  # the parenthesis leaves the action
    third = _by_action(record, "Tổng kết giai đoạn")
    assert third is not None and third.due == "tháng 12/2025" and third.action == "Tổng kết giai đoạn năm 2021 - 2025"
    assert sum(d.text == "Quý IV/2025, Quý I/2026 và thường xuyên" for d in record.deadlines) == 1


def test_parenthesis_inside_the_sentence_is_no_closing_time() -> None:
    # counter-example: a month in a parenthesis the sentence goes on after is no item's time (an uncued month)
    items = "1. Tổng kết giai đoạn năm 2021 - 2025 (tháng 12/2025) và đánh giá kết quả thực hiện ở các địa phương.\n\n"
    record = parse_text(HEAD + items + TAIL)
    assert not any(d.text == "tháng 12/2025" for d in record.deadlines)


def test_parenthesis_opening_on_words_is_no_closing_time() -> None:
    # counter-example: a parenthesis that opens on words, not on its time ("được sửa đổi, bổ sung năm 2025", a law
    # named with its amendment), times nothing
    items = (
        "1. Tổ chức quán triệt các quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"
        " (được sửa đổi, bổ sung tháng 6/2025).\n\n"
    )
    record = parse_text(HEAD + items + TAIL)
    assert record.deadlines == [] or all("2025" not in (d.text or "") for d in record.deadlines)


def test_leading_adverb_of_a_clause_before_a_deadline() -> None:
    # LEADING_ADVERB_OF_CLAUSE (T12): the clause kept before another time of its sentence is timed by its leading
    # "thường xuyên", which leaves its action
    items = (
        "1. Sở Nông nghiệp và Môi trường và Tỉnh đoàn thường xuyên phối hợp trao đổi thông tin, định kỳ hằng quý làm việc"
        " để giải quyết các vướng mắc phát sinh.\n\n"
    )
    record = parse_text(HEAD + items + TAIL)
    clause = _by_action(record, "phối hợp trao đổi thông tin")
    assert clause is not None and clause.due == "thường xuyên"
    assert _by_action(record, "thường xuyên phối hợp") is None


def test_adverb_inside_a_list_of_qualities_stays() -> None:
    # counter-example: "thường xuyên" among qualities after "bảo đảm" is manner (T12), not the clause's time
    items = (
        "1. Các đơn vị bảo đảm kịp thời, thường xuyên, liên tục việc trao đổi thông tin, định kỳ hằng quý làm việc"
        " để giải quyết các vướng mắc phát sinh.\n\n"
    )
    record = parse_text(HEAD + items + TAIL)
    assert not any(o.due == "thường xuyên" for o in record.obligations)


STEPS = (
    "II. NHIỆM VỤ\n\n"
    "a) Hoàn thiện thể chế về chính sách ưu đãi người có công với cách mạng:\n\n"
    "- Năm 2026: Rà soát, tổng kết hệ thống văn bản chính sách, pháp luật về người có công với cách mạng.\n\n"
    "- Năm 2027: Trình ban hành Pháp lệnh thay thế Pháp lệnh Ưu đãi người có công với cách mạng.\n\n"
    "- Năm 2028: 100% gia đình người có công có mức sống bằng hoặc cao hơn mức trung bình của dân cư nơi cư trú.\n\n"
)


def test_year_label_opens_a_step() -> None:
    # YEAR_LABEL_STEP: a year that labels an item, a duty after its colon, is the step's time
    record = parse_text(HEAD.replace("I. NHIỆM VỤ TRỌNG TÂM\n\n", "") + STEPS + TAIL)
    texts = {d.text: d.action for d in record.deadlines}
    assert texts.get("Năm 2026", "").startswith("Rà soát, tổng kết hệ thống văn bản")
    assert texts.get("Năm 2027", "").startswith("Trình ban hành Pháp lệnh")


def test_year_label_before_a_target_is_no_step() -> None:
    # counter-example: a year labelling a target (no duty verb after the colon) times no duty
    record = parse_text(HEAD.replace("I. NHIỆM VỤ TRỌNG TÂM\n\n", "") + STEPS + TAIL)
    assert "Năm 2028" not in {d.text for d in record.deadlines}


def test_issuer_in_capitals_takes_the_case_the_body_prints() -> None:
    # ISSUER_CASE_AS_ECHOED: the body's "Bộ Lao động - Thương binh và Xã hội" gives the capitals' name its case
    letter = (
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 95/LĐTBXH-NCC\nV/v hướng dẫn giải quyết chế độ ưu đãi người có công\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 21 tháng 3 năm 2026\n\n"
        "Kính gửi: Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương\n\n"
        "Bộ Lao động - Thương binh và Xã hội đã trình Chính phủ dự thảo Nghị định hướng dẫn Pháp lệnh.\n\n"
        "Đề nghị Sở Nội vụ các tỉnh, thành phố tiếp tục xác nhận hồ sơ người có công.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
    )
    assert parse_text(letter).issuer.name == "Bộ Lao động - Thương binh và Xã hội"
    # counter-example: an echo in capitals (a heading repeating the name) gives no case
    assert case_as_echoed("Ban Dân vận tỉnh ủy", "… BAN DÂN VẬN TỈNH ỦY …") == "Ban Dân vận tỉnh ủy"
    assert case_as_echoed("Ban Dân vận tỉnh ủy", "… Ban Dân vận Tỉnh ủy đề nghị …") == "Ban Dân vận Tỉnh ủy"


AWARD = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 57-KH/TWĐTN\n"
    "ĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 13 tháng 10 năm 2026\n\n"
    "KẾ HOẠCH\nTổ chức Giải thưởng Tình nguyện năm 2026\n\n"
    "I. ĐỐI TƯỢNG, TIÊU CHÍ\n\n"
    "1. Tiêu chí bình chọn\n\n"
    "Đối với tổ chức:\n\n"
    "+ Hiệu quả hoạt động: Triển khai được nhiều chương trình, hoạt động tình nguyện có ý nghĩa thiết thực.\n\n"
    "+ Triển vọng phát triển: Tổ chức có tầm nhìn dài hạn, hướng tới giải quyết các vấn đề xã hội cụ thể.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "Các tỉnh, thành đoàn đề cử hồ sơ về Ban Đoàn kết tập hợp thanh niên trước ngày 15/11/2026.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VP.\nTM. BAN BÍ THƯ\nBÍ THƯ\nNguyễn Văn An\n"
)


def test_criteria_are_no_duties() -> None:
    # CRITERIA_PART (data/structure.toml, aims): the criteria of an award under "Đối với tổ chức:" are no duties
    record = parse_text(AWARD)
    assert not any(o.action.startswith(("Hiệu quả hoạt động", "Triển khai được", "Triển vọng", "Tổ chức có tầm nhìn")) for o in record.obligations)
    # counter-example: the plan's duty in its implementation part stays
    assert any(o.action.startswith("đề cử hồ sơ") for o in record.obligations)


def test_header_issuer_line_is_no_section_of_the_body() -> None:
    # HEADER_IS_NO_SECTION: a letter's numbered asks under a lead-in that names the issuer are the addressees' duties,
    # undated ones too (the header's "BỘ Y TẾ" is no heading of the issuer's own section)
    letter = (
        "BỘ Y TẾ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 84/BYT-KCB V/v cấp giấy phép hoạt động khám bệnh, chữa bệnh\n"
        "Hà Nội, ngày 27 tháng 01 năm 2026 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
        "Để bảo đảm cơ sở khám bệnh, chữa bệnh hoạt động theo đúng quy định của pháp luật, Bộ Y tế đề nghị Đ/c Chủ tịch"
        " UBND tỉnh, thành phố tiếp tục chỉ đạo thực hiện một số nội dung sau:\n"
        "1. Đầu tư, nâng cấp cơ sở hạ tầng, trang thiết bị y tế đối với cơ sở khám bệnh, chữa bệnh trên địa bàn.\n"
        "2. Chỉ đạo Bảo hiểm xã hội tỉnh, thành phố tạo điều kiện ký hợp đồng khám chữa bệnh với các cơ sở trên địa bàn.\n"
        "Trân trọng cảm ơn./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị An\n"
    )
    record = parse_text(letter)
    first = _by_action(record, "Đầu tư, nâng cấp cơ sở hạ tầng")
    second = _by_action(record, "Chỉ đạo Bảo hiểm xã hội tỉnh")
    assert first is not None and first.responsible == "Đ/c Chủ tịch UBND tỉnh, thành phố"
    assert second is not None


def _letter_with_items(second: str) -> str:
    return (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố: 108-CV/TWĐTN-BTG\n“V/v đẩy mạnh triển khai Cuộc thi tuyên truyền viên giỏi”\n\n"
        "ĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 14 tháng 10 năm 2026\n\n"
        "Kính gửi: Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc\n\n"
        "Để Cuộc thi được triển khai hiệu quả, Ban Bí thư Trung ương Đoàn đề nghị Ban Thường vụ các tỉnh, thành\n"
        "đoàn, đoàn trực thuộc triển khai thực hiện một số nội dung, cụ thể như sau:\n\n"
        "1. Tiếp tục đăng tải Kế hoạch, Thể lệ của Cuộc thi trên các nền tảng số, trang\n"
        "mạng xã hội, kênh thông tin điện tử, báo đài trực thuộc.\n\n"
        + second
        + "3. Đôn đốc, chỉ đạo các đơn vị báo chí, xuất bản tập trung tuyên truyền, tổ chức cho\n"
        "đoàn viên tham gia Cuộc thi.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VP.\nTM. BAN BÍ THƯ\nBÍ THƯ\nNguyễn Văn An\n"
    )


def test_item_among_sentences_cut_by_a_page_break() -> None:
    # ITEM_AMONG_SENTENCES: item 2's line lost its end to a page break; among sentence items it is an item, not a heading
    record = parse_text(_letter_with_items(
        "2. Chỉ đạo các cấp bộ đoàn đẩy mạnh thông tin, tuyên truyền về nội dung\n\n"
        "Cuộc thi trên các trang mạng xã hội, kênh thông tin điện tử của các đơn vị.\n\n"
    ))
    item = _by_action(record, "Chỉ đạo các cấp bộ đoàn đẩy mạnh")
    assert item is not None and item.responsible == "Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc"


def test_heading_with_items_of_its_own_stays_a_heading() -> None:
    # counter-example: a numbered line with its own sub-items is their heading, not an entry of its own
    record = parse_text(_letter_with_items(
        "2. Tăng cường công tác tuyên truyền về Cuộc thi\n\n"
        "a) Đăng tải tin, bài về Cuộc thi trên trang thông tin điện tử của đơn vị.\n\n"
        "b) Tổ chức cho đoàn viên tham gia Cuộc thi trực tuyến.\n\n"
    ))
    assert _by_action(record, "Tăng cường công tác tuyên truyền về Cuộc thi") is None
    assert _by_action(record, "Đăng tải tin, bài về Cuộc thi") is not None


def _plan_with_topic(lead: str) -> str:
    return (
        HEAD.replace("I. NHIỆM VỤ TRỌNG TÂM\n\n", "")
        + "II. NHIỆM VỤ, GIẢI PHÁP\n\n2. Giải pháp\n\n"
        + lead
        + "- Nghiên cứu, xây dựng ban hành Nghị định quy định chính sách đối với người tham gia kháng chiến.\n\n"
        + "- Rà soát, sửa đổi các văn bản hướng dẫn thi hành Pháp lệnh Ưu đãi người có công với cách mạng.\n\n"
        + TAIL
    )


def test_plan_content_under_a_topic_lead_in_is_no_duty() -> None:
    # PLAN_CONTENT_UNDER_TOPIC: a plan's items under a topic lead-in, naming nobody and giving no time, are no duties
    record = parse_text(_plan_with_topic("a) Hoàn thiện thể chế về chính sách ưu đãi người có công với cách mạng:\n\n"))
    assert not any("xây dựng ban hành Nghị định" in o.action for o in record.obligations)


def test_plan_content_under_a_body_lead_in_stays() -> None:
    # counter-example: the same items under a lead-in naming the body (the body's section) are its duties
    record = parse_text(_plan_with_topic("a) Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành liên quan:\n\n"))
    assert any("xây dựng ban hành Nghị định" in o.action and o.responsible == "Bộ Nội vụ" for o in record.obligations)


def test_quoted_rule_after_its_reference_leaves_the_action() -> None:
    # QUOTED_RULE_AFTER_REFERENCE (A15): the action ends at the reference, not inside the rule quoted after its colon
    letter = (
        "BỘ Y TẾ\nSố: 61/BYT-BH\nV/v thanh toán chi phí khám bệnh, chữa bệnh\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 02 năm 2026\n\n"
        "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "1. Đề nghị Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện đúng quy định tại Điều 2 Quyết định số"
        " 656/QĐ-BYT: “Trong một đợt điều trị đối với mỗi người bệnh, cơ sở chỉ được thanh toán một lần”.\n\n"
        "2. Đề nghị Sở Y tế hướng dẫn các cơ sở tổ chức tuyên truyền về chủ đề: “Bảo hiểm y tế vì sức khỏe cộng đồng”.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, BH.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
    )
    record = parse_text(letter)
    rule = _by_action(record, "chỉ đạo các cơ sở khám bệnh")
    assert rule is not None and rule.action.endswith("tại Điều 2 Quyết định số 656/QĐ-BYT")
    # counter-example: a quoted name after a colon, no reference before it, stays in the action
    assert any(o.action.endswith("“Bảo hiểm y tế vì sức khỏe cộng đồng”") for o in record.obligations)


SCHOOLS = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 749/GDĐT-VP\nV/v học sinh lớp 12 đi học trở lại\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 06 tháng 3 năm 2026\n\n"
    "Kính gửi: Hiệu trưởng các trường trung học phổ thông.\n\n"
    "Sở Giáo dục và Đào tạo thông báo như sau:\n\n"
    "1. Yêu cầu các cơ sở giáo dục thực hiện nghiêm các hướng dẫn về công tác phòng, chống dịch bệnh.\n\n"
    "2. Các cơ sở giáo dục không bố trí phòng học các lớp 12 cạnh nhau, để phòng ngừa khả năng lây lan.\n\n"
    "3. Giám đốc các Trung tâm Giáo dục thường xuyên chịu trách nhiệm thông báo đến toàn thể học sinh lớp 12.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
)


def test_prohibition_item_is_a_duty() -> None:
    # PROHIBITION_ITEM: "X không + verb" in a letter's item charges X not to do it
    record = parse_text(SCHOOLS)
    item = _by_action(record, "không bố trí phòng học")
    assert item is not None and item.responsible == "Các cơ sở giáo dục"


def test_continuing_education_is_a_name_not_a_time() -> None:
    # NAME_HOLDS_STANDING: "Giáo dục thường xuyên" stays in the body's name and times nothing
    record = parse_text(SCHOOLS)
    item = _by_action(record, "chịu trách nhiệm thông báo")
    assert item is not None and item.responsible == "Giám đốc các Trung tâm Giáo dục thường xuyên" and item.due is None


def test_fields_listed_in_an_issuer_in_capitals() -> None:
    # FIELDS_LISTED (values.org_case): each field of "A, B và C" opens with a capital, with no echo in the body
    letter = (
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 33/BVHTTDL-VHDT\nV/v tham gia Ngày hội văn hóa các dân tộc\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 8 năm 2026\n\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ\n\n"
        "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo cơ quan chuyên môn cử đoàn tham gia Ngày hội trước ngày 30/9/2026.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
    )
    assert parse_text(letter).issuer.name == "Bộ Văn hóa, Thể thao và Du lịch"


def test_title_goes_on_over_a_blank_line() -> None:
    # TITLE_GOES_ON_OVER_BLANK: a copy that sets the PDF's lines apart with blank lines keeps the title whole
    notice = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 455/TB-BGDĐT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày 19 tháng 7 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Bộ trưởng Nguyễn Văn An\n\n"
        "tại Hội nghị Giám đốc sở giáo dục và đào tạo năm 2026\n\n"
        "Ngày 15 tháng 7 năm 2026, Bộ trưởng đã chủ trì Hội nghị. Sau khi nghe báo cáo, Bộ trưởng kết luận như sau:\n\n"
        "1. Các sở giáo dục và đào tạo rà soát, sắp xếp mạng lưới trường lớp trước ngày 30/8/2026.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\nNguyễn Văn Bình\n"
    )
    assert parse_text(notice).subject == "Kết luận của Bộ trưởng Nguyễn Văn An tại Hội nghị Giám đốc sở giáo dục và đào tạo năm 2026"
    # the "V/v" form in the header's column
    letter = (
        "ỦY BAN NHÂN DÂN\n\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 1551/UBND-VX\n\nVề việc thực hiện Đề án Kiểm soát\n\n\n"
        "mất cân bằng giới tính khi sinh\ngiai đoạn 2026 - 2030\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập - Tự do - Hạnh phúc\n\nThành phố Hồ Chí Minh, ngày 12 tháng 4 năm 2026\n\n"
        "Kính gửi: Sở Y tế\n\nĐề nghị Sở Y tế triển khai Đề án trên địa bàn thành phố.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Cường\n"
    )
    assert parse_text(letter).subject == "thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2026 - 2030"


def test_title_closed_by_its_punctuation_stays_closed() -> None:
    # counter-example: a body sentence opening with a capital after the blank is no part of the title
    notice = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 455/TB-BGDĐT\n\nHà Nội, ngày 19 tháng 7 năm 2026\n\nTHÔNG BÁO\n\n"
        "Kết luận của Bộ trưởng Nguyễn Văn An tại Hội nghị Giám đốc sở\n\n"
        "Ngày 15 tháng 7 năm 2026, Bộ trưởng đã chủ trì Hội nghị.\n\n"
        "Nơi nhận:\n- Lưu: VT.\nTL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\nNguyễn Văn Bình\n"
    )
    assert parse_text(notice).subject == "Kết luận của Bộ trưởng Nguyễn Văn An tại Hội nghị Giám đốc sở"


def test_item_opening_with_its_condition_under_a_charged_time() -> None:
    # ITEM_OPENS_WITH_ITS_CONDITION: the item's duty starts after its condition, with the body it names there
    guide = (
        HEAD.replace("I. NHIỆM VỤ TRỌNG TÂM\n\n", "")
        + "2. Ủy ban nhân dân cấp huyện: Trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận được văn bản"
        " đề nghị của Ủy ban nhân dân cấp xã có trách nhiệm:\n\n"
        "a) Thẩm tra, xác minh lại từng trường hợp cụ thể về đối tượng, mức miễn, giảm theo đúng quy định.\n\n"
        "b) Trường hợp thuộc đối tượng được miễn, giảm tiền sử dụng đất theo quy định, Ủy ban nhân dân cấp huyện lập văn"
        " bản đề nghị kèm theo 01 (một) bộ hồ sơ gửi Sở Tài chính.\n\n"
        + TAIL
    )
    record = parse_text(guide)
    item = next((d for d in record.deadlines if "lập văn bản đề nghị" in d.action), None)
    assert item is not None and item.action.startswith("lập văn bản đề nghị kèm theo")
    # counter-example: the item with no condition keeps its opening as before
    assert any(d.action.startswith("Thẩm tra, xác minh lại") for d in record.deadlines)
