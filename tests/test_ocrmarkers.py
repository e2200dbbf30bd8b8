"""List markers a scan's OCR misread, read again by their run (loaders/ocrmarkers.py; issue 11 × 13, session 19).

Each snippet is a dev scan's OCR as `scripts/ocrcached.py` reads it (the page text, lines as read).
"""

from __future__ import annotations

import pytest

from directive_parser.loaders.ocrmarkers import repair_markers
from directive_parser.normalize import normalize
from directive_parser.pipeline import parse_source
from directive_parser.source import SourceDocument

# c150's scan, section 6: "d)" read "4)", so "đ)" and "e)" lost the chairmen the heading names.
C150 = """\
6. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:
a) Đẩy mạnh thực hiện việc lập quy hoạch tổng thể và quy hoạch chi tiết
làm cơ sở để triển khai các dự án bất động sản hiệu quả, phù hợp, đồng bộ, hiện
đại.
b) Khẩn trương ban hành đầy đủ bảng giá đất và các nội dung khác được
quy định chi tiết trong Luật Đất đai và văn bản hướng dẫn thi hành.
c) Tích cực chỉ đạo rà soát và xác định rõ số lượng hồ sơ đất đai còn tồn
đọng, nguyên nhân, giải pháp và chỉ rõ trách nhiệm của tổ chức, cá nhân liên quan.
4) Quyết Hệt chỉ đạo các Sở, Ban, ngành rà soát những dự án đã có quyết
định giao đất, không có vướng mắc nhưng chủ đầu tư không triển khai hoặc triển
khai chậm tiến độ.
đ) Đây mạnh công tác theo dõi, giám sát tỉnh hình thị trường bất động sản
tại địa phương đề kịp thời có biện pháp, giải pháp phù hợp õ ổn định tình hình, giữ
cho thị trường phát triển an toàn, lành mạnh, bền vững.

e) Tiếp tục duy trì và tăng cường hoạt động của Ban chỉ đạo chống thất thu
và thu hồi nợ đọng thuế.
"""


