"""A text PDF's visual lines joined back into their paragraphs (``loaders/pdf.py`` JUSTIFIED_WRAP)."""

from __future__ import annotations

import unicodedata

from conftest import CORPUS

from directive_parser.loaders import load_path


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
