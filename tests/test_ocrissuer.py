"""The issuer's lines read from a scan, repaired as the document's body prints the name (issue 13).

Reads are Tesseract's on the synthetic renders of the typed dev documents (scripts/synthetic_scans.py,
300 and 200 dpi); bodies are the documents' own sentences, shortened.
"""

from __future__ import annotations

import pytest

from directive_parser.loaders.ocr import repair_ocr_text
from directive_parser.loaders.ocrissuer import issuer_as_echoed, issuer_syllables, repair_issuer
from directive_parser.loaders.ocrwords import repair_motto_word

# n026's body: the ministry names itself, and the provinces' departments it writes to
N026_BODY = (
    "Triển khai thực hiện Quyết định số 145/QĐ-BNV ngày 03/3/2025 của Bộ\nNội vụ về việc sơ kết, Bộ Nội vụ"
    " đề nghị các bộ, cơ quan ngang bộ chỉ đạo Sở Nội vụ các tỉnh cập nhật, bổ sung số liệu."
)
# n029's body: the council's name, once with a letter lost under the stamp (200 dpi)
N029_BODY = (
    "Căn cứ Quyết định thành lập Hội đồng thẩm định, đánh iá Chỉ số cải cách hành chính tỉnh; "
    "Hội đồng thẩm định, đánh giá Chỉ số cải cách hành\nchính tỉnh Lâm Đồng thông báo kết quả."
)

ECHOED = [
    # ISSUER_AS_ECHOED with ISSUER_BY_SYMBOL: "BỘ" read "HỘ" (n026, 300 dpi), "ĐỘ" (n031, 200 dpi); the body
    # prints "Bộ Nội vụ" and "Sở Nội vụ", the symbol's BNV tells which
    ("HỘ NỘI VỤ", N026_BODY, "5816/BNV-CCHC", "Bộ Nội vụ"),
    ("ĐỘ NỘI VỤ", N026_BODY, "11902/BNV-TCPCP", "Bộ Nội vụ"),
    # marks lost in the capitals (n029, 200 dpi); the print nearest the read taken over the one with "iá"
    (
        "HỘI ĐỒNG THÁM ĐỊNH, ĐÁNH GIÁ CHÍ SÓ CẢI CÁCH HÀNH CHÍNH TỈNH",
        N029_BODY,
        "1079/QĐ-HĐTĐ",
        "Hội đồng thẩm định, đánh giá Chỉ số cải cách hành chính tỉnh",
    ),
]
KEPT_AS_READ = [
    # no symbol to tell "Bộ Nội vụ" from "Sở Nội vụ": left as read
    ("HỘ NỘI VỤ", N026_BODY, None),
    # a header word read is trusted: "SỞ" is never made the body's "Bộ"
    ("SỞ NỘI VỤ", N026_BODY, "5816/BNV-CCHC"),
    # the body prints the name as read, in reading case: nothing to repair
    ("BỘ NỘI VỤ", N026_BODY, "5816/BNV-CCHC"),
    # only a tone mark's place differs ("Uỷ ban" in the body, "ỦY BAN" read): the header's style stays
    ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Chủ tịch Uỷ ban nhân dân tỉnh Lâm Đồng quyết định", None),
    # two words one letter off in a name of three: no echo
    ("HỘ NỘI VỤ", "… công tác của Sở Nộ vụ …", None),
    # MARKS_NOT_LOST: w038's copy prints its body without most marks; the header read right stays
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giao duc và Đao tao bao cao như sau:", None),
    # the word one letter off in lower case is the sentence's, not the name's (002's real scan)
    ("HUYỆN ỦY TÂN YÊN", "… đề nghị Ban Thường vụ Huyện ủy tại Yên Thế …", None),
    # the body names it only in capitals (a heading, a signature block), read as the header is
    ("HỘ NỘI VỤ", "TM. BỘ NỘI VỤ", "5816/BNV-CCHC"),
]


@pytest.mark.parametrize(("read", "body", "symbol", "printed"), ECHOED)
def test_issuer_as_echoed(read: str, body: str, symbol: str | None, printed: str) -> None:
    repairs: list[str] = []
    assert issuer_as_echoed(read, body, repairs, symbol) == printed
    assert repairs and "the issuer as the body prints it" in repairs[0]


@pytest.mark.parametrize(("read", "body", "symbol"), KEPT_AS_READ)
def test_issuer_kept_as_read(read: str, body: str, symbol: str | None) -> None:
    repairs: list[str] = []
    assert issuer_as_echoed(read, body, repairs, symbol) == read
    assert repairs == []


def test_issuer_echo_of_opening_words() -> None:
    # the body names the head alone; the place after it is kept, in sentence case
    body = "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn …"
    assert issuer_as_echoed("UY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", body) == "Ủy ban nhân dân tỉnh Lâm Đồng"


def test_issuer_syllables() -> None:
    # ISSUER_SYLLABLES: n006's header at 300 dpi, its body not repeating the name
    repairs: list[str] = []
    read = "BAN CHỈ ĐẠO PHÁT TRIẾN KHOA HỌC, CÔNG NGHỆ, ĐỐI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"
    assert repair_issuer(read, "Kính gửi: các sở, ban, ngành.", repairs) == (
        "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"
    )
    assert len(repairs) == 2
    # a name of words the list knows is left in its capitals for the header's own casing
    assert issuer_syllables("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG") == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"


MOTTO_REPAIRED = [
    # n035 at 300 dpi: "CHỦ" read "tài"; the motto then ran into the issuer
    ("CỘNG HÒA XÃ HỘI tài NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    # n027's phone render: the motto's cell beside the issuer's, its last letter read ")"
    ("BỘ TƯ PHÁP\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NA)", "BỘ TƯ PHÁP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    # the Party's motto, one word of five
    ("ĐẢNG CỘNG SẢN VIỆT NAN", "ĐẢNG CỘNG SẢN VIỆT NAM"),
]
MOTTO_KEPT = [
    "CỘNG HÒA XÃ HỘI tài NGHĨA VIỆT NGA",  # two words wrong
    "CỘNG HÒA XÃ HỘI NGHĨA VIỆT NAM",  # a word less
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM MỚI",  # a word more
    "HÒA CỘNG XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # another order, two places wrong
    "ĐẢNG BỘ TỈNH BẮC GIANG",  # an issuer's line
]


@pytest.mark.parametrize(("read", "motto"), MOTTO_REPAIRED)
def test_motto_one_word_misread(read: str, motto: str) -> None:
    repairs: list[str] = []
    assert repair_motto_word(read, repairs) == motto
    assert len(repairs) == 1


@pytest.mark.parametrize("read", MOTTO_KEPT)
def test_motto_kept(read: str) -> None:
    repairs: list[str] = []
    assert repair_motto_word(read, repairs) == read
    assert repairs == []


def test_number_label_read_with_a_circumflex() -> None:
    # n016 at 300 dpi: "Số:" read "SẤ:" beside the symbol; a word "Sấ" stands nowhere else
    assert repair_ocr_text("SẤ:\t/UBRN)-NC\tLâm Đồng").startswith("Số:\t/UBRN)-NC")
    assert repair_ocr_text("SẤ: nội dung") == "SẤ: nội dung"
