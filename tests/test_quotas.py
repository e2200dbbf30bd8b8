"""Quotas: a table of real sentences from the corpus, one row per phrase family, and the
sentences that must yield nothing (form hints, votes, statistics, scoring, indexes)."""

from __future__ import annotations

import pytest
from conftest import CORPUS, gold

from directive_parser import parse_text
from directive_parser.extractors.quotas import find_quotas, parse_number
from directive_parser.normalize import normalize_text

# (sentence, [(min, max, unit, subject), ...])
POSITIVE = [
    # ALLOCATION_VERBS (numbers.toml [targets]): the forces and means a body must commit are counted as "cử" counts its
    # people: the unseen probe's pi07 ("huy động 1 xe …", our own sentence in its form)
    ("Công an thị xã huy động 1 xe ô tô phục vụ lễ diễu hành.", [(1, 1, "xe ô tô phục vụ lễ diễu hành", "Công an thị xã")]),
    # c121: the next count of a list of targets ("…; 3 triệu thanh niên …") is a target too
    (
        "VII. Chỉ tiêu 8: 12 triệu lượt thanh thiếu niên được tư vấn hướng nghiệp\n\nvà việc làm; 3 triệu thanh niên "
        "được giới thiệu việc làm\n",
        [
            (12_000_000, 12_000_000, "lượt thanh thiếu niên được tư vấn hướng nghiệp", None),
            (3_000_000, 3_000_000, "thanh niên được giới thiệu việc làm", None),
        ],
    ),
    # n001: the counted noun ends at the table's cell border
    (
        "3 | Mỗi cơ quan có ít nhất 01 sáng kiến/mô hình/ giải pháp về cải cách hành chính | Triển khai | Quý IV\n",
        [(1, None, "sáng kiến/mô hình/ giải pháp về cải cách hành chính", None)],
    ),
    # c121: a bounded sum whose unit wraps to the next line is not a page number
    (
        " Hỗ trợ tiền mặt giá trị tối thiểu 500 ngàn\n\nđồng/1 lần.\n",
        [(500_000, None, "đồng/1 lần", None)],
    ),
    # c120: a heading opening with a verb ("Phân bổ chỉ tiêu …") is not who must meet the quota
    (
        "Phân bổ chỉ tiêu xây dựng mới ít nhất 500 tuyến phố khu vực đô thị (đường,\nhẻm) văn minh\n",
        [(500, None, "tuyến phố khu vực đô thị (đường, hẻm) văn minh", None)],
    ),
    # c120 shape: a body whose first syllable is also a verb's ("Thành đoàn" / "thành lập") is a subject
    (
        "Thành đoàn Hải Phòng triển khai xây dựng mới ít nhất 10 Tuyến phố văn minh;",
        [(10, None, "Tuyến phố văn minh", "Thành đoàn Hải Phòng")],
    ),
    # 000: lower bound "ít nhất", subject before the verb run
    (
        "Mỗi xã xây dựng nông thôn mới kiểu mẫu xây dựng ít nhất 03 mô hình “Dân vận khéo”.",
        [(3, None, "mô hình", "Mỗi xã xây dựng nông thôn mới kiểu mẫu")],
    ),
    # 000: range "từ 03 đến 05"; an evaluative adjective ("tiêu biểu") is not part of what is counted
    ("- Giới thiệu tóm tắt kết quả từ 03 đến 05 mô hình tiêu biểu.", [(3, 5, "mô hình", None)]),
    # 001: exact allocation "giới thiệu 02 mô hình", subject is the label before the colon
    (
        "- Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh: giới thiệu 02 mô hình.",
        [(2, 2, "mô hình", "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh")],
    ),
    # 002: "từ 1-2", then "từ 4-5" inheriting the subject of the same sentence
    (
        "mỗi đơn vị lựa chọn đăng ký từ 1-2 nội dung cấp tỉnh; từ 4-5 nội dung cấp huyện năm 2024.",
        [(1, 2, "nội dung", "mỗi đơn vị"), (4, 5, "nội dung", "mỗi đơn vị")],
    ),
    # 002: upper bound "không quá"
    (
        "Giao Ban Dân vận Huyện ủy xét và giới thiệu không quá 05 nội dung để đăng ký.",
        [(None, 5, "nội dung", "Ban Dân vận Huyện ủy")],
    ),
    # c113: thousands separator
    ("4. Hỗ trợ ít nhất 2.000 thanh niên khởi nghiệp.", [(2000, None, "thanh niên khởi nghiệp", None)]),
    # c113: percentage opening a list item
    (
        "2. 100% tỉnh, thành đoàn có hoạt động tuyên truyền.",
        [(100, 100, "%", "tỉnh, thành đoàn có hoạt động tuyên truyền")],
    ),
    # c148: range with a multiplier, exact target after "mục tiêu", "trở lên"
    (
        "thực hiện thắng lợi mục tiêu đón 22 - 23 triệu lượt khách quốc tế, phục vụ 130 triệu lượt khách nội địa.",
        [(22_000_000, 23_000_000, "lượt khách quốc tế", None), (130_000_000, 130_000_000, "lượt khách nội địa", None)],
    ),
    ("thực hiện mục tiêu tăng trưởng kinh tế 8% trở lên.", [(8, None, "%", None)]),
    # c121: "Chỉ tiêu 3:" heading, decimal multiplier
    # c121: a comma joining two short nouns keeps both ("ý tưởng, sáng kiến"), "của" ends them
    ("II. Chỉ tiêu 3: 250 nghìn ý tưởng, sáng kiến của đoàn viên.", [(250_000, 250_000, "ý tưởng, sáng kiến", None)]),
    # c125: "tối thiểu ...; tối đa không quá ..." merged into one range
    ("+ Thời lượng: Tối thiểu 08 phút; tối đa không quá 12 phút.", [(8, 12, "phút", "Thời lượng")]),
    # c125: OCR lost the hyphen of "từ 100-200"
    ("Số lượng, thành phần: Mỗi Hội nghị từ 100 200 đại biểu.", [(100, 200, "đại biểu", "Mỗi Hội nghị")]),
    # c121: money with a bound keeps its per-unit
    ("Hỗ trợ dài hạn: Tối thiểu 500.000 đồng/em/tháng.", [(500_000, None, "đồng/em/tháng", "Hỗ trợ dài hạn")]),
    # c121: "được" + an agent ends the counted noun; the listed noun before it stays
    (
        "V. Chỉ tiêu 6: 300 thôn, bản khó khăn được đoàn viên, thanh niên tham\n\ngia hỗ trợ hoàn thành tiêu chí",
        [(300, 300, "thôn, bản khó khăn", None)],
    ),
    (
        "IV. Chỉ tiêu 5: 100 triệu cây xanh được đoàn viên, thanh niên tham gia",
        [(100_000_000, 100_000_000, "cây xanh", None)],
    ),
    # c121 (the "Chỉ tiêu 8" line, its second half): a passive without an agent is counted
    (
        "Chỉ tiêu 8: 3 triệu thanh niên được giới thiệu việc làm.",
        [(3_000_000, 3_000_000, "thanh niên được giới thiệu việc làm", None)],
    ),
    # c118: a short gloss in brackets is part of the counted noun
    (
        " Mỗi tỉnh, thành Đoàn lựa chọn đăng ký ít nhất 01 phường (thị trấn) để\nhỗ trợ hoàn thành tiêu chí",
        [(1, None, "phường (thị trấn)", "Mỗi tỉnh, thành Đoàn")],
    ),
    # c120: the gloss runs over a line break and the noun goes on after it
    (
        "+ Các Tỉnh đoàn triển khai xây dựng mới ít nhất 08 Tuyến phố (đường,\nhẻm) văn minh;",
        [(8, None, "Tuyến phố (đường, hẻm) văn minh", "Các Tỉnh đoàn")],
    ),
    # c113: a list of nouns after a comma, each item short; "cho" ends it
    (
        "Tổ chức ít nhất 01 hoạt động tập huấn, bồi\ndưỡng, tư vấn cho thanh niên khởi nghiệp",
        [(1, None, "hoạt động tập huấn, bồi dưỡng, tư vấn", None)],
    ),
    # c127: "chọn" sets a target ("bình chọn" does not: see NEGATIVE)
    (
        " 40 Giải thưởng xuất sắc nhất 04 chặng: Mỗi chặng chọn 10 tác phẩm để trao giải chặng.",
        [(10, 10, "tác phẩm", "Mỗi chặng")],
    ),
    # c160: "cử" (send, appoint) sets an allocation; a long phrase before a comma is not a list
    (
        "Yêu cầu Bộ Xây dựng và các bộ, ngành có liên quan cử 01 Thứ trưởng phụ\ntrách từng dự án, chủ động, kịp thời",
        [(1, 1, "Thứ trưởng phụ trách từng dự án", "Bộ Xây dựng và các bộ, ngành có liên quan")],
    ),
    # c142: "đạt trên N%" bounds from below (OCR "phẫn đấu" kept as printed)
    (
        "phẫn đấu giải ngân năm 2024 đạt trên 95% kế hoạch Thủ tướng Chính phủ giao.",
        [(95, None, "%", "kế hoạch Thủ tướng Chính phủ giao")],
    ),
    # c113: "trình" (submit) ends a counted noun, but not inside "chương trình"
    (
        "cấp thông tin về các thị trường quốc tế; tổ chức ít nhất 01 chương trình tư vấn, hỗ\ntrợ doanh nghiệp",
        [(1, None, "chương trình tư vấn", None)],
    ),
    # c148: a comma-part with a number of its own is the next quantity, not a listed noun
    (
        "thực hiện thắng lợi mục tiêu đón 22 - 23 triệu lượt khách quốc tế, phục vụ 130 triệu lượt khách nội địa,\n"
        "tổng thu từ du lịch tăng trưởng 12 - 13% so với năm 2024",
        [
            (22_000_000, 23_000_000, "lượt khách quốc tế", None),
            (130_000_000, 130_000_000, "lượt khách nội địa", None),
            (12, 13, "%", "so với năm 2024"),
        ],
    ),
    # counter-example to the "tờ giấy" veto (constructed): sheets to hand out are a count
    ("Mỗi xã phát tối thiểu 500 tờ rơi tuyên truyền.", [(500, None, "tờ rơi tuyên truyền", "Mỗi xã phát")]),
    # number words (constructed from the 000 sentence)
    ("Mỗi phường xây dựng ít nhất ba mô hình.", [(3, None, "mô hình", "Mỗi phường")]),
    ("Mỗi đơn vị giới thiệu không quá mười lăm tác phẩm.", [(None, 15, "tác phẩm", "Mỗi đơn vị")]),
]

