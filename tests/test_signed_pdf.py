"""Digitally signed PDFs (issue 12): the number and date that signature fields stamp in, and the signatures.

The expected values are read by eye from the page images (``pdftoppm -r 80``) and ``pdftotext
-layout``, which draws the fields' appearances; pdfplumber's text of these pages has
"Số: /STP-BTTP" and "ngày tháng 11 năm 2025" without them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS

from directive_parser import parse_file, parse_text
from directive_parser.loaders import load_path
from directive_parser.loaders.signatures import read_signatures
from directive_parser.record import Directive

FILES = CORPUS / "files"

# (stem, number and symbol as printed and stamped, date of issue, issuer, signer as printed)
SIGNED = [
    # Bộ Nội vụ: number and day/month in three fields, the signer's personal signature on page 2
    ("n023", "8977/BNV-TCPCP", dt.date(2025, 10, 6), "Bộ Nội vụ", "Thang Thị Hạnh"),
    # Sở Tư pháp Lâm Đồng under UBND tỉnh: "Số: 1468 /STP-BTTP", "ngày 13 tháng 11"; the rule
    # under its motto is 170 underscores in 2 pt (a 170-character "line" that ended the header)
    ("n024", "1468/STP-BTTP", dt.date(2025, 11, 13), "Sở Tư pháp tỉnh Lâm Đồng", "Trần Thanh Tài"),
    # Bộ Nội vụ: the day and the month stamped by two fields ("ngày 31 tháng 7")
    ("n026", "5816/BNV-CCHC", dt.date(2025, 7, 31), "Bộ Nội vụ", "Cao Huy"),
    # a five-digit number stamped over the start of "/QĐ-HĐTĐ"
    ("n029", "10797/QĐ-HĐTĐ", dt.date(2025, 10, 28), None, "Đỗ Văn Chung"),
    ("n031", "11902/BNV-TCPCP", dt.date(2025, 12, 11), "Bộ Nội vụ", "Vũ Chiến Thắng"),
    ("n033", "1668/STP-BTTP", dt.date(2025, 11, 27), "Sở Tư pháp tỉnh Lâm Đồng", "Trần Thanh Tài"),
    # UBND tỉnh Quảng Ngãi, with the gazette's "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC" box in the top
    # margin; its motto starts 58 pt left of the page's centre (it ran into the issuer)
    ("n035", "542/TB-UBND", dt.date(2024, 11, 6), "Ủy ban nhân dân tỉnh Quảng Ngãi", "Phùng Tô Long"),
    ("n036", "11/TB-UBND", dt.date(2025, 1, 8), "Ủy ban nhân dân tỉnh Quảng Ngãi", "Nguyễn Phước Bình"),
    ("n037", "507/UBND-KGVX", dt.date(2025, 1, 24), "Ủy ban nhân dân tỉnh Quảng Ngãi", "Phùng Tô Long"),
]


@pytest.fixture(scope="module")
def signed() -> dict[str, Directive]:
    return {stem: parse_file(FILES / f"{stem}.pdf") for stem, *_ in SIGNED}


@pytest.mark.parametrize("stem,symbol,date,issuer,signer", SIGNED, ids=[s[0] for s in SIGNED])
def test_register_fields_as_printed_and_stamped(
    signed: dict[str, Directive], stem: str, symbol: str, date: dt.date, issuer: str | None, signer: str
) -> None:
    record = signed[stem]
    assert record.number.symbol == symbol
    assert record.signer.name == signer
    assert record.date == date
    if issuer is not None:
        assert record.issuer.name == issuer


@pytest.mark.parametrize(
    "stem,subject",
    [
        # the V/v line stands beside the date line and goes on under it, centred on the same axis
        ("n023", "trả lời đề nghị của Sở Nội vụ tỉnh Lâm Đồng"),
        ("n024", "Tổ chức Đại hội Hội công chứng và hoàn thiện hồ sơ đề nghị sáp nhập Đoàn Luật sư"),
        ("n026", "cập nhật, bổ sung số liệu sơ kết giai đoạn 2021-2025 thực hiện Nghị quyết số 76/NQ-CP của Chính phủ"),
    ],
)
def test_subject_under_a_stamped_date_line(signed: dict[str, Directive], stem: str, subject: str) -> None:
    assert signed[stem].subject == subject


@pytest.mark.parametrize("stem", [s[0] for s in SIGNED])
def test_stamped_number_says_which_signature_field_drew_it(signed: dict[str, Directive], stem: str) -> None:
    record = signed[stem]
    evidence = record.evidence["number.symbol"]
    assert evidence.page == 1 and evidence.stamped_by is not None
    (field,) = [s for s in record.signatures if s.field == evidence.stamped_by]
    # the number is the office's stamp, and it is what the field drew into the line
    assert field.role == "office" and field.stamped == [record.number.number]


def test_printed_parts_of_a_value_are_not_marked_as_stamped(signed: dict[str, Directive]) -> None:
    record = signed["n026"]
    # "ngày 31 tháng 7 năm 2025": day and month stamped by two fields, the rest printed
    assert record.evidence["date"].stamped_by == "Signature2, Signature3"
    assert record.evidence["issuer.name"].stamped_by is None
    assert "stamped_by" not in record.evidence["issuer.name"].model_dump()


def test_signatures_name_the_signer_and_the_office(signed: dict[str, Directive]) -> None:
    sigs = signed["n024"].signatures
    assert [(s.field, s.page, s.role) for s in sigs] == [
        ("Signature3", 1, "office"),  # the number
        ("Signature4", 1, "office"),  # the day
        ("Signature1", 2, "signer"),  # the Phó Giám đốc's own signature, 38 minutes before issuance
        ("Signature2", 2, "office"),  # the seal over it
    ]
    signer = sigs[2]
    assert (signer.name, signer.unit, signer.organisation) == ("Trần Thanh Tài", "SỞ TƯ PHÁP", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
    assert signer.signed_at == dt.datetime(2025, 11, 13, 11, 8, 26, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert sigs[0].name == "SỞ TƯ PHÁP" and sigs[0].stamped == ["1468"] and sigs[1].stamped == ["13"]
    assert [s.integrity for s in sigs] == ["intact"] * 4
    assert [s.covers_file for s in sigs] == [False, True, False, False]  # the day's field was signed last
    assert not any(s.verified for s in sigs)  # the certificates' trust is never checked


def test_a_signature_that_does_not_fit_its_certificate_is_reported() -> None:
    # n026: the covered bytes hash to the signed digest, but the value was not made with the
    # key of the certificate it carries (poppler's pdfsig: "Signature is Invalid")
    first, *office = parse_file(FILES / "n026.pdf").signatures
    assert (first.name, first.role, first.integrity) == ("Cao Huy", "signer", "signature mismatch")
    assert {s.integrity for s in office} == {"intact"}


@pytest.mark.parametrize("stem", ["n035", "n036", "n037"])
def test_gazette_signature_box_is_kept_out_of_the_text(signed: dict[str, Directive], stem: str) -> None:
    record = signed[stem]
    (box,) = [s for s in record.signatures if s.appearance is not None]
    assert box.role == "other" and box.name == "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC"
    assert "ttcbth@quangngai.gov.vn" in box.appearance
    text = load_path(FILES / f"{stem}.pdf", ocr=False).text
    assert "ttcbth@" not in text and "CÔNG BÁO" not in text.upper().split("THÔNG BÁO")[0]
    assert "công báo" not in (record.issuer.name or "").lower()
    assert "công báo" not in (record.signer.name or "").lower()


def test_signed_without_stamped_fields_office_is_the_organisation_certificate() -> None:
    # Bộ Tư pháp: number and date printed; the Thứ trưởng signs, then the ministry's seal
    sigs = parse_file(FILES / "n027.pdf").signatures
    assert [(s.name, s.role) for s in sigs] == [("Mai Lương Khôi", "signer"), ("Bộ Tư pháp", "office")]
    assert all(s.stamped == [] and s.appearance is None for s in sigs)


@pytest.mark.parametrize("stem", ["c139", "c140", "c145"])
def test_portal_signature_on_a_published_copy_is_not_the_office(stem: str) -> None:
    # Văn phòng Chính phủ scans published by the government portal, whose signature box ("Người
    # ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ … Thời gian ký: …") lies over the scan's hidden text
    # layer (c140, c145) or is printed into the page (its text is then the page's own)
    source = load_path(FILES / f"{stem}.pdf", ocr=False)
    (portal,) = source.signatures
    assert (portal.name, portal.role, portal.stamped) == ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "other", [])
    assert source.stamps == []


def test_unsigned_inputs_have_no_signatures() -> None:
    pdf = parse_file(FILES / "000.pdf")
    assert pdf.signatures == [] and all(e.stamped_by is None for e in pdf.evidence.values())
    assert parse_text((CORPUS / "n024.txt").read_text(encoding="utf-8")).signatures == []


def _pdfsig(path: Path) -> dict[str, str]:
    """Poppler's own verdict on each signature field: field name -> "Valid" or "Invalid"."""
    out = subprocess.run(["pdfsig", "-nocert", str(path)], capture_output=True, text=True, check=False).stdout
    names = re.findall(r"Signature Field Name: (.*)", out)
    verdicts = re.findall(r"Signature Validation: Signature is (\w+)", out)
    return dict(zip(names, verdicts, strict=True))


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils' pdfsig is not installed")
@pytest.mark.parametrize("path", sorted(FILES.glob("*.pdf")), ids=lambda p: p.name)
def test_integrity_agrees_with_poppler(path: Path) -> None:
    # an independent check of the same two comparisons (digest of the covered bytes, signature
    # value against the certificate's key) on every PDF of the corpus, scans included (81
    # signatures in 42 files; Bộ Công an's are RSA-PSS); n026's first is invalid by both
    import pdfplumber

    data = path.read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sigs = read_signatures(pdf, data, {}, {})
    ours = {s.field: {"intact": "Valid", "signature mismatch": "Invalid", "altered": "Invalid"}.get(s.integrity or "") for s in sigs}
    assert ours == _pdfsig(path)
    assert [s.covers_file for s in sigs].count(True) <= 1  # only the last revision covers the whole file


