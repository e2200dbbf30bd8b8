"""Property tests over generated directives: realistic headers and bodies from the project's vocabulary.

``test_fuzz.py`` feeds the parser random and mutated text; here hypothesis *writes directives*: a
header block drawn from ``data/vocabulary.toml`` (issuer forms with their level word, the motto of
the issuer's system, the type and its symbol abbreviation, the authority and position of the
signer), the corpus's real place names, and a body of numbered duties built from
``data/duties.toml`` and ``data/structure.toml`` with dates after the date of issue. The header is
laid out as real copies lay it (two columns one after the other, flattened onto shared lines with
" | " or a tab, the trích yếu wrapped) and optionally damaged as OCR damages it.

Because the generator knows what it wrote, the undamaged header gives a real oracle: the parsed
number, date, place, system and type must be the generated ones. On every document, damaged or
not: parsing never raises, the record validates against the printed JSON Schema, every Evidence
quotes the normalised text at its offsets, no obligation falls due before the date of issue, and
no stage fails.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import unicodedata
from dataclasses import dataclass, field

import jsonschema
from conftest import ANNOTATIONS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directive_parser import parse_text
from directive_parser.patterns import OCR_DIGITS
from directive_parser.pipeline import STAGE_FAILED, parse_source_with_text
from directive_parser.record import Directive
from directive_parser.render.json import to_dict
from directive_parser.schema import record_schema
from directive_parser.source import SourceDocument, Text
from directive_parser.vocabulary import duties, vocabulary

# Examples per property: each is a full parse of a one-page directive (~0.1 s), so the module
# stays well under a minute; ``derandomize`` makes CI see the same examples on every run.
EXAMPLES = 100
PROPERTIES = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Types a district, provincial or mass-organisation office issues and the parser reads from a
# type line or a symbol. Laws, decrees and circulars (symbols with a year, central issuers) and
# the types without a symbol abbreviation (Thư, Định hướng, Lời kêu gọi) are left out.
CENTRAL_OR_UNNUMBERED = {"Luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch"}
# Dates of issue the generator draws: the corpus's span and a little beyond.
FIRST_YEAR, LAST_YEAR = 2015, 2027
# Levels of local government printed before a place in an issuer's name ("ỦY BAN NHÂN DÂN TỈNH");
# vocabulary.toml's abbreviations ("tp.") and Party committees ("tỉnh ủy") have forms of their own.
STATE_LEVELS = [w for w in vocabulary().casing.levels if "." not in w and not w.endswith(("ủy", "uỷ"))]
PARTY_COMMITTEES = [w for w in vocabulary().casing.levels if w.endswith(("ủy", "uỷ"))]
# Symbol issuer codes as real copies print them (state "…/KH-UBND", Party "…-CV/BDVTU", Đoàn "…/TĐTN-VP").
STATE_CODES = ["UBND", "UBND-VX", "SNV", "SGDĐT-VP", "HND", "VP"]
PARTY_CODES = ["TU", "HU", "BDVTU", "BTGTU", "ĐU", "VPHU"]
DOAN_CODES = ["TĐTN", "TĐTN-VP", "HĐTN", "TWĐTN-BTC"]
# Bodies a Party committee's department or a state office names before its parent.
DEPARTMENTS = ["BAN TUYÊN GIÁO", "BAN DÂN VẬN", "BAN TỔ CHỨC", "VĂN PHÒNG", "ỦY BAN KIỂM TRA"]
STATE_OFFICES = ["SỞ NỘI VỤ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ Y TẾ", "VĂN PHÒNG"]
# What a duty is about: the object after its verb, and the subjects of directives.
OBJECTS = [
    "kết quả thực hiện phong trào thi đua “Dân vận khéo”",
    "báo cáo sơ kết 6 tháng đầu năm",
    "danh sách cán bộ tham gia lớp bồi dưỡng",
    "kế hoạch tuyên truyền kỷ niệm ngày thành lập",
    "hồ sơ đề nghị khen thưởng",
    "công tác phòng, chống thiên tai",
]
SUBJECTS = [
    "tổ chức các hoạt động kỷ niệm ngày thành lập Đảng",
    "triển khai thực hiện công tác dân vận năm",
    "rà soát, đánh giá thực hiện phong trào thi đua “Dân vận khéo”",
    "tăng cường công tác phòng, chống dịch bệnh",
    "kiện toàn Ban Chỉ đạo và tổ giúp việc",
]
SIGNERS = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Minh", "Phạm Thu Hà"]
# Where the trích yếu is wrapped onto a new line, as a narrow column wraps it.
WRAP_CHARS = 48
# Time phrases of a duty, each a format of the due date (the ``%`` fields of ``_due``).
DUE_FORMS = ["trước ngày {d}/{m}/{y}", "chậm nhất ngày {d}/{m}/{y}", "trước ngày {d} tháng {m} năm {y}", "xong trước ngày {d}/{m}"]
# A due date falls this many days after the date of issue at most (a quarter's work).
MAX_DUE_DAYS = 90


@functools.lru_cache(maxsize=1)
def _places() -> list[str]:
    """The places of issue the gold annotations record (the corpus's real place names)."""
    found = {json.loads(p.read_text(encoding="utf-8")).get("place") for p in sorted(ANNOTATIONS.glob("*.json"))}
    return sorted(p for p in found if p)


@functools.lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = record_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _mottos(system: str) -> list[list[str]]:
    """The motto lines a system prints, each with its printed variants (state: two lines)."""
    return [m.examples for m in vocabulary().systems if m.system == system]


def _upper(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())


# ============================================================================================
# The generator
# ============================================================================================


@dataclass
class Generated:
    """A generated directive and what its header says, for the oracle."""

    text: str
    system: str
    document_type: str
    symbol: str
    date: dt.date
    place: str
    dues: list[dt.date] = field(default_factory=list)
    damaged: bool = False
    # the damage normalisation undoes (its look-alikes) or the date reader repairs (OCR digits)
    repairable: bool = True


@dataclass
class Header:
    left: list[str]
    right: list[str]
    number_row: int  # the left line that holds "Số", so the place and date stand beside it
    title: list[str]  # type line and trích yếu, centred under both columns


@st.composite
def _issuer(draw: st.DrawFn, system: str, place: str) -> list[str]:
    """The issuer block: a parent line (often) and the issuing body, with a level word."""
    if system == "party":
        committee = _upper(draw(st.sampled_from(PARTY_COMMITTEES)))
        parent = f"{committee} {_upper(place)}"
        if draw(st.booleans()):
            return [parent, draw(st.sampled_from(DEPARTMENTS))]
        level = _upper(draw(st.sampled_from(STATE_LEVELS)))
        return [f"ĐẢNG BỘ {level} {_upper(place)}", f"ĐẢNG ỦY {level} {_upper(place)}"]
    if system == "state":
        level = _upper(draw(st.sampled_from(STATE_LEVELS)))
        head = draw(st.sampled_from(["ỦY BAN NHÂN DÂN", "UBND", "HỘI NÔNG DÂN", "HỘI LIÊN HIỆP PHỤ NỮ"]))
        body = f"{head} {level} {_upper(place)}"
        if head in ("UBND", "ỦY BAN NHÂN DÂN") and draw(st.booleans()):
            return [body, draw(st.sampled_from(STATE_OFFICES))]
        return [body]
    level = _upper(draw(st.sampled_from(STATE_LEVELS)))
    return [draw(st.sampled_from(["BCH ĐOÀN", "BAN CHẤP HÀNH ĐOÀN"])) + f" {level} {_upper(place)}"]


@st.composite
def _type_and_symbol(draw: st.DrawFn, system: str, number: int) -> tuple[str, str]:
    """A document type and the symbol it is numbered with, in its system's form."""
    kinds = [t for t in vocabulary().document_types if t.name not in CENTRAL_OR_UNNUMBERED]
    kind = draw(st.sampled_from([t for t in kinds if t.abbr or (system != "state" and t.party_abbr)]))
    if system == "state":
        code = draw(st.sampled_from(STATE_CODES))
        if kind.name == "Công văn":  # a state công văn has no type abbreviation (NĐ 30)
            return kind.name, f"{number}/{code}"
        return kind.name, f"{number}/{draw(st.sampled_from(kind.abbr))}-{code}"
    abbr = draw(st.sampled_from(kind.party_abbr or kind.abbr))
    code = draw(st.sampled_from(PARTY_CODES if system == "party" else DOAN_CODES))
    return kind.name, f"{number}-{abbr}/{code}"


def _wrap(text: str, width: int = WRAP_CHARS) -> list[str]:
    """Wrap at spaces the way a narrow column does."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


@st.composite
def _header(draw: st.DrawFn, g: Generated) -> Header:
    """The header's two columns and its title, as NĐ 30 / HD 36 lay them out."""
    issuer = draw(_issuer(g.system, g.place))
    number_line = draw(st.sampled_from(["Số: {s}", "Số {s}", "Số:  {s}"])).format(s=g.symbol)
    left = [*issuer, "*" if g.system == "party" else "-----", number_line]
    subject = draw(st.sampled_from(SUBJECTS))
    title: list[str] = []
    if g.document_type == "Công văn":
        wrapped = _wrap(f"V/v {subject}") if draw(st.booleans()) else [f"V/v {subject}"]
        left += wrapped
    else:
        title = [_upper(g.document_type), *(_wrap(subject) if draw(st.booleans()) else [subject])]
    mottos = [draw(st.sampled_from(variants)) for variants in _mottos(g.system)]
    d, m = g.date.day, g.date.month
    day = f"{d:02d}" if draw(st.booleans()) else str(d)
    month = f"{m:02d}" if m < 3 and draw(st.booleans()) else str(m)
    date_line = f"{g.place}, ngày {day} tháng {month} năm {g.date.year}"
    number_row = len(issuer) + 1
    right = [*mottos, *([""] * (number_row - len(mottos))), date_line]
    return Header(left, right, number_row, title)


def _lay_out(h: Header, layout: str) -> list[str]:
    """The header's lines in one of the layouts real copies have."""
    if layout == "columns":  # the left column, then the right one (PDF and DOCX text boxes)
        return [*h.left, "", *[r for r in h.right if r], "", *h.title]
    if layout == "right-first":  # the motto and date before the number (corpus 003)
        return [*h.left[: h.number_row - 1], "", *[r for r in h.right if r], "", *h.left[h.number_row - 1 :], "", *h.title]
    sep = " | " if layout == "pipe" else "\t"
    rows = [sep.join(c for c in (a, b) if c) for a, b in itertools.zip_longest(h.left, h.right, fillvalue="")]
    return [*rows, "", *h.title]


@st.composite
def _body(draw: st.DrawFn, g: Generated) -> list[str]:
    """Kính gửi, a lead-in and numbered duties, each with a verb, an object and a due date."""
    words = duties()
    groups = [w for w in vocabulary_groups() if len(w) > 2]
    lines = ["Kính gửi: " + ", ".join(f"Các {w}" for w in draw(st.lists(st.sampled_from(groups), min_size=1, max_size=3, unique=True))), ""]
    lines.append(f"Thực hiện chương trình công tác năm {g.date.year}, đề nghị các đơn vị thực hiện một số nội dung sau:")
    for i in range(1, draw(st.integers(1, 5)) + 1):
        who = _who(draw, draw(st.sampled_from(words.body_openers.words)), g.place)
        verb = draw(st.sampled_from(words.duty_verbs.words))
        obj = draw(st.sampled_from(OBJECTS))
        due = g.date + dt.timedelta(days=draw(st.integers(1, MAX_DUE_DAYS)))
        form = draw(st.sampled_from(DUE_FORMS))
        if "{y}" not in form and due.year != g.date.year:
            form = DUE_FORMS[0]  # a year-less date is only written within the year of issue
        g.dues.append(due)
        phrase = form.format(d=f"{due.day:02d}", m=f"{due.month:02d}", y=due.year)
        lines.append(f"{i}. {who} {verb} {obj} {phrase}.")
    signer = vocabulary().signature
    lines += [
        "",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        f"{draw(st.sampled_from(['KT.', 'TM.', 'K/T', 'T/M']))} {draw(st.sampled_from(signer.positions))}",
        draw(st.sampled_from(SIGNERS)),
    ]
    return lines


def _who(draw: st.DrawFn, opener: str, place: str) -> str:
    """Who must act: "Các" and a group of bodies ("Các sở, ngành"), or a body of a place."""
    if opener == "Các":
        return "Các " + ", ".join(draw(st.lists(st.sampled_from(vocabulary_groups()), min_size=1, max_size=2, unique=True)))
    return f"{opener} {draw(st.sampled_from(STATE_LEVELS))} {place}"


@functools.lru_cache(maxsize=1)
def vocabulary_groups() -> list[str]:
    """The words of bodies that follow "các" (structure.toml ``[groups]``)."""
    import tomllib
    from importlib import resources

    raw = resources.files("directive_parser.data").joinpath("structure.toml").read_text("utf-8")
    return list(tomllib.loads(raw)["groups"]["words"])


# --- OCR damage -------------------------------------------------------------------------------

# Digits back to the letters OCR mistakes them for (the inverse of patterns.OCR_DIGITS).
DIGIT_LOOKALIKES: dict[str, list[str]] = {}
for _letter, _digit in OCR_DIGITS.items():
    DIGIT_LOOKALIKES.setdefault(str(_digit), []).append(chr(_letter))
# Letters and spaces OCR and old fonts print for Vietnamese ones, which normalisation undoes
# (normalize._LOOKALIKE): Icelandic eth for "Đ", no-break spaces.
UNDONE_LOOKALIKES = {"Đ": "\u00d0", "đ": "\u00f0", " ": "\u00a0"}


@st.composite
def _damage(draw: st.DrawFn, lines: list[str], g: Generated) -> list[str]:
    """Damage the header as OCR does; mark on ``g`` whether the oracle still holds."""
    kind = draw(st.sampled_from(["lookalike", "date-digit", "diacritic", "truncate"]))
    g.damaged = True
    lines = list(lines)
    if kind == "lookalike":
        i = draw(st.integers(0, len(lines) - 1))
        lines[i] = "".join(UNDONE_LOOKALIKES.get(c, c) if draw(st.booleans()) else c for c in lines[i][:80]) + lines[i][80:]
    elif kind == "date-digit":
        i = next(i for i, ln in enumerate(lines) if ", ngày " in ln)
        lines[i] = _ocr_date(draw, lines[i])
    elif kind == "diacritic":
        i = draw(st.integers(0, len(lines) - 1))
        marked = [j for j, c in enumerate(lines[i]) if unicodedata.normalize("NFD", c) != c]
        if marked:
            j = draw(st.sampled_from(marked))
            lines[i] = lines[i][:j] + unicodedata.normalize("NFD", lines[i][j])[0] + lines[i][j + 1 :]
        g.repairable = False
    else:
        i = draw(st.integers(0, len(lines) - 1))
        lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        del lines[i + 1 :]
        g.repairable = False
    return lines


def _ocr_date(draw: st.DrawFn, line: str) -> str:
    """A look-alike letter for one digit of a two-digit day or month beside a digit ("ngày O7")."""
    head, _, tail = line.partition(", ngày ")
    parts = tail.split(" ")  # d, "tháng", m, "năm", y
    for k in (0, 2):
        digits = parts[k]
        spots = [j for j, c in enumerate(digits) if c in DIGIT_LOOKALIKES]
        if len(digits) == 2 and spots and draw(st.booleans()):
            j = draw(st.sampled_from(spots))
            parts[k] = digits[:j] + draw(st.sampled_from(DIGIT_LOOKALIKES[digits[j]])) + digits[j + 1 :]
    return f"{head}, ngày {' '.join(parts)}"


@st.composite
def directives(draw: st.DrawFn, damage: bool = False) -> Generated:
    """A whole directive: header in some layout, body of duties, closing; damaged on request."""
    system = draw(st.sampled_from(["party", "state", "other"]))
    date = draw(st.dates(dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)))
    kind, symbol = draw(_type_and_symbol(system, draw(st.integers(1, 9999))))
    g = Generated(text="", system=system, document_type=kind, symbol=symbol, date=date, place=draw(st.sampled_from(_places())))
    head = _lay_out(draw(_header(g)), draw(st.sampled_from(["columns", "right-first", "pipe", "tab"])))
    if damage:
        head = draw(_damage(head, g))
    body = draw(_body(g))
    if damage and not g.repairable and draw(st.booleans()):
        body = body[: draw(st.integers(1, len(body)))]  # a copy that stops short
        body[-1] = body[-1][: draw(st.integers(0, len(body[-1])))]
    g.text = "\n".join([*head, "", *body])
    return g


