"""Rules of issue 11's session 32, each pinned on our own sentences written in the forms unseen pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples: SECTION_CLOSING_TIME
(deadlines), NUMBER_SPELT_AFTER and ANCHOR_OF_LEVELS (dates), OFFSET_CHARGE_LEAD_IN (deadlines) and the rules after them,
each test naming its rule (LETTER_SPACED_WORDS: normalize)."""

from __future__ import annotations

import pytest

from directive_parser import parse_text
from directive_parser.dates import find_time_phrases
from directive_parser.normalize import normalize_text

HEAD = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nPHƯỜNG AN HÒA\nSố: 15/KH-MTTQ\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Hòa, ngày 20 tháng 11 năm 2025\n\n"
    "KẾ HOẠCH\nKiểm tra, giám sát công tác bầu cử năm 2026\n\n"
    "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015, Ban Thường trực Ủy ban Mặt trận Tổ quốc "
    "Việt Nam phường xây dựng Kế hoạch như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm cuộc bầu cử dân chủ, đúng pháp luật.\n\n"
    "II. NỘI DUNG\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VP.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nTrần Văn Bình\n"

# SECTION_CLOSING_TIME: a numbered part states its duty, lists the details after "Cụ thể:", then closes with a bare
# time label over one round per line.
ROUNDS = (
    "1. Kiểm tra việc hiệp thương\n\n"
    "- Kiểm tra việc hiệp thương thỏa thuận về cơ cấu, thành phần người ứng cử theo quy định của Luật Bầu cử. Cụ thể:\n\n"
    "- Việc bảo đảm tiêu chuẩn của người được giới thiệu;\n\n"
    "- Việc bảo đảm thời gian, thủ tục tổ chức hội nghị hiệp thương.\n\n"
    "* Thời gian thực hiện:\n\n"
    "+ Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.\n\n"
    "+ Đợt 2: Trong khoảng thời gian từ ngày 02/02/2026 đến ngày 08/02/2026.\n\n"
    "2. Giám sát việc niêm yết danh sách cử tri\n\n"
    "Giám sát việc lập, niêm yết danh sách cử tri; việc giải quyết khiếu nại về danh sách cử tri. Cụ thể:\n\n"
    "- Thời điểm niêm yết danh sách cử tri;\n\n"
    "- Việc bảo đảm quyền khiếu nại của cử tri.\n\n"
    "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 03/02/2026 đến ngày 15/3/2026.\n"
)
# The same, with the part's duty in a paragraph of two sentences (two bodies) and a closing "Thời gian hoàn tất:".
STEP = (
    "1. Bước 1: Kiểm tra hiện trạng nhà ở của các hộ có đơn đề nghị\n\n"
    "Ban Chỉ đạo cấp xã tổ chức kiểm tra hiện trạng nhà ở của từng hộ có đơn đề nghị hỗ trợ. Sau khi kiểm tra, Ủy ban "
    "nhân dân xã lập danh sách các hộ được hỗ trợ gửi Ủy ban nhân dân huyện.\n\n"
    "Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2026.\n\n"
    "2. Bước 2: Phê duyệt danh sách\n\n"
    "Ủy ban nhân dân huyện tổng hợp, phê duyệt danh sách các hộ được hỗ trợ, báo cáo Sở Xây dựng.\n\n"
    "Thời gian hoàn tất: trước ngày 18 tháng 8 năm 2026.\n"
)
# Counter-example: a time field under an item with its other fields is the item's own (TIME_LABEL_LINE_OF_ITS_ITEM).
FIELDS = (
    "1. Hoàn thiện cơ sở dữ liệu\n"
    "(1) Rà soát, hoàn thiện cơ sở dữ liệu dân cư của địa phương.\n"
    "- Đơn vị chủ trì thực hiện: Công an tỉnh.\n"
    "- Thời gian hoàn thành: Trước ngày 15/12/2025.\n"
)


def _duties(body: str) -> set[tuple[str | None, str]]:
    """Who and what of each obligation of ``body`` between HEAD and TAIL."""
    return {(o.responsible, o.action) for o in parse_text(HEAD + body + TAIL).obligations}


