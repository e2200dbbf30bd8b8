"""Forms: the templates the recipients must fill in, named in the text or attached to it.

A form is named in the body ("tổng hợp danh sách đăng ký theo mẫu M3", "theo Mẫu số 01",
"báo cáo kết quả khảo sát theo Phụ lục I") or attached after the signature, either under a
heading ("MẪU ĐĂNG KÝ CỦA TẬP THỂ", "DANH SÁCH ĐĂNG KÝ ...") or under a code line of its own
("M1" above "BIỂU TỔNG HỢP ..."). Codes are kept as printed without "Mẫu (số)" ("Mẫu số 01" →
"01"); the title is the attachment's heading in capitals. Codes named in the body and attached
forms without a printed code are paired in order when their numbers agree. With neither, "theo
mẫu gửi kèm" still names one form, without a code, and so does "bổ sung số liệu theo các phụ lục
được gửi kèm" (``appendix_to_fill``). An appendix heading ("PHỤ LỤC", "PHỤ LỤC II", "BIỂU SỐ 2":
``APPENDIX_HEAD_RE``; "Phụ lục I" on a line of its own: ``APPENDIX_LINE_RE``) gives the code printed
after it; the title is the heading in capitals under it, with the line of its subject directly
below (``SUBJECT_MAX_LINES``). After the signature, a blank date line
("……, ngày … tháng … năm 2022") opens a template the recipients date and fill in
(``BLANK_DATE_LINE_RE``). Not forms: a Phụ lục or Mẫu pointed at with
"tại" (``points_at_a_form``), an attachment whose tables are filled in (``FILLED_ROWS_MIN``), an
attached outline (``outline.opens_an_outline``). The lines and tables are the structure layer's.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex
from pydantic import BaseModel

from ..patterns import ROMAN
from ..record import Directive, Evidence, Form
from ..source import Text
from ..structure import NESTED, NUMBER, Line, Structure
from ..vocabulary import DataFile, alternation, compile_with
from .outline import opens_an_outline

# A form code: "M1", "01", "2", "B3", "I"/"II" (Phụ lục I).
CODE = r"(?:[A-Z]{1,2}\d{1,2}[a-z]?|\d{1,2}[a-z]?|[IVX]{1,4})(?![\p{L}\d/])"

# A form named in the text: "theo mẫu M1, M2", "Mẫu số 01", "biểu mẫu số 2", "theo Phụ lục I".
#   "theo mẫu M1, M2," → codes="M1, M2";  "theo Phụ lục số 01" → codes="01"
NAMED_RE = regex.compile(
    rf"""
    (?:
        (?<!\p{{L}})(?:[Bb]iểu\s+)?[Mm]ẫu\s+(?:[Ss]ố\s+)?                 # mẫu, Mẫu số, biểu mẫu
      | (?<!\p{{L}})(?:theo|tại|vào)\s+[Pp]hụ\s+lục\s+(?:[Ss]ố\s+)?      # Phụ lục to fill in (not "tại": points_at_a_form)
    )
    (?P<codes>{CODE}(?:\s*(?:,|và|&)\s*(?:[Mm]ẫu\s+(?:[Ss]ố\s+)?)?{CODE})*)
    """,
    regex.X | regex.V1,
)
# Veto: "tại" before the name points to where something is set out ("được phân công tại Phụ lục
# II ban hành kèm theo Kế hoạch này", "chức danh Chủ tịch Hội (tại Mẫu số 15 Phụ lục III kèm theo
# Nghị định số 126/2024/NĐ-CP)", "tại Phụ lục IV của Luật Đầu tư"), not to a template the
# recipients fill in, which they write "theo" ("báo cáo … theo Mẫu số 14 Phụ lục III").
# The words: data/forms.toml [pointers].
_POINTER = r"(?<!\p{L})(?:{words})\s*$|^(?:{words})\s"
# A code line of its own above an attached form ("M1", "Mẫu số 02", "Mẫu B3").
CODE_LINE_RE = regex.compile(r"^\s*(?:[Mm]ẫu\s+(?:[Ss]ố\s+)?|MẪU\s+(?:SỐ\s+)?)?(?P<code>[A-Z]{1,2}\d{1,2}[a-z]?)\s*$", regex.V1)
# A code inside an attachment heading: "MẪU SỐ 01", "Mẫu số 2".
HEADING_CODE_RE = regex.compile(rf"(?:MẪU|Mẫu)\s+(?:SỐ|[Ss]ố)?\s*(?P<code>{CODE})", regex.V1)
# The heading word of an appendix (NĐ 30/2020's layout: "PHỤ LỤC" with its number or roman
# numeral, the title in capitals below it, then "(Kèm theo Công văn số … ngày …)"). The word is
# no title: n039's "PHỤ LỤC" stands above "ĐÁNH GIÁ ĐỐI VỚI ĐỊA BÀN CẤP TỈNH". The number is
# the code (README, forms: "Phụ lục 2" → "2"). "BIỂU" is a heading word only with "số" or a
# number after it: "BIỂU TỔNG HỢP …" (004) is a title.
#   "PHỤ LỤC II ĐÁNH GIÁ …" → code="II", rest="ĐÁNH GIÁ …";  "PHỤ LỤC" → code=None, rest=""
APPENDIX_HEAD_RE = regex.compile(
    rf"""
    ^(?:PHỤ\s+LỤC(?:\s+(?:SỐ\s+)?(?P<code>{CODE}))?               # PHỤ LỤC, PHỤ LỤC II, PHỤ LỤC SỐ 2
      | BIỂU\s+(?:SỐ\s+(?P<code>{CODE})|(?P<code>{CODE})))        # BIỂU SỐ 01, BIỂU 2
    (?:\s*[:.\-–]\s*|\s+|$)
    (?P<rest>.*)$
    """,
    regex.X | regex.V1,
)
# NĐ 30/2020 (Phụ lục I, on appendices): "Phụ lục" and its number on a line of their own, in lower
# case, the appendix's name in capitals below it (n002's "Phụ lục I" / "THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM
# TRA"). The number is the code, the name the title; the appendix is a form unless it is an outline
# or a table filled in (n002's Phụ lục II is its đề cương, its Phụ lục I a filled schedule).
APPENDIX_LINE_RE = regex.compile(rf"^\s*(?:Phụ\s+lục|PHỤ\s+LỤC)\s+(?:[Ss]ố\s+|SỐ\s+)?(?P<code>{CODE})\s*$", regex.V1)
# A blank date line after the signature: the place, day and month left for the filler to write
# (NĐ 30/2020's forms repeat the header's "Địa danh, ngày … tháng … năm …" blank). It opens an
# attached template even with no "PHỤ LỤC"/"MẪU" heading (c120's "DỰ KIẾN HOẠT ĐỘNG …" under
# "……, ngày    tháng     năm 2022"). Counter-example: the document's own date, filled in or
# blank, stands in the header, before the signature, where this is not searched.
BLANK_DATE_LINE_RE = regex.compile(
    r"^[\s.…_]*,?\s*ngày[\s.…_/]*tháng[\s.…_/]*năm(?:\s*(?:\d{4}|[.…_]+))?[\s.…_]*$", regex.V1
)
# The subject under a form's title in capitals, as NĐ 30/2020's trích yếu: the mixed-case lines
# directly below it, no blank line between (c120's "DỰ KIẾN HOẠT ĐỘNG" above "Ngày cao điểm Chiến
# sỹ tình nguyện vì văn minh đô thị năm 2022"), at most this many. Not a subject: a line in
# parentheses ("(Kèm theo công văn số …)", n039), a table's cells, the filler's own cell.
SUBJECT_MAX_LINES = 2
# "theo (các) phụ lục (được) gửi kèm" after a verb of the data asked for in its clause: one
# form, code and title null (README F1, n026; ``appendix_to_fill``). The words: data/forms.toml [appendix_to_fill],
# [unnamed] (what it is sent with).
_APPENDIX_POINTER = r"(?<!\p{L})theo\s+(?:các\s+)?phụ\s+lục\s+(?:được\s+)?(?:{attached})(?!\p{L})"
# How far back, within the clause, the verb of the data asked for is looked for.
APPENDIX_VERB_CHARS = 80
# "(theo mẫu gửi kèm)", "theo biểu mẫu đính kèm": one form, code not given.
# The cue is searched first and what it names read backwards from it: a pattern that opens
# with the lazy name run would try every position of the text (seconds on a long plan).
# The words: data/forms.toml [unnamed].
_UNNAMED = r"\(?\s*theo\s+(?:biểu\s+)?mẫu\s+(?:{attached})"
# What the unnamed form is: the run of words just before the cue ("phụ lục số liệu").
_WHAT_BEFORE = regex.compile(r"[\p{L} ]{2,40}$", regex.V1)
# The title of an attached form is its heading in capitals, found within this many lines after
# its code line (a "....., ngày ... tháng ... năm" line and a "TÊN ĐƠN VỊ" cell come first).
TITLE_SEARCH_LINES = 6
# An attachment is a template to fill when its tables are left blank for the recipients ("STT |
# Tên mô hình | … " and empty rows, 002's "DANH SÁCH ĐĂNG KÝ"); one whose tables hold this many
# rows with every cell filled is the document's own content, an appendix of tasks assigned
# (n001's "PHỤ LỤC PHÂN CÔNG THỰC HIỆN NHIỆM VỤ …") or of members named (n018's "DANH SÁCH Hội
# đồng …"), unless its heading gives it a form's code ("MẪU SỐ 01"). A template may show an
# example row or two.
FILLED_ROWS_MIN = 3
# The ordinal that opens an entry of such a table (its "STT" cell): "1", "12", "1.2", "I".
ORDINAL_RE = regex.compile(rf"^(?:{NESTED}|{NUMBER}|{ROMAN})\.?$", regex.V1)

# The words of forms: which headings are the filler's own cells, what a form named without a code
# is "sent with", which words point at a form rather than ask to fill it (data/forms.toml).


class _Unnamed(BaseModel):
    attached: list[str]
    examples: list[str]
    counter_examples: list[str]


class _FillerCells(BaseModel):
    cells: list[str]
    examples: list[str]
    counter_examples: list[str]


class _Pointers(BaseModel):
    words: list[str]
    examples: list[str]
    counter_examples: list[str]


class _AppendixToFill(BaseModel):
    verbs: list[str]
    examples: list[str]
    counter_examples: list[str]


class FormWords(DataFile):
    """The words of forms (``data/forms.toml``)."""

    FILE = "forms.toml"

    unnamed: _Unnamed
    appendix_to_fill: _AppendixToFill
    filler_cells: _FillerCells
    pointers: _Pointers


form_words = FormWords.load  # the bundled words of forms


@functools.lru_cache(maxsize=1)
def _pointer_re() -> regex.Pattern[str]:
    return compile_with(_POINTER, regex.V1 | regex.I, words=alternation(form_words().pointers.words))


@functools.lru_cache(maxsize=1)
def _unnamed_re() -> regex.Pattern[str]:
    return compile_with(_UNNAMED, regex.I | regex.V1, attached=alternation(form_words().unnamed.attached))


@functools.lru_cache(maxsize=1)
def _appendix_pointer_re() -> regex.Pattern[str]:
    return compile_with(_APPENDIX_POINTER, regex.I | regex.V1, attached=alternation(form_words().unnamed.attached))


@functools.lru_cache(maxsize=1)
def _fill_verb_re() -> regex.Pattern[str]:
    words = alternation(form_words().appendix_to_fill.verbs)
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.I | regex.V1)


def appendix_to_fill(t: Text, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first "… số liệu theo các phụ lục được gửi kèm" in ``[start, end)``: an
    appendix sent for the recipients to fill in, its verb in the same clause (``_APPENDIX_POINTER``)."""
    for m in _appendix_pointer_re().finditer(t.text, start, end):
        lo = max(start, m.start() - APPENDIX_VERB_CHARS)
        clause = regex.split(r"[.;:()]", t.text[lo : m.start()])[-1]
        verb = _fill_verb_re().search(clause)
        if verb:
            return m.start() - len(clause) + verb.start(), m.end()
    return None


