"""End to end: every corpus document against its hand-written gold record.

The register fields the parser gets right today must stay right. Right values are never
written here: each document is compared with ``annotations/<id>.json``. Where the parser is
known to be wrong, the (document, field) pair is pinned in ``KNOWN_WRONG`` with the value it
gives today, the gold's value (checked against the gold file) and the cause: a fix and a new
mistake both fail the pin (on a fix, delete the row).

The DOCX and PDF copies of the seeds must give the same register fields as their text.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from conftest import ANNOTATIONS, CORPUS

from directive_parser import parse_file
from directive_parser.evaluate import REGISTER_FIELDS, _get, load_gold, strict_key

# Register fields checked against the gold for every document whose gold value is not null.
CHECKED_FIELDS = ("number.symbol", "date", "document_type", "issuer.system", "place", "signer.name")

_OCR_STAMP = "OCR copy of a scanned PDF: an e-signature stamp sits above the header, OCR noise in it"
_HEADERLESS = "web copy without its header: the field is only in the body or lost"
_NEW_SCAN_OCR = (
    "plain OCR text of a scanned government document (shared/corpus/new): handwritten number and day, "
    "received stamp over the header, seal over the signer; the scan itself is issue 13's"
)
_NO_SIGNATURE = "plain OCR text of a scan: the seal over the signature block hid the name from the OCR"


class Known(NamedTuple):
    """A register field the parser gets wrong today, pinned: what it gives, and the gold's value."""

    wrong: Any  # the parser's present value (asserted, so a new mistake shows too)
    right: Any  # the gold value (checked against annotations/, so the row cannot go stale)
    cause: str