def _with_fields(source: Path) -> bytes:
    """``source`` with two fields added on page 1: a damaged signature (no readable CMS, ByteRange
    or date) drawing "777" through a font its resources lack, and a text field drawing "999" in
    the top margin."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(source))
    page = writer.pages[0]
    height = float(page.mediabox.height)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"), NameObject("/BaseFont"): NameObject("/Helvetica")})

    def appearance(content: bytes, fonts: DictionaryObject) -> DictionaryObject:
        stream = DecodedStreamObject()
        stream.set_data(content)
        stream.update({
            NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(100), FloatObject(20)]),
            NameObject("/Resources"): DictionaryObject({NameObject("/Font"): fonts}),
        })
        return DictionaryObject({NameObject("/N"): writer._add_object(stream)})

    def widget(name: str, top: float, ap: DictionaryObject, value: DictionaryObject | None) -> None:
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig" if value is not None else "/Tx"), NameObject("/T"): TextStringObject(name),
            NameObject("/Rect"): ArrayObject([FloatObject(400), FloatObject(height - top - 20), FloatObject(500), FloatObject(height - top)]),
            NameObject("/AP"): ap,
        })
        if value is not None:
            annot[NameObject("/V")] = writer._add_object(value)
        page[NameObject("/Annots")] = ArrayObject([*page.get("/Annots", []), writer._add_object(annot)])

    broken = DictionaryObject({
        NameObject("/Type"): NameObject("/Sig"), NameObject("/Contents"): ByteStringObject(b"\x30\x82\x01\x00not a CMS"),
        NameObject("/ByteRange"): ArrayObject([NumberObject(0), NumberObject(10)]), NameObject("/M"): TextStringObject("D:garbage"),
    })
    widget("Broken", 300, appearance(b"BT /F9 12 Tf 2 5 Td (777) Tj ET", DictionaryObject()), broken)
    widget("Margin", 2, appearance(b"BT /F1 12 Tf 2 5 Td (999) Tj ET", DictionaryObject({NameObject("/F1"): font})), None)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_damaged_fields_lose_nothing_but_what_they_lack(tmp_path: Path) -> None:
    path = tmp_path / "fields.pdf"
    path.write_bytes(_with_fields(FILES / "000.pdf"))
    plain, record = parse_file(FILES / "000.pdf"), parse_file(path)
    # the margin's "999" stands apart (kept out), "777" lands in a body line: the register
    # fields are those of the file without the fields
    fields = {"number", "date", "issuer", "signer", "subject"}
    assert record.model_dump(include=fields) == plain.model_dump(include=fields)
    assert "999" not in load_path(path, ocr=False).text
    # unreadable CMS, ByteRange and /M: the signature is listed with what it shows, the rest null
    (broken,) = record.signatures  # the unsigned text field is not a signature
    assert (broken.field, broken.stamped, broken.role) == ("Broken", ["777"], "office")  # it stamped a line
    assert (broken.name, broken.signed_at, broken.integrity, broken.covers_file) == (None, None, None, False)


@pytest.mark.parametrize("stem", ["n023", "n026", "n029", "n037", "c140", "n053"])
def test_quick_signature_reader_reads_what_pdfminer_reads(stem: str) -> None:
    # the shortcut past pdfminer's slow hex parsing must give the very same dictionary
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    from directive_parser.loaders.signatures import quick_reader

    path = next(FILES.glob(f"{stem}.*pdf"))
    data = path.read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        read = quick_reader(pdf, data)
        refs = [a["V"] for page in pdf.pages for a in map(resolve1, resolve1(page.page_obj.annots) or []) if "V" in a]
        assert refs
        for ref in refs:
            quick, slow = read(ref), resolve1(ref)
            assert quick is not None and quick.keys() == slow.keys()
            # every value but /Reference, whose nested object references compare by identity
            assert {k: v for k, v in quick.items() if k != "Reference"} == {k: v for k, v in slow.items() if k != "Reference"}


def test_record_with_signatures_round_trips_through_json(signed: dict[str, Directive]) -> None:
    record = signed["n026"]
    assert Directive.model_validate_json(record.model_dump_json()) == record