NEGATIVE = [
    # ALLOCATION_VERBS (numbers.toml [targets] "huy động", "bố trí"), their counter-examples: a reported result ("đã
    # huy động được …") and an allocation with no count
    "Năm 2024, tỉnh đã huy động được 500 tỷ đồng cho chương trình.",
    "Các đơn vị bố trí kinh phí từ nguồn ngân sách năm 2025.",
    # QUOTED_NAME_NUMBER (the probe's pf03 form, our words): a number inside a quoted title is part of the name
    "Ban Thường vụ đề nghị các chi đoàn cử đại diện dự lễ tuyên dương danh hiệu “Sinh viên 5 tốt” năm học 2024.",
    'Các chi đoàn phấn đấu đạt danh hiệu "Học sinh 3 tốt" trong năm học.',
    # CLOCK_MINUTES (the probe's pb11 form, our words): the minutes of a clock time
    "Các chi đoàn đăng ký danh sách trước 16 giờ 30 phút ngày 15/3/2025.",
    # n038: a page's measure in a guide on document format (lengths: numbers.toml [not_quota] units "mm", "cm")
    "+ Lề phải: Cách mép phải trang giấy 15 mm.",
    "Các chỉ dẫn về phạm vi lưu hành trình bày trang đầu, góc phải, cách mép trên trang giấy 10 mm (ô số 11a, Phụ lục 1).",
    # n038: how far one overlapping seal may reach (a number of sheets, "tờ giấy")
    "Dấu giáp lai được đóng vào khoảng giữa mép phải của văn bản, trùm lên một phần các tờ giấy, mỗi khuôn dấu đóng tối đa 5 tờ giấy.",
    # 002: a form-filling hint
    "(Nêu tóm tắt nội dung từ 03 đến 05 dòng)",
    "(Tùy theo nội dung của mô hình, điển hình để đưa ra dự kiến kết quả, từ 01 dòng đến 03 dòng)",
    # a voting threshold
    "Nghị quyết được thông qua khi có tối thiểu 50% đảng viên tán thành.",
    # c148: statistics of the past
    "Năm 2024, khách du lịch quốc tế đến Việt Nam đạt 17,6 triệu lượt, tăng\n39%; khách nội địa đạt 110 triệu lượt.",
    # c150: a past result, and a fraction
    "thu ngân sách 11 tháng đầu năm đã hoàn thành 106,3% dự toán.",
    # c125: a scoring rule
    "dưới 03 phút trừ 40 điểm; từ 03 phút trở lên là phạm quy không có điểm.",
    # c125: a share of the score
    "Điểm dự thi gồm 30% điểm được chấm dựa trên số lượng bình chọn.",
    # dates, periods, indexes
    "giai đoạn 2021 - 2025, theo khoản 2 Điều 28, trước ngày 15/7/2023.",
    # c114: the issuer's prize scheme, money without a bound
    "05 giải Khuyến khích: Chứng nhận của Ban Tổ chức cuộc thi kèm theo 1.000.000đ tiền mặt.",
    # c127: a superlative is not a cap
    "01 Giải tác phẩm được bình chọn nhiều nhất 04 chặng: 10 triệu đồng.",
    # c140: a page number before a line
    "4\nhoàn thành các nhiệm vụ được giao",
    # c111, c125: the issuer's own choice, its organ opening the clause or the comma-part
    "vi toàn quốc, Ban Bí thư Trung ương Đoàn lựa chọn 12 đơn vị để thực hiện triển khai",
    "(4) Trên cơ sở đó, Ban Bí thư Trung ương Đoàn sẽ chọn 6 đội tham dự Vòng",
    "(3) Ban Tổ chức sẽ chọn 01 đội thi có số lượng thích (like), chia sẻ (share),",
    # c159, c160: a number glued to letters is a name or a measure, not a count
    "tầng số, bảo đảm kết nối thông suốt, đây mạnh triển khai, mở rộng phủ sóng 5G,",
    "đảm bảo thông xe toàn bộ 20km dự án Bến Lức - Long Thành vào dịp 30/4/2025",
    # c160: a digit after a code's hyphen is part of the code ("gói J3-1"), not a count
    "chọn nhà thầu cho gói J3-1 dự án Bến Lức - Long Thành trong tháng 4/2025.",
    # c148: "đạt trên" with a count, not a percentage, is a statistic ("trên" = "above")
    "đầu năm 2025, lượng khách quốc tế đến Việt Nam đạt trên 6 triệu Lượt, cao nhất",
    # c127: "bình chọn" holds "chọn" but sets no target
    "01 Giải tác phẩm được bình chọn 10 lần.",
    # "năm" is "year" unless a bound word precedes it
    "Tổ chức hội nghị năm mô hình mới.",
]


