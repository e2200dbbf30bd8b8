"""Rules of issue 11's session 43, each pinned on our own sentences written in the forms the probe pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

import datetime as dt

from directive_parser import parse_text
from directive_parser.dates import find_time_phrases

DOC_DATE = dt.date(2026, 3, 2)


def _phrases(text: str) -> list[tuple[str, dt.date | None, str | None]]:
    return [(p.text, p.date, p.when.recurrence) for p in find_time_phrases(text, doc_date=DOC_DATE)]


# --- STANDING_WITH_A_RECURRENCE (extractors/deadlines._ongoing_only) ----------------------------------------------------

# A task table copied one cell per line, in the form of a national plan's appendix.
TABLE = """KẾ HOẠCH
Phòng, chống thiên tai năm 2026

III. NHIỆM VỤ CỤ THỂ

TT
Nội dung, nhiệm vụ
Cơ quan chủ trì
Thời gian
1
Tập huấn, tuyên truyền, phổ biến pháp luật về phòng, chống thiên tai.
Sở Nông nghiệp và Môi trường
Thường xuyên, hằng năm
2
Kiểm tra công tác chuẩn bị ứng phó thiên tai tại các xã.
Ủy ban nhân dân các xã
Thường xuyên trong năm
3
Tổng kết công tác phòng, chống thiên tai.
Sở Nông nghiệp và Môi trường
Tháng 12/2026
"""


def test_a_standing_time_with_a_recurrence_is_a_deadline() -> None:
    # before: row 1 had its due but no deadline ("thường xuyên" opened the cell)
    assert [(d.text, d.responsible) for d in parse_text(TABLE).deadlines] == [
        ("Thường xuyên, hằng năm", "Sở Nông nghiệp và Môi trường"),
        ("Tháng 12/2026", "Sở Nông nghiệp và Môi trường"),
    ]


def test_a_standing_time_over_a_span_stays_no_deadline() -> None:
    # README T2: "Thường xuyên trong năm" fixes no calendar time; the row is still an obligation with its due
    record = parse_text(TABLE)
    assert "Thường xuyên trong năm" not in [d.text for d in record.deadlines]
    assert ("Thường xuyên trong năm", "Kiểm tra công tác chuẩn bị ứng phó thiên tai tại các xã") in [(o.due, o.action) for o in record.obligations]


# --- RECURRENCE_THEN_ITS_DAY (dates._recurring_after) -------------------------------------------------------------------


def test_a_recurrences_day_in_a_parenthesis_is_the_recurrences() -> None:
    # before: "định kỳ hàng năm" and a one-off 10/12/2026
    assert _phrases("Các sở, ngành định kỳ hàng năm (trước ngày 10/12) báo cáo Ủy ban nhân dân tỉnh về kết quả thực hiện.") == [
        ("định kỳ hàng năm (trước ngày 10/12)", None, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10")
    ]


def test_the_ad_hoc_tail_goes_on_after_the_parenthesis() -> None:
    text = "- Các sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh về tình hình thực hiện Kế hoạch."
    assert [(d.text, d.date) for d in parse_text(text).deadlines] == [("định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất", None)]


def test_a_day_with_its_year_in_the_parenthesis_stays_a_day() -> None:
    assert _phrases("Báo cáo hằng năm (trước ngày 10/12/2026) về Sở Nội vụ.") == [
        ("hằng năm", None, "FREQ=YEARLY"),
        ("trước ngày 10/12/2026", dt.date(2026, 12, 10), None),
    ]


# --- EVENT_END_POINT (dates._EVENT; extractors/deadlines) ---------------------------------------------------------------


def test_the_end_of_an_event_is_a_time_point() -> None:
    # before: no time; the point stayed in the action
    text = "6. Trưởng đoàn báo cáo kết quả kiểm tra cho Giám đốc Sở sau khi kết thúc đợt kiểm tra."
    assert [(d.text, d.date) for d in parse_text(text).deadlines] == [("sau khi kết thúc đợt kiểm tra", None)]


def test_a_bare_after_clause_is_no_time_point() -> None:
    # n007's and n064's form: "sau khi <verb>" qualifies a thing
    assert _phrases("Hỗ trợ người nghiện ma túy học nghề, tạo việc làm sau khi hoàn thành cai nghiện.") == []
    assert _phrases("Giám sát việc thực hiện các quy định, thủ tục hành chính sau khi được ban hành.") == []


def test_an_offset_after_an_events_end_stays_one_offset() -> None:
    assert [p for p, _, _ in _phrases("Gửi báo cáo trong vòng 07 ngày sau khi kết thúc hội nghị.")] == ["trong vòng 07 ngày sau khi kết thúc hội nghị"]


# --- INVESTIGATE (data/duties.toml duty_verbs) --------------------------------------------------------------------------


def test_investigate_opens_a_duty() -> None:
    # before: no duty (the verb was unknown)
    text = "Phó Thủ tướng yêu cầu Bộ Công an điều tra, làm rõ những vấn đề báo nêu."
    assert [(o.responsible, o.action) for o in parse_text(text).obligations] == [("Bộ Công an", "điều tra, làm rõ những vấn đề báo nêu")]


def test_the_investigating_forces_name_holds_the_verb() -> None:
    text = "Giao Cơ quan Cảnh sát điều tra Công an tỉnh chủ trì, phối hợp với Viện kiểm sát nhân dân tỉnh xử lý vụ việc."
    assert [o.responsible for o in parse_text(text).obligations] == ["Cơ quan Cảnh sát điều tra Công an tỉnh"]


# --- ASKED_WITH_ITS_PARTNERS (extractors/obligations._asks_for_tasks) ---------------------------------------------------

PARTNERS = """Kính gửi: Bộ Y tế.