def _deadlines(body: str) -> list[tuple[str | None, str, str | None]]:
    record = parse_text(HEAD + body + TAIL)
    return [(str(d.date) if d.date else None, d.action, d.responsible) for d in record.deadlines]


def test_each_round_times_the_parts_duty() -> None:
    found = _deadlines(ROUNDS)
    duty = "Kiểm tra việc hiệp thương thỏa thuận về cơ cấu, thành phần người ứng cử theo quy định của Luật Bầu cử"
    assert (("2025-12-14", duty), ("2026-02-08", duty)) == tuple((d, a) for d, a, _ in found[:2])
    # the details after "Cụ thể:" are the duty's content, no action of a time
    assert not any(a.startswith("Việc bảo đảm") for _, a, _ in found)


def test_closing_time_line_times_the_parts_duty_list() -> None:
    found = _deadlines(ROUNDS)
    assert ("2026-03-15", "Giám sát việc lập, niêm yết danh sách cử tri; việc giải quyết khiếu nại về danh sách cử tri") in [
        (d, a) for d, a, _ in found
    ]
    assert not any(a.startswith("Thời điểm niêm yết") for _, a, _ in found)


def test_closing_time_line_times_every_duty_sentence_of_its_part() -> None:
    found = _deadlines(STEP)
    assert ("2026-07-25", "tổ chức kiểm tra hiện trạng nhà ở của từng hộ có đơn đề nghị hỗ trợ", "Ban Chỉ đạo cấp xã") in found
    assert any(d == "2026-07-25" and a.startswith("lập danh sách các hộ được hỗ trợ") and w == "Ủy ban nhân dân xã" for d, a, w in found)
    assert any(d == "2026-08-18" and a.startswith("tổng hợp, phê duyệt danh sách") for d, a, _ in found)
    record = parse_text(HEAD + STEP + TAIL)
    dated = [o for o in record.obligations if o.date is not None]
    assert len(dated) == 3  # every deadline is an obligation, each duty once


def test_time_field_of_an_item_is_no_closing_of_a_part() -> None:
    found = _deadlines(FIELDS)
    assert found == [("2025-12-15", "Rà soát, hoàn thiện cơ sở dữ liệu dân cư của địa phương", "Công an tỉnh")]


# NUMBER_SPELT_AFTER, ANCHOR_OF_LEVELS (dates) and OFFSET_CHARGE_LEAD_IN (deadlines): a limit counted from an event, its
# count spelt out, over the steps the body must take within it.
OFFSET_LEAD_IN = (
    "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ xin miễn, giảm tiền sử dụng đất, trong thời hạn "
    "không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ có trách nhiệm:\n\n"
    "a) Tổ chức bình xét, lấy ý kiến công khai của nhân dân về đối tượng được miễn, giảm.\n\n"
    "b) Lập văn bản đề nghị Ủy ban nhân dân huyện xem xét giải quyết miễn, giảm tiền sử dụng đất.\n\n"
    "2. Ủy ban nhân dân huyện: Trong thời hạn không quá 05 (năm) ngày làm việc, kể từ ngày nhận được văn bản đề nghị "
    "của Ủy ban nhân dân xã, phường, thị trấn về việc miễn, giảm tiền sử dụng đất có trách nhiệm:\n\n"
    "a) Thẩm tra, xác minh lại từng trường hợp cụ thể.\n\n"
    "b) Có văn bản trả lời Ủy ban nhân dân xã và người sử dụng đất biết.\n"
)


@pytest.mark.parametrize(
    ("sentence", "limit"),
    [
        (
            "trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ có trách nhiệm:",
            "trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ",
        ),
        (
            "Trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận được văn bản đề nghị của Ủy ban nhân dân xã, phường, "
            "thị trấn về việc miễn, giảm có trách nhiệm:",
            "Trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận được văn bản đề nghị của Ủy ban nhân dân xã, phường, thị trấn",
        ),
        # counter-example: a comma before no level word ends the anchor, and "đề nghị" without "của" is a request
        (
            "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản, đề nghị các đơn vị gửi báo cáo.",
            "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản",
        ),
    ],
)
def test_offset_limit_as_legal_texts_print_it(sentence: str, limit: str) -> None:
    phrases = find_time_phrases(sentence, sentence.lower(), None, 2026, 0, len(sentence))
    assert [(p.text, p.when.kind) for p in phrases] == [(limit, "offset")]