# ============================================================================================
# The properties
# ============================================================================================


def _parse(g: Generated) -> tuple[Directive, Text]:
    return parse_source_with_text(SourceDocument(text=g.text, format="text"))


def _check_invariants(record: Directive, t: Text) -> None:
    """What holds for any document: schema, evidence offsets, dates, no failed stage."""
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in _validator().iter_errors(to_dict(record))]
    assert errors == [], errors
    for key, ev in record.evidence.items():
        assert 0 <= ev.start <= ev.end <= len(t.text), key
        assert ev.text == t.text[ev.start : ev.end], key
    for item in [*record.obligations, *record.deadlines]:
        if item.evidence is not None:
            assert item.evidence.text == t.text[item.evidence.start : item.evidence.end]
        if record.date is not None and item.date is not None:
            assert item.date >= record.date, (item.date, record.date, item.text if hasattr(item, "text") else item.due)
    assert not [w for w in record.warnings if w.startswith(STAGE_FAILED)]


@PROPERTIES
@given(directives())
def test_generated_header_reads_back(g: Generated) -> None:
    record, t = _parse(g)
    _check_invariants(record, t)
    assert record.number.symbol == g.symbol, g.text
    assert record.number.number == g.symbol.split("/")[0].split("-")[0]
    assert record.date == g.date, g.text
    assert record.place == g.place, g.text
    assert record.issuer.system == g.system, g.text
    assert record.document_type == g.document_type, g.text
    named = f"{record.issuer.name} {record.issuer.parent}".casefold()
    assert g.place.casefold() in named, (record.issuer, g.text)


