"""The evaluation instrument: gold validation, the arithmetic, the comparison keys, the floors gate.

The last tests run ``evaluate`` over the real corpus and hold it to ``tests/eval_floors.json``.
"""

from __future__ import annotations

import functools
import json
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex
from conftest import ANNOTATIONS, CORPUS, ROOT
from typer.testing import CliRunner

from directive_parser.cli import app
from directive_parser.errors import EXIT_GATE, AnnotationError, InputError
from directive_parser.evaluate import (
    ACTION_OVERLAP,
    FLOORS_VERSION,
    MATCHED_FIELDS,
    PRF,
    Accuracy,
    BelowFloor,
    KindScores,
    Report,
    bootstrap_interval,
    check_floors,
    compare_runs,
    corpus_inputs,
    describe_change,
    evaluate,
    intervals,
    lenient_key,
    list_items,
    load_annotations,
    load_gold,
    match_items,
    overlap,
    pin,
    read_floors,
    read_run,
    report_rows,
    score_document,
    strict_key,
    update_floors,
)
from directive_parser.normalize import fold

FLOORS = ROOT / "tests" / "eval_floors.json"


# --- gold validation -----------------------------------------------------------------------------


def _edit(data: dict[str, Any], path: str, value: Any) -> None:
    """Set (or, with value ``...``, delete) the key at a dotted path; list indexes are digits."""
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is ...:
        del node[last]
    else:
        node[last] = value


@pytest.mark.parametrize(
    ("path", "value", "named"),
    [
        ("deadlines", ..., "deadlines"),  # a contract key missing
        ("issuer.parent", ..., "issuer: missing key(s) parent"),  # a nested key missing
        ("deadlines.0.text", ..., "deadlines[0]: missing key(s) text"),  # an item key missing
        ("report_outline.1.children.0.guidance", ..., "children[0]: missing key(s) guidance"),  # deep in the tree
        ("confidence", 0.9, "unknown key(s) confidence"),  # only _notes may be added
        ("forms", {}, "forms: must be a list"),  # wrong shape
        ("date", "07/07/2023", "date"),  # not ISO
        ("issuer.system", "Đảng", "issuer.system"),  # not party/state/other
        ("quotas.0.min", "ba", "quotas.0.min"),  # not an int
        ("number.symbol", "1092 - CV/BDVTU", "number.symbol"),  # symbols carry no spaces
    ],
)
def test_malformed_gold_fails_naming_file_and_field(tmp_path: Path, path: str, value: Any, named: str) -> None:
    data = json.loads((ANNOTATIONS / "000.json").read_text(encoding="utf-8"))
    _edit(data, path, value)
    bad = tmp_path / "000.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(AnnotationError) as err:
        load_gold(bad)
    assert str(bad) in err.value.message and named in err.value.message


def test_gold_that_is_not_json_fails_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "001.json"
    bad.write_text('{"document_type": "Công văn",\n  "issuer": }', encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"001\.json: not valid JSON .* line 2"):
        load_gold(bad)