def test_offset_over_a_charge_times_each_step() -> None:
    found = _deadlines(OFFSET_LEAD_IN)
    first = "trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ"
    record = parse_text(HEAD + OFFSET_LEAD_IN + TAIL)
    timed = [(d.text, d.action) for d in record.deadlines]
    assert (first, "Tổ chức bình xét, lấy ý kiến công khai của nhân dân về đối tượng được miễn, giảm") in timed
    assert sum(1 for t, _ in timed if t == first) == 2  # (item b's "Lập văn bản đề nghị X xem xét …" reads X as asked)
    assert sum(1 for d in record.deadlines if d.text.startswith("Trong thời hạn không quá 05 (năm)")) == 2
    assert all(w in ("Ủy ban nhân dân xã, phường, thị trấn", "Ủy ban nhân dân huyện") for _, _, w in found)


# ROUND_HEADING and CITED_DATE_IS_NO_ITEM_TIME (deadlines): a numbered heading that is only a round and its time leads
# its items, one citing a dated document among them.
ROUND_HEADINGS = (
    "2. Nội dung tuyên truyền theo thời gian\n\n"
    "2.1. Đợt 1: Trong tháng 12/2025\n\n"
    "- Tuyên truyền Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử.\n\n"
    "- Tuyên truyền những hoạt động đổi mới của Quốc hội trong hoạt động lập pháp.\n\n"
    "2.2. Tổ chức Hội nghị tiếp xúc cử tri trong tháng 02/2026\n\n"
    "- Mời đại diện các tổ dân phố tham dự.\n"
)


def test_round_heading_times_its_items() -> None:
    record = parse_text(HEAD + ROUND_HEADINGS + TAIL)
    timed = [(d.text, d.action) for d in record.deadlines]
    assert ("Trong tháng 12/2025", "Tuyên truyền Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử") in timed
    assert ("Trong tháng 12/2025", "Tuyên truyền những hoạt động đổi mới của Quốc hội trong hoạt động lập pháp") in timed
    # counter-example: a heading with words of its own around its time names its own duty
    assert not any(a.startswith("Mời đại diện") for _, a in timed)


def test_ward_line_is_no_type_line() -> None:
    # WARD_IS_NO_TYPE: "PHƯỜNG AN HÒA" under the committee reads "PHUONG AN …" on bare text, the type "Phương án"
    record = parse_text(HEAD + STEP + TAIL)
    assert (record.document_type, record.subject) == ("Kế hoạch", "Kiểm tra, giám sát công tác bầu cử năm 2026")
    plan = parse_text(HEAD.replace("KẾ HOẠCH\nKiểm tra, giám sát", "PHƯƠNG ÁN\nKiểm tra, giám sát") + STEP + TAIL)
    assert plan.document_type == "Phương án"  # counter-example: the type itself


# FIELD_PARTS (deadlines): a section prints its task table's columns as numbered parts.
PARTS = (
    "1. Công tác tuyên truyền\n\n"
    "1.1. Nội dung, biện pháp\n\n"
    "a) Tổ chức hội nghị quán triệt Chỉ thị của Ban Thường vụ Tỉnh ủy;\n\n"
    "b) Lập chuyên mục về công tác tìm kiếm, quy tập hài cốt liệt sĩ trên báo, đài địa phương.\n\n"
    "1.2. Cơ quan chủ trì, phối hợp\n\n"
    "a) Cơ quan chủ trì\n\n"
    "- Ban Chỉ đạo tỉnh.\n\n"
    "- Sở Văn hóa, Thể thao và Du lịch.\n\n"
    "b) Cơ quan phối hợp\n\n"
    "- Các hội, đoàn thể tỉnh.\n\n"
    "1.3. Thời gian thực hiện: Từ năm 2026 đến năm 2030 và những năm tiếp theo.\n"
)