def _quotas(sentence: str) -> list[tuple[int | None, int | None, str, str | None]]:
    t = normalize_text(sentence)
    return [(q.min, q.max, q.unit, q.subject) for q in find_quotas(t)]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_quota_phrases(sentence: str, expected: list[tuple[int | None, int | None, str, str | None]]) -> None:
    from directive_parser.extractors.quotas import _merge_bounds

    t = normalize_text(sentence)
    got = [(q.min, q.max, q.unit, q.subject) for q in _merge_bounds(find_quotas(t))]
    assert got == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_not_quotas(sentence: str) -> None:
    assert _quotas(sentence) == []


@pytest.mark.parametrize(
    ("raw", "multiplier", "expected"),
    [
        ("03", None, 3),  # leading zero
        ("2.000", None, 2000),  # thousands separator
        ("3,25", "triệu", 3_250_000),  # decimal comma with a multiplier
        ("1,6", None, None),  # a fraction is not a count
        ("mười", None, 10),
        ("mười lăm", None, 15),  # "lăm" is 5 after a ten
        ("hai mươi mốt", None, 21),  # "mốt" is 1 after a ten
        ("ba mươi tư", None, 34),  # "tư" is 4 after a ten
        ("tư", None, None),  # "tư" alone is not a number ("thứ tư")
        ("lăm", None, None),
    ],
)
def test_parse_number(raw: str, multiplier: str | None, expected: int | None) -> None:
    assert parse_number(raw, multiplier) == expected


def test_quota_evidence_points_at_the_phrase() -> None:
    t = normalize_text("Mỗi phường xây dựng ít nhất 03 mô hình “Dân vận khéo”.")
    (q,) = find_quotas(t)
    assert q.evidence is not None
    assert t.text[q.evidence.start : q.evidence.end] == "ít nhất 03 mô hình"


@pytest.mark.parametrize("doc_id", ["000", "001", "002"])
def test_seed_quotas_match_gold(doc_id: str) -> None:
    from directive_parser import parse_file

    record = parse_file(CORPUS / f"{doc_id}.txt")
    got = [(q.min, q.max) for q in record.quotas]
    want = [(q["min"], q["max"]) for q in gold(doc_id)["quotas"]]
    assert got == want
    for q, g in zip(record.quotas, gold(doc_id)["quotas"], strict=True):
        assert q.unit.startswith(g["unit"])


# --- issue 11: a share keeps its base; a form-filling hint in a numbered item is no quota -------


def test_a_share_of_another_group_keeps_its_base() -> None:
    # "không quá …% số …": a ratio of the delegates, not a count; who must meet it is not named there
    record = parse_text("Kính gửi: các xã.\n1. Số đại biểu nữ không quá 30% số đại biểu được triệu tập.\n")
    (quota,) = record.quotas
    assert (quota.min, quota.max, quota.unit, quota.subject, quota.base) == (None, 30, "%", None, "số đại biểu được triệu tập")


def test_a_hint_in_a_numbered_item_is_not_a_quota() -> None:
    # OUTPUT.md: counts inside form-filling instructions are not quotas, numbered or not
    record = parse_text("Kính gửi: các xã.\n2. Nêu tóm tắt nội dung không quá 10 dòng.\n3. Mỗi xã giới thiệu 02 mô hình.\n")
    assert [(q.min, q.max, q.unit) for q in record.quotas] == [(2, 2, "mô hình")]


def test_above_a_share_bounds_it_from_below() -> None:
    # n004: "- Trên 80% số trạm y tế cấp xã …" is at least 80 %, not exactly 80 %
    record = parse_text("Kính gửi: các xã.\n- Trên 80% số trạm y tế cấp xã đủ điều kiện xác định tình trạng nghiện.\n")
    assert [(q.min, q.max, q.unit) for q in record.quotas] == [(80, None, "%")]