def _read(text: str) -> list[tuple[str, str]]:
    return [(r.read, r.repaired) for r in repair_markers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MARKER_BY_NEIGHBOURS, a digit for a letter (c150's scan)
        (C150, [("4", "d")]),
        # NUMBER_COMMA_READ: 002's render (s300, every page): item 2.'s stop read as a comma, the item lost
        ("1. Tăng cường công tác tuyên truyền, quán triệt các quan điểm, chủ trương, chỉ thị,\n"
         "2, Chỉ đạo nâng cao chất lượng xây dựng đảng bộ, cơ quan, đơn vị “Dân vận\n"
         "3. Căn cứ nội dung Hướng dẫn số 09-HD/HU ngày 17/8/2022 của Ban Thường vụ", [("2,", "2.")]),
        # two letters for one (c157's scan: "d)" read "đd)")
        (
            "c) Về quản lý, sử dụng tài sản công:\nđộ theo kế hoạch.\n"
            "đd) Về quản lý tài nguyên, khoáng sản, đặc biệt là đối với đất đai: Tăng\n"
            "đ) Về quản lý, sử dụng lao động:",
            [("đd", "d")],
        ),
        # a speck before the letter read for another letter (c150's scan: "c)" read ".e)")
        (
            "a) Chỉ đạo Cơ quan thu tăng cường các giải pháp quản lý thu\nb) Rà soát, đôn đốc nộp kịp thời vào NSNN\n"
            ".e) Tiếp tục thực hiện nghiêm chỉ đạo về tăng cường kỷ luật, kỷ cương tài\n"
            "d) Chỉ đạo Cơ quan thuế khẩn trương phối hợp",
            [(".e", "c")],
        ),
        # the double of the next marker (c143's scan: "c)" / "đ)" / "đ)")
        (
            "c) Hướng dẫn các quy định về môi trường khi sử dụng cát biển\n"
            "đ) Khẩn trương rà soát, trình ban hành Nghị định sửa đổi, bổ sung\n"
            "đ) Giải quyết kiến nghị của Ủy ban nhân dân tỉnh An Giang",
            [("đ", "d")],
        ),
        # a numbered item (c143's scan: "8." read "§.")
        (
            "7. Về một số nội dung cụ thể:\n§. Các cơ quan chủ quản, chủ đầu tư, ban quản lý dự án: (ï) yêu cầu\n"
            "9. Đề nghị các đồng chí Bí thư Tỉnh ủy, Thành ủy",
            [("§", "8")],
        ),
        # a step (c130's scan: "Bước 5:" read "Bước 5Š:", the step after it on the next page)
        (
            "— Bước 4: Khoa phổ biến và hướng dẫn có vẫn học tập và sinh viên được chọn mẫu.\n"
            "— Bước 5Š: Sinh viên truy cập hệ thống khảo sát trực tuyến băng đường dẫn/tài khoản\n"
            "hoàn thành, gửi phiếu khảo sát trên hệ thống.\n\n"
            "- Bước 6: Các khoa phối hợp theo dõi, đôn đốc sinh viên được chọn mẫu hoàn thành",
            [("5Š", "5")],
        ),
        # MARKER_LOOKALIKE: "ø" after "e)" is "g)" (n053's scan), "©" after "b)" is "c)" (c150's scan)
        (
            "e) Tăng cường công tác tuyên truyền\nø) Củng cố, kiện toàn đội ngũ giám định viên tư pháp, các tổ chức giám",
            [("ø", "g")],
        ),
        ("b) Đôn đốc các địa phương khẩn trương\n©) Tăng cường thanh tra, kiểm tra, xử lý vi phạm", [("©", "c")]),
    ],
    ids=["c150-digit", "002-render-comma", "c157-two-letters", "c150-speck", "c143-double", "c143-number", "c130-step", "n053-lookalike",
         "c150-lookalike"],
)
def test_a_misread_marker_is_read_by_its_run(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a nested numbered item between two letters: no place between "a" and "b"
        "a) Tổ chức tuyên truyền\n1) Lập danh sách các đơn vị\nb) Báo cáo kết quả",
        # a new form's second item after the first form's last, its "1." unread (002's scan)
        "7. Kết quả dự kiến:\n2. Thuộc lĩnh vực:\n9. Thời gian thực hiện:",
        # a new list's "a)" between the last list's "d)" and a misread "e)" (c143's scan)
        "d) Ủy ban nhân dân tỉnh Đồng Tháp hoàn thành các thủ tục cấp mỏ\n7. Về một số nội dung cụ thể:\n"
        "a) Về ý kiến của tỉnh Sóc Trăng liên quan đến khai thác cát\ne) Về kiến nghị của tỉnh Bến Tre",
        # neighbours two places apart: "8." or "9."? (n051's scan)
        "7. Thanh tra tỉnh: Thanh tra, kiểm tra các khâu tổ chức Kỳ thi\nö. Tỉnh đoàn Quảng Ngãi: Chỉ đạo Ban Chấp hành\n"
        "10. Chủ tịch UBND các huyện, thị xã, thành phố",
        # a look-alike not after the letter before its letter
        "a) Tổ chức hội nghị\nø) Củng cố, kiện toàn đội ngũ",
        # a sentence's last word of two letters at a line's start is no numbered marker
        "1. Tổ chức thực hiện tại các đơn\nvị. Các đơn vị báo cáo\n3. Giao Sở Nội vụ",
        # a clean run
        "a) Tổ chức\nb) Báo cáo\nc) Kiểm tra",
        # NUMBER_COMMA_READ off its run: 002's scan, a form's "2, Thuộc lĩnh vực:" after the last form's "5." (its "1."
        # unread); c150's scan "5. …" / "7, Các Bộ, …" / "8. …" (the "6," between them read with a speck, no neighbour)
        "5. Thời gian thực hiện:\n2, Thuộc lĩnh vực:\n3. Đăng ký mô hình, điển hình ở cấp:",
        "5. Ngân hàng Nhà nước Việt Nam chủ trì\n_ 6, Chủ tịch Ủy ban nhân dân các tỉnh\n7, Các Bộ, cơ quan ngang Bộ\n8. Thủ tướng",
    ],
    ids=["nested", "002-new-form", "c143-new-list", "n051-two-apart", "lookalike-alone", "word-and-stop", "clean",
         "002-comma-new-form", "c150-comma-two-apart"],
)
def test_a_marker_is_read_again_only_between_its_neighbours(text: str) -> None:
    assert _read(text) == []


def test_only_an_ocrd_text_s_markers_are_read_again_and_each_repair_is_recorded() -> None:
    scanned = SourceDocument(text=C150, format="pdf", ocr_words={1: [("6.", 95.0)]})
    text = normalize(scanned)
    assert "\nd) Quyết Hệt chỉ đạo" in text.text
    assert "4) Quyết Hệt" in scanned.text  # the text as read is kept; the working copy maps back onto it
    start = text.text.index("\nd) Quyết") + 1
    assert scanned.text[text.src[start] : text.src[start] + 2] == "4)"
    assert scanned.ocr_repairs == ["'4' → 'd' (the list marker between 'c' and 'đ')"]
    normalize(scanned)
    assert len(scanned.ocr_repairs) == 1  # normalised again, recorded once
    typed = SourceDocument(text=C150, format="text")
    assert "4) Quyết Hệt" in normalize(typed).text
    assert typed.ocr_repairs == []


