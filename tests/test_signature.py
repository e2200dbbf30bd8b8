"""Signer and distribution from real closing blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_parser import parse_file, parse_text

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


# n057's scan: the italic "Nơi nhận:" read "R-.46 (d0", the list left of the signature block; the
# OCR loader puts the block's lines after it. LIST_CLOSED_BY_LUU reads the list up from its "Lưu" item.
N057_CLOSING = (
    "Sở Giao thông vận tải tham mưu công bố đúng thời hạn (đối với các TTHC liên quan đến cấp Giấy phép "
    "vận chuyển hàng hóa nguy hiểm trên địa bàn tỉnh)./.\n"
    "R-.46 (d0\n- Như trên;\n- PCT UBND tỉnh:\n- VPUB: CVP, PCVP;\n- Cổng TTĐT tỉnh;\n- Lưu: VT, TTHC(Tm).\n\n"
    "'Cilt Ci‡C( L/LtÏL tthitlt}«l\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Quốc Việt\n"
)


def test_a_list_whose_heading_was_not_read_is_closed_by_its_luu_item() -> None:
    record = parse_text(N057_CLOSING)
    assert record.distribution == ["Như trên", "PCT UBND tỉnh", "VPUB: CVP, PCVP", "Cổng TTĐT tỉnh", "Lưu: VT, TTHC(Tm)"]
    assert (record.signer.authority, record.signer.position, record.signer.name) == ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Quốc Việt")


@pytest.mark.parametrize(
    "items",
    [
        "- Lưu: VT, TTHC(Tm).\n",  # a "Lưu" item alone: no run of items above it
        "- Như trên;\n\n- Lưu: VT.\n",  # a blank line parts the item from the "Lưu" item
        "- Như trên;\n- Cổng TTĐT tỉnh;\n",  # bulleted lines no "Lưu" item closes
    ],
)
def test_no_list_read_without_its_luu_run(items: str) -> None:
    text = "Các sở, ngành thực hiện./.\nR-.46 (d0\n" + items + "\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Quốc Việt\n"
    assert parse_text(text).distribution == []


# ARCHIVE_COPY_ITEM: "Lưu" the verb ("keep") with a lower-case object opens a checklist line of the
# body, no archive copy. The counter-examples are own sentences in the pattern of probe pd01 (a dash
# checklist under "… gồm:" read as a "Nơi nhận" list); the archive items are the forms of the dev
# lists ("- Lưu: VT, TTHC(Tm).", n057; "- Lưu VP, CNĐT.").
_CHECKLIST = "Đề nghị các trường rà soát hồ sơ thi đua năm học gồm:\n- Kế hoạch thi đua của trường\n- Biên bản họp hội đồng thi đua\n"


@pytest.mark.parametrize(
    "closing,distribution",
    [
        ("- Lưu các báo cáo sơ kết học kỳ (theo mẫu)\n", []),  # the verb with its object: a checklist line
        ("- lưu hồ sơ tại văn phòng trường\n", []),
        ("- Lưu: VT, TTHC(Tm).\n", ["Kế hoạch thi đua của trường", "Biên bản họp hội đồng thi đua", "Lưu: VT, TTHC(Tm)"]),
        ("- Lưu VP, CNĐT.\n", ["Kế hoạch thi đua của trường", "Biên bản họp hội đồng thi đua", "Lưu VP, CNĐT"]),
    ],
)
def test_a_checklist_line_with_the_verb_luu_is_no_archive_item(closing: str, distribution: list) -> None:
    text = N057_CLOSING.split("\n", 1)[0] + "\nR-.46 (d0\n" + _CHECKLIST.split("\n", 1)[1] + closing + "\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Quốc Việt\n"
    assert parse_text(text).distribution == distribution


@pytest.mark.parametrize("text,signer,distribution", CLOSINGS)
def test_closing_block(text: str, signer: tuple, distribution: list) -> None:
    record = parse_text(text)
    assert (record.signer.authority, record.signer.position, record.signer.name) == signer
    assert record.distribution == distribution


# SECOND_AUTHORITY_PAST_ITEMS: n035's closing with its two columns side by side, as a PDF copies it by height
# (scripts/variants.py closing_side_by_side): an item's cell stands between the two authority lines
N035_SIDE_BY_SIDE = (
    "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"
    "Nơi nhận:   TL. CHỦ TỊCH\n- Như thành phần;   KT. CHÁNH VĂN PHÒNG\n- CT, PCT UBND tỉnh;   PHÓ CHÁNH VĂN PHÒNG\n"
    "- VPUB: CVP, PCVP (KGVX), HC-QT;   Phùng Tô Long\n- Cổng TTĐT tỉnh;\n- Lưu: VT, KGVX.\n"
)


def test_a_second_authority_beside_an_item_is_still_the_authority() -> None:
    record = parse_text(N035_SIDE_BY_SIDE)
    assert (record.signer.authority, record.signer.position, record.signer.name) == (
        "TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Phùng Tô Long",
    )
    # counter-example: the same closing with its columns apart reads the same signer
    apart = N035_SIDE_BY_SIDE.replace("   TL. CHỦ TỊCH", "").replace("   KT. CHÁNH VĂN PHÒNG", "").replace("   PHÓ CHÁNH VĂN PHÒNG", "")
    apart = apart.replace("   Phùng Tô Long", "") + "\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nPhùng Tô Long\n"
    other = parse_text(apart)
    assert (other.signer.authority, other.signer.position, other.signer.name) == (
        record.signer.authority, record.signer.position, record.signer.name,
    )


def test_the_decision_formula_is_not_an_authority_line() -> None:
    text = "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n"
    assert parse_text(text).signer.authority is None


# --- the signer's column glued after the "Nơi nhận" column (text OCR'd line by line) ----------------
_BODY = "Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\n\n"


def test_glued_authority_and_position_after_the_items_c143() -> None:
    # c143.txt: the block's authority and position lines each end an item's line
    text = _BODY + (
        "Nơi nhận:\n\n- Thủ tướng, PTTg Trần Hồng Hà (để b/c); KT. BỘ TRƯỞNG, CHỦ NHIỆM\n\n"
        "- Các Bộ: GTVT, KHĐT, TC, CT, XD, TNMT, s\nKHCN, TTTT, NV, NN&PTNT; ZÁO : ¬PHÓ CHỦ NHIỆM\n\n"
        "- Ủy ban Quản lý vốn NN tại DN;\n\n- Lưu: VT, CN."
    )
    record = parse_text(text)
    assert (record.signer.authority, record.signer.position) == ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM")
    assert record.distribution[0] == "Thủ tướng, PTTg Trần Hồng Hà (để b/c)"
    assert "Ủy ban Quản lý vốn NN tại DN" in record.distribution


def test_glued_position_after_the_heading_and_after_specks() -> None:
    # c153.txt: "Nơi nhận: THỨ TRƯỞNG"; n055.txt: letters standing alone between ("Nơi nhận: : š x. CHỦ TỊCH")
    c153 = _BODY + "KT. BỘ TRƯỞNG\n\nNơi nhận: THỨ TRƯỞNG\n- Như Điều 3;\n- Bộ trưởng (để báo cáo);\n- Lưu: VT, Vụ HSSV."
    assert (parse_text(c153).signer.authority, parse_text(c153).signer.position) == ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    n055 = _BODY + "Nơi nhận: : š x. CHỦ TỊCH\n- Văn phòng Chính phủ (b/c);\n- CT, PCT UBND tỉnh;\n- Lưu: VT, KTN."
    record = parse_text(n055)
    assert record.signer.position == "CHỦ TỊCH"
    assert record.distribution == ["Văn phòng Chính phủ (b/c)", "CT, PCT UBND tỉnh", "Lưu: VT, KTN"]


def test_an_item_in_capitals_or_an_offices_units_are_not_glued_signers() -> None:
    # counter-examples: the item ends with its ";" (no line after it); units after an office's colon
    text = _BODY + "Nơi nhận:\n- PHÓ CHỦ TỊCH UBND TỈNH;\n- Các Bộ: GTVT, KHĐT, TC;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nĐặng Văn Minh"
    record = parse_text(text)
    assert (record.signer.position, record.signer.name) == ("CHỦ TỊCH", "Đặng Văn Minh")
    assert record.distribution == ["PHÓ CHỦ TỊCH UBND TỈNH", "Các Bộ: GTVT, KHĐT, TC", "Lưu: VT"]


def test_the_deputys_title_on_the_authority_line_is_the_position_n004() -> None:
    # n004.txt: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in one cell; counter-example "TM. BAN BÍ THƯ" stays whole
    text = "Các sở triển khai thực hiện./.\n\nNơi nhận: - Như trên; - Lưu: VT, NC.Châu |  | KT. CHỦ TỊCH PHÓ CHỦ TỊCH\tNguyễn Minh\n"
    record = parse_text(text)
    assert (record.signer.authority, record.signer.position, record.signer.name) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh")
    whole = parse_text("Đề nghị các đơn vị triển khai thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu.\n\nTM. BAN BÍ THƯ\n\nNgô Văn Cương\n")
    assert whole.signer.authority == "TM. BAN BÍ THƯ"


def test_a_second_position_line_is_joined_h10_n006() -> None:
    # n006.txt: "PHÓ TRƯỞNG BAN" beside the "Lưu" item, "PHÓ CHỦ TỊCH UBND TỈNH" under it (README H10)
    text = (
        "Đề nghị các cơ quan, đơn vị triển khai thực hiện./.\n\nNơi nhận: | TM. BAN CHỈ ĐẠO\n- Như trên;\n"
        "- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, NC.Châu | PHÓ TRƯỞNG BAN\n\nPHÓ CHỦ TỊCH UBND TỈNH\n\nNguyễn Ngọc Phúc\n"
    )
    record = parse_text(text)
    assert record.signer.position == "PHÓ TRƯỞNG BAN PHÓ CHỦ TỊCH UBND TỈNH"
    assert record.signer.name == "Nguyễn Ngọc Phúc"


CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_ocr_like_text_repairs_the_authoritys_title_and_reads_the_last_line_name() -> None:
    # c151.txt reads as OCR output: "Nơi nhận: KT. BỘ TRƯƠNG" / "- Như Diều 3; ~__THỨ TRƯỞNG"
    c151 = parse_file(CORPUS / "c151.txt")
    assert (c151.signer.authority, c151.signer.position) == ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    assert "'KT. BỘ TRƯƠNG' → 'KT. BỘ TRƯỞNG' (the authority's title)" in c151.source["ocr_repairs"]
    # n058.txt: the position glued after the heading; the name, its first letter lost, is the last line
    n058 = parse_file(CORPUS / "n058.txt")
    assert (n058.signer.position, n058.signer.name) == ("CHỦ TỊCH", "Nguyễn Hoàng Giang")


# --- BODY_GOES_ON_AFTER_SIGNATURE (layout._closing): a signature example inside the body -------------
# n038 (Hướng dẫn 36-HD/VPTW on the Party's document format) prints signature examples in its "II- HƯỚNG
# DẪN CỤ THỂ"; its body goes on with "III- TỔ CHỨC THỰC HIỆN" before the real closing.
_N038_EXAMPLE = (
    "I- HƯỚNG DẪN CHUNG\nVăn bản này áp dụng đối với các cấp uỷ, cơ quan, tổ chức đảng từ Trung ương đến cơ sở.\n"
    "II- HƯỚNG DẪN CỤ THỂ\nQuyền hạn, chức vụ, họ tên và chữ ký của người có thẩm quyền cụ thể như sau:\n"
    "Ví dụ 1: Văn bản của đại hội, đoàn chủ tịch\nT/M ĐOÀN CHỦ TỊCH\n(chữ ký)\nHọ và tên\n"
    "Ví dụ 2: Văn bản của đoàn thư ký\nT/M ĐOÀN THƯ KÝ\n(chữ ký)\nHọ và tên\n"
)
_N038_CLOSING = (
    "\nNơi nhận:\n- Các tỉnh uỷ, thành uỷ,\n- Cục Lưu trữ Văn phòng Trung ương Đảng,\n"
    "- Lưu Văn phòng Trung ương Đảng. | K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nBùi Văn Thạch\n"
)


def test_body_goes_on_after_a_signature_example_n038() -> None:
    text = _N038_EXAMPLE + (
        "III- TỔ CHỨC THỰC HIỆN\n3. Giao Cục Lưu trữ Văn phòng Trung ương Đảng hướng dẫn, kiểm tra, theo dõi việc "
        "thực hiện Hướng dẫn này; đề xuất sửa đổi, bổ sung hoặc thay thế khi cần thiết.\n"
    ) + _N038_CLOSING
    record = parse_text(text)
    assert (record.signer.authority, record.signer.position, record.signer.name) == (
        "K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Bùi Văn Thạch"
    )
    assert record.distribution[0] == "Các tỉnh uỷ, thành uỷ"
    assert any(o.responsible == "Cục Lưu trữ Văn phòng Trung ương Đảng" for o in record.obligations)


def test_a_closing_followed_by_an_annex_restarting_its_numbering_stands() -> None:
    # counter-example (n002's shape): after the closing, an annex numbers its own parts from "I."
    text = "I. MỤC ĐÍCH\nCác sở, ngành triển khai thực hiện.\nII. NHIỆM VỤ\nCác sở, ngành báo cáo kết quả.\n" + (
        "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
        "\nI. CĂN CỨ\nNội dung của phụ lục.\nII. NỘI DUNG\nNội dung khác.\n"
    )
    record = parse_text(text)
    assert (record.signer.authority, record.signer.name) == ("KT. CHỦ TỊCH", "Nguyễn Văn An")


# --- session 21: the closing block of a copy someone else OCR'd (issue 13) ----------------------------
def _copy(closing: str, ocred: bool = True) -> tuple[str | None, str | None, str | None, list[str], list[str]]:
    """Signer, distribution and the OCR repairs of a closing read as an OCR'd copy (or as typed text)."""
    from directive_parser.pipeline import parse_source
    from directive_parser.source import SourceDocument

    source = SourceDocument(text=_BODY + closing, format="text", ocr_like=["'tô chức' → 'tổ chức'"] if ocred else [])
    record = parse_source(source)
    s = record.signer
    return s.authority, s.position, s.name, record.distribution, source.ocr_repairs


