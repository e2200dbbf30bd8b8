"""Table tests of cited documents (references stage) on real sentences, and gold checks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from directive_parser import parse_file, parse_text

ROOT = Path(__file__).resolve().parent.parent

# (text, expected (type, symbol, date, issuer, title) of the first reference)
ROWS = [
    # 000: the full first mention of a Party resolution, quoted title
    (
        "Thực hiện chỉ tiêu tại Nghị quyết số 08-NQ/TU, ngày 06/12/2022 của Ban Chấp hành Đảng bộ thành phố khóa XVI về “Mục tiêu, nhiệm vụ, giải pháp năm 2023” (Nghị quyết số 08-NQ/TU).",
        ("Nghị quyết", "08-NQ/TU", dt.date(2022, 12, 6), "Ban Chấp hành Đảng bộ thành phố khóa XVI", "Mục tiêu, nhiệm vụ, giải pháp năm 2023"),
    ),
    # c107: Party "QĐ" read as Quy định from the type word
    (
        "Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử;",
        ("Quy định", "80-QĐ/TW", dt.date(2022, 8, 18), "Bộ Chính trị", "phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử"),
    ),
    # c113: state form, title opened by a verb
    (
        "Quyết định số 897/QĐ-TTg ngày 26/7/2022 của Thủ tướng Chính phủ phê duyệt Chương trình hỗ trợ thanh niên khởi nghiệp.",
        ("Quyết định", "897/QĐ-TTg", dt.date(2022, 7, 26), "Thủ tướng Chính phủ", "phê duyệt Chương trình hỗ trợ thanh niên khởi nghiệp"),
    ),
    # c135: no type word -> type null
    (
        "Tại văn bản số 4350/BTC-ĐT ngày 04/4/2025 của Bộ Tài chính về điều chỉnh hình thức lựa chọn nhà đầu tư;",
        (None, "4350/BTC-ĐT", dt.date(2025, 4, 4), "Bộ Tài chính", "điều chỉnh hình thức lựa chọn nhà đầu tư"),
    ),
    # c116: normative state symbol with a year
    (
        "theo Nghị định số 27/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định về chuẩn nghèo đa chiều.",
        ("Nghị định", "27/2021/NĐ-CP", dt.date(2021, 1, 27), "Chính phủ", "quy định về chuẩn nghèo đa chiều"),
    ),
    # c113: a copy that lost the hyphen between type and issuer
    ("Quyết định số 897/QĐTTg ngày 26/7/2022", ("Quyết định", "897/QĐ-TTg", dt.date(2022, 7, 26), None, None)),
    # w024: "số" glued to the number, hyphen date
    ("Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành Quy định", (None, "31-QĐ/TW", dt.date(1997, 10, 1), None, "ban hành Quy định")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_reference_fields(text: str, expected: tuple) -> None:
    refs = parse_text(text).legal_references
    assert refs, "no reference found"
    r = refs[0]
    assert (r.type, r.symbol, r.date, r.issuer, r.title) == expected
    assert r.evidence is not None and r.symbol.split("/")[0].replace("-", "")[:2] in r.evidence.text.replace("-", "")


def test_later_mentions_merge_and_own_symbol_excluded() -> None:
    rec = parse_file(ROOT / "corpus" / "000.txt")
    symbols = [r.symbol for r in rec.legal_references]
    assert symbols == ["08-NQ/TU", "11-HD/BDVTU"]  # once each, in order; not 1092-CV/BDVTU
    assert rec.legal_references[1].date == dt.date(2023, 1, 3) or rec.legal_references[1].date is None


def test_prose_references() -> None:
    rec = parse_text("Căn cứ khoản 2 Điều 28 Luật Giáo dục năm 2019;\nĐề nghị các đơn vị thực hiện Kế hoạch nêu trên.")
    texts = [p.text for p in rec.prose_references]
    assert any(t.startswith("khoản 2 Điều 28 Luật Giáo dục") for t in texts)
    assert "Kế hoạch nêu trên" in texts


@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_seed_symbols_match_gold(doc: str) -> None:
    gold = json.loads((ROOT / "annotations" / f"{doc}.json").read_text(encoding="utf-8"))
    rec = parse_file(ROOT / "corpus" / f"{doc}.txt")
    assert [r.symbol for r in rec.legal_references] == [g["symbol"] for g in gold["legal_references"]]


# --- data/references.toml, both ways ---------------------------------------------------------

from directive_parser import structure  # noqa: E402
from directive_parser.extractors.references import find_prose_references, reference_words  # noqa: E402
from directive_parser.layout import Layout  # noqa: E402
from directive_parser.normalize import normalize_text  # noqa: E402

_VERBS = reference_words().title_verbs
_PROSE = reference_words().prose


@pytest.mark.parametrize("row", _VERBS.examples + _VERBS.counter_examples)
def test_title_verbs_end_the_issuer_in_lower_case_only(row: str) -> None:
    # an example's issuer ends before its verb; a counter-example's capitalised verb is part of the name
    citation, issuer = row.split(" => ")
    refs = parse_text(citation).legal_references
    assert refs and refs[0].issuer == issuer


def _prose_in_body(sentence: str) -> list[str]:
    """The prose references of a sentence read as a body line."""
    t = normalize_text(sentence)
    st = structure.build(t, Layout(0, 0, len(t.text), len(t.text)))
    return [p.text for p in find_prose_references(st, [])]


@pytest.mark.parametrize("text", _PROSE.examples)
def test_prose_examples_are_references(text: str) -> None:
    assert _prose_in_body(text), text


@pytest.mark.parametrize("text", _PROSE.counter_examples)
def test_prose_counter_examples_are_not(text: str) -> None:
    assert not _prose_in_body(text), text


def test_a_number_field_in_a_table_cell_cites_nothing() -> None:
    # 002's own number line, printed as a specimen in a table row after the body: a number field
    # ("Số …" opening a cell) is no citation, while a citation in another cell of a row is one
    text = (
        "Thực hiện Kế hoạch số 31-KH/TU ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy.\n"
        "Ký hiệu | Ví dụ | Ghi chú\n"
        "Số và ký hiệu | Số 62-KH/HU | in đứng\n"
        "Căn cứ | Hướng dẫn số 09-HD/HU ngày 17/8/2022 | in nghiêng\n"
    )
    symbols = [r.symbol for r in parse_text(text).legal_references]
    assert symbols == ["31-KH/TU", "09-HD/HU"]


def test_anaphor_types_are_document_types() -> None:
    # the type words of "Kế hoạch nêu trên" are the vocabulary's document types (or "văn bản")
    from directive_parser.vocabulary import vocabulary

    names = set(vocabulary().type_names())
    assert {t for t in _PROSE.anaphor_types if t.lower() != "văn bản"} <= names


def test_an_ocr_doubled_letter_in_the_type_is_undone() -> None:
    # c151 (OCR'd): "QĐ" read as "QĐÐ"; the own number printed so is still the document's own
    text = "Só:2750 /QĐÐ-BGDĐT\nQuyết định số 1284/QĐÐ-BGDĐT ngày 13/5/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo"
    refs = parse_text(text).legal_references
    assert [r.symbol for r in refs] == ["1284/QĐ-BGDĐT"]


def test_an_ocr_misreading_of_a_symbol_cited_elsewhere_is_that_symbol() -> None:
    # c143 (OCR'd): "106/2023/QHI15" on one line, "106/2023/QH15" on another: one citation
    text = (
        "Nghị quyết số 106/2023/QHI15 của Quốc hội; trường hợp còn khó khăn, vướng mắc\n"
        "điểm quốc gia theo Nghị quyết 106/2023/QH15 của Quốc hội, ưu tiên cho Dự án\n"
    )
    assert [r.symbol for r in parse_text(text).legal_references] == ["106/2023/QH15"]


# RELAY_LEAD: a post with no number of its own opens by stating the relayed document's issue; its symbol is that
# document's number, no citation. Own sentences in the pattern of probe pc03, pc11, pd03; the counter-examples are
# the same lead under a header that numbers the text, and 000's dated "đã ban hành Hướng dẫn số 11-HD/BDVTU".
_RELAY = (
    "Ngày 12/3/2024, Sở Y tế đã ban hành Công văn số 512/SYT-NVY về việc phòng chống dịch sốt xuất huyết.\n"
    "Thực hiện Chỉ thị số 8/CT-TTg ngày 15/02/2024 của Thủ tướng Chính phủ, Sở Y tế đề nghị các bệnh viện tăng cường giám sát.\n"
)


def test_a_relays_lead_states_its_own_number_not_a_reference() -> None:
    assert [r.symbol for r in parse_text(_RELAY).legal_references] == ["8/CT-TTg"]
    assert parse_text(_RELAY).number.symbol == "512/SYT-NVY"  # RELAY_LEAD_NUMBER (header.py)
    spaced = _RELAY.replace("số 512/SYT-NVY", "số: 512 /SYTNVY").replace("Ngày 12/3/2024", "Ngày 12 tháng 3 năm 2024")
    assert [r.symbol for r in parse_text(spaced).legal_references] == ["8/CT-TTg"]
    assert parse_file(Path(__file__).resolve().parent.parent / "corpus" / "w006.txt").number.symbol == "21-HD/BTGTW"


def test_a_lead_under_a_numbered_header_or_after_a_citation_cites() -> None:
    header = "SỞ Y TẾ\nSố: 77/SYT-VP\nV/v triển khai\n"
    assert [r.symbol for r in parse_text(header + _RELAY).legal_references] == ["512/SYT-NVY", "8/CT-TTg"]
    assert parse_text(header + _RELAY).number.symbol == "77/SYT-VP"
    assert parse_text("Thực hiện Chỉ thị số 8/CT-TTg của Thủ tướng Chính phủ.\n" + _RELAY).number.symbol is None
    cited_first = "Thực hiện Chỉ thị số 8/CT-TTg của Thủ tướng Chính phủ.\n" + _RELAY
    assert [r.symbol for r in parse_text(cited_first).legal_references] == ["8/CT-TTg", "512/SYT-NVY"]
    assert "11-HD/BDVTU" in [r.symbol for r in parse_file(Path(__file__).resolve().parent.parent / "corpus" / "000.txt").legal_references]


# NUMBER_FIELD_WRAPPED: "Số:" on a line of its own, the symbol on the next (probe pb03's flattened header, own words).
def test_a_number_field_wrapped_over_two_lines_is_no_reference() -> None:
    text = "ĐOÀN XÃ AN BÌNH\nSố:\n15-CV/ĐTN\nKính gửi: Các chi đoàn.\nThực hiện Kế hoạch số 20-KH/HĐTN của Huyện đoàn, đề nghị các chi đoàn báo cáo.\n"
    assert [r.symbol for r in parse_text(text).legal_references] == ["20-KH/HĐTN"]
    inline = "Đề nghị các chi đoàn đọc kỹ\n15-CV/ĐTN của Huyện đoàn.\n"
    assert [r.symbol for r in parse_text(inline).legal_references] == ["15-CV/ĐTN"]
