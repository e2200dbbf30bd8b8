"""Rules of issue 11's session 41, each pinned on our own sentences written in the forms the unseen pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

import datetime as dt

from directive_parser import parse_text
from directive_parser.dates import find_time_phrases
from directive_parser.extractors.header import case_as_echoed
from directive_parser.normalize import normalize_text
from directive_parser.structure import prepare

# A Sở's decision as a PDF's text layer prints it (pdftotext -layout): each paragraph's first line indented, its wrapped
# lines at the margin, an article's title on a line of its own with no closing stop, then its first paragraph.
DECISION = (
    "UBND TỈNH LÀO CAI              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "  SỞ Y TẾ                             Độc lập - Tự do - Hạnh phúc\n\n"
    "    Số: 210 /QĐ-SYT                   Lào Cai, ngày 12 tháng 8 năm 2026\n\n"
    "                               QUYẾT ĐỊNH\n"
    "          Về việc giao nhiệm vụ kiểm tra an toàn thực phẩm trên địa bàn\n\n"
    "               GIÁM ĐỐC SỞ Y TẾ TỈNH LÀO CAI\n"
    "       Căn cứ Luật An toàn thực phẩm ngày 17/6/2010; Nghị định số 15/2018/NĐ-CP ngày\n"
    "02/02/2018 của Chính phủ;\n"
    "       Theo đề nghị của Trưởng phòng Nghiệp vụ,\n\n"
    "                                   QUYẾT ĐỊNH:\n"
    "      Điều 1. Giao nhiệm vụ kiểm tra, lập biên bản vi phạm an toàn thực phẩm\n"
    "      Giao Phó Trưởng phòng được phân công phụ trách lĩnh vực an toàn thực phẩm và\n"
    "Chuyên viên thuộc Phòng Nghiệp vụ kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm\n"
    "trên địa bàn tỉnh theo kế hoạch được duyệt.\n"
    "      Điều 2. Trách nhiệm của Phó Trưởng phòng được phân công phụ trách\n"
    "lĩnh vực an toàn thực phẩm và Chuyên viên được giao nhiệm vụ\n"
    "      1. Việc kiểm tra phải tuân thủ đúng trình tự, thủ tục theo quy định của pháp\n"
    "luật về an toàn thực phẩm; chịu trách nhiệm trước Giám đốc Sở về kết quả kiểm tra.\n"
    "      2. Ngay sau khi kết thúc kiểm tra, có trách nhiệm lập biên bản, báo cáo Trưởng\n"
    "phòng Nghiệp vụ.\n"
    "      Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    " Nơi nhận:                                          GIÁM ĐỐC\n"
    "- Như Điều 2;\n"
    "- Lưu: VT.\n\n"
    "                                                  Nguyễn Văn An\n"
)
DEPUTY = "Phó Trưởng phòng được phân công phụ trách lĩnh vực an toàn thực phẩm và Chuyên viên được giao nhiệm vụ"


def _blocks(text: str) -> list[str]:
    st = prepare(normalize_text(text))
    return [" ".join(st.text.text[b.start : b.end].split()) for b in st.blocks]


# --- INDENTED_PARAGRAPH (structure._continues, structure.wrap_margins) ------------------------------------------------


def test_an_indented_line_after_an_article_title_opens_a_paragraph() -> None:
    blocks = _blocks(DECISION)
    # before, the title and the paragraph under it were one block ("… an toàn thực phẩm Giao Phó Trưởng phòng …"): the
    # line under the title was filled far enough to pass for a wrapped line
    assert "Điều 1. Giao nhiệm vụ kiểm tra, lập biên bản vi phạm an toàn thực phẩm" in blocks
    assert any(b.startswith("Giao Phó Trưởng phòng") and b.endswith("theo kế hoạch được duyệt.") for b in blocks)


def test_a_capital_word_wrapped_to_the_pages_margin_goes_on() -> None:
    # counter-example: a page printed with its margin 8 spaces in, a line wrapped before a capital word at that margin
    page = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 15/BNNMT-BĐKH\n\nHà Nội, ngày 10 tháng 3 năm 2026\n\n"
        "        Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\n"
        "               a) Chỉ đạo cơ quan chuyên môn trực thuộc có liên quan định kỳ hai năm\n"
        "        một lần rà soát số liệu tiêu thụ năng lượng của cơ sở thuộc danh mục gửi\n"
        "        Bộ Nông nghiệp và Môi trường trước ngày 30 tháng 6 hằng năm để tổng hợp.\n"
        "              b) Phối hợp với Bộ Nông nghiệp và Môi trường triển khai thực hiện các quy\n"
        "        định về tăng cường hấp thụ khí nhà kính.\n"
    )
    blocks = _blocks(page)
    assert any(b.startswith("a) Chỉ đạo") and b.endswith("để tổng hợp.") for b in blocks)
    assert not any(b.startswith("Bộ Nông nghiệp và Môi trường trước ngày") for b in blocks)


def test_a_text_without_indents_reads_as_before() -> None:
    # counter-example: the same decision pasted without its indents (a DOCX, a web copy) keeps one block per paragraph
    # where a stop or a marker ends it; its wrapped lines go on as they did
    flat = "\n".join(line.strip() for line in DECISION.split("\n"))
    blocks = _blocks(flat)
    assert any(b.startswith("Căn cứ Luật An toàn thực phẩm ngày 17/6/2010; Nghị định") for b in blocks)


# --- DUTIES_ARTICLE_TITLE, DUTIES_OF_NAMES_WHOLE, ASSIGNED_QUALIFIER, DEPUTY_HEADS, BARE_CHARGE -------------------------


def _duties(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(o.action, o.responsible, o.due) for o in parse_text(text).obligations]


def test_an_articles_duties_title_names_its_items_body_whole() -> None:
    duties = _duties(DECISION)
    item = next(d for d in duties if d[0].startswith("Việc kiểm tra phải tuân thủ"))
    # before, the title wrapped over two lines was no heading (a long article read as a clause) and the items had no
    # body; then the subject grammar cut the name at "phụ trách", and the charge cut it again
    assert item[1] == DEPUTY


def test_a_bare_charge_after_an_event_frame_is_the_items_duty() -> None:
    duties = _duties(DECISION)
    # before, "có trách nhiệm" opened no duty and "Ngay sau khi …," was no frame: the item was lost; since session 43
    # the frame is the item's event point (README T7, AFTER_EVENT_DUE)
    assert ("lập biên bản, báo cáo Trưởng phòng Nghiệp vụ", DEPUTY, "Ngay sau khi kết thúc kiểm tra") in duties


def test_a_person_named_by_the_field_assigned_is_asked_whole() -> None:
    duties = _duties(DECISION)
    # ASSIGNED_TO_A_FIELD: before, "Giao Phó Trưởng phòng được phân công | phụ trách lĩnh vực …" cut the name at
    # "phụ trách", read as the duty
    assert (
        "kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn tỉnh theo kế hoạch được duyệt",
        "Phó Trưởng phòng được phân công phụ trách lĩnh vực an toàn thực phẩm và Chuyên viên thuộc Phòng Nghiệp vụ",
        None,
    ) in duties


def test_a_name_without_an_assignment_is_cut_at_its_charge() -> None:
    # counter-example (ASSIGNED_QUALIFIER): a lead-in's charge after a name with no "được phân công" is cut as before
    letter = (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n\nSố: 85/SCT-VP\n\nV/v thực hiện nhiệm vụ\n\n"
        "Kính gửi: Phòng Quản lý Công nghiệp.\n\n"
        "1. Phòng Quản lý Công nghiệp tập trung thực hiện các nhiệm vụ sau:\n"
        "- Rà soát hồ sơ cấp phép của các doanh nghiệp.\n- Tổng hợp, báo cáo Giám đốc Sở.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
    )
    assert ("Rà soát hồ sơ cấp phép của các doanh nghiệp", "Phòng Quản lý Công nghiệp", None) in _duties(letter)


# --- EVENT_POINT_HEADING (deadlines._event_heading_phrase) -------------------------------------------------------------

LETTER = (
    "UBND TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 701/SNNMT-KS\n\nLào Cai, ngày 20 tháng 7 năm 2026\n\n"
    "V/v thực hiện các quy định sau khi được cấp phép\n\nKính gửi: Công ty Cổ phần Khoáng sản Hòa Bình\n\n"
    "Sở Nông nghiệp và Môi trường yêu cầu Công ty Cổ phần Khoáng sản Hòa Bình thực hiện đầy đủ các nội dung sau:\n"
    "1. Trước khi đưa mỏ đi vào hoạt động khai thác khoáng sản\n"
    "- Thực hiện cắm mốc khu vực khai thác theo đúng quy định.\n"
    "- Lập hồ sơ thiết kế mỏ trình cơ quan có thẩm quyền phê duyệt.\n"
    "2. Trong quá trình hoạt động khai thác khoáng sản\n"
    "- Thực hiện chế độ báo cáo về an toàn lao động theo quy định.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"
)
POINT = "Trước khi đưa mỏ đi vào hoạt động khai thác khoáng sản"


def test_an_event_point_heading_times_its_items() -> None:
    duties = _duties(LETTER)
    company = "Công ty Cổ phần Khoáng sản Hòa Bình"
    # before, the time grammar's point stopped after three words and the heading's rest was read as a duty:
    # "hoạt động khai thác khoáng sản" due "Trước khi đưa mỏ đi vào", its items undated
    assert ("Thực hiện cắm mốc khu vực khai thác theo đúng quy định", company, POINT) in duties
    assert ("Lập hồ sơ thiết kế mỏ trình cơ quan có thẩm quyền phê duyệt", company, POINT) in duties
    assert not any(d[0].startswith("hoạt động khai thác") for d in duties)
    assert [d.text for d in parse_text(LETTER).deadlines].count(POINT) == 2


def test_an_event_point_heading_may_announce_its_items() -> None:
    # MODAL_ANNOUNCES: the same heading with the words that announce the items after a modal
    text = LETTER.replace(POINT + "\n", POINT + " phải thực hiện đầy đủ các nội dung sau\n", 1)
    duties = _duties(text)
    assert ("Thực hiện cắm mốc khu vực khai thác theo đúng quy định", "Công ty Cổ phần Khoáng sản Hòa Bình", POINT) in duties
    assert not any(d[0].startswith("thực hiện đầy đủ các nội dung sau") for d in duties)


def test_an_event_span_heading_gives_no_time() -> None:
    # counter-example: "Trong quá trình …" is a span (README T7), no `due`
    duties = _duties(LETTER)
    assert ("Thực hiện chế độ báo cáo về an toàn lao động theo quy định", "Công ty Cổ phần Khoáng sản Hòa Bình", None) in duties


def test_a_point_heading_with_a_clause_of_its_own_is_read_as_before() -> None:
    # counter-example: a heading that goes on after the point with a comma is not only a point
    text = LETTER.replace(POINT, "Trước khi khai thác, Công ty phải hoàn thành thủ tục thuê đất")
    assert not any(d[2] == "Trước khi khai thác, Công ty phải hoàn thành thủ tục thuê đất" for d in _duties(text))


# --- NAME_IN_THE_CHAIN (deadlines: where a chain of ";"-clauses starts) ------------------------------------------------

ASK = (
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nSố: 410/UBND-KT\n\nLào Cai, ngày 20 tháng 8 năm 2025\n\n"
    "V/v tham mưu ủy quyền thủ tục hành chính\n\nKính gửi: Sở Công Thương.\n\n"
    "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n"
    "Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp nghiên cứu, tham mưu Ủy ban nhân dân tỉnh việc ủy quyền "
    "thực hiện thủ tục cấp giấy chứng nhận cho Giám đốc Sở Công Thương; trình UBND tỉnh xem xét, quyết định trước "
    "ngày 15/9/2025.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
)


def test_a_name_printed_again_at_a_clauses_end_cuts_no_chain() -> None:
    record = parse_text(ASK)
    # before, "Sở Công Thương" printed again at the first clause's end ("cho Giám đốc Sở Công Thương;") was taken for
    # where the chain starts: the deadline's action was "trình UBND tỉnh …" alone, the first clause an undated duty
    assert [o.due for o in record.obligations] == ["trước ngày 15/9/2025"]
    (deadline,) = record.deadlines
    assert deadline.action.startswith("chủ trì, phối hợp với Sở Tư pháp") and deadline.action.endswith("trình UBND tỉnh xem xét, quyết định")


def test_the_name_after_a_basis_opens_the_chain_once() -> None:
    # the same with the body named after a basis in the first clause: the chain starts after that name, not after
    # the name printed again at the clause's end
    text = ASK.replace(
        "Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp nghiên cứu",
        "Căn cứ Nghị định số 146/2025/NĐ-CP, Sở Công Thương chủ trì, phối hợp với Sở Tư pháp nghiên cứu",
    )
    (deadline,) = parse_text(text).deadlines
    assert deadline.action.startswith("chủ trì, phối hợp với Sở Tư pháp")


def test_a_chain_whose_body_follows_a_basis_starts_after_it() -> None:
    # counter-example (c121's form, the search kept): the first clause's body, named after a basis the subject grammar
    # does not read past, is found in that clause and the chain starts after it
    body = (
        "Căn cứ Hướng dẫn của Trung ương Đoàn, các tỉnh, thành đoàn xây dựng kế hoạch thực hiện; tổ chức kiểm tra, báo "
        "cáo kết quả về Trung ương Đoàn trước ngày 15/12/2025."
    )
    start = ASK.index("Giao Sở Công Thương")
    text = ASK[:start] + body + ASK[ASK.index("\n\nNơi nhận") :]
    (deadline,) = parse_text(text).deadlines
    assert (deadline.action, deadline.responsible) == (
        "xây dựng kế hoạch thực hiện; tổ chức kiểm tra, báo cáo kết quả về Trung ương Đoàn",
        "các tỉnh, thành đoàn",
    )


# --- DUTY_FORM_OUT_OF_DEADLINES, GENERIC_ACTORS (data/duties.toml), TERM_FRAME ------------------------------------------

MINES = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n\nSố: 85/SCT-QLCN\n\nLào Cai, ngày 05 tháng 8 năm 2026\n\n"
    "V/v thực hiện các quy định về khoáng sản\n\nKính gửi: Các doanh nghiệp hoạt động khoáng sản trên địa bàn tỉnh.\n\n"
    "Sở Công Thương đề nghị các doanh nghiệp thực hiện các nội dung sau:\n"
    "1. Về bảo vệ khoáng sản\n"
    "- Tổ chức, cá nhân hoạt động khoáng sản thực hiện bảo vệ khoáng sản chưa khai thác theo quy định.\n"
    "- Tổ chức hội nghị tập huấn cho người lao động.\n"
    "2. Về báo cáo\n"
    "- Các doanh nghiệp phải gửi báo cáo về Sở Công Thương trước ngày 15/12 hằng năm.\n"
    "- Trong thời hạn quy định, Sở Tài chính thẩm định hồ sơ và trả lời doanh nghiệp.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
)


def test_a_deadlines_action_drops_the_duty_form() -> None:
    record = parse_text(MINES)
    # before, the deadline (and the obligation read from it) kept the modal: "phải gửi báo cáo …"
    assert [d.action for d in record.deadlines] == ["gửi báo cáo về Sở Công Thương"]


def test_the_laws_generic_actor_opens_an_item_as_its_body() -> None:
    duties = _duties(MINES)
    # before, the item took the lead-in's body and kept the actor in its action
    assert ("thực hiện bảo vệ khoáng sản chưa khai thác theo quy định", "Tổ chức, cá nhân hoạt động khoáng sản", None) in duties
    # counter-example: "Tổ chức" + a noun is the verb; the lead-in's body stays
    assert ("Tổ chức hội nghị tập huấn cho người lao động", "các doanh nghiệp", None) in duties


def test_a_term_frames_the_body_after_it() -> None:
    # before, "Trong thời hạn …," was no frame: the body after it was read as part of the action
    assert ("thẩm định hồ sơ và trả lời doanh nghiệp", "Sở Tài chính", None) in _duties(MINES)


# --- MONTH_WORD_RELATIVE_DAY (dates._RELATIVE_DAY) -----------------------------------------------------------------------


def test_a_day_of_the_year_after_the_report_names_no_date() -> None:
    text = "Lập báo cáo định kỳ gửi Sở trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo."
    (p,) = find_time_phrases(text, doc_date=dt.date(2025, 7, 4))
    # before: "trước ngày 15 tháng 02", dated 15/02/2026 (the document's next year), a date the text does not say
    assert (p.text, p.date) == ("trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo", None)


def test_a_day_and_month_with_their_year_keep_their_date() -> None:
    (p,) = find_time_phrases("gửi báo cáo trước ngày 15 tháng 02 năm 2026.", doc_date=dt.date(2025, 7, 4))
    assert (p.text, p.date) == ("trước ngày 15 tháng 02 năm 2026", dt.date(2026, 2, 15))


# --- CASED_NAME_IS_NO_MOTTO (roles.mottos) --------------------------------------------------------------------------------

DOAN = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố: 125-CV/TWĐTN-BTC\n“V/v lưu hành Điều lệ\nĐoàn TNCS Hồ Chí Minh khóa XII”\n\n"
    "ĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 12 tháng 6 năm 2023\n\n"
    "Kính gửi: Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc.\n\n"
    "Ban Bí thư Trung ương Đoàn đề nghị các đơn vị tổ chức lưu hành Điều lệ Đoàn đến các cơ sở Đoàn.\n\n"
    "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n"
)


def test_the_organisations_name_in_a_subject_is_no_motto() -> None:
    record = parse_text(DOAN)
    # before, the subject's second line was read as the Đoàn's motto and the subject stopped at "Điều lệ"
    assert record.subject == "lưu hành Điều lệ Đoàn TNCS Hồ Chí Minh khóa XII"
    assert record.issuer is not None and record.issuer.system == "other"


def test_the_motto_in_capitals_stays_a_motto() -> None:
    # counter-example: the motto line itself, in capitals, names the system and is no part of the subject
    record = parse_text(DOAN.replace("“V/v lưu hành Điều lệ\nĐoàn TNCS Hồ Chí Minh khóa XII”", "“V/v lưu hành Điều lệ Đoàn”"))
    assert record.subject == "lưu hành Điều lệ Đoàn"
    assert record.issuer is not None and record.issuer.system == "other"


# --- ISSUER_MARKS_BY_CONSENSUS (header.case_as_echoed) ---------------------------------------------------------------------


def test_the_bodys_repeated_print_gives_the_issuers_marks() -> None:
    body = "Tổng cục Thuế nhận được … Tổng cục Thuế đề nghị … gửi về Tổng cục Thuế (Vụ Thanh tra) …"
    # before, the header's misread mark stayed: "TỎNG CỤC THUÊ" → "Tổng cục Thuê"
    assert case_as_echoed("Tổng cục Thuê", body) == "Tổng cục Thuế"


def test_a_print_outnumbered_by_the_reads_own_gives_nothing() -> None:
    # counter-examples: one print is no consensus; a misread print fewer than the read's own loses
    assert case_as_echoed("Bộ Giáo dục và Đào tạo", "… của Bộ Giáo đục và Đào tạo đã …") == "Bộ Giáo dục và Đào tạo"
    body = "Bộ Giáo dục và Dào tạo; " * 3 + "Bộ Giáo dục và Đào tạo; " * 5
    assert case_as_echoed("Bộ Giáo dục và Đào tạo", body) == "Bộ Giáo dục và Đào tạo"


# --- COLLECTIVE_HEAD_ON_AUTHORITY_LINE (signature._deputy_on_authority_line) ---------------------------------------------


def _signer(closing: str) -> tuple[str | None, str | None, str | None]:
    head = DOAN.split("TM. BAN BÍ THƯ")[0]
    s = parse_text(head + closing).signer
    return (s.authority, s.position, s.name) if s else (None, None, None)


def test_a_collectives_head_on_the_authority_line_is_the_position() -> None:
    # before, the head's title stayed in the authority and the position was empty
    closing = "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ\n\nBùi Quang Huy\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n"
    assert _signer(closing) == ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ", "Bùi Quang Huy")


def test_a_collectives_name_ending_in_a_title_stays_whole() -> None:
    # counter-example: "BAN BÍ THƯ" is the body's name, one word before the title's words
    closing = "TM. BAN BÍ THƯ\n\nBùi Quang Huy\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n"
    assert _signer(closing) == ("TM. BAN BÍ THƯ", None, "Bùi Quang Huy")


# --- MISREAD_NATIONAL_NAME (roles.mottos) ----------------------------------------------------------------------------------

TAX = (
    "BỘ TÀI CHÍNH CONG HO¿ 21 CHỦ NGHĨA VIET NAD\nTỔNG CỤC THUẾ Độc lập — Tự do — Hạnh phúc\n\n"
    "Số: 4205/TCT-DNNCN Hà Nội, ngày 15 tháng 11 năm 2022\nV/v triển khai hướng dẫn người nộp thuế\n\n"
    "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
    "Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố tổ chức hướng dẫn người nộp thuế.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nNguyễn Văn An\n"
)


def test_a_misread_national_name_is_no_part_of_the_parent() -> None:
    issuer = parse_text(TAX).issuer
    # before, the parent read "Bộ Tài chính cong ho¿ 21 chủ nghĩa viet nad"
    assert issuer is not None and (issuer.name, issuer.parent) == ("Tổng cục Thuế", "Bộ Tài chính")


def test_the_republic_named_in_a_subject_stays() -> None:
    # counter-example: the national name in a name's case, in the subject, is no header's motto
    text = TAX.replace("V/v triển khai hướng dẫn người nộp thuế", "V/v thi hành Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")
    assert parse_text(text).subject == "thi hành Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"


# --- SUBJECT_CASE_AS_ECHOED (header.subject_as_echoed), ENACTING_AUTHORITY_LINE (roles._enacting_authority_line) ----------

DECISION_IN_CAPITALS = (
    "BỘ XÂY DỰNG\n------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số: 836/QĐ-BXD | Hà Nội, ngày 14 tháng 10 năm 2019\n\nQUYẾT ĐỊNH\n"
    "PHÊ DUYỆT KẾ HOẠCH LẬP QUY HOẠCH THĂM DÒ, KHAI THÁC KHOÁNG SẢN LÀM VẬT LIỆU XÂY DỰNG THỜI KỲ 2021-2030\n"
    "BỘ TRƯỞNG BỘ XÂY DỰNG\n"
    "Căn cứ Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017;\n"
    "Xét đề nghị của Vụ trưởng Vụ Vật liệu xây dựng,\nQUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Kế hoạch lập Quy hoạch thăm dò, khai thác khoáng sản làm vật liệu xây dựng thời kỳ 2021-2030.\n"
    "Điều 2. Vụ Vật liệu xây dựng chủ trì tổ chức thực hiện Kế hoạch này.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n"
)
SUBJECT = "Phê duyệt Kế hoạch lập Quy hoạch thăm dò, khai thác khoáng sản làm vật liệu xây dựng thời kỳ 2021-2030"


def test_a_title_in_capitals_takes_the_bodys_case_and_stops_above_the_enacting_authority() -> None:
    # before: "Phê duyệt kế hoạch lập quy hoạch … thời kỳ 2021-2030 bộ trưởng bộ xây dựng"
    assert parse_text(DECISION_IN_CAPITALS).subject == SUBJECT


def test_a_title_whose_words_the_body_does_not_repeat_keeps_its_reading_case() -> None:
    # counter-example: a body that repeats the title only in capitals, and a name sharing a few of its words ("Vụ Vật
    # liệu xây dựng"), give no case
    text = DECISION_IN_CAPITALS.replace(
        "Điều 1. Phê duyệt Kế hoạch lập Quy hoạch thăm dò, khai thác khoáng sản làm vật liệu xây dựng thời kỳ 2021-2030.",
        "Điều 1. Phê duyệt KẾ HOẠCH LẬP QUY HOẠCH kèm theo.",
    ).replace("BỘ TRƯỞNG BỘ XÂY DỰNG\n", "")
    assert parse_text(text).subject == SUBJECT.replace("Kế hoạch lập Quy hoạch", "kế hoạch lập quy hoạch")


def test_a_title_line_naming_a_body_above_the_basis_stays_in_the_title() -> None:
    # counter-example (ENACTING_AUTHORITY_LINE): a last title line that opens with no position
    text = DECISION_IN_CAPITALS.replace("BỘ TRƯỞNG BỘ XÂY DỰNG\n", "CỦA BỘ XÂY DỰNG\n")
    assert parse_text(text).subject.endswith("thời kỳ 2021-2030 của bộ xây dựng")  # (the case as the title read gives it)


# --- f45 studied: APPLICATION_IS_NO_ASK, CITED_TITLE_OPENING, BODY_STANDING, ESTABLISHING_ARTICLE, MARK_WITHOUT_ITS_STOP ----

COUNCIL = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 2736/QĐ-UBND\n\nLào Cai, ngày 06 tháng 8 năm 2026\n\n"
    "QUYẾT ĐỊNH\nVề việc thành lập Hội đồng lựa chọn chủ đầu tư cụm công nghiệp\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\n"
    "Căn cứ Quyết định số 482/QĐ-UBND ngày 13 tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Danh mục và "
    "phân công cơ quan chủ trì soạn thảo văn bản quy định chi tiết các luật, nghị quyết được Quốc hội thông qua tại Kỳ "
    "họp thứ 10;\n"
    "Theo đề nghị của Giám đốc Sở Công Thương.\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Thành lập Hội đồng lựa chọn chủ đầu tư cụm công nghiệp Mông Sơn, gồm các ông (bà) có tên sau đây:\n"
    "1. Ông Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng;\n"
    "2. Ông Trần Văn Cường, Giám đốc Sở Công Thương - Phó Chủ tịch Hội đồng.\n"
    "Điều 2. Nhiệm vụ của Hội đồng\n"
    "1. Tổ chức chấm điểm, lựa chọn chủ đầu tư theo quy định.\n"
    "2. Tổ chức tiếp nhận hồ sơ đề nghị cấp, cấp lại, cấp điều chỉnh Giấy chứng nhận của các doanh nghiệp.\n"
    "3. Thành viên Hội đồng làm việc theo chế độ kiêm nhiệm, được hưởng các chế độ, chính sách theo quy định. "
    "Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.\n"
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"
)


def test_a_decisions_standing_clauses_and_its_establishing_article_are_no_duties() -> None:
    record = parse_text(COUNCIL)
    actions = [o.action for o in record.obligations]
    # before: "Thành lập Hội đồng …" (the decision's own act), "hoàn thành nhiệm vụ" of "Hội đồng tự giải thể sau khi",
    # the members' "làm việc theo chế độ kiêm nhiệm", and the basis's "chủ trì soạn thảo …" due "tại Kỳ họp thứ 10"
    assert not any(a.startswith(("Thành lập", "hoàn thành nhiệm vụ", "làm việc", "chủ trì soạn thảo")) for a in actions)
    assert record.deadlines == []
    # counter-example: the council's tasks are its duties
    assert ("Tổ chức chấm điểm, lựa chọn chủ đầu tư theo quy định", "Hội đồng") in [(o.action, o.responsible) for o in record.obligations]


def test_an_application_asks_no_one() -> None:
    duties = [(o.action, o.responsible) for o in parse_text(COUNCIL).obligations]
    # before, "cấp, cấp lại, cấp" was read as the body "hồ sơ đề nghị" asked
    assert (
        "Tổ chức tiếp nhận hồ sơ đề nghị cấp, cấp lại, cấp điều chỉnh Giấy chứng nhận của các doanh nghiệp",
        "Hội đồng",
    ) in duties


def test_a_mark_without_its_stop_is_the_authority() -> None:
    signer = parse_text(COUNCIL).signer
    assert signer is not None and (signer.authority, signer.position) == ("TM ỦY BAN NHÂN DÂN", "CHỦ TỊCH")


def test_a_mark_with_its_stop_reads_as_before() -> None:
    signer = parse_text(COUNCIL.replace("TM ỦY BAN", "TM. ỦY BAN")).signer
    assert signer is not None and (signer.authority, signer.position) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")


# --- PORTAL_TITLE_LINE (header._first_title_line) ------------------------------------------------------------------------

PORTAL = (
    "Thông báo treo cờ Tổ quốc ngày bầu cử đại biểu Quốc hội khóa XV\n\n"
    "Thực hiện Thông báo số 31/TB-UBND ngày 20 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện thông báo "
    "việc treo cờ Tổ quốc như sau:\n\n"
    "1. Tất cả các trụ sở cơ quan Nhà nước trên địa bàn huyện phải treo cờ Tổ quốc trong ngày 23 tháng 5 năm 2021.\n"
)


def test_a_portals_first_line_titles_the_text() -> None:
    record = parse_text(PORTAL)
    # before, no type and no subject were read from a repost with no header
    assert (record.document_type, record.subject) == ("Thông báo", "treo cờ Tổ quốc ngày bầu cử đại biểu Quốc hội khóa XV")


def test_a_title_wrapped_over_a_blank_line_goes_on_in_lower_case() -> None:
    text = "HƯỚNG DẪN: Công tác phòng, chống tội phạm; mua bán người; ma túy\n\nmại dâm năm 2019\n\nNăm 2019 tình hình an ninh diễn biến phức tạp.\n"
    assert parse_text(text).subject == "Công tác phòng, chống tội phạm; mua bán người; ma túy mại dâm năm 2019"


def test_an_urgency_mark_and_a_date_are_no_title() -> None:
    # counter-examples: the type stays, the mark and the date give no subject; the mark before "về việc" is dropped
    record = parse_text("Thông báo Khẩn ngày 18/10/2020\n\nKính gửi: Hiệu trưởng các trường.\n\nĐề nghị các trường báo cáo.\n")
    assert (record.document_type, record.subject) == ("Thông báo", None)
    record = parse_text("Công văn Hỏa tốc về việc phòng, chống bão số 3\n\nKính gửi: Ủy ban nhân dân các xã.\n")
    assert (record.document_type, record.subject) == ("Công văn", "phòng, chống bão số 3")


def test_a_first_line_that_is_a_sentence_is_no_title() -> None:
    # counter-example: a first line closed by its stop is the text's first sentence
    record = parse_text("Báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2025.\n\nCác đơn vị thực hiện nghiêm túc.\n")
    assert record.subject is None


def test_a_title_line_run_on_into_the_first_sentence_is_read_as_before() -> None:
    # counter-example: with no blank line and no stop the structure runs the title into the body's first sentence; the
    # line is then no title (the duty that sentence holds would go with it)
    text = (
        "Thông báo nộp bài dự thi vẽ tranh thiếu nhi cấp huyện năm 2024 lần thứ hai của ngành giáo dục\n"
        "Đề nghị hiệu trưởng các trường Tiểu học tổ chức cho học sinh tham gia cuộc thi vẽ tranh.\n"
    )
    record = parse_text(text)
    assert record.subject is None and len(record.obligations) == 1
    # a short title line stands apart (the structure ends a line too short to be wrapped): title and duty both read
    record = parse_text("Thông báo nộp bài dự thi vẽ tranh năm 2024\nĐề nghị hiệu trưởng các trường tổ chức cho học sinh tham gia.\n")
    assert record.subject == "nộp bài dự thi vẽ tranh năm 2024"
    assert [o.action for o in record.obligations] == ["tổ chức cho học sinh tham gia"]
