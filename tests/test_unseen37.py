"""Rules of issue 11's session 37, each pinned on our own sentences written in the forms an unseen plan printed (its
text is a third-party page and stays out of the repository), with their counter-examples: EVENT_DAY_NAMED (dates)."""

from __future__ import annotations

import pytest

from directive_parser import parse_text
from directive_parser.dates import date_words, find_time_phrases

HEAD = (
    "ỦY BAN NHÂN DÂN XÃ PHÚ AN\nSố: 45/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú An, ngày 05 tháng 12 năm 2025\n\n"
    "KẾ HOẠCH\nTuyên truyền cuộc bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp\n\n"
    "Thực hiện Kế hoạch của Ủy ban bầu cử tỉnh, Ủy ban nhân dân xã xây dựng Kế hoạch tuyên truyền như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n- Tuyên truyền sâu rộng để cử tri hiểu rõ quyền, nghĩa vụ của mình.\n\n"
    "II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN\n\n1. Nội dung tuyên truyền theo thời gian\n\n"
)
TAIL = (
    "\nIII. TỔ CHỨC THỰC HIỆN\n\nCác ban, ngành, đoàn thể xã căn cứ Kế hoạch này triển khai thực hiện.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
)


@pytest.mark.parametrize(("sentence", "phrase"), [tuple(e) for e in date_words().event_days.examples])
def test_event_day_named_examples(sentence: str, phrase: str) -> None:
    # EVENT_DAY_NAMED: the event's name between "ngày" and the figures is part of the one phrase
    assert [p.text for p in find_time_phrases(sentence)] == [phrase]


@pytest.mark.parametrize("sentence", date_words().event_days.counter_examples)
def test_event_day_named_counter_examples(sentence: str) -> None:
    # no phrase takes the name: no year after it, a name not listed, or the name before "là ngày …"
    assert not any(name in p.text for p in find_time_phrases(sentence) for name in date_words().event_days.names)


def test_phase_ending_on_the_named_day_times_its_items() -> None:
    # an election plan's phase heading (the unseen plan's form): its items are due on the election day, one period
    body = (
        "1.1. Đợt 1: Trong tháng 12/2025\n\n- Tuyên truyền Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử.\n\n"
        "1.2. Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026\n\n"
        "- Tập trung tuyên truyền đậm nét về cuộc bầu cử và quyền, nghĩa vụ của công dân đi bầu cử.\n\n"
    )
    record = parse_text(HEAD + body + TAIL)
    item = next(d for d in record.deadlines if d.action.startswith("Tập trung tuyên truyền"))
    assert item.text == "Từ tháng 01 đến ngày bầu cử 15/3/2026" and str(item.date) == "2026-03-15"


# --- the register on copies of the unseen letters' forms (our own words) ---------------------------------------------
LETTER = (
    "{issuer}\n\nSố: 21/TTVH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n{date}\n\n"
    "Kính gửi: Ban Văn hóa - Thông tin các phường.\n\n"
    "Trung tâm đề nghị các phường gửi báo cáo định kỳ về Văn phòng Trung tâm trước ngày 10/7/2014.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT\nGIÁM ĐỐC\nNguyễn Văn An\n"
)


@pytest.mark.parametrize(
    ("line", "place"),
    [("Quận 9, ngày 04 tháng 6 năm 2014", "Quận 9"), ("Phường 2, ngày 04 tháng 6 năm 2014", "Phường 2"), ("Thủ Đức, ngày 04 tháng 6 năm 2014", "Thủ Đức")],
)
def test_numbered_place(line: str, place: str) -> None:
    # NUMBERED_PLACE: a numbered district or ward is the place, and its date is read
    record = parse_text(LETTER.format(issuer="ỦY BAN NHÂN DÂN QUẬN 9\n\nTRUNG TÂM VĂN HÓA", date=line))
    assert (record.place, str(record.date)) == (place, "2014-06-04")


def test_figure_after_another_word_is_no_place() -> None:
    # counter-example: a figure after a word that numbers no place ("Tổ 9") is not taken into the place
    record = parse_text(LETTER.format(issuer="ỦY BAN NHÂN DÂN QUẬN 9\n\nTRUNG TÂM VĂN HÓA", date="Tổ 9, ngày 04 tháng 6 năm 2014"))
    assert record.place != "Tổ 9"


def test_date_words_unmarked() -> None:
    # DATE_WORDS_UNMARKED: an OCR copy's "thang" for "tháng" in the place-and-date line
    record = parse_text(LETTER.format(issuer="BỘ KHOA HỌC VÀ CÔNG NGHỆ", date="Hà Nội, ngày 22 thang 5 năm 2024"))
    assert (record.place, str(record.date)) == ("Hà Nội", "2024-05-22")


