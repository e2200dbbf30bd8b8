"""Report outline: seeds end to end against the gold tree, the title/guidance split on real
items, and bodies whose numbered paragraphs are not an outline."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import CORPUS, gold

from directive_parser import parse_file, parse_text
from directive_parser.extractors.outline import split_title


def _flat(items: list[Any]) -> list[tuple[str | None, str, str | None]]:
    out = []
    for it in items:
        d = it if isinstance(it, dict) else it.model_dump()
        out.append((d["number"], d["title"], d["guidance"]))
        out.extend(_flat(d["children"]))
    return out


@pytest.mark.parametrize(
    "doc_id",
    [
        "000",  # attached "ĐỀ CƯƠNG BÁO CÁO" after the signature: 1. / - levels
        "001",  # body items after "đề nghị ... báo cáo ..., cụ thể như sau:": I. / 1. / 3.1. / -
        "003",  # body items pointed back to: "báo cáo ... theo 03 nhóm nội dung trên"
    ],
)
def test_seed_outline_matches_gold(doc_id: str) -> None:
    record = parse_file(CORPUS / f"{doc_id}.txt")
    got = [(n, t.replace("*", ""), g.replace("*", "") if g else g) for n, t, g in _flat(record.report_outline)]
    assert got == _flat(gold(doc_id)["report_outline"])


def test_outline_tree_shape() -> None:
    tree = parse_file(CORPUS / "001.txt").report_outline
    assert [i.number for i in tree] == ["I", "II"]
    assert [c.number for c in tree[0].children] == ["1", "2", "3", "4"]
    assert [c.number for c in tree[0].children[2].children] == ["3.1", "3.2", "3.3"]
    assert tree[0].children[2].children[2].children[0].number is None  # "-" bullet


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # 000: colon followed by a capital
        ("Đánh giá chung: Đánh giá khái quát về kết quả đạt được.", ("Đánh giá chung", "Đánh giá khái quát về kết quả đạt được.")),
        # 000: a long trailing parenthesis is guidance
        (
            "Giới thiệu tóm tắt kết quả từ 03 đến 05 mô hình tiêu biểu (đang được nhân rộng đạt hiệu quả tốt; mô hình mới).",
            ("Giới thiệu tóm tắt kết quả từ 03 đến 05 mô hình tiêu biểu", "đang được nhân rộng đạt hiệu quả tốt; mô hình mới"),
        ),
        # 003: a short parenthesis stays in the title
        ("Rà soát các nội dung của mô hình đã đăng ký (nếu có).", ("Rà soát các nội dung của mô hình đã đăng ký (nếu có)", None)),
        # 001: colon followed by lower case, no parenthesis
        ("Việc cụ thể hóa của địa phương, đơn vị: xây dựng kế hoạch, chỉ đạo thực hiện.", ("Việc cụ thể hóa của địa phương, đơn vị", "xây dựng kế hoạch, chỉ đạo thực hiện.")),
        # 003: first sentence is the title
        ("Đánh giá công tác lãnh đạo. Công tác tuyên truyền, hướng dẫn.", ("Đánh giá công tác lãnh đạo", "Công tác tuyên truyền, hướng dẫn.")),
        # 000: a bare heading
        ("Đề xuất, kiến nghị.", ("Đề xuất, kiến nghị", None)),
        # n002: the document's closing mark "./" is no part of the last title
        (
            "Kiến nghị, đề xuất giải pháp khắc phục và phương hướng, nhiệm vụ cải cách hành chính trong thời gian tới./",
            ("Kiến nghị, đề xuất giải pháp khắc phục và phương hướng, nhiệm vụ cải cách hành chính trong thời gian tới", None),
        ),
        # n046: the closing mark after a trailing guidance parenthesis
        (
            "Phương hướng nhiệm vụ công tác trọng tâm năm 2026 (Phân công nhiệm vụ, gắn trách nhiệm, thời gian thực hiện cụ thể)./.",
            ("Phương hướng nhiệm vụ công tác trọng tâm năm 2026", "Phân công nhiệm vụ, gắn trách nhiệm, thời gian thực hiện cụ thể"),
        ),
        # n007: a closing ellipsis is part of the title (the list goes on)
        ("Mục đích trồng cây có chứa chất ma túy; phương thức, thủ đoạn...", ("Mục đích trồng cây có chứa chất ma túy; phương thức, thủ đoạn...", None)),
    ],
)
def test_split_title(raw: str, expected: tuple[str, str | None]) -> None:
    assert split_title(raw) == expected


# 002's body: numbered directive paragraphs with no report cue.
NO_CUE = """HUYỆN ỦY TÂN YÊN
Số 12-CV/HU
V/v triển khai Phong trào thi đua “Dân vận khéo” năm 2024
Kính gửi: Các chi, đảng bộ trực thuộc Huyện ủy.

