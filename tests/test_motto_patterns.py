"""The header's mottos are spelled once (``patterns`` STATE_NAME, SUBTITLE, PARTY_NAME, DOAN_NAME) and composed by
each reader; these pin what each composed pattern takes and what it leaves, on lines as directives print them."""

from __future__ import annotations

import pytest

from directive_parser import layout, roles, run_in
from directive_parser.extractors import deadlines

HEADER_LINES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # NĐ 30, new tone placement
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # old tone placement
    "CỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # a web copy that lost the tone
    "ĐẢNG CỘNG SẢN VIỆT NAM",  # HD 36
]


@pytest.mark.parametrize("line", HEADER_LINES)
def test_header_line_readers_take_every_spelling(line: str) -> None:
    assert roles.MOTTO_RE.search(line)
    assert layout._MOTTO_LINE_RE.search(line)  # MOTTO_BELOW took only "HOÀ" before the pieces were shared
    assert run_in.regex.search(run_in.MOTTO, line)


def test_youth_union_name_is_a_motto_for_roles_and_run_in() -> None:
    line = "ĐOÀN TNCS HỒ CHÍ MINH"
    assert roles.MOTTO_RE.search(line)
    assert run_in.regex.search(run_in.MOTTO, line)


def test_subtitle() -> None:
    for line in ("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"):
        assert roles.MOTTO_RE.search(line)
        assert layout._MOTTO_LINE_RE.search(line)
        assert deadlines.MOTTO_RE.search(line)


def test_body_veto_takes_the_national_name_in_capitals_only() -> None:
    # MOTTO_LINE: a web copy's glued header among the body's lines is vetoed ...
    assert deadlines.MOTTO_RE.search("TRƯỜNG THCS AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc")
    # ... but the country's name in a sentence is prose (n024's basis sentence).
    assert not deadlines.MOTTO_RE.search(
        "Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, Sở Nội vụ đề nghị"
    )


def test_run_in_needs_the_whole_national_name() -> None:
    # run_in breaks a run-in header after the whole name, not inside it.
    assert not run_in.regex.search(run_in.MOTTO, "CỘNG HÒA XÃ HỘI")
