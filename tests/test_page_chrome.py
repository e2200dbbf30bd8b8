"""PAGE_CHROME (data/structure.toml [page_chrome], structure.page_chrome): a web page's own lines around a directive
(portal labels, visitor counters, viewer notices, a page label glued to a header line) are no part of it.

The probe's pages have these forms (pe01, pg01, pg13, pg17, pg21, pg23, pi05, pi21, pf09, ph09); the probe's texts are
third-party pages, so the sentences here are our own, in the same pattern, on other topics."""

from __future__ import annotations

import pytest

from directive_parser import parse_text
from directive_parser.normalize import normalize_text
from directive_parser.structure import GLUED_PAGE_LABEL_RE, page_chrome, structure_words, without_chrome

WORDS = structure_words().page_chrome


def first_line_is_chrome(text: str) -> bool:
    """Whether a chrome span covers the start of ``text``'s first line with text on it."""
    start = len(text) - len(text.lstrip())
    return any(s.start <= start < s.end for s in page_chrome(text))


@pytest.mark.parametrize("text", WORDS.examples)
def test_chrome_examples(text: str) -> None:
    # [page_chrome] examples: each text's first line is the page's
    assert first_line_is_chrome(text)


@pytest.mark.parametrize("text", WORDS.counter_examples)
def test_chrome_counter_examples(text: str) -> None:
    # [page_chrome] counter-examples ("Trang" opening a sentence, c149's wrapped "Nha Trang"; a table's "Số lượt"
    # column; "Hôm nay" in prose; a header): nothing in them is chrome
    assert page_chrome(text) == []


def test_counter_takes_its_figures_and_no_more() -> None:
    # a visitor counter (probe pg23's form): the labels and their figures, not the sentence after them
    text = "Đang truy cập :\n42\nHôm nay :\n3150\nTháng hiện tại\n: 80412\nCác phòng rà soát 12 hồ sơ."
    assert [text[s.start : s.end] for s in page_chrome(text)] == ["Đang truy cập :", "42", "Hôm nay :", "3150", "Tháng hiện tại", ": 80412"]


def test_near_label_needs_chrome_above() -> None:
    # "Chuyên mục" / "Hôm nay" alone on a line inside a directive (a flattened table's column) are the directive's
    text = "KẾ HOẠCH\nTuyên truyền trên báo\nChuyên mục\nHôm nay\n"
    assert page_chrome(text) == []
    assert first_line_is_chrome("CHUYÊN MỤC\n\nThông báo lịch tiếp công dân")  # the page's first line (probe pg13)


def test_counter_figures_not_an_item_number() -> None:
    # a figure with a stop after it is an item's number, not a counter's figure
    text = "Số lượt truy cập\n1.\nRà soát hồ sơ"
    assert [text[s.start : s.end] for s in page_chrome(text)] == ["Số lượt truy cập"]


@pytest.mark.parametrize(
    ("line", "label"),
    [("Trang 1CHI ĐOÀN KHỐI PHỐ 3", "Trang 1"), ("Trang 12TRƯỜNG TIỂU HỌC AN BÌNH", "Trang 12"), ("Trang bị máy tính", None), ("Trang 2/5", None), ("Trang 1 của Phụ lục", None)],
)
def test_glued_page_label(line: str, label: str | None) -> None:
    # GLUED_PAGE_LABEL_RE: a viewer's "Trang N" glued to a header line's capital (probe pf09, ph09), both ways
    m = GLUED_PAGE_LABEL_RE.match(line)
    assert (m.group(0) if m else None) == label


def test_source_text_kept() -> None:
    # the working copy is blanked, same length (offsets hold); the printed text keeps the chrome for evidence
    text = normalize_text("Đang truy cập :\n42\nCác phòng rà soát hồ sơ trước ngày 30/6/2024.")
    work = without_chrome(text)
    assert len(work.text) == len(text.text) and work.printed == text.text
    first = text.text.index("\n")
    assert work.text[: first + 4] == " " * first + "\n  \n" and work.text[first + 4 :] == text.text[first + 4 :]


def test_counter_not_glued_to_the_duty() -> None:
    # probe pg23's form (our sentence): a visitor counter over the first sentence; the counter was read into it and
    # its duty was lost
    record = parse_text(
        "Đang truy cập :\n42\nHôm nay :\n3150\nTổng lượt truy cập : 900311\n"
        "Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện căn cứ chức năng, nhiệm vụ được giao triển khai "
        "thực hiện việc rà soát hồ sơ đất đai, bảo đảm tiến độ theo kế hoạch.\n"
    )
    assert any((o.responsible or "").startswith("Các phòng, ban chuyên môn") for o in record.obligations)


def test_portal_label_no_issuer() -> None:
    # a Q&A portal's labels (probe pe01, pg17, pg21, pi05's form; our subject and answer): "THÔNG TIN Ý KIẾN" is no issuer
    record = parse_text(
        "Insert title here\nTHÔNG TIN Ý KIẾN\nHà Tĩnh\n\nV/v đề nghị hỗ trợ sửa chữa cầu treo thôn Đông\n\n"
        "THÔNG TIN PHẢN HỒI\n\nSở Giao thông vận tải có ý kiến như sau:\n\n"
        "Giao Ban Quản lý dự án huyện kiểm tra hiện trạng cầu, báo cáo Sở trước ngày 15/8/2024./.\n"
    )
    assert record.issuer is None or "thông tin" not in (record.issuer.name or "").lower()
