"""Legacy Vietnamese encodings (TCVN3/ABC, VNI): detection, conversion, and a seed typed in TCVN3."""

from __future__ import annotations

import io
import unicodedata

import pytest
from conftest import CORPUS

from directive_parser import legacy, parse_bytes, parse_text


def to_tcvn3(text: str) -> str:
    """Encode Unicode as a .VnTime typist would, from the same table the decoder uses.

    TCVN3 has codes for lower-case toned letters only (and seven capitals "Ă Â Đ Ê Ô Ơ Ư"): a
    capital toned letter is typed with its lower-case code (the capitals font draws it).
    Letters with no code at all stay as they are (the decoder's line check then skips them).
    """
    inverse = {upper: lower for lower, upper in legacy.tables()["tcvn3"].items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in inverse:
            out.append(inverse[ch])
        elif ch.lower() in inverse and not ch.isascii():
            out.append(inverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


DETECT = [
    # the examples, TCVN3
    ("Ban ChÊp hµnh §¶ng bé tØnh", "tcvn3", "Ban Chấp hành Đảng bộ tỉnh"),
    ("Uû ban nh©n d©n tØnh Ninh ThuËn", "tcvn3", "Uỷ ban nhân dân tỉnh Ninh Thuận"),
    # a .VnTimeH motto: lower-case codes drawn as capitals
    ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "tcvn3", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    # TCVN3 writes "ư" as a soft hyphen
    ("C¸c c¬ quan, \u00adíng dÉn thùc hiÖn", "tcvn3", "Các cơ quan, ướng dẫn thực hiện"),
    # VNI: a base letter and its diacritic characters
    ("Ñaûng boä tænh, UÛy ban nhaân daân", "vni", "Đảng bộ tỉnh, Ủy ban nhân dân"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    # ordinary Unicode Vietnamese is left alone
    ("Thành ủy Hải Phòng đề nghị các quận ủy, huyện ủy", None, "Thành ủy Hải Phòng đề nghị các quận ủy, huyện ủy"),
    # ordinary Latin-1 text (French, German) is left alone
    ("Le système éducatif a été réformé à plusieurs reprises; Grüße aus München", None, None),
    # a stray copyright or micro sign is not a legacy font
    ("Bản quyền © 2023, đo bằng µm", None, None),
]


@pytest.mark.parametrize(("text", "encoding", "unicode"), DETECT)
def test_detect_and_convert(text: str, encoding: str | None, unicode: str | None) -> None:
    found = legacy.detect(text)
    assert found.encoding == encoding
    assert legacy.convert(text, found.encoding) == (unicode if unicode is not None else text)


def test_mixed_document_keeps_unicode_lines() -> None:
    # a TCVN3 header above a Unicode body: only the legacy lines change
    text = "Uû ban nh©n d©n tØnh\nSë Gi¸o dôc vµ §µo t¹o\nCác đơn vị báo cáo trước ngày 15/7."
    out = legacy.convert(text, legacy.detect(text).encoding)
    assert out == "Uỷ ban nhân dân tỉnh\nSở Giáo dục và Đào tạo\nCác đơn vị báo cáo trước ngày 15/7."


REGISTER = ("number.symbol", "number.number", "date", "place", "issuer.system", "issuer.name", "signer.name", "document_type")


def _fields(record) -> dict[str, object]:
    data = record.model_dump(mode="json")
    out = {}
    for key in REGISTER:
        value = data
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        out[key] = value
    return out


@pytest.mark.parametrize("seed", ["000", "003"])
def test_tcvn3_seed_parses_like_the_seed(seed: str) -> None:
    original = (CORPUS / f"{seed}.txt").read_text(encoding="utf-8")
    typed = to_tcvn3(original)
    assert typed != original
    # bytes as an 8-bit .txt file saved by an old editor (not UTF-8)
    record = parse_bytes(typed.encode("cp1252"), f"{seed}-tcvn3.txt")
    expected = parse_text(original)
    assert _fields(record) == _fields(expected)
    assert any("TCVN3" in c for c in record.source["conversions"])


def test_tcvn3_docx_is_converted() -> None:
    import docx

    document = docx.Document()
    for line in ("Uû ban nh©n d©n", "tØnh Ninh ThuËn", "Sè: 12/UBND-VX", "Ninh ThuËn, ngµy 05 th¸ng 3 n¨m 2024"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    record = parse_bytes(buffer.getvalue(), "tcvn3.docx")
    assert record.number.symbol == "12/UBND-VX"
    assert record.date is not None and record.date.isoformat() == "2024-03-05"
    assert record.place == "Ninh Thuận"
    assert any("TCVN3" in c for c in record.source["conversions"])


def test_unicode_seed_records_no_conversion() -> None:
    record = parse_text((CORPUS / "000.txt").read_text(encoding="utf-8"))
    assert not any("Unicode" in c for c in record.source["conversions"])
