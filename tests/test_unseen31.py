"""Rules of issue 11's session 31, each pinned on our own sentences written in the forms unseen pages printed (their
texts are third-party pages and stay out of the repository), and on the corpus's own documents for the
counter-examples: ISSUED_WITH_THE_DECISION (layout)."""

from __future__ import annotations

from pathlib import Path

from directive_parser import parse_text
from directive_parser.layout import split
from directive_parser.normalize import normalize_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 412/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 12 tháng 3 năm 2026\n\n"
    "QUYẾT ĐỊNH\nBan hành Kế hoạch phòng, chống thiên tai năm 2026\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
    "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n"
    "Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường,\n\n"
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2026.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu "
    "trách nhiệm thi hành Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, NN.\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Sơn\n\n"
)
PLAN = (
    "KẾ HOẠCH\nPHÒNG, CHỐNG THIÊN TAI NĂM 2026\n"
    "(Ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 12/3/2026 của Chủ tịch UBND tỉnh)\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Chủ động phòng ngừa, giảm thiểu thiệt hại do thiên tai gây ra.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nông nghiệp và Môi trường chủ trì xây dựng phương án ứng phó bão mạnh, hoàn thành trước ngày 30/4/2026.\n"
    "2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống thiên tai.\n"
    "3. Ủy ban nhân dân các xã, phường kiện toàn Ban Chỉ huy phòng, chống thiên tai cấp xã, báo cáo kết quả về Sở "
    "Nông nghiệp và Môi trường trước ngày 15/5/2026.\n"
)


def test_issued_plan_is_a_zone_after_the_closing() -> None:
    t = normalize_text(DECISION + PLAN)
    layout = split(t)
    assert len(layout.issued) == 1
    start, end = layout.issued[0]
    assert t.text[start:].startswith("KẾ HOẠCH") and end == len(t.text)
    assert layout.closing_start < layout.closing_end == start  # the closing stops at the issued title
    assert layout.duty_zones == [layout.body, (start, end)]


def test_issued_plan_duties_are_read_with_their_times() -> None:
    record = parse_text(DECISION + PLAN)
    who = {o.responsible: o for o in record.obligations}
    assert "Sở Tài chính" in who and who["Sở Tài chính"].action.startswith("bố trí kinh phí")
    assert who["Sở Nông nghiệp và Môi trường"].date is not None
    assert {d.date.isoformat() for d in record.deadlines if d.date} >= {"2026-04-30", "2026-05-15"}
    assert record.signer.name == "Lê Văn Sơn"  # the decision's signer, not a line of the plan


def test_without_the_plan_only_the_execution_article() -> None:
    record = parse_text(DECISION)
    assert split(normalize_text(DECISION)).issued == []
    assert not any(o.responsible == "Sở Tài chính" for o in record.obligations)


def test_sentence_naming_a_plan_is_no_issued_title() -> None:
    # counter-example: a sentence that starts with "Kế hoạch" and cites the decision is the closing's text, not a title
    text = DECISION + "Kế hoạch này (ban hành kèm theo Quyết định số 412/QĐ-UBND) được gửi các xã.\n"
    assert split(normalize_text(text)).issued == []


def test_attached_list_is_no_issued_document() -> None:
    # counter-example: n018's "DANH SÁCH … (Kèm theo Quyết định số …)" is an attachment, not an issued document
    t = normalize_text((CORPUS / "n018.txt").read_text(encoding="utf-8"))
    assert "Kèm theo Quyết định số" in t.text
    assert split(t).issued == []
