"""NUMBERED_FIELD_RECORD (structure.Structure.field_records, deadlines.record_rows): one task printed as numbered
items, each one of its fields, on a real snippet: Nghị quyết 97/NQ-CP's Điều 2 (a Government resolution, public law;
the probe's qm03), which adds one task to the Government's programme."""

from __future__ import annotations

from directive_parser import parse_text

HEAD = (
    "CHÍNH PHỦ\nSố: 97/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 06 tháng 4 năm 2026\nNGHỊ QUYẾT\nSửa đổi, bổ sung nhiệm vụ trong Chương trình hành động của Chính phủ\n"
    "CHÍNH PHỦ\nQUYẾT NGHỊ:\n"
)
ARTICLE_2 = (
    "Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự thứ 5 mục IV của Phụ lục danh mục các nhiệm vụ triển khai Chương trình "
    "hành động của Chính phủ như sau:\n"
    "1. Tên nhiệm vụ: Xây dựng Đề án hình thành, phát triển mạng lưới chuyên gia pháp lý nước ngoài (bao gồm cả người "
    "Việt Nam ở nước ngoài) để hỗ trợ nghiên cứu, tư vấn các vấn đề mới trong phát triển kinh tế - xã hội.\n"
    "2. Cơ quan chủ trì: Bộ Tư pháp.\n"
    "3. Cơ quan phối hợp: Các bộ, ngành.\n"
    "4. Kết quả: Quyết định của Thủ tướng Chính phủ phê duyệt Đề án.\n"
    "5. Thời gian hoàn thành: Quý IV/2026.\n"
)
FOOT = "Điều 3. Hiệu lực thi hành.\nNghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n"


def test_a_task_printed_as_numbered_fields_is_one_duty_with_its_lead_and_time() -> None:
    record = parse_text(HEAD + ARTICLE_2 + FOOT)
    timed = [(o.action[:40], o.responsible, o.due) for o in record.obligations if o.due]
    # before: the time field's duty was the document's subject ("Sửa đổi, bổ sung nhiệm vụ …"), with no body
    assert timed == [("Xây dựng Đề án hình thành, phát triển mạ", "Bộ Tư pháp", "Quý IV/2026")]
    assert [d.text for d in record.deadlines] == ["Quý IV/2026"]


def test_numbered_items_without_a_task_field_are_no_record() -> None:
    # counter-example: a report outline's numbered headings with labels (no task field): no row, no duty of "Kết quả"
    outline = (
        "Đề nghị các bộ báo cáo kết quả trước ngày 30/6/2026 theo các nội dung sau:\n"
        "1. Kết quả: những việc đã làm được trong năm.\n"
        "2. Tồn tại, hạn chế: những việc chưa làm được.\n"
        "3. Sản phẩm: báo cáo của bộ, ngành.\n"
    )
    record = parse_text(HEAD + outline + FOOT)
    assert [o.action for o in record.obligations if o.action.startswith("những việc")] == []
    assert [d.text for d in record.deadlines] == ["trước ngày 30/6/2026"]
