"""The digital signatures of a signed PDF: who signed, when, and in what role. Read, not verified.

Each signature field's value is a signature dictionary (PDF 32000-1 §12.8.1): ``/M`` the signing
time, ``/Name`` sometimes, and ``/Contents`` a PKCS#7/CMS blob whose certificates name the signer
(CN) and its unit and organisation (OU, O), read with asn1crypto and ``cryptography``. Whether
the signed bytes are intact is checked (``integrity``); the certificate's trust is not, so
nothing here claims a signature is valid.

Vietnamese e-office practice (NĐ 30/2020, Phụ lục I) gives the roles: the person with authority
signs first with a personal certificate ("signer"); at issuance the office signs with its own
certificate, which stamps the number and date into fields over the blanks and puts its seal on
the signature ("office"); a later signature by another body (a gazette or the government portal
that publishes the text, an office that makes a copy) is "other". The fields that filled a blank
identify the office's certificate; without one, the organisation certificate whose name the first
page's header prints is the office's ("BỘ TƯ PHÁP" for "CN=Bộ Tư pháp"), and one that names
another body ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" on a Văn phòng Chính phủ letter) is "other".
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from typing import Any

from ..record import Signature, SignatureRole
from .fields import decode_pdf_string, field_name
from .integrity import Integrity, check, signed_data, signer_certificate

# A certificate subject carrying a tax code or budget-unit code (UID=MST:…, UID=MNS:…) belongs to
# an organisation: Vietnamese CAs give these to office certificates, never to personal ones.
_ORG_CODE_PREFIXES = ("MST:", "MNS:")
# Organisation heads that are also family names: "Đoàn Văn A" is a person, "ĐOÀN THANH NIÊN …"
# or "Đoàn Luật sư tỉnh …" an organisation; such a CN names an organisation only in capitals or
# beyond this many words (Vietnamese personal names have 2-4).
_SURNAME_HEADS = frozenset({"ĐOÀN"})
MAX_NAME_WORDS = 4
# The first page's lines searched for the issuing office's name: its header (issuer, number,
# motto, place and date) and the subject under it.
HEADER_LINES = 15
# A signature box printed into the page ("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ Email: …
# Thời gian ký: 14.04.2025 16:13:01", "Ký bởi: …") names the signer, not the issuer: lines with
# these labels (compared as ``_letters`` gives them) are left out of the header searched.
SIGNATURE_BOX_LABELS = ("nguoiky", "kyboi", "thoigianky")
# The ``/M`` date string (PDF 32000-1 §7.9.4): "D:20251113114639+07'00'" gives y=2025, mo=11,
# d=13, h=11, mi=46, s=39, sign="+", oh=07, om=00; every part after the year may be left out.
_PDF_DATE = re.compile(
    r"""D:(?P<y>\d{4})                                  # year
    (?P<mo>\d{2})?(?P<d>\d{2})?                         # month, day
    (?P<h>\d{2})?(?P<mi>\d{2})?(?P<s>\d{2})?            # hour, minute, second
    (?:(?P<z>Z)                                         # UTC
      |(?P<sign>[+-])(?P<oh>\d{2})'?(?P<om>\d{2})?'?    # or an offset: +07'00'
    )?""",
    re.X,
)


def pdf_date(raw: str) -> dt.datetime | None:
    """A PDF date string as a datetime (with its offset when given), or None when malformed.

    >>> pdf_date("D:20251113114639+07'00'").isoformat()
    '2025-11-13T11:46:39+07:00'
    """
    m = _PDF_DATE.match(raw.strip())
    if m is None:
        return None
    tz: dt.tzinfo | None = None
    if m["z"]:
        tz = dt.UTC
    elif m["sign"]:
        offset = dt.timedelta(hours=int(m["oh"]), minutes=int(m["om"] or 0))
        tz = dt.timezone(-offset if m["sign"] == "-" else offset)
    try:
        return dt.datetime(
            int(m["y"]), int(m["mo"] or 1), int(m["d"] or 1), int(m["h"] or 0), int(m["mi"] or 0), int(m["s"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None


def _attribute(name: Any, oid: Any) -> str | None:
    """The first value of one attribute of an X.509 name, or None."""
    values = name.get_attributes_for_oid(oid)
    value = values[0].value if values else None
    return value if isinstance(value, str) and value.strip() else None


def _names_organisation(cn: str | None, subject: Any) -> bool:
    """Whether a certificate subject names an organisation rather than a person."""
    from cryptography.x509.oid import NameOID

    from ..vocabulary import vocabulary

    uids = [a.value for a in subject.get_attributes_for_oid(NameOID.USER_ID)]
    if any(isinstance(u, str) and u.upper().startswith(_ORG_CODE_PREFIXES) for u in uids):
        return True
    if cn is None:
        return False
    folded = cn.casefold()
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME):
        other = _attribute(subject, oid)
        if other is not None and other.casefold() == folded:
            return True
    upper = cn.upper()
    heads = [h for h in vocabulary().organisations.heads if upper == h or upper.startswith(h + " ")]
    if not heads:
        return False
    if all(h in _SURNAME_HEADS for h in heads):
        return cn == upper or len(cn.split()) > MAX_NAME_WORDS
    return True


def _signature(
    annot: dict[str, Any], value: dict[str, Any], page: int, stamped: list[str], apart: str | None, document: bytes
) -> tuple[Signature, bool]:
    """One signature field as a record item (role still unset), and whether its certificate names an organisation."""
    from cryptography.x509.oid import NameOID
    from pdfminer.pdftypes import resolve1

    def text(key: str) -> str | None:
        raw = resolve1(value.get(key))
        return decode_pdf_string(raw) if isinstance(raw, bytes) else None

    contents = resolve1(value.get("Contents"))
    byte_range = resolve1(value.get("ByteRange"))
    byte_range = [int(v) for v in byte_range] if isinstance(byte_range, list) and all(isinstance(v, int) for v in byte_range) else []
    cert, integrity = _read_cms(contents, document, byte_range)
    when = text("M")
    item = Signature(
        field=field_name(annot),
        page=page,
        name=text("Name"),
        signed_at=pdf_date(when) if when else None,
        stamped=stamped,
        appearance=apart,
        integrity=integrity,
        covers_file=len(byte_range) == 4 and byte_range[2] + byte_range[3] == len(document),
    )
    if cert is None:
        return item, False
    subject = cert.subject
    cn = _attribute(subject, NameOID.COMMON_NAME)
    item.name = cn or item.name
    item.unit = _attribute(subject, NameOID.ORGANIZATIONAL_UNIT_NAME)
    item.organisation = _attribute(subject, NameOID.ORGANIZATION_NAME)
    item.email = _attribute(subject, NameOID.EMAIL_ADDRESS)
    item.certificate_issuer = _attribute(cert.issuer, NameOID.COMMON_NAME)
    return item, _names_organisation(cn, subject)


def _read_cms(contents: Any, document: bytes, byte_range: list[int]) -> tuple[Any, Integrity | None]:
    """The signer's certificate and the integrity verdict of a ``/Contents`` blob; (None, None) when unreadable."""
    from cryptography.exceptions import UnsupportedAlgorithm

    if not isinstance(contents, bytes) or not contents:
        return None, None
    try:
        cms = signed_data(contents)
        cert = signer_certificate(cms) if cms is not None else None
        return cert, (check(cms, cert, document, byte_range) if cms is not None else None)
    except (ValueError, TypeError, KeyError, IndexError, UnsupportedAlgorithm):
        # asn1crypto parses lazily: a damaged blob fails here; the field is still listed
        return None, None