# n057.txt as read: the "Nơi nhận:" heading's ruin before the authority, an item's ruin and its
# comma before the position, the family name's first letter misread
N057 = (
    "K-.46 (d0 TL. CHỦ TỊCH\n- Như trên;\nTK iiip nan, CHÁNH VĂN PHÒNG\n\n- VPUB: CVP, PCVP;\n"
    "- Công TTĐT tỉnh;\n- Lưu: VT, TTHC(Tm).\n\nXguyến Quốc Việt"
)


def test_signer_after_debris_and_the_name_repaired_in_the_block_n057() -> None:
    # SIGNER_AFTER_DEBRIS (roles.py), NAME_REPAIRED_IN_BLOCK (signature.py)
    authority, position, name, _, repairs = _copy(N057)
    assert (authority, position, name) == ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Quốc Việt")
    assert "'Xguyến Quốc Việt' → 'Nguyễn Quốc Việt'" in repairs


def test_debris_before_the_glued_authority_is_no_item_c154() -> None:
    # c154.txt: "Nơi nhận: ~-__ KT. BỌ TRƯỞNG" after the list: the marks before the authority are no item
    c154 = "- Các đơn vị thuộc Bộ;\n- Lưu: VT, VP (KSTTHC).\nNơi nhận: ~-__ KT. BỌ TRƯỞNG\n- Như Điều 3;\n- Lưu: VT.\n"
    authority, _, _, distribution, _ = _copy(c154)
    assert authority == "KT. BỘ TRƯỞNG"
    assert not any("~-__" in item for item in distribution)