def test_quotas_read_the_structure_sentences() -> None:
    # n001: a task table's cell is a sentence of its own (the structure layer cuts rows and cells),
    # so a share that opens its cell sets a target
    from directive_parser import parse_text

    head = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 10/KH-UBND\nLâm Đồng, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
    body = (
        "II. NHIỆM VỤ\n\nSTT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện\n"
        "2 | Thực hiện nghiêm các quy định, quy trình về bổ nhiệm lãnh đạo, quản lý các cấp. | 100% lãnh đạo, quản lý "
        "các cấp được bổ nhiệm đúng quy định | Thường xuyên trong năm | Các cơ quan, đơn vị, địa phương\n"
    )
    got = [(q.min, q.max, q.unit, q.subject) for q in parse_text(head + body).quotas]
    assert got == [(100, 100, "%", "lãnh đạo, quản lý các cấp được bổ nhiệm đúng quy định")]


def test_a_share_with_nothing_after_it_counts_what_opens_its_clause() -> None:
    # n001: "Tỷ lệ … đạt tối thiểu 80%": the share is of the clause's opening noun; two such shares of one
    # bullet are two quotas, not one stated twice
    got = _quotas(
        "- 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình. Tỷ lệ hồ sơ trực tuyến toàn trình "
        "đạt tối thiểu 80%.\n- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính các cấp đạt tối thiểu 80%.\n"
    )
    assert got[1:] == [
        (80, None, "%", "Tỷ lệ hồ sơ trực tuyến toàn trình"),
        (80, None, "%", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính các cấp"),
    ]


def test_a_share_joined_by_and_is_the_next_target() -> None:
    # n004: "Phấn đấu 100% A và 100% B được …": two targets; the first's noun ends before "và"
    got = _quotas(
        "- Phấn đấu 100% các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng bán lẻ chất ma túy và 100% "
        "diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt xóa.\n"
    )
    assert got == [
        (100, 100, "%", "các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng bán lẻ chất ma túy"),
        (100, 100, "%", "diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt xóa"),
    ]


def test_a_change_under_targets_is_the_one_to_reach() -> None:
    # n004: under "II. CHỈ TIÊU CHỦ YẾU" a rise is a target; the same words in a report's text are a result
    head = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 10/KH-UBND\nLâm Đồng, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nPhòng, chống ma túy\n"
    line = "- Hằng năm, số vụ phạm tội về ma túy lợi dụng không gian mạng được phát hiện, triệt phá tăng trên 5%.\n"
    under_targets = parse_text(head + "II. CHỈ TIÊU CHỦ YẾU\n" + line).quotas
    in_a_report = parse_text(head + "I. KẾT QUẢ THỰC HIỆN\n" + line).quotas
    assert ([(q.min, q.max, q.unit) for q in under_targets], in_a_report) == ([(5, None, "%")], [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # n064: the modal after the share's noun makes it a requirement
        ("Kịp thời đôn đốc, chỉ đạo thực hiện 100% hồ sơ TTHC phải được tiếp nhận, giải quyết trên Hệ thống.", [(100, 100)]),
        # counter-example: the same share reported as done
        ("Kịp thời đôn đốc, chỉ đạo thực hiện 100% hồ sơ TTHC đã được tiếp nhận, giải quyết trên Hệ thống.", []),
    ],
)
def test_a_share_that_must_be_met_is_a_target(sentence: str, expected: list[tuple[int, int]]) -> None:
    assert [(lo, hi) for lo, hi, _, _ in _quotas(sentence)] == expected


def _bounds_data() -> dict[str, list[str]]:
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("directive_parser.data").joinpath("numbers.toml").read_text("utf-8"))["bounds"]


@pytest.mark.parametrize("sentence", _bounds_data()["between_examples"])
def test_a_verb_between_a_bound_and_its_number_keeps_the_bound(sentence: str) -> None:
    # n039 (D13's example): "Công suất tối thiểu đạt 250 người" → at least 250 người, subject as printed
    assert [(q.min, q.max, q.unit, q.subject) for q in find_quotas(normalize_text(sentence))] == [(250, None, "người", "Công suất")]


@pytest.mark.parametrize("sentence", _bounds_data()["between_counter_examples"])
def test_a_verb_without_a_bound_sets_no_quota(sentence: str) -> None:
    assert _quotas(sentence) == []


def test_a_purpose_after_a_share_s_noun_is_no_part_of_it() -> None:
    # n064 (D8, A10): the share's subject ends before "để …" (what the result is for)
    sentence = (
        "100% hồ sơ TTHC phải được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết TTHC của tỉnh và phải liên thông, "
        "đồng bộ với Cổng dịch vụ công quốc gia để người dân, doanh nghiệp theo dõi, đánh giá quá trình thực hiện."
    )
    ((_, _, _, subject),) = _quotas(sentence)
    assert subject is not None and subject.endswith("đồng bộ với Cổng dịch vụ công quốc gia")
    # counter-example: "tạo điều kiện để …" is the noun's own object
    ((_, _, _, kept),) = _quotas("Phấn đấu 100% cơ sở tạo điều kiện để người dân tham gia.")
    assert kept == "cơ sở tạo điều kiện để người dân tham gia"


def test_a_number_in_a_name_is_no_quota() -> None:
    # QUOTED_NAME_NUMBER: the count before the quoted name stays, the number inside it goes (our sentence)
    got = find_quotas(normalize_text('Mỗi chi đoàn phấn đấu có ít nhất một đoàn viên đạt danh hiệu "Sinh viên 5 tốt".'))
    assert [(q.min, q.unit) for q in got] == [(1, "đoàn viên đạt danh hiệu")]
    # NUMBERED_UNIT_NAME, n009: "… UBND Phường 2 Bảo Lộc hoàn thành việc phê duyệt toàn bộ phương án …" (a ward's name)
    assert not [q for q in parse_text((CORPUS / "n009.txt").read_text(encoding="utf-8")).quotas if "Bảo Lộc" in q.text]


def _numbers_data(table: str) -> dict[str, list[str]]:
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("directive_parser.data").joinpath("numbers.toml").read_text("utf-8"))[table]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    list(zip(_numbers_data("bounds")["copula_examples"], [(2, "ngày công"), (30, "%"), (1, "ngày công"), (2, "tiết mục"), (2, "buổi sinh hoạt")], strict=True)),
)
def test_a_copula_or_a_verb_after_a_bound_keeps_the_bound(sentence: str, expected: tuple[int, str]) -> None:
    # COPULA_AFTER_BOUND (the probe's pf17 "ít nhất là 1 …", pd11 "tối thiểu là 50% …"), BOUND_BEFORE_VERB (pb21
    # "tối thiểu tham gia 1 …"): own sentences in their forms; the bound is a lower bound, no upper one
    assert [(lo, hi, unit) for lo, hi, unit, _ in _quotas(sentence)] == [(expected[0], None, expected[1])]