Xét đề nghị của Bộ Y tế, Phó Thủ tướng có ý kiến như sau:

Giao Bộ Y tế chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính:

1. Thống nhất quy mô tiếp nhận vắc xin, bảo đảm sử dụng hiệu quả, không gây lãng phí.

2. Tổng hợp trình Thủ tướng Chính phủ cho phép tiếp nhận vắc xin theo quy định.
"""


def test_a_lead_in_naming_its_partners_asks_for_its_items() -> None:
    # before: item 1 (its verb not in our list) was no duty
    assert [(o.responsible, o.action) for o in parse_text(PARTNERS).obligations] == [
        ("Bộ Y tế", "Thống nhất quy mô tiếp nhận vắc xin, bảo đảm sử dụng hiệu quả, không gây lãng phí"),
        ("Bộ Y tế", "Tổng hợp trình Thủ tướng Chính phủ cho phép tiếp nhận vắc xin theo quy định"),
    ]


def test_a_lead_in_with_its_own_task_after_the_partners_still_names_it() -> None:
    from directive_parser.extractors.obligations import _asks_for_tasks

    assert _asks_for_tasks("Giao Bộ Y tế chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính:")
    assert not _asks_for_tasks("Giao Sở Nội vụ phối hợp với các sở tổng hợp, báo cáo kết quả:")


# --- IDENTIFIER_NUMBER (extractors/quotas._is_identifier) ---------------------------------------------------------------


def test_a_code_is_no_count() -> None:
    from directive_parser.extractors.quotas import _is_identifier

    assert _is_identifier("0106028855") and _is_identifier("0246")
    assert not _is_identifier("05") and not _is_identifier("100") and not _is_identifier("2026")


def test_an_enterprise_code_gives_no_quota() -> None:
    # before: 106,028,855 "do Sở Kế hoạch"
    text = """THÔNG BÁO
Về danh sách nhà đầu tư quan tâm

