"""Rules of issue 11's session 38, each pinned on our own sentences written in the forms the unseen pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

from directive_parser import parse_text
from directive_parser.extractors.own_acts import issuer_forms, own_act, printed_names
from directive_parser.record import Directive, Signer

LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ AN\n\nSố: 12/UBND-VX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Phú An, ngày 05 tháng 5 năm 2026\n\nV/v chuyển giao Nhà văn hóa tỉnh\n\nKính gửi: Sở Văn hóa, Thể thao và Du lịch\n\n"
    "Ủy ban nhân dân tỉnh hướng dẫn như sau:\n\n{body}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
)


def _duties(body: str) -> list[tuple[str, str | None, str | None]]:
    record = parse_text(LETTER.format(body=body))
    return [(o.action, o.responsible, o.due) for o in record.obligations]


# --- NOMINAL_TASK_SUBJECT, HANDOVER_IS_NO_ASK, MODAL_BEFORE_COMPLETION (deadlines) ----------------------------------


def test_task_named_as_subject_is_the_action() -> None:
    # a resolution's form: the task named as the subject, its modal and "hoàn thành" before the time
    body = "1. Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm 2026."
    assert _duties(body) == [("Việc bàn giao và tiếp nhận", None, "trước ngày 01 tháng 7 năm 2026")]


def test_handover_verb_asks_no_one() -> None:
    # "bàn giao" is a verb of its own: no "giao" + body; "giao" itself still asks
    assert _duties("1. Giao Sở Nội vụ chủ trì bàn giao hồ sơ trước ngày 01/7/2026.") == [
        ("chủ trì bàn giao hồ sơ", "Sở Nội vụ", "trước ngày 01/7/2026")
    ]


def test_completion_with_its_object_keeps_its_verb() -> None:
    # counter-example of MODAL_BEFORE_COMPLETION: "hoàn thành" with an object is the duty's verb (the modal goes, A11:
    # DUTY_FORM_OUT_OF_DEADLINES, session 41)
    assert _duties("1. Các xã phải hoàn thành việc kiểm kê trước ngày 01/7/2026.") == [
        ("hoàn thành việc kiểm kê", "Các xã", "trước ngày 01/7/2026")
    ]


# --- ESIGN_BOX_IN_BODY (structure.page_chrome) -------------------------------------------------------------------------


def test_esign_box_between_pages_names_no_body() -> None:
    # a Công báo copy repeats its signature box over a page break; its "Cơ quan:" is no heading naming who acts
    body = (
        "1. Các sở, ngành rà soát hồ sơ tài sản của Nhà văn hóa tỉnh và lập biên bản kiểm kê theo quy định.\n"
        "Ký bởi: CÔNG BÁO TỈNH PHÚ AN\nCơ quan: VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH\nNgày ký: 2026-05-06 08:00:52 +07:00\n\n"
        "2. Việc bàn giao phải hoàn thành trước ngày 01/7/2026."
    )
    duties = _duties(body)
    assert ("Việc bàn giao", None, "trước ngày 01/7/2026") in duties
    assert not any(who == "Cơ quan" for _, who, _ in duties)


def test_labelled_field_without_an_esign_line_stays() -> None:
    # counter-example: "Cơ quan:" with no "Ký bởi:" above it is the text's own
    from directive_parser.structure import page_chrome

    text = "\n".join(f"Dòng thứ {k} của văn bản." for k in range(12)) + "\nCơ quan: Sở Nội vụ\n"
    assert page_chrome(text) == []
    boxed = text.replace("Cơ quan:", "Ký bởi: CÔNG BÁO\nCơ quan:")
    chrome = page_chrome(boxed)
    assert [boxed[s.start : s.end] for s in chrome] == ["Ký bởi: CÔNG BÁO", "Cơ quan: Sở Nội vụ"]


# --- ITEM_ASKS_ITS_OWN, BASIS_CHAIN, DOUBLE_AUTHORITY (own acts) --------------------------------------------------------

DOAN = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 15-CV/TWĐTN-BTG\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 17 tháng 3 năm 2020\n\n"
    "V/v học tập chuyên đề năm 2020\n\nKính gửi: Các tỉnh, thành đoàn, đoàn trực thuộc\n\n"
    "Ban Bí thư Trung ương Đoàn đề nghị các tỉnh, thành đoàn, đoàn trực thuộc triển khai một số nội dung sau:\n\n"
    "1. Tổ chức học tập chuyên đề cho cán bộ, đoàn viên.\n\n{item}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu VP.\nTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ\nNguyễn Văn An\n"
)


def test_item_that_asks_its_own_part() -> None:
    # the item's first sentence is the issuer's own act, its own request the recipients' duty
    item = "2. Trung ương Đoàn xây dựng các ấn phẩm tuyên truyền. Đề nghị các đơn vị chủ động đăng tải các ấn phẩm."
    actions = [o.action for o in parse_text(DOAN.format(item=item)).obligations]
    assert "chủ động đăng tải các ấn phẩm" in actions
    assert not any(a.startswith("xây dựng các ấn phẩm") for a in actions)


def test_item_without_its_own_ask_is_the_lead_ins() -> None:
    # counter-example (ASKED_ITEM): with no request of its own, the lead-in assigns the item whoever it names
    item = "2. Trung ương Đoàn gửi báo cáo kết quả về Văn phòng trước ngày 30/4/2020."
    actions = [o.action for o in parse_text(DOAN.format(item=item)).obligations]
    assert any("gửi báo cáo kết quả" in a for a in actions)


def test_basis_chain_before_the_issuer() -> None:
    forms = issuer_forms(["Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "Ban Bí thư Trung ương Đoàn"])
    chained = (
        "Thực hiện Kế hoạch số 53-KH/TWĐTN về việc tổ chức Diễn đàn; căn cứ kết quả tổng hợp danh sách đại biểu, "
        "Ban Bí thư Trung ương Đoàn thông báo danh sách đại biểu chính thức."
    )
    assert own_act(chained, forms) is not None
    # counter-example: a ";" followed by a clause with no opener ends the adverbial there
    assert own_act("Thực hiện Kế hoạch số 53-KH/TWĐTN; các tỉnh đoàn gửi báo cáo, Ban Bí thư Trung ương Đoàn tổng hợp.", forms) is None


def test_double_authority_signs_for_the_first_body() -> None:
    record = Directive(signer=Signer(authority="TL. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN KT. CHÁNH VĂN PHÒNG"))
    assert printed_names(record) == ["BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"]
    assert printed_names(Directive(signer=Signer(authority="TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"))) == ["BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"]


# --- NAMES_LINE_BY_LINE (recipients) -------------------------------------------------------------------------------------

HEADER = "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố: 12-CV/TWĐTN\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 05 tháng 9 năm 2022\n\n"


def test_addressees_line_by_line_under_the_label() -> None:
    text = (
        HEADER + "Kính gửi:\n\n  Ban Thường vụ các tỉnh, thành Đoàn\n  Thường trực Hội Doanh nhân trẻ Việt Nam\n"
        "  Ban Thư ký Hội Sinh viên Việt Nam\n\nBan Bí thư Trung ương Đoàn đề nghị các đơn vị báo cáo trước ngày 20/9/2022.\n"
    )
    assert parse_text(text).recipients == [
        "Ban Thường vụ các tỉnh, thành Đoàn",
        "Thường trực Hội Doanh nhân trẻ Việt Nam",
        "Ban Thư ký Hội Sinh viên Việt Nam",
    ]


def test_body_under_an_addressee_on_the_label_line() -> None:
    # counter-example: the addressee on the label's line, the body's first sentence right under it
    text = HEADER + "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng\nBộ Nội vụ nhận được Công văn số 1843/SNV-TCBC ngày 01/10/2025 của\nSở Nội vụ.\n"
    assert parse_text(text).recipients == ["Sở Nội vụ tỉnh Lâm Đồng"]


# --- NUMBERED_TIME_FIELD (deadlines) ---------------------------------------------------------------------------------------

PLAN = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n\nSố: 38-KH/TWĐTN\n\nHà Nội, ngày 24 tháng 6 năm 2021\n\n"
    "KẾ HOẠCH\nTổ chức chương trình trồng cây năm 2021\n\nI. NỘI DUNG, HOẠT ĐỘNG\n\n{items}\n"
)


def test_numbered_time_field_times_its_item() -> None:
    items = "3. Cuộc thi ảnh “Cây xanh”\n\n3.1. Thời gian triển khai: Từ ngày 16/7/2021 đến ngày 16/8/2021.\n\n3.2. Đối tượng tham gia: Đoàn viên.\n"
    record = parse_text(PLAN.format(items=items))
    assert [(d.action, d.text) for d in record.deadlines] == [("Cuộc thi ảnh “Cây xanh”", "Từ ngày 16/7/2021 đến ngày 16/8/2021")]


def test_time_label_naming_its_step_keeps_it() -> None:
    # counter-example: a label that names its own step gives that step, not the item's title
    items = "3. Cuộc thi ảnh “Cây xanh”\n\n3.1. Thời gian nhận bài dự thi: Từ ngày 16/7/2021 đến ngày 16/8/2021.\n"
    record = parse_text(PLAN.format(items=items))
    assert [d.action for d in record.deadlines] == ["nhận bài dự thi"]


# --- THEN_CHARGED (deadlines' subject) -------------------------------------------------------------------------------------


def test_then_charged_names_the_body_to_its_charge() -> None:
    body = (
        "- Đối với trường hợp người nộp thuế có văn bản đề nghị cơ quan Thuế hướng dẫn thì cơ quan Thuế quản lý trực "
        "tiếp có trách nhiệm nghiên cứu và hướng dẫn cho người nộp thuế."
    )
    assert _duties(body) == [("nghiên cứu và hướng dẫn cho người nộp thuế", "cơ quan Thuế quản lý trực tiếp", None)]


def test_then_without_a_charge_reads_as_before() -> None:
    # counter-example: no "có trách nhiệm": THEN_SUBJECT reads the body and its verb
    assert _duties("- Trường hợp phát sinh vướng mắc thì các đơn vị báo cáo Sở Tài chính.") == [
        ("báo cáo Sở Tài chính", "các đơn vị", None)
    ]


# --- PERCENT_ENCODED_WORDS (normalize) ---------------------------------------------------------------------------------


def test_percent_encoded_words_of_a_link() -> None:
    from directive_parser.normalize import normalize_text

    assert normalize_text("Keyword=14/2007/TT-BL%C4%90TBXH").text == "Keyword=14/2007/TT-BLĐTBXH"
    assert normalize_text("S%E1%BB%91%20178/1998/TT-TCCP").text == "Số 178/1998/TT-TCCP"
    # counter-examples: a share and escapes that decode to no letter outside ASCII stay as printed
    assert [normalize_text(t).text for t in ("đạt 100% số xã", "a%20b", "x%2Fy")] == ["đạt 100% số xã", "a%20b", "x%2Fy"]


def test_percent_encoded_symbol_is_read_whole() -> None:
    body = "1. Các sở thực hiện theo Thông tư số 14/2007/TT-BL%C4%90TBXH ngày 30/8/2007 của Bộ Lao động."
    record = parse_text(LETTER.format(body=body))
    assert [r.symbol for r in record.legal_references] == ["14/2007/TT-BLĐTBXH"]


# --- HEADER_QUALIFIER, BLANK_CELL_INSIDE_ROW (a flattened task table from a PDF) ------------------------------------------

APPENDIX = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 89/QĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Hà Nội, ngày 20 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án đào tạo nhân lực\n\n"
    "Điều 1. Phê duyệt Đề án kèm theo Quyết định này.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n"
    "STT\nNhiệm vụ\nCơ quan chủ trì\nĐơn vị phối hợp\n(Bộ/ngành/địa phương)\nCấp phê duyệt\nTiến độ\nthực hiện\n"
    "1\nĐiều tra, đánh giá nhu cầu đào\ntạo nhân lực trong lĩnh vực\nBộ Khoa học và\nCông nghệ\nCác bộ, ngành và\n"
    "địa phương\nBộ trưởng Bộ\nKhoa học và\nCông nghệ\nHằng năm\n\n"
    "2\nXây dựng Thông tư quy định về\nđào tạo an toàn bức xạ\nBộ Khoa học và\nCông nghệ\n\nCác bộ, ngành có\nliên quan\n"
    "Bộ trưởng Bộ\nKhoa học và\nCông nghệ\n\n2026\n"
    "3\nBan hành khung chương trình\nđào tạo nhân lực quản lý\nBộ Khoa học và\nCông nghệ\nBộ Giáo dục và Đào tạo\n"
    "Bộ trưởng Bộ\nKhoa học và\nCông nghệ\n\n2026 - 2027\n"
)


def test_flattened_table_with_a_qualified_header_and_blank_cells() -> None:
    record = parse_text(APPENDIX)
    rows = [(d.action.split(" ")[0], d.responsible, d.text) for d in record.deadlines]
    assert ("Xây", "Bộ Khoa học và Công nghệ", "2026") in rows
    assert ("Ban", "Bộ Khoa học và Công nghệ", "2026 - 2027") in rows


def test_blank_line_after_the_last_row_still_ends_the_table() -> None:
    # counter-example: no next row number after the blank line, the text after the table is no cell of it
    from directive_parser.layout import Layout
    from directive_parser.normalize import normalize_text
    from directive_parser.structure import build

    text = APPENDIX + "\nGhi chú: các bộ báo cáo kết quả về Bộ Khoa học và Công nghệ.\n"
    t = normalize_text(text)
    st = build(t, Layout(0, 0, len(t.text), len(t.text)))
    last = st.tables[-1].rows[-1]
    assert "Ghi chú" not in t.text[last[0].start : last[-1].end]


def test_two_alike_rows_are_two_tasks() -> None:
    # SIBLING_ROWS: a row that reads like the one above, with the same time, is a task of its own
    more = "4\nBan hành khung chương trình\nđào tạo nhân lực nghiên cứu\nBộ Khoa học và\nCông nghệ\nCác viện nghiên cứu\nBộ trưởng Bộ\nKhoa học và\nCông nghệ\n\n2026 - 2027\n"
    record = parse_text(APPENDIX + more)
    assert sum(d.action.startswith("Ban hành khung chương trình") for d in record.deadlines) == 2


# --- ON_REQUEST_TAIL, ON_REQUEST_IS_NO_ASK, OBJECT_AFTER_RECURRENCE (deadlines) ------------------------------------------


def test_recurrence_and_on_request_is_one_time() -> None:
    body = (
        "1. Các đơn vị thực hiện chế độ báo cáo định kỳ hằng năm và khi có yêu cầu về tình hình cử cán bộ đi đào tạo, "
        "bồi dưỡng, kết quả đào tạo gửi Sở Nội vụ."
    )
    assert _duties(body) == [
        (
            "thực hiện chế độ báo cáo về tình hình cử cán bộ đi đào tạo, bồi dưỡng, kết quả đào tạo gửi Sở Nội vụ",
            "Các đơn vị",
            "định kỳ hằng năm và khi có yêu cầu",
        )
    ]


def test_request_alone_is_no_time_and_asks_as_before() -> None:
    # counter-examples: "khi có yêu cầu" after no recurrence times nothing; "yêu cầu" + a body still asks
    assert _duties("1. Các đơn vị gửi báo cáo khi có yêu cầu về Sở Nội vụ.") == [("gửi báo cáo khi có yêu cầu về Sở Nội vụ", "Các đơn vị", None)]
    assert _duties("1. Sở Nội vụ yêu cầu các đơn vị báo cáo trước ngày 10/6/2026.") == [("báo cáo", "các đơn vị", "trước ngày 10/6/2026")]


def test_new_verb_after_a_recurrence_is_no_object() -> None:
    # counter-example of OBJECT_AFTER_RECURRENCE: a new verb after the time is no object of the verb before it
    from directive_parser.extractors.deadlines import _OBJECT_AFTER_TIME_RE

    assert _OBJECT_AFTER_TIME_RE.match("về tình hình cử cán bộ") is not None
    assert _OBJECT_AFTER_TIME_RE.match("gửi báo cáo kết quả") is None


# --- EFFECT_ARTICLE (data/structure.toml sections) -------------------------------------------------------------------------

RESOLUTION = (
    "CHÍNH PHỦ\n\nSố: 66/2026/NQ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Hà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nVề cắt giảm điều kiện kinh doanh\n\n"
    "Điều 1. Bộ Tài chính rà soát danh mục ngành, nghề kinh doanh có điều kiện trước ngày 01 tháng 7 năm 2026.\n\n"
    "Điều 2. Hiệu lực thi hành\n\n"
    "1. Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.\n\n"
    "2. Trường hợp luật có quy định liên quan được ban hành trong khoảng thời gian từ ngày ký đến hết ngày 28 tháng 02 "
    "năm 2027 thì các quy định tương ứng trong Nghị quyết này hết hiệu lực.\n\n"
    "3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị quyết này.\n\n"
    "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n"
)


def test_effect_article_holds_no_unnamed_duty() -> None:
    record = parse_text(RESOLUTION)
    assert [d.text for d in record.deadlines] == ["trước ngày 01 tháng 7 năm 2026"]
    assert not any("hết hiệu lực" in o.action for o in record.obligations)


def test_effect_article_keeps_its_execution_clause() -> None:
    # counter-example: the clause that names its bodies is their duty
    assert any(o.action.startswith("chịu trách nhiệm thi hành") for o in parse_text(RESOLUTION).obligations)


def test_items_with_the_same_time_field_are_each_timed() -> None:
    # LABEL_IS_NO_RESTATEMENT: items of a plan whose time fields print the same day are separate activities
    items = (
        "5. Lễ tổng kết chương trình\n\n Thời gian (dự kiến): Ngày 22/8/2021 (Chủ nhật)\n\n Địa điểm (dự kiến): Quảng Nam\n\n"
        "6. Hoạt động trồng rừng\n\n Thời gian (dự kiến): Ngày 22/8/2021 (Chủ nhật)\n\n Địa điểm (dự kiến): Rừng Pơ Mu\n\n"
        "7. Hoạt động tham quan, trải nghiệm\n\n Thời gian (dự kiến): Ngày 22/8/2021 (Chủ nhật)\n\n Nội dung:\n\n"
        "+ Tham quan và tìm hiểu hệ sinh thái rừng đầu nguồn.\n"
        "\nII. TỔ CHỨC THỰC HIỆN\n\nCác tỉnh đoàn triển khai thực hiện Kế hoạch này.\n"
    )
    record = parse_text(PLAN.format(items=items))
    assert [d.action for d in record.deadlines] == ["Lễ tổng kết chương trình", "Hoạt động trồng rừng", "Hoạt động tham quan, trải nghiệm"]


# --- DOTTED_NUMBER (patterns), FAMILY_NAME_WRAPPED (signature) -----------------------------------------------------------


def test_dotted_number_of_a_resolution_series() -> None:
    record = parse_text(RESOLUTION.replace("Số: 66/2026/NQ-CP", "Số: 66.17/2026/NQ-CP"))
    assert (record.number.symbol, record.number.number) == ("66.17/2026/NQ-CP", "66.17")
    # counter-example: a dotted figure with no year after it is no symbol
    from directive_parser.patterns import SYMBOL_RE

    assert SYMBOL_RE.search("theo Công văn số 1.234/UBND ngày 05/5/2026") is None
    found = SYMBOL_RE.search("theo Nghị quyết số 66.13/2026/NQ-CP")
    assert found is not None and found.group(0) == "66.13/2026/NQ-CP"


SIGNED = LETTER.replace("Nguyễn Văn An\n", "{name}\n")


def test_family_name_wrapped_above_the_name() -> None:
    record = parse_text(SIGNED.format(body="1. Các xã báo cáo trước ngày 20/5/2026.", name="Nguyễn\nKhắc Định"))
    assert record.signer.name == "Nguyễn Khắc Định"


def test_word_above_the_name_that_is_no_family_name_stays_out() -> None:
    record = parse_text(SIGNED.format(body="1. Các xã báo cáo trước ngày 20/5/2026.", name="Đã ký\nKhắc Định"))
    assert record.signer.name == "Khắc Định"


def test_standing_secretary_is_one_position() -> None:
    # the closing printed as one row of a Markdown table, its cell's lines run together (a converted web copy's form)
    closing = "Nơi nhận:\n- Như trên;\n- Lưu VP.\nTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ\nNguyễn Văn An\n"
    row = "|  |  |\n| Nơi nhận:    Như trên;  Lưu VP. | TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN  {pos}  Đã ký  Nguyễn Văn An |\n"
    doan = DOAN.format(item="2. Tổ chức hội thi cấp tỉnh.")
    signer = parse_text(doan.replace(closing, row.format(pos="BÍ THƯ THƯỜNG TRỰC"))).signer
    assert (signer.authority, signer.position) == ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ THƯỜNG TRỰC")
    # counter-example: the secretary alone stays "BÍ THƯ"
    assert parse_text(doan.replace(closing, row.format(pos="BÍ THƯ"))).signer.position == "BÍ THƯ"


def test_addressee_wrapped_after_a_dangling_word_goes_on() -> None:
    # counter-example of NAMES_LINE_BY_LINE: a name the wrap cut after "thuộc" goes on on the next line
    text = (
        HEADER + "Kính gửi:\n\nCác Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc\nChính phủ\n\n"
        "Ban Bí thư Trung ương Đoàn đề nghị các đơn vị báo cáo trước ngày 20/9/2022.\n"
    )
    assert "Chính phủ" not in parse_text(text).recipients  # no addressee of its own


def test_body_line_under_a_label_alone_is_no_addressee() -> None:
    # counter-example of NAMES_LINE_BY_LINE: a clause's line ("… nhận được Công văn số …") is the body's
    text = HEADER + "Kính gửi:\nSở Nội vụ tỉnh Lâm Đồng\nBộ Nội vụ nhận được Công văn số 1843/SNV-TCBC ngày 01/10/2025 của\nSở Nội vụ.\n"
    assert parse_text(text).recipients == ["Sở Nội vụ tỉnh Lâm Đồng"]


# --- ANCHOR_RECEIVED_REQUEST, ANCHOR_WRAPPED (dates) ---------------------------------------------------------------------


def test_offset_anchor_reads_the_request_received_and_its_wrap() -> None:
    from directive_parser.dates import find_time_phrases

    def phrases(s: str) -> list[str]:
        return [p.text for p in find_time_phrases(s)]

    assert phrases("Trong 02 ngày làm việc, kể từ ngày nhận được đề nghị, cơ quan bảo hiểm xã hội xác nhận.") == [
        "Trong 02 ngày làm việc, kể từ ngày nhận được đề nghị"
    ]
    assert phrases("Trong 02 ngày làm việc kể từ ngày nhận được kinh phí của Ủy ban\nnhân dân cấp tỉnh, doanh nghiệp chi trả.") == [
        "Trong 02 ngày làm việc kể từ ngày nhận được kinh phí của Ủy ban nhân dân cấp tỉnh"  # (the phrase as a line, joined)
    ]
    # counter-examples: a request after the anchor's object, a line opening with a capital
    assert phrases("trong thời hạn 05 ngày kể từ ngày nhận được văn bản đề nghị các đơn vị báo cáo") == [
        "trong thời hạn 05 ngày kể từ ngày nhận được văn bản"
    ]
    assert phrases("trong thời hạn 05 ngày kể từ ngày nhận được văn bản\nCác đơn vị báo cáo") == ["trong thời hạn 05 ngày kể từ ngày nhận được văn bản"]