def is_filler_cell(heading: str) -> bool:
    """Whether a heading in capitals is the filler's own cell ("TÊN ĐƠN VỊ"), not a form's title."""
    return heading.startswith(tuple(form_words().filler_cells.cells))


def points_at_a_form(before: str, opener: str) -> bool:
    """Whether a form's name is pointed at ("tại Phụ lục II …"): ``before`` is the text just before
    the name, ``opener`` the name up to its code ("Phụ lục ", "tại Phụ lục ")."""
    return bool(_pointer_re().search(before) or _pointer_re().search(opener))


@dataclass
class _Attached:
    code: str | None
    title: str | None
    start: int
    end: int


def _caps_block(st: Structure, start: int, end: int) -> tuple[str, int, int] | None:
    """The heading in capitals that opens ``[start, end)``, lines joined, and its span."""
    parts: list[str] = []
    s0 = e0 = -1
    for line in st.lines_in(start, end):
        s = line.text.strip()
        if not s:
            if parts:
                break
            continue
        m = regex.match(r"(?-i:[^\p{Ll}\n])+?(?=(?-i:\p{Lu})(?-i:\p{Ll})|$)", s, regex.V1)
        head = m.group(0).strip() if m else ""
        if len(regex.findall(r"(?-i:\p{Lu})", head)) < 4:
            break
        if s0 < 0:
            s0 = line.start
        parts.append(head)
        e0 = line.start + line.text.find(head) + len(head)
        if len(head) < len(s):
            break
    if not parts:
        return None
    return " ".join(" ".join(parts).split()), s0, e0