@pytest.mark.parametrize("sentence", _numbers_data("bounds")["copula_counter_examples"])
def test_a_copula_without_a_bound_or_before_a_length_sets_no_quota(sentence: str) -> None:
    # "là" with no bound word bounds nothing; n038's spacing "tối thiểu là 6pt" is a format limit (a length, D11)
    assert _quotas(sentence) == []


def test_a_wage_day_is_counted_and_a_day_is_not() -> None:
    # WAGE_DAY: "ngày lương" (the probe's pd03, pf17, pf19) and "ngày công" (c118) are counted things; DESTINATION_ENDS_UNIT:
    # "vào Quỹ …" is where it goes (pf19's form, our sentence)
    assert _quotas("Các cấp hội vận động hội viên ủng hộ ít nhất một ngày lương vào Quỹ khuyến học.") == [
        (1, None, "ngày lương", "Các cấp hội vận động hội viên")
    ]
    assert [(lo, unit) for lo, _, unit, _ in _quotas("Mỗi đoàn viên đóng góp ít nhất 02 ngày công.")] == [(2, "ngày công")]
    # counter-example: days alone are a time, not a count
    assert _quotas("Mỗi đoàn viên tham gia ít nhất 02 ngày.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    list(zip(_numbers_data("number_words")["after_verbs_examples"], [(1, "hội viên"), (2, "giáo viên dự thi")], strict=True)),
)
def test_a_number_word_after_a_selection_verb_is_a_count(sentence: str, expected: tuple[int, str]) -> None:
    # NUMBER_WORD_AFTER_SELECTION (the probe's pf11 "cử một em chỉ huy"): own sentences in its form
    assert [(lo, hi, unit) for lo, hi, unit, _ in _quotas(sentence)] == [(expected[0], expected[0], expected[1])]


@pytest.mark.parametrize("sentence", _numbers_data("number_words")["after_verbs_counter_examples"])
def test_an_article_or_a_year_after_a_selection_verb_is_no_count(sentence: str) -> None:
    # "một số", "một trong", "một cách", "một phần", "mỗi một", "năm học": no count
    assert _quotas(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # SHARE_REACHED, c111 and c120: a share after "đến"/"tới" is how far the work must reach
        (" Xây dựng Kế hoạch và hướng dẫn, quán triệt đến 100% tổ chức đoàn trực\nthuộc.", [(100, 100)]),
        ("II. ĐỊA BÀN TRIỂN KHAI: Đồng loạt triển khai trên toàn quốc tới 100%\n\nĐoàn cơ sở khu vực đô thị.\n", [(100, 100)]),
        # counter-examples: a reach reported as done; the same share with no "đến" and no target word
        ("Năm 2024 đơn vị đã quán triệt đến 100% cán bộ, đảng viên.", []),
        ("Đơn vị quán triệt 100% cán bộ, đảng viên.", []),
    ],
)
def test_a_share_the_work_must_reach_is_a_target(sentence: str, expected: list[tuple[int, int]]) -> None:
    assert [(lo, hi) for lo, hi, _, _ in _quotas(sentence)] == expected


@pytest.mark.parametrize("sentence", _numbers_data("targets")["each_examples"])
def test_a_count_for_each_member_is_an_allocation(sentence: str) -> None:
    # DISTRIBUTIVE_EACH (the probe's pi07, pf03 in our own words): "mỗi X <any verb> N Y" gives each X its count
    got = _quotas(sentence)
    assert len(got) == 1 and got[0][0] == got[0][1] and got[0][3] is not None and "ỗi" in got[0][3]


@pytest.mark.parametrize("sentence", _numbers_data("targets")["each_counter_examples"])
def test_each_with_a_hint_a_time_a_report_or_without_each_sets_no_quota(sentence: str) -> None:
    # "mỗi ô ghi 1 chữ số" (c101, a form hint), "mỗi chặng 6 tháng" (c127, a time), "đã tổ chức" (a report), no "mỗi"
    assert _quotas(sentence) == []


def test_each_before_a_selection_verb_keeps_its_reading() -> None:
    # pi07's form (our words): a verb that is no target word ("trang trí"), "mỗi" inside the subject
    got = _quotas("Các trung tâm mỗi đơn vị trang trí 1 xe hoa tham gia diễu hành.")
    assert [(lo, hi, unit) for lo, hi, unit, _ in got] == [(1, 1, "xe hoa")]


def test_two_rates_with_long_names_are_two_targets() -> None:
    # RATE_NAME_IS_WHO, n001: a rate's name is who, however long and ending on its year; with a null subject the two
    # 90% targets were deduplicated into one
    text = (
        "a) Mục tiêu\n- Tỷ lệ giải ngân kế hoạch đầu tư vốn ngân sách nhà nước năm 2026 đạt trên 90%.\n"
        "- Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ "
        "công đạt tối thiểu 90%.\n"
    )
    record = parse_text(text)
    assert [(q.min, q.subject) for q in record.quotas] == [
        (90, "Tỷ lệ giải ngân kế hoạch đầu tư vốn ngân sách nhà nước năm 2026"),
        (90, "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công"),
    ]


def test_an_index_label_is_still_no_subject() -> None:
    # counter-example of RATE_NAME_IS_WHO: a label ending on its index ("Chỉ tiêu 3") is no subject
    assert _quotas("Chỉ tiêu 3: 250 nghìn ý tưởng, sáng kiến.")[0][3] is None


@pytest.mark.parametrize("sentence", _numbers_data("targets")["breakdown_examples"])
def test_the_counts_that_break_a_target_down_are_targets(sentence: str) -> None:
    # LIST_BREAKDOWN, c113: "… ít nhất 2.000 …, trong đó có 100 …, 250 …"
    assert [(lo, hi) for lo, hi, _, _ in _quotas(sentence)] == [(2000, None), (100, 100), (250, 250)]


@pytest.mark.parametrize("sentence", _numbers_data("targets")["breakdown_counter_examples"])
def test_a_breakdown_needs_a_quota_before_it(sentence: str) -> None:
    # c105's criterion "trong đó có 01 lần …" follows no quota; a count after a full stop is a sentence of its own
    assert [(lo, hi) for lo, hi, _, _ in _quotas(sentence) if lo != 2000] == []


