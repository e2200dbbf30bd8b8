"""A directive saved as a web page (HTML_OPENING, ``loaders/html.py``): read as the page's text, not its markup."""

from __future__ import annotations

import html

import pytest
from conftest import CORPUS

from directive_parser import parse_bytes, parse_file
from directive_parser.loaders import load_path
from directive_parser.loaders.html import html_text, looks_like_html


@pytest.mark.parametrize(
    "text",
    [
        (CORPUS / "w006.txt").read_text(encoding="utf-8"),  # "<html><head><meta …", a saved portal page
        "<!DOCTYPE html>\n<html lang='vi'><body><p>Kính gửi: …</p></body></html>",
        "\ufeff  <!-- saved -->\n<div class='content'><p>BAN DÂN VẬN</p></div>",
        "<p style='text-align:justify'>Ngày 5/1/2017 …</p>",
    ],
)
def test_a_web_page_is_recognised(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        (CORPUS / "000.txt").read_text(encoding="utf-8"),
        "Kính gửi: các đơn vị\n\nĐề nghị báo cáo số liệu <tỷ lệ> trước ngày 15/7/2023.",
        "< 50% số hộ nghèo <p> không phải thẻ mở đầu",
    ],
)
def test_a_directive_with_a_less_than_sign_is_no_web_page(text: str) -> None:
    assert not looks_like_html(text)


def test_w006_the_saved_portal_page_is_read_as_its_text() -> None:
    source = load_path(CORPUS / "w006.txt")
    assert source.text.startswith("Ngày 5/1/2017, Ban Tuyên giáo Trung ương đã ban hành hướng dẫn Số 21- HD/BTGTW")
    assert "<" not in source.text and "&agrave;" not in source.text
    assert source.text.splitlines()[1] == "I. MỤC ĐÍCH, YÊU CẦU"  # each <p>/<br> block its own line
    assert any(c.startswith("HTML:") for c in source.conversions)
    record = parse_file(CORPUS / "w006.txt")
    # RELAY_LEAD_NUMBER: the repost's lead ("… đã ban hành hướng dẫn Số 21- HD/BTGTW") states its own number, no citation
    assert record.number is not None and record.number.symbol == "21-HD/BTGTW"
    assert [r.symbol for r in record.legal_references] == []


def _as_web_page(text: str) -> str:
    """000's text laid out as a portal prints a directive: the header and the closing block as two-column
    tables, every other line a paragraph (entities for the accented letters, as w006's page has them)."""
    lines = [ln.strip() for ln in text.splitlines()]
    greet = next(i for i, ln in enumerate(lines) if ln.startswith("Kính gửi"))
    close = next(i for i, ln in enumerate(lines) if ln.startswith("Nơi nhận"))
    sign = next(i for i, ln in enumerate(lines) if ln.startswith("K/T"))
    outline = next(i for i, ln in enumerate(lines) if ln.startswith("ĐỀ CƯƠNG"))
    motto = next(i for i, ln in enumerate(lines) if ln.startswith("ĐẢNG CỘNG SẢN"))

    def cell(part: list[str]) -> str:
        return "".join(f"<p>{html.escape(x).encode('ascii', 'xmlcharrefreplace').decode()}</p>" for x in part if x)

    def para(part: list[str]) -> str:
        return "\n".join(f"<p style='text-align:justify'><span>{html.escape(x)}</span></p>" for x in part if x)

    return (
        "<html><head><meta charset='utf-8'><title>Công văn</title><style>p{margin:0}</style></head><body>"
        f"<table><tr><td>{cell(lines[:motto])}</td><td>{cell(lines[motto:greet])}</td></tr></table>"
        f"{para(lines[greet:close])}"
        f"<table><tr><td>{cell(lines[close:sign])}</td><td>{cell(lines[sign:outline])}</td></tr></table>"
        f"{para(lines[outline:])}<script>var x = '<p>not text</p>';</script></body></html>"
    )


def test_a_directive_saved_as_a_web_page_parses_like_its_text() -> None:
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    page = parse_bytes(_as_web_page(text).encode("utf-8"), "000.html")
    plain = parse_file(CORPUS / "000.txt")
    for get in (
        lambda r: r.number.symbol,
        lambda r: r.date,
        lambda r: r.place,
        lambda r: r.issuer.name,
        lambda r: r.subject,
        lambda r: r.recipients,
        lambda r: (r.signer.authority, r.signer.position, r.signer.name),
        lambda r: r.distribution,
        lambda r: [(d.date, d.action) for d in r.deadlines],
        lambda r: [o.action for o in r.obligations],
        lambda r: [x.title for x in r.report_outline],
    ):
        assert get(page) == get(plain)
    assert "not text" not in page.model_dump_json()


def test_a_data_table_keeps_its_rows_and_a_layout_table_its_cells() -> None:
    page = (
        "<table><tr><th>TT</th><th>Nội dung</th><th>Thời gian</th></tr>"
        "<tr><td>1</td><td>Ban hành kế hoạch</td><td>Trước ngày 27/6/2026</td></tr></table>"
        "<table><tr><td><p>Nơi nhận:</p><p>- Như trên;</p></td><td><p>KT. HIỆU TRƯỞNG</p><p>PHÓ HIỆU TRƯỞNG</p></td></tr></table>"
    )
    assert html_text(page).split("\n") == [
        "TT | Nội dung | Thời gian",
        "1 | Ban hành kế hoạch | Trước ngày 27/6/2026",
        "",
        "Nơi nhận:",
        "- Như trên;",
        "",
        "KT. HIỆU TRƯỞNG",
        "PHÓ HIỆU TRƯỞNG",
    ]


@pytest.mark.parametrize("page", [b"<html></html>", b"<p>", b"<div>" * 300 + b"</div>" * 300])
def test_a_web_page_without_text_is_refused_with_its_reason(page: bytes) -> None:
    from directive_parser.errors import EmptyDocument
    from directive_parser.web.vietnamese import vietnamese

    with pytest.raises(EmptyDocument, match="the web page has no text, only markup") as caught:
        parse_bytes(page, "trang.html")
    assert vietnamese(str(caught.value.message)).endswith("trang web không có chữ nào, chỉ có mã định dạng")


def test_a_pasted_page_source_is_read_on_the_web_page_and_an_empty_one_refused() -> None:
    from fastapi.testclient import TestClient

    from directive_parser.web import create_app

    client = TestClient(create_app())
    read = client.post("/api/view", data={"text": (CORPUS / "w006.txt").read_text(encoding="utf-8")})
    assert read.status_code == 200
    assert read.json()["text"].startswith("Ngày 5/1/2017, Ban Tuyên giáo Trung ương")
    empty = client.post("/api/view", data={"text": "<html><body></body></html>"})
    assert empty.status_code == 422 and empty.json()["error_vi"].endswith("trang web không có chữ nào, chỉ có mã định dạng")


def test_parse_text_reads_a_page_source_too() -> None:
    from directive_parser import parse_text

    record = parse_text((CORPUS / "w006.txt").read_text(encoding="utf-8"))
    assert record.number is not None and record.number.symbol == "21-HD/BTGTW"
    assert [r.symbol for r in record.legal_references] == []