def _subject_below(st: Structure, e0: int, end: int) -> str | None:
    """The subject lines directly under a title in capitals that ends at ``e0`` (``SUBJECT_MAX_LINES``)."""
    ln = st.line_at(max(e0 - 1, 0))
    if st.text.text[e0 : ln.end].strip():
        return None  # the title ends inside its line ("MẪU ĐĂNG KÝ CỦA TẬP THỂTên cơ quan, đơn vị")
    parts: list[str] = []
    for line in st.lines_in(ln.end, end)[1 : SUBJECT_MAX_LINES + 1]:
        s = line.text.strip()
        if not s or s.startswith("(") or "|" in s or "\t" in s or is_filler_cell(s.upper()):
            break
        if not regex.search(r"(?-i:\p{Ll})", s):
            break  # a second heading in capitals, not a subject
        parts.append(s)
    return " ".join(" ".join(parts).split()) or None


def _titled(st: Structure, block: tuple[str, int, int], end: int) -> str:
    """A heading in capitals with its subject lines (``_subject_below``)."""
    sub = _subject_below(st, block[2], end)
    return f"{block[0]} {sub}" if sub else block[0]


def _block_after(st: Structure, pos: int, end: int) -> tuple[str, int, int] | None:
    """The first heading in capitals within ``TITLE_SEARCH_LINES`` lines after ``pos`` that is no
    filler's cell."""
    for ln in st.lines_in(pos, end, blank=False)[:TITLE_SEARCH_LINES]:
        got = _caps_block(st, ln.start, end)
        if got and not is_filler_cell(got[0]):
            return got
    return None