_AIM_ITEMS = "II. MỤC TIÊU, CHỈ TIÊU\n4. Hỗ trợ ít nhất 2.000 thanh niên khởi nghiệp.\n5. 100.000 thanh niên được trang bị kiến thức, tập huấn nâng cao năng lực về khởi nghiệp.\n"


def test_a_count_opening_an_item_of_the_aims_is_a_target() -> None:
    # COUNT_OPENS_AIM_ITEM, c113: under "MỤC TIÊU, CHỈ TIÊU" an item opening with a count sets a figure to reach
    text = "KẾ HOẠCH\nThực hiện chương trình hỗ trợ thanh niên khởi nghiệp năm 2025\n" + _AIM_ITEMS
    assert (100_000, 100_000) in [(q.min, q.max) for q in parse_text(text).quotas]


def test_a_count_opening_an_item_of_a_report_is_no_target() -> None:
    # counter-example: the same item under a report's results heading (no aims part) is a figure reported
    text = "BÁO CÁO\nKết quả năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\n5. 100.000 thanh niên được trang bị kiến thức, tập huấn nâng cao năng lực về khởi nghiệp.\n"
    assert parse_text(text).quotas == []


@pytest.mark.parametrize("sentence", _numbers_data("targets")["label_examples"])
def test_a_count_after_a_quantity_label_is_asked_for(sentence: str) -> None:
    # QUANTITY_LABEL: the "Số lượng:" slot of a plan (c125, the probe's pf11), filled with an exact count (own sentences)
    got = _quotas(sentence)
    assert len(got) == 1 and got[0][0] == got[0][1] is not None


@pytest.mark.parametrize("sentence", _numbers_data("targets")["label_counter_examples"])
def test_a_quantity_without_its_label_s_colon_or_reported_is_no_quota(sentence: str) -> None:
    # c101: "số lượng … là 5.000" (a fact), "số lượng nhiều hơn 3 lần: 5.000 x 3" (a worked example); "đã tham dự"
    assert _quotas(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # QUOTED_COUNTED_NAME, the probe's pi03 (our words): the quoted name is what is counted
        ("Các xã đăng ký 1-2 “Tuyến đường hoa nông thôn mới”.", [(1, 2, "Tuyến đường hoa nông thôn mới")]),
        ('Mỗi chi đoàn xây dựng 01 "Công trình thanh niên".', [(1, 1, "Công trình thanh niên")]),
        # counter-examples: a number inside the name, a year before a name, an index before a quoted heading
        ('Các chi đoàn hưởng ứng phong trào "3 không" của huyện.', []),
        ("Triển khai chủ đề năm 2022 “Năm Dân vận khéo”.", []),
        ("Ghi như nội dung mục 11 “trình độ hiện nay” trong lý lịch.", []),
    ],
)
def test_a_count_before_a_quoted_name_counts_the_named_things(sentence: str, expected: list[tuple[int, int, str]]) -> None:
    assert [(lo, hi, unit) for lo, hi, unit, _ in _quotas(sentence)] == expected


@pytest.mark.parametrize("sentence", _numbers_data("not_quota")["person_examples"])
def test_a_comrade_or_a_solution_is_counted_not_money_or_a_prize(sentence: str) -> None:
    # PERSON_NOT_MONEY: "đồng chí" is no "đồng", "giải pháp" no "giải" (own sentences in the directives' forms)
    got = _quotas(sentence)
    assert len(got) == 1 and got[0][0] == got[0][1] == 2 and got[0][2] in ("đồng chí", "giải pháp")


@pytest.mark.parametrize("sentence", _numbers_data("not_quota")["person_counter_examples"])
def test_an_exact_sum_or_prize_stays_vetoed_even_for_each(sentence: str) -> None:
    assert _quotas(sentence) == []


def test_a_bound_before_each_bounds_the_count() -> None:
    # BOUND_BEFORE_EACH, c113: "ít nhất mỗi tỉnh, thành phố 01 hợp tác xã …" → 1/None
    text = "Cấp tỉnh, thành phố tiếp tục duy trì và hỗ trợ thành lập ít nhất mỗi tỉnh, thành phố 01 hợp tác xã do thanh niên làm chủ."
    assert [(lo, hi, unit) for lo, hi, unit, _ in _quotas(text)] == [(1, None, "hợp tác xã do thanh niên làm chủ")]


@pytest.mark.parametrize("sentence", _numbers_data("targets")["and_examples"])
def test_the_next_count_joined_by_and_is_a_target(sentence: str) -> None:
    # LIST_BREAKDOWN with "và" alone (own sentence)
    assert [(lo, hi) for lo, hi, _, _ in _quotas(sentence)] == [(3, 3), (1, 1)]


@pytest.mark.parametrize("sentence", _numbers_data("targets")["by_year_examples"])
def test_a_share_to_reach_by_a_year_is_a_target(sentence: str) -> None:
    # SHARE_BY_YEAR (own sentences; c121 and n004 print the form with a target word of their own too)
    got = _quotas(sentence)
    assert len(got) == 1 and got[0][2] == "%" and got[0][0] == got[0][1]


@pytest.mark.parametrize("sentence", _numbers_data("targets")["by_year_counter_examples"])
def test_a_share_as_of_a_year_or_over_a_period_or_done_is_no_target(sentence: str) -> None:
    assert _quotas(sentence) == []


def test_a_share_by_a_year_inside_brackets_is_read() -> None:
    # c139: "Phấn đấu đạt các mục tiêu Nghị quyết 57 đề ra đến năm 2030 (chi cho R&D đạt 2% GDP, …)" — gold 2/2 %
    text = "Phấn đấu đạt các mục tiêu Nghị quyết 57 đề ra đến năm 2030 (chi cho R&D đạt 2% GDP, nhân lực R&D đạt 12 người/1 vạn dân)."
    assert (2, 2, "%") in [(lo, hi, unit) for lo, hi, unit, _ in _quotas(text)]


@pytest.mark.parametrize("text", _numbers_data("not_quota")["topic_examples"])
def test_a_count_in_the_topic_line_is_no_quota(text: str) -> None:
    # TOPIC_LINE_IS_NO_QUOTA, the probe's ph11 (our words): a number in the trích yếu names the topic
    assert _quotas(text) == []


def test_the_same_count_in_the_body_is_read() -> None:
    # counter-example: after "Kính gửi", the body's own target is read
    text = "V/v tổ chức tuyên dương các điển hình\n\nKính gửi: Các đơn vị\n\nPhấn đấu phát triển 15.000 hợp tác xã."
    assert [(lo, hi) for lo, hi, _, _ in _quotas(text)] == [(15000, 15000)]