1. Tên doanh nghiệp: Công ty cổ phần xây dựng Hòa Bình.
- Giấy chứng nhận đăng ký doanh nghiệp số: 0106028855 do Sở Kế hoạch và Đầu tư thành phố Hà Nội cấp lần đầu ngày 05/11/2012.
2. Các doanh nghiệp phấn đấu thu hút ít nhất 500 lao động địa phương.
"""
    assert [(q.min, q.unit) for q in parse_text(text).quotas] == [(500, "lao động địa phương")]


# --- NUMBERED_DEPARTMENT (patterns.GROUP) -------------------------------------------------------------------------------


def test_a_numbered_department_ends_the_symbol() -> None:
    # before: "9981/VPCP"
    record = parse_text("VĂN PHÒNG CHÍNH PHỦ\nSố: 9981/VPCP-V.I\nV/v xử lý phản ánh của báo chí\n\nKính gửi: Thanh tra Chính phủ.")
    assert record.number is not None and record.number.symbol == "9981/VPCP-V.I"
    record = parse_text("VĂN PHÒNG CHÍNH PHỦ\nSố: 120/VPCP-V.III\nV/v góp ý\n\nKính gửi: Bộ Tư pháp.")
    assert record.number is not None and record.number.symbol == "120/VPCP-V.III"


# --- MANNER_MAKES_IT_THE_VERB (extractors/own_acts._ADVERBIAL_OPENER_RE) ------------------------------------------------

DELEGATION_DUTIES = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 10/QĐ-UBND

QUYẾT ĐỊNH
Về việc ủy quyền cho Giám đốc Sở Công Thương

ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ của Ủy ban nhân dân tỉnh.
Điều 2. Giám đốc Sở Công Thương:
a) Thực hiện đúng nhiệm vụ, quyền hạn được ủy quyền và chịu trách nhiệm trước pháp luật, trước UBND tỉnh, Chủ tịch UBND tỉnh về kết quả thực hiện.
b) Chuẩn bị, bố trí đầy đủ các nguồn lực để thực hiện nhiệm vụ được ủy quyền.
"""


def test_a_duty_verb_with_its_manner_is_no_opening_adverbial() -> None:
    # before: item a) was read as the issuer's head's own act (its comma gave "Chủ tịch UBND tỉnh" as the subject)
    actions = [o.action for o in parse_text(DELEGATION_DUTIES).obligations]
    assert any(a.startswith("Thực hiện đúng nhiệm vụ, quyền hạn được ủy quyền") for a in actions)


def test_implementing_a_document_still_opens_the_sentence() -> None:
    from directive_parser.extractors.own_acts import _ADVERBIAL_OPENER_RE

    assert _ADVERBIAL_OPENER_RE.match("Thực hiện Kế hoạch số 532-KH/TWĐTN, Ban Bí thư thông báo")
    assert not _ADVERBIAL_OPENER_RE.match("Thực hiện đúng nhiệm vụ, quyền hạn được ủy quyền")


# --- VERBS_FROM_THE_GOLD and OPENING_ONLY (data/duties.toml) ------------------------------------------------------------


def test_a_verb_the_list_lacked_opens_an_item() -> None:
    # before: "Kết nối …" was no duty (dev c113's form)
    text = "2. Các tỉnh, thành đoàn:\n- Kết nối với các doanh nghiệp vận chuyển lớn ưu đãi chi phí vận chuyển các sản phẩm của thanh niên."
    assert [o.action for o in parse_text(text).obligations] == ["Kết nối với các doanh nghiệp vận chuyển lớn ưu đãi chi phí vận chuyển các sản phẩm của thanh niên"]


def test_use_opens_a_later_sentence_of_an_item() -> None:
    text = DELEGATION_DUTIES.replace(
        "b) Chuẩn bị, bố trí đầy đủ các nguồn lực để thực hiện nhiệm vụ được ủy quyền.",
        "b) Chuẩn bị, bố trí đầy đủ các nguồn lực. Sử dụng hình thức văn bản, con dấu của Sở Công Thương để thực hiện nhiệm vụ được ủy quyền.",
    )
    actions = [o.action for o in parse_text(text).obligations]
    assert any(a.startswith("Sử dụng hình thức văn bản, con dấu của Sở Công Thương") for a in actions)


def test_use_inside_a_sentence_splits_no_duty() -> None:
    # f39a's ra01 form: "sử dụng" after "không" qualifies the design
    text = "Đề nghị các đơn vị điều chỉnh thiết kế không sử dụng tàu cuốc, báo cáo Sở Nông nghiệp và Môi trường."
    assert [o.action for o in parse_text(text).obligations] == ["điều chỉnh thiết kế không sử dụng tàu cuốc, báo cáo Sở Nông nghiệp và Môi trường"]


