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
