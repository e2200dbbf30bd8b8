"""OCR: Tesseract's word boxes rebuilt into lines and columns, and one seed scan end to end.

The TSV tests need no Tesseract. The end-to-end test runs Tesseract for real on two pages
(about 5 s); it is skipped, with the reason, where Tesseract or its Vietnamese model is
missing (CI installs both through scripts/setup.sh).
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import CORPUS, gold

from directive_parser import parse_file
from directive_parser.loaders.ocr import (
    OCR_DPI,
    POINTS_PER_INCH,
    ocr_lines,
    page_text_from_tsv,
    repair_ocr_text,
    split_above_motto,
    tesseract_status,
    words_from_tsv,
)

# The shortest seed scan (2 pages).
SCAN = "003"
FIELDS = ("number.symbol", "date", "issuer.system", "signer.name")
# Fields that the header's two columns decide: the scan must give what its text copy gives
# (OCR run together "ĐẢNG ỦY P. THẠCH BÀN ĐẢNG CỘNG SẢN VIỆT NAM" before columns were kept).
SAME_AS_TEXT = ("issuer.name", "issuer.parent", "place", "document_type")


def _get(data: dict, key: str) -> object:
    for part in key.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


@pytest.mark.skipif(tesseract_status() is not None, reason=f"OCR not available: {tesseract_status()}")
def test_seed_scan_register_fields() -> None:
    record = parse_file(CORPUS / "files" / f"{SCAN}.scan.pdf").model_dump(mode="json")
    expected = gold(SCAN)
    assert {k: _get(record, k) for k in FIELDS} == {k: _get(expected, k) for k in FIELDS}
    text = parse_file(CORPUS / f"{SCAN}.txt").model_dump(mode="json")
    assert {k: _get(record, k) for k in SAME_AS_TEXT} == {k: _get(text, k) for k in SAME_AS_TEXT}
    assert record["place"] == expected["place"]
    assert record["source"]["pages"] == 2
    assert any("OCR" in c for c in record["source"]["conversions"])


REPAIRS = [
    # motto with a dropped circumflex (c130 page 1)
    ("BỘ CÔNG THƯƠNG CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    # date digits read as letters (c135: "ngày l1")
    ("Hà Nội, ngày l1 tháng 4 năm 2025", "Hà Nội, ngày 11 tháng 4 năm 2025"),
    # the day written against "ngày", "11" read as "I1" (c150 page 1)
    ("Hà Nội, ngày30 tháng I1 năm 2024", "Hà Nội, ngày 30 tháng 11 năm 2024"),
    # "tháng" read as "thắng" (c145 page 1)
    ("Hà Nội, ngày 13 thắng 4 năm 2025", "Hà Nội, ngày 13 tháng 4 năm 2025"),
    # a received stamp's date is not a date phrase and stays as read (c143 page 1)
    ("ĐẾN Giờ: C Ngày: 02/12/2024", "ĐẾN Giờ: C Ngày: 02/12/2024"),
    # the city's name with its tones misread, in the issuer block and the place (c130 page 1)
    ("THÀNH PHÓ HÒ CHÍ MINH", "THÀNH PHỐ HỒ CHÍ MINH"),
    ("Thành phố Hỗ Chí Minh, ngày 23 tháng 6 năm 2026", "Thành phố Hồ Chí Minh, ngày 23 tháng 6 năm 2026"),
    # "phó" stays where it is a word: "Phó Chủ tịch"
    ("Phó Chủ tịch thành phố", "Phó Chủ tịch thành phố"),
    # Icelandic eth for Đ
    ("\u00d0ẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    # the Party motto's second line with a long dash
    ("Dộc lập — Tự do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
    # "Kinh gửi" at a line start
    ("Kinh gửi: Các quận ủy", "Kính gửi: Các quận ủy"),
    # a general word stays as read, even misread ("đục" for "dục")
    ("dịch vụ giáo đục công", "dịch vụ giáo đục công"),
    # a handwritten number read as marks is left blank, the symbol kept (n050, n061 page 1)
    ("Số: ý# /CT-UBND", "Số: /CT-UBND"),
    ("Số: 9{ /QĐ-UBND", "Số: /QĐ-UBND"),
    # typed numbers, and a symbol with its number left blank, stay
    ("Số: 3051/VPCP-CN", "Số: 3051/VPCP-CN"),
    ("Số: -CV/HU", "Số: -CV/HU"),
    # a handwritten day read as marks is left blank, the place before it kept (n050, n061)
    ("Quảng Ngãi, ngày #2 tháng 3 năm 2018", "Quảng Ngãi, ngày tháng 3 năm 2018"),
    ("Quảng Ngãi, ngày4†tháng 01 năm 2025", "Quảng Ngãi, ngày tháng 01 năm 2025"),
    # "gỬI:" alone where "Kính" was lost beside a stamp (n047 page 1)
    ("gỬI: - Bộ trưởng, Thủ trưởng cơ quan ngang Bộ,", "Kính gửi: - Bộ trưởng, Thủ trưởng cơ quan ngang Bộ,"),
    # "ngày" read "này", the day's dotted line "_", "tháng9" run together (c153 page 1)
    ("Hà Nội, này24_\ttháng9 năm 2025", "Hà Nội, ngày 24 tháng 9 năm 2025"),
    # "V/v" read "V/%"; "Về việc" run together (n046, n053 page 1)
    ("V/% tổng kết công tác PCMT năm 2025", "V/v tổng kết công tác PCMT năm 2025"),
    ("Vềviệc tăng cường công tác phòng, chống tham nhũng", "Về việc tăng cường công tác phòng, chống tham nhũng"),
    # "Số" read as "Sô" before a symbol
    ("Sô: 3051/VPCP-CN", "Số: 3051/VPCP-CN"),
    # or "SỐ" in capitals (n012's number line read again under a blue stamp, 300 dpi); "SỐ LIỆU:" stays
    ("SỐ:\t/TB-UBND\tLâm Đồng, ngày\ttháng 4 năm 2026", "Số:\t/TB-UBND\tLâm Đồng, ngày\ttháng 4 năm 2026"),
    ("SỐ LIỆU: 12 xã", "SỐ LIỆU: 12 xã"),
    # a distribution item's note "(để b/c)" misread (c151, n046 pages); "(đề nghị …)" stays
    ("- Bộ trưởng (đê b/e);", "- Bộ trưởng (để b/c);"),
    ("- Đ/c Bộ trưởng (đề b/cáo);", "- Đ/c Bộ trưởng (để b/cáo);"),
    ("theo (đề nghị của Sở)", "theo (đề nghị của Sở)"),
    # "Cổng TTĐT" read "Công TTĐT" (c154, n057); "Công thông báo" is no portal
    ("- Công thông tin điện tử Bộ GDĐT;", "- Cổng thông tin điện tử Bộ GDĐT;"),
    ("- Công TTĐT tỉnh;", "- Cổng TTĐT tỉnh;"),
    # "Như Điều 3" read "Như Diều 3" (c151)
    ("- Như Diều 3;", "- Như Điều 3;"),
    # "Nơi nhận:" with its N read as a dot and a V (n051 page 3)
    (".Vơi nhận:\n- Văn phòng Chính phủ;", "Nơi nhận:\n- Văn phòng Chính phủ;"),
    # its N lost in the margin (c137 page 1)
    ("ơi nhận:\n- Như trên;", "Nơi nhận:\n- Như trên;"),
    # "vơi" as a word, not at a line start before a colon, stays
    ("nỗi lo vơi nhận thức", "nỗi lo vơi nhận thức"),
]


@pytest.mark.parametrize(("raw", "repaired"), REPAIRS)
def test_repair_fixed_phrases(raw: str, repaired: str) -> None:
    assert repair_ocr_text(raw) == repaired


TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(*words: tuple[int, int, int, int, int, float, str]) -> str:
    """TSV rows of words: (block, line, left, top, width, conf, text), 40 px high, 300 dpi."""
    rows = [TSV_HEADER]
    for n, (block, line, left, top, width, conf, text) in enumerate(words, start=1):
        rows.append(f"4\t1\t{block}\t1\t{line}\t0\t{left}\t{top}\t{width}\t40\t-1\t")
        rows.append(f"5\t1\t{block}\t1\t{line}\t{n}\t{left}\t{top}\t{width}\t40\t{conf}\t{text}")
    return "\n".join(rows) + "\n"


# A Party công văn's header as Tesseract boxes it on an A4 page at 300 dpi: the left column
# (issuer, number) and the right column (motto, place and date) are separate Tesseract lines on
# the same rows, the right ones a few pixels lower (their capitals carry no diacritics); a seal's
# strokes read as a line of two words at confidence 4 and 12; then a full-width body line.
HEADER_TSV = _tsv(
    (1, 1, 300, 200, 200, 91.0, "BAN"), (1, 1, 520, 200, 180, 92.0, "DÂN"), (1, 1, 720, 200, 180, 90.0, "VẬN"),
    (2, 1, 1300, 212, 220, 95.0, "ĐẢNG"), (2, 1, 1540, 212, 200, 95.0, "CỘNG"),
    (2, 1, 1760, 212, 160, 95.0, "SẢN"), (2, 1, 1940, 212, 160, 95.0, "VIỆT"), (2, 1, 2120, 212, 120, 95.0, "NAM"),
    (1, 2, 300, 280, 90, 93.0, "Số"), (1, 2, 400, 280, 260, 88.0, "12-CV/BDV"),
    (4, 1, 1000, 380, 60, 4.0, "~ẹ"), (4, 1, 1080, 380, 40, 12.0, "J"),
    (2, 2, 1300, 290, 260, 90.0, "Hải Phòng,"), (2, 2, 1580, 290, 120, 96.0, "ngày"),
    (2, 2, 1720, 290, 40, 96.0, "3"), (2, 2, 1780, 290, 140, 96.0, "tháng"), (2, 2, 1940, 290, 40, 96.0, "4"),
    (2, 2, 2000, 290, 100, 96.0, "năm"), (2, 2, 2120, 290, 100, 96.0, "2025"),
    (3, 1, 300, 500, 400, 96.0, "Thực"), (3, 1, 720, 500, 500, 96.0, "hiện"),
    (3, 1, 1240, 500, 500, 96.0, "Kế"), (3, 1, 1760, 500, 460, 96.0, "hoạch"),
)


def test_tsv_words_in_points_without_noise() -> None:
    words = words_from_tsv(HEADER_TSV, POINTS_PER_INCH / OCR_DPI)
    # the seal's line (best word at confidence 12) is dropped; the other 21 words are kept
    assert len(words) == 21 and not {"~ẹ", "J"} & {w["text"] for w in words}
    # 300 px at 300 dpi is one inch, 72 points
    assert words[0]["x0"] == pytest.approx(72.0)


def test_tsv_lines_join_columns_side_by_side() -> None:
    lines = ocr_lines(words_from_tsv(HEADER_TSV, POINTS_PER_INCH / OCR_DPI))
    assert [" ".join(w["text"] for w in line) for line in lines] == [
        "BAN DÂN VẬN ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 12-CV/BDV Hải Phòng, ngày 3 tháng 4 năm 2025",
        "Thực hiện Kế hoạch",
    ]


def test_tsv_page_text_reads_left_column_then_right() -> None:
    assert page_text_from_tsv(HEADER_TSV, POINTS_PER_INCH / OCR_DPI).split("\n") == [
        "BAN DÂN VẬN",
        "Số 12-CV/BDV",
        "",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hải Phòng, ngày 3 tháng 4 năm 2025",
        "",
        "Thực hiện Kế hoạch",
    ]


def test_tsv_lines_of_one_column_stay_apart() -> None:
    # "Nơi nhận:" and the tall "KT. BỘ TRƯỞNG" beside it make one row; the recipient line
    # under "Nơi nhận:" overlaps that row's height by 25 of 40 px but lies in the same
    # column (a crooked scan): it is a line of its own.
    tsv = _tsv(
        (1, 1, 300, 1800, 220, 96.0, "Nơi nhận:"),
        (2, 1, 1300, 1790, 600, 96.0, "KT. BỘ TRƯỞNG"),
        (1, 2, 300, 1815, 260, 96.0, "- Như trên;"),
    )
    lines = ocr_lines(words_from_tsv(tsv, POINTS_PER_INCH / OCR_DPI))
    assert [[w["text"] for w in line] for line in lines] == [["Nơi nhận:", "KT. BỘ TRƯỞNG"], ["- Như trên;"]]


def test_progress_reports_every_page() -> None:
    # a text PDF (no OCR needed): the callback sees the start and each page, in order
    calls: list[tuple[int, int]] = []
    record = parse_file(CORPUS / "files" / "000.pdf", progress=lambda done, total: calls.append((done, total)))
    pages = record.source["pages"]
    assert pages >= 2
    assert calls == [(n, pages) for n in range(pages + 1)]


def test_cli_draws_no_bar_off_a_terminal() -> None:
    # stderr captured (not a terminal): the record on stdout, nothing on stderr
    from typer.testing import CliRunner

    from directive_parser.cli import app

    result = CliRunner().invoke(app, ["parse", str(CORPUS / "files" / "000.pdf")])
    assert result.exit_code == 0 and result.stdout.lstrip().startswith("{")
    assert result.stderr == ""


# Headers of real scans as the OCR rebuilds them (Tesseract boxes, columns apart), received
# stamps included: the stamp's "ĐẾN … Ngày …" is never the document's number or date.
STAMPED_HEADERS = [
    # c143 page 1: the stamp covers the year of the date line and its own date is garbled
    # ("Q2/4214014.."): no date rather than the stamp's
    (
        "\n".join([
            "VĂN PHÒNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "Độc lập - Tự do - Hạnh phúc", "",
            "Số:538/TB-VPCP\t.\tHà Nội, ngày 01 tháng 12 năm CÓ NGTNĐỆNTỦ GINNPHÙ",
            "__—\tTHÔNG BÁO:\tĐỀN vay Q2/4214014..",
            "Làn |\tKết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà",
            "22⁄\ttại cuộc họp tháo gỡ khó khăn, đây nhanh tiến độ các dự án",
            "L⁄d _\tđường cao tốc tại khu vực đồng bằng sông Cửu Long",
        ]),
        ("538/TB-VPCP", None, "Văn phòng Chính phủ"),
    ),
    # c137 page 1: the stamp's "ĐẾN, ngày …2025" under the subject, beside "Kính gửi"
    (
        "\n".join([
            "VĂN PHÒNG CHÍNH PHỦ", "Số: 2976/VPCP-CN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 09 tháng 4 năm 2025", "",
            "V/v hoạt động kiểm định đối với xe quá '", "khổ, quá tải", "GÔNG THÔNG TỊN ĐIỆN TỬ CHÍNH PHỦ",
            "Gà... . mm.\tKính gửi: Bộ Xây dựng.", "ĐẾN, ngày...44.14.).2025,...",
        ]),
        ("2976/VPCP-CN", "2025-04-09", "Văn phòng Chính phủ"),
    ),
    # c150 page 1: the stamp in the margin, on the row of the telegram's address line
    (
        "\n".join([
            "`\t.\t'H//", "THỦ TƯỚNG CHÍNH PHỦ", "—————", "Số: 124/CĐ-TTg", "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 30 tháng 11 năm 2024", "",
            "CÔNG ĐIỆN", "Về tăng cường đôn đốc thu ngân sách nhà nước đối với các khoản thu",
            "liên quan đến đất đai trong tháng cuối năm 2024", "CÔNG THÔNG TTN ĐIỆN TỪ CHÍNH PHỦ",
            "ĐẾN Nghy..02-|A2120244...\tTHỦ TƯỚNG CHÍNH PHỦ điện:",
        ]),
        ("124/CĐ-TTg", "2024-11-30", "Thủ tướng Chính phủ"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAMPED_HEADERS)
def test_received_stamp_is_not_the_documents(text: str, expected: tuple[str, str | None, str]) -> None:
    from directive_parser import parse_text

    record = parse_text(text).model_dump(mode="json")
    assert (_get(record, "number.symbol"), record["date"], _get(record, "issuer.name")) == expected


# --- the signature block, found by position (c139 page 4's layout, in pixels at 300 dpi) -------
# "Nơi nhận" left; one of its items runs past the middle of the page ("PTTgCP Nguyễn Chí Dũng,"
# ends at 1240 px of 2480); the first pass read the authority line into the same Tesseract line
# as a list item, and nothing of the name under the seal.
SIGNATURE_PAGE_TSV = _tsv(
    (1, 1, 300, 1800, 220, 96.0, "Nơi"), (1, 1, 530, 1800, 120, 96.0, "nhận:"),
    (1, 2, 300, 1850, 120, 96.0, "-"), (1, 2, 430, 1850, 200, 96.0, "TTgCP;"),
    (1, 2, 1460, 1840, 120, 90.0, "KT."), (1, 2, 1600, 1840, 600, 90.0, "BỘ TRƯỞNG"),
    (1, 3, 300, 1900, 700, 95.0, "Trợ lý, Thư ký của:"), (1, 3, 1010, 1900, 230, 95.0, "Dũng,"),
    (5, 1, 1500, 2100, 200, 20.0, "xến"),
)
# The crop read again: the block's own lines, the name whole (crop pixels).
SIGNATURE_CROP_TSV = _tsv(
    (1, 1, 200, 30, 700, 93.0, "KT. BỘ TRƯỞNG"), (1, 2, 300, 90, 500, 91.0, "PHÓ CHỦ NHIỆM"),
    (1, 3, 250, 400, 200, 88.0, "Phạm"), (1, 3, 470, 400, 200, 92.0, "Mạnh"), (1, 3, 690, 400, 200, 95.0, "Cường"),
)


def _fake_tesseract(monkeypatch: pytest.MonkeyPatch, tsv: str) -> list[tuple[int, int]]:
    """Tesseract replaced by ``tsv`` for every image; the sizes of the images it was given."""
    from directive_parser.loaders import ocr

    crops: list[tuple[int, int]] = []

    def fake_tesseract(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        crops.append(image.size)
        return tsv

    monkeypatch.setattr(ocr, "_tesseract_tsv", fake_tesseract)
    return crops


def test_signature_block_found_by_position_and_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    crops = _fake_tesseract(monkeypatch, SIGNATURE_CROP_TSV)
    scale = POINTS_PER_INCH / OCR_DPI
    page = Image.new("RGB", (2480, 3508), "white")
    kept, block = ocr.signature_block(words_from_tsv(SIGNATURE_PAGE_TSV, scale), page, scale)
    # the crop starts right of the list's longest line (1240 px), not at 45 % of the width
    assert crops and 2480 - crops[0][0] >= 1240
    # the list and its long item stay on the page; the authority words of its row go to the block
    assert [w["text"] for w in kept] == ["Nơi", "nhận:", "-", "TTgCP;", "Trợ lý, Thư ký của:", "Dũng,"]
    assert ocr._line_texts(block) == ["KT. BỘ TRƯỞNG", "PHÓ CHỦ NHIỆM", "Phạm Mạnh Cường"]


def test_value_confidence_counts_a_mended_word_as_unread() -> None:
    from directive_parser.loaders.ocr import value_confidence

    read = [("KT.", 93.0), ("BỘ", 90.0), ("TRƯỞNG", 96.0), ("Sỹ", 90.0), ("Hiệp", 80.0), ("tểấyên", 10.0)]
    assert value_confidence("KT. BỘ TRƯỞNG", read) == 0.93
    # "Nguyễn" was completed from the "Nơi nhận" list: no word read on the page has its letters
    assert value_confidence("Nguyễn Sỹ Hiệp", read) == 0.57


def test_a_scan_with_ocr_turned_off_says_so_not_install_tesseract() -> None:
    # `parse --no-ocr` on a scan (c135, a Government Office letter without a text layer): the
    # message names the flag; "install Tesseract" is for a machine without it
    from directive_parser.errors import NoTextLayer
    from directive_parser.loaders import load_bytes

    data = (CORPUS / "files" / "c135.pdf").read_bytes()
    with pytest.raises(NoTextLayer, match=r"OCR was turned off \(--no-ocr\)"):
        load_bytes(data, "c135.pdf", ocr=False)


def _word(x0: float, x1: float, top: float, text: str, conf: float = 96.0, line: str = "1") -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": top + 12, "text": text, "line": ("1", "1", line), "conf": conf}


# n047's page 1 as Tesseract boxed it (points): the received stamp beside the "Kính gửi" list,
# a speck after its first item, the body's first line from the margin.
N047_ADDRESSEES = [
    _word(187, 209, 209, "gỬI:", 46, "1"),
    _word(44, 99, 226, "Shembem", 0, "6"), _word(101, 111, 226, "ĐIỆ", 62, "6"),
    _word(210, 213, 226, "-", 93, "2"), _word(218, 234, 226, "Bộ", line="2"), _word(238, 279, 226, "trưởng,", line="2"),
    _word(436, 456, 226, "Bộ,", 91, "2"), _word(472, 474, 226, "ˆ", 0, "2"),
    _word(84, 91, 242, "KT", 29, "7"), _word(210, 213, 242, "-", 93, "3"), _word(218, 241, 242, "Chủ", line="3"),
    _word(456, 479, 242, "phố.", 86, "3"),
    _word(108, 150, 262, "Triển", line="4"), _word(154, 180, 262, "khai", line="4"), _word(184, 220, 262, "Kết", line="4"),
]


def test_words_beside_the_addressee_list_are_set_aside() -> None:
    from directive_parser.loaders.ocr import set_aside_beside_addressees

    kept, aside = set_aside_beside_addressees(N047_ADDRESSEES)
    assert aside == ["Shembem ĐIỆ", "ˆ", "KT"]
    # the list's words and the body's line (from the margin, no gap) stay
    assert [w["text"] for w in kept] == ["gỬI:", "-", "Bộ", "trưởng,", "Bộ,", "-", "Chủ", "phố.", "Triển", "khai", "Kết"]
    # no "Kính gửi" on the page: nothing is set aside
    assert set_aside_beside_addressees(N047_ADDRESSEES[1:]) == (N047_ADDRESSEES[1:], [])


# c135's page 1 as Tesseract boxed it (points): the subject in the left column, the list's
# bullets 111 pt right of the text's margin, no "Kính gửi:" (dropped beside the "HỎA TỐC" stamp).
C135_LIST = [
    _word(85, 215, 200, "Gia Nghĩa - Chơn Thành", line="1"),
    _word(188, 192, 239, "-", 93, "2"), _word(197, 212, 239, "Bộ", line="2"), _word(301, 336, 239, "chính;", line="2"),
    _word(188, 192, 255, "-", 93, "3"), _word(197, 220, 255, "Chủ", line="3"), _word(406, 445, 255, "Phước.", line="3"),
    _word(77, 120, 290, "Xét", line="4"), _word(124, 160, 290, "báo", line="4"), _word(164, 190, 290, "cáo", line="4"),
]
# The label's area read again: the stamp's tip, then the label.
C135_LABEL_TSV = _tsv((1, 1, 0, 60, 40, 40.0, "s/"), (1, 1, 80, 60, 120, 95.0, "Kính"), (1, 1, 210, 60, 110, 94.0, "gửi:"))


@pytest.mark.parametrize(("tsv", "label"), [(C135_LABEL_TSV, ["Kính", "gửi:"]), (_tsv((1, 1, 0, 60, 40, 90.0, "HỎA")), [])])
def test_lost_addressee_label_read_again_where_the_list_stands(
    monkeypatch: pytest.MonkeyPatch, tsv: str, label: list[str]
) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    crops = _fake_tesseract(monkeypatch, tsv)
    scale = POINTS_PER_INCH / OCR_DPI
    page = Image.new("RGB", (2480, 3508), "white")
    words = ocr.recover_addressee_label(C135_LIST, page, scale)
    # the area left of the bullets (margin 77 pt to 182 pt), three lines above the first item
    assert len(crops) == 1 and crops[0][0] == round(182 / scale) - round(77 / scale)
    assert [w["text"] for w in words[len(C135_LIST) :]] == label
    # where the page has its label, nothing is read again
    crops.clear()
    assert ocr.recover_addressee_label([*C135_LIST, _word(100, 150, 225, "Kính gửi:", line="9")], page, scale)
    assert crops == []


# --- the signer's name line: cleaned, and read again where doubtful ---------------------------------
def _name_word(x: float, text: str, conf: float, line: str = "n") -> dict[str, Any]:
    """A word of a signature block: the position line ("p") stands above the name line ("n")."""
    top = 440.0 if line == "p" else 500.0
    return {"x0": x, "x1": x + 10.0 * len(text), "top": top, "bottom": top + 20.0, "text": text, "line": ("sig", "1", line), "conf": conf}


def test_name_line_specks_dropped_and_run_together_words_split() -> None:
    from directive_parser.loaders.ocr import _clean_name_line

    found: list[str] = []
    # c146: a speck of the seal after "Hồng Hà"
    words = [_name_word(0, "PHÓ THỦ TƯỚNG", 92.0, "p"), _name_word(100, "Ti", 12.0), _name_word(130, "Hồng", 91.0), _name_word(180, "Hà", 96.0), _name_word(210, "sọ,", 19.0)]
    assert [w["text"] for w in _clean_name_line(words, found)] == ["PHÓ THỦ TƯỚNG", "Ti", "Hồng", "Hà"]
    assert found == ["'sọ,' → '' (after the name)"]
    # c151: "Lê7ấn Dũng": the two words get the run's box in proportion to their letters
    found.clear()
    cleaned = _clean_name_line([_name_word(100, "Lê7ấn", 37.0), _name_word(170, "Dũng", 97.0)], found)
    assert [(w["text"], w["x0"], w["x1"]) for w in cleaned] == [("Lê", 100.0, 120.0), ("Tấn", 120.0, 150.0), ("Dũng", 170.0, 210.0)]
    assert found == ["'Lê7ấn' → 'Lê Tấn'"]


@pytest.mark.parametrize(
    ("strip_tsv", "name"),
    [
        # c152: a strip reads the family name the block's read missed ("Tê")
        (_tsv((1, 1, 40, 20, 60, 94.0, "Lê"), (1, 1, 120, 20, 110, 97.0, "Quân")), "Lê Quân"),
        # the strips read no valid name either: the block's read stays
        (_tsv((1, 1, 40, 20, 60, 55.0, "..e"), (1, 1, 120, 20, 110, 39.0, "Quần")), "Tê Quân"),
    ],
)
def test_doubtful_name_line_read_again(monkeypatch: pytest.MonkeyPatch, strip_tsv: str, name: str) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    crops = _fake_tesseract(monkeypatch, strip_tsv)
    found: list[str] = []
    block = [_name_word(10, "THỨ TRƯỞNG", 94.0, "p"), _name_word(20, "Tê", 78.0), _name_word(60, "Quân", 96.0)]
    reread = ocr._reread_name_line(block, Image.new("L", (600, 2400), "white"), (0.0, 0.0), 0.24, "", found)
    assert len(crops) == len(ocr.NAME_VARIANTS)
    assert ocr._line_texts(reread) == ["THỨ TRƯỞNG", name]
    assert found == ([f"'Tê Quân' → {name!r} (the name's line read again)"] if name != "Tê Quân" else [])


@pytest.mark.parametrize(
    ("strip_tsv", "name"),
    [
        # c152: the strips lose the "L" in the seal's rim too but read its "ê" and "Quân" as the
        # block did: the one family name spelt "_ê" is taken
        (_tsv((1, 1, 40, 20, 60, 17.0, "z.ê"), (1, 1, 120, 20, 110, 97.0, "Quân")), "Lê Quân"),
        # the strips read "Tê" again: the first letter is not lost, nothing is repaired
        (_tsv((1, 1, 40, 20, 60, 80.0, "Tê"), (1, 1, 120, 20, 110, 97.0, "Quân")), "Tê Quân"),
        # the strips read the other words otherwise: they do not agree
        (_tsv((1, 1, 40, 20, 60, 17.0, "z.ê"), (1, 1, 120, 20, 110, 39.0, "Quần")), "Tê Quân"),
    ],
)
def test_family_name_by_its_onset_where_the_reads_agree(monkeypatch: pytest.MonkeyPatch, strip_tsv: str, name: str) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    _fake_tesseract(monkeypatch, strip_tsv)
    found: list[str] = []
    block = [_name_word(10, "THỨ TRƯỞNG", 94.0, "p"), _name_word(20, "Tê", 78.0), _name_word(60, "Quân", 96.0)]
    reread = ocr._reread_name_line(block, Image.new("L", (600, 2400), "white"), (0.0, 0.0), 0.24, "", found)
    assert ocr._line_texts(reread) == ["THỨ TRƯỞNG", name]
    repaired = name != "Tê Quân"
    assert found == ([f"'Tê Quân' → {name!r} (the family name by its letters after the first, as the line's other reads agree)"] if repaired else [])
    assert [w["conf"] for w in reread if w["text"] == "Lê"] == ([0.0] if repaired else [])


def test_name_line_read_surely_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    crops = _fake_tesseract(monkeypatch, "")
    block = [_name_word(10, "THỨ TRƯỞNG", 94.0, "p"), _name_word(20, "Trần", 96.0), _name_word(60, "Hoàng", 97.0), _name_word(120, "Tuấn", 96.0)]
    assert ocr._reread_name_line(block, Image.new("L", (600, 300), "white"), (0.0, 0.0), 0.24, "", None) == block
    assert crops == []


def _strip_reads(*names: str) -> list[str]:
    """Tesseract's TSV of a name line's strip, one per ``NAME_VARIANTS`` read, each read as given."""
    reads = []
    for name in names:
        words, left = [], 40
        for text in name.split():
            words.append((1, 1, left, 20, 20 * len(text), 95.0, text))
            left += 20 * len(text) + 20
        reads.append(_tsv(*words))
    return reads


@pytest.mark.parametrize(
    ("strips", "name"),
    [
        # c153's six strips as read: the block read "Chỉ" (a tone on the i's dot); three strips give
        # "Nguyễn Thị Kim Chi" (completed from "yên"), none a valid "Chỉ" ("ivên" is no family
        # name's end): the name of given names that more reads give is taken, 3 to 1
        (["yên Thị Kim Chi"] * 3 + ["Iyên Thị Kim Chi", "ivên Thị Kim Chỉ", "ivên Thị Kim Chỉ"], "yên Thị Kim Chi"),
        # one strip only gives it: not enough reads agree
        (["yên Thị Kim Chi"] + ["ivên Thị Kim Chỉ"] * 5, "yên Thị Kim Chỉ"),
        # three reads each way: no more reads give "Chi" than "Chỉ", the block's read stays
        (["yên Thị Kim Chi"] * 3 + ["yên Thị Kim Chỉ"] * 3, "yên Thị Kim Chỉ"),
        # two names of given names ("Chi", "Chí"): not one, the block's read stays
        (["yên Thị Kim Chi"] * 3 + ["yên Thị Kim Chí"] * 3, "yên Thị Kim Chỉ"),
        # the strips read the block's name or none: it stays
        (["yên Thị Kim Chỉ"] * 2 + ["Thị Kim"] * 4, "yên Thị Kim Chỉ"),
    ],
)
def test_name_with_no_given_name_read_again(monkeypatch: pytest.MonkeyPatch, strips: list[str], name: str) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    reads = iter(_strip_reads(*strips))
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, label, psm=ocr.OCR_PSM: next(reads))
    found: list[str] = []
    block = [_name_word(10, "THỨ TRƯỞNG", 94.0, "p"), _name_word(20, "yên", 77.0), _name_word(60, "Thị", 96.0),
             _name_word(100, "Kim", 97.0), _name_word(140, "Chỉ", 95.0)]
    reread = ocr._reread_name_line(block, Image.new("L", (600, 2400), "white"), (0.0, 0.0), 0.24, "", found)
    assert next(reads, None) is None  # every variant read
    assert ocr._line_texts(reread) == ["THỨ TRƯỞNG", name]
    changed = name != "yên Thị Kim Chỉ"
    assert found == ([f"'yên Thị Kim Chỉ' → {name!r} (the name's line read again: a name of given names, by most reads)"] if changed else [])


# --- the authority and position lines of a signature block under a seal -----------------------------
@pytest.mark.parametrize(
    ("block", "repaired"),
    [
        # c135: the position under the seal's rim, under "KT. BỘ TRƯỞNG, CHỦ NHIỆM"
        (["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Z HC SHÚ NHIỆM", "tểấyên Sỹ Hiệp"], ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "tểấyên Sỹ Hiệp"]),
        # c155: the deputy of a minister has a title of its own; "TRƯỜNG" has "TRƯỞNG"'s letters
        (["KT. BỘ TRƯỞNG", "cử xHỨ TRƯỜNG", "Nøx yến Văn Phúc"], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nøx yến Văn Phúc"]),
        # n050: "KT." read as marks before "T.", the position two lines down past a line of marks
        (["-e=J{T. CHỦ TỊCH", "7%", "K< Ð—-ÈCHỦ TỊCH", "Phạm Trường Thọ"], ["KT. CHỦ TỊCH", "7%", "PHÓ CHỦ TỊCH", "Phạm Trường Thọ"]),
        # c146: "KT," with its K read "sk"
        (["=¬skT, THỦ TƯỚNG", "⁄40_ PHONRHỦ TƯỚNG"], ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"]),
        # c153: the position's "T" lost to a mark, then the head's title over its deputy's lost "KT."
        (["BỘ TRƯỞNG", "'HỨ TRƯỞNG", "Nguyễn Thị Kim Chỉ"], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Thị Kim Chỉ"]),
        # POSITION_UNDER_SEAL. c159 (real scan): the head signing himself, the ring's upper arc over "BỘ"
        (["Sụ) TRƯỜNG, CHỦ NHIỆM", "/ > 0: HÀ CÀ", "la ( % khử \\", "% # Tgấi Văn Sơn"],
         ["BỘ TRƯỞNG, CHỦ NHIỆM", "/ > 0: HÀ CÀ", "la ( % khử \\", "% # Tgấi Văn Sơn"]),
        # n037's DOCX at 300 dpi with a seal: "KT." lost under "TL. CHỦ TỊCH", the deputy's "PHÓ" read "4"
        # (the loader drops the "." as a stroke: the line reaches the rule as printed, its "KT." lost)
        (["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "4 CHÁNH VĂN PHÒNG", "Phùng Tô Long"],
         ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Phùng Tô Long"]),
        # n029's DOCX at 300 and 200 dpi with a seal: "CHỦ" under the ring, the seal's marks before it
        (["TM. HỌI nữ", "N. TỊCH", "GIÁM ĐÓC SỞ NỘI VỤ"], ["TM. HỌI nữ", "CHỦ TỊCH", "GIÁM ĐÓC SỞ NỘI VỤ"]),
        (["TM. HỘI ĐÒNG", "⁄5ö.b: ,ĐNỦ TỊCH", "GIÁM ĐÓC SỞ NỘI VỤ", "Đồ Văn Chung"],
         ["TM. HỘI ĐÒNG", "CHỦ TỊCH", "GIÁM ĐÓC SỞ NỘI VỤ", "Đồ Văn Chung"]),
        # n032's DOCX photographed with a seal: "BÍ" under the ring
        (["TM. BAN THƯƠNG VỤ TINH ĐOAN", "276 O0 THƯ", "Trương Minh Quang"], ["TM. BAN THƯƠNG VỤ TINH ĐOAN", "BÍ THƯ", "Trương Minh Quang"]),
    ],
)
def test_block_titles_repaired_under_a_seal(block: list[str], repaired: list[str]) -> None:
    from directive_parser.loaders.ocr import repair_block_titles

    found: list[str] = []
    assert repair_block_titles(block, found) == repaired
    assert found == [f"{a!r} → {b!r}" for a, b in zip(block, repaired, strict=True) if a != b]


@pytest.mark.parametrize(
    "block",
    [
        # n061: two authority lines, the position read right: nothing to repair
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Phước Hiền"],
        # no "KT.": the head signs himself, no deputy's title is known
        ["THỦ TƯỚNG", "SG Minh Chính"],
        # the line under "KT." is the name (no position read): a name is never made a title
        ["KT. CHỦ TỊCH", "Trần Tịch"],
        # a line ending otherwise than the deputy's title stays ("PHÓ CHỦ TỊCH THƯỜNG TRỰC")
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"],
        # "TL." and "TM." end in no "T.": the marks before them are not "KT."
        ["TL. CỤC TRƯỞNG", "TRƯỞNG PHÒNG"],
        # a head's title over a line that is not its deputy's: no "KT." is inferred
        ["BỘ TRƯỞNG", "Nguyễn Kim Sơn"],
        # POSITION_UNDER_SEAL's counter-examples: an authority's second line read whole (all syllables)
        # is never made a position ("TỈNH ĐOÀN" is not "TRƯỞNG ĐOÀN")
        ["TM. BAN THƯỜNG VỤ", "TỈNH ĐOÀN", "BÍ THƯ", "Trương Minh Quang"],
        # a mark before a known title: whether "PHÓ" stood there cannot be told
        ["TL. CHỦ TỊCH", "4 CHÁNH VĂN PHÒNG", "Phùng Tô Long"],
        # a head's two titles with three words before the comma: "KT. BỘ TRƯỞNG," with its deputy's line
        # lost (c139's first pass), not the head signing
        ["K1 ÿ NRƯỚNG, CHỦ NHIỆM", "Phạm Mạnh Cường"],
        # n038 at 300 dpi: the line over a known position read whole is the authority's, its mark misread
        ["KIT CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Bùi Văn Thạch"],
        # the head's title after a comma, over its deputy's: the first of two titles lost, not "KT. CHỦ NHIỆM"
        ["TL. CỤC TRƯỞNG", ", CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"],
    ],
)
def test_block_titles_left_as_read(block: list[str]) -> None:
    from directive_parser.loaders.ocr import repair_block_titles

    assert repair_block_titles(block) == block


def test_deputies_data() -> None:
    import tomllib
    from importlib import resources

    from directive_parser.loaders.ocr import deputy_title

    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    for example in data["deputies"]["examples"]:
        authority, position = example.split("|")
        assert deputy_title(authority) == position


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("'HỨ TRƯỞNG", "THỨ TRƯỞNG"),  # c153
        ("-HÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        ("'BỘ TRƯỞNG", None),  # a whole title: nothing lost
        ("HỨ TRƯỞNG", None),  # no mark where the letter was: not taken as a lost letter
        ("'Hứ Trưởng", None),  # not a title line in capitals
        ("'RƯỞNG BAN", "TRƯỞNG BAN"),
        ("'HÓ X", None),  # no known title ends so
    ],
)
def test_title_initial_restored_only_where_one_title_fits(line: str, title: str | None) -> None:
    from directive_parser.loaders.ocr import restore_title_initial

    assert restore_title_initial(line) == title


def _block_titles_data() -> dict[str, list[str]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    return dict(data["block_titles"])


@pytest.mark.parametrize("example", _block_titles_data()["examples"])
def test_two_part_head_restored_over_its_deputy(example: str) -> None:
    """c140, c142: the seal took the first of the head's two titles; the deputy's title under it."""
    from directive_parser.loaders.ocr import repair_block_titles

    line, under, repaired = example.split("|")
    repairs: list[str] = []
    out = repair_block_titles([line, under, "Nguyễn Sỹ Hiệp"], repairs)
    assert out == [repaired, "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp"]
    assert (line != repaired) == any(r.startswith(repr(line)) for r in repairs)


@pytest.mark.parametrize("example", _block_titles_data()["counter_examples"])
def test_two_part_head_left_as_read(example: str) -> None:
    """No comma, another second title, nothing before the comma, or no deputy's title under the
    line (the head signing, his name right under it: c139): the first line stays as read."""
    from directive_parser.loaders.ocr import repair_block_titles

    line, under = example.split("|")
    assert repair_block_titles([line, under])[0] == line


# --- the position's line level with "Nơi nhận", read again (c150) ----------------------------------
C150_NAME_LINE = [_name_word(343, "SG", 45.0), _name_word(371, ".flryff", 0.0), _name_word(416, "Minh", 97.0), _name_word(451, "Chính", 97.0)]


def _strips(monkeypatch: pytest.MonkeyPatch, *reads: str) -> list[str]:
    """Tesseract replaced by one read per strip, in turn (each a line of words); the strips' psm."""
    from directive_parser.loaders import ocr

    asked: list[str] = []

    def fake_tesseract(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        read = reads[len(asked) % len(reads)]
        asked.append(psm)
        return _tsv(*((1, 1, 40 + 300 * k, 20, 280, 60.0, w) for k, w in enumerate(read.split())))

    monkeypatch.setattr(ocr, "_tesseract_tsv", fake_tesseract)
    return asked


@pytest.mark.parametrize(
    ("reads", "title"),
    [
        # c150: the strips of the anchor's band read the title through the seal's rim
        (["—e=LHUÙ TƯỚNG", "—e=sHỦ TƯỚNG", "~e=smLHUÚ TƯỜNG"], "THỦ TƯỚNG"),
        # one strip of five only gives a position: not enough
        (["—e=LHUÙ TƯỚNG", "~e=smLHUÚ TƯỜNG", "⁄GŠ⁄24", "*=mfŒÀUC", "3⁄4 HƯỚNG"], None),
        # two strips give two positions: no agreement
        (["—e=LHUÙ TƯỚNG", "PHÓ CHỦ TỊCH"], None),
        # an authority line is no position ("KT. THỦ TƯỚNG" over a deputy whose line was lost)
        (["KT. THỦ TƯỚNG", "=¬skT, THỦ TƯỚNG"], None),
    ],
)
def test_title_line_read_again_on_the_anchors_band(monkeypatch: pytest.MonkeyPatch, reads: list[str], title: str | None) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    asked = _strips(monkeypatch, *reads)
    found: list[str] = []
    block = ocr._reread_title_line(list(C150_NAME_LINE), Image.new("L", (1200, 2400), "white"), (276.0, 0.0), 0.24, (438.0, 452.0), found)
    assert len(asked) == len(ocr.TITLE_VARIANTS)
    assert ocr._line_texts(block) == [*([title] if title else []), "SG .flryff Minh Chính"]
    assert len(found) == (1 if title else 0)


def test_title_line_not_read_again_where_the_block_has_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    asked = _strips(monkeypatch, "THỦ TƯỚNG")
    # c157: a line in capitals above the name, however garbled, is the extractor's to judge
    block = [_name_word(10, "49 SN NƯỚN", 30.0, "p"), *C150_NAME_LINE]
    assert ocr._reread_title_line(block, Image.new("L", (1200, 2400), "white"), (276.0, 0.0), 0.24, (400.0, 412.0), None) == block
    # no name line: nothing to place the title over
    assert ocr._reread_title_line(block[:1], Image.new("L", (1200, 2400), "white"), (276.0, 0.0), 0.24, (400.0, 412.0), None) == block[:1]
    assert asked == []


# --- the authority's line read again on its own strip (n044, c139) ----------------------------------
@pytest.mark.parametrize(
    ("first", "reads", "authority"),
    [
        # n044: "TM. BAN" under the red seal's rim; the strips read the mark and the body's letters
        ("T N THƯƠNG VỤ", ["TM-BẠN THƯỜNG VỤ", "TM-BẠN THƯỜNG VỤ", "TM.BAẠN THƯỜNG VỤ", "TEEPKRTHUONGYVỤ", ""], "TM. BAN THƯỜNG VỤ"),
        # c139: the head's two titles, the first read badly in every strip but the mark read
        ("K1 ÿ NRƯỚNG, CHỦ NHIỆM", ["KT, Bồ-TRƯỜNG. CHỦ NHIỆM", "KT. BQ-TRƯỞNG, CHỦ NHIỆM Ê Ni NHTÊM", "KT,BQ-TRƯỞNG, CHỦ NHIỆM", "KT,BO-RƯỜNG, CHỦ NHIỆM"], "KT. BỘ TRƯỞNG, CHỦ NHIỆM"),
        # one strip only reads an authority: not enough
        ("T N THƯƠNG VỤ", ["TM-BẠN THƯỜNG VỤ", "NÀNG HƯỚNG VỤ", "TEEPKRTHUONGYVỤ", "", "x"], None),
        # two strips read two authorities: no agreement
        ("T N THƯƠNG VỤ", ["TM-BẠN THƯỜNG VỤ", "TM-BẠN THƯỜNG VỤ", "TL. BAN THƯỜNG VỤ", "", "x"], None),
    ],
)
def test_authority_line_read_again_where_its_strips_agree(monkeypatch: pytest.MonkeyPatch, first: str, reads: list[str], authority: str | None) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    asked = _strips(monkeypatch, *(r or "_" for r in reads))
    found: list[str] = []
    block = [_name_word(10, first, 90.0, "p"), _name_word(20, "Nguyễn", 49.0), _name_word(80, "Phú", 97.0), _name_word(120, "Hoàng", 97.0)]
    out = ocr._reread_authority_line(block, Image.new("L", (1200, 2400), "white"), (0.0, 0.0), 0.24, found)
    assert len(asked) == len(ocr.TITLE_VARIANTS)
    assert ocr._line_texts(out) == [authority or first, "Nguyễn Phú Hoàng"]
    assert found == ([f"{first!r} → {authority!r} (the authority's line read again)"] if authority else [])


@pytest.mark.parametrize(
    "first",
    [
        "TM. BAN THƯỜNG VỤ",  # an authority line as read
        "THỦ TƯỚNG",  # the head signing: a position, no authority
        "=¬skT, THỦ TƯỚNG",  # its "KT." restored from the "T." by the title repairs (c146)
    ],
)
def test_authority_line_not_read_again_where_it_reads(monkeypatch: pytest.MonkeyPatch, first: str) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    asked = _strips(monkeypatch, "TM. BAN THƯỜNG VỤ")
    block = [_name_word(10, first, 90.0, "p"), _name_word(20, "Trần", 96.0), _name_word(60, "Hồng", 97.0), _name_word(120, "Hà", 96.0)]
    assert ocr._reread_authority_line(block, Image.new("L", (1200, 2400), "white"), (0.0, 0.0), 0.24, None) == block
    assert asked == []


# --- the received stamp found by its frame ----------------------------------------------------------
def _c140_page(rule: bool = True) -> Any:
    """c140's page 1 at 300 dpi with its received stamp's right side (165 pt, 175-236 pt down)."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (2480, 3508), 255)
    if rule:
        ImageDraw.Draw(page).rectangle((688, 729, 691, 983), fill=0)
    return page


def _box(x0: float, x1: float, top: float, bottom: float, text: str, conf: float, line: str) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": text, "line": ("1", "1", line), "conf": conf}


# c140's scan as Tesseract boxed it: the stamp's heading (read at 0-75) level with the title's
# second line, the rule's corner read "¬", the "t" of "Kết" (its "Kế" under the rule) right of it
C140_STAMP = [
    _box(164.9, 169.2, 171.1, 176.9, "¬", 50.0, "s"),
    _box(169.9, 174.2, 175.0, 183.6, "t", 85.5, "t"), _box(177.8, 202.3, 174.0, 186.5, "luận", 96.5, "t"),
    _box(38.4, 57.8, 178.3, 204.2, "GỒNG", 0.0, "h"), _box(62.2, 81.6, 185.5, 199.4, "TưồNG", 1.7, "h"),
    _box(85.9, 89.0, 188.4, 199.2, "T", 75.1, "h"), _box(98.9, 111.8, 185.5, 199.4, "BỆN", 36.5, "h"),
    _box(116.2, 122.6, 185.0, 199.4, "TỪ", 36.5, "h"), _box(125.3, 145.4, 185.5, 195.6, "GHÍM", 5.8, "h"),
    _box(148.1, 161.3, 184.8, 195.6, "HỦ", 53.5, "h"),
    _box(243.8, 258.2, 189.4, 201.6, "tại", 97.0, "t2"),
]


def test_a_received_stamp_found_by_its_frame() -> None:
    from directive_parser.loaders.ocr import split_framed_stamp

    found: list[str] = []
    kept, stamp = split_framed_stamp(C140_STAMP, _c140_page(), 0.24, found)
    assert [w["text"] for w in kept] == ["t", "luận", "tại"]
    assert stamp is not None and stamp["text"] == "¬ GỒNG TưồNG T BỆN TỪ GHÍM HỦ" and stamp["number"] is None
    assert found and found[0].startswith("'¬ GỒNG TưồNG T BỆN TỪ GHÍM HỦ' → '' (the received stamp's frame")


def test_no_stamp_without_its_frame_or_in_a_frame_read_well() -> None:
    from directive_parser.loaders.ocr import split_framed_stamp

    # no rule on the page: the words stay
    assert split_framed_stamp(C140_STAMP, _c140_page(rule=False), 0.24) == (C140_STAMP, None)
    # the same frame round words read well (a table's ruled cell): the document's
    cell = [{**w, "conf": 93.0} for w in C140_STAMP]
    assert split_framed_stamp(cell, _c140_page(), 0.24) == (cell, None)


def test_the_rules_of_a_frame_are_found_and_letters_are_none() -> None:
    from PIL import ImageDraw

    from directive_parser.loaders.imaging import vertical_rules

    page = _c140_page()
    ImageDraw.Draw(page).text((200, 800), "I l | T H", fill=0)  # strokes of letters: far shorter than a rule
    rules = vertical_rules(page, (0, 0, 1364, 1578), 0.24)
    assert [(round(x), round(top), round(bottom)) for x, top, bottom in rules] == [(165, 175, 236)]


# --- a signature block's lines level with "Nơi nhận" and its authority over a deputy ----------------
def test_an_authority_level_with_the_list_goes_to_the_block() -> None:
    from directive_parser.loaders.ocr import _authority_parts

    # n037's page read again: "- Như trên;" and "TL. CHỦ TỊCH" on one Tesseract line, over the
    # block's "KT. CHÁNH VĂN PHÒNG"; the list's next line has nothing right of the column
    line = [_word(62, 70, 400, "-", line="a"), _word(72, 95, 400, "Như", line="a"), _word(97, 125, 400, "trên;", line="a"),
            _word(360, 380, 400, "TL.", line="a"), _word(383, 410, 400, "CHỦ", line="a"), _word(413, 440, 400, "TỊCH", line="a")]
    under = [_word(62, 70, 415, "-", line="b"), _word(72, 95, 415, "Bộ", line="b"), _word(97, 125, 415, "Thông", line="b")]
    body = [_word(62, 300, 380, "thực", line="c"), _word(302, 420, 380, "hiện./.", line="c")]
    assert _authority_parts(line + under + body, 320.0) == {("1", "1", "a")}


@pytest.mark.parametrize(
    ("block", "repaired"),
    [
        # n033 read again: "KT. GIÁM ĐỐC" misread, the deputy's title read whole under a speck line
        (["KT. GLÁM ĐỌC", "Lư", "PHÓ GIÁM ĐỐC", "Trần Thanh Tài"], ["KT. GIÁM ĐỐC", "Lư", "PHÓ GIÁM ĐỐC", "Trần Thanh Tài"]),
    ],
)
def test_an_authority_over_its_deputy_s_title(block: list[str], repaired: list[str]) -> None:
    from directive_parser.loaders.ocr import repair_block_titles

    found: list[str] = []
    assert repair_block_titles(block, found) == repaired
    assert found == ["'KT. GLÁM ĐỌC' → 'KT. GIÁM ĐỐC'"]


@pytest.mark.parametrize(
    ("line", "under"),
    [
        ("KT. TỔNG GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),  # a title word read whole that is no misread
        ("KT. GLÁM ĐỌC", "Trần Thanh Tài"),  # no deputy's title under it
        ("KT. GLÁM ĐỐC SỞ", "PHÓ GIÁM ĐỐC"),  # another number of words
        ("KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC"),  # another title, not a damaged reading of the head's
    ],
)
def test_an_authority_over_a_deputy_left_as_read(line: str, under: str) -> None:
    from directive_parser.loaders.ocr import _authority_over_deputy

    assert _authority_over_deputy(line, under) == line


def test_an_authority_level_with_the_list_kept_where_the_crop_lost_it() -> None:
    from directive_parser.loaders.ocr import _with_unread_parts

    # n009 (its DOCX rendered and read again): the block's crop, from a little above the anchor
    # "KT. CHÁNH VĂN PHÒNG", read no "TL. CHỦ TỊCH"; the first pass had it beside "- Như trên;"
    tl = [_word(360, 380, 400, "TL.", line="a"), _word(383, 410, 400, "CHỦ", line="a"), _word(413, 440, 400, "TỊCH", line="a")]
    crop = [{**w, "line": ("sig", "1", "1")} for w in (_word(350, 372, 415, "KT."), _word(375, 420, 415, "CHÁNH"))]
    assert [w["text"] for w in _with_unread_parts(crop, tl, {("1", "1", "a")})] == ["KT.", "CHÁNH", "TL.", "CHỦ", "TỊCH"]
    # the crop read a line at its height (n037): the first pass's copy is not added
    read = [{**w, "line": ("sig", "1", "0")} for w in tl]
    assert _with_unread_parts(read + crop, tl, {("1", "1", "a")}) == read + crop


# --- the deputy's line under "KT.", read again (NĐ 30: "KT." means a deputy signs) ----------------
@pytest.mark.parametrize(
    ("reads", "deputy"),
    [
        # the line under "KT. CHỦ TỊCH" read through the seal's rim in one strip (n002 rendered grey,
        # a seal drawn over it): the grammar names the one title that may stand there
        (["PHO CHỦ TỊCH", "_", "x", "_", "_"], "PHÓ CHỦ TỊCH"),
        # c139's strip read under "KT. BỘ TRƯỞNG, CHỦ NHIỆM" in session 8 fits "PHÓ CHỦ NHIỆM" only
        (["VN NHIỆM", "_"], None),
        # another known position read there: the block is not what the grammar expects
        (["PHO CHỦ TỊCH", "BÍ THƯ"], None),
        # the authority's own line caught again, or nothing fitting
        (["KT. CHỦ TỊCH", "CHỦ TỊCH", "Nguyễn Ngọc Nam", "_", "_"], None),
    ],
)
def test_deputy_line_read_again_under_kt(monkeypatch: pytest.MonkeyPatch, reads: list[str], deputy: str | None) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    asked = _strips(monkeypatch, *reads)
    found: list[str] = []
    block = [_name_word(10, "KT. CHỦ TỊCH", 90.0, "p"), _name_word(20, "Nguyễn", 96.0), _name_word(80, "Ngọc", 97.0), _name_word(120, "Phúc", 97.0)]
    out = ocr._reread_deputy_line(block, Image.new("L", (1200, 2400), "white"), (0.0, 0.0), 0.24, found)
    assert 0 < len(asked) <= len(ocr.TITLE_VARIANTS)  # a contradicting read ends the reading
    assert ocr._line_texts(out) == ["KT. CHỦ TỊCH", *([deputy] if deputy else []), "Nguyễn Ngọc Phúc"]
    assert len(found) == (1 if deputy else 0)


@pytest.mark.parametrize(
    "lines",
    [
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],  # the deputy's line read
        ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Z HC SHÚ NHIỆM"],  # a line the title repairs make the deputy's (c142)
        ["TM. BAN THƯỜNG VỤ", "X"],  # "TM.": the grammar names no one title under it
        ["THỦ TƯỚNG"],  # the head signing
    ],
)
def test_deputy_line_not_read_again_where_the_grammar_holds(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> None:
    from PIL import Image

    from directive_parser.loaders import ocr

    asked = _strips(monkeypatch, "PHÓ CHỦ TỊCH")
    block = [{**_name_word(10, t, 90.0, "p"), "top": 400.0 + 20 * k, "bottom": 415.0 + 20 * k, "line": ("sig", "1", str(k))} for k, t in enumerate(lines)]
    block += [_name_word(20, "Trần", 96.0), _name_word(60, "Hồng", 97.0), _name_word(120, "Hà", 96.0)]
    assert ocr._reread_deputy_line(block, Image.new("L", (1200, 2400), "white"), (0.0, 0.0), 0.24, None) == block
    assert asked == []


def test_seal_ring_letters_between_the_titles_and_the_name_dropped() -> None:
    from directive_parser.loaders.ocr import drop_seal_letters

    # n010 rendered grey, a seal drawn: its ring's letters read as lines, the first taken for the name
    n010 = ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "AN NHA", "B N", "Y Yo\\", "U ÄI", "Ủ N", "HNÍT", "Nguyễn Ngọc Nam"]
    found: list[str] = []
    assert drop_seal_letters(n010, found) == [*n010[:3], "Nguyễn Ngọc Nam"]
    assert len(found) == 6
    # n009 the same: a speck between the two authority lines
    assert drop_seal_letters(["TL. CHỦ TỊCH", "si", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]) == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    # kept: a position the seal garbled (c142), a rank (n046), a line with no name under it, two position lines (n006)
    assert drop_seal_letters(["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Z HC SHÚ NHIỆM", "Nguyễn Sỹ Hiệp"]) == ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Z HC SHÚ NHIỆM", "Nguyễn Sỹ Hiệp"]
    assert drop_seal_letters(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thượng tướng", "Nguyễn Văn Long"]) == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thượng tướng", "Nguyễn Văn Long"]
    assert drop_seal_letters(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "B N"]) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "B N"]
    n006 = ["TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH", "Nguyễn Ngọc Phúc"]
    assert drop_seal_letters(n006) == n006


def test_block_read_kept_by_the_parts_it_holds() -> None:
    from directive_parser.loaders.ocr import block_grammar

    assert block_grammar(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Ngọc Nam"]) == 3
    assert block_grammar(["KT. CHÁNH VĂN PHÒNG", "VĂN PHÒNG"]) == 2  # the deputy's line as the title repairs make it
    assert block_grammar(["KT. CHÁNH VĂN PHÒNG", "NHưyễnÑgọc Nam"]) == 1  # n009 rendered grey: no valid name
    assert block_grammar(["AN NHA", "B N"]) == 0


# --- a page's syllables repaired by the word list (REPAIR_PAGE_SYLLABLES) ---------------------------


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        # c140's scan, page 2 and 3 (the typed original prints "thúc đẩy", "kết nối", "tinh thần")
        ("thúc đây phát triển", "thúc đẩy phát triển"),
        ("kết nói dữ liệu", "kết nối dữ liệu"),
        # c155's scan, page 1: "Chính phủ" read "Chính phú"
        ("của Chính phú quy định", "của Chính phủ quy định"),
        # n039's scan, page 1: "quốc gia", "đầu tư" with their circumflex's tone lost
        ("chủ trương đâu tư Chương trình mục tiêu quôc gia", "chủ trương đầu tư Chương trình mục tiêu quốc gia"),
    ],
)
def test_a_pages_syllables_repaired_by_the_word_list(read: str, repaired: str) -> None:
    from directive_parser.loaders.ocr import _repair_page_syllables

    found: list[str] = []
    assert _repair_page_syllables(read, found) == repaired
    assert found and all(r.endswith("(the word list)") for r in found)


@pytest.mark.parametrize(
    "read",
    [
        # c142's scan, page 3: "địa / phương thuộc phạm vi" wrapped; "địa phương" is a word across
        # the line break, so "phương thuộc" is no misread "phương thuốc"
        "kiến nghị của các bộ, cơ quan Trung ương, địa\nphương thuộc phạm vi",
        # a pair across a line break is never repaired (c140: "thúc / đây")
        "tiếp tục thúc\nđây",
        # capitals are names and titles: left as read ("Tô" of a title, n048's "CỤC THUÊ")
        "Luật Tô chức",
        # the kept syllables (data/header.toml [subject_repair]): "tỉnh" is no misread "tính"
        "trên địa bàn tỉnh",
    ],
)
def test_a_pages_syllables_left_as_read(read: str) -> None:
    from directive_parser.loaders.ocr import _repair_page_syllables

    found: list[str] = []
    assert _repair_page_syllables(read, found) == read
    assert found == []


# --- the block's crop anchored on "Nơi nhận" (RECEIVER_ABOVE_PT) --------------------------------


# n032's typed PDF rendered at 200 dpi with a seal (scripts/synthetic_scans.py --seal), page 1 as
# Tesseract boxed it (points): the body's last line "Trân trọng.", then "Nơi nhận:" and its items;
# the right column's "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" (printed 13 pt above "Nơi nhận:") not read at all.
N032_CLOSING = [
    _word(113, 160, 394.3, "Trân", 97, "a"), _word(162, 200, 394.3, "trọng.", 96, "a"),
    _word(76, 96, 429.8, "Nơi", 97, "b"), _word(98, 122, 429.8, "nhận:", 96, "b"),
    _word(77, 80, 444.0, "-", 93, "c"), _word(84, 100, 444.0, "Như", 96, "c"), _word(102, 124, 444.0, "trên;", 96, "c"),
]


def test_a_block_found_by_noi_nhan_is_cropped_from_under_the_body() -> None:
    from directive_parser.loaders.ocr import SIGNATURE_ABOVE_PT, _signature_anchor, _top_under_body

    anchor = _signature_anchor(N032_CLOSING, 595.0)
    assert anchor == 429.8
    top = _top_under_body(N032_CLOSING, anchor, 268.0)
    assert top == pytest.approx(394.3 + 12 + 1)  # under "Trân trọng.": the authority line 13 pt up is inside
    assert top < anchor - SIGNATURE_ABOVE_PT
    # with no body line above, the crop reaches RECEIVER_ABOVE_PT up; never lower than before
    assert _top_under_body(N032_CLOSING[2:], anchor, 268.0) == pytest.approx(429.8 - 48.0)
    body_close = [_word(77, 300, 410.0, "thực", 96, "z"), *N032_CLOSING[2:]]
    assert _top_under_body(body_close, anchor, 268.0) == pytest.approx(429.8 - SIGNATURE_ABOVE_PT)


# MARK_GLUED: n041's scan, the authority line level with "Nơi nhận:" as Tesseract boxed it (points),
# the mark glued to the title ("K/TTRƯỞNG BAN"). Before the rule the block was anchored on "Nơi
# nhận" (top 488.9), the line's middle (488.5) stood above it, so the page kept it and the crop read
# it again: the signer's position became "TRƯỞNG BAN PHÓ TRƯỞNG BAN THƯỜNG TRỰC".
N041_CLOSING = [
    _word(93, 113, 489.4, "Nơi", 93, "a"), _word(118, 147, 488.9, "nhận:", 81, "a"),
    _word(340, 343, 496.8, "_—_", 32, "a"), _word(371, 460, 478.8, "K/TTRƯỞNG", 80, "a"), _word(464, 493, 480.7, "BAN", 90, "a"),
]


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("K/TTRƯỞNG BAN", True),  # n041
        ("K/T TRƯỞNG BAN", True),
        ("TM. ỦY BAN NHÂN DÂN", True),
        ("KTTH", False),  # a unit's code: no slash, no period
        ("K/Tổng hợp", False),  # a lower-case word after it
    ],
)
def test_an_authority_mark_glued_to_its_title_is_an_anchor(line: str, mark: bool) -> None:
    from directive_parser.loaders.ocr import _AUTHORITY_ANCHOR

    assert bool(_AUTHORITY_ANCHOR.match(line)) is mark


def test_a_glued_mark_beside_noi_nhan_goes_to_the_block() -> None:
    # the line's part right of the block's edge, the stroke aside, is an authority line: the block
    # takes it (the crop read it again), the page does not keep a second copy
    from directive_parser.loaders.ocr import _authority_parts

    assert _authority_parts(N041_CLOSING, 300.0) == {("1", "1", "a")}


# LEFT_COLUMN_RUN: the "Nơi nhận" column's lines as Tesseract boxed them (points, rounded) on two
# dev DOCX rendered at 300 dpi with a seal (scripts/synthetic_scans.py --seal --stamp). n032: the
# seal ring's "ve N" read on the "- Như trên;" line 219 pt right of it; n027: an item's line run on
# into the name ("… trực thuộc TW;" then "Mai Lương Khôi", 68 pt further).
N032_LEFT_COLUMN = [
    _word(77, 96, 432, "Nơi", 96, "a"), _word(100, 131, 431, "nhận:", 96, "a"),
    _word(77, 80, 445, "-", 93, "b"), _word(83, 102, 445, "Như", 96, "b"), _word(105, 124, 445, "trên;", 95, "b"),
    _word(344, 345, 445, "ve", 21, "b"), _word(351, 367, 445, "N", 18, "b"),
    _word(77, 80, 471, "-", 93, "c"), _word(83, 101, 471, "Lưu", 93, "c"), _word(104, 121, 471, "VT,", 93, "c"),
    _word(125, 186, 471, "BCTĐ&TTN.", 85, "c"), _word(342, 363, 471, "phế", 9, "c"),
    _word(339, 372, 526, "TTrư", 0, "n"), _word(394, 426, 526, "Minh", 95, "n"), _word(430, 470, 526, "Quang", 96, "n"),
]
N027_LEFT_COLUMN = [
    _word(82, 100, 376, "Nơi", 94, "a"), _word(102, 129, 376, "nhận:", 95, "a"),
    _word(82, 85, 478, "-", 93, "b"), _word(89, 112, 478, "Đoàn", 95, "b"), _word(258, 281, 478, "thuộc", 96, "b"), _word(285, 305, 478, "TW;", 95, "b"),
    _word(82, 85, 490, "-", 93, "c"), _word(89, 104, 490, "Hội", 96, "c"), _word(108, 131, 490, "Công", 96, "c"), _word(134, 161, 490, "chứng", 96, "c"),
    _word(164, 183, 490, "viên", 95, "c"), _word(186, 200, 490, "các", 96, "c"), _word(203, 222, 490, "tỉnh,", 96, "c"),
    _word(226, 250, 490, "thành", 96, "c"), _word(253, 269, 490, "phố", 91, "c"), _word(273, 290, 490, "trực", 96, "c"),
    _word(293, 317, 490, "thuộc", 96, "c"), _word(320, 339, 490, "TW;", 96, "c"),
    _word(408, 431, 490, "Mai", 95, "c"), _word(435, 475, 490, "Lương", 96, "c"), _word(479, 508, 490, "Khôi", 93, "c"),
]


def test_a_left_column_line_ends_where_its_words_stop_running_on() -> None:
    from directive_parser.loaders.ocr import SIGNATURE_LEFT, _block_box, left_run_end

    width, height = 595.68, 842.16
    assert left_run_end([w for w in N032_LEFT_COLUMN if w["line"][2] == "b"]) == 124  # not the ring's "N" at 367
    x0, _, _, name_x0 = _block_box(N032_LEFT_COLUMN, 431.0, width, height)
    # the block's crop keeps its edge (right of the specks: it read the titles so); the name's
    # strips start right of the items' runs, left of "Trương" (its "TTrư" at 339)
    assert x0 == pytest.approx(367 + 4)
    assert name_x0 == pytest.approx(width * SIGNATURE_LEFT) and name_x0 < 339
    # n027: the line from an item into the name (it ends past SIGNATURE_LEFT_MAX) now bounds the
    # crop by its item's run: the crop starts right of "TW;" (339), not inside "thuộc TW;"
    x0, _, _, name_x0 = _block_box(N027_LEFT_COLUMN, 376.0, width, height)
    assert x0 == name_x0 == pytest.approx(339 + 4)
    assert x0 < 408  # "Mai" inside


def test_the_name_is_read_again_from_the_runs_only_where_the_crop_cut_it() -> None:
    # the crop's read of n032's name line (300 dpi, seal): "„ng Minh Quang" from the crop's edge at
    # 370.7 pt, no valid name; the strips from the runs' end are read only in such a case
    from directive_parser.loaders.ocr import _name_cut, _name_read

    line = [{**_word(370.7, 385, 526, "„ng", 65, "n"), "line": ("sig", "1", "n")},
            {**_word(394, 426, 526, "Minh", 96, "n"), "line": ("sig", "1", "n")},
            {**_word(430, 470, 526, "Quang", 96, "n"), "line": ("sig", "1", "n")}]
    title = [{**_word(383, 420, 430, "BÍ", 93, "t"), "line": ("sig", "1", "t")}, {**_word(424, 460, 430, "THƯ", 92, "t"), "line": ("sig", "1", "t")}]
    assert _name_cut(title + line, 370.7) and not _name_read(title + line, "")
    # a name line clear of the edge (n002's "Nguyễn Ngọc Phúc", 81 pt right of it) is not cut
    clear = [{**w, "x0": w["x0"] + 81, "x1": w["x1"] + 81} for w in line]
    assert not _name_cut(title + clear, 293.9)
    # read whole, the line needs no other strips
    whole = [{**line[0], "text": "Trương", "conf": 96.0}, *line[1:]]
    assert _name_read(title + whole, "")


# n018's DOCX rendered as a scan: the appendix "DANH SÁCH" begins on the signer's page, under the name.
def test_an_appendix_title_under_the_block_goes_after_it() -> None:
    from directive_parser.loaders.ocr import split_below_block

    block = [_word(380, 410, 430, "Hồ", line="s"), _word(413, 440, 430, "Văn", line="s"), _word(443, 475, 430, "Mười", line="s")]
    page = [
        _word(60, 63, 420, "-", line="a"), _word(66, 90, 420, "Lưu:", line="a"), _word(93, 120, 420, "VT.", line="a"),
        _word(262, 300, 700, "DANH", line="b"), _word(304, 340, 700, "SÁCH", line="b"),
        _word(120, 400, 716, "Hội", line="c"), _word(404, 440, 716, "đồng", line="c"),
    ]
    above, below = split_below_block(page, block, 595.0)
    assert [w["text"] for w in above] == ["-", "Lưu:", "VT."]
    assert [w["text"] for w in below] == ["DANH", "SÁCH", "Hội", "đồng"]
    # kept in place: an item of the list under the name (left column), a seal's letters, no block
    item = [_word(60, 63, 460, "-", line="d"), _word(66, 120, 460, "CÔNG", line="d"), _word(124, 150, 460, "AN", line="d")]
    assert split_below_block(page[:3] + item, block, 595.0) == (page[:3] + item, [])
    seal = [_word(300, 320, 460, "B", line="e"), _word(330, 350, 460, "N", line="e")]
    assert split_below_block(page[:3] + seal, block, 595.0) == (page[:3] + seal, [])
    assert split_below_block(page, [], 595.0) == (page, [])


# SEAL_ONLY_PAGE: 001's DOCX rendered at 300 dpi with a seal over its last page's three lines
# ("K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN / Trần Ngọc Nguyên"): Tesseract read one empty word.
def test_a_colour_page_read_empty_is_read_again_without_its_seal(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    seen: list[tuple[str, int]] = []
    empty = TSV_HEADER + "\n5\t1\t1\t1\t1\t1\t206\t238\t665\t464\t95.0\t \n"
    again = _tsv((1, 1, 230, 200, 500, 90.0, "K/T"), (1, 1, 330, 200, 500, 91.0, "TRƯỞNG"), (1, 1, 500, 200, 300, 92.0, "BAN"))

    def fake_tesseract(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        seen.append((name, image.convert("RGB").getpixel((60, 60))[1]))
        return empty if len(seen) == 1 else again

    monkeypatch.setattr(ocr, "_tesseract_tsv", fake_tesseract)
    page = Image.new("RGB", (2480, 3508), "white")
    ImageDraw.Draw(page).ellipse((20, 20, 400, 400), outline=(205, 35, 45), width=60)  # the seal's ring
    text = ocr.read_page_image(page, 4, POINTS_PER_INCH / OCR_DPI, ocr.Reading())
    assert "K/T TRƯỞNG BAN" in text
    assert seen[1][0] == "page 4 without its seal" and seen[1][1] == 255  # the ring's red turned to paper
    # a page read with words is not read twice; nor a grey page read empty (no red to take away)
    seen.clear()
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: seen.append((name, 0)) or again)
    ocr.read_page_image(page, 4, POINTS_PER_INCH / OCR_DPI, ocr.Reading())
    assert [n for n, _ in seen if n.startswith("page")] == ["page 4"]
    seen.clear()
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: seen.append((name, 0)) or empty)
    ocr.read_page_image(page.convert("L"), 4, POINTS_PER_INCH / OCR_DPI, ocr.Reading())
    assert [n for n, _ in seen if n.startswith("page")] == ["page 4"]


# n018's DOCX photographed (scripts/synthetic_scans.py phone): "- Bộ Công an;" and the position
# "CHỦ TỊCH" on one Tesseract line: the position's part goes to the block, not the page.
def test_a_position_beside_an_item_goes_to_the_block() -> None:
    from directive_parser.loaders.ocr import _authority_parts

    line = [_word(60, 63, 300, "-", line="a"), _word(66, 90, 300, "Bộ", line="a"), _word(93, 150, 300, "Công an;", line="a"),
            _word(380, 410, 300, "CHỦ", line="a"), _word(414, 450, 300, "TỊCH", line="a")]
    item = [_word(60, 63, 315, "-", line="b"), _word(66, 200, 315, "Thường", line="b"), _word(380, 420, 315, "trực", line="b")]
    garbled = [_word(60, 63, 330, "-", line="c"), _word(380, 410, 330, "CHỦ", line="c"), _word(414, 450, 330, "TÍCH.", line="c")]
    assert _authority_parts(line + item + garbled, 300.0) == {("1", "1", "a")}


# CUT_AUTHORITY_LINE: n009's DOCX rendered at 200 dpi with a seal. The first pass read "Nơi nhận:
# TL. CHỦ TỊCH" whole (its right part the block's); the crop, from 14 pt above "KT. CHÁNH VĂN
# PHÒNG", cut "TL. CHỦ TỊCH" through and read "11„CHỦU IỊCH".
def test_the_first_pass_authority_line_replaces_the_crops_cut_read() -> None:
    from directive_parser.loaders.ocr import _line_texts, _with_unread_parts

    first = [_word(350, 370, 323, "TL.", line="a"), _word(374, 400, 323, "CHỦ", line="a"), _word(404, 440, 323, "TỊCH", line="a")]
    cut = [{**_word(350, 440, 322, "11„CHỦU"), "line": ("sig", "1", "1")}, {**_word(444, 470, 322, "IỊCH"), "line": ("sig", "1", "1")}]
    kt = [{**_word(330, 500, 340, "KT. CHÁNH VĂN PHÒNG"), "line": ("sig", "1", "2")}]
    assert _line_texts(_with_unread_parts(cut + kt, first, {("1", "1", "a")})) == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]
    # the crop's own authority line at that height is kept (it read it whole)
    whole = [{**_word(350, 440, 322, "TL. CHỦ TỊCH"), "line": ("sig", "1", "1")}]
    assert _line_texts(_with_unread_parts(whole + kt, first, {("1", "1", "a")})) == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]
    assert _with_unread_parts(whole + kt, first, {("1", "1", "a")})[0] is whole[0]


# NAME_CLOSES_BLOCK: n021's typed PDF rendered at 300 dpi with a seal, the block as the crop read it
# (after the ring's other lines were dropped): a ring's letters shaped as a name over the name, and
# the phone numbers of the note printed under the block.
def test_the_name_closes_the_block() -> None:
    from directive_parser.loaders.ocr import drop_seal_letters

    read = ["Ộ TRƯỞNG, CHỦ NHIỆM", "P Vu Lan", "Phạm Mạnh Cường", "974337695", "0902859866"]
    found: list[str] = []
    assert drop_seal_letters(read, found) == ["Ộ TRƯỞNG, CHỦ NHIỆM", "Phạm Mạnh Cường"]
    assert "'P Vu Lan' → '' (the seal's ring between the titles and the name)" in found
    # kept: two valid names (nothing to choose by the grammar), a line under a name that is none
    assert drop_seal_letters(["CHỦ TỊCH", "Trần Văn Hòa", "Nguyễn Ngọc Nam"]) == ["CHỦ TỊCH", "Trần Văn Hòa", "Nguyễn Ngọc Nam"]
    assert drop_seal_letters(["CHỦ TỊCH", "P Vu Lan", "974337695"]) == ["CHỦ TỊCH", "P Vu Lan", "974337695"]


# STAMP_INK_UNDER: n037's DOCX rendered at 200 dpi with a received stamp (scripts/synthetic_scans.py
# --stamp): the red stamp over "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI" left "ÂN DÂN / ANG NGAI" in the
# page's read (word boxes in points as Tesseract gave them, rounded).
def test_the_header_under_a_red_received_stamp_is_read_again_without_its_ink(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    stamp = [_word(35, 54, 43, "VĂN", 90, "s1"), _word(58, 90, 42, "PHÒNG", 90, "s1"), _word(95, 120, 41, "UBND", 90, "s1"),
             _word(36, 54, 56, "ĐẾN", 90, "s2"), _word(37, 62, 72, "Ngày:", 90, "s3"), _word(37, 75, 84, "Chuyển:", 90, "s4")]
    page = [_word(181, 196, 75, "ÂN", 90, "a"), _word(200, 228, 72, "DÂN", 95, "a"), _word(285, 323, 72, "CỘNG", 96, "m"),
            _word(165, 191, 90, "ANG", 60, "b"), _word(194, 228, 90, "NGAI", 70, "b")]
    # the re-read of the left half from 29 pt down (crop pixels): the issuer whole, a corner's speck
    px = lambda pt: round(pt / scale)  # noqa: E731
    again = _tsv((1, 1, px(110), px(72 - 29), px(18), 96.0, "ỦY"), (1, 1, px(131), px(72 - 29), px(28), 95.0, "BAN"),
                 (1, 1, px(163), px(72 - 29), px(33), 96.0, "NHÂN"), (1, 1, px(200), px(72 - 29), px(28), 95.0, "DÂN"),
                 (1, 1, px(240), px(72 - 29), px(9), 45.0, "C{"),
                 (1, 2, px(120), px(88 - 29), px(30), 91.0, "TỈNH"), (1, 2, px(155), px(88 - 29), px(38), 84.0, "QUẢNG"),
                 (1, 2, px(197), px(88 - 29), px(31), 91.0, "NGÃI"))
    seen: list[Any] = []
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: seen.append(image) or again)
    image = Image.new("RGB", (2480, 3508), "white")
    ImageDraw.Draw(image).rectangle((px(25), px(32), px(130), px(104)), outline=(205, 35, 45), width=12)  # the stamp's frame
    words = ocr.reread_under_stamp_ink(page, stamp, image, scale)
    assert [w["text"] for w in ocr.ocr_lines(words)[0]] == ["ỦY", "BAN", "NHÂN", "DÂN", "CỘNG"]
    assert [w["text"] for w in ocr.ocr_lines(words)[1]] == ["TỈNH", "QUẢNG", "NGÃI"]
    assert seen[0].getpixel((px(25) + 3, px(60) - px(29))) == 255  # the frame's red turned to paper
    # a stamp printed in black (a grey page), or a box with no red or blue ink in it, is not read again
    seen.clear()
    assert ocr.reread_under_stamp_ink(page, stamp, image.convert("L"), scale) == page
    low = [{**w, "top": w["top"] + 300, "bottom": w["bottom"] + 300} for w in stamp]
    assert ocr.reread_under_stamp_ink(page, low, image, scale) == page and not seen


# STAMP_FIELD_IN_LINE: n001's DOCX rendered at 200 dpi with a grey received stamp under the number
# line (scripts/synthetic_scans.py --stamp-at real): Tesseract put the stamp's "Ngày: 12/7/2024" in
# one line with "KẾ HOẠCH" and its "Chuyển: ....." in one with the subject's line (boxes in points).
def test_a_stamp_field_sharing_a_line_with_the_type_or_the_subject_is_the_stamps() -> None:
    from directive_parser.loaders import ocr

    number = [_word(108.5, 123.8, 99.8, "Số:", 97, "n"), _word(161.0, 223.7, 100.8, "/KH-UBND", 90, "n"), _word(287.0, 309.8, 102.0, "Lâm", 97, "n")]
    stamp = [_word(79.0, 97.7, 122.2, "VĂN", 97, "s1"), _word(102.0, 134.4, 123.6, "PHÒNG", 93, "s1"),
             _word(77.8, 96.5, 135.1, "ĐẾN", 96, "s2"), _word(103.4, 117.4, 138.0, "Số:", 97, "s2"), _word(121.7, 143.3, 139.4, "140g", 92, "s2")]
    type_line = [_word(77.8, 103.4, 151.0, "Ngày:", 97, "t"), _word(107.8, 152.6, 152.6, "12/7/2024", 96, "t"),
                 _word(276.5, 295.9, 147.4, "KẾ", 43, "t"), _word(300.5, 352.3, 147.4, "HOẠCH", 96, "t")]
    subject = [_word(76.8, 113.8, 164.9, "Chuyển:", 78, "u"), _word(118.1, 141.6, 171.8, ".....", 77, "u"),
               _word(137.5, 142.8, 160.1, "-", 77, "u"), _word(145.9, 166.1, 161.8, "Cải", 97, "u"), _word(170.4, 197.0, 161.8, "cách", 97, "u"),
               _word(200.9, 230.9, 162.0, "hành", 97, "u"), _word(234.7, 267.6, 162.5, "chính", 97, "u")]
    kept, taken, received = ocr.split_received([*number, *stamp, *type_line, *subject], 842.0)
    assert [w["text"] for w in kept] == ["Số:", "/KH-UBND", "Lâm", "KẾ", "HOẠCH", "Cải", "cách", "hành", "chính"]
    assert received is not None and received["date"] == "2024-07-12"
    assert [w["text"] for w in taken][-5:] == ["Ngày:", "12/7/2024", "Chuyển:", ".....", "-"]
    # a label without a fill, or with words after it, is left: "Số: /KH-UBND" in the box, "Ngày: họp"
    inside = lambda w: w["x0"] >= 60 and w["x1"] <= 245  # noqa: E731
    assert ocr.stamp_fields_in_line(number[:2], inside) == []
    assert ocr.stamp_fields_in_line([_word(78, 103, 151, "Ngày:"), _word(108, 130, 151, "họp")], inside) == []
    # the document's number read apart from its symbol, in the box of a stamp in the top margin (n023 at 250 dpi)
    assert ocr.stamp_fields_in_line([_word(90, 110, 80, "Số:"), _word(114, 140, 80, "8977"), _word(141, 220, 80, "/BNV-TCPCP")], inside) == []
    # the mark glued into a subject's line with its field: "… Ủy viên Ban ĐẾN Số:339) Thường vụ …" (n009)
    line = [_word(60, 80, 150, "Ban"), _word(84, 104, 150, "ĐẾN"), _word(108, 140, 150, "Số:339)"), _word(250, 290, 150, "Thường")]
    assert [w["text"] for w in ocr.stamp_fields_in_line(line, inside)] == ["ĐẾN", "Số:339)"]


# STAMP_BY_INK: n012's DOCX rendered at 200 dpi with a red received stamp beside "THÔNG BÁO" and over
# its subject's first lines (scripts/synthetic_scans.py --stamp-at real), its "ĐẾN" not read: the
# stamp's ink found at 45-200 pt across, 143-216 pt down; the rows read again without it.
def test_a_stamp_whose_mark_was_not_read_is_found_by_its_ink_and_its_rows_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    px = lambda pt: round(pt / scale)  # noqa: E731
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((px(47), px(145), px(197), px(207)), radius=px(10), outline=(200, 40, 60), width=6)
    draw.text((px(55), px(160)), "VAN PHONG UBND", fill=(200, 40, 60))
    x0, top, x1, bottom = ocr.stamp_ink_box(image, scale) or (0.0, 0.0, 0.0, 0.0)
    assert 40 <= x0 <= 48 and 196 <= x1 <= 205 and 140 <= top <= 146 and 205 <= bottom <= 212
    # the page's read of the rows: the stamp's letters glued to the subject's; the re-read: the subject whole
    page = [_word(260, 300, 150, "THÔNG", 96, "t"), _word(305, 335, 150, "BÁO", 96, "t"),
            _word(60, 100, 172, "uoay:", 40, "a"), _word(104, 150, 172, "z@bduận", 30, "a"), _word(154, 174, 172, "của", 96, "a"),
            _word(178, 205, 172, "đồng", 96, "a"), _word(209, 225, 172, "chí", 96, "a"),
            _word(60, 120, 190, "cnuyểnPhó.", 20, "b"), _word(124, 145, 190, "Chủ", 96, "b"), _word(149, 170, 190, "tịch", 96, "b")]
    band_top = 150 - 2
    again = _tsv(*[(1, k, px(w["x0"]), px(w["top"] - band_top), px(w["x1"] - w["x0"]), 96.0, t)
                   for k, (w, t) in enumerate(zip(page, ["THÔNG", "BÁO", "Kết", "luận", "của", "đồng", "chí", "Phó", "Chủ", "tịch"], strict=True))])
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: again)
    found: list[str] = []
    words = ocr.reread_under_stamp_ink(page, [], image, scale, found, (x0, top, x1, bottom))
    assert " ".join(w["text"] for w in sorted(words, key=lambda w: (w["top"], w["x0"]))) == "THÔNG BÁO Kết luận của đồng chí Phó Chủ tịch"
    assert len(found) == 1
    # STAMP_SPARES_NUMBER: the number line the band reaches keeps the page's read ("Sô: 14ó8/5TP-BTTP", n024)
    number = [_word(60, 76, 136, "Số:", 97, "n"), _word(80, 140, 136, "1468/STP-BTTP", 96, "n")]
    worse = again + "\n".join(
        f"5\t1\t9\t1\t1\t{k}\t{px(w['x0'])}\t{px(w['top'] - band_top)}\t{px(w['x1'] - w['x0'])}\t40\t96.0\t{t}"
        for k, (w, t) in enumerate(zip(number, ["Sô:", "14ó8/5TP-BTTP"], strict=True), start=1)) + "\n"
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: worse)
    words = ocr.reread_under_stamp_ink([*number, *page], [], image, scale, None, (x0, top, x1, bottom))
    assert "1468/STP-BTTP" in [w["text"] for w in words] and "14ó8/5TP-BTTP" not in [w["text"] for w in words]
    # not a stamp: a red motto's line (too low), a grey page, no colour at all
    motto = Image.new("RGB", (2480, 3508), "white")
    ImageDraw.Draw(motto).rectangle((px(300), px(40), px(520), px(52)), fill=(205, 35, 45))
    assert ocr.stamp_ink_box(motto, scale) is None
    assert ocr.stamp_ink_box(image.convert("L"), scale) is None
    assert ocr.stamp_ink_box(Image.new("RGB", (2480, 3508), "white"), scale) is None


def test_an_em_dash_read_no_wider_than_an_en_dash_is_an_en_dash() -> None:
    # EN_DASH_READ_EM: n035's subject line ("… giai đoạn 2021 – 2030 khu vực miền Trung, Tây
    # Nguyên"), its DOCX rendered as a scan at 200 dpi: Tesseract's boxes, the en dash read "—",
    # 5.3 pt wide in a line whose words are about 12 pt high
    from directive_parser.loaders import ocr

    def w(text: str, x0: float, x1: float, top: float, bottom: float) -> ocr.Word:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "line": ("8", "1", "3"), "conf": 95.0}

    line = [
        w("giai", 150.2, 171.1, 210.0, 222.5), w("đoạn", 175.7, 204.2, 210.0, 222.2), w("2021", 208.6, 246.7, 209.3, 219.4),
        w("—", 240.2, 245.5, 207.8, 223.4), w("2030", 250.3, 277.2, 208.8, 218.6), w("khu", 282.2, 304.3, 208.8, 218.6),
        w("vực", 308.6, 329.5, 211.4, 221.0), w("miền", 334.3, 362.4, 205.2, 217.9), w("Trung,", 367.0, 408.0, 208.1, 220.3),
    ]
    found: list[str] = []
    assert [x["text"] for x in ocr.en_dashes_by_width(line, found)][3] == "–" and len(found) == 1
    # counter-examples: an em dash as wide as the type, a hyphen read "-", a bullet opening its line
    wide = [*line[:3], w("—", 236.0, 250.0, 207.8, 223.4), *line[4:]]
    assert ocr.en_dashes_by_width(wide)[3]["text"] == "—"
    hyphen = [*line[:3], w("-", 240.2, 245.5, 207.8, 223.4), *line[4:]]
    assert ocr.en_dashes_by_width(hyphen)[3]["text"] == "-"
    bullet = [w("—", 140.0, 145.3, 207.8, 223.4), *line]
    assert ocr.en_dashes_by_width(bullet)[0]["text"] == "—"


def test_the_rule_under_the_subject_ends_it_on_a_scan() -> None:
    # SUBJECT_RULE: c158's first page (points, one pixel a point here): the subject's two lines,
    # the rule under them (261-315 pt, 197 pt down), the body's first line read "gáy 02 tháng 4 …"
    # beside the portal's received stamp
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    image = Image.new("RGB", (600, 853), "white")
    draw = ImageDraw.Draw(image)
    draw.line((261, 197, 315, 197), fill="black", width=2)
    subject = [_word(146.6, 172.6, 172.0, "buỗi", 83, "s2"), _word(176.9, 198.7, 172.0, "làm", 96, "s2"),
               _word(252.2, 275.8, 172.0, "Ban", 96, "s2"), _word(280.3, 328.3, 172.0, "Thường", 96, "s2"),
               _word(446.4, 475.2, 172.0, "Ninh", 96, "s2")]
    body = [_word(117.8, 138.7, 232.0, "gáy", 33, "b1"), _word(143.3, 157.0, 232.0, "02", 96, "b1"), _word(161.3, 194.4, 232.0, "tháng", 96, "b1")]
    found: list[str] = []
    words = ocr.mark_subject_rule([*subject, *body], image, 1.0, found)
    rule = [w for w in words if w["line"][0] == "rule"]
    assert [w["text"] for w in rule] == ["———"] and 260 <= rule[0]["x0"] <= 262 and len(found) == 1
    assert "———" in ocr._page_text(words, ocr.ocr_lines(words)).split("\n")
    # not the subject's: a rule crossing a word (underlined), a rule under the motto, a rule off the middle
    underlined = [*subject, _word(270.0, 300.0, 188.0, "gạch", 96, "u")]
    assert ocr.mark_subject_rule(underlined, image, 1.0) == underlined
    motto = [_word(240.0, 300.0, 172.0, "Hạnh", 96, "s2"), _word(304.0, 340.0, 172.0, "phúc", 96, "s2")]
    assert ocr.mark_subject_rule(motto, image, 1.0) == motto
    aside = Image.new("RGB", (600, 853), "white")
    ImageDraw.Draw(aside).line((36, 197, 141, 197), fill="black", width=2)
    assert ocr.mark_subject_rule([*subject, *body], aside, 1.0) == [*subject, *body]


# STAMP_EXTENT_BY_INK and STAMP_INK_KEEPS_PRINT: n018's DOCX rendered at 200 dpi with a blue received
# stamp under the number line (scripts/synthetic_scans.py --stamp-at real). The words its mark took
# (its office's and "ĐẾN Số:" lines) end at 178 pt, inside the header band (185 pt): the header's rule
# (red ink only) ran and read nothing again; its blue ink reaches 192 pt, over the subject's first line.
def test_a_stamp_found_by_its_mark_reaches_as_far_down_as_its_ink(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    px = lambda pt: round(pt / scale)  # noqa: E731
    stamp = [_word(61, 82, 121, "VĂN", 96, "s1"), _word(84, 118, 118, "PHÒNG", 96, "s1"), _word(121, 150, 116, "UBND", 96, "s1"),
             _word(62, 84, 134, "ĐẾN", 96, "s2"), _word(88, 102, 131, "Số:", 96, "s2"), _word(105, 125, 132, "xem", 60, "s2")]
    subject = [_word(62, 70, 172, "|", 30, "u"), _word(156, 184, 172, "đồng", 96, "u"), _word(188, 210, 172, "cấp", 96, "u")]
    title = [_word(250, 330, 150, "QUYẾT", 96, "t"), _word(334, 390, 150, "ĐỊNH", 96, "t")]
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((px(50), px(115), px(207), px(191)), radius=px(10), outline=(40, 60, 170), width=6)
    # a letter's stroke of print just under the frame's lower side, touching the blue
    draw.rectangle((px(100), px(191) + 3, px(104), px(191) + 14), fill=(0, 0, 0))
    seen: list[Any] = []
    again = _tsv((1, 1, px(62), px(172 - 102), px(22), 96.0, "thành"), (1, 1, px(88), px(172 - 102), px(20), 96.0, "lập"),
                 (1, 1, px(112), px(172 - 102), px(20), 96.0, "hội"), (1, 1, px(156), px(172 - 102), px(28), 96.0, "đồng"),
                 (1, 1, px(188), px(172 - 102), px(22), 96.0, "cấp"))
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: seen.append(image) or again)
    words = ocr.reread_under_stamp_ink([*title, *subject], stamp, image, scale)
    assert len(seen) == 1  # read again: the blue ink under the header band counts
    row = [w["text"] for w in words if 165 <= w["top"] <= 180]
    assert row[:3] == ["thành", "lập", "hội"]
    # STAMP_INK_KEEPS_PRINT: the print touching the ink is not whitened with it (12 × 5 px of black)
    import numpy as np

    dark = int((np.asarray(seen[0]) < 128).sum())
    assert dark >= 12 * 5
    # a stamp in the top margin whose ink stays inside the header band is the header's rule's: read again
    # in its column only, not across the page (HEADER_STAMP_BLUE since session 20: its blue ink counts there too)
    high = Image.new("RGB", (2480, 3508), "white")
    ImageDraw.Draw(high).rounded_rectangle((px(50), px(20), px(207), px(94)), radius=px(10), outline=(40, 60, 170), width=6)
    seen.clear()
    up = [{**w, "top": w["top"] - 95, "bottom": w["bottom"] - 95} for w in stamp]
    ocr.reread_under_stamp_ink([*title, *subject], up, high, scale)
    assert len(seen) == 1 and seen[0].width == 2480 // 2


# ISSUER_COLUMN_EDGE, HEADER_STAMP_BLUE, HEADER_STAMP_EXTENT_BY_INK, STAMP_PRINT_IS_THE_STAMPS: n027's
# DOCX rendered at 200 dpi with a received stamp in the top margin over "BỘ TƯ PHÁP" (synthetic_scans.py
# --stamp-at real; its stamp was red, drawn blue here as n021's and n031's were). The page's words as
# Tesseract boxed them (points): the stamp's office and "ĐẾN Số:" lines apart (its mark's words), its
# "ngày:" and "Chuyển:" rows read into the issuer's and the motto's lines, "BỘ" lost under the ink.
def test_the_header_under_a_stamp_over_the_issuer_is_read_again_in_the_issuers_column(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    px = lambda pt: round(pt / scale)  # noqa: E731
    stamp = [_word(70, 88, 30, "VĂN", 97, "s1"), _word(93, 125, 30, "PHÒNG", 93, "s1"), _word(129, 155, 32, "UBND", 92, "s1"),
             _word(69, 88, 42, "ĐẾN", 97, "s2"), _word(95, 108, 44, "Số:", 96, "s2"), _word(113, 135, 45, "4159", 97, "s2")]
    motto = [_word(x0, x1, 54, t, 95, "a") for x0, x1, t in ((245, 285, "CỘNG"), (290, 321, "HOÀ"), (325, 345, "XÃ"), (349, 375, "HỘI"),
                                                            (380, 410, "CHỦ"), (414, 461, "NGHĨA"), (465, 498, "VIỆT"), (503, 525, "NAM"))]
    issuer = [_word(70, 95, 54, "ngày:", 87, "a"), _word(99, 154, 53, "z@›TƯ", 0, "a"), _word(157, 194, 52, "PHÁP", 92, "a")]
    below = [_word(69, 106, 72, "Chuyển:", 93, "b"), _word(311, 334, 72, "Độc", 96, "b"), _word(338, 355, 72, "lập", 97, "b")]
    page = [*issuer, *motto, *below]
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((px(58), px(22), px(232), px(94)), radius=px(8), outline=(40, 60, 170), width=8)
    for w in (*stamp, issuer[0], below[0]):  # the stamp's own print, in its ink
        draw.rectangle((px(w["x0"]), px(w["top"] + 3), px(w["x1"]), px(w["bottom"] - 3)), fill=(40, 60, 170))
    ink = ocr.stamp_ink_box(image, scale)
    assert ink is not None and ink[3] >= 94  # the ink reaches the "Chuyển:" row, the words' box (to 69 pt) does not
    band_top = min(ink[1], 30 - ocr.RECEIVED_LEFT_PT)
    again = _tsv((1, 1, px(110), px(54 - band_top), px(18), 96.0, "BỘ"), (1, 1, px(133), px(54 - band_top), px(19), 95.0, "TƯ"),
                 (1, 1, px(157), px(54 - band_top), px(37), 96.0, "PHÁP"))
    seen: list[Any] = []
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: seen.append(image) or again)
    words = ocr.reread_under_stamp_ink(page, stamp, image, scale)
    assert len(seen) == 1  # HEADER_STAMP_BLUE: a blue stamp in the header band is read again
    # ISSUER_COLUMN_EDGE: the band ends in the gap before "CỘNG" (245 pt), not at the page's middle (297.6 pt)
    assert seen[0].width == px(243) and seen[0].height >= px(94 - band_top)
    assert [w["text"] for w in words if w["line"][0] == "stamp"] == ["BỘ", "TƯ", "PHÁP"]
    assert all(any(w is m for w in words) for m in motto)  # the motto's words stay the page's, whole
    assert not {"ngày:", "Chuyển:", "z@›TƯ"} & {w["text"] for w in words}
    assert ocr.column_edge(page, 40, 90, 297.6) == 243.0
    # STAMP_PRINT_IS_THE_STAMPS' counter-example: the same words printed black are the page's, and with
    # them its read (3 syllables) is as good as the band's (3): the band is not taken whole, nor are they
    # dropped as the stamp's print. STAMP_ROWS_BY_ROW (stamprows.py) then sets the rows against each other:
    # the issuer's row "ngày: z@›TƯ PHÁP" (no word of the list, a noise word; "ngày:" is a stamp's label)
    # against the band's "BỘ TƯ PHÁP" ("tư pháp"): the band's row is taken, the "Chuyển:" row stays the page's
    black = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(black)
    draw.rounded_rectangle((px(58), px(22), px(232), px(94)), radius=px(8), outline=(40, 60, 170), width=8)
    for w in (issuer[0], below[0]):
        draw.rectangle((px(w["x0"]), px(w["top"] + 3), px(w["x1"]), px(w["bottom"] - 3)), fill=(20, 20, 20))
    repairs: list[str] = []
    words = ocr.reread_under_stamp_ink(page, stamp, black, scale, repairs)
    assert not any("the received stamp's own print" in r for r in repairs)
    assert repairs == ["'ngày: z@›TƯ PHÁP' → 'BỘ TƯ PHÁP' (a row under the received stamp, read again without its ink: more sure words of the list on the row)"]
    assert sorted(w["text"] for w in words) == sorted(["BỘ", "TƯ", "PHÁP", *(w["text"] for w in (*motto, *below))])


# STAMP_GAP_FILL: n021's DOCX rendered at 200 dpi, a blue stamp under the number over "CÔNG ĐIỆN" and
# the subject's line (points, as Tesseract boxed them). The page's read lost "Phiên", the band read again
# has it but reads "lân", "nhât", "quôc", "vê": the page's read is kept, "Phiên" fills its gap.
def test_a_word_the_page_lost_under_the_stamp_is_taken_from_the_band_read_again() -> None:
    from directive_parser.loaders import ocr

    def w(text: str, x0: float, x1: float, top: float, bottom: float, conf: float, line: str) -> ocr.Word:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": conf, "line": ("1", "1", line)}

    page = [w("họp", 212.4, 233.0, 157.7, 170.4, 97, "2"), w("lần", 236.9, 253.9, 154.6, 167.0, 97, "2"),
            w("thứ", 257.8, 277.9, 157.0, 167.0, 97, "2"), w("nhất", 281.3, 307.2, 154.1, 167.0, 96, "2"),
            w("Ban", 310.8, 332.9, 157.4, 166.8, 97, "2")]
    band = [w("Phiên", 176.4, 208.1, 157.6, 167.7, 97, "s3"), w("họp", 212.4, 233.0, 158.1, 170.3, 96, "s3"),
            w("lân", 237.4, 253.9, 157.4, 167.0, 73, "s3"), w("thứ", 257.8, 277.9, 157.4, 167.0, 93, "s3"),
            w("nhât", 281.3, 307.2, 156.9, 167.0, 90, "s3"), w("Ban", 310.8, 332.9, 157.4, 166.7, 97, "s3")]
    found: list[str] = []
    words = ocr.fill_stamp_gaps(page, page, band, found)
    assert [x["text"] for x in ocr.ocr_lines(words)[0]] == ["Phiên", "họp", "lần", "thứ", "nhất", "Ban"] and len(found) == 1
    # not filled: a band word read unsurely, of one letter, or no syllable; a row the page read nothing on
    worse = [{**band[0], "conf": 60.0}, {**band[0], "text": "œè"}, {**band[0], "text": "P"}, {**band[0], "top": 300.0, "bottom": 310.0}]
    assert ocr.fill_stamp_gaps(page, page, worse) == page


# HEADER_STAMP_GREY_BY_TONE: n013's DOCX rendered at 300 dpi (scripts/synthetic_scans.py --stamp-at real),
# a grey received stamp (95 of 255) over its "V/v" lines (boxes in points, as Tesseract read the page):
# no red or blue ink to whiten, but the print is black and the stamp mid-grey.
def test_a_grey_stamp_over_the_subject_is_read_again_without_its_mid_grey(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    px = lambda pt: round(pt / scale)  # noqa: E731

    def w(text: str, x0: float, x1: float, top: float, bottom: float, conf: float, line: str) -> ocr.Word:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": conf, "line": ("5", "1", line)}

    page = [w("Số:", 114.0, 129.4, 125.3, 134.9, 97, "0"), w("/UBND-NC", 172.8, 234.7, 125.3, 134.6, 91, "0"),
            w("VĂN", 75.6, 94.6, 148.6, 156.7, 93, "1"), w("PHòÒNV/MdjjÊn", 98.9, 169.2, 146.2, 159.8, 28, "1"),
            w("khai", 172.8, 194.6, 146.4, 155.5, 97, "1"), w("hiện", 224.4, 246.5, 145.9, 157.2, 97, "1"),
            w("ĐẾN", 74.6, 93.8, 161.3, 170.6, 93, "2"), w("sá?ênga@ăn", 100.6, 158.2, 161.8, 173.5, 4, "2"),
            w("số", 162.0, 172.8, 161.0, 170.6, 93, "2"), w("4552/BEA-C04", 176.6, 258.5, 161.0, 170.4, 44, "2"),
            w("Ngày:", 74.4, 100.1, 177.4, 186.2, 93, "3"), w("4/9/2oaủa", 104.4, 159.4, 176.6, 187.2, 45, "3"),
            w("Bộ", 163.4, 177.6, 176.4, 187.7, 97, "3"), w("Công", 181.9, 209.5, 176.2, 188.2, 96, "3"),
            w("Chuyển:", 73.4, 110.6, 190.3, 201.4, 96, "4")]
    printed = [(118, 146, 146, 158), (150, 169, 146, 158), (172, 195, 146, 156), (224, 247, 146, 157),  # V/v triển khai … hiện
               (118, 145, 161, 171), (150, 172, 161, 171), (176, 259, 161, 171), (118, 140, 176, 188), (163, 210, 176, 188)]
    stamp_words = [(76, 170, 148, 157), (75, 94, 161, 171), (100, 158, 162, 172), (74, 160, 177, 187), (73, 111, 190, 201)]

    def drawn(stamp_ink: tuple[int, int, int]) -> Any:
        image = Image.new("RGB", (2480, 3508), "white")
        draw = ImageDraw.Draw(image)
        for x0, x1, top, bottom in printed:  # black print, an anti-aliased grey edge round it
            draw.rectangle((px(x0), px(top), px(x1), px(bottom)), fill=(15, 15, 15), outline=(120, 120, 120), width=2)
        layer = Image.new("RGB", image.size, "white")
        ink = ImageDraw.Draw(layer)
        ink.rectangle((px(62), px(143), px(215), px(215)), outline=stamp_ink, width=8)
        for x0, x1, top, bottom in stamp_words:
            ink.rectangle((px(x0), px(top + 2), px(x1), px(bottom - 2)), fill=stamp_ink)
        from PIL import ImageChops

        return ImageChops.multiply(image, layer)  # the stamp's ink over the print, as a pad prints it

    image = drawn((95, 95, 95))
    assert ocr.stamp_ink_box(image, scale) is None  # no red or blue
    box = ocr.stamp_ink_box(image, scale, grey=True)
    assert box is not None and box[0] <= 64 and box[2] >= 212 and box[1] <= 145
    kept, taken, stamp = ocr.split_received(page, 842.0)
    assert stamp is not None
    seen: list[Any] = []

    def again(crop: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        seen.append(crop)
        top = 143.0 - 2.0  # the crop's top is the highest touched line's less 2 pt; the rows below from it
        rows = (("V/v", 118, 146), ("triển", 150, 146), ("khai", 172, 146), ("thực", 199, 146), ("hiện", 224, 146),
                ("Công", 118, 161), ("văn", 150, 161), ("số", 162, 161), ("4552/BCA-C04", 176, 161),
                ("của", 118, 176), ("Bộ", 163, 176), ("Công", 182, 176), ("an", 219, 176))
        return _tsv(*((1, 1 + k // 5, px(x), px(y - top), px(20), 95.0, t) for k, (t, x, y) in enumerate(rows)))

    monkeypatch.setattr(ocr, "_tesseract_tsv", again)
    words = ocr.reread_under_stamp_ink(kept, taken, image, scale)
    assert len(seen) == 1
    crop_top = min(143.0, *(float(x["top"]) for x in kept if float(x["bottom"]) > 143.0 and float(x["top"]) < 216.0)) - 2.0
    assert seen[0].getpixel((px(80), px(166 - crop_top))) == 255  # the stamp's "ĐẾN", in its grey, turned to paper
    assert seen[0].getpixel((px(200), px(166 - crop_top))) < 60  # the print's "4552/BCA-C04", black, kept
    text = " ".join(x["text"] for x in words)
    assert "triển khai thực hiện" in text and "4552/BCA-C04" in text and "PHòÒNV/MdjjÊn" not in text
    # a page in black and white (the stamp's ink as black as the print: c140, c158) is no grey stamp,
    # and its rows are not read again; nor is the print alone, its grey edges beside a black core
    seen.clear()
    black = drawn((0, 0, 0))
    assert ocr.stamp_ink_box(black, scale, grey=True) is None
    assert ocr.reread_under_stamp_ink(kept, taken, black, scale) == kept and not seen
    assert ocr.stamp_ink_box(drawn((255, 255, 255)), scale, grey=True) is None


# STAMP_PRINT_DROPPED: n009's DOCX rendered at 300 dpi, a blue stamp slanted over "THÔNG BÁO" and the
# subject's first lines (points, as Tesseract boxed the page): the page's read is kept under the band, but
# its "n" and "YÊN", read at 0 where the stamp's own "ĐẾN" and "Ngày:" are printed, went into the subject.
def test_the_stamps_own_print_read_among_the_subject_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    px = lambda pt: round(pt / scale)  # noqa: E731

    def w(text: str, x0: float, x1: float, top: float, conf: float, line: str) -> ocr.Word:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 11, "conf": conf, "line": ("7", "1", line)}

    stamp = [w("ĐẾN", 67, 90, 148, 84, "2")]
    page = [w("THÔNG", 273, 325, 151, 92, "2"), w("BÁO", 330, 360, 152, 92, "2"),
            w("n", 66, 72, 177, 0, "3"), w("Kết", 97, 118, 165, 90, "3"), w("luận", 122, 150, 166, 96, "3"),
            w("của", 182, 200, 167, 97, "3"), w("đồng", 214, 240, 167, 97, "3"), w("chí", 258, 275, 168, 96, "3"),
            w("YÊN", 83, 110, 179, 0, "4"), w("Thường", 245, 290, 185, 97, "4"), w("vụ", 309, 320, 188, 97, "4")]

    def drawn(stamp_print: tuple[int, int, int]) -> Any:
        image = Image.new("RGB", (2480, 3508), "white")
        draw = ImageDraw.Draw(image)
        draw.rounded_rectangle((px(58), px(140), px(210), px(200)), radius=px(8), outline=(40, 60, 170), width=8)
        for x in (*stamp, page[2], page[8]):  # the stamp's print
            draw.rectangle((px(x["x0"]), px(x["top"] + 2), px(x["x1"]), px(x["bottom"] - 2)), fill=stamp_print)
        for x in (*page[:2], *page[3:8], *page[9:]):  # the document's, black
            draw.rectangle((px(x["x0"]), px(x["top"] + 2), px(x["x1"]), px(x["bottom"] - 2)), fill=(15, 15, 15))
        return image

    # the band read again reads less than the page (one syllable): the page's read is kept
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: _tsv((1, 1, px(97), px(20), px(20), 90.0, "Kết")))
    found: list[str] = []
    words = ocr.reread_under_stamp_ink(page, stamp, drawn((40, 60, 170)), scale, found)
    texts = [x["text"] for x in words]
    assert "YÊN" not in texts and "n" not in texts and {"Kết", "luận", "Thường", "vụ", "THÔNG"} <= set(texts)
    assert any("the received stamp's own print" in r for r in found)
    # the same words printed black are the page's and stay
    kept = [x["text"] for x in ocr.reread_under_stamp_ink(page, stamp, drawn((15, 15, 15)), scale)]
    assert "YÊN" in kept and "n" in kept


# NUMBER_READ_PARTY (STAMP_SPARES_NUMBER): HD 36's number line, no colon and the type's letters after a
# dash ("Số 248-CV/ĐU", 003's DOCX at 200 dpi under a grey stamp: the band read it "Sö 248-CV:ĐU" and took
# it, the number lost), is the document's number as NĐ 30's "Số: 8977/BNV-TCPCP" is: never the band's.
@pytest.mark.parametrize(
    ("line", "number"),
    [("Số 248-CV/ĐU", True), ("Số 1092-CV/BDVTU", True), ("Số 624 -CV/BDVTU", True), ("Số: 8977/BNV-TCPCP", True),
     ("Số: /KH-UBND", True), ("Sö 248-CV:ĐU", False), ("số 12/2024 của", False), ("Số lượng/KH", False), ("Số 12 người", False)],
)
def test_the_number_line_the_band_never_replaces(line: str, number: bool) -> None:
    from directive_parser.loaders import ocr

    assert bool(ocr._NUMBER_READ.search(line)) is number


# n057's first page as Tesseract boxed it (points; a digitally signed công văn of UBND tỉnh Quảng
# Ngãi, scanned): in the top margin, the portal's receipt e-stamp ("ĐẾN, TRUNG TÂM CÔNG BÁO VÀ TIN
# HỌC", its address and clock time) and the signature box ("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi
# … Thời gian ký: 15/01/2025 17:10:17") in small print, read as noise; under them the header's rows.
def _box(x0: float, x1: float, top: float, bottom: float, text: str, line: str) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": text, "line": tuple(line.split(".")), "conf": 90.0}


N057_MARGIN = [
    _box(252, 268, 8, 13, "ZEĐN,", "1.1.1"), _box(278, 302, 8, 15, "TRUNG", "1.1.1"), _box(303, 318, 6, 13, "TÂM", "1.1.1"),
    _box(482, 489, 5, 15, "li", "1.1.1"), _box(491, 499, 4, 11, "bởi:", "1.1.1"), _box(520, 532, 5, 9, "nhân", "1.1.1"),
    _box(278, 292, 14, 20, "BÁO", "1.2.1"), _box(294, 304, 14, 20, "VÀ", "1.2.1"), _box(306, 317, 15, 20, "TIN", "1.2.1"),
    _box(482, 493, 11, 21, "Thờ", "3.1.2"), _box(516, 542, 17, 21, "15/01/2025", "3.1.2"), _box(545, 565, 17, 21, "17:10:17", "3.1.2"),
    _box(279, 308, 29, 34, "16.01.2025", "1.3.2"), _box(311, 335, 29, 34, "07:46:10", "1.3.2"),
]
N057_HEADER = [
    _box(101, 120, 63, 75, "ỦY", "5.1.1"), _box(123, 150, 66, 75, "BAN", "5.1.1"), _box(154, 192, 63, 75, "NHÂN", "5.1.1"),
    _box(196, 224, 63, 75, "DÂN", "5.1.1"), _box(262, 301, 65, 78, "CỘNG", "5.1.1"), _box(305, 333, 64, 76, "HÒA", "5.1.1"),
    _box(337, 355, 64, 76, "XÃ", "5.1.1"), _box(359, 384, 65, 78, "HỘI", "5.1.1"), _box(388, 416, 64, 76, "CHỦ", "5.1.1"),
    _box(101, 134, 78, 90, "TỈNH", "5.1.2"), _box(138, 186, 78, 93, "QUẢNG", "5.1.2"), _box(190, 224, 79, 90, "NGÃI", "5.1.2"),
]
A4_HEIGHT_PT = 842.0


def test_margin_print_above_the_motto_is_set_aside() -> None:
    # MARGIN_ABOVE_MOTTO: the e-stamp's and the signature box's lines, not the issuer's
    kept, aside = split_above_motto(N057_MARGIN + N057_HEADER, A4_HEIGHT_PT)
    assert [w["text"] for w in kept] == [w["text"] for w in N057_HEADER]
    assert [" ".join(w["text"] for w in line) for line in aside] == [
        "ZEĐN, TRUNG TÂM li bởi: nhân", "Thờ 15/01/2025 17:10:17", "BÁO VÀ TIN", "16.01.2025 07:46:10",
    ]


def test_a_header_line_raised_by_skew_stays() -> None:
    # the issuer's first line a few points above the motto's (a turned page) is on its row
    raised = [dict(w, top=w["top"] - 5, bottom=w["bottom"] - 5) if w["x0"] < 230 and w["line"] == ("5", "1", "1") else w for w in N057_HEADER]
    raised = [dict(w, line=("4", "1", "1")) if w["x0"] < 230 and w["line"] == ("5", "1", "1") else w for w in raised]
    kept, aside = split_above_motto(raised, A4_HEIGHT_PT)
    assert aside == [] and len(kept) == len(raised)


def test_no_motto_read_nothing_set_aside() -> None:
    # the motto not read (a stamp over it): nothing is known to stand above the header
    header = [w for w in N057_HEADER if w["x0"] < 230]
    kept, aside = split_above_motto(N057_MARGIN + header, A4_HEIGHT_PT)
    assert aside == [] and len(kept) == len(N057_MARGIN) + len(header)


def test_a_motto_quoted_low_in_the_page_is_no_header() -> None:
    # "Cộng hòa xã hội chủ nghĩa Việt Nam" in the body, under the top share of the page
    low = [dict(w, top=w["top"] + 400, bottom=w["bottom"] + 400) for w in N057_HEADER]
    kept, aside = split_above_motto(N057_MARGIN + low, A4_HEIGHT_PT)
    assert len(kept) == len(N057_MARGIN) + len(low)
    assert aside == []


# HEADER_ROWS_UNREAD (issue 13, cause D): 000's DOCX rendered at 300 dpi with a red received stamp over
# its "V/v" lines (HD 36's header, Tesseract's boxes in points): the page read "BAN DÂN VẬN", the stamp's
# own print and the body, and nothing on "Số 1092-CV/BDVTU" (just over the stamp's top) nor on "Kính gửi:
# Các quận ủy, huyện ủy." (under its bottom): its layout took the stamp's neighbourhood for a picture.
def test_rows_the_page_lost_beside_the_stamp_are_read_again_with_its_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    px = lambda pt: round(pt / scale)  # noqa: E731

    def w(text: str, x0: float, x1: float, top: float, bottom: float, conf: float, line: str) -> ocr.Word:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": conf, "line": ("4", "1", line)}

    above = [w("BAN", 150, 176, 99, 115, 96, "b"), w("DÂN", 180, 207, 99, 111, 96, "b"), w("VẬN", 211, 239, 100, 113, 96, "b")]
    stamps = [w("VĂN", 166, 185, 171, 179, 97, "s"), w("PHÒNG", 189, 222, 169, 178, 93, "s"), w("UBND", 227, 252, 168, 175, 93, "s"),
              w("trếngiáến", 163, 209, 183, 195, 0, "v"), w("3áf/7khảo", 211, 258, 183, 194, 49, "v"), w("sát", 262, 276, 183, 193, 97, "v"),
              w("Ngày:", 168, 194, 199, 208, 96, "d"), w("15/7/2023", 198, 244, 197, 205, 96, "d")]
    body = [w("Thực", 91, 118, 291, 305, 96, "t"), w("hiện", 122, 146, 291, 305, 96, "t"), w("chỉ", 150, 166, 291, 305, 96, "t")]
    number, vv, vv2, kinh = (137.0, 252.0, 156.0, 166.0), (110.0, 278.0, 183.0, 195.0), (140.0, 260.0, 210.0, 221.0), (90.0, 266.0, 240.0, 252.0)
    ink = (155.04, 159.12, 310.08, 232.56)

    def drawn(lost: bool) -> Any:
        image = Image.new("RGB", (2480, 3508), "white")
        draw = ImageDraw.Draw(image)
        for x0, x1, top, bottom in [(150, 239, 101, 113), vv, vv2, (91, 476, 293, 303), *([number, kinh] if lost else [])]:
            draw.rectangle((px(x0), px(top + 1), px(x1), px(bottom - 1)), fill=(15, 15, 15))
        draw.rounded_rectangle((px(ink[0]), px(ink[1]), px(ink[2]), px(ink[3])), radius=px(8), outline=(200, 40, 60), width=8)
        for x in stamps[:3] + stamps[6:]:
            draw.rectangle((px(x["x0"]), px(x["top"] + 1), px(x["x1"]), px(x["bottom"] - 1)), fill=(200, 40, 60))
        return image

    # what the band reads, placed from a crop starting 2 pt over the number's row
    reads = [(number[:3], ["Số", "1092-CV/BDVTU"]), (vv[:3], ["V/v", "kiểm", "tra,", "giám", "sát,", "khảo", "sát"]),
             (vv2[:3], ["mô", "hình", "“Dân", "vận", "khéo”"]), (kinh[:3], ["Kính", "gửi:", "Các", "quận", "ủy,", "huyện", "ủy."])]
    again = _tsv(*[(1, k, px(x0 + i * (x1 - x0) / len(ts)), px(top - 154.0), px((x1 - x0) / len(ts) - 2), 96.0, t)
                   for k, ((x0, x1, top), ts) in enumerate(reads) for i, t in enumerate(ts)])
    crops: list[tuple[int, int]] = []

    def tesseract(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        crops.append((image.width, image.height))
        return again

    monkeypatch.setattr(ocr, "_tesseract_tsv", tesseract)
    found: list[str] = []
    words = ocr.reread_under_stamp_ink([*above, *stamps, *body], [], drawn(True), scale, found, ink)
    # the band reached from over the number's row (156 pt) to under "Kính gửi" (252 pt): both read again
    assert len(crops) == 1 and abs(crops[0][1] * scale - (254.0 - 154.0)) < 2
    text = " ".join(x["text"] for line in ocr_lines(words) for x in line)
    assert "Số 1092-CV/BDVTU V/v kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo” Kính gửi: Các quận ủy, huyện ủy." in text
    assert text.startswith("BAN DÂN VẬN") and text.endswith("Thực hiện chỉ")
    assert len(found) == 1 and "the rows beside it the page read nothing on (157-165 pt, 241-251 pt)" in found[0]
    # counter-examples: no print on those rows (nothing lost): the band is the stamp's rows (157-235 pt);
    # the page read them: the band is the rows the stamp touches (the number's too, 154-235 pt), not "Kính gửi"'s
    for image, page, height in ((drawn(False), [*above, *stamps, *body], 234.56 - 157.12),
                                (drawn(True), [*above, w("Số", 137, 150, 156, 166, 96, "n"), w("1092-CV/BDVTU", 154, 252, 156, 166, 96, "n"),
                                               *stamps, w("Kính", 90, 112, 240, 252, 96, "k"), w("gửi:", 115, 135, 240, 252, 96, "k"), *body],
                                 234.56 - 154.0)):
        crops.clear()
        ocr.reread_under_stamp_ink(page, [], image, scale, None, ink)
        assert len(crops) == 1 and abs(crops[0][1] * scale - height) < 2


# PHOTO_STAMP_DULLED_INK, STAMP_INK_BY_PAPER: n026's phone render (its DOCX photographed: the paper
# 220 of 255, JPEG), a blue received stamp under its number line at 85-253 pt across, 139-224 pt
# down: only the cores of its heavier letters clear BLUE_INK_MARGIN (rows of text, the largest
# 98 x 16 pt), its frame and thinner strokes keep a margin of 20-35. Drawn here so: a grey page,
# the stamp's four text rows in a strong blue, its frame in a dulled one.
def _photo_stamp(frame: tuple[int, int, int] | None, letters: tuple[int, int, int] | None, paper: int = 220) -> Any:
    from PIL import Image, ImageDraw

    px = lambda pt: round(pt / (POINTS_PER_INCH / OCR_DPI))  # noqa: E731
    image = Image.new("RGB", (2480, 3508), (paper, paper, paper))
    draw = ImageDraw.Draw(image)
    if frame is not None:
        draw.rounded_rectangle((px(88), px(142), px(250), px(221)), radius=px(8), outline=frame, width=5)
    if letters is not None:
        for top, right in ((150, 200), (168, 190), (186, 186), (204, 160)):  # "VĂN PHÒNG UBND", "ĐẾN Số:", "Ngày:", "Chuyển:"
            for x in range(96, right, 9):
                draw.rectangle((px(x), px(top), px(x + 5), px(top + 9)), fill=letters)
    return image


def test_a_photos_dulled_stamp_is_found_from_its_surely_coloured_cells() -> None:
    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    dulled, strong = (176, 184, 212), (70, 80, 160)  # blue over the other channels by 28 and by 80
    x0, top, x1, bottom = ocr.stamp_ink_box(_photo_stamp(dulled, strong), scale) or (0.0, 0.0, 0.0, 0.0)
    assert 84 <= x0 <= 90 and 248 <= x1 <= 256 and 138 <= top <= 144 and 218 <= bottom <= 226
    # the strong ink alone is its text rows apart, each too flat for a stamp (the rule before: n026 not found)
    assert ocr.stamp_ink_box(_photo_stamp(None, strong), scale) is None
    # the dulled ink alone starts nothing: JPEG's colour noise, a pale tint, is no stamp
    assert ocr.stamp_ink_box(_photo_stamp(dulled, None), scale) is None
    # a scan's white paper: the margins as they were (the page's paper level 1.0)
    assert ocr.paper_level(__import__("numpy").full((8, 8, 3), 255)) == 1.0
    assert ocr.stamp_ink_box(_photo_stamp(dulled, strong, 255), scale) is not None


# STAMP_ROUTING_LABEL: n007's phone render (an outline whose title is centred at the top, the stamp
# slanted in the top margin over it, its "Chuyển: ……" row read on the subject's first line), as
# Tesseract boxed the rows (points).
def test_the_stamps_routing_label_read_on_the_subjects_line_is_the_stamps() -> None:
    from directive_parser.loaders import ocr

    def w(x0: float, x1: float, top: float, bottom: float, text: str, conf: float, line: str) -> ocr.Word:
        return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": text, "conf": conf, "line": ("2", "1", line)}

    stamp = [w(71, 72, 25, 35, "|", 96, "1"), w(83, 102, 15, 42, "VĂN", 93, "1"), w(108, 140, 15, 42, "PHòNG", 77, "1"),
             w(79, 99, 38, 47, "ĐẾN", 92, "2"), w(106, 120, 41, 50, "s;,", 32, "2"), w(125, 149, 44, 53, "489g", 74, "2"),
             w(289, 295, 51, 54, "-", 0, "2")]
    subject = [w(66, 67, 63, 71, "Í", 78, "4"), w(75, 114, 67, 79, "Chuyển,", 87, "4"), w(118, 147, 62, 83, "Tổng", 92, "4"),
               w(154, 174, 63, 80, "kết", 97, "4"), w(178, 207, 68, 81, "thực", 97, "4"), w(211, 237, 69, 80, "hiện", 97, "4")]
    kept, taken, received = ocr.split_received([*stamp, *subject], 842.0)
    assert [x["text"] for x in kept if x["line"][2] == "4"] == ["Tổng", "kết", "thực", "hiện"]
    assert [x["text"] for x in taken][-2:] == ["Í", "Chuyển,"] and received is not None
    # not the stamp's: "chuyển" with the text's words after it, the label outside the stamp's box,
    # a letter too wide for the frame's edge
    inside = lambda x: x["x0"] >= 67 and x["x1"] <= 244  # noqa: E731
    line = [w(75, 114, 67, 79, "chuyển", 87, "4"), w(118, 140, 67, 79, "đổi", 97, "4"), w(144, 160, 67, 79, "số", 97, "4")]
    assert ocr.stamp_fields_in_line(line, inside) == []
    assert ocr.stamp_fields_in_line([w(300, 340, 67, 79, "Chuyển,", 87, "4"), w(344, 370, 67, 79, "Tổng", 92, "4")], inside) == []
    wide = [w(60, 70, 63, 71, "Í", 78, "4"), *subject[1:3]]
    assert [x["text"] for x in ocr.stamp_fields_in_line(wide, inside)] == ["Chuyển,"]


# BAND_LINE_OF_NOISE: the band read again under a stamp reached a row of print the page read nothing
# on and read it as marks (n032's phone render: its number line "Số: 156 -CV/TĐTN-BCTĐ&TTN" read
# "=C{V/11)21ÌN-D(L 1ÌN", joined to the issuer's lines). The scene of the red stamp over the issuer above.
@pytest.mark.parametrize(
    ("row", "kept"),
    [(("=C{V/11)21ÌN-D(L", "1ÌN"), False), (("Số:", "156-CV/TĐTN"), True), (("SỞ", "TƯ", "PHÁP"), True), (("UBND",), True)],
)
def test_a_line_of_marks_the_band_read_is_dropped(monkeypatch: pytest.MonkeyPatch, row: tuple[str, ...], kept: bool) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    px = lambda pt: round(pt / scale)  # noqa: E731
    stamp = [_word(35, 54, 43, "VĂN", 90, "s1"), _word(36, 54, 56, "ĐẾN", 90, "s2"), _word(37, 62, 72, "Ngày:", 90, "s3")]
    page = [_word(181, 196, 75, "ÂN", 90, "a"), _word(200, 228, 72, "DÂN", 95, "a"), _word(165, 191, 90, "ANG", 60, "b")]
    issuer = ((110, "ỦY"), (131, "BAN"), (163, "NHÂN"), (200, "DÂN"))
    again = _tsv(*[(1, 1, px(x), px(72 - 29), px(18), 96.0, t) for x, t in issuer],
                 *[(1, 2, px(60 + 40 * k), px(92 - 29), px(35), 60.0, t) for k, t in enumerate(row)])
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: again)
    image = Image.new("RGB", (2480, 3508), "white")
    ImageDraw.Draw(image).rectangle((px(25), px(32), px(130), px(104)), outline=(205, 35, 45), width=12)
    texts = [w["text"] for w in ocr.reread_under_stamp_ink(page, stamp, image, scale)]
    assert {"ỦY", "BAN", "NHÂN"} <= set(texts)
    assert (set(row) <= set(texts)) is kept


# STAMP_PRINT_IS_THE_STAMPS where the band's read is not taken: 002's phone render, a blue stamp over
# the issuer found by its mark, its routing label read on the issuer's first line ("Chuyển» Ả; BỘ TỈNH
# BẮC GIANG"); the band read no more syllables, the page's read is kept, less the stamp's own print.
def test_the_stamps_own_print_in_the_header_goes_where_the_band_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from directive_parser.loaders import ocr

    scale = POINTS_PER_INCH / OCR_DPI
    px = lambda pt: round(pt / scale)  # noqa: E731
    stamp = [_word(60, 80, 40, "ĐẾN", 90, "s2"), _word(84, 100, 40, "Số:", 90, "s2")]
    page = [_word(60, 100, 60, "Chuyển»", 80, "p"), _word(104, 120, 60, "Ả;", 40, "p"), _word(124, 150, 60, "BỘ", 96, "p"),
            _word(154, 190, 60, "TỈNH", 96, "p")]

    def drawn(label: tuple[int, int, int]) -> Any:
        image = Image.new("RGB", (2480, 3508), "white")
        draw = ImageDraw.Draw(image)
        draw.rounded_rectangle((px(50), px(30), px(200), px(80)), radius=px(6), outline=(40, 60, 170), width=8)
        for x in page:
            draw.rectangle((px(x["x0"]), px(x["top"] + 2), px(x["x1"]), px(x["bottom"] - 2)), fill=label if x is page[0] else (15, 15, 15))
        return image

    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda image, name, psm=ocr.OCR_PSM: _tsv((1, 1, px(124), px(30), px(26), 96.0, "BỘ")))
    found: list[str] = []
    texts = [w["text"] for w in ocr.reread_under_stamp_ink(page, stamp, drawn((40, 60, 170)), scale, found)]
    assert texts == ["Ả;", "BỘ", "TỈNH"] and any("the received stamp's own print" in r for r in found)
    # the same word printed black is the page's and stays
    assert [w["text"] for w in ocr.reread_under_stamp_ink(page, stamp, drawn((15, 15, 15)), scale)] == ["Chuyển»", "Ả;", "BỘ", "TỈNH"]


@pytest.mark.skipif(tesseract_status() is not None, reason=f"OCR not available: {tesseract_status()}")
def test_a_scans_unread_number_is_said_in_the_warnings() -> None:
    # NUMBER_UNREAD_ON_SCAN: n058's handwritten "574" is read as marks ("Số: $4/UBND-KTTH") and left blank;
    # the record keeps the symbol and tells the clerk, in the warnings and in Vietnamese, to enter the number
    from directive_parser.web.vietnamese import vietnamese

    record = parse_file(CORPUS / "files" / "n058.scan.pdf")
    assert (record.number.symbol, record.number.number) == ("/UBND-KTTH", None)
    unread = [w for w in record.warnings if w.startswith("the number on page 1 was not read")]
    assert len(unread) == 1 and "'/UBND-KTTH'" in unread[0]
    assert vietnamese(unread[0]).startswith("không đọc được số văn bản ở trang 1 (trước ký hiệu “/UBND-KTTH”)")
    # its text copy (OCR'd elsewhere: no page read here, the clerk has no scan to look at) says nothing
    assert not any("was not read" in w for w in parse_file(CORPUS / "n058.txt").warnings)
