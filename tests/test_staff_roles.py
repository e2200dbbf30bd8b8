"""STAFF_BY_ROLE (data/duties.toml [body_openers]): a commune office's plan gives its parts to its staff by role, on a
real snippet: the MTTQ committee of xã Lương Minh's plan 16/KH-MTTQ-BTT (18/11/2025; the tune set's qe02)."""

from __future__ import annotations

import pytest

from directive_parser import parse_text

HEAD = (
    "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 16/KH-MTTQ-BTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nLương Minh, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\nThực hiện công tác bầu cử đại biểu "
    "Quốc hội khóa XVI\n\nIII. TỔ CHỨC THỰC HIỆN\n"
)
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nNguyễn Văn An\n"


@pytest.mark.parametrize(
    ("heading", "who"),
    [
        ("6. Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội", "Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội"),
        ("3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"),
        ("7. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng", "Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"),
    ],
)
def test_a_part_given_to_a_staff_member_by_role(heading: str, who: str) -> None:
    items = (
        "- Chủ trì xây dựng kế hoạch và tổ chức thực hiện các nhiệm vụ cụ thể được phân công tại mục II Kế hoạch này.\n"
        "- Định kỳ tổng hợp, báo cáo tình hình dư luận xã hội liên quan đến công tác bầu cử theo yêu cầu của Ban Chỉ đạo.\n"
    )
    record = parse_text(HEAD + heading + "\n" + items + FOOT)
    # before: no body for either item (the role opened no body's name)
    assert [o.responsible for o in record.obligations] == [who, who]


def test_staff_named_in_a_statement_of_fact_have_no_duty() -> None:
    # counter-example: the role opening a sentence that reports what was done
    letter = (
        "UBND XÃ LƯƠNG MINH\nSố: 16/UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lương Minh, ngày 18 tháng 11 năm 2025\nV/v tổng kết\nKính gửi: Các thôn.\n\n"
        "Cán bộ, công chức xã đã hoàn thành tốt nhiệm vụ được giao trong năm 2024.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n"
    )
    assert parse_text(letter).obligations == []