KNOWN_WRONG: dict[tuple[str, str], Known] = {
    ("c127", "number.symbol"): Known("318-KHPH/BSGGPTWĐTN", "318-KHPH/BSGGP-TWĐTN", "joint symbol 318-KHPH/BSGGP-TWĐTN: the hyphen between the two issuers is dropped"),
    ("c127", "issuer.system"): Known("other", "party", "joint plan of a newspaper and the Đoàn under the Party motto, read as other"),
    ("c130", "number.symbol"): Known("-Á3/KH-DCT", "753/KH-DCT", _OCR_STAMP + " ('753' read as '-Á3')"),
    ("c130", "date"): Known(None, "2026-06-23", _OCR_STAMP),
    ("c130", "signer.name"): Known(None, "Thái Doãn Thanh", _OCR_STAMP),
    ("c137", "signer.name"): Known(None, "Nguyễn Sỹ Hiệp", _OCR_STAMP),
    ("c143", "date"): Known(None, "2024-12-01", _OCR_STAMP),
    ("c143", "signer.name"): Known(None, "Nguyễn Sỹ Hiệp", _OCR_STAMP),
    ("c145", "signer.name"): Known(None, "Nguyễn Hòa Bình", _OCR_STAMP),
    ("c148", "number.symbol"): Known(None, "34/CĐ-TTg", _OCR_STAMP + " (handwritten number)"),
    ("c148", "date"): Known(None, "2025-04-10", _OCR_STAMP),
    ("c148", "signer.name"): Known(None, "Phạm Minh Chính", _OCR_STAMP),
    ("c150", "number.symbol"): Known("12/CĐ-TTg", "124/CĐ-TTg", _OCR_STAMP + " ('124' read as '12 ')"),
    ("c150", "signer.name"): Known(None, "Phạm Minh Chính", _OCR_STAMP),
    ("c146", "number.symbol"): Known(None, "36/CĐ-TTg", _OCR_STAMP + " (a received stamp printed over the number line)"),
    ("c146", "date"): Known(None, "2025-04-13", _OCR_STAMP + " (a received stamp printed over the number line)"),
    ("c146", "place"): Known(None, "Hà Nội", _OCR_STAMP + " (a received stamp printed over the number line)"),
    ("c149", "number.symbol"): Known("423/CĐ-TTg", "123/CĐ-TTg", _OCR_STAMP + " (handwritten number: 123 read as 423)"),
    ("c156", "number.symbol"): Known("433/KH-BCĐ389", "133/KH-BCĐ389", _OCR_STAMP + " (handwritten number: 133 read as 433)"),
    ("c154", "date"): Known(None, "2025-09-16", _OCR_STAMP + " (the year reads '20235': left null rather than guessed)"),
    ("c157", "number.symbol"): Known(None, "125/CĐ-TTg", _OCR_STAMP + " (handwritten number read as '2Š”')"),
    ("c157", "date"): Known("2024-12-04", "2024-12-01", _OCR_STAMP + " (the copy prints 'ngày 04tháng 12' and SOURCES.tsv 04/12/2024: the gold's day is questioned in docs/notes/issue-13.md, session 11)"),
    ("w015", "issuer.system"): Known(None, "state", _HEADERLESS),
    ("w016", "date"): Known(None, "2020-10-18", "web notice: the date is in its title line ('Thông báo Khẩn ngày 18/10/2020')"),
    ("w045", "issuer.system"): Known(None, "other", _HEADERLESS),
    # the remaining scans, read from their plain OCR text (corpus/c139-c160.txt)
    **{
        (doc, "signer.name"): Known(None, name, _NO_SIGNATURE)
        for doc, name in (
            ("c146", "Trần Hồng Hà"),
            ("c149", "Nguyễn Hòa Bình"),
            ("c151", "Lê Tấn Dũng"),
            ("c152", "Lê Quân"),
            ("c153", "Nguyễn Thị Kim Chi"),
            ("c154", "Lê Tấn Dũng"),
            ("c155", "Nguyễn Văn Phúc"),
            ("c156", "Nguyễn Hòa Bình"),
            ("c157", "Phạm Minh Chính"),
            ("c158", "Phạm Mạnh Cường"),
            ("c159", "Trần Văn Sơn"),
            ("c160", "Nguyễn Sỹ Hiệp"),
        )
    },
    ("n035", "number.symbol"): Known(None, '542/TB-UBND', "text of a signed PDF: the e-signature field split the number line ('Số: 542' … '/TB-UBND' two lines below)"),
    ("n039", "number.symbol"): Known(None, '4552/BCA-C04', _NEW_SCAN_OCR),
    ("n039", "date"): Known(None, '2025-10-09', _NEW_SCAN_OCR),
    ("n039", "signer.name"): Known(None, 'Nguyễn Văn Long', _NEW_SCAN_OCR),
    ("n041", "number.symbol"): Known(None, '210-CV/BTGDVTU', _NEW_SCAN_OCR),
    ("n041", "date"): Known(None, '2025-09-04', _NEW_SCAN_OCR),
    ("n041", "document_type"): Known(None, 'Công văn', _NEW_SCAN_OCR),
    ("n041", "place"): Known(None, 'Lâm Đồng', _NEW_SCAN_OCR),
    ("n042", "number.symbol"): Known(None, '113/CV-BTV', _NEW_SCAN_OCR),
    ("n042", "date"): Known(None, '2025-09-11', _NEW_SCAN_OCR),
    ("n042", "place"): Known('BTV Lâm Đông', 'Lâm Đồng', _NEW_SCAN_OCR),
    ("n042", "signer.name"): Known(None, 'Nguyễn Thị Phương Thảo', _NEW_SCAN_OCR),
    ("n044", "number.symbol"): Known(None, '81/LĐLĐ-CTCĐ', "plain OCR text of a PDF whose text layer is a broken font: the header lines are garbled"),
    ("n044", "date"): Known(None, '2025-09-03', "plain OCR text of a PDF whose text layer is a broken font: the header lines are garbled"),
    ("n044", "place"): Known("TỈNH LÂM ĐỒNG Lâm Đồng", 'Lâm Đồng', "plain OCR text of a PDF whose text layer is a broken font: the header lines are garbled; the issuer's last line shares the place's line"),
    ("n046", "number.symbol"): Known(None, '5240/BCA-V01', _NEW_SCAN_OCR),
    ("n046", "signer.name"): Known(None, 'Nguyễn Văn Long', _NEW_SCAN_OCR),
    ("n047", "number.symbol"): Known(None, '464/TTg-CĐS', _NEW_SCAN_OCR + " (the handwritten number unread)"),
    ("n047", "signer.name"): Known(None, 'Phạm Thị Thanh Trà', _NEW_SCAN_OCR),
    ("n048", "number.symbol"): Known(None, '2191/CT-CS', _NEW_SCAN_OCR),
    ("n048", "date"): Known(None, '2026-04-08', _NEW_SCAN_OCR),
    ("n048", "place"): Known(None, 'Hà Nội', _NEW_SCAN_OCR),
    ("n048", "signer.name"): Known(None, 'Mạnh Thị Tuyết Mai', _NEW_SCAN_OCR),
    ("n050", "number.symbol"): Known(None, '07/CT-UBND', _NEW_SCAN_OCR),
    ("n050", "date"): Known(None, '2018-03-20', _NEW_SCAN_OCR),
    ("n051", "number.symbol"): Known('/CT-UBND', '11/CT-UBND', _NEW_SCAN_OCR),
    ("n051", "date"): Known(None, '2021-05-11', _NEW_SCAN_OCR),
    ("n051", "signer.name"): Known(None, 'Đặng Văn Minh', _NEW_SCAN_OCR),
    ("n052", "number.symbol"): Known('-Ø2/CT-UBND', '01/CT-UBND', _NEW_SCAN_OCR),
    ("n052", "date"): Known(None, '2021-01-04', _NEW_SCAN_OCR),
    ("n053", "number.symbol"): Known(None, '04/CT-UBND', _NEW_SCAN_OCR),
    ("n053", "date"): Known(None, '2024-03-15', _NEW_SCAN_OCR),
    ("n053", "signer.name"): Known('Trần Hoàng Tuân', 'Trần Hoàng Tuấn', _NEW_SCAN_OCR),
    ("n054", "number.symbol"): Known(None, '05/CT-UBND', _NEW_SCAN_OCR),
    ("n054", "date"): Known(None, '2020-04-15', _NEW_SCAN_OCR),
    ("n054", "signer.name"): Known(None, 'Trần Ngọc Căng', _NEW_SCAN_OCR),
    ("n055", "number.symbol"): Known('44/CT-UBND', '11/CT-UBND', _NEW_SCAN_OCR),
    ("n055", "date"): Known(None, '2024-09-11', _NEW_SCAN_OCR),
    ("n057", "number.symbol"): Known('899/UBND-TTHC', '299/UBND-TTHC', _NEW_SCAN_OCR),
    ("n057", "date"): Known(None, '2025-01-15', _NEW_SCAN_OCR),
    ("n058", "number.symbol"): Known(None, '574/UBND-KTTH', _NEW_SCAN_OCR),
    ("n058", "date"): Known(None, '2025-02-04', _NEW_SCAN_OCR),
    ("n060", "number.symbol"): Known(None, '53/TB-UBND', _NEW_SCAN_OCR),
    ("n060", "date"): Known(None, '2025-02-07', _NEW_SCAN_OCR),
    ("n061", "number.symbol"): Known(None, '51/QĐ-UBND', _NEW_SCAN_OCR),
    ("n061", "date"): Known(None, '2025-01-17', _NEW_SCAN_OCR),
    ("n061", "signer.name"): Known('Trần Phước Hiên', 'Trần Phước Hiền', _NEW_SCAN_OCR),
}