def _title_after(st: Structure, pos: int, end: int) -> str | None:
    got = _block_after(st, pos, end)
    return _titled(st, got, end) if got else None


def _form_heading(st: Structure, start: int, end: int) -> tuple[str | None, str | None]:
    """The code and the title of the heading that opens ``[start, end)``. An appendix's heading
    word and number give the code, the heading in capitals under it the title
    (``APPENDIX_HEAD_RE``); a code in a "MẪU SỐ 01" heading is the code (``HEADING_CODE_RE``)."""
    got = _caps_block(st, start, end)
    if got is None:
        return None, None
    head = APPENDIX_HEAD_RE.match(got[0])
    if head is None:
        code_m = HEADING_CODE_RE.search(got[0])
        return (code_m.group("code") if code_m else None), _titled(st, got, end)
    code: str | None = head.group("code")
    rest = head.group("rest").strip()
    if rest:
        return code, _titled(st, (rest, got[1], got[2]), end)
    # The title under the heading word; none when "(Kèm theo …)" comes first (the word alone is
    # no title: README forms, title null unless printed).
    below = st.line_at(max(got[2] - 1, 0)).end
    under = _block_after(st, below, end)
    if under is None or any(ln.text.lstrip().startswith("(") for ln in st.lines_in(below, under[1])):
        return code, None
    return code, _titled(st, under, end)