@pytest.mark.parametrize(("sentence", "side"), _numbers_data("bounds")["direction_examples"])
def test_not_higher_bounds_from_above_and_not_lower_from_below(sentence: str, side: str) -> None:
    # NOT_HIGHER_NOT_LOWER (own sentences): "không cao hơn 3%" is at most 3, not "more than 3"
    [(lo, hi, unit, _)] = _quotas(sentence)
    assert unit == "%" and ((lo, hi) == (None, 3) if side == "max" else (lo, hi) == (95, None))


def test_each_with_a_bound_the_grammar_did_not_take_is_no_exact_count() -> None:
    # DISTRIBUTIVE_EACH's guard: a bound word between "mỗi" and the number never makes an exact count
    assert _quotas("Mỗi đơn vị tổ chức tối thiểu, nếu có thể, 02 buổi.") == []


# --- session 29 (i29-quota): the standard forms of a quota, each pinned both ways ---------------------------------------


@pytest.mark.parametrize("sentence", _numbers_data("targets")["ask_examples"])
def test_a_share_right_after_the_ask_is_a_target(sentence: str) -> None:
    # ASK_THEN_SHARE: "Yêu cầu / Đề nghị 100% …" (own sentences in NĐ 30's standard ask; no dev text prints it)
    assert [(lo, hi, unit) for lo, hi, unit, _ in _quotas(sentence)] == [(100, 100, "%")]


@pytest.mark.parametrize("sentence", _numbers_data("targets")["ask_counter_examples"])
def test_a_share_asked_and_reported_or_a_count_asked_is_no_target(sentence: str) -> None:
    assert _quotas(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    list(zip(_numbers_data("targets")["per_holder_examples"], [(1, "đội/đơn vị"), (1, "bài/tháng"), (2, "giáo viên/trường")], strict=True)),
)
def test_a_count_per_holder_or_per_period_is_an_allocation(sentence: str, expected: tuple[int, str]) -> None:
    # PER_HOLDER_RATE: "N X/<holder>" is the written form of "mỗi <holder> N X" (own sentences)
    assert [(lo, hi, unit) for lo, hi, unit, _ in _quotas(sentence)] == [(expected[0], expected[0], expected[1])]


@pytest.mark.parametrize("sentence", _numbers_data("targets")["per_holder_counter_examples"])
def test_money_per_head_a_reported_rate_or_no_holder_is_no_allocation(sentence: str) -> None:
    # SLASH_ENDS_HEAD: "đồng/người/năm" is money (its head ends at "/"); "đã" reports; "/1 vạn dân" names no holder
    assert _quotas(sentence) == []


@pytest.mark.parametrize("sentence", _numbers_data("not_quota")["parts_examples"])
def test_lines_of_writing_and_chapters_are_no_quota(sentence: str) -> None:
    # FORMAT_LINES (README D11) and DOCUMENT_PARTS (own sentences)
    assert _quotas(sentence) == []


@pytest.mark.parametrize("sentence", _numbers_data("not_quota")["parts_counter_examples"])
def test_a_programme_or_a_clan_is_counted(sentence: str) -> None:
    # "chương trình", "dòng họ": compounds whose first syllable is a vetoed unit
    assert [(lo, hi) for lo, hi, _, _ in _quotas(sentence)] == [(2, 2)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # SOFT_BOUND_ON_COUNT (own sentences): "trên"/"hơn" before a count the sentence sets as a target
        ("Mỗi xã vận động trên 50 hộ gia đình đăng ký tham gia.", [(50, None)]),
        ("Phấn đấu có hơn 200 đoàn viên tham gia hiến máu tình nguyện.", [(200, None)]),
        # counter-examples: no target ("on 63 provinces"; a fact), and an exact count keeps its two ends
        ("Chương trình được triển khai trên 63 tỉnh, thành phố.", []),
        ("Xã có trên 50 hộ nghèo.", []),
        ("Mỗi xã vận động 50 hộ gia đình đăng ký tham gia.", [(50, 50)]),
    ],
)
def test_over_a_count_set_as_a_target_bounds_it_from_below(sentence: str, expected: list[tuple[int, int | None]]) -> None:
    assert [(lo, hi) for lo, hi, _, _ in _quotas(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # UNIT_THEN_AT_LEAST (own sentences): "(từ) N X trở lên", the standard form of "ít nhất N X"
        ("Mỗi xã xây dựng từ 03 mô hình trở lên.", [(3, None, "mô hình")]),
        ("Mỗi chi đoàn giới thiệu 02 đoàn viên trở lên tham gia tập huấn.", [(2, None, "đoàn viên")]),
        # counter-examples: a condition (the form c103 and c105 print, our words: no target word), a share's own bound
        ("Chi bộ có từ 3 đảng viên chính thức trở lên thì bầu bí thư.", []),
        ("Phấn đấu đạt 80% trở lên số hộ gia đình được cấp nước sạch.", [(80, None, "%")]),
    ],
)
def test_at_least_after_the_counted_noun_bounds_it_from_below(sentence: str, expected: list[tuple[int, int | None, str]]) -> None:
    assert [(lo, hi, unit) for lo, hi, unit, _ in _quotas(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ISSUER_ORGAN_AFTER_ITEM_NUMBER (own sentence): the issuer's choice in a numbered item is no quota
        ("1. Ban Tổ chức sẽ chọn 20 tác phẩm xuất sắc để trao giải.", []),
        # counter-example: the recipients' choice in a numbered item is
        ("1. Các đơn vị chọn 02 tác phẩm xuất sắc gửi về Ban Tổ chức.", [(2, 2)]),
    ],
)
def test_the_issuer_s_choice_in_a_numbered_item_is_no_quota(sentence: str, expected: list[tuple[int, int]]) -> None:
    assert [(lo, hi) for lo, hi, _, _ in _quotas(sentence)] == expected


# n004's Chỉ tiêu item (a real snippet): "tại 100% nhà trường" has no target word of its own
_N004_TARGET_ITEM = (
    "- Trên 80% các cơ quan truyền thông chủ lực đa phương tiện và cơ quan báo chí có lượng độc giả lớn có chuyên trang, "
    "chuyên mục, chuyên đề về phòng, chống ma túy; phấn đấu tổ chức tuyên truyền, phổ biến, giáo dục pháp luật, kiến thức, "
    "kỹ năng về phòng, chống ma túy cho người học tại 100% nhà trường và trên 70% người lao động tại các khu công nghiệp, "
    "khu chế xuất.\n"
)


