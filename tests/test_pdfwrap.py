"""A text PDF's visual lines joined back into their paragraphs (``loaders/pdf.py`` JUSTIFIED_WRAP)."""

from __future__ import annotations

import unicodedata
from typing import Any

from conftest import CORPUS

from directive_parser.loaders import load_path
from directive_parser.loaders.pdf import _page_text, split_footnotes


def _lines(name: str) -> list[str]:
    return unicodedata.normalize("NFC", load_path(CORPUS / "files" / name, ocr=False).text).splitlines()


def test_a_ragged_paragraphs_lines_are_one_line() -> None:
    # 000: "… kiểm tra (hoặc giám sát, khảo" ends 1 pt short of the margin, "sát)" would not have fitted there
    assert (
        "1. Đối với các quận ủy, huyện ủy đã hoàn thành việc kiểm tra (hoặc giám sát, khảo sát) đề nghị gửi Báo cáo "
        "kết quả về Ban Dân vận Thành ủy trước ngày 15/7/2023." in _lines("000.pdf")
    )


def test_a_justified_paragraphs_lines_are_one_line() -> None:
    # n029 (Sở Nội vụ Lâm Đồng): a duty justified over four lines, the first indented
    assert (
        "Tổ giúp việc có trách nhiệm tham mưu Hội đồng thẩm định, đánh giá Chỉ số cải cách hành chính tỉnh Lâm Đồng tổng "
        "hợp, chấm điểm, đánh giá, xếp loại và báo cáo kết quả Chỉ số cải cách hành chính của các cơ quan chuyên môn "
        "thuộc UBND tỉnh, Ban Quản lý các khu công nghiệp tỉnh và UBND các xã, phường, đặc khu theo các tiêu chí đã được "
        "UBND tỉnh ban hành bảo đảm khách quan, công bằng, đúng quy định." in _lines("n029.pdf")
    )


def test_a_paragraphs_last_line_and_the_next_item_stay_apart() -> None:
    # 000: "… năm 2023." leaves room for "Để"; "- Như trên," opens an item
    lines = _lines("000.pdf")
    assert lines[lines.index("(Có đề cương Báo cáo được gửi kèm)") + 1].startswith("Ban Dân vận Thành ủy trân trọng")
    assert lines[lines.index("Nơi nhận:") + 1 : lines.index("Nơi nhận:") + 3] == ["- Như trên,", "- Lưu."]


def test_a_narrow_block_alone_on_its_page_has_no_margins() -> None:
    # TEXT_WIDTH_SHARE: 001's last page holds only the signature block, 115 pt wide; its lines are no paragraph
    lines = _lines("001.pdf")
    assert lines[-3:] == ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Ngọc Nguyên"]


def test_a_footnote_leaves_the_page_for_the_end_and_its_call_the_word() -> None:
    # FOOTNOTES: n033 (Sở Tư pháp Lâm Đồng) sets its footnote at page 1's foot in small print under "Trần Thanh Tài";
    # it goes after the last page, its number written as the superscript it is printed as, and is still read
    text = unicodedata.normalize("NFC", load_path(CORPUS / "files" / "n033.pdf", ocr=False).text)
    last = text.splitlines()[-1]
    assert last.startswith("¹ Đoàn Luật sư tỉnh Lâm Đồng, Bình Thuận, Đắk Nông (cũ) có Tờ trình số 220/TTr-ĐLS ngày 03/10/2025")
    assert "Công văn số 1128/STP-BTTP" in last and text.count("Tờ trình số 220/TTr-ĐLS") == 1


def _word(text: str, sizes: list[float], top: float, x0: float = 85.0) -> dict[str, Any]:
    chars = [{"text": c, "size": z, "x0": x0 + 7 * i, "x1": x0 + 7 * i + 6, "top": top, "bottom": top + z} for i, (c, z) in enumerate(zip(text, sizes, strict=True))]
    return {"text": text, "x0": x0, "x1": chars[-1]["x1"], "top": top, "bottom": top + max(sizes), "chars": chars}


def test_a_footnote_call_is_cut_off_the_word_it_sticks_to() -> None:
    # n009 printed: "… cao tốc Tân Phú – Bảo Lộc¹." in 14 pt, the call in 8.1 pt; the footnote "¹ Tham dự họp …" in 10 pt
    body = [_word("Bảo", [14.0] * 3, 373, 90), _word("Lộc1.", [14.0, 14.0, 14.0, 8.1, 14.0], 373, 124)]
    body += [_word("trong", [14.0] * 5, 715 - 14 * k, 85) for k in range(8)]
    note = [_word("1", [5.8], 746, 85), _word("Tham", [10.0] * 4, 745, 92), _word("dự", [10.0] * 2, 745, 118)]
    words, notes = split_footnotes(body + note)
    assert notes == ["¹ Tham dự"]
    assert [w["text"] for w in words][:2] == ["Bảo", "Lộc."] and len(words) == len(body)