@PROPERTIES
@given(directives())
def test_generated_duties_fall_due_as_written(g: Generated) -> None:
    record, _ = _parse(g)
    read = {d.date for d in [*record.obligations, *record.deadlines] if d.date is not None}
    # every due date the parser reads is one the body wrote, and every written one is read
    assert read == set(g.dues), g.text


@PROPERTIES
@given(directives(damage=True))
def test_damaged_header_never_breaks_the_record(g: Generated) -> None:
    record, t = _parse(g)
    _check_invariants(record, t)
    if g.repairable:  # look-alikes normalisation undoes and OCR digits the date reader repairs
        assert record.date == g.date, g.text
        assert record.issuer.system == g.system, g.text


# --- regressions the properties found ---------------------------------------------------------


def test_party_symbol_with_a_lower_case_letter_inside_its_type() -> None:
    # "QyĐ" (Quy định, vocabulary.toml) was not read as a Party symbol's type: no number at all
    text = "ĐẢNG ỦY PHƯỜNG THẠCH BÀN\n*\nSố: 12-QyĐ/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nThạch Bàn, ngày 1 tháng 3 năm 2015\n\nQUY ĐỊNH\nvề công tác dân vận\n"
    record = parse_text(text)
    assert (record.number.symbol, record.number.number, record.document_type) == ("12-QyĐ/ĐU", "12", "Quy định")


def test_lower_case_look_alikes_in_the_date_of_issue() -> None:
    # "i" and "o" are in OCR_DIGITS (what ocr_digits repairs) but the date pattern took only
    # "I", "l", "O", "Ô": "tháng i2" left the document undated
    text = "UBND TỈNH LÂM ĐỒNG\nSố: 12/UBND-VX\nLâm Đồng, ngày 1o tháng i2 năm 2015\nV/v tổ chức hội nghị\n"
    assert parse_text(text).date == dt.date(2015, 12, 10)
