"""Rules of issue 11's session 39, each pinned on our own sentences written in the forms the unseen pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

from directive_parser import parse_text
from directive_parser.structure import _time_cell

# --- YEAR_CELL_LEAD (structure._YEARS_CELL_RE): a flattened task table's time cell naming what its years are ----------

RESOLUTION = (
    "CHÍNH PHỦ\n\nSố: 41/NQ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Hà Nội, ngày 20 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nVề Kế hoạch phòng, chống thiên tai\n\n"
    "Điều 1. Ban hành kèm theo Nghị quyết này Kế hoạch thực hiện công tác phòng, chống thiên tai giai đoạn 2026 - 2030.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n\n"
    "Phụ lục\nNHIỆM VỤ TRỌNG TÂM\n"
    "TT\nNội dung, nhiệm vụ\nCơ quan chủ\ntrì thực hiện\nCơ quan\nphối hợp\nThời gian\n"
    "1\nRà soát, sửa đổi các quy định\nvề phòng, chống thiên tai.\nBộ Nông nghiệp và\nMôi trường\nCác bộ,\ncơ quan,\n"
    "địa phương\nNăm\n2026 - 2027\n"
    "2\nSửa đổi quy hoạch hệ thống\nkho dự trữ quốc gia.\nBộ Tài chính\nBộ Quốc\nphòng,\ncác bộ\nGiai đoạn\n2026 - 2030\n"
    "3\nHoàn thiện các quy định về xử lý\ntình huống khẩn cấp.\nBộ Nông nghiệp và\nMôi trường\nBộ Tư pháp,\ncác bộ\n"
    "Năm 2026\nvà các năm\ntiếp theo\n"
)


def test_year_cells_with_their_lead_word_are_the_rows_times() -> None:
    record = parse_text(RESOLUTION)
    rows = {d.action.split(" ")[0]: (d.responsible, d.text) for d in record.deadlines}
    assert rows["Rà"] == ("Bộ Nông nghiệp và Môi trường", "Năm 2026 - 2027")
    assert rows["Sửa"] == ("Bộ Tài chính", "Giai đoạn 2026 - 2030")
    assert rows["Hoàn"] == ("Bộ Nông nghiệp và Môi trường", "Năm 2026 và các năm tiếp theo")


def test_year_cell_leads_and_their_counter_examples() -> None:
    assert all(_time_cell(v) for v in ("Năm 2026", "Giai đoạn 2026 - 2030", "Từ năm 2027", "2026 và hằng năm"))
    # a product's words after the year, or the lead word alone, is no time cell
    assert not any(_time_cell(v) for v in ("Năm 2026 của tỉnh", "Năm", "Giai đoạn đầu"))


# --- STATE_AGENCY_UNITS (data/structure.toml [groups]): a general department's units named by their kind ------------

TAX_LETTER = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 12/TCT-TTKT\n\nV/v tăng cường công tác thanh tra\n\n"
    "Kính gửi: Cục Thuế các tỉnh, thành phố.\n\n{body}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nNguyễn Văn An\n"
)


def test_units_named_by_their_kind_take_the_lead_ins_items() -> None:
    body = (
        "Tổng cục Thuế đề nghị các Cục Thuế tổ chức thực hiện một số công việc sau:\n\n"
        "1. Hoàn thành kế hoạch thanh tra năm 2025.\n\n- Áp dụng nguyên tắc quản lý rủi ro trong thanh tra."
    )
    record = parse_text(TAX_LETTER.format(body=body))
    assert [(o.action, o.responsible) for o in record.obligations] == [
        ("Hoàn thành kế hoạch thanh tra năm 2025", "các Cục Thuế"),
        ("Áp dụng nguyên tắc quản lý rủi ro trong thanh tra", "các Cục Thuế"),
    ]


def test_matters_after_the_quantifier_name_no_body() -> None:
    # counter-example: "các vụ việc" are matters, not a ministry's units ("vụ" alone is no group word)
    from directive_parser.structure import names_a_group

    assert not names_a_group("các vụ việc phức tạp") and names_a_group("các Vụ, Cục thuộc Bộ")


# --- GAZETTE_PAGE_NUMBER (structure.page_chrome): the gazette head's page number inside a flattened table's row --------


def test_gazette_page_number_under_its_head_is_chrome() -> None:
    body = RESOLUTION.replace(
        "Giai đoạn\n2026 - 2030\n", "Giai đoạn\n2026 - 2030\n\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n67\n\n"
    ).replace("Năm 2026\nvà các năm\ntiếp theo\n", "Năm 2026\nvà các năm\ntiếp theo\n\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n68\n")
    record = parse_text(body)
    rows = {d.action.split(" ")[0]: d.text for d in record.deadlines}
    assert rows["Sửa"] == "Giai đoạn 2026 - 2030" and rows["Hoàn"] == "Năm 2026 và các năm tiếp theo"


def test_figure_not_under_a_gazette_head_stays() -> None:
    from directive_parser.structure import page_chrome

    # counter-examples: a row number after a blank line under the head, a figure under a line of text
    for text in ("Các sở rà soát.\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n\n7\nBáo cáo", "Số hộ nghèo:\n67\n"):
        assert [text[s.start : s.end].strip() for s in page_chrome(text)] in ([], ["CÔNG BÁO/Số 242/Ngày 22-04-2026"])


# --- GLUED_GROUP_NUMERAL (structure.side_by_side_cells), the header printed again, TABLE_GOES_ON_OVER_PAGES -------------

HEAD = "TT\nNội dung, nhiệm vụ\nCơ quan chủ\ntrì thực hiện\nCơ quan\nphối hợp\nThời gian\n"
GROUPED = RESOLUTION.split("TT\nNội dung")[0] + (
    HEAD
    + "I\nHoàn thiện thể chế\n"
    + "1\nRà soát, sửa đổi các quy định\nvề phòng, chống thiên tai.\nBộ Tư pháp\nCác bộ,\ncơ quan\nNăm\n2026 - 2027\n"
    + "2\nTổng kết việc thi hành\nLuật Phòng, chống thiên tai.\nBộ Nông nghiệp và\nMôi trường\nCác bộ,\ncơ quan\nNăm 2027\n"
    + "II Tuyên truyền, nâng cao nhận thức về phòng, chống thiên tai\n"
    + "1\nĐổi mới công tác tuyên truyền\ntrên các nền tảng số.\nBộ Văn hóa, Thể thao\nvà Du lịch\nCác bộ,\ncơ quan\n"
    + "Thường xuyên, hằng năm\n"
)


def test_group_numeral_glued_to_its_title_goes_on_with_the_table() -> None:
    record = parse_text(GROUPED)
    rows = {o.action.split(" ")[0]: (o.responsible, o.due) for o in record.obligations}
    assert rows["Đổi"] == ("Bộ Văn hóa, Thể thao và Du lịch", "Thường xuyên, hằng năm")


def test_glued_numeral_that_does_not_run_on_stays_a_line() -> None:
    # counter-example: "IV" after "I" (no "II", "III" printed) is no group of the table
    from directive_parser.normalize import normalize_text
    from directive_parser.structure import read_lines, side_by_side_cells

    t = normalize_text(GROUPED.replace("II Tuyên truyền", "IV Tuyên truyền"))
    lines = side_by_side_cells(read_lines(t.text), t) or read_lines(t.text)
    assert any(ln.text.startswith("IV Tuyên truyền") for ln in lines)


def test_alike_rows_on_two_pages_under_the_header_again_are_two_tasks() -> None:
    page_two = (
        "\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n69\n\n" + HEAD
        + "3\nRà soát, sửa đổi các quy định\nvề phòng, chống sạt lở đất.\nBộ Tư pháp\nCác bộ,\ncơ quan\nNăm\n2026 - 2027\n"
    )
    body = GROUPED.split("II Tuyên truyền")[0] + page_two
    record = parse_text(body)
    rows = [(d.action, d.responsible, d.text) for d in record.deadlines if d.action.startswith("Rà soát")]
    assert len(rows) == 2 and all(who == "Bộ Tư pháp" and when == "Năm 2026 - 2027" for _, who, when in rows)
    # the row above the page break keeps its own cells (the header printed again is no part of it)
    assert [(d.responsible, d.text) for d in record.deadlines if d.action.startswith("Tổng kết")] == [("Bộ Nông nghiệp và Môi trường", "Năm 2027")]


# --- DUTY_OF_HEADING (data/duties.toml [level_headings]), TAX_OFFICE_BY_LEVEL ([body_openers]), CITED_AS_VAN_BAN ------

PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ AN\n\nSố: 5973/UBND-KT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Phú An, ngày 11 tháng 6 năm 2026\n\nV/v tăng cường quản lý khoáng sản\n\nKính gửi: Các sở, ban, ngành tỉnh\n\n{body}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
)


def _province_duties(body: str) -> list[tuple[str, str | None]]:
    return [(o.action, o.responsible) for o in parse_text(PROVINCE.format(body=body)).obligations]


def test_duty_of_heading_and_tax_office_charge_their_items() -> None:
    body = (
        "Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường về việc tăng cường "
        "thanh tra, kiểm tra hoạt động khoáng sản.\n"
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Trách nhiệm chung của các cơ quan, đơn vị\n"
        "- Lãnh đạo, chỉ đạo thực hiện nghiêm các quy định của pháp luật về khoáng sản.\n"
        "2. Thuế tỉnh\n- Tăng cường thanh tra các doanh nghiệp khai thác khoáng sản."
    )
    assert _province_duties(body) == [
        ("Lãnh đạo, chỉ đạo thực hiện nghiêm các quy định của pháp luật về khoáng sản", "các cơ quan, đơn vị"),
        ("Tăng cường thanh tra các doanh nghiệp khai thác khoáng sản", "Thuế tỉnh"),
    ]


def test_a_tax_and_a_duty_of_no_one_stay_as_they_were() -> None:
    from directive_parser.extractors.deadlines import level_heading_who

    # counter-examples: a tax is no body, "Trách nhiệm chung" alone names no doer, an unnumbered "văn bản" is a duty
    assert level_heading_who("Trách nhiệm chung") is None
    duties = _province_duties("1. Các xã thực hiện nghiêm các văn bản chỉ đạo của tỉnh.\n2. Thuế tài nguyên phải được thu đủ.")
    assert ("thực hiện nghiêm các văn bản chỉ đạo của tỉnh", "Các xã") in duties
    assert not any(who and who.startswith("Thuế") for _, who in duties)


# --- TITLE_BEFORE_BODY (deadlines.labelled_subject): an item's title, then the body that acts -------------------------


def test_a_field_of_work_title_before_the_body() -> None:
    body = "1. Công tác tuyên truyền: Các sở, ngành tổ chức tuyên truyền sâu rộng về nội dung Kế hoạch."
    assert _province_duties(body) == [("tổ chức tuyên truyền sâu rộng về nội dung Kế hoạch", "Các sở, ngành")]


def test_a_duty_listing_bodies_after_its_colon_is_no_title() -> None:
    # counter-examples: the colon lists the bodies of the duty's object; a label that names its own body
    from directive_parser.extractors.deadlines import _TITLE_NAMES_BODY_RE, _TITLED_RE

    duty = "- Tăng cường phối hợp giữa các cơ quan: Sở Nông nghiệp và Môi trường, Sở Công Thương trong công tác thanh tra."
    assert _TITLED_RE.match(duty) is None
    assert _TITLED_RE.match("- Sản phẩm dự thi: Các phần trình bày được ghi hình.") is None
    assert _TITLED_RE.match("1. Tổng hợp, hướng dẫn thực hiện: Sở Công Thương phân công cán bộ theo dõi.") is None  # (dropped)
    asked = "1. Công tác phối hợp với Sở Y tế: Các cơ sở y tế thực hiện nghiêm quy định."
    m = _TITLED_RE.match(asked)
    assert m is not None and _TITLE_NAMES_BODY_RE.search(asked, 0, m.end())


# --- YEAR_BEFORE_ITS_CYCLE, COMPLETED_BEFORE_A_RECURRING_DAY (data/dates.toml [recurrence]) ---------------------------


def test_a_day_of_the_year_before_the_cycle_recurs_without_a_date() -> None:
    import datetime as dt

    from directive_parser.dates import find_time_phrases

    (phrase,) = find_time_phrases("đoàn cơ sở đăng ký kế hoạch xong trước ngày 10/11 của năm trước.", doc_date=dt.date(2023, 5, 24))
    assert (phrase.text, phrase.date, phrase.when.kind if phrase.when else None) == ("xong trước ngày 10/11 của năm trước", None, "recurrence")


def test_a_period_start_in_the_year_before_and_a_next_year_date_stay() -> None:
    import datetime as dt

    from directive_parser.dates import find_time_phrases

    # counter-examples: no cue before the day (a covered period's start), and "năm sau" keeps its computed date
    assert all(p.when is None or p.when.kind != "recurrence" for p in find_time_phrases("số liệu từ ngày 01 tháng 12 năm trước", doc_date=dt.date(2023, 5, 24)))
    (phrase,) = find_time_phrases("nộp trước ngày 15/01 năm sau", doc_date=dt.date(2023, 5, 24))
    assert phrase.date == dt.date(2024, 1, 15)


# --- SENT_ON_AFTER_TIME (deadlines): "gửi về <body>" after a recurrence inside a clause ---------------------------------


def test_where_it_goes_after_a_recurrence_is_no_duty_of_its_own() -> None:
    body = "1. Các sở cung cấp thông tin tình hình thực hiện dự án định kỳ hằng năm gửi về Sở Tài chính."
    assert _province_duties(body) == [("cung cấp thông tin tình hình thực hiện dự án gửi về Sở Tài chính", "Các sở")]


def test_a_report_sent_after_the_recurrence_is_the_timed_duty() -> None:
    # counter-example: the verb after the time brings its own object ("gửi báo cáo")
    assert _province_duties("1. Các sở hằng quý gửi báo cáo về Sở Tài chính.") == [("gửi báo cáo về Sở Tài chính", "Các sở")]


# --- APPROVAL_IS_NO_DUTY (deadlines.APPROVAL_RE, in_approval) ---------------------------------------------------------


def test_an_approval_and_its_pilot_period_are_no_duty() -> None:
    body = (
        "1. Đồng ý về chủ trương Sở Nông nghiệp và Môi trường nghiên cứu, lập Đề án thí điểm chuyển đổi số trong quản lý "
        "rừng như đề nghị của Sở Tài chính. Thời gian thí điểm: 05 năm, từ năm 2026 đến hết năm 2030.\n"
        "2. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan liên quan lập Đề án theo quy định."
    )
    assert _province_duties(body) == [("chủ trì, phối hợp với các cơ quan liên quan lập Đề án theo quy định", "Sở Nông nghiệp và Môi trường")]


def test_a_body_charged_after_the_approval_keeps_its_duty_and_time() -> None:
    # counter-example (c158's form): the next sentence of the item names its body; its ";" clause keeps the time
    body = (
        "- Đồng ý về chủ trương xây dựng Đề án thí điểm cửa khẩu thông minh. Sở Nông nghiệp và Môi trường chủ trì, phối "
        "hợp với các Bộ, cơ quan liên quan xây dựng Đề án theo quy định; báo cáo Thủ tướng Chính phủ trong tháng 8 năm 2026."
    )
    record = parse_text(PROVINCE.format(body=body))
    assert [(d.responsible, d.text) for d in record.deadlines] == [("Sở Nông nghiệp và Môi trường", "trong tháng 8 năm 2026")]


# --- ANCHOR_SENT_BY (dates._OFFSET): the anchor's object names who sends it ---------------------------------------------


def test_offset_anchor_keeps_who_sends_its_object() -> None:
    from directive_parser.dates import find_time_phrases

    text = "Trong thời hạn 05 ngày làm việc kể từ ngày nhận được danh sách do cơ\nquan bảo hiểm xã hội gửi đến, các doanh nghiệp công khai danh sách."
    assert [p.text for p in find_time_phrases(text)] == ["Trong thời hạn 05 ngày làm việc kể từ ngày nhận được danh sách do cơ quan bảo hiểm xã hội gửi đến"]
    # counter-example: "gửi" with no "do" before it opens the duty after the anchor
    assert [p.text for p in find_time_phrases("trong thời hạn 05 ngày kể từ ngày nhận được văn bản gửi báo cáo về Sở Nội vụ")] == [
        "trong thời hạn 05 ngày kể từ ngày nhận được văn bản"
    ]


# --- PLAN_NOUN_RECURRENCE (README T14; deadlines.plan_noun_recurrence) ------------------------------------------------


def test_a_recurrence_naming_which_plan_is_no_due() -> None:
    record = parse_text(PROVINCE.format(body="1. Thanh tra tỉnh xây dựng kế hoạch thanh tra hàng năm theo hướng có trọng tâm."))
    assert [(o.action, o.due) for o in record.obligations] == [("xây dựng kế hoạch thanh tra hàng năm theo hướng có trọng tâm", None)]


def test_a_recurrence_timing_a_report_or_leading_the_duty_stays_its_due() -> None:
    # counter-examples: after a report's object, and before the plan's noun
    record = parse_text(PROVINCE.format(body="1. Thanh tra tỉnh báo cáo kết quả thực hiện hằng năm.\n2. Hằng năm, Sở Nội vụ xây dựng kế hoạch kiểm tra."))
    assert [o.due for o in record.obligations] == ["hằng năm", "Hằng năm"]


# --- PER_ISSUE (data/dates.toml [recurrence] per) ------------------------------------------------------------------------


def test_a_period_per_issue_is_one_recurrence() -> None:
    from directive_parser.dates import find_time_phrases

    assert [p.text for p in find_time_phrases("Xây dựng phóng sự tổng hợp, định kỳ 2 tuần/phóng sự.")] == ["định kỳ 2 tuần/phóng sự"]
    # counter-example: a share per person is no issue of a period
    assert [p.text for p in find_time_phrases("định kỳ 2 tuần/người")] == ["định kỳ 2 tuần"]


# --- ESIGN_LABELS (patterns): one vocabulary of the e-signature box for the header's roles and the body's boxes --------


def test_esign_labels_are_read_alike_by_the_roles_and_the_body() -> None:
    from directive_parser import patterns as P
    from directive_parser.roles import ESIGN_CELL_RE, is_esign
    from directive_parser.structure import ESIGN_BOX_FIELD_RE, ESIGN_BOX_OPEN_RE

    assert ESIGN_BOX_OPEN_RE.match("Ký bởi: CÔNG BÁO TỈNH PHÚ AN") and is_esign("Ký bởi: CÔNG BÁO TỈNH PHÚ AN")
    for label in P.ESIGN_FIELD_LABELS:
        assert ESIGN_BOX_FIELD_RE.match(f"{label}: Văn phòng Ủy ban nhân dân tỉnh"), label
        assert label == "Cơ quan" or ESIGN_CELL_RE.match(P.bare(f"{label} Văn phòng")), label
    # counter-examples: "ngày ký" in prose marks no box; "CƠ QUAN" opening an issuer's name is no box's cell
    assert not is_esign("Quyết định có hiệu lực kể từ ngày ký.")
    assert not ESIGN_CELL_RE.match(P.bare("CƠ QUAN ỦY BAN KIỂM TRA"))


# --- ITEMS_RUN_TOGETHER (extractors/signature.py): a Markdown copy's distribution list in one cell --------------------

MARKDOWN_LETTER = (
    "| BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n"
    "| --- | --- |\n| Số: 09/BTNMT-BĐKH *V/v tăng cường kiểm kê khí nhà kính* | *Hà Nội, ngày 06 tháng 8 năm 2026* |\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\n"
    "Bộ Tài nguyên và Môi trường đề nghị Ủy ban nhân dân các tỉnh báo cáo kết quả kiểm kê trước ngày 30/9/2026.\n\n"
    "| *Nơi nhận:* {items} | KT. BỘ TRƯỞNG THỨ TRƯỞNG     Lê Công Thành |\n| --- | --- |\n"
)


def test_distribution_items_run_together_in_one_cell() -> None:
    items = "- Như trên; - Bộ trưởng (để báo cáo); - Các Bộ: CT, NN&PTNT, TC; - Vụ Kế hoạch - Tài chính; - Lưu: VT, BĐKH."
    record = parse_text(MARKDOWN_LETTER.format(items=items))
    # (counter-examples inside: the commas of "Các Bộ: …" and the hyphen of "Kế hoạch - Tài chính" part no items)
    assert record.distribution == ["Như trên", "Bộ trưởng (để báo cáo)", "Các Bộ: CT, NN&PTNT, TC", "Vụ Kế hoạch - Tài chính", "Lưu: VT, BĐKH"]


# --- FRAME_GOES_ON (obligations._frame_goes_on) ---------------------------------------------------------------------


def test_a_topic_frames_clauses_after_its_semicolons_are_no_duties() -> None:
    body = (
        "Về đề nghị của Sở Tài chính về chủ trương xây dựng Đề án thí điểm chống mất rừng; quản lý rừng bền vững; "
        "bảo tồn đa dạng sinh học tại tỉnh, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
        "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan liên quan lập Đề án theo quy định."
    )
    assert _province_duties(body) == [("chủ trì, phối hợp với các cơ quan liên quan lập Đề án theo quy định", "Sở Nông nghiệp và Môi trường")]


def test_a_topic_closed_by_its_colon_keeps_its_duties() -> None:
    # counter-example: the label's colon closes the frame; the clauses after ";" are duties
    body = "1. Sở Tài chính:\na) Về quản lý ngân sách: Tập trung rà soát các khoản chi; tổng hợp báo cáo Ủy ban nhân dân tỉnh."
    duties = _province_duties(body)
    assert any("tổng hợp báo cáo Ủy ban nhân dân tỉnh" in action and who == "Sở Tài chính" for action, who in duties), duties


# --- REPORT_PERIOD_DAY (deadlines.report_period_day): a reporting regime's days recur yearly ---------------------------


def test_a_report_periods_days_recur_every_year() -> None:
    body = (
        "Các sở định kỳ tổng hợp báo cáo kết quả thực hiện gửi Sở Tài chính như sau:\n"
        "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;\n"
        "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7.\n"
        "- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12."
    )
    record = parse_text(PROVINCE.format(body=body))
    timed = [(d.text, d.date, d.when.recurrence if d.when else None) for d in record.deadlines]
    assert ("trước ngày 05/7", None, "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=5") in timed
    assert ("trước ngày 10/7", None, "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=10") in timed
    assert ("trước ngày 15/12", None, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15") in timed


def test_a_day_with_its_year_or_without_a_period_label_stays_a_date() -> None:
    import datetime as dt

    body = "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/8/2026.\n- Các xã gửi danh sách trước ngày 15/12."
    record = parse_text(PROVINCE.format(body=body))
    assert sorted(d.date for d in record.deadlines if d.date) == [dt.date(2026, 8, 5), dt.date(2026, 12, 15)]