def test_subject_beside_place_date() -> None:
    # SUBJECT_BESIDE_PLACE_DATE: box 5a and box 4 on one line; the subject goes on under it without the date
    text = (
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 1705/BKHCN-PC\n\nV/v góp ý hồ sơ đề nghị xây dựng Hà Nội, ngày 22 tháng 5 năm 2024\nLuật Tiêu chuẩn (sửa đổi)\n\n"
        "Kính gửi: Bộ Tư pháp\n\nBộ Khoa học và Công nghệ đề nghị Bộ Tư pháp thẩm định hồ sơ trước ngày 30/5/2024.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n"
    )
    record = parse_text(text)
    assert record.subject == "góp ý hồ sơ đề nghị xây dựng Luật Tiêu chuẩn (sửa đổi)"
    assert (record.place, str(record.date)) == ("Hà Nội", "2024-05-22")


def test_subject_naming_a_place_keeps_it() -> None:
    # counter-example: a subject that names a place without a date beside it keeps the place
    text = (
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 12/BVHTTDL-VP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày 22 tháng 5 năm 2024\n\nV/v tổ chức Hội nghị tại Hà Nội\n\nKính gửi: Sở Văn hóa các tỉnh\n\n"
        "Bộ đề nghị các Sở cử đại biểu dự Hội nghị trước ngày 30/5/2024.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n"
    )
    assert parse_text(text).subject == "tổ chức Hội nghị tại Hà Nội"


# --- a tax office's reply (the unseen replies' forms, our own words) -------------------------------------------------
REPLY = (
    "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH HÀ NAM\nSố: 123/CT-TTHT\nV/v chính sách thuế\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nam, ngày 05 tháng 3 năm 2019\n\n"
    "Kính gửi: Công ty TNHH Minh An\n\n"
    "Cục Thuế tỉnh Hà Nam nhận được công văn số 01/2019 của Công ty hỏi về chính sách thuế. Về vấn đề này, Cục Thuế có ý"
    " kiến như sau: trường hợp Công ty có số thuế chưa khấu trừ hết thì lập hồ sơ đề nghị hoàn thuế theo quy định.\n\n"
    "{closing}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nNguyễn Văn An\n"
)


# the header as the unseen OCR copies print it: the capitals without their marks
OCR_REPLY = REPLY.replace("CỤC THUẾ TỈNH HÀ NAM", "CỤC THUE TINH HA NAM")


def test_issuer_marks_as_echoed() -> None:
    # ISSUER_MARKS_AS_ECHOED: the capitals' lost marks, as the body prints the name
    record = parse_text(OCR_REPLY.format(closing="Cục Thuế tỉnh Hà Nam thông báo để Công ty biết và thực hiện."))
    assert record.issuer.name == "Cục Thuế tỉnh Hà Nam"


def test_issuer_marks_not_taken_from_a_misread_echo() -> None:
    # counter-example: a word the capitals print with its mark keeps it; the body's misread is not taken
    from directive_parser.extractors.header import case_as_echoed

    assert case_as_echoed("Bộ Giáo dục và Đào tạo", "… của Bộ Giáo đục và Đào tạo đã …") == "Bộ Giáo dục và Đào tạo"


@pytest.mark.parametrize(
    "closing",
    [
        "Cục Thuế tỉnh Hà Nam hướng dẫn để Công ty biết và thực hiện.",
        "Cục Thuế tỉnh Hà Nam thông báo để Công ty biết và thực biện.",  # an OCR copy's "thực biện"
    ],
)
def test_informing_close_is_no_duty_of_the_writer(closing: str) -> None:
    # INFORMING_CLOSE: the closing formula is the writer's act (on the OCR copy, whose issuer's name is not the one
    # the closing prints, so the issuer's own-act test cannot tell)
    record = parse_text(OCR_REPLY.replace("CỤC THUE TINH HA NAM", "CỤC THUE TINH HA").format(closing=closing))
    assert not any("để Công ty biết" in o.action for o in record.obligations)


def test_informing_close_keeps_its_ask() -> None:
    # counter-example: the formula's ask of the body informed is kept (CLOSING_ASK, n048's form)
    closing = "Cục Thuế trả lời để Chi cục Thuế khu vực được biết và hướng dẫn doanh nghiệp thực hiện đúng quy định./."
    record = parse_text(REPLY.format(closing=closing))
    asked = [o for o in record.obligations if o.action == "hướng dẫn doanh nghiệp thực hiện đúng quy định"]
    assert [o.responsible for o in asked] == ["Chi cục Thuế khu vực"]