def test_every_gold_file_is_valid_and_notes_are_allowed(tmp_path: Path) -> None:
    gold = load_annotations(ANNOTATIONS)
    assert len(gold) >= 40
    data = json.loads((ANNOTATIONS / "003.json").read_text(encoding="utf-8"))
    data["_notes"] = "the number line was hard to read"
    (tmp_path / "003.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_gold(tmp_path / "003.json").number.symbol == gold["003"].number.symbol



# Quota subjects the gold writes although the .txt does not print them as one string, each with why.
QUOTA_SUBJECT_NOT_IN_TEXT = {
    ("c159", "dữ liệu đã số hóa"): "the .txt is an OCR copy that prints 'đữ liệu'; the gold follows the page",
}


def _folded(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def test_quota_subjects_are_printed_words() -> None:
    # annotations/README.md D13: a quota's subject is printed words only, never composed (round 13 found
    # twelve composed ones, "(hằng năm)" and shared predicates, that a pattern pass had left)
    composed = []
    for path in sorted(ANNOTATIONS.glob("*.json")):
        text_path = CORPUS / f"{path.stem}.txt"
        if not text_path.exists():
            continue
        text = _folded(text_path.read_text(encoding="utf-8"))
        for q in json.loads(path.read_text(encoding="utf-8")).get("quotas") or []:
            subject = q.get("subject")
            if subject and _folded(subject) not in text:
                known = [k for k in QUOTA_SUBJECT_NOT_IN_TEXT if k[0] == path.stem and subject.startswith(k[1])]
                if not known:
                    composed.append((path.stem, subject))
    assert composed == []
    for doc_id, start in QUOTA_SUBJECT_NOT_IN_TEXT:  # the exceptions name real gold values, still not printed
        gold = json.loads((ANNOTATIONS / f"{doc_id}.json").read_text(encoding="utf-8"))
        text = _folded((CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8"))
        subjects = [q.get("subject") or "" for q in gold.get("quotas") or []]
        assert any(s.startswith(start) and _folded(s) not in text for s in subjects), (doc_id, start)

# --- printed words: every gold value the README says is "as printed" is in the document ------------
#
# A value is printed when its words stand contiguously in corpus/<id>.txt (NFC, case and tone placement
# folded). Punctuation and spacing are not compared: the text conversions drop ASCII hyphens, dashes and
# spaces ("2021  2025", "banhành", c122's notes), and the rules move punctuation themselves (a time cell's
# final "." dropped, O2; enclosing quotes dropped from titles; "-" and ";" of list lines). A line that holds
# only a page number is not text (c121 breaks a reference title over a page). In an OCR copy (SOURCES.tsv:
# "Scan" / "OCR" / "tesseract") the gold follows the page, not the OCR: there the diacritics are not compared
# either, and a few misread letters are forgiven (one, plus one per OCR_LETTERS_PER_ERROR letters of the
# value): a composed word ("và", "(hằng năm)") in a value of fewer than 80 letters still fails.

OCR_LETTERS_PER_ERROR = 40
# Copies whose text loses or detaches diacritics outside the OCR copies SOURCES.tsv names, each with why.
MARKS_LOST = {
    "w038": "legacy-font copy: the .txt detaches the marks ('Bộ Giao duc và Đao tao. ́ ̣ ̀ ̣'); the gold follows the page",
}
_OCR_NOTE = regex.compile(r"tesseract|OCR|^Scan")


@functools.cache
def _ocr_copies() -> frozenset[str]:
    rows = (line.split("\t") for line in (CORPUS / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:])
    return frozenset(r[0] for r in rows if len(r) > 3 and _OCR_NOTE.search(r[3])) | frozenset(MARKS_LOST)


def _word_key(s: str) -> str:
    """The words of ``s`` run together: NFC, case and tone placement folded, everything but letters and digits dropped."""
    return regex.sub(r"[^\p{L}\p{N}]+", "", fold(unicodedata.normalize("NFC", s).casefold()))


def _letter_key(s: str) -> str:
    """``_word_key`` without diacritics ("đ" as "d"): what an OCR copy can be trusted with."""
    bare = regex.sub(r"\p{M}+", "", unicodedata.normalize("NFD", s.casefold().replace("đ", "d")))
    return regex.sub(r"[^\p{L}\p{N}]+", "", bare)


@functools.cache
def _printed_keys(doc_id: str) -> tuple[str, str | None]:
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    text = regex.sub(r"(?m)^[ \t\f]*\d{1,3}[ \t]*$", " ", text)  # page-number lines
    return _word_key(text), _letter_key(text) if doc_id in _ocr_copies() else None


def _is_printed(doc_id: str, value: str) -> bool:
    words, letters = _printed_keys(doc_id)
    if _word_key(value) in words:
        return True
    if letters is None:
        return False
    key = _letter_key(value)
    errors = 1 + len(key) // OCR_LETTERS_PER_ERROR
    return regex.search(f"(?:{regex.escape(key)}){{e<={errors}}}", letters) is not None


def _outline_items(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield item
        yield from _outline_items(item.get("children") or [])


def _values(gold: dict[str, Any], family: str) -> Iterator[tuple[str, str]]:
    """(field, value) for each filled value of a field family of one gold record."""
    entries = [("obligations", o) for o in gold["obligations"]] + [("deadlines", d) for d in gold["deadlines"]]
    if family in ("responsible", "deliver_to"):
        yield from ((f"{k}.{family}", e[family]) for k, e in entries if e.get(family))
    elif family == "times":
        yield from (("obligations.due", o["due"]) for o in gold["obligations"] if o.get("due"))
        yield from (("deadlines.text", d["text"]) for d in gold["deadlines"] if d.get("text"))
    elif family == "quota_unit":
        yield from (("quotas.unit", q["unit"]) for q in gold["quotas"] if q.get("unit"))
    elif family == "header_lists":
        yield from (("recipients", r) for r in gold["recipients"])
        yield from (("distribution", r) for r in gold["distribution"])
    elif family == "references":
        for ref in gold["legal_references"]:
            yield from ((f"legal_references.{k}", ref[k]) for k in ("title", "issuer") if ref.get(k))
    elif family == "outline_titles":
        yield from (
            ("report_outline.title", i["title"]) for i in _outline_items(gold["report_outline"]) if i.get("title")
        )


# Parts joined with ", " are checked one by one where a rule joins separately printed phrases. (No rule joins
# `responsible`: several bodies named for one duty are printed together, and session 8 found every one so.)
JOINED_PARTS = {
    "deliver_to": "A20: every body that receives something from the entry, in printed order, joined with ', '",
}
# Values not printed in the .txt that the gold rightly writes, by class; each key is (doc, field, start of value).
_OCR_TABLE = "OCR copy whose table cells the .txt interleaves with the next column; the page prints the cell whole"
_OCR_MISREAD = "OCR copy that misreads the page beyond the letter tolerance; the gold follows the page"
NOT_PRINTED_IN_TEXT = {
    ("c130", "obligations.responsible", "Phòng Đào tạo; Trung tâm QLCL"): _OCR_TABLE + " (p. 3, row 1)",
    ("c130", "obligations.responsible", "Trung tâm QLCL; các khoa; cố vấn"): _OCR_TABLE + " (p. 3, row 3)",
    ("c130", "obligations.responsible", "Trung tâm QLCL; các đơn vị liên quan"): _OCR_TABLE + " (p. 4, row 4)",
    ("c130", "deadlines.responsible", "Phòng Đào tạo; Trung tâm QLCL"): _OCR_TABLE + " (p. 3, row 1)",
    ("c130", "deadlines.responsible", "Trung tâm QLCL; các khoa; cố vấn"): _OCR_TABLE + " (p. 3, row 3)",
    ("c130", "deadlines.responsible", "Trung tâm QLCL; các đơn vị liên quan"): _OCR_TABLE + " (p. 4, row 4)",
    ("c130", "obligations.due", "Trước ngày 27/6/2026"): _OCR_TABLE + " (p. 3, row 1)",
    ("c130", "obligations.due", "Trước ngày 30/6/2026"): _OCR_TABLE + " (p. 3, row 2)",
    ("c130", "deadlines.text", "Trước ngày 27/6/2026"): _OCR_TABLE + " (p. 3, row 1)",
    ("c130", "deadlines.text", "Trước ngày 30/6/2026"): _OCR_TABLE + " (p. 3, row 2)",
    ("c143", "obligations.due", "trong tháng 11 tháng 2024"): _OCR_MISREAD
    + " ('trong tháng Ị tháng 2024'; the page prints '11 tháng', notes)",
    ("c143", "deadlines.text", "trong tháng 11 tháng 2024"): _OCR_MISREAD + " ('trong tháng Ị tháng 2024')",
    ("n046", "obligations.due", "trước ngày 20/12/2025"): _OCR_MISREAD + " ('#ước ngày 20/12/2025')",
    ("n046", "deadlines.text", "trước ngày 20/12/2025"): _OCR_MISREAD + " ('#ước ngày 20/12/2025')",
    ("n039", "obligations.deliver_to", "Bộ Công an (qua Cục Cảnh sát"): _OCR_MISREAD
    + " ('(g„a Cục … VỀ ma fuÿ'; A17's attached intermediary)",
    ("n039", "deadlines.deliver_to", "Bộ Công an (qua Cục Cảnh sát"): _OCR_MISREAD + " ('(g„a Cục … VỀ ma fuÿ')",
    ("n039", "legal_references.title", "phê duyệt chủ trương đầu tư Chương trình"): _OCR_MISREAD
    + " ('quốc ø ø1a phòng, chông ma tuý')",
    ("c157", "recipients", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ"): _OCR_MISREAD
    + " (the 'ĐẾN' stamp's text interleaved, p. 1)",
    (
        "c121",
        "quotas.unit",
        "đồng/nhà",
    ): "'50 triệu/nhà': the scale word goes into min (50000000) and the unit names the "
    "implied currency; no README rule covers an amount printed without its currency (open point)",
    # distribution: the Nơi nhận block of an OCR copy is small print, and H6 keeps the drafter's initials read on the page
    ("c130", "distribution", "Lưu: VT, QLCL"): _OCR_MISREAD + " ('Lưu: VT, mài', the tick over 'QLCL', p. 4)",
    ("c135", "distribution", "Lưu: VT, CN (2). Ha"): _OCR_MISREAD + " (H6 initials)",
    ("c139", "distribution", "Lưu: VT, KGVX (02) NTN"): _OCR_MISREAD + " (H6 initials)",
    ("c143", "distribution", "Lưu: VT, CN. pvc"): _OCR_MISREAD + " (H6 initials, notes)",
    ("c145", "distribution", "Lưu: VT, NC(2).Hải"): _OCR_MISREAD + " (H6 initials)",
    ("c149", "distribution", "Lưu: VT, NC(2).Hải"): _OCR_MISREAD + " (H6 initials)",
    ("c151", "distribution", "Lưu: VT, VP (KSTTHC)"): _OCR_MISREAD + " ('Lưu: VI, VP (KSTHC)')",
    ("c156", "distribution", "BCĐ389 các Bộ: Tài chính"): _OCR_MISREAD
    + " (a wrapped line interleaved with the signature column)",
    ("n057", "distribution", "PCT UBND tỉnh"): _OCR_MISREAD,
    ("n057", "distribution", "Lưu: VT, TTHC(Thu)"): _OCR_MISREAD + " (H6 initials)",
}
PRINTED_FAMILIES = {
    "responsible": "Obligations 'responsible': the body named, as printed (A8: a table's cell as printed)",
    "deliver_to": "Obligations 'deliver_to'; A9/A17 (an attached intermediary as printed), A20/A27",
    "times": "Deadlines 'text' / Obligations 'due': the time phrase as printed (T-rules; T9 drops a bare 'hoàn thành')",
    "quota_unit": "quotas 'unit': the counted noun as printed, '%' for percentages",
    "header_lists": "recipients and distribution: printed lines without '-' and trailing punctuation (H6, H7, H8)",
    "references": "legal_references 'title' (R2, R3, R14: as printed, no enclosing quotes) and 'issuer' (R15)",
    "outline_titles": "report_outline 'title': the item's heading or first sentence (O1)",
}


def _not_printed(family: str) -> list[tuple[str, str, str]]:
    missing = []
    for path in sorted(ANNOTATIONS.glob("*.json")):
        if not (CORPUS / f"{path.stem}.txt").exists():
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        for field, value in dict.fromkeys(_values(gold, family)):
            last = field.rsplit(".", 1)[-1]
            parts = value.split(", ") if last in JOINED_PARTS else [value]
            if not (_is_printed(path.stem, value) or all(_is_printed(path.stem, p) for p in parts)):
                missing.append((path.stem, field, value))
    return missing


def _family_of(field: str) -> str:
    last = field.rsplit(".", 1)[-1]
    return {
        "due": "times",
        "text": "times",
        "unit": "quota_unit",
        "recipients": "header_lists",
        "distribution": "header_lists",
        "title": "references" if field.startswith("legal") else "outline_titles",
        "issuer": "references",
    }.get(last, last)


def _excused(doc_id: str, field: str, value: str) -> bool:
    return any(d == doc_id and f == field and value.startswith(start) for d, f, start in NOT_PRINTED_IN_TEXT)


@pytest.mark.parametrize("family", sorted(PRINTED_FAMILIES))
def test_gold_values_are_printed_words(family: str) -> None:
    # annotations/README.md (the rule per family in PRINTED_FAMILIES): these values are words of the
    # document, never composed; session 8's gold check found composed ones (c111's "12 đơn vị được lựa chọn
    # (…)", co-operators joined to the lead body in c148, c160) and corrected them.
    missing = _not_printed(family)
    assert [m for m in missing if not _excused(*m)] == []
    for doc_id, field, start in NOT_PRINTED_IN_TEXT:  # each exception names a real gold value, still unprinted
        if _family_of(field) == family:
            assert any(m[0] == doc_id and m[1] == field and m[2].startswith(start) for m in missing), (
                doc_id,
                field,
                start,
            )


def test_copies_losing_marks_are_still_needed() -> None:
    # MARKS_LOST names copies outside SOURCES.tsv's OCR notes; each must hold a value only the letter key finds.
    for doc_id in MARKS_LOST:
        gold = json.loads((ANNOTATIONS / f"{doc_id}.json").read_text(encoding="utf-8"))
        values = [v for family in PRINTED_FAMILIES for _, v in _values(gold, family)]
        words, _ = _printed_keys(doc_id)
        assert any(_word_key(v) not in words and _is_printed(doc_id, v) for v in values), doc_id


def test_responsible_is_the_lead_body_only() -> None:
    # annotations/README.md Obligations 'responsible': "only the lead body ("chủ trì"), not the co-operating
    # ones"; a printed "chủ trì, phối hợp với Y" stays in the action. Session 8 moved 13 co-operator phrases
    # (c148, c150, c157, c160) out of `responsible`.
    joined = []
    for path in sorted(ANNOTATIONS.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for entry in gold["obligations"] + gold["deadlines"]:
            if regex.search(r"\bphối hợp với\b", entry.get("responsible") or "", regex.IGNORECASE):
                joined.append((path.stem, entry["responsible"]))
    assert joined == []


# --- arithmetic ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "tp", "fp", "fn", "f"),
    [
        (["a", "b"], ["a", "b"], 2, 0, 0, 1.0),  # all right
        (["a", "b", "b"], ["b", "c"], 1, 2, 1, 0.4),  # a duplicate counts once per occurrence
        (["2023-07-15", "2023-07-15"], ["2023-07-15", "2023-07-15"], 2, 0, 0, 1.0),  # two duties, same day
        ([], ["a"], 0, 0, 1, 0.0),  # nothing predicted
        (["a"], [], 0, 1, 0, 0.0),  # nothing to find
        ([], [], 0, 0, 0, 0.0),  # nothing at all: 0, not a division error
    ],
)
def test_prf_counts(predicted: list[str], gold: list[str], tp: int, fp: int, fn: int, f: float) -> None:
    s = PRF()
    s.score_set(predicted, gold)
    assert (s.tp, s.fp, s.fn) == (tp, fp, fn)
    assert s.fscore == pytest.approx(f)


def test_prf_sums_documents_before_dividing() -> None:
    # Micro-average: one document with 3/3 and one with 0/1 give 3/4 recall, not the mean 0.5.
    s = PRF()
    s.score_set(["a", "b", "c"], ["a", "b", "c"])
    s.score_set([], ["d"])
    assert (s.precision, s.recall) == (1.0, 0.75)


def test_accuracy_counts_null_agreement_apart() -> None:
    acc = Accuracy()
    acc.add(True, gold_is_null=True)  # both null: right
    acc.add(True, gold_is_null=False)
    acc.add(False, gold_is_null=False)
    assert acc.accuracy == pytest.approx(2 / 3)
    assert acc.accuracy_nonnull == 0.5


# --- comparison keys ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "issuer", "strict_equal", "lenient_equal"),
    [
        ("Ban Dân vận Thành ủy Hải Phòng", "Ban Dân vận Thành uỷ Hải Phòng", True, False, True),  # 000: tone placement
        ("Đảng ủy P. Thạch Bàn", "Đảng ủy p. Thạch Bàn", True, False, True),  # 003: case of an abbreviation
        ("Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân Quảng Trị", True, False, True),  # level word optional
        ("Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân", True, False, False),  # the place itself is not
        ("Thành ủy Hải Phòng", "Hải Phòng", True, False, False),  # a Party committee is not a level word
        ("kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo”", "kiểm tra giám sát khảo sát mô hình Dân vận khéo", False, False, True),  # punctuation
        ("Kế hoạch", "KẾ HOẠCH", False, False, True),  # case
        ("Như trên", "Như  trên", False, True, True),  # whitespace collapses at both levels
        ("tỉnh Bắc Ninh", "Bắc Ninh", False, False, False),  # level words only optional in issuer names
    ],
)
def test_strict_and_lenient_keys(gold: str, predicted: str, issuer: bool, strict_equal: bool, lenient_equal: bool) -> None:
    assert (strict_key(gold) == strict_key(predicted)) is strict_equal
    assert (lenient_key(gold, issuer) == lenient_key(predicted, issuer)) is lenient_equal


def test_list_items_key_by_the_matching_rules() -> None:
    record = {
        "deadlines": [
            {"date": "2023-07-15", "text": "trước ngày 15/7/2023"},
            {"date": None, "text": "Cuối năm"},  # an undated duty is matched by its time phrase
        ],
        "quotas": [{"min": 3, "max": 5, "unit": "Mô hình"}],
        "report_outline": [{"title": "Kết quả", "children": [{"title": "Tổng số mô hình", "children": []}]}],
        "forms": [{"code": None, "title": "Phiếu đăng ký"}],
        "legal_references": [{"symbol": "08-NQ/TU", "title": None}],
    }
    assert list_items(record, "deadlines", "lenient") == ["2023-07-15", ("text", "cuốinăm")]  # (SPACES_LOST: no spaces)
    assert list_items(record, "quotas", "strict") == [(3, 5, "Mô hình")]
    assert list_items(record, "quotas", "lenient") == [(3, 5)]  # the unit is not compared leniently
    assert list_items(record, "report_outline", "strict") == ["Kết quả", "Tổng số mô hình"]  # flattened
    assert list_items(record, "forms", "strict") == [("title", "Phiếu đăng ký")]
    assert list_items(record, "legal_references", "lenient") == ["08nqtu"]


def test_score_document_lists_the_misses() -> None:
    gold = load_gold(ANNOTATIONS / "000.json").model_dump(mode="json")
    predicted = json.loads(json.dumps(gold))
    predicted["issuer"]["name"] = "Ban Dân vận Thành uỷ Hải Phòng"
    predicted["date"] = None
    predicted["deadlines"] = predicted["deadlines"][:1]
    scores = KindScores("text")
    misses = score_document("000", "text", predicted, gold, scores)
    by_field = {m.field: m for m in misses}
    assert set(by_field) == {"issuer.name", "date", "deadlines", "deadlines +action"}
    assert by_field["issuer.name"].lenient_ok and not by_field["date"].lenient_ok
    assert by_field["deadlines"].gold == ["2023-07-30 (trước ngày 30/7/2023)"] and by_field["deadlines"].predicted == []
    assert scores.lists["strict"]["deadlines"].recall == 0.5


# --- obligations and deadlines matched by their action -----------------------------------------------


def _gold_with_obligations(doc_id: str) -> dict[str, Any]:
    """A real gold record with its deadlines restated as obligations (annotations/README: every
    deadline is also an obligation), as the annotators write them."""
    data = json.loads((ANNOTATIONS / f"{doc_id}.json").read_text(encoding="utf-8"))
    keep = ("action", "responsible", "deliver_to", "date")
    data["obligations"] = [{**{k: d[k] for k in keep}, "due": d["text"]} for d in data["deadlines"]]
    return data


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # 000: the parser's cut runs on past the gold's; the duty is the same
        ("gửi Báo cáo kết quả về Ban Dân vận Thành ủy", "Gửi báo cáo kết quả về Ban Dân vận Thành uỷ (qua Phòng Dân vận)", True),
        ("gửi Báo cáo kết quả về Ban Dân vận Thành ủy", "gửi Báo cáo kết quả", True),  # cut short: 5 of 11 syllables
        ("tổ chức kiểm tra, giám sát mô hình", "gửi Báo cáo kết quả về Ban Dân vận Thành ủy", False),  # another duty
        ("sơ kết và trao giải Chặng 1", "Chặng 1", False),  # c127: a time phrase taken for the action
    ],
)
def test_action_overlap_threshold(a: str, b: str, same: bool) -> None:
    assert (overlap(a, b) >= ACTION_OVERLAP) is same


def test_match_items_pairs_one_to_one_best_first() -> None:
    gold = _gold_with_obligations("000")["obligations"]
    # 000's first duty is worded inside its second: by words alone the two look alike
    assert overlap(gold[0]["action"], gold[1]["action"]) >= ACTION_OVERLAP
    found = [dict(gold[0], action=gold[0]["action"] + " để tổng hợp"), dict(gold[0])]
    # the exact copy takes the first duty; the looser one is left the second, by its words
    assert match_items(found, gold, "obligations", "lenient") == [(0, 1), (1, 0)]
    assert match_items(found, gold, "obligations", "strict") == [(1, 0)]
    # with its time (the first duty's date), the looser one pairs with nothing
    assert match_items(found, gold, "obligations +due", "lenient") == [(1, 0)]
    assert match_items(found, gold, "deadlines +action", "lenient") == [(1, 0)]


@pytest.mark.parametrize(
    ("responsible", "agrees"),
    [
        ("các quận ủy, huyện ủy", [True, True]),  # the gold prints each with a qualifier
        ("Các quận uỷ, huyện uỷ đã hoàn thành việc kiểm tra", [True, True]),
        ("Sở Nội vụ", [False, False]),  # another body
        (None, [False, False]),  # the gold names who; a null does not agree
    ],
)
def test_responsible_agrees_leniently(responsible: str | None, agrees: list[bool]) -> None:
    gold = _gold_with_obligations("000")["obligations"]
    found = [dict(g, responsible=responsible) for g in gold]
    pairs = match_items(found, gold, "obligations +responsible", "lenient")
    assert [(i, i) in pairs for i in range(2)] == agrees
    assert match_items(found, gold, "obligations +responsible", "strict") == []


def test_due_agrees_by_date_else_by_phrase() -> None:
    gold = [{"action": "báo cáo kết quả", "date": None, "due": "Hằng quý"}, {"action": "gửi danh sách", "date": "2023-07-15", "due": "trước ngày 15/7/2023"}]
    found = [dict(gold[0], due="hằng quý"), dict(gold[1], due="chậm nhất ngày 15/7/2023")]
    assert match_items(found, gold, "obligations +due", "lenient") == [(0, 0), (1, 1)]  # same date, other words
    assert match_items(found, gold, "obligations +due", "strict") == []  # phrases as printed differ
    found[0]["due"] = "hằng tháng"
    assert match_items(found, gold, "obligations +due", "lenient") == [(1, 1)]


def _gold_obligations(doc_id: str) -> list[dict[str, Any]]:
    """A real gold record's obligations, as the annotators wrote them."""
    data = json.loads((ANNOTATIONS / f"{doc_id}.json").read_text(encoding="utf-8"))
    return list(data["obligations"])


@pytest.mark.parametrize(
    ("deliver_to", "strict", "lenient"),
    [
        ("Bộ Công an, Ủy ban nhân dân tỉnh", True, True),  # n014's A20 copy, as the gold prints it
        ("Bộ Công an, UBND tỉnh", False, True),  # the same bodies, one abbreviated
        ("Bộ Công an", False, True),  # the shorter name is inside the gold's
        ("Sở Nội vụ", False, False),  # another body
        (None, False, False),  # the gold names where; a null does not agree
    ],
)
def test_deliver_to_agrees_like_responsible(deliver_to: str | None, strict: bool, lenient: bool) -> None:
    gold = [o for o in _gold_obligations("n014") if o["deliver_to"] == "Bộ Công an, Ủy ban nhân dân tỉnh"][:1]
    assert gold  # n014: "… đồng thời gửi Ủy ban nhân dân tỉnh biết, theo dõi"
    found = [dict(gold[0], deliver_to=deliver_to)]
    assert (match_items(found, gold, "obligations +deliver_to", "strict") == [(0, 0)]) is strict
    assert (match_items(found, gold, "obligations +deliver_to", "lenient") == [(0, 0)]) is lenient


def test_deliver_to_both_null_agree() -> None:
    gold = [o for o in _gold_obligations("n009") if o["deliver_to"] is None][:1]  # "nâng cao trách nhiệm, …"
    assert gold
    assert match_items([dict(gold[0])], gold, "obligations +deliver_to", "strict") == [(0, 0)]
    assert match_items([dict(gold[0], deliver_to="Bộ Công an")], gold, "obligations +deliver_to", "lenient") == []


def test_deadlines_with_their_action() -> None:
    gold = load_gold(ANNOTATIONS / "000.json").model_dump(mode="json")
    predicted = json.loads(json.dumps(gold))
    predicted["deadlines"][0]["action"] = "Chặng 1"  # right date, wrong duty
    scores = KindScores("text")
    misses = score_document("000", "text", predicted, gold, scores)
    assert scores.lists["lenient"]["deadlines"].fscore == 1.0  # the date alone matches
    assert (scores.lists["lenient"]["deadlines +action"].tp, scores.lists["lenient"]["deadlines +action"].fn) == (1, 1)
    by_field = {m.field: m for m in misses}
    assert by_field["deadlines +action"].predicted == ["2023-07-15: Chặng 1"]


def test_obligations_rows_leave_out_gold_without_obligations(tmp_path: Path) -> None:
    data = json.loads((ANNOTATIONS / "000.json").read_text(encoding="utf-8"))
    del data["obligations"]  # as written before obligations were annotated
    (tmp_path / "old.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    gold = load_gold(tmp_path / "old.json")
    assert gold.source["unannotated"] == ["obligations"]
    predicted = _gold_with_obligations("000")
    scores = KindScores("text", documents=["000"], unannotated=["000"])
    score_document("000", "text", predicted, gold.model_dump(mode="json"), scores)
    assert scores.lists["lenient"]["obligations"] == PRF() and not scores.scored("obligations")
    assert report_rows({"dev": scores})[-5][1:] == ("–",) * 4  # "obligations" row: nothing to score
    # once annotated, the same prediction is scored in full
    (tmp_path / "000.json").write_text(json.dumps(_gold_with_obligations("000"), ensure_ascii=False), encoding="utf-8")
    annotated = load_gold(tmp_path / "000.json")
    assert annotated.source["unannotated"] == []
    scores = KindScores("text", documents=["000"])
    score_document("000", "text", predicted, annotated.model_dump(mode="json"), scores)
    assert {name: scores.lists["lenient"][name].fscore for name in MATCHED_FIELDS} == dict.fromkeys(MATCHED_FIELDS, 1.0)
    assert Report("x", {"text": {"dev": scores}}).metrics()["dev/text/obligations +due/lenient"] == 1.0


# --- floors ----------------------------------------------------------------------------------------


def _report(correct: int, total: int = 10) -> Report:
    scores = KindScores("text", documents=[str(i) for i in range(total)])
    scores.register["strict"]["date"] = Accuracy(correct, total)
    return Report(fingerprint="x", kinds={"text": {"dev": scores}})


def test_pin_sits_a_little_below() -> None:
    assert pin(0.8364) == 0.82
    assert pin(1.0) == 0.99
    assert pin(0.0) == 0.0


def test_update_floors_raises_but_never_lowers_silently() -> None:
    first = update_floors(_report(8), None)
    assert first["floors"]["dev/text/date/strict"] == 0.79
    higher = update_floors(_report(9), first)
    assert higher["floors"]["dev/text/date/strict"] == 0.89
    # A figure exactly at its floor re-pins to the floor, not to the figure less the margin.
    kept = update_floors(_report(8), {"version": FLOORS_VERSION, "floors": {"dev/text/date/strict": 0.8}})
    assert kept["floors"]["dev/text/date/strict"] == 0.8
    assert kept["fingerprint"] == "x"


def test_update_floors_refuses_a_regression_unless_allowed() -> None:
    pinned = update_floors(_report(9), None)
    with pytest.raises(BelowFloor, match=r"dev/text/date/strict: 0\.8000 < floor 0\.89"):
        update_floors(_report(8), pinned)
    lowered = update_floors(_report(8), pinned, allow_regression=True)
    assert lowered["floors"]["dev/text/date/strict"] == 0.79
    assert check_floors(_report(8), lowered) == []


def test_floors_of_the_old_layout_are_refused_then_repinned() -> None:
    # Layout 1 named figures kind/field/level; checking them against split/kind/field/level
    # names would check nothing, silently.
    old = {"version": 1, "floors": {"text/date/strict": 0.99}}
    with pytest.raises(InputError, match="layout 1"):
        check_floors(_report(8), old)
    with pytest.raises(InputError, match="layout 1"):
        update_floors(_report(8), old)
    fresh = update_floors(_report(8), old, allow_regression=True)
    assert fresh["version"] == FLOORS_VERSION and fresh["floors"]["dev/text/date/strict"] == 0.79
    assert "text/date/strict" not in fresh["floors"]  # the old names are dropped, not carried along


# --- the real corpus ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(CORPUS, ANNOTATIONS, baseline=False, kinds=("text", "docx", "pdf"))


def test_evaluate_meets_the_pinned_floors(report: Report) -> None:
    floors = read_floors(FLOORS)
    text = report.kinds["text"]
    assert sum(len(s.documents) for s in text.values()) == len(list(ANNOTATIONS.glob("*.json")))
    assert check_floors(report, floors) == []


def test_every_figure_has_a_floor(report: Report) -> None:
    # A field scored but not pinned would be free to fall; re-pin with evaluate --update-floors.
    assert set(report.metrics()) <= set(read_floors(FLOORS)["floors"])
    assert {name.split("/")[0] for name in read_floors(FLOORS)["floors"]} == {"dev", "test"}  # both splits pinned


def test_documents_are_scored_on_the_side_of_the_split_their_gold_names(report: Report) -> None:
    split_of = dict(line.split("\t") for line in (ANNOTATIONS / "SPLIT.tsv").read_text(encoding="utf-8").split("\n")[1:] if line)
    for split, scores in report.kinds["text"].items():
        assert scores.documents and all(split_of[doc_id] == split for doc_id in scores.documents)
    assert {m.split for m in report.misses} == {"dev", "test"}


def test_report_json_carries_scores_misses_and_skips(report: Report) -> None:
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["fingerprint"] == report.fingerprint
    for split in ("dev", "test"):
        scores = data["kinds"]["text"][split]
        assert scores["split"] == split and scores["fields"]["date"]["strict"]["total"] == len(report.kinds["text"][split].documents)
    assert any("--scans" in s["reason"] for s in data["skipped"])  # scans are opt-in


def test_per_document_counts_add_up_to_the_corpus_figures(report: Report) -> None:
    # What the bootstrap resamples: each document's share of every count, summing to the table's.
    for scores in report.kinds["text"].values():
        assert set(scores.per_document) == set(scores.documents)
        for key, total in scores.tally().items():
            assert tuple(map(sum, zip(*(c[key] for c in scores.per_document.values()), strict=True))) == total, key


def test_bootstrap_intervals_hold_the_figure_and_repeat(report: Report) -> None:
    found = intervals(report, resamples=300)
    figures = report.metrics()
    dev = report.kinds["text"]["dev"]
    low, high = found["dev/text/deadlines +action/lenient"]
    assert low < figures["dev/text/deadlines +action/lenient"] < high  # 103 documents: a real spread
    assert all(lo <= figures[key] <= hi for key, (lo, hi) in found.items())
    assert bootstrap_interval(dev, "deadlines +action", "lenient", resamples=300) == (low, high)  # seeded
    # every figure that the table shows as a number has an interval, and nothing else has one
    lenient_cell = {"dev": 2, "test": 4}  # (field, dev strict, dev lenient, test strict, test lenient)
    shown = {f"{s}/{k}/{row[0]}/lenient" for k, by in report.kinds.items() for s in by for row in report_rows(by) if row[lenient_cell[s]] != "–"}
    assert {key for key in found if key.endswith("/lenient")} == shown


def test_doc_files_are_paired_and_scored_as_their_own_kind(tmp_path: Path) -> None:
    # n064.doc is read through LibreOffice (loaders/doc.py) and scored against n064's gold, as .doc
    doc = next((CORPUS / "files").glob("*.doc"))
    assert [c.kind for c in corpus_inputs(CORPUS, [doc.stem]) if c.path == doc] == ["doc"]
    corpus, gold = tmp_path / "corpus", tmp_path / "annotations"
    (corpus / "files").mkdir(parents=True)
    gold.mkdir()
    shutil.copy(doc, corpus / "files")
    shutil.copy(ANNOTATIONS / f"{doc.stem}.json", gold / f"{doc.stem}.json")
    result = evaluate(corpus, gold, baseline=False)
    assert list(result.kinds) == ["doc"] and not result.skipped


# --- the command -------------------------------------------------------------------------------------


@pytest.fixture()
def small_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Three seeds as text with their gold, copied so the tests may break them."""
    corpus, gold = tmp_path / "corpus", tmp_path / "annotations"
    corpus.mkdir()
    gold.mkdir()
    for doc_id in ("000", "001", "003"):
        shutil.copy(CORPUS / f"{doc_id}.txt", corpus)
        shutil.copy(ANNOTATIONS / f"{doc_id}.json", gold)
    return corpus, gold


def test_cli_check_floors_exits_with_the_gate_code(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"version": FLOORS_VERSION, "floors": {"dev/text/date/strict": 1.01}}), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold), "--no-baseline", "--check-floors", "--floors", str(floors)])
    assert result.exit_code == EXIT_GATE
    assert "dev/text/date/strict" in result.output


def test_cli_check_floors_of_the_old_layout_is_one_line(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"version": 1, "floors": {"text/date/strict": 0.5}}), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold), "--no-baseline", "--check-floors", "--floors", str(floors)])
    assert result.exit_code == 1 and "re-pin with --update-floors" in result.output and "Traceback" not in result.output


def test_cli_update_floors_refuses_to_lower(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    floors = tmp_path / "floors.json"
    before = json.dumps({"version": FLOORS_VERSION, "floors": {"dev/text/date/strict": 1.01}})
    floors.write_text(before, encoding="utf-8")
    args = ["evaluate", str(corpus), str(gold), "--no-baseline", "--update-floors", "--floors", str(floors)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_GATE and floors.read_text(encoding="utf-8") == before
    result = CliRunner().invoke(app, [*args, "--allow-regression", "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    assert json.loads(floors.read_text(encoding="utf-8"))["floors"]["dev/text/date/strict"] < 1.0
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["kinds"]["text"]["dev"]["documents"] == 3


def test_cli_intervals_are_printed_and_saved(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    out = tmp_path / "run.json"
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold), "--no-baseline", "--intervals", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "95% intervals" in result.output
    saved = json.loads(out.read_text(encoding="utf-8"))["intervals"]
    low, high = saved["dev/text/obligations/lenient"]
    assert 0.0 <= low <= high <= 1.0


def test_cli_malformed_gold_is_one_line(small_corpus: tuple[Path, Path]) -> None:
    corpus, gold = small_corpus
    (gold / "001.json").write_text("{", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold)])
    assert result.exit_code == 1
    assert "001.json: not valid JSON" in result.output and "Traceback" not in result.output


def _misplace(text: Path) -> None:
    """Change the place of a copied seed's place/date line (000: Hải Phòng → Hải Dương)."""
    text.write_text(text.read_text(encoding="utf-8").replace("Hải Phòng, ngày", "Hải Dương, ngày"), encoding="utf-8")


def _misgold(gold: Path, doc_id: str) -> None:
    """Give a copied gold record a place its text does not print, so the document has a miss."""
    data = json.loads((gold / f"{doc_id}.json").read_text(encoding="utf-8"))
    data["place"] = "Hà Giang"
    (gold / f"{doc_id}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _hold_out(gold: Path, doc_id: str) -> None:
    """Put a copied gold record on the test side of the split."""
    data = json.loads((gold / f"{doc_id}.json").read_text(encoding="utf-8"))
    data["split"] = "test"
    (gold / f"{doc_id}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "dev_shown", "test_shown"),
    [
        (["--misses"], True, False),  # the held-out documents' misses stay hidden
        (["--misses", "dev"], True, False),
        (["--misses", "test"], False, True),
        (["--misses", "all"], True, True),
        (["--misses", "--show-test"], True, True),
        (["--show-test"], True, True),
        ([], False, False),
    ],
)
def test_cli_lists_test_misses_only_when_asked(small_corpus: tuple[Path, Path], args: list[str], dev_shown: bool, test_shown: bool) -> None:
    corpus, gold = small_corpus
    _hold_out(gold, "003")
    _misgold(gold, "003")  # 003 has a miss whatever the parser reads (its gold place is changed)
    _misplace(corpus / "000.txt")  # and now 000 too
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold), "--no-baseline", *args])
    assert result.exit_code == 0, result.output
    assert "2 dev | 1 test documents" in result.output  # one table, the two sides in columns
    assert "(2 of 2 dev, 1 of 1 test)" in result.output  # every gold record has its obligations
    assert ("(text, dev)" in result.output) is dev_shown
    assert ("003 (text, test)" in result.output) is test_shown
    if args and not test_shown:
        assert "test documents not shown (--misses test or --show-test)" in result.output


@pytest.mark.parametrize("args", [["--misses", "tests"], ["test"]])
def test_cli_misses_side_is_checked(small_corpus: tuple[Path, Path], args: list[str]) -> None:
    corpus, gold = small_corpus
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold), "--no-baseline", *args])
    assert result.exit_code == 2 and "dev, test or all" in result.output and "Traceback" not in result.output