def _filled_rows(st: Structure, start: int, end: int) -> int:
    """How many rows of the tables in ``[start, end)`` are numbered entries ("1 | Nguyễn Minh | …")
    with every cell filled (a header's wrapped words, "xây | hình | hoặc cá", are no entry)."""
    return sum(
        bool(row) and bool(ORDINAL_RE.match(st.cell_text(row[0]))) and all(st.cell_text(c) for c in row)
        for table in st.tables_in(start, end)
        for row in table.rows
    )


def _appendices(st: Structure, lines: list[Line], found: list[_Attached]) -> list[tuple[int, int]]:
    """Numbered appendices ("Phụ lục I" on a line of its own, ``APPENDIX_LINE_RE``) among ``lines``:
    those that are forms go to ``found``; the spans of all of them are returned (claimed)."""
    heads = [ln for ln in lines if APPENDIX_LINE_RE.match(ln.text)]
    n = len(st.text.text)
    spans: list[tuple[int, int]] = []
    for k, head in enumerate(heads):
        end = heads[k + 1].start if k + 1 < len(heads) else n
        block = _block_after(st, head.end, end)
        later = [s for s, _ in st.layout.attachments if s > (block[2] if block else head.end)]
        end = min([end, *later])
        spans.append((head.start, end))
        if opens_an_outline(st, head.end, end) or _filled_rows(st, head.start, end) >= FILLED_ROWS_MIN:
            continue  # its đề cương (extractors/outline.py), or the document's own table
        if any(CODE_LINE_RE.match(ln.text) for ln in st.lines_in(head.end, end)):
            continue  # its forms have code lines of their own ("M1")
        m = APPENDIX_LINE_RE.match(head.text)
        assert m is not None
        found.append(_Attached(m.group("code"), _titled(st, block, end) if block else None, head.start, end))
    return spans


def _attached(st: Structure) -> list[_Attached]:
    """Forms attached after the closing block, in order."""
    t, layout = st.text, st.layout
    n = len(t.text)
    found: list[_Attached] = []
    lines = st.lines_in(layout.closing_start, n)
    claimed = _appendices(st, lines, found)
    last_code_line = -TITLE_SEARCH_LINES - 1
    for i, line in enumerate(lines):
        m = CODE_LINE_RE.match(line.text)
        if any(s <= line.start < e for s, e in claimed):
            continue  # inside a numbered appendix (``_appendices``)
        if m:
            found.append(_Attached(m.group("code"), _title_after(st, line.end, n), line.start, line.end))
            last_code_line = i
        elif (
            line.end <= layout.closing_end
            and i - last_code_line > TITLE_SEARCH_LINES  # 004's "M1" above its "....., ngày ... tháng"
            and BLANK_DATE_LINE_RE.match(t.fold[line.start : line.end])
        ):
            title = _title_after(st, line.end, layout.closing_end)
            if title and _filled_rows(st, line.start, layout.closing_end) < FILLED_ROWS_MIN:
                found.append(_Attached(None, title, line.start, line.end))
    for start, end in layout.attachments:
        if opens_an_outline(st, start, end):
            continue  # a report outline (extractors/outline.py), not a form
        if any(start <= f.start < end for f in found) or any(s <= start < e for s, e in claimed):
            continue
        got = _caps_block(st, start, end)
        form_code = got is not None and HEADING_CODE_RE.search(got[0]) is not None  # "MẪU SỐ 01"
        if not form_code and _filled_rows(st, start, end) >= FILLED_ROWS_MIN:
            continue  # the document's own table (tasks assigned, members named), not a template
        code, title = _form_heading(st, start, end)
        found.append(_Attached(code, title, start, end))
    found.sort(key=lambda f: f.start)
    return found