def test_debris_splits_never_on_typed_text_nor_inside_an_authority_line() -> None:
    # the same lines typed: no debris split (a typed text has no seal)
    authority, position, _, _, _ = _copy(N057, ocred=False)
    assert (authority, position) == (None, None)
    # c137's authority line with its first title's word misread: its comma is the head's, not an item's end
    c137 = "Nơi nhận: KT. kàu TRƯỞNG, CHỦ NHIỆM\n- Như trên;\n- Lưu: VT, CN.\n"
    assert _copy(c137)[1] != "CHỦ NHIỆM"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Xguyến Quốc Việt", "Nguyễn Quốc Việt"),  # the family name's first letter misread: repaired
        ("Trần Hoàng Tuân", "Trần Hoàng Tuân"),  # a given name one mark off is itself a name: as read (n053)
        ("Phạm Minh Chính", "Phạm Minh Chính"),  # right as read: unchanged
    ],
)
def test_the_name_repaired_in_the_block_only_where_a_repair_applies(name: str, expected: str) -> None:
    assert _copy(N057.replace("Xguyến Quốc Việt", name))[2] == expected


def test_two_authority_lines_with_an_item_between_n048() -> None:
    # AUTHORITY_LINES_APART: n048.txt's "- Như trên;" item glued between the two authority lines
    n048 = "Nơi nhận: TL. CỤC TRƯỞNG\n- Như trên; - KT. TRƯỞNG BAN BẠN CHÍNH SÁCH, THUÊ QUÓC TẾ\n- Ban PC;\n- Lưu: VT, CS.\n"
    authority, _, _, distribution, _ = _copy(n048)
    assert authority == "TL. CỤC TRƯỞNG KT. TRƯỞNG BAN BẠN CHÍNH SÁCH, THUÊ QUÓC TẾ"
    assert distribution[0] == "Như trên"
    # two authority lines with nothing between read as before
    n061 = "Nơi nhận:\n- Như Điều 5;\n- Lưu: VT, KTN.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Phước Hiền"
    assert _copy(n061)[:3] == ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Phước Hiền")