def test_the_items_after_a_misread_marker_keep_their_heading_s_responsible() -> None:
    """c150's scan: with "4)" read "d)", the items "đ)" and "e)" are the chairmen's duties (the gold's); with the
    marker as read they were lost (the same text without OCR words: no repair)."""
    chairmen = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    record = parse_source(SourceDocument(text=C150, format="pdf", ocr_words={1: [("6.", 95.0)]}))
    found = {o.action.split()[0]: o.responsible for o in record.obligations}
    assert found.get("Đây") == chairmen
    assert found.get("Tiếp") == chairmen
    as_read = parse_source(SourceDocument(text=C150, format="pdf"))
    assert {o.action.split()[0] for o in as_read.obligations} == {"Đẩy", "Khẩn", "Tích"}


def test_a_copy_someone_else_ocrd_has_its_markers_read_again_too() -> None:
    """n053's text copy (a scan OCR'd elsewhere, given as text; `reads_as_ocr` takes it for OCR output) prints
    "e) …" / "ø) Củng cố, kiện toàn đội ngũ giám định viên tư pháp, …" as its scan does: the "g)" item is a duty."""
    from pathlib import Path

    from directive_parser.loaders import load_path

    source = load_path(Path(__file__).parent.parent / "corpus" / "n053.txt")
    record = parse_source(source)
    assert source.ocr_like
    assert "'ø' → 'g' (the list marker after 'e', 'ø' read for 'g')" in source.ocr_repairs
    assert any(o.action.startswith("Củng cố, kiện toàn đội ngũ giám định viên") for o in record.obligations)
    assert "\nø) Củng cố" in source.text  # the text as given is kept


