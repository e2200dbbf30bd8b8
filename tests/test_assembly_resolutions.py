"""The National Assembly Standing Committee's resolution 494/NQ-UBTVQH13 (18/5/2012; public law, the probe's qk11):
its duties fall on the Government by name, one of them timed by a year's end. Each test pins one rule on its words."""

from __future__ import annotations

from directive_parser import parse_text
from directive_parser.dates import find_time_phrases

HEAD = (
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 494/NQ-UBTVQH13\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 18 tháng 05 năm 2012\n\nNGHỊ QUYẾT\n\nVỀ KẾT QUẢ GIÁM SÁT VIỆC THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ NGƯỜI "
    "CÓ CÔNG VỚI CÁCH MẠNG\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nQUYẾT NGHỊ:\n\n"
)
ARTICLE_3 = (
    "Điều 3.\n\n1. Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội kết quả thực hiện Nghị quyết này.\n\n"
    "2. Ủy ban thường vụ Quốc hội, Hội đồng dân tộc, các Ủy ban của Quốc hội theo chức năng, nhiệm vụ, quyền hạn của "
    "mình giám sát việc thực hiện Nghị quyết này.\n\n"
)
FOOT = "Điều 4.\n\nNghị quyết này có hiệu lực thi hành kể từ ngày ký./.\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\nNguyễn Sinh Hùng\n"


def test_the_end_of_a_year_times_the_governments_report() -> None:
    record = parse_text(HEAD + ARTICLE_3 + FOOT)
    report = [o for o in record.obligations if o.action.startswith("báo cáo Ủy ban thường vụ Quốc hội")]
    # before: no time ("Kết thúc năm" was no cue) and the body ran on ("Chính phủ báo cáo … kết quả")
    assert [(o.responsible, o.due) for o in report] == [("Chính phủ", "Kết thúc năm 2013")]
    assert [d.text for d in record.deadlines] == ["Kết thúc năm 2013"]


def test_year_end_cues_both_ways() -> None:
    # YEAR_END_CUE: "kết thúc năm 2013" and "hết năm 2025" are a year's period; a school year is no calendar year
    assert [p.text for p in find_time_phrases("Kết thúc năm 2013, Chính phủ báo cáo.")] == ["Kết thúc năm 2013"]
    assert [p.text for p in find_time_phrases("Hết năm 2025, các đơn vị báo cáo.")] == ["Hết năm 2025"]
    assert find_time_phrases("Tổng kết khi kết thúc năm học 2023-2024.") == []
