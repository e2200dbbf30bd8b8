"""The Đội's headers (session 27, i27-chrome): DOI_MOTTO (data/vocabulary.toml [[systems]]), LIEN_DOI_UNIT
([organisations] heads), MOTTOS_AT_LINE_START (roles.issuer_cells).

The probe's Đội plans (pd19, pf09, pf11, ph09) have these forms; their texts are third-party pages, so the headers here
are our own, in the same pattern."""

from __future__ import annotations

from directive_parser import parse_text

BODY = "Căn cứ kế hoạch năm học, Liên đội xây dựng kế hoạch như sau:\n1. Các chi đội tổ chức vui Tết Trung thu trước ngày 20/9/2023.\n"


def test_lien_doi_under_the_doi_line() -> None:
    # LIEN_DOI_UNIT + DOI_MOTTO: "ĐỘI TNTP HỒ CHÍ MINH" over "LIÊN ĐỘI …" names the organisation, the Liên đội issues
    record = parse_text("ĐỘI TNTP HỒ CHÍ MINH\nLIÊN ĐỘI TRẦN QUỐC TOẢN\n***\nSố: 12/KH-LĐ\nKẾ HOẠCH\nTổ chức Tết Trung thu\n" + BODY)
    assert record.issuer is not None
    assert (record.issuer.name or "").lower() == "liên đội trần quốc toản"
    assert record.issuer.parent is None and record.issuer.system == "other"


def test_flattened_doi_header() -> None:
    # MOTTOS_AT_LINE_START: the Đội's line and the state's motto on one line (a flattened header, probe pf11's form)
    record = parse_text(
        "ĐỘI TNTP HỒ CHÍ MINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLIÊN ĐỘI TH AN BÌNH Độc lập - Tự do - Hạnh phúc\n***\n"
        "Số: 12/KH-LĐ An Bình, ngày 05 tháng 9 năm 2023\nKẾ HOẠCH\nTổ chức Tết Trung thu\n" + BODY
    )
    assert record.issuer is not None
    assert record.issuer.name == "Liên đội TH An Bình" and record.issuer.parent is None


def test_council_takes_the_doi_name() -> None:
    # DOI_MOTTO: a council named without its organisation takes the Đội's line as the Đoàn's does (probe pd19's form)
    record = parse_text("ĐỘI TNTP HỒ CHÍ MINH\n\nHỘI ĐỒNG TRUNG ƯƠNG\n***\nSố: 30-KH/HĐĐTW\nKẾ HOẠCH\nTổ chức Tết Trung thu\n" + BODY)
    assert record.issuer is not None
    assert record.issuer.name == "Hội đồng Trung ương Đội TNTP Hồ Chí Minh" and record.issuer.system == "other"


def test_doan_header_unchanged() -> None:
    # counter-example: the Đoàn's header reads as before (its line names the organisation, the BCH issues)
    record = parse_text("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TRƯỜNG THPT AN BÌNH\n***\nSố: 12-KH/ĐTN\nKẾ HOẠCH\nTổ chức Tết Trung thu\n" + BODY)
    assert record.issuer is not None
    assert record.issuer.name == "BCH Đoàn trường THPT An Bình" and record.issuer.parent is None