# --- BASIS_CITATION (extractors/obligations._BASIS_CITATION_RE) ---------------------------------------------------------

NOTICE = """ỦY BAN NHÂN DÂN
PHƯỜNG CAM ĐƯỜNG
Số: 12/TB-UBND

THÔNG BÁO
Về việc công khai kết quả tiếp nhận hồ sơ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ về
quản lý, phát triển cụm công nghiệp;
Ủy ban nhân dân phường thông báo kết quả tiếp nhận hồ sơ như sau:
1. Các doanh nghiệp đăng ký bổ sung hồ sơ trước ngày 20/8/2026.
"""


def test_a_preamble_basis_line_is_no_duty() -> None:
    # before: "Căn cứ Nghị định … về quản lý, phát triển cụm công nghiệp" was read as a duty
    actions = [o.action for o in parse_text(NOTICE).obligations]
    assert not any(a.startswith("Căn cứ") for a in actions)
    assert any(a.startswith("đăng ký bổ sung hồ sơ") for a in actions)


def test_a_basis_clause_that_goes_on_to_a_duty_stays() -> None:
    text = "Căn cứ nội dung Kế hoạch này, các tỉnh, thành Đoàn xây dựng kế hoạch cụ thể, báo cáo kết quả về Trung ương Đoàn."
    assert [o.responsible for o in parse_text(text).obligations] == ["các tỉnh, thành Đoàn"]


# --- GLUED_SYLLABLES (normalize.step_glued) -----------------------------------------------------------------------------

from directive_parser.normalize import normalize_text  # noqa: E402

GLUED = (
    "Để tổng hợp tình hình, Bộ Giáo dục và Đào tạo yêu cầucác Sở Giáo dục và Đào tạo thanh tra, kiểm tra việc tuyển sinh"
    " và cáckhoản thu đầu năm học. Kết quả báo cáovề Bộ Giáo dục vàĐào tạo trước ngày 20/11/2026."
)


def test_a_copys_glued_syllables_are_parted() -> None:
    assert normalize_text(GLUED).text == (
        "Để tổng hợp tình hình, Bộ Giáo dục và Đào tạo yêu cầu các Sở Giáo dục và Đào tạo thanh tra, kiểm tra việc tuyển"
        " sinh và các khoản thu đầu năm học. Kết quả báo cáo về Bộ Giáo dục và Đào tạo trước ngày 20/11/2026."
    )


def test_the_request_of_a_glued_copy_is_read() -> None:
    # before: no duty ("cầucác" was no word)
    assert [o.responsible for o in parse_text(GLUED).obligations][:1] == ["các Sở Giáo dục và Đào tạo"]


def test_a_parted_value_maps_back_to_the_printed_text() -> None:
    text = normalize_text(GLUED)
    at = text.text.index("các khoản")
    assert text.source.text[text.src[at] : text.src[at + len("các khoản")]] == "cáckhoản"


def test_loanwords_codes_and_abbreviations_stay_whole() -> None:
    # a loanword alone in its text, an e-mail, a web address, abbreviations
    for kept in ("Khí mêtan phát thải từ bãi rác.", "Email: vubatoan@moet.edu.vn; website thanhnien.vn", "UBND tỉnh, TTg, VNeID, HĐND"):
        assert normalize_text(kept).text == kept


def test_a_capital_inside_a_run_parts_it_alone() -> None:
    # "hóaGiáo": one run in its text is enough when a capital opens the second syllable
    assert normalize_text("Ủy ban Văn hóaGiáo dục của Quốc hội.").text == "Ủy ban Văn hóa Giáo dục của Quốc hội."


# --- AFTER_EVENT_DUE (extractors/obligations._after_event_dues) ---------------------------------------------------------