def test_a_title_word_split_by_the_ocr_is_rejoined_c152() -> None:
    # TITLE_WORD_REJOINED then the authority's title repaired (signature.py ``_repaired_authority``)
    c152 = "Nơi nhận: KT. BỌ TRƯỚỞN G\n- Như Điều k+ :\n- Bộ trưởng (để b/e);\n- Lưu: VT, HTQT, VP (KSTTHC).\n"
    authority, _, _, _, repairs = _copy(c152)
    assert authority == "KT. BỘ TRƯỞNG"
    assert "'KT. BỌ TRƯỚỞN G' → 'KT. BỘ TRƯỞNG' (the authority's title)" in repairs
    assert _copy(c152, ocred=False)[0] == "KT. BỌ TRƯỚỞN G"  # typed text: as given


N039 = (
    "Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; =. Ứ TRUƯ ỞNG\n- Đ/c Bộ trưởng (đê báo cáo); ⁄c© ẢNN\n"
    "- C04, V01, H01 (để thực hiện), _\n- Lưu: VT, C04 (P6).\n"
)


def test_the_deputys_title_glued_after_an_item_under_kt_n039() -> None:
    # DEPUTY_GLUED_UNDER_KT (roles.py), DEPUTY_UNDER_KT (signature.py): "Ứ TRƯỞNG" alone would as well
    # fit "VỤ TRƯỞNG"; under "KT. BỘ TRƯỞNG" the deputy's title is "THỨ TRƯỞNG"
    authority, position, _, _, repairs = _copy(N039)
    assert (authority, position) == ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    assert any(r.startswith("'Ứ TRUƯ ỞNG' → 'THỨ TRƯỞNG'") for r in repairs)


