"""Rules of issue 11's session 39, each pinned on our own sentences written in the forms the unseen pages printed (their
texts are third-party pages and stay out of the repository), with their counter-examples."""

from __future__ import annotations

from directive_parser import parse_text
from directive_parser.structure import _time_cell

# --- YEAR_CELL_LEAD (structure._YEARS_CELL_RE): a flattened task table's time cell naming what its years are ----------

RESOLUTION = (
    "CHÍNH PHỦ\n\nSố: 41/NQ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Hà Nội, ngày 20 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nVề Kế hoạch phòng, chống thiên tai\n\n"
    "Điều 1. Ban hành Kế hoạch kèm theo Nghị quyết này.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n\n"
    "Phụ lục\nNHIỆM VỤ TRỌNG TÂM\n"
    "TT\nNội dung, nhiệm vụ\nCơ quan chủ\ntrì thực hiện\nCơ quan\nphối hợp\nThời gian\n"
    "1\nRà soát, sửa đổi các quy định\nvề phòng, chống thiên tai.\nBộ Nông nghiệp và\nMôi trường\nCác bộ,\ncơ quan,\n"
    "địa phương\nNăm\n2026 - 2027\n"
    "2\nSửa đổi quy hoạch hệ thống\nkho dự trữ quốc gia.\nBộ Tài chính\nBộ Quốc\nphòng,\ncác bộ\nGiai đoạn\n2026 - 2030\n"
    "3\nHoàn thiện các quy định về xử lý\ntình huống khẩn cấp.\nBộ Nông nghiệp và\nMôi trường\nBộ Tư pháp,\ncác bộ\n"
    "Năm 2026\nvà các năm\ntiếp theo\n"
)


def test_year_cells_with_their_lead_word_are_the_rows_times() -> None:
    record = parse_text(RESOLUTION)
    rows = {d.action.split(" ")[0]: (d.responsible, d.text) for d in record.deadlines}
    assert rows["Rà"] == ("Bộ Nông nghiệp và Môi trường", "Năm 2026 - 2027")
    assert rows["Sửa"] == ("Bộ Tài chính", "Giai đoạn 2026 - 2030")
    assert rows["Hoàn"] == ("Bộ Nông nghiệp và Môi trường", "Năm 2026 và các năm tiếp theo")


def test_year_cell_leads_and_their_counter_examples() -> None:
    assert all(_time_cell(v) for v in ("Năm 2026", "Giai đoạn 2026 - 2030", "Từ năm 2027", "2026 và hằng năm"))
    # a product's words after the year, or the lead word alone, is no time cell
    assert not any(_time_cell(v) for v in ("Năm 2026 của tỉnh", "Năm", "Giai đoạn đầu"))


# --- STATE_AGENCY_UNITS (data/structure.toml [groups]): a general department's units named by their kind ------------

TAX_LETTER = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 12/TCT-TTKT\n\nV/v tăng cường công tác thanh tra\n\n"
    "Kính gửi: Cục Thuế các tỉnh, thành phố.\n\n{body}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nNguyễn Văn An\n"
)


def test_units_named_by_their_kind_take_the_lead_ins_items() -> None:
    body = (
        "Tổng cục Thuế đề nghị các Cục Thuế tổ chức thực hiện một số công việc sau:\n\n"
        "1. Hoàn thành kế hoạch thanh tra năm 2025.\n\n- Áp dụng nguyên tắc quản lý rủi ro trong thanh tra."
    )
    record = parse_text(TAX_LETTER.format(body=body))
    assert [(o.action, o.responsible) for o in record.obligations] == [
        ("Hoàn thành kế hoạch thanh tra năm 2025", "các Cục Thuế"),
        ("Áp dụng nguyên tắc quản lý rủi ro trong thanh tra", "các Cục Thuế"),
    ]


def test_matters_after_the_quantifier_name_no_body() -> None:
    # counter-example: "các vụ việc" are matters, not a ministry's units ("vụ" alone is no group word)
    from directive_parser.structure import names_a_group

    assert not names_a_group("các vụ việc phức tạp") and names_a_group("các Vụ, Cục thuộc Bộ")


# --- GAZETTE_PAGE_NUMBER (structure.page_chrome): the gazette head's page number inside a flattened table's row --------


def test_gazette_page_number_under_its_head_is_chrome() -> None:
    body = RESOLUTION.replace(
        "Giai đoạn\n2026 - 2030\n", "Giai đoạn\n2026 - 2030\n\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n67\n\n"
    ).replace("Năm 2026\nvà các năm\ntiếp theo\n", "Năm 2026\nvà các năm\ntiếp theo\n\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n68\n")
    record = parse_text(body)
    rows = {d.action.split(" ")[0]: d.text for d in record.deadlines}
    assert rows["Sửa"] == "Giai đoạn 2026 - 2030" and rows["Hoàn"] == "Năm 2026 và các năm tiếp theo"


def test_figure_not_under_a_gazette_head_stays() -> None:
    from directive_parser.structure import page_chrome

    # counter-examples: a row number after a blank line under the head, a figure under a line of text
    for text in ("Các sở rà soát.\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n\n7\nBáo cáo", "Số hộ nghèo:\n67\n"):
        assert [text[s.start : s.end].strip() for s in page_chrome(text)] in ([], ["CÔNG BÁO/Số 242/Ngày 22-04-2026"])