def test_field_parts_give_each_content_item_its_lead_and_time() -> None:
    record = parse_text(HEAD + PARTS + TAIL)
    found = [(d.text, d.action, d.responsible) for d in record.deadlines]
    time, lead = "Từ năm 2026 đến năm 2030 và những năm tiếp theo", "Ban Chỉ đạo tỉnh; Sở Văn hóa, Thể thao và Du lịch"
    assert (time, "Tổ chức hội nghị quán triệt Chỉ thị của Ban Thường vụ Tỉnh ủy", lead) in found
    assert (time, "Lập chuyên mục về công tác tìm kiếm, quy tập hài cốt liệt sĩ trên báo, đài địa phương", lead) in found
    # the co-operating bodies are no lead, and the parts' labels no duties
    assert not any("hội, đoàn thể" in (w or "") or a.startswith(("Nội dung", "Cơ quan")) for _, a, w in found)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("- Năm 2018: Rà soát, tổng kết hệ thống văn bản chính sách về người có công.", ["Năm 2018"]),
        ("- Năm 2019, trình ban hành Pháp lệnh thay thế Pháp lệnh Ưu đãi người có công.", ["Năm 2019"]),
        # counter-examples: no label (a lower-case word after the year, or the year inside the sentence)
        ("Năm 2018 là năm bản lề của kế hoạch 5 năm.", []),
        ("Báo cáo kết quả năm 2018: Các chỉ tiêu đều đạt.", []),
        # a wrapped line that opens on the year (dev 002 rewrapped at 60 characters by scripts/variants.py)
        ("Trên cơ sở nội dung đăng ký xây dựng mô hình, điển hình\nnăm 2024, các địa phương, đơn vị quan tâm chỉ đạo.", []),
    ],
)
def test_year_label_opens_its_item(line: str, found: list[str]) -> None:
    # YEAR_LABEL (dates): a bare year that opens an item as its label is the item's time
    assert [p.text for p in find_time_phrases(line, line.lower(), None, 2018, 0, len(line))] == found


def test_place_clause_stays_in_the_bodys_name() -> None:
    # PLACE_CLAUSE_IN_NAME (deadlines._own_who): "nơi" + a clause picks the body out; its verb is no duty
    body = (
        "1. Chi cục Hải quan nơi đăng ký tờ khai thực hiện xem xét, phê duyệt hồ sơ khai sửa đổi, bổ sung theo quy định.\n\n"
        "2. Chi cục Hải quan nơi quản lý kho CFS kiểm tra, đối chiếu với chứng từ nhập kho.\n\n"
        "3. Chi cục Hải quan cửa khẩu hướng dẫn doanh nghiệp cảng gửi thông tin container.\n"
    )
    found = _duties(body)
    assert ("Chi cục Hải quan nơi đăng ký tờ khai", "thực hiện xem xét, phê duyệt hồ sơ khai sửa đổi, bổ sung theo quy định") in found
    assert ("Chi cục Hải quan nơi quản lý kho CFS", "kiểm tra, đối chiếu với chứng từ nhập kho") in found
    # counter-example: no "nơi", the name ends before its verb as before
    assert ("Chi cục Hải quan cửa khẩu", "hướng dẫn doanh nghiệp cảng gửi thông tin container") in found


def test_staff_convene_and_a_body_before_its_condition() -> None:
    # CONVENE and STAFF_GROUP (data): "Triệu tập …" opens a duty, "Các chuyên viên khác" names staff; and
    # SUBJECT_BEFORE_CONDITION (deadlines._subject_who): the body, its condition, then its duty after "thì"
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường\n\n"
        "- Triệu tập thành phần đại biểu dự hội nghị đúng quy định.\n\n"
        "2. Chuyên viên cơ quan\n\n"
        "- Các chuyên viên khác thực hiện các nhiệm vụ được Ban Thường trực phân công.\n\n"
        "3. Đoàn kiểm tra trong quá trình kiểm tra, giám sát nếu phát hiện hành vi vi phạm pháp luật về bầu cử thì báo "
        "cáo kịp thời để hướng dẫn xử lý theo quy định.\n\n"
        "4. Ban công tác Mặt trận báo cáo ngay nếu có vướng mắc.\n"
    )
    found = _duties(body)
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Triệu tập thành phần đại biểu dự hội nghị đúng quy định") in found
    assert ("Các chuyên viên khác", "thực hiện các nhiệm vụ được Ban Thường trực phân công") in found
    assert ("Đoàn kiểm tra", "báo cáo kịp thời để hướng dẫn xử lý theo quy định") in found
    # counter-example: no "thì", the body's own verb before "nếu" is its duty
    assert any(w == "Ban công tác Mặt trận" and a.startswith("báo cáo ngay") for w, a in found)