def test_contact_back() -> None:
    # CONTACT_BACK: "liên hệ" is the ask's verb, not a word of the body's name
    closing = (
        "Trong quá trình thực hiện nếu có vướng mắc, đề nghị Công ty liên hệ trực tiếp với Phòng Tuyên truyền và Hỗ trợ"
        " người nộp thuế để được hướng dẫn./."
    )
    record = parse_text(REPLY.format(closing=closing))
    contact = next(o for o in record.obligations if "Phòng Tuyên truyền" in o.action)
    assert contact.responsible == "Công ty" and contact.action.startswith("liên hệ trực tiếp với Phòng Tuyên truyền")


def test_contact_address_is_no_duty() -> None:
    # counter-example: a contact line names no body acting ("Địa chỉ liên hệ")
    closing = "Địa chỉ liên hệ: Phòng Tuyên truyền và Hỗ trợ người nộp thuế, số 12 đường Trần Phú, thành phố Phủ Lý."
    record = parse_text(REPLY.format(closing=closing))
    assert not any("Trần Phú" in o.action for o in record.obligations)


def test_noi_nhan_without_its_horn() -> None:
    # OCR_MARKS_LOST: an OCR copy's "Noi nhận:" (its line shared with the signer's title, as the unseen notice prints
    # it) opens the distribution list
    closing = "Đề nghị Công ty thực hiện đúng quy định."
    text = REPLY.format(closing=closing).replace(
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n",
        "Noi nhận: - CỤC TRƯỞNG\n~ Như trên;\n\n- Các Chi cục Thuế: Phủ Lý, Duy Tiên,\nKim Bảng;\n\n- Lưu: VT, TTHT.\n",
    )
    assert parse_text(text).distribution[1:] == ["Các Chi cục Thuế: Phủ Lý, Duy Tiên, Kim Bảng", "Lưu: VT, TTHT"]


def test_noi_is_no_label_inside_a_sentence() -> None:
    # counter-example: "nơi nhận" inside a sentence ("… tại nơi nhận hồ sơ") opens no closing block
    text = REPLY.format(closing="Đề nghị Công ty nộp hồ sơ tại nơi nhận hồ sơ của Cục Thuế trước ngày 20/3/2019.")
    record = parse_text(text)
    assert any("nơi nhận hồ sơ của Cục Thuế" in d.action for d in record.deadlines)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # ANCHOR_INSIDE_ITS_PARENTHESIS: the limit's anchor ends at the parenthesis that holds it
        ("Chuyển đơn đến Ủy ban nhân dân xã (trong thời hạn 05 ngày kể từ ngày nhận đơn).", "trong thời hạn 05 ngày kể từ ngày nhận đơn"),
        # counter-example: a parenthesis the anchor opens and closes stays in it
        (
            "Gửi Sở trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ (theo mẫu) của tổ chức.",
            "trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ (theo mẫu) của tổ chức",
        ),
    ],
)
def test_anchor_inside_its_parenthesis(sentence: str, phrase: str) -> None:
    assert [p.text for p in find_time_phrases(sentence)] == [phrase]


def test_confer_ends_the_body() -> None:
    # CONFER: "trao đổi" is the step's verb, not a word of the body's name (a plan's dated step, PLAN_STEP)
    body = (
        "1.1. Đợt 1: Trong tháng 12/2025\n\n- Tuyên truyền Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử.\n\n"
        "2. Lịch tổ chức hội nghị\n\n- Từ ngày 05/02/2026 - 08/02/2026: Ủy ban nhân dân xã trao đổi với các cơ quan thống nhất"
        " thời gian tổ chức hội nghị.\n\n"
    )
    step = next(d for d in parse_text(HEAD + body + TAIL).deadlines if "thống nhất thời gian" in d.action)
    assert (step.responsible, str(step.date)) == ("Ủy ban nhân dân xã", "2026-02-08")
    assert step.action.startswith("trao đổi với các cơ quan")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Nơi nhận:", True),
        ("Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM", True),
        ("Nơi nhận; - Như trên;", True),  # a scan's colon read as ";"
        ("Nơi nhận KT. CHỦ TỊCH", True),  # the signer's column beside it
        ("Công ty nộp hồ sơ tại nơi nhận hồ sơ của Cục Thuế.", False),  # NOI_NHAN_IS_A_LABEL: a sentence's words
    ],
)
def test_noi_nhan_is_a_label(line: str, label: bool) -> None:
    from directive_parser.patterns import NOI_NHAN_RE

    assert bool(NOI_NHAN_RE.search(line)) is label