EVENT_POINTS = """THỦ TƯỚNG CHÍNH PHỦ
Số: 12/QĐ-TTg

QUYẾT ĐỊNH
Về việc hỗ trợ tiền thuê nhà cho người lao động

Điều 3. Tổ chức thực hiện
1. Ủy ban nhân dân các tỉnh chủ động sử dụng ngân sách địa phương để kịp thời thực hiện chính sách. Sau khi địa phương có báo cáo kết quả chi ngân sách hỗ trợ tiền thuê nhà (địa phương chịu trách nhiệm về tính chính xác của số liệu báo cáo), Bộ Tài chính bổ sung hoặc thu hồi dự toán ngân sách trung ương theo quy định.
2. Trách nhiệm của công chức được giao nhiệm vụ kiểm tra:
a) Thực hiện đúng quy trình kiểm tra theo quy định.
b) Ngay sau khi lập biên bản vi phạm hành chính, có trách nhiệm hoàn thiện hồ sơ, báo cáo Trưởng phòng Quản lý công nghiệp.
"""


def test_an_opening_event_point_is_the_duties_due() -> None:
    # before: no due, no deadline (the frame was skipped to find the body)
    dues = {o.action: o.due for o in parse_text(EVENT_POINTS).obligations}
    assert dues["hoàn thiện hồ sơ, báo cáo Trưởng phòng Quản lý công nghiệp"] == "Ngay sau khi lập biên bản vi phạm hành chính"
    # the aside that closes the point is left out
    assert dues["bổ sung hoặc thu hồi dự toán ngân sách trung ương theo quy định"] == "Sau khi địa phương có báo cáo kết quả chi ngân sách hỗ trợ tiền thuê nhà"


def test_an_event_point_is_a_deadline_without_a_date() -> None:
    points = sorted((d.text, d.date) for d in parse_text(EVENT_POINTS).deadlines)
    assert points == [("Ngay sau khi lập biên bản vi phạm hành chính", None), ("Sau khi địa phương có báo cáo kết quả chi ngân sách hỗ trợ tiền thuê nhà", None)]


def test_the_issuers_consideration_is_no_event_point() -> None:
    text = EVENT_POINTS.replace("Sau khi địa phương có báo cáo kết quả chi ngân sách hỗ trợ tiền thuê nhà (địa phương chịu trách nhiệm về tính chính xác của số liệu báo cáo)", "Sau khi nghe Bộ Kế hoạch và Đầu tư báo cáo")
    assert all(not (o.due or "").startswith("Sau khi") for o in parse_text(text).obligations if o.responsible == "Bộ Tài chính")


# --- CONDITIONS_LISTED (extractors/deadlines.listed_condition) ----------------------------------------------------------

SUPPORT = """THỦ TƯỚNG CHÍNH PHỦ
Số: 08/2026/QĐ-TTg

QUYẾT ĐỊNH
Về việc hỗ trợ tiền thuê nhà cho người lao động

Điều 4. Đối tượng và điều kiện hỗ trợ
Người lao động đang làm việc trong doanh nghiệp tại khu công nghiệp được hỗ trợ khi có đủ các điều kiện sau:

12
CÔNG BÁO/Số 285 + 286/Ngày 04-4-2026

1. Ở thuê, ở trọ trong khoảng thời gian từ ngày 01 tháng 02 năm 2026 đến
ngày 30 tháng 6 năm 2026.
2. Có hợp đồng lao động giao kết và bắt đầu thực hiện trước ngày 01 tháng 4 năm 2026.
Điều 5. Trình tự, thủ tục
1. Người sử dụng lao động gửi hồ sơ đề nghị hỗ trợ trước ngày 15 tháng 8 năm 2026.
"""


def test_listed_conditions_give_no_deadline() -> None:
    # before: the stay's span and the contract's day were read as deadlines
    texts = [d.text for d in parse_text(SUPPORT).deadlines]
    assert "từ ngày 01 tháng 02 năm 2026 đến ngày 30 tháng 6 năm 2026" not in texts
    assert "trước ngày 01 tháng 4 năm 2026" not in texts


def test_a_lead_in_that_names_tasks_lists_duties() -> None:
    text = SUPPORT.replace("được hỗ trợ khi có đủ các điều kiện sau:", "thực hiện các nội dung sau:")
    assert "từ ngày 01 tháng 02 năm 2026 đến ngày 30 tháng 6 năm 2026" in [d.text for d in parse_text(text).deadlines]


# --- PROJECT_SCHEDULE_FIELD (extractors/deadlines._PROJECT_SCHEDULE_RE) -------------------------------------------------