def test_a_share_in_the_targets_part_is_a_target() -> None:
    # AIM_PART_SHARE, n004: under "II. CHỈ TIÊU CHỦ YẾU …" every share is a figure to reach (README D8, D14)
    text = "KẾ HOẠCH\nThực hiện công tác phòng, chống ma túy\nII. CHỈ TIÊU CHỦ YẾU THỰC HIỆN ĐẾN NĂM 2030\n" + _N004_TARGET_ITEM
    assert [(q.min, q.max) for q in parse_text(text).quotas] == [(80, None), (100, 100), (70, None)]


def test_a_share_in_a_report_part_needs_a_target_word() -> None:
    # counter-example: the same item under a report's results heading keeps only its bounded shares
    text = "BÁO CÁO\nKết quả năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\n" + _N004_TARGET_ITEM
    assert (100, 100) not in [(q.min, q.max) for q in parse_text(text).quotas]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    list(zip(_numbers_data("bounds")["at_least_examples"], [[(8, None)], [(8, 12)]], strict=True)),
)
def test_from_n_upwards_after_a_verb_or_a_label_is_a_lower_bound(sentence: str, expected: list[tuple[int, int | None]]) -> None:
    # AT_LEAST_SLOT: c120's and c125's "ít nhất 08 …", "Tối thiểu 08 phút" printed "từ 08 … trở lên" (scripts/variants.py
    # at_least_after); no target word needed, as "ít nhất" needs none
    from directive_parser.extractors.quotas import _merge_bounds

    got = _merge_bounds(find_quotas(normalize_text(sentence)))
    assert [(q.min, q.max) for q in got] == expected


@pytest.mark.parametrize("sentence", _numbers_data("bounds")["at_least_counter_examples"])
def test_from_n_upwards_after_have_is_a_condition(sentence: str) -> None:
    assert _quotas(sentence) == []


@pytest.mark.parametrize("name", ["bound_swap", "bound_formal", "at_least_after"])
def test_the_bound_rewrites_keep_the_bounds(name: str) -> None:
    # scripts/variants.py's i29-quota rewrites, on 000's sentence: the quota read stays 3/None
    import sys

    sys.path.insert(0, str(CORPUS.parent / "scripts"))
    import variants

    sentence = "Mỗi xã xây dựng nông thôn mới kiểu mẫu xây dựng ít nhất 03 mô hình “Dân vận khéo”."
    rewritten = variants.TRANSFORMS[name](sentence)
    assert rewritten != sentence
    assert [(lo, hi) for lo, hi, _, _ in _quotas(rewritten)] == [(3, None)]


_CALL_HEAD = "CÔNG VĂN\nV/v cử đại biểu dự hội nghị\nKính gửi: Các xã.\n1. Phân bổ số lượng đại biểu như sau:\n\n"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # TABLE_COUNT_COLUMN (own tables: no dev text prints an allocation table): each row's count, its body the subject
        (_numbers_data("table_counts")["examples"][0], [(5, "Số lượng", "Xã Đông Hòa"), (7, "Số lượng", "Xã Đông Tiến")]),
        ("TT\tĐơn vị\tSố đại biểu\tGhi chú\n1\tXã Đông Hòa\t05\t\n2\tXã Đông Tiến\t07\tNữ 02\n", [(5, "đại biểu", "Xã Đông Hòa"), (7, "đại biểu", "Xã Đông Tiến")]),
        ("STT | Đơn vị | Chỉ tiêu (đảng viên)\n1 | Đảng bộ xã Đông Hòa | 10\n", [(10, "đảng viên", "Đảng bộ xã Đông Hòa")]),
        ("| STT | Đơn vị | Số lượng |\n| 1 | Huyện đoàn | 10 người |\n| 2 | Xã Đông Tiến | Theo thực tế |\n", [(10, "người", "Huyện đoàn")]),
        # counter-examples: a result column, a table of persons and phone numbers, money, a task table
        *[(t, []) for t in _numbers_data("table_counts")["counter_examples"]],
        ("STT | Nội dung | Định mức (đồng)\n1 | Hỗ trợ đại biểu | 200.000\n", []),
        ("STT | Nội dung | Đơn vị chủ trì | Thời gian\n1 | Tổ chức hội nghị | Phòng Văn hóa | Tháng 4/2025\n", []),
    ],
)
def test_a_count_column_gives_each_row_its_count(table: str, expected: list[tuple[int, str, str]]) -> None:
    got = parse_text(_CALL_HEAD + table + "\nNơi nhận:\n- Như trên.\n").quotas
    assert [(q.min, q.unit, q.subject) for q in got if q.min == q.max] == expected


def test_a_report_s_count_column_is_no_allocation() -> None:
    # counter-example: the same table in a Báo cáo counts what was done
    table = _numbers_data("table_counts")["examples"][0]
    report = "BÁO CÁO\nKết quả cử đại biểu dự hội nghị\nKính gửi: Ban Thường vụ Huyện ủy.\n1. Số lượng đại biểu đã cử:\n\n"
    record = parse_text(report + table + "\nNơi nhận:\n- Như trên.\n")
    assert record.document_type == "Báo cáo" and record.quotas == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # BOUNDS_SHARE_NOUN (own sentences): a bare lower bound takes the noun its upper bound names, and the two join
        ("Mỗi cơ sở đăng ký tối thiểu 01 và tối đa 03 sản phẩm.", [(1, 3, "sản phẩm")]),
        ("Mỗi cơ sở đăng ký tối thiểu 01, tối đa 03 sản phẩm.", [(1, 3, "sản phẩm")]),
        # counter-examples: no opposite bound after the bare one; c125's pair with a noun on each side, as before
        ("Mỗi cơ sở đăng ký tối thiểu 01 và 03 sản phẩm.", [(3, 3, "sản phẩm")]),
        ("+ Thời lượng: Tối thiểu 08 phút; tối đa không quá 12 phút.", [(8, 12, "phút")]),
        # EACH_ENDS_UNIT (own sentence): "mỗi năm" is the period, not the counted noun
        ("Mỗi chi hội tổ chức ít nhất 02 buổi sinh hoạt mỗi năm.", [(2, None, "buổi sinh hoạt")]),
    ],
)
def test_a_bare_bound_shares_the_noun_of_its_partner(sentence: str, expected: list[tuple[int | None, int | None, str]]) -> None:
    from directive_parser.extractors.quotas import _merge_bounds

    got = _merge_bounds(find_quotas(normalize_text(sentence)))
    assert [(q.min, q.max, q.unit) for q in got] == expected