Ban Thường vụ Huyện ủy đề nghị các cơ quan, đơn vị thực hiện tốt một số nội dung sau:

1. Tăng cường công tác tuyên truyền, quán triệt các quan điểm, chủ trương của Đảng về công tác dân vận.

2. Chỉ đạo nâng cao chất lượng xây dựng đảng bộ, cơ quan, đơn vị “Dân vận khéo”.

Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.
"""


def test_numbered_paragraphs_without_report_cue_are_not_an_outline() -> None:
    assert parse_text(NO_CUE).report_outline == []


@pytest.mark.parametrize("doc_id", ["002", "004"])
def test_directive_bodies_are_not_outlines(doc_id: str) -> None:
    assert parse_file(CORPUS / f"{doc_id}.txt").report_outline == []


@pytest.mark.parametrize("stem", ["000", "001", "003"])
def test_pdf_copy_gives_the_texts_outline(stem: str) -> None:
    """A PDF wraps items and the sentence asking for the report over several lines."""
    def flat(items, out):
        for item in items:
            out.append((item.number, item.title))
            flat(item.children, out)
        return out

    text = parse_file(CORPUS / f"{stem}.txt")
    pdf = parse_file(CORPUS / "files" / f"{stem}.pdf", ocr=False)
    assert flat(pdf.report_outline, []) == flat(text.report_outline, [])


def test_a_copy_in_a_narrow_column_gives_the_texts_outline() -> None:
    # NARROW_COPY_WRAPS: 003 printed at 60 columns (each paragraph's line wrapped at a space): an item's wrapped lines
    # are shorter than WRAPPED_LINE_MIN_CHARS, and item 1.'s "… thi đua “Dân" / "Vận khéo” …" had ended the outline
    import textwrap

    text = (CORPUS / "003.txt").read_text(encoding="utf-8")
    narrow = "\n".join(textwrap.fill(line, 60, break_long_words=False, break_on_hyphens=False) if len(line) > 60 else line for line in text.split("\n"))
    want = [item.title for item in parse_file(CORPUS / "003.txt").report_outline]
    assert len(want) == 3
    assert [item.title for item in parse_text(narrow).report_outline] == want


def test_a_text_that_is_an_outline_with_parts() -> None:
    # n007 is an attached "ĐỀ CƯƠNG BÁO CÁO" sent alone: the whole text is the outline, its parts
    # "Phần thứ nhất" carry their title on the next line and hold the Roman sections
    tree = parse_file(CORPUS / "n007.txt").report_outline
    want = gold("n007")["report_outline"]
    assert [(i.number, i.title) for i in tree] == [(i["number"], i["title"]) for i in want]
    assert [c.number for c in tree[0].children] == [c["number"] for c in want[0]["children"]]


def test_an_ocr_outline_heading_in_the_closing_zone() -> None:
    # n046 (OCR'd): "ĐÈ CƯƠNG" after the Nơi nhận list, which the layout kept in the closing zone
    tree = parse_file(CORPUS / "n046.txt").report_outline
    assert [i.number for i in tree] == ["Phần thứ nhất", "Phần thứ hai"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("ĐỀ CƯƠNG BÁO CÁO", True), ("ĐÈ CƯƠNG", True), ("Đề cương gửi kèm theo Kế hoạch", False)],
)
def test_outline_headings(line: str, expected: bool) -> None:
    from directive_parser.extractors.outline import is_outline_heading

    assert is_outline_heading(line) is expected


# --- data/outline.toml, both ways -------------------------------------------------------------

from directive_parser.extractors.outline import (  # noqa: E402
    asks_for_a_report,
    is_note,
    outline_words,
    points_back_to_items,
)

_W = outline_words()


@pytest.mark.parametrize(
    ("check", "text", "expected"),
    [(asks_for_a_report, e, True) for e in _W.report_request.examples]
    + [(asks_for_a_report, c, False) for c in _W.report_request.counter_examples]
    + [(points_back_to_items, e, True) for e in _W.report_back_reference.examples]
    + [(points_back_to_items, c, False) for c in _W.report_back_reference.counter_examples]
    + [(is_note, e, True) for e in _W.notes.examples]
    + [(is_note, c, False) for c in _W.notes.counter_examples],
)
def test_outline_words_both_ways(check: Any, text: str, expected: bool) -> None:
    assert check(text) is expected