APPROVAL = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 20/QĐ-UBND

QUYẾT ĐỊNH
Chấp thuận chủ trương đầu tư dự án khu công nghiệp

Điều 1. Chấp thuận chủ trương đầu tư dự án với các nội dung sau:
7. Địa điểm thực hiện dự án: Xã Bát Xát, tỉnh Lào Cai.
8. Tiến độ thực hiện dự án: Hoàn thành trong quý IV năm 2027 (tốc độ lấp đầy khoảng 10% trong năm 2027, 50% trong năm 2028).
Điều 2. Tổ chức thực hiện
1. Nhà đầu tư triển khai dự án đúng tiến độ, hoàn thành thủ tục về đất đai trong quý II năm 2026.
"""


def test_the_approved_projects_schedule_is_no_deadline() -> None:
    # before: "trong năm 2027", "trong năm 2028" (a forecast) were deadlines
    assert [d.text for d in parse_text(APPROVAL).deadlines] == ["trong quý II năm 2026"]


# --- ORGANISATIONS_LISTED, SUBJECT_LIST_LOWER_LAST, LIST_AFTER_A_TIME_FRAME, LIST_TIME_FRAME_DUE, LINE_OPENS_THE_TIME ----

RESOLUTION_TASKS = """NGHỊ QUYẾT
II. NHIỆM VỤ, GIẢI PHÁP
1. Nhiệm vụ
a) Tổ chức quán triệt Nghị quyết số 10-NQ/TW
Trong năm 2022, các bộ, ngành; các cấp chính quyền địa phương; các tập đoàn kinh tế và các cơ quan, tổ chức liên quan hoàn thành việc phổ biến, quán triệt Nghị quyết.
"""


def test_a_list_of_bodies_by_semicolons_after_its_time_is_one_duty() -> None:
    # before: "các tập đoàn kinh tế và các cơ quan" asked to "tổ chức liên quan hoàn thành …", no time
    [duty] = parse_text(RESOLUTION_TASKS).obligations
    assert duty.responsible == "các bộ, ngành; các cấp chính quyền địa phương; các tập đoàn kinh tế và các cơ quan, tổ chức liên quan"
    assert (duty.action, duty.due) == ("hoàn thành việc phổ biến, quán triệt Nghị quyết", "Trong năm 2022")
    assert [d.text for d in parse_text(RESOLUTION_TASKS).deadlines] == ["Trong năm 2022"]


def test_organisations_listed_are_no_verb() -> None:
    text = "Các cơ quan, tổ chức có liên quan chịu trách nhiệm thi hành Quyết định này."
    assert [o.responsible for o in parse_text(text).obligations] == ["Các cơ quan, tổ chức có liên quan"]


def test_a_year_that_opens_its_line_is_no_symbols_year() -> None:
    text = "a) Tổ chức quán triệt Nghị quyết số 10-NQ/TW\nTrong năm 2022, Bộ Công Thương hoàn thành việc phổ biến."
    assert [p.text for p in find_time_phrases(text)] == ["Trong năm 2022"]
    # a name wrapped onto the next line keeps its year
    assert [p.text for p in find_time_phrases("thực hiện Nghị quyết số 10-NQ/TW\nnăm 2022 của Bộ Chính trị.")] == []


# --- SPACES_LOST (evaluate.lenient_key) ---------------------------------------------------------------------------------


def test_the_lenient_key_reads_a_glued_copy_as_its_words() -> None:
    from directive_parser.evaluate import lenient_key

    assert lenient_key("Bảo hiểm xã hội các tỉnh, TP trựcthuộc Trung ương") == lenient_key("Bảo hiểm xã hội các tỉnh, TP trực thuộc Trung ương")
    assert lenient_key("Sở Nội vụ") != lenient_key("Sở Ngoại vụ")


# --- IMPLEMENTING_FRAME and CLOSING_ASK_WITHOUT_BIET (extractors/obligations) ------------------------------------------

TAX_LETTER = """TỔNG CỤC THUẾ
Số: 561/TCT-KK
V/v kéo dài thời hạn nộp hồ sơ khai thuế

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Thực hiện ý kiến của Thủ tướng Chính phủ về việc hoán đổi ngày nghỉ vào dịp tết âm lịch đối với cán bộ, công chức, viên chức.