def test_parent_and_body_on_one_flattened_line() -> None:
    # PARENT_AND_BODY_ON_ONE_LINE (header) and GENERAL_DEPARTMENT_HEAD (values.org_case): a legal-text site's copy
    letter = (
        "BỘ TÀI CHÍNH TỔNG CỤC THUẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 1520/TCT-CS V/v hướng dẫn chính sách thuế. | Hà Nội, ngày 04 tháng 5 năm 2026\n\n"
        "Kính gửi: Cục Thuế tỉnh Hà Tĩnh.\n\n"
        "Tổng cục Thuế đề nghị Cục Thuế tỉnh Hà Tĩnh căn cứ hướng dẫn nêu trên để thực hiện.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nCao Anh Tuấn\n"
    )
    record = parse_text(letter)
    assert (record.issuer.name, record.issuer.parent) == ("Tổng cục Thuế", "Bộ Tài chính")
    # counter-example: a ministry whose name holds a head word's letters ("PHÒNG" in "QUỐC PHÒNG") is one body
    record = parse_text(letter.replace("BỘ TÀI CHÍNH TỔNG CỤC THUẾ", "BỘ QUỐC PHÒNG").replace("TCT-CS", "BQP-TC"))
    assert (record.issuer.name, record.issuer.parent) == ("Bộ Quốc phòng", None)


@pytest.mark.parametrize(
    ("number_line", "printed"),
    [
        ("Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo công tác cải cách hành chính.", "Ngày 07-9-2015"),
        ("Số: 924/SNV-CCHC, ngày 07/9/2015", "ngày 07/9/2015"),
    ],
)
def test_date_after_the_number_on_its_line(number_line: str, printed: str) -> None:
    # NUMBER_LINE_DATE (header): no place-and-date line; the date follows the number
    letter = (
        f"SỞ NỘI VỤ\n{number_line}\n\nKính gửi: Các sở, ban, ngành.\n\n"
        "Sở Nội vụ đề nghị các đơn vị gửi báo cáo trước ngày 15/9/2015.\n\nNơi nhận:\n- Như trên.\nGIÁM ĐỐC\nNguyễn Văn An\n"
    )
    record = parse_text(letter)
    assert (str(record.date), record.evidence["date"].text) == ("2015-09-07", printed)


def test_signer_name_before_an_attachments_capitals() -> None:
    # NAME_BEFORE_GLUED_CAPS (roles.position_then_name): the next part's capitals glued after the name
    letter = (
        "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nSố: 778/TCHQ-GSQL\nV/v hướng dẫn thủ tục hải quan.\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 13 tháng 02 năm 2026\n\n"
        "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n\n"
        "Tổng cục Hải quan đề nghị Cục Hải quan các tỉnh, thành phố thực hiện thống nhất.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL.\nKT.\n"
        "TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……\nĐỊA CHỈ:....\n"
    )
    assert parse_text(letter).signer.name == "Vũ Ngọc Anh"
    # counter-example: a name in capitals cannot be told from the position's last words
    assert parse_text(letter.replace("Vũ Ngọc Anh", "VŨ NGỌC ANH")).signer.name != "Vũ Ngọc Anh"