def test_a_subscript_stays_on_its_line() -> None:
    # SUBSCRIPT_HEIGHT_SHARE: n035 (Sở Văn hóa …) sets the drafter's initials after "Lưu: VT, KGVX" as a subscript,
    # lower than the line's top by more than a line's tolerance; read on the line, as the DOCX reads it
    lines = _lines("n035.pdf")
    assert "- Lưu: VT, KGVX VHTin507." in lines and "VHTin507." not in lines


def test_an_indented_blocks_lines_are_joined_under_the_hanging_indent() -> None:
    # n020 (Văn phòng Chính phủ): the addressees stand in an indented block, each wrap under the text after
    # the dash; a symbol broken at the line's end ("2764/QĐ-" / "TTg") is joined without a space
    assert (
        "- Các đồng chí thành viên Ban Chỉ đạo quốc gia về dữ liệu (Theo Quyết định số 2319/QĐ-TTg ngày 20 tháng 10 "
        "năm 2025 và Quyết định số 2764/QĐ-TTg ngày 19 tháng 12 năm 2025 của Thủ tướng Chính phủ);" in _lines("n020.pdf")
    )
    # n024 (Sở Tư pháp): a ragged block under "Kính gửi:", its wraps under the block's edge
    assert "- Ban Chủ nhiệm các Đoàn Luật sư tỉnh Đắk Nông, tỉnh Bình Thuận và tỉnh Lâm Đồng (cũ)," in _lines("n024.pdf")


def test_a_paragraph_running_over_a_page_break_is_one_line() -> None:
    # PAGE_BREAK_WRAP: 004's duty "Quan tâm bồi dưỡng, duy trì, nhân rộng …" runs from page 1's last line "… phổ
    # biến cách làm hay, sáng tạo trong" onto page 2's first, "triển khai thực hiện phong trào tại đơn vị; …"; the
    # pages are joined by a space, their starts kept
    source = load_path(CORPUS / "files" / "004.pdf", ocr=False)
    text = unicodedata.normalize("NFC", source.text)
    assert "phổ biến cách làm hay, sáng tạo trong triển khai thực hiện phong trào tại đơn vị; đồng thời" in text
    second = source.page_starts[1]
    assert source.text[second - 1] == " " and unicodedata.normalize("NFC", source.text[second:]).startswith("triển khai thực hiện")


def _line(words: list[tuple[str, float, float]], top: float, height: float = 11.0) -> list[dict[str, Any]]:
    return [{"text": t, "x0": x0, "x1": x1, "top": top, "bottom": top + height} for t, x0, x1 in words]


def test_a_list_running_on_past_the_signature_block_stays_in_the_list() -> None:
    # NEXT_ITEM_BESIDE: n004 printed, its closing: "Nơi nhận" and its items on the left, "KT. CHỦ TỊCH" …
    # "Nguyễn Minh" on the right; two items stand below the signer's name (positions as printed, in points)
    words = [
        *_line([("Nơi", 90.6, 109.0), ("nhận:", 112.0, 142.0), ("KT.", 372.1, 395.8), ("CHỦ", 399.3, 430.4), ("TỊCH", 433.9, 469.6)], 250.9, 12),
        *_line([("-", 90.6, 94.3), ("Thường", 97.0, 132.0), ("trực", 134.7, 152.2), ("Tỉnh", 155.0, 175.7), ("ủy;", 178.5, 192.6)], 264.8),
        *_line([("PHÓ", 368.6, 398.9), ("CHỦ", 402.4, 433.5), ("TỊCH", 437.0, 472.7)], 266.9, 14),
        *_line([("-", 90.6, 94.3), ("UBND", 97.0, 128.1), ("các", 130.9, 145.5), ("xã,", 148.2, 161.4), ("phường,", 164.1, 200.6)], 378.6),
        *_line([("Nguyễn", 379.0, 424.9), ("Minh", 428.4, 461.0)], 377.4, 14),
        *_line([("-", 90.6, 94.3), ("Chánh,", 97.0, 128.4), ("các", 131.2, 145.7), ("PCVP", 148.5, 176.0), ("UBND", 178.7, 209.9), ("tỉnh;", 212.6, 232.7)], 391.3),
        *_line([("-", 90.6, 94.3), ("Lưu:", 97.0, 118.2), ("VT,", 121.0, 138.3), ("NC.", 141.1, 159.1)], 403.9),
        *_line([("tháng", 85.2, 120.0), ("01", 480.0, 538.6)], 100.0),  # the body's extent above
    ]
    lines = _page_text(words).splitlines()
    assert lines.index("- Lưu: VT, NC.") == lines.index("- Chánh, các PCVP UBND tỉnh;") + 1 < lines.index("KT. CHỦ TỊCH")