def _named(t: Text, start: int, end: int) -> list[tuple[str, Evidence]]:
    """Codes of the forms the text names, once each, in order."""
    seen: dict[str, Evidence] = {}
    for m in NAMED_RE.finditer(t.text, start, end):
        before = t.fold[max(start, m.start() - 8) : m.start()].lower()
        if points_at_a_form(before, t.fold[m.start() : m.start("codes")]):
            continue
        if (
            not regex.search(r"[Ss]ố|[Pp]hụ", m.group(0))
            and not regex.match(r"[A-Z]", m.group("codes"))
            and not regex.search(r"(?:theo|tại|vào|kèm)\s*$", before)
        ):
            continue  # "(ô số 1 – mẫu 1)": a layout example, not a form to fill
        for code in regex.findall(CODE, m.group("codes"), regex.V1):
            seen.setdefault(code, t.evidence(m.start(), m.end()))
    return list(seen.items())


def _code_key(code: str) -> tuple[str, int]:
    m = regex.match(r"(\D*)(\d*)", code)
    assert m is not None
    return m.group(1), int(m.group(2) or 0)


def find_forms(st: Structure) -> list[Form]:
    """The forms named in the body and those attached, each once, with evidence.

    Args:
        st: the document's structure.

    Returns:
        The forms, attached ones first in their order, then named ones not attached.
    """
    text, layout = st.text, st.layout
    attached = _attached(st)
    named = _named(text, layout.body_start, layout.closing_start)
    forms: list[Form] = [
        Form(code=a.code, title=a.title, evidence=text.evidence(a.start, min(a.end, a.start + 200)))
        for a in attached
    ]
    # "Mẫu số 01" in the body and "M1" on the attachment are the same form.
    have = {_code_key(f.code)[1] if f.code[0].isalpha() else f.code for f in forms if f.code}
    have |= {f.code for f in forms if f.code}
    missing = sorted(
        (c for c in named if c[0] not in have and not (c[0].isdigit() and _code_key(c[0])[1] in have)),
        key=lambda c: _code_key(c[0]),
    )
    blank = [f for f in forms if f.code is None]
    if missing and len(missing) == len(blank):
        for form, (code, _) in zip(blank, missing, strict=True):
            form.code = code
    else:
        forms.extend(Form(code=code, title=None, evidence=ev) for code, ev in missing)
    if not forms:
        m = _unnamed_re().search(text.text, layout.body_start, layout.closing_start)
        if m:
            before = _WHAT_BEFORE.search(text.text, max(layout.body_start, m.start() - 40), m.start())
            start = before.start() if before else m.start()
            what = regex.split(r"[,;:.]", before.group(0))[-1].strip() if before else ""
            forms.append(Form(code=None, title=what or None, evidence=text.evidence(start, m.end())))
    if not forms:
        span = appendix_to_fill(text, layout.body_start, layout.closing_start)
        if span:
            forms.append(Form(code=None, title=None, evidence=text.evidence(*span)))
    return forms


def extract(st: Structure, record: Directive) -> None:
    """Fill ``record.forms`` (``find_forms``).

    Args:
        st: the document's structure.
        record: the record to fill.
    """
    record.forms = find_forms(st)
