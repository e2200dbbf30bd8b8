"""RUN_IN_TEXT (``directive_parser.run_in``): a directive whose line breaks were lost reads like its typed copy.

Each test pins one piece on a real dev document of the corpus (w038 is printed run in; n004's distribution is one
line; the others are dev texts joined into one line, as ``scripts/variants.py`` ``run_in`` does) or, for a
counter-example, on a sentence of the pattern.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from directive_parser import parse_text, run_in
from directive_parser.layout import _title_subject_line, lines_of
from directive_parser.normalize import normalize_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def joined(doc_id: str) -> str:
    """A dev text with every line break gone (a web page's or a PDF viewer's copy)."""
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    return regex.sub(r"[ \t]*[\r\n\f]+[ \t\r\n\f]*", " ", text).strip() + "\n"


def cut_lines(line: str) -> list[str]:
    """``line`` split where ``run_in.breaks`` puts its line breaks."""
    out, last = [], 0
    for c in run_in.breaks(line):
        out.append(line[last:c])
        last = c + 1
    return [*out, line[last:]]


def test_run_in_line_both_ways() -> None:
    # RUN_IN_LINE: a long line holding the motto, the number, "V/v" and "Kính gửi" is a whole header run in.
    assert run_in._run_in(joined("000").split("\n")[0])
    # counter-examples: a body sentence citing a number (one anchor), a flattened header row (short)
    assert not run_in._run_in(
        "Thực hiện Công văn số 3711/UBND-KGVX ngày 07/5/2021 của Ủy ban nhân dân tỉnh về việc chỉ đạo hoạt động dạy và "
        "học trong các cơ sở giáo dục trên địa bàn tỉnh trong tình hình dịch bệnh hiện nay, Sở Giáo dục và Đào tạo yêu "
        "cầu các phòng nghiêm túc chỉ đạo, thực hiện các nội dung đã nêu, báo cáo kết quả về Sở trước ngày 20/5/2021."
    )
    assert not run_in._run_in("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_list_line_both_ways() -> None:
    # LIST_LINE: n004 prints its distribution on one line; each "- " item is a line of its own again.
    line = next(ln for ln in (CORPUS / "n004.txt").read_text(encoding="utf-8").split("\n") if ln.startswith("Nơi nhận"))
    assert run_in._run_in(line)
    assert cut_lines(line)[1:3] == ["- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;"]
    # counter-example: a one-item address is no run-in list
    assert not run_in._run_in("Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố trên địa bàn tỉnh Lâm Đồng và các sở, ban, ngành.")


def test_restore_keeps_length_and_printed() -> None:
    text = normalize_text(joined("000"))
    restored = run_in.restore(text)
    assert restored is not text
    assert len(restored.text) == len(text.text) == len(restored.fold)
    assert restored.printed == text.text  # the user's copy is unchanged; only the working copy has line breaks
    assert restored.text.split("\n")[:3] == ["THÀNH UỶ HẢI PHÒNG", "BAN DÂN VẬN", "*"]
    plain = normalize_text("Sở Y tế đề nghị các đơn vị báo cáo kết quả về Sở trước ngày 30/6/2024.\n")
    assert run_in.restore(plain) is plain


def test_issuer_levels_both_ways() -> None:
    # ISSUER_LEVELS: "THÀNH UỶ HẢI PHÒNG BAN DÂN VẬN" starts a line at "BAN", not at the "PHÒNG" of the place (000)
    assert cut_lines(joined("000").split("\n")[0])[:2] == ["THÀNH UỶ HẢI PHÒNG", "BAN DÂN VẬN"]
    # counter-example: a body with no lower body after it stays whole ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", n009)
    assert cut_lines(joined("n009").split("\n")[0])[0] == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"


def test_signer_block_lines() -> None:
    # SIGNER_POSITION and SIGNER_NAME: authority, position and name each on a line; the annex's heading after it (000)
    lines = cut_lines(joined("000").split("\n")[0])
    at = lines.index("K/T TRƯỞNG BAN")
    assert lines[at : at + 4] == ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Vũ Thị Thúy Nga", "ĐỀ CƯƠNG BÁO CÁO"]
    # the body's name holding "BÍ THƯ" stays the authority's (c113: "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN" / "BÍ THƯ")
    signer = parse_text(joined("c113")).signer
    assert (signer.authority, signer.position, signer.name) == ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ", "Nguyễn Tường Lâm")


@pytest.mark.parametrize("doc_id", ["000", "002", "003"])
def test_run_in_register_as_typed(doc_id: str) -> None:
    """A dev text run into one line gives the register and the number of duties its typed copy gives (n009's
    duties are not: its "- " and "+ " items under lettered items run in are read as 38 duties against 35, so only its
    register is pinned, below)."""
    typed = parse_text((CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8"))
    run = parse_text(joined(doc_id))
    for field in ("document_type", "issuer", "number", "date", "subject", "recipients", "signer"):
        assert getattr(run, field) == getattr(typed, field), field
    assert len(run.obligations) == len(typed.obligations)


def test_run_in_register_n009() -> None:
    typed = parse_text((CORPUS / "n009.txt").read_text(encoding="utf-8"))
    run = parse_text(joined("n009"))
    for field in ("document_type", "issuer", "number", "date", "subject", "recipients", "signer"):
        assert getattr(run, field) == getattr(typed, field), field


def test_w038_recipients() -> None:
    # w038 is printed run in (a web copy): its address is read again
    assert "Ủy ban nhân dân tỉnh Ninh Thuận" in parse_text((CORPUS / "w038.txt").read_text(encoding="utf-8")).recipients


def test_type_above_closing() -> None:
    # TYPE_ABOVE_CLOSING: 000 without its blank lines: the annex's "ĐỀ CƯƠNG BÁO CÁO" right under the signer is no
    # type line of the letter
    text = regex.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", (CORPUS / "000.txt").read_text(encoding="utf-8"))
    record = parse_text(text)
    assert (record.document_type, record.subject) == ("Công văn", "kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo”")


def test_title_subject_line_both_ways() -> None:
    # TITLE_SUBJECT_LINE: a long unwrapped line under a lone "THÔNG BÁO" is the subject (n009's title)
    subject = (
        "Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh kiểm tra công tác "
        "chuẩn bị thi công tại một số vị trí của 02 tuyến cao tốc Tân Phú – Bảo Lộc và Bảo Lộc – Liên Khương"
    )
    lines = lines_of(f"THÔNG BÁO\n{subject}\n")
    assert _title_subject_line(lines, 1, subject)
    # counter-examples: a sentence (ends with "."), a line under no type title
    assert not _title_subject_line(lines_of(f"THÔNG BÁO\n{subject}.\n"), 1, subject + ".")
    assert not _title_subject_line(lines_of(f"Kính gửi: Sở Y tế\n{subject}\n"), 1, subject)


def _typed_and_run(doc_id: str) -> tuple[object, object]:
    return parse_text((CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")), parse_text(joined(doc_id))


def test_heading_first_item_both_ways() -> None:
    # HEADING_FIRST_ITEM: a heading item with no end punctuation and its first dash item (n004) or its first lettered
    # item (c148) on lines of their own
    lines = cut_lines(joined("n004").split("\n")[0])
    at = lines.index("1.1. Các sở, ban, ngành, địa phương")
    assert lines[at + 1].startswith("- Chỉ đạo triển khai các hoạt động")
    assert "I. MỤC ĐÍCH, YÊU CẦU" in lines
    assert "1. Bộ Văn hóa, Thể thao và Du lịch" in cut_lines(joined("c148").split("\n")[0])
    # counter-examples: a dash between two names is a road's (n009 "cao tốc Tân Phú – Bảo Lộc"), a railway's (c158)
    assert not any(ln.startswith(("– Bảo Lộc", "- Bảo Lộc")) for ln in cut_lines(joined("n009").split("\n")[0]))
    assert not any(ln.startswith("- Hạ Long") for ln in cut_lines(joined("c158").split("\n")[0]))
    # … and a dash inside the heading itself is no first item ("a) Sở Nội vụ - Ông …", n029's list of members)
    assert run_in._heading_item_cuts("x a) Sở Nội vụ - Ông Nguyễn Thành Nhân - Trưởng phòng Công chức.", {1}) == set()


def test_spaced_party_dash_both_ways() -> None:
    # SPACED_PARTY_DASH: "Số 719 - CV/QU" closes its line; the Party letter's subject under it is read (004)
    lines = cut_lines(joined("004").split("\n")[0])
    at = lines.index("Số 719 - CV/QU")
    assert lines[at + 1] == 'Triển khai phong trào thi đua "Dân vận khéo" năm 2022'
    typed, run = _typed_and_run("004")
    assert run.subject == typed.subject  # type: ignore[attr-defined]
    # counter-example: a number followed by a dash and words with no "/" is no symbol
    assert regex.match(rf"{run_in.NUMBER_LABEL}{run_in.SYMBOL}", "Số 12 - Các sở ngành") is None


def test_opener_after_label_both_ways() -> None:
    # OPENER_AFTER_LABEL: "3. Căn cứ tình hình …" stays one line (004); the body's "Thực hiện …" still opens one
    lines = cut_lines(joined("004").split("\n")[0])
    assert any(ln.startswith("3. Căn cứ tình hình thực tế") for ln in lines)
    assert "3." not in lines
    assert any(ln.startswith("Thực hiện Công văn số 350-CV/BDVTU") for ln in lines)
    # "Trong thời gian qua, …" opens a line whole (c148), never "thời gian qua" after it
    lines = cut_lines(joined("c148").split("\n")[0])
    assert any(ln.startswith("Trong thời gian qua, trên cơ sở") for ln in lines)
    assert not any(ln.startswith("thời gian qua") for ln in lines)


@pytest.mark.parametrize("doc_id", ["004", "c124", "n021"])
def test_signature_note_and_contact_line(doc_id: str) -> None:
    # SIGNATURE_NOTE ("(Handwritten signature)", "(đã ký)"), a comma in the authority ("KT. BỘ TRƯỞNG, CHỦ NHIỆM") and
    # CONTACT_LINE ("Số điện thoại …" under the name): the signer reads as in the typed copy
    typed, run = _typed_and_run(doc_id)
    assert run.signer == typed.signer  # type: ignore[attr-defined]
    assert typed.signer.name  # type: ignore[attr-defined]


def test_distribution_items_both_ways() -> None:
    # DISTRIBUTION_ITEMS: the Youth Union's distribution, items closed by ";" with no dash (c111, c125), and a dash
    # after a parenthesis (003): the items read as in the typed copy
    for doc_id in ("c111", "c125", "003"):
        typed, run = _typed_and_run(doc_id)
        assert run.distribution == typed.distribution, doc_id  # type: ignore[attr-defined]
    # counter-examples: a dash inside a name ("Sở Lao động - Thương binh và Xã hội") and text after the archive's item
    line = "Nơi nhận: Như trên; Sở Lao động - Thương binh và Xã hội; Lưu: VT. ĐỀ CƯƠNG Báo cáo; Phần một"
    assert sorted(run_in._distribution_cuts(line, set())) == [line.index(" Sở"), line.index(" Lưu")]


def test_table_row_sequence_both_ways() -> None:
    # TABLE_ROW_SEQUENCE and TABLE_HEADER: n002's annex table, its rows run in, reads its rows (and the duties they
    # carry) again; ANNEX_HEADING keeps "Phụ lục II" whole over its title
    lines = cut_lines(joined("n002").split("\n")[0])
    assert "STT | Đơn vị được kiểm tra | Thời gian kiểm tra" in lines
    assert "2 | Sở Xây dựng | Tháng 7/2026" in lines and "II | Ủy ban nhân dân cấp xã |" in lines
    assert "Phụ lục II" in lines and "Phụ lục" not in lines
    typed, run = _typed_and_run("n002")
    assert len(run.obligations) == len(typed.obligations)  # type: ignore[attr-defined]
    # counter-examples: a cell ending on a figure is out of sequence ("Xã Đam Rông 3 | Tháng 5/2026"); no header, no rows
    assert "12 | Xã Đam Rông 3 | Tháng 5/2026" in lines
    assert run_in._table_row_cuts("Kết quả 1 | 2 | 3 | 4 của các đơn vị") == set()


def test_annex_and_contact_line_counter_examples() -> None:
    # a mention of an annex in a sentence opens no line; nor does a contact item's "Số điện thoại" after its dash
    assert run_in.BREAK_BEFORE.search("báo cáo theo Phụ lục I kèm theo Kế hoạch này") is None
    line = "thông tin như sau: - Số điện thoại: 0944.943.369"
    assert cut_lines(line) == ["thông tin như sau:", "- Số điện thoại: 0944.943.369"]
    # … while a name's line ends before the contact lines under it (n021)
    assert any(ln.startswith("Số điện thoại liên hệ nội dung họp") for ln in cut_lines(joined("n021").split("\n")[0]))


@pytest.mark.parametrize("doc_id", ["n013", "n014", "n023"])
def test_received_opening(doc_id: str) -> None:
    # RECEIVED_OPENING: a one-line address with no stop, then "<body> nhận được Công văn số …": the address reads alone
    typed, run = _typed_and_run(doc_id)
    assert run.recipients == typed.recipients  # type: ignore[attr-defined]


def test_received_opening_counter_examples() -> None:
    # the cut goes before the last body's head ("Công an tỉnh | Ủy ban nhân dân tỉnh nhận được"), never inside a title
    # ("Chủ tịch UBND tỉnh nhận được" stays whole)
    line = "Kính gửi: Công an tỉnh Ủy ban nhân dân tỉnh nhận được Công văn số 4552/BCA-C04"
    assert [m.start() for m in run_in.BREAK_BEFORE.finditer(line)] == [line.index(" Ủy ban")]
    line = "Kính gửi: Bà Nguyễn Thị Ngọc. Chủ tịch UBND tỉnh Quảng Ngãi nhận được Đơn ngày 30/9/2024"
    assert line.index(" UBND") not in [m.start() for m in run_in.BREAK_BEFORE.finditer(line)]


def test_dashed_distribution_keeps_a_shared_line() -> None:
    # DISTRIBUTION_ITEMS: in a distribution whose items open with dashes, a ";" with no dash joins two recipients the
    # document prints on one line ("- Thường trực HĐND; Lãnh đạo UBND quận", 004), as the typed copy reads them
    for doc_id in ("004", "w033"):
        typed, run = _typed_and_run(doc_id)
        assert run.distribution == typed.distribution, doc_id  # type: ignore[attr-defined]


def test_dash_after_capitals_is_no_label() -> None:
    # OPENER_AFTER_LABEL: a title in capitals ending on a dash, then "Căn cứ …", opens the body (w025); after a heading in
    # small letters the dash is the item's label and stays with its words (n007: "… kiểm soát ma túy" / "- Thực hiện …")
    assert any(ln.startswith("Căn cứ Điều lệ Đảng") for ln in cut_lines(joined("w025").split("\n")[0]))
    lines = cut_lines(joined("n007").split("\n")[0])
    assert any(ln.startswith("- Thực hiện các cam kết và nghĩa vụ quốc tế") for ln in lines)
    assert not any(ln.endswith("kiểm soát ma túy -") for ln in lines)


# DATE_THEN_ADDRESS: the Government Office's letter 2739/VPCP-ĐMDN (05/4/2019) as a web page copies it, the addressees'
# label on the place-and-date line (the probe's qg07; four more letters print the same)
VPCP_2739 = (
    "VĂN PHÒNG CHÍNH PHỦ -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi\n"
    "Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.\n"
    "Báo Đấu thầu ngày 26 tháng 3 năm 2019 đưa tin, theo khảo sát, có tới 80 nghìn công ty cổ phần là công ty gia đình.\n"
    "Phó Thủ tướng Vương Đình Huệ giao Bộ Kế hoạch và Đầu tư nghiên cứu, xử lý theo quy định.\n"
)


def test_the_address_on_the_date_line_starts_its_own_line() -> None:
    record = parse_text(VPCP_2739)
    assert record.recipients == ["Bộ Kế hoạch và Đầu tư"]  # before: none
    assert (record.place, str(record.date)) == ("Hà Nội", "2019-04-05")
    # the working copy breaks the line; the printed text keeps its space
    t = run_in.restore(normalize_text(VPCP_2739))
    assert "năm 2019\nKính gửi:" in t.text and "năm 2019 Kính gửi:" in (t.printed or "")


def test_an_address_word_after_no_date_starts_no_line() -> None:
    # counter-example: "Kính gửi" inside a sentence, after no place-and-date
    line = "Ủy ban nhân dân tỉnh đã có văn bản Kính gửi Bộ Tài chính về việc này.\n"
    assert run_in.restore(normalize_text(line)).text == normalize_text(line).text


def test_the_address_after_a_date_read_with_specks() -> None:
    # n046's scan reads its month "1]": the year still ends the date's line
    t = run_in.restore(normalize_text("Hà Nội, ngày 23 tháng 1] năm 2025 Kính gửi:\n- Các Bộ, ngành thành viên;\n"))
    assert t.text.startswith("Hà Nội, ngày 23 tháng 1] năm 2025\nKính gửi:")