def _identity(item: Signature) -> tuple[str | None, ...]:
    return (item.name, item.unit, item.organisation, item.email)


def _letters(text: str) -> str:
    """Letters and digits only, lower case, without diacritics: "ỦY BAN NHÂN DÂN\nTỈNH" -> "uybannhandantinh"."""
    bare = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in bare if c.isalnum() and not unicodedata.combining(c))


def _roles(items: list[tuple[Signature, bool]], header: str) -> None:
    """Give each signature its role (see the module's docstring), in place."""
    office = {_identity(s) for s, _ in items if s.stamped}
    if not office:
        lines = [_letters(ln) for ln in header.splitlines()[:HEADER_LINES]]
        printed = "".join(ln for ln in lines if not any(label in ln for label in SIGNATURE_BOX_LABELS))
        office = {_identity(s) for s, is_org in items if is_org and s.name and _letters(s.name) in printed}
    issued = [s.signed_at for s, _ in items if _identity(s) in office and s.signed_at is not None]
    issuance = min(issued, key=lambda t: t.timestamp()) if issued else None
    for s, is_org in items:
        role: SignatureRole
        if _identity(s) in office:
            role = "office"
        elif is_org:
            role = "other"
        elif issuance is None or s.signed_at is None or s.signed_at.timestamp() <= issuance.timestamp():
            role = "signer"
        else:
            role = "other"
        s.role = role