def test_compare_names_the_one_field_that_changed(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    _hold_out(gold, "003")
    args = ["evaluate", str(corpus), str(gold), "--no-baseline"]
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    assert CliRunner().invoke(app, [*args, "--json", str(before)]).exit_code == 0
    _misplace(corpus / "000.txt")
    result = CliRunner().invoke(app, [*args, "--json", str(after), "--compare", str(before)])
    assert result.exit_code == 0, result.output
    assert "losses (1):\n  text 000 place: 'Hải Phòng' → 'Hải Dương' (gold 'Hải Phòng')" in result.output
    assert "0 gains, 1 losses, 0 other changes over 3 documents compared (dev 0+/1-, test 0+/0-)" in result.output
    assert "corpus or the gold files changed" in result.output  # the fingerprints differ
    # the figure that moved, with its paired bootstrap: no resample of the two dev documents is better
    assert "  dev text place: 1.000 → 0.500 (better in 0%)" in result.output
    # the other way round, from the saved runs alone: one gain
    back = compare_runs(read_run(after), read_run(before))
    assert [(c.doc_id, c.field, c.errors) for c in back.gains] == [("000", "place", ((1, 1), (0, 0)))]
    assert not back.losses and not back.changed and back.documents == 3
    # better wherever 000 is drawn (3 resamples in 4), a tie where 001 is drawn twice
    assert [(t.split, t.field, t.before, t.after) for t in back.shifts] == [("dev", "place", 0.5, 1.0)]
    assert 0.7 < back.shifts[0].better < 0.8


def test_compare_counts_test_changes_and_details_them_only_when_asked(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    _hold_out(gold, "003")
    args = ["evaluate", str(corpus), str(gold), "--no-baseline"]
    before = tmp_path / "before.json"
    assert CliRunner().invoke(app, [*args, "--json", str(before)]).exit_code == 0
    text = corpus / "003.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("Thạch Bàn, ngày", "Thạch Bản, ngày"), encoding="utf-8")
    hidden = CliRunner().invoke(app, [*args, "--compare", str(before)])
    assert "losses (1):\n  … and 1 on test documents (details with --show-test)" in hidden.output
    assert "(dev 0+/0-, test 0+/1-)" in hidden.output and "Thạch Bản" not in hidden.output
    shown = CliRunner().invoke(app, [*args, "--compare", str(before), "--show-test"])
    assert "text 003 place: 'Thạch Bàn' → 'Thạch Bản' (gold 'Thạch Bàn')" in shown.output


def test_compare_reads_a_report_of_the_first_layout(small_corpus: tuple[Path, Path]) -> None:
    # A run saved before the split (kinds -> scores, misses without a split) is still a baseline.
    corpus, gold = small_corpus
    now = evaluate(corpus, gold, baseline=False).to_dict()
    old = json.loads(json.dumps(now))
    old["kinds"] = {kind: by_split["dev"] for kind, by_split in old["kinds"].items()}
    for items in old["misses"].values():
        for m in items:
            del m["split"]
    old["misses"]["001"] = [m for m in old["misses"].get("001", []) if m["field"] != "date"]
    old["misses"]["001"].append({"id": "001", "kind": "text", "field": "number.symbol", "gold": "x", "predicted": "y", "lenient_ok": False})
    comparison = compare_runs(old, now)
    assert [describe_change(c) for c in comparison.gains] == ["text 001 number.symbol: 'y' → 'x' (gold 'x')"]
    assert not comparison.losses and comparison.documents == 3


def test_cli_compare_with_a_bad_baseline_is_one_line(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, gold = small_corpus
    bad = tmp_path / "floors.json"
    bad.write_text(json.dumps({"floors": {}}), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(corpus), str(gold), "--compare", str(bad)])
    assert result.exit_code == 1 and "not a report of evaluate --json" in result.output and "Traceback" not in result.output
    with pytest.raises(InputError, match="no such report"):
        read_run(tmp_path / "missing.json")