SEEDS = ("000", "001", "002", "003", "004")


@functools.cache
def parsed(path: Path) -> dict:
    """The parser's record of a corpus file, JSON-ready (parsed once per session)."""
    return parse_file(path, ocr=False).model_dump(mode="json")


@functools.cache
def gold_record(doc_id: str) -> dict:
    """The validated gold record, JSON-ready."""
    return load_gold(ANNOTATIONS / f"{doc_id}.json").model_dump(mode="json")


def _cases(known: bool) -> list:
    """(document, field) pairs whose gold is not null: those the parser gets right, or (known)
    those pinned in ``KNOWN_WRONG``."""
    cases = []
    for path in sorted(ANNOTATIONS.glob("*.json")):
        doc_id = path.stem
        gold = gold_record(doc_id)
        for name in CHECKED_FIELDS:
            if _get(gold, name) is not None and ((doc_id, name) in KNOWN_WRONG) is known:
                cases.append(pytest.param(doc_id, name, id=f"{doc_id}-{name}"))
    return cases


@pytest.mark.parametrize(("doc_id", "name"), _cases(known=False))
def test_register_field_matches_gold(doc_id: str, name: str) -> None:
    predicted = _get(parsed(CORPUS / f"{doc_id}.txt"), name)
    assert strict_key(predicted) == strict_key(_get(gold_record(doc_id), name))


@pytest.mark.parametrize(("doc_id", "name"), _cases(known=True))
def test_known_mistake_is_pinned(doc_id: str, name: str) -> None:
    # Fails on a fix (then delete the row: the value is now the right one) and on a new mistake.
    known = KNOWN_WRONG[(doc_id, name)]
    predicted = _get(parsed(CORPUS / f"{doc_id}.txt"), name)
    fixed = " (fixed: delete the row)" if strict_key(predicted) == strict_key(known.right) else ""
    assert predicted == known.wrong, f"{doc_id} {name}: pinned {known.wrong!r} ({known.cause}), now {predicted!r}{fixed}"


def test_known_mistakes_name_real_cases() -> None:
    # A stale row (a document or field that no longer exists, a gold value edited) hides nothing.
    ids = {p.stem for p in ANNOTATIONS.glob("*.json")}
    for (doc_id, name), known in KNOWN_WRONG.items():
        assert doc_id in ids and name in CHECKED_FIELDS
        assert known.right == _get(gold_record(doc_id), name) != known.wrong


def unpinned_rows() -> list[str]:
    """``KNOWN_WRONG`` rows to review for the mistakes not pinned yet (after new gold lands).

    Run ``PYTHONPATH=. python3 tests/test_corpus.py`` from the checkout: each line names the present wrong
    value and the gold's; write the cause by hand, and fix what is a plain bug rather than pin it.
    """
    rows = []
    for case in _cases(known=False):
        doc_id, name = case.values
        predicted, right = _get(parsed(CORPUS / f"{doc_id}.txt"), name), _get(gold_record(doc_id), name)
        if strict_key(predicted) != strict_key(right):
            rows.append(f'    ("{doc_id}", "{name}"): Known({predicted!r}, {right!r}, "CAUSE"),')
    return rows


@pytest.mark.parametrize("doc_id", SEEDS)
@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_docx_and_pdf_agree_with_text(doc_id: str, ext: str) -> None:
    # The same seed as text, DOCX and PDF: the loaders must hand the stages equivalent text.
    text = parsed(CORPUS / f"{doc_id}.txt")
    other = parsed(CORPUS / "files" / f"{doc_id}.{ext}")
    differ = {name: (_get(text, name), _get(other, name)) for name in REGISTER_FIELDS if _get(text, name) != _get(other, name)}
    assert not differ


if __name__ == "__main__":
    print("\n".join(unpinned_rows()) or "every mistake is pinned")