def test_no_deputys_title_without_kt_or_on_typed_text() -> None:
    # "TM." names no head: no deputy's title to read the line as; typed text: no glued deputy
    assert _copy(N039.replace("KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN"))[1] is None
    assert _copy(N039, ocred=False)[1] is None
    # an item's own words after its ";" fit no title
    assert _copy(N039.replace(" =. Ứ TRUƯ ỞNG", ""))[1] is None


def test_a_position_after_debris_words_is_no_glued_position_n038() -> None:
    # n038 rendered at 300 dpi (scripts/synthetic_scans.py): the authority's mark read "KIT" over the
    # deputy's title; DEBRIS_LEAD takes only a whole authority line, so "CHÁNH VĂN PHÒNG" is not split
    # off as the position (the first version did, and joined both lines into one position)
    n038 = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKIT CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n"
    assert _copy(n038)[1] == "PHÓ CHÁNH VĂN PHÒNG"


# The customs letter 778/TCHQ-GSQL (13/02/2017) as a web page prints its closing (the probe's qj09): the authority's
# mark alone on its line, the head and the deputy's title on the next with the name, and the attached form's first
# field glued after the name.
TCHQ_778 = (
    "Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thực hiện nội dung trên.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL(03b).\n"
    "KT.\nTỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….\nĐỊA CHỈ:....\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        TCHQ_778,  # AUTHORITY_MARK_ALONE and NAME_BEFORE_CAPS: before, no authority and the position "ĐỊA CHỈ:...."
        TCHQ_778.replace("KT.\n", "KT. "),  # DEPUTY_WORD_WITH_ITS_TITLE: before, "KT. TỔNG CỤC TRƯỞNG PHÓ" / "TỔNG CỤC TRƯỞNG"
        TCHQ_778.replace("KT.\nTỔNG CỤC TRƯỞNG PHÓ", "KT.\nTỔNG CỤC TRƯỞNG\nPHÓ").replace(" Vũ Ngọc Anh TÊN", "\nVũ Ngọc Anh\nTÊN"),
    ],
    ids=["mark-alone", "deputy-on-the-line", "lines-apart"],
)
def test_an_authority_mark_alone_and_a_deputys_title_on_one_line(closing: str) -> None:
    record = parse_text(closing)
    assert (record.signer.authority, record.signer.position, record.signer.name) == ("KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")


