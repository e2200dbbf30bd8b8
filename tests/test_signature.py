"""Signer and distribution from real closing blocks."""

from __future__ import annotations

import pytest

from directive_parser import parse_text

CLOSINGS = [
    # c142: a bulleted item wraps onto an unbulleted line
    (
        "Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\n\n"
        "Nơi nhận:\n- Thủ tướng, PTTg Bùi Thanh Sơn (để b/c);\n- Các Bộ, cơ quan: KHĐT, TC, TP, XD, GTVT,\n"
        "NNPTNT, TNMT, CT, NHNN, NG, KHCN;\n- Lưu: VT, QHĐP.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Sỹ Hiệp",
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp"),
        ["Thủ tướng, PTTg Bùi Thanh Sơn (để b/c)", "Các Bộ, cơ quan: KHĐT, TC, TP, XD, GTVT, NNPTNT, TNMT, CT, NHNN, NG, KHCN", "Lưu: VT, QHĐP"],
    ),
    # Party, two columns kept apart: Nơi nhận first, then the signer
    (
        "Ban Dân vận Thành ủy trân trọng đề nghị các quận ủy, huyện ủy quan tâm phối hợp triển khai./.\n"
        "Nơi nhận:\n- Như trên,\n- Lưu.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nVũ Thị Thúy Nga\n",
        ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Vũ Thị Thúy Nga"),
        ["Như trên", "Lưu"],
    ),
    # Đoàn, bullets lost in PDF extraction; "TL." authority
    (
        "Văn bản góp ý của đơn vị gửi về Trung ương Đoàn trước ngày 04/8/2023 để tổng hợp.\n\n Trân trọng.\n\n"
        "Nơi nhận:\n Như kính gửi;\n Ban Bí thư TW Đoàn (để b/cáo);\n Lưu BTC, VP.\n\n"
        "TL. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nCHÁNH VĂN PHÒNG\n\nNguyễn Quốc Huy",
        ("TL. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "CHÁNH VĂN PHÒNG", "Nguyễn Quốc Huy"),
        ["Như kính gửi", "Ban Bí thư TW Đoàn (để b/cáo)", "Lưu BTC, VP"],
    ),
    # authority, position and name flattened onto one line
    (
        "Đề nghị các đơn vị triển khai thực hiện.\n\nTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ Đã ký Ngô Văn Cương\n",
        ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ", "Ngô Văn Cương"),
        [],
    ),
    # state, signer in own right (no authority line)
    (
        "Các Bộ, ngành, địa phương khẩn trương triển khai thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KTTH.\n\n"
        "THỦ TƯỚNG\n\nPhạm Minh Chính",
        (None, "THỦ TƯỚNG", "Phạm Minh Chính"),
        ["Như trên", "Lưu: VT, KTTH"],
    ),
]


@pytest.mark.parametrize("text,signer,distribution", CLOSINGS)
def test_closing_block(text: str, signer: tuple, distribution: list) -> None:
    record = parse_text(text)
    assert (record.signer.authority, record.signer.position, record.signer.name) == signer
    assert record.distribution == distribution


def test_the_decision_formula_is_not_an_authority_line() -> None:
    text = "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n"
    assert parse_text(text).signer.authority is None