# ROMAN_BY_RUN: the part markers of dev documents' typed originals rendered as scans (scripts/synthetic_scans.py
# s300 --seal --stamp --stamp-at real), as the OCR read them. n020: "I.", "II.", "III." read "L.", "I.", "II.".
N020_HEAD = """\
VĂN PHÒNG CHÍNH PHỦ
Số: 58/CĐ-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 01 năm 2026
CÔNG ĐIỆN
Phiên họp lần thứ nhât Ban Chỉ đạo quốc gia về dữ liệu.

VĂN PHÒNG CHÍNH PHỦ điện:
- Các đồng chí thành viên Ban Chỉ đạo quốc gia về dữ liệu;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ Phạm Minh Chính,
"""
N020 = """\
Văn phòng Chính phủ trân trọng kính mời Đồng chí dự Phiên họp lần thứ nhất
Ban Chỉ đạo quốc gia về dữ liệu.
Phiên họp do Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban
Chỉ đạo chủ trì.
Cùng dự họp có các Phó Thủ tướng Chính phủ.
L. Thời gian: 14 giờ 30 phút, ngày 12 tháng 01 năm 2026 (Thứ Hai).
I. Hình thức: Trực tiếp và trực tuyến.
II. Địa điểm: Trụ sở Chính phủ và Trụ sở Ủy ban nhân dân các tỉnh,
thành phố trực thuộc Trung ương.
1. Điểm cầu Trụ sở Chính phủ (Phòng Hội đàm, Tầng 2, Nhà 9 tầng):
Thành phần:
- Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo.
IV. Văn phòng Chính phủ trân trọng đề nghị:
1. Bộ Công an báo cáo kết quả thực hiện và một số nội dung trọng tâm
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (N020, [("L.", "I."), ("I.", "II."), ("II.", "III.")]),  # the anchor "IV." fourth
        # n021: the period dropped after "L"; "IH" read for "II" and for "III"
        ("L Thời gian: 14 giờ 30 phút, ngày 12 tháng 01 năm 2026 (Thứ Hai).\nIH. Hình thức: Trực tiếp và trực tuyến.\n"
         "IH. Địa điểm: Trụ sở Chính phủ và Trụ sở Ủy ban nhân dân các tỉnh,\n1. Điểm cầu Trụ sở Chính phủ\n"
         "IV. Văn phòng Chính phủ trân trọng đề nghị:", [("L", "I."), ("IH.", "II."), ("IH.", "III.")]),
        # n038 (HD 36's dashes): the third part after two clean ones
        ("I- HƯỚNG DẪN CHUNG\n1. Phạm vi điều chỉnh\nII- HƯỚNG DẪN CỤ THỂ\n1. Các thành phần thể thức bắt buộc\n"
         "IIl- TỔ CHỨC THỰC HIỆN\n1. Hướng dẫn này có hiệu lực từ ngày ký", [("IIl-", "III-")]),
        # n002 (its part III on a page not rendered): "H." second is "II."; "IV." after it is left as printed
        ("I. MỤC ĐÍCH, YÊU CẦU\nH. NỘI DUNG TRỌNG TÂM KIỂM TRA\nIV. ĐOÀN KIỂM TRA, ĐƠN VỊ ĐƯỢC KIỂM TRA\nV. TỔ CHỨC THỰC HIỆN",
         [("H.", "II.")]),
        # n007: "II." third before "IV." is "III."; the appendix's run restarts at "I." and is left alone
        ("I. ĐẶC ĐIỂM TÌNH HÌNH\nII. CÔNG TÁC QUÁN TRIỆT, LÃNH ĐẠO\nII. KẾT QUẢ THỰC HIỆN CHIẾN LƯỢC\nIV. ĐÁNH GIÁ CHUNG\n"
         "I. Những vấn đề thách thức đặt ra\nIH. Một số nhiệm vụ, giải pháp trọng tâm", [("II.", "III.")]),
        # ROMAN_BRACKET_READ, 001's render: "[." for part I, before a clean "II."
        ("khéo” đã được triển khai thực hiện thời gian qua, cụ thể như sau:\n[. Báo cáo kết quả thực hiện phong trào thi "
         "đua \"Dân vận khéo\" năm 2022\n1. Khái quát tình hình chung\nII. Giới thiệu các mô hình, điển hình \"Dân vận "
         "khéo”", [("[.", "I.")]),
        # ROMAN_BRACKET_READ, the real scan 002's form (HD 36's dashes): "HI-" for III, "[V-" for IV
        ("I- Lĩnh vực kinh tế (Xây dựng nông thôn mới; Phát triển kinh tế, nâng cao hiệu\nII- Lĩnh vực văn hóa - xã hội "
         "(Bảo vệ môi trường; vệ sinh an toàn thực phẩm; xây\nHI- Lĩnh vực Quốc phòng – an ninh (Phòng chống tệ nạn xã "
         "hội; bảo vệ an ninh\n[V- Lĩnh vực xây dựng hệ thống chính trị (Xây dựng khối đại đoàn kết toàn dân;",
         [("HI-", "III-"), ("[V-", "IV-")]),
    ],
    ids=["n020", "n021", "n038", "n002", "n007", "001-bracket", "002-scan-bracket"],
)
def test_a_misread_roman_part_marker_is_read_by_its_run(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\nI. Phụ lục\nII. Biểu mẫu",  # a run that restarts, clean
        "I. Mục đích\nL. Đặng Văn A\nII. Nội dung",  # a stray candidate: no anchor at its place
        "H. Nguyễn Văn A có trách nhiệm báo cáo",  # look-alikes alone, no clean figure in the run
        "1. Tổ chức tuyên truyền\n2. Báo cáo kết quả",  # numbered items are no candidates
        "V/v triển khai thực hiện\nI. MỤC ĐÍCH",
        "[V- Lĩnh vực xây dựng hệ thống chính trị",  # ROMAN_BRACKET_READ: a bracket alone, no clean figure in the run
    ],
    ids=["restart", "stray", "lookalikes-alone", "numbered", "vv", "bracket-alone"],
)
def test_a_roman_marker_is_read_again_only_by_a_run_with_a_clean_figure_at_its_place(text: str) -> None:
    assert _read(text) == []


def test_the_part_read_again_gives_its_time_to_the_duty() -> None:
    """n020's render: with "L." read "I.", the part "Thời gian: 14 giờ 30 phút, ngày 12 tháng 01 năm 2026" is the
    invitation's time again (the gold's due and deadline); the typed text's "L." is left as given."""
    record = parse_source(SourceDocument(text=N020_HEAD + N020, format="pdf", ocr_words={1: [("L.", 95.0)]}))
    duty = next(o for o in record.obligations if "dự Phiên họp" in o.action)
    assert duty.due is not None and "ngày 12 tháng 01 năm 2026" in duty.due
    assert any(d.date is not None and d.date.isoformat() == "2026-01-12" for d in record.deadlines)
    as_read = parse_source(SourceDocument(text=N020_HEAD + N020, format="pdf"))  # no OCR words: no repair
    # as read, the time went to the line before "L." ("Cùng dự họp có các Phó Thủ tướng Chính phủ.")
    assert next(o for o in as_read.obligations if "dự Phiên họp" in o.action).due is None
    typed = SourceDocument(text=N020, format="text")
    assert "\nL. Thời gian" in normalize(typed).text and typed.ocr_repairs == []