def test_a_mark_with_its_body_and_a_name_alone_read_as_before() -> None:
    # counter-examples: the mark with its body on its line; the name at the line's end with nothing glued after it
    record = parse_text(TCHQ_778.replace("KT.\nTỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….\nĐỊA CHỈ:....\n", "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ Đã ký Ngô Văn Cương\n"))
    assert (record.signer.authority, record.signer.position, record.signer.name) == ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ", "Ngô Văn Cương")


def test_a_stray_mark_before_the_authority_line_joins_nothing() -> None:
    # counter-example (c153's scan as read: "KT." / "THỨ" / "\" / "" / "KT. BỘ TRƯỞNG"): an authority line below the
    # mark is the authority; the mark alone is a stray read
    closing = "Bộ Tài chính đề nghị các đơn vị thực hiện.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT.\nTHỨ\n\\\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Thị Kim Chi\n"
    record = parse_text(closing)
    assert (record.signer.authority, record.signer.position, record.signer.name) == ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Thị Kim Chi")


def test_a_two_level_authority_with_its_second_mark_alone() -> None:
    # n009's closing as scripts/variants.py web_letter prints it: "TL. CHỦ TỊCH" / "KT." / "CHÁNH VĂN PHÒNG PHÓ CHÁNH
    # VĂN PHÒNG Nguyễn Ngọc Nam" (before: the whole block read as the authority, no position, no name)
    closing = (
        "Trân trọng thông báo đến các sở, ban, ngành biết, thực hiện./.\n\nNơi nhận:\n- Thành phần tham dự họp;\n"
        "- Lưu: VT, XDCT(Sơn). | TL. CHỦ TỊCH\nKT.\nCHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG Nguyễn Ngọc Nam\n"
    )
    record = parse_text(closing)
    assert (record.signer.authority, record.signer.position, record.signer.name) == ("TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Ngọc Nam")