Để việc nộp hồ sơ khai thuế phù hợp với thời gian nghỉ tết nêu trên, Tổng cục Thuế đề nghị:
- Các Cục Thuế tổ chức tiếp nhận hồ sơ khai thuế của người nộp thuế kịp thời.

Tổng cục Thuế thông báo để các Cục Thuế thông báo cho người nộp thuế biết và tổ chức thực hiện.
"""


def test_the_frame_a_letter_carries_out_is_no_duty() -> None:
    # before: "Thực hiện ý kiến của Thủ tướng Chính phủ …" (closed by a full stop) was read as a duty
    assert not any(o.action.startswith("Thực hiện ý kiến") for o in parse_text(TAX_LETTER).obligations)


def test_a_closing_formula_may_ask_its_act_without_biet() -> None:
    # before: the closing's duty was lost
    assert ("các Cục Thuế", "thông báo cho người nộp thuế biết và tổ chức thực hiện") in [(o.responsible, o.action) for o in parse_text(TAX_LETTER).obligations]


# --- ONLY_BEFORE_THE_VERB, DIPLOMATIC_IS_NO_ASK, FUNCTION_LEAD in a lead-in, MIXED_QUOTE_MARKS ------------------------

INSURANCE = """BẢO HIỂM XÃ HỘI VIỆT NAM
Số: 4024/BHXH-CSYT

Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương

Vì vậy, đề nghị Bảo hiểm xã hội các tỉnh, thành phố thực hiện nghiêm túc hướng dẫn tại công văn trên, cụ thể như sau:
- Thông báo các cơ sở khám chữa bệnh cho tỉnh ngoài từ tuyến huyện trở xuống.
- Chỉ phát hành thẻ đăng ký khám chữa bệnh ban đầu tại tỉnh khác từ cơ sở tuyến huyện trở xuống.
"""


def test_only_before_the_verb_opens_the_item() -> None:
    from directive_parser.extractors.obligations import _imperative
    from directive_parser.normalize import fold

    # before: "Chỉ" opened no duty (the item was lost where its lead-in names a task of its own)
    assert _imperative(fold("- Chỉ phát hành thẻ đăng ký khám chữa bệnh ban đầu tại tỉnh khác."))
    assert not _imperative(fold("- Chỉ tiêu 3: 100% xã có mô hình."))
    actions = [o.action for o in parse_text(INSURANCE).obligations]
    assert "Chỉ phát hành thẻ đăng ký khám chữa bệnh ban đầu tại tỉnh khác từ cơ sở tuyến huyện trở xuống" in actions


def test_diplomatic_is_no_request() -> None:
    # before: "giao có trụ sở …" (of "ngoại giao") was read as a request and hid the letter's own
    text = "Để tạo điều kiện thuận lợi cho các cơ quan ngoại giao có trụ sở tại thành phố, đề nghị Cục Hải quan TP Hồ Chí Minh chỉ đạo các Chi cục Hải quan trực thuộc cho phép các cơ quan trên nộp đơn."
    assert [o.responsible for o in parse_text(text).obligations] == ["Cục Hải quan TP Hồ Chí Minh"]


def test_a_lead_ins_function_lead_is_no_part_of_the_body() -> None:
    from directive_parser.extractors.deadlines import lead_body

    assert lead_body("Bộ Công an, Bộ Quốc phòng, Bộ Ngoại giao theo chức năng, nhiệm vụ, thẩm quyền được giao chủ trì, phối hợp với Bộ Văn hóa") == "Bộ Công an, Bộ Quốc phòng, Bộ Ngoại giao"
    assert lead_body("Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan") == "Bộ Tài chính"


def test_a_quotation_opened_straight_and_closed_curly_is_quoted() -> None:
    from directive_parser.extractors.obligations import _balanced_quotes

    assert _balanced_quotes('"1. Nhà nước quản lý ngoại thương …\n3. Bảo đảm thực hiện đầy đủ các nguyên tắc …”')
    assert not _balanced_quotes("Đẩy mạnh phong trào “Dân vận khéo” và “Dân vận")