def test_a_limit_with_its_copula_times_the_sentence_that_says_how() -> None:
    # COPULAR_LIMIT and STEP_NAMED_AGAIN (deadlines.step_of_a_time_limit): "Hạn chót <step> là <time>.", then the
    # sentence that opens on two of the step's words and says how it is done
    body = (
        "1. Đăng ký tham gia Hội thi\n\n"
        "Hạn chót gửi hồ sơ đăng ký đội tuyển là ngày 30/5/2026. Đăng ký theo mẫu kèm theo Kế hoạch này và gửi về Ban "
        "Thanh niên Trường học Trung ương Đoàn.\n"
    )
    record = parse_text(HEAD + body + TAIL)
    assert [(str(d.date), d.action) for d in record.deadlines] == [
        ("2026-05-30", "Đăng ký theo mẫu kèm theo Kế hoạch này và gửi về Ban Thanh niên Trường học Trung ương Đoàn")
    ]
    # counter-example: a next sentence about another step leaves the limit its own step
    other = body.replace("Đăng ký theo mẫu kèm theo Kế hoạch này và gửi", "Ban Tổ chức thông báo kết quả")
    assert [d.action for d in parse_text(HEAD + other + TAIL).deadlines] == ["gửi hồ sơ đăng ký đội tuyển"]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"),
        ("- T hủ tướ ng C h í nh ph ủ ; - B ộ X â y d ự n g ;", "- Thủ tướng Chính phủ; - Bộ Xây dựng;"),
        ("KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín"),
        # counter-examples: prose with a lone letter or two, and abbreviations, stay as printed
        ("Thực hiện theo điểm a khoản 1 Điều 2 của Nghị định.", "Thực hiện theo điểm a khoản 1 Điều 2 của Nghị định."),
        ("Phụ lục A B C; UBND, HĐND, TNCS các cấp", "Phụ lục A B C; UBND, HĐND, TNCS các cấp"),
    ],
)
def test_letter_spaced_words_are_joined(printed: str, read: str) -> None:
    # LETTER_SPACED_WORDS (normalize): a PDF copy's letters spaced apart; the source text keeps them (the map back)
    t = normalize_text(printed)
    assert t.text == read
    assert t.src[-1] == len(printed)  # every joined character still maps back to the text as the user gave it


def test_letter_spaced_header_and_closing_are_read() -> None:
    letter = (
        "ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2026\n\n"
        "QUYẾT ĐỊNH\n\nVề việc thành lập Tổ công tác\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Thành lập Tổ công tác hỗ trợ nhà ở.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
        "Nơi nhận: - Như Điều 2; - T hủ tướ ng C h í nh ph ủ ; - L ư u : V T. | KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín\n"
    )
    record = parse_text(letter)
    assert record.issuer.name == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert (record.number.symbol, record.signer.name) == ("3210/QĐ-UBND", "Nguyễn Hữu Tín")
    assert "Thủ tướng Chính phủ" in " ".join(record.distribution)


def test_attendance_labels_and_a_field_of_charge_lead() -> None:
    # ATTENDANCE_LABEL (obligations._completing_lead_in): who attended is no duty; FIELD_OF_CHARGE_LEAD
    # (deadlines.FUNCTION_LEAD_AFTER_BODY): "theo lĩnh vực phụ trách" after the bodies is no part of their name
    body = (
        "I. THÀNH PHẦN THAM DỰ\n"
        "1. Chủ trì: Đồng chí Trần Văn Nam, Chủ tịch HĐND Thành phố.\n"
        "2. Tham dự:\n"
        "- Lãnh đạo các Ban của HĐND Thành phố;\n"
        "- Lãnh đạo Văn phòng Đoàn ĐBQH và HĐND Thành phố.\n\n"
        "II. NỘI DUNG KẾT LUẬN\n"
        "1. Đề nghị các Ban HĐND Thành phố theo lĩnh vực phụ trách tiếp tục chủ động tham mưu Thường trực theo dõi, đôn "
        "đốc các Sở, ngành.\n"
        "2. Giao Văn phòng chuẩn bị nội dung làm việc với Ủy ban nhân dân Thành phố:\n"
        "- Tham dự và phát biểu tại Hội nghị tổng kết;\n"
        "- Báo cáo kết quả về Thường trực HĐND.\n"
    )
    found = _duties(body)
    assert not any(a.startswith("Tham dự: Lãnh đạo") for _, a in found)
    assert ("các Ban HĐND Thành phố", "tiếp tục chủ động tham mưu Thường trực theo dõi, đôn đốc các Sở, ngành") in found