def read_signatures(
    pdf: Any,
    document: bytes,
    stamped: dict[tuple[int, str], list[str]],
    apart: dict[tuple[int, str], str],
    header: str = "",
) -> list[Signature]:
    """The signature fields of a PDF, in page order, with their roles.

    Args:
        pdf: an open pdfplumber PDF.
        document: the PDF file's bytes (what the signatures cover).
        stamped: ``(page, field name)`` to the words that field placed into a printed line.
        apart: ``(page, field name)`` to the text of a field's box that stands apart.
        header: the first page's text, whose header names the issuing office.

    Returns:
        One item per signed signature field (unsigned, empty fields are left out).
    """
    from pdfminer.pdftypes import resolve1

    items: list[tuple[Signature, bool]] = []
    read = quick_reader(pdf, document)
    for number, page in enumerate(pdf.pages, start=1):
        annots = resolve1(page.page_obj.annots)
        for ref in annots if isinstance(annots, list) else []:
            annot = resolve1(ref)
            value = _signature_value(annot, read) if isinstance(annot, dict) else None
            if value is None:
                continue
            name = field_name(annot) or ""
            items.append(
                _signature(annot, value, number, stamped.get((number, name), []), apart.get((number, name)), document)
            )
    _roles(items, header)
    return [s for s, _ in items]


def _signature_value(annot: dict[str, Any], read: Any = None) -> dict[str, Any] | None:
    """The signature dictionary of a signed signature field's widget (/FT and /V may sit on its parent), or None.

    Args:
        annot: the widget annotation.
        read: reads a ``/V`` reference (``quick_reader``); None resolves it with pdfminer.
    """
    from pdfminer.pdftypes import resolve1

    kind: Any = None
    ref: Any = None
    node: Any = annot
    for _ in range(32):  # a longer parent chain is a loop in a damaged file
        if not isinstance(node, dict):
            break
        kind = kind or node.get("FT")
        ref = ref if ref is not None else node.get("V")
        node = resolve1(node.get("Parent"))
    if getattr(kind, "name", None) != "Sig" or ref is None:
        return None
    value = (read(ref) if read is not None else None) or resolve1(ref)
    return value if isinstance(value, dict) else None


# ``/Contents <3082…>`` in a signature dictionary's own bytes: the hex string pdfminer would
# parse a few characters at a time (12-34 KB of hex a signature, 45 ms a signed file).
_CONTENTS_HEX = re.compile(rb"/Contents\s*<([0-9A-Fa-f\s]*)>")


def quick_reader(pdf: Any, document: bytes) -> Any:
    """A reader of signature dictionaries that hands pdfminer the object without its ``/Contents`` hex.

    The object is found by the cross-reference table's offset, its hex string decoded with
    ``bytes.fromhex`` and the rest (``/M``, ``/Name``, ``/ByteRange`` …) parsed by pdfminer as
    usual. The reader returns None, and the caller resolves the reference the ordinary way,
    for anything else: an encrypted file, an object inside an object stream, an unexpected shape.
    """
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psparser import KWD

    def read(ref: Any) -> dict[str, Any] | None:
        objid = getattr(ref, "objid", None)
        if not isinstance(objid, int) or pdf.doc.encryption is not None:
            return None
        try:
            for xref in pdf.doc.xrefs:
                try:
                    stream, pos, _ = xref.get_pos(objid)
                except KeyError:
                    continue
                break
            else:
                return None
            if stream is not None:
                return None
            end = document.find(b"endobj", pos)
            if end < 0:
                return None
            chunk = document[pos : end + len(b"endobj")]  # the keyword tells pdfminer the object ended
            hexes = _CONTENTS_HEX.search(chunk)
            if hexes is None:
                return None
            parser = PDFParser(io.BytesIO(chunk[: hexes.start()] + b"/Contents <>" + chunk[hexes.end() :]))
            parser.set_document(pdf.doc)
            (_, found), _, (_, keyword) = parser.nexttoken(), parser.nexttoken(), parser.nexttoken()
            if found != objid or keyword is not KWD(b"obj"):
                return None
            _, value = parser.nextobject()
            if not isinstance(value, dict):
                return None
            return {**value, "Contents": bytes.fromhex(hexes.group(1).decode("ascii"))}
        except Exception:  # pdfminer's zoo of parse errors: let the ordinary path read it
            return None

    return read
