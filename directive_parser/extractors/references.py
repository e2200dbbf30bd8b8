"""Legal references: every document the text cites by number and symbol, and prose references.

NĐ 30/2020 (Phụ lục I) and HD 36 require the first mention of a related document to be full
("Nghị quyết số 08-NQ/TU, ngày 06/12/2022 của Ban Chấp hành Đảng bộ thành phố khóa XVI về
“Mục tiêu, …”") and let later mentions give only type and symbol. So each symbol is recorded
once, in order of first mention, and its date, issuer and title are taken from whichever
mention gives them. The type comes from the type word printed before the symbol, never from
the abbreviation (Party "QĐ" is both Quyết định and Quy định); with no type word it is null.
The document's own symbol is not a reference, nor is a number field ("Số …" opening a line or
a table cell of the structure). Mentions without a symbol ("khoản 2 Điều 28 Luật …", "Kế hoạch
nêu trên") go to ``record.prose_references``. The words (title verbs, law and anaphor words)
are data: ``data/references.toml``.
"""

from __future__ import annotations

import dataclasses
import functools

import regex
from pydantic import BaseModel

from .. import patterns as P
from .._typing import MatchLike
from ..dates import date_pattern, parse_date_phrase
from ..record import Directive, LegalReference, ProseReference
from ..source import Text
from ..structure import BULLET_CHARS, LETTER, NUMBER, Structure
from ..values import clean_value, strip_enclosing_quotes
from ..vocabulary import DataFile, alternation, vocabulary

# How far before a symbol its type word may start ("Nghị quyết liên tịch số  08-NQ/TU").
TYPE_LOOKBACK_CHARS = 40
# How far after a symbol its date, issuer and title may reach; a full first mention fits in
# two or three printed lines.
TAIL_CHARS = 400
# An issuer name longer than this is a run-on clause, not a name.
ISSUER_MAX_CHARS = 120


class _TitleVerbs(BaseModel):
    words: list[str]
    examples: list[str]
    counter_examples: list[str]


class _ProseWords(BaseModel):
    law_types: list[str]
    anaphor_types: list[str]
    anaphor_words: list[str]
    examples: list[str]
    counter_examples: list[str]


class ReferenceWords(DataFile):
    """The words of cited documents (``data/references.toml``)."""

    FILE = "references.toml"

    title_verbs: _TitleVerbs
    prose: _ProseWords


reference_words = ReferenceWords.load  # the bundled words of cited documents


def _title_verbs() -> str:
    """The title verbs, matched in lower case only ("tổ chức", never the "Tổ chức" of "Ban Tổ chức")."""
    return rf"(?-i:{alternation(reference_words().title_verbs.words)})"


@functools.lru_cache(maxsize=1)
def _type_before_re() -> regex.Pattern[str]:
    """A type word ending just before a symbol: "Quy định số ", "Nghị quyết ", "Kế hoạch số: "."""
    alt = vocabulary().type_alternation()
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<type>{alt})(?:\s+(?:liên\s+tịch|chung))?\s*(?:số\s*[:.]?\s*)?$",
        regex.I | regex.V1,
    )


# The date right after a symbol: ", ngày 06/12/2022", " ngày 01-10-1997", "ban hành ngày 05
# tháng 3 năm 2025".   ", ngày 06/12/2022 của" -> date="ngày 06/12/2022"
_DATE_AFTER_RE = regex.compile(
    r"""^[\s,]*(?:\(\s*)?(?:ban\s+hành\s+)?
    (?P<date>ngày\s*\d{1,2}\s*(?:[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|tháng\s*\d{1,2}\s*năm\s*\d{4}))
    \)?""",
    regex.X | regex.I | regex.V1,
)
# The issuer after "của": up to "về", a title verb, a quote, a colon or a clause end; a "(khóa XI)" kept.
#   " của Bộ Chính trị (khóa XI) về …" -> issuer="Bộ Chính trị (khóa XI)"
_ISSUER_AFTER = r"""^[\s,]*của\s+(?P<issuer>(?:[^\n,;:.()“”"]|\((?:khóa|khoá)[^()]{1,20}\)|\n(?!\s*\n))+?)
    (?=\s+(?:về|V/v)\b|\s*[“"]|\s*[,;:.()]|\s*\n\s*\n|$|\s+{verbs}\b)"""
# A title: after "về"/"về việc"/"V/v" or opened by a title verb or a quote; a plain title goes on
# over a line break unless a blank line or a list item ("2. …", "- …", "a) …") follows.
_TITLE_AFTER_RE = regex.compile(
    r"""^[\s,]*(?:(?:về\s+việc|về|V/v)\s*:?\s*)?
    (?:
        [“"](?P<quoted>[^”"]{3,300})[”"]
      | (?P<plain>(?:[^;\n]|\n(?!\s*\n|\s*(?:{NUMBER}\.|[{BULLET_CHARS}]|{LETTER}\))))+?)
        (?=\s*(?:;|\.(?:\s|$)|\)|$|\n\s*\n|,\s+(?:đề\s+nghị|Ban|Ủy\s+ban|UBND|Sở|Bộ|Thành\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy)\b))
    )""".replace("{NUMBER}", NUMBER).replace("{BULLET_CHARS}", BULLET_CHARS).replace("{LETTER}", LETTER),
    regex.X | regex.V1,
)


@functools.lru_cache(maxsize=1)
def _issuer_after_re() -> regex.Pattern[str]:
    return regex.compile(_ISSUER_AFTER.replace("{verbs}", _title_verbs()), regex.X | regex.I | regex.V1)


@functools.lru_cache(maxsize=1)
def _title_opener_re() -> regex.Pattern[str]:
    return regex.compile(rf"^[\s,]*(?:(?:về\s+việc|về|V/v)\b|[“\"]|{_title_verbs()}\b)", regex.V1)


# Prose references: no symbol of their own (the words: data/references.toml [prose]).
#   "khoản 2 Điều 28 Luật Giáo dục" ; "Luật Tổ chức chính quyền địa phương" ; "Kế hoạch nêu trên"
_PROSE = r"""
    (?<![\p{L}])
    (?:
        (?:(?:điểm\s+[a-zđ]\s+)?(?:khoản\s+\d+\s+)?Điều\s+\d+[a-z]?\s+(?:của\s+)?)?
        (?:{laws})
        (?:\s+(?:(?-i:[\p{Lu}])(?-i:[\p{Ll}\p{Mn}])*|và|về|của|các|trong|năm\s+\d{4}|(?-i:[\p{Ll}])(?-i:[\p{Ll}\p{Mn}])*(?=\s+(?-i:[\p{Ll}])))){0,8}
        (?:\s+(?:năm\s+)?\d{4})?
      | (?P<anaphor>(?:{types})\s+(?:{pointers}))
    )
    (?![\p{L}])
    """


@functools.lru_cache(maxsize=1)
def _prose_re() -> regex.Pattern[str]:
    words = reference_words().prose
    return regex.compile(
        _PROSE.replace("{laws}", alternation(words.law_types))
        .replace("{types}", alternation(words.anaphor_types))
        .replace("{pointers}", alternation(words.anaphor_words)),
        regex.X | regex.V1,
    )


@functools.lru_cache(maxsize=1)
def _law_name_re() -> regex.Pattern[str]:
    """A law mention is a prose reference only when capitalised words (its name) follow."""
    return regex.compile(rf"(?:{alternation(reference_words().prose.law_types)})\s+(?-i:[\p{{Lu}}])", regex.V1)


# A copy that lost the hyphen after the type abbreviation of a state symbol ("897/QĐTTg",
# "27/2021/NĐCP"): the type abbreviation, then the issuer starting with a capital.
#   "QĐTTg" -> QĐ + TTg
_LOST_HYPHEN_RE = regex.compile(r"^(?P<num>\d+/(?:\d{4}/)?)(?P<type>(?-i:[\p{Lu}])(?-i:[\p{Lu}\p{Ll}])?(?-i:[\p{Lu}])?)(?P<issuer>(?-i:[\p{Lu}])[\p{L}&]+)$", regex.V1)
# Where a title stops although the clause goes on: an aside ("(sau đây gọi tắt là …"), the next
# citation joined by "và" or a comma, or the main clause resuming.
_TITLE_STOP_RE = regex.compile(
    r"\s*\((?:sau\s+đây|gọi\s+tắt)|\s+đã\s+|,\s+(?:trong\s+đó|căn\s+cứ)\b|,\s+(?-i:[\p{Lu}]){2,}\b"
    r"|(?:,|\s+và)\s+(?:(?-i:[\p{Lu}])(?-i:[\p{Ll}])+\s+(?-i:[\p{Ll}])+\s+)(?:số\s*)?\d+[-/]",
    regex.V1,
)


# A state symbol's type abbreviation between "/" and "-": "2750/QĐĐ-BGDĐT" → "QĐĐ".
_STATE_TYPE_RE = regex.compile(r"^(?P<head>\d+/(?:\d{4}/)?)(?P<type>[\p{L}]{2,5})(?=-)", regex.V1)


def _undouble_type(symbol: str) -> str:
    """Undo OCR's doubled letter in a state symbol's type abbreviation ("1284/QĐĐ-BGDĐT", where
    a scan's "Đ" was read as "ĐÐ"): when the abbreviation is unknown and dropping one letter of a
    doubled pair makes it a known one of the vocabulary, that one is meant.

    >>> _undouble_type("1284/QĐĐ-BGDĐT"), _undouble_type("12/HĐND-VP")
    ('1284/QĐ-BGDĐT', '12/HĐND-VP')
    """
    m = _STATE_TYPE_RE.match(symbol)
    if not m or vocabulary().type_by_abbr(m.group("type")):
        return symbol
    abbr = m.group("type")
    for i in range(1, len(abbr)):
        if abbr[i] == abbr[i - 1] and vocabulary().type_by_abbr(abbr[:i] + abbr[i + 1 :]):
            return f"{m.group('head')}{abbr[:i]}{abbr[i + 1 :]}{symbol[m.end() :]}"
    return symbol


# A letter OCR reads for a digit, next to a digit inside a symbol: "QHI15", "QHI5" (for "QH15").
_LOOKALIKE_RE = regex.compile(rf"(?<=(?-i:\p{{Lu}})){P.OCR_DIGIT_LETTERS}(?=\d)", regex.V1)


def _ocr_variant_of(symbol: str, cited: set[str]) -> str:
    """The symbol cited elsewhere in the text that ``symbol`` is an OCR misreading of, or
    ``symbol`` itself: a look-alike letter before a digit read as that digit or as a stray mark.

    >>> _ocr_variant_of("106/2023/QHI15", {"106/2023/QH15"}), _ocr_variant_of("12/CT-UBND", set())
    ('106/2023/QH15', '12/CT-UBND')
    """
    for m in _LOOKALIKE_RE.finditer(symbol):
        digit = m.group(0).translate(P.OCR_DIGITS)
        for variant in (symbol[: m.start()] + digit + symbol[m.end() :], symbol[: m.start()] + symbol[m.end() :]):
            if variant in cited:
                return variant
    return symbol


def _restore_hyphen(symbol: str) -> str:
    """Put back the hyphen a copy lost between type and issuer of a state symbol.

    Only when the symbol has no hyphen at all and starts with a known type abbreviation.

    Args:
        symbol: a canonical symbol ("897/QĐTTg").

    Returns:
        The symbol with the hyphen restored ("897/QĐ-TTg"), or unchanged.
    """
    if "-" in symbol:
        return symbol
    m = _LOST_HYPHEN_RE.match(symbol)
    if not m:
        return symbol
    for t in vocabulary().document_types:
        for abbr in sorted(t.abbr, key=len, reverse=True):
            rest = symbol[len(m.group("num")) :]
            if rest.startswith(abbr) and len(rest) - len(abbr) >= 2 and rest[len(abbr)].isupper():
                return f"{m.group('num')}{abbr}-{rest[len(abbr):]}"
    return symbol


def _mention(text: Text, m: MatchLike, symbol: str, record: Directive) -> LegalReference:
    """One mention of a symbol: its type word before, date, issuer and title after."""
    start, end = m.span()
    before = text.fold[max(0, start - TYPE_LOOKBACK_CHARS) : start]
    tm = _type_before_re().search(before)
    type_ = None
    ev_start = start
    if tm:
        printed = text.text[start - len(before) + tm.start("type") : start - len(before) + tm.end("type")]
        type_ = " ".join(printed.split())
        type_ = type_[0].upper() + type_[1:].lower()
        ev_start = start - len(before) + tm.start()
    tail_fold = text.fold[end : end + TAIL_CHARS]
    tail = text.text[end : end + TAIL_CHARS]
    pos = 0
    date = None
    dm = _DATE_AFTER_RE.match(tail_fold)
    if dm:
        phrase = parse_date_phrase(dm.group("date"))
        date = phrase.date if phrase else None
        pos = dm.end()
    issuer = None
    im = _issuer_after_re().match(tail_fold[pos:])
    if im:
        value = clean_value(tail[pos + im.start("issuer") : pos + im.end("issuer")])
        if 2 < len(value) <= ISSUER_MAX_CHARS and value[:1].isupper():
            issuer = value
            pos += im.end()
            # a date may follow the issuer instead ("… của Bộ Chính trị ngày 18/5/2021")
            dm2 = _DATE_AFTER_RE.match(tail_fold[pos:])
            if dm2 and date is None:
                phrase = parse_date_phrase(dm2.group("date"))
                date = phrase.date if phrase else None
                pos += dm2.end()
    title = None
    if _title_opener_re().match(tail_fold[pos:]):
        tt = _TITLE_AFTER_RE.match(tail[pos:])
        if tt:
            raw = tt.group("quoted") or tt.group("plain") or ""
            stop = _TITLE_STOP_RE.search(raw)
            if stop and not tt.group("quoted"):
                raw = raw[: stop.start()]
            value = strip_enclosing_quotes(clean_value(raw).strip(" ,:‘’'"))
            title = value or None
            ev_end = end + pos + tt.end()
        else:
            ev_end = end + pos
    else:
        ev_end = end + pos
    return LegalReference(
        type=type_, symbol=symbol, date=date, issuer=issuer, title=title, evidence=text.evidence(ev_start, ev_end)
    )


def _symbols(fold: str, start: int) -> list[MatchLike]:
    """Symbol matches from ``start``, including those glued to "số" by a copy ("số31-QĐ/TW")."""
    found: list[MatchLike] = list(P.SYMBOL_RE.finditer(fold, start))
    for g in regex.finditer(r"(?<=\bsố)\d", fold[start:], regex.I | regex.V1):
        pos = start + g.start()
        if any(m.start() <= pos < m.end() for m in found):
            continue
        m = P.SYMBOL_RE.match(" " + fold[pos : pos + 80], 1)
        if m:
            found.append(_Shifted(m, pos - 1, fold))
    return sorted(found, key=lambda m: m.start())


class _Shifted:
    """A match found in a slice, with its offsets moved back to the whole text."""

    def __init__(self, m: regex.Match[str], shift: int, string: str):
        self._m = m
        self._shift = shift
        self.string = string

    def group(self, name: str | int = 0) -> str | None:
        return self._m.group(name)

    def start(self, name: str | int = 0) -> int:
        return self._m.start(name) + self._shift

    def end(self, name: str | int = 0) -> int:
        return self._m.end(name) + self._shift

    def span(self, name: str | int = 0) -> tuple[int, int]:
        return self.start(name), self.end(name)


# A number field: "Số" (or "Số:") alone before the symbol at the start of a line or of a table
# cell. In an attachment's or a form's header ("Số 1092-CV/BDVTU", "Số: …/QĐ-UBND") it numbers
# the document itself or a form, and in a table cell it is a specimen of a number line; it cites
# nothing.
_NUMBER_FIELD_RE = regex.compile(r"\s*Số\s*[:.]?\s*$", regex.V1)


# NUMBER_FIELD_WRAPPED: a header copied one cell per line prints the field's label on a line of its own
# and the symbol at the start of the next: "Số:" / "74-CV/ĐTN" (probe pb03, a district Đoàn công văn
# flattened from its table). Counter-example: a symbol inside a sentence's line cites a document.
_NUMBER_LABEL_LINE_RE = regex.compile(r"^\s*Số\s*[:.]?\s*\n[ \t]*$", regex.V1)


def _number_field(st: Structure, pos: int) -> bool:
    """Whether the symbol at ``pos`` fills a number field (``_NUMBER_FIELD_RE``; NUMBER_FIELD_WRAPPED)."""
    cell = st.cell_at(pos)
    line = st.line_at(pos)
    opening = cell.start if cell is not None else line.start
    if _NUMBER_FIELD_RE.match(st.text.fold[opening:pos]):
        return True
    above = st.text.fold.rfind("\n", 0, max(0, line.start - 1)) + 1
    return cell is None and line.start > 0 and bool(_NUMBER_LABEL_LINE_RE.match(st.text.fold[above:pos]))


# RELAY_LEAD: a post that relays a document opens by stating that it was issued: "Ngày 15/9, UBND tỉnh ban hành
# Công văn số 4158/UBND-THNV về việc …" (probe pc03; pc11, pc13, pd03). When the text prints no number of its own
# (no header) and this is where a symbol stands, the symbol is the relayed document's own number (header.py
# RELAY_LEAD_NUMBER), no citation: "Ngày 5/1/2017, Ban Tuyên giáo Trung ương đã ban hành hướng dẫn Số 21- HD/BTGTW,
# …" (w006, a web copy of the guide). Counter-examples: a text with its own number cites what it names so ("…, ngày
# 03/01/2023, Ban Dân vận Thành ủy đã ban hành Hướng dẫn số 11-HD/BDVTU …", 000); a symbol another sentence cited
# before is no lead.
# RELAY_LEAD_FORMS (session 28): the lead opens a line, a sentence or a clause, its date first or after the symbol,
# the act "(đã|vừa) (ký) ban hành" or "(đã) có": "…năm 2018. Ngày 10/10/2018, Văn phòng HĐND và UBND huyện … vừa ban
# hành Công văn số 634/VP-NCTH, …" (pg09, after the basis it implements), "Chủ tịch UBND huyện đã ký ban hành Công
# văn số 3273/UBND-VP ngày 29/8/2023 về việc …" (pi13), "…của Quận ủy, UBND Quận Long Biên ban hành hướng dẫn số
# 02/HD-UBND, ngày 08/4/2016 …" (pi03), "UBND tỉnh Yên Bái đã có Văn bản số 1692/UBND-KTTH đề nghị …" (pe13; "văn
# bản" names no type). Counter-example: a text addressed with "Kính gửi:" is the document itself, and a "Ngày …, X
# đã ban hành Quyết định số …" in it is its background (pe05).
#   where the lead opens: a line, a sentence, a clause after a comma
_RELAY_OPENS = r"(?:^|(?<=\n)|(?<=[.!?;]\s)|(?<=,\s))[ \t]*"
#   the day it was issued, printed first: "Ngày 15/9, ", "Ngày 12 tháng 3 năm 2024, "
_RELAY_DAY_FIRST = rf"(?:(?=Ngày\s)(?P<first>{date_pattern('relay_')})\s*,\s*)?"
#   who issued it: no comma or stop inside ("Văn phòng HĐND và UBND huyện Vĩnh Thuận")
_RELAY_ISSUER = r"(?P<issuer>[^,.;:\n]{3,150}?)\s+"
#   the act: "đã ban hành", "vừa ban hành", "đã ký ban hành", "ban hành", "đã có"
_RELAY_ACT = r"(?:(?:đã|vừa|mới)\s+)*(?:(?:ký\s+)?ban\s+hành|có)\s+"
#   the document: a type name, or "văn bản" (no type)
_RELAY_DOCUMENT = r"(?P<type>{types}|văn\s+bản)\s+số\s*:?\s*$"
#   after the symbol: its date ("ngày 29/8/2023", ", ngày 08/4/2016"), then what about ("về việc …", "V/v …", "về …"),
#   to the sentence's end
_RELAY_TAIL = rf"""[ \t]*,?[ \t]*(?:(?P<after>{date_pattern('after_')})[ \t]*,?[ \t]*)?
    (?:(?:về\s+việc|V/v|về)[ \t]+(?P<subject>[^\n]+?)(?=\.(?:\s|$)|;|\n|$))?"""
# The lead stands within the text's first characters (a post's title and a portal's lines come first: pc03 prints
# some 600 characters of them).
RELAY_WINDOW = 2000
# A symbol's longest print ("123/2025/QĐ-UBND-VPUB…"): the window's symbols are read this far past its end.
SYMBOL_MAX_CHARS = 80


@functools.lru_cache(maxsize=1)
def relay_lead_re() -> regex.Pattern[str]:
    """The relay's lead up to its symbol (RELAY_LEAD, RELAY_LEAD_FORMS), matched by search on the line up to it."""
    lead = _RELAY_DOCUMENT.format(types=vocabulary().type_alternation())
    return regex.compile(_RELAY_OPENS + _RELAY_DAY_FIRST + _RELAY_ISSUER + _RELAY_ACT + lead, regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _relay_tail_re() -> regex.Pattern[str]:
    return regex.compile(_RELAY_TAIL, regex.V1 | regex.I | regex.X)


# RELAY_UNNUMBERED (session 28): a relay that names the document without its number, as just issued: "Phòng Văn hóa
# và Thông tin huyện đã ban hành công văn về việc đôn đốc nộp hồ sơ …" (the unseen probe's pe09), "UBND tỉnh vừa ban
# hành kế hoạch về việc tăng cường công tác tuyên truyền …" (pi15), "Liên đoàn Lao động (LĐLĐ) tỉnh vừa có công văn
# gửi các cấp công đoàn …" (pf17). The act is past or recent ("đã", "vừa", "mới"): a present "X ban hành Kế hoạch …
# như sau:" is the document's own enacting sentence (header.py ``enacting_re``), and an act without its type names
# no document.
# "Có" + a type is a relay only for a letter ("vừa có công văn gửi …"): "đã có báo cáo về …", "đã có kế hoạch …" tell
# that a body reported or planned (a fact in a body's history), not that a document was issued.
#   the act, past or recent: issued (any type), or sent a letter
_RELAY_PAST_ACT = r"(?:đã|vừa|mới)\s+(?:(?:đã|vừa|mới)\s+)*(?:(?:ký\s+)?ban\s+hành\s+|có\s+(?=công\s+văn(?!\p{L})))"
#   the document's type, unnumbered, then what about (optional)
_RELAY_UNNUMBERED_DOCUMENT = r"(?P<type>{types})(?!\p{{L}})(?!\s+số(?!\p{{L}}))(?:[ \t]+(?:về\s+việc|V/v|về)[ \t]+(?P<subject>[^\n]+?)(?=\.(?:\s|$)|;|\n|$))?"


@functools.lru_cache(maxsize=1)
def relay_unnumbered_re() -> regex.Pattern[str]:
    """A relay's lead naming the document by its type alone (RELAY_UNNUMBERED), issuer and subject as groups."""
    document = _RELAY_UNNUMBERED_DOCUMENT.format(types=vocabulary().type_alternation())
    return regex.compile(_RELAY_OPENS + _RELAY_DAY_FIRST + _RELAY_ISSUER + _RELAY_PAST_ACT + document, regex.V1 | regex.I)


@dataclasses.dataclass(frozen=True)
class RelayLead:
    """A relay's lead (RELAY_LEAD): the symbol, the lead before it and what follows it, all in ``t.fold``."""

    symbol: MatchLike
    lead: regex.Match[str]
    tail: regex.Match[str]


def _relay_window_end(t: Text) -> int:
    """Where a relay's lead may stand no more: the text's first ``RELAY_WINDOW`` characters, above any address
    ("Kính gửi:": a text addressed so is the document itself, and what it tells of other documents is background)."""
    address = regex.search(r"(?m)^[ \t]*Kính\s+gửi\b", t.fold[:RELAY_WINDOW], regex.I | regex.V1)
    return address.start() if address else min(len(t.fold), RELAY_WINDOW)


def relay_lead(t: Text) -> RelayLead | None:
    """The lead of a text that relays a document (RELAY_LEAD): on the line that first names a document, within the
    text's first ``RELAY_WINDOW`` characters and with no address above it, the first symbol that stands in a relay's
    lead, not cited before it.

    Args:
        t: the normalised text.

    Returns:
        The lead, or None when the text relays nothing.
    """
    stop = _relay_window_end(t)
    symbols = _symbols(t.fold[: stop + SYMBOL_MAX_CHARS], 0)  # (a symbol may run past the window's end)
    if not symbols:
        return None
    # the lead is the line that first names a document: a basis it implements may stand before it on that line
    line = t.fold.rfind("\n", 0, symbols[0].start()) + 1
    line_end = t.fold.find("\n", symbols[0].start())
    cited: set[str] = set()
    for m in symbols:
        if m.start() >= min(stop, line_end if line_end >= 0 else len(t.fold)):
            return None
        symbol = P.canonical_symbol(m)[0]
        if symbol in cited:
            continue
        cited.add(symbol)
        lead = relay_lead_re().search(t.fold, line, m.start())
        if lead is not None:
            tail = _relay_tail_re().match(t.fold, m.end())
            assert tail is not None  # every part of the tail is optional
            return RelayLead(symbol=m, lead=lead, tail=tail)
    return None


def relay_unnumbered(t: Text) -> regex.Match[str] | None:
    """The lead of a text that relays a document by its type alone (RELAY_UNNUMBERED), in the same window."""
    return relay_unnumbered_re().search(t.fold, 0, _relay_window_end(t))


def relay_spans(t: Text) -> list[tuple[int, int]]:
    """Where a relay's lead stands in ``t`` (RELAY_LEAD from its opening to the end of what follows the symbol;
    RELAY_UNNUMBERED): none when the text relays nothing."""
    spans = []
    found = relay_lead(t)
    if found is not None:
        spans.append((found.lead.start(), found.tail.end()))
    m = relay_unnumbered(t)
    if m is not None:
        spans.append((m.start(), m.end()))
    return spans


def relay_lead_symbol(t: Text) -> MatchLike | None:
    """The symbol a relay's lead states as its own number (RELAY_LEAD), or None."""
    found = relay_lead(t)
    return found.symbol if found is not None else None


def find_references(st: Structure, record: Directive) -> list[LegalReference]:
    """Every cited symbol once, in order of first mention, fields merged over its mentions.

    Citations may sit anywhere (căn cứ lines can precede what the layout calls the body), so the
    whole text is read; the document's own symbol and number fields are not citations.

    Args:
        st: the document's structure.
        record: the record so far (its own symbol is excluded).

    Returns:
        The references, each with the mention that first gave it as evidence.
    """
    text = st.unblanked  # a footnote cut out of the sentence it stood in still cites (structure.page_feet)
    # the own symbol as the citations are read (a relay's "68 /CĐCS" is cited as "68/CĐ-CS": RELAY_LEAD)
    own = _undouble_type(_restore_hyphen(record.number.symbol)) if record.number.symbol else None
    by_symbol: dict[str, LegalReference] = {}
    found = [(m, _undouble_type(_restore_hyphen(P.canonical_symbol(m)[0]))) for m in _symbols(text.fold, 0)]
    seen = {symbol for _, symbol in found}
    for m, printed in found:
        symbol = _ocr_variant_of(printed, seen)
        if (own and symbol == own) or _number_field(st, m.start()):
            continue
        ref = _mention(text, m, symbol, record)
        first = by_symbol.get(symbol)
        if first is None:
            by_symbol[symbol] = ref
            continue
        for field in ("type", "date", "issuer", "title"):
            new = getattr(ref, field)
            old = getattr(first, field)
            if (old is None and new is not None) or (field == "title" and old and new and len(new) > len(old)):
                setattr(first, field, new)
    return list(by_symbol.values())


def find_prose_references(st: Structure, cited: list[LegalReference]) -> list[ProseReference]:
    """References without a symbol ("khoản 2 Điều 28 Luật …", "Kế hoạch nêu trên"), from the body on.

    Args:
        st: the document's structure.
        cited: symbol references already found (prose that overlaps one is not repeated).

    Returns:
        Each distinct prose reference once, in order, with its evidence.
    """
    text = st.text
    spans = [(r.evidence.start, r.evidence.end) for r in cited if r.evidence]
    seen: set[str] = set()
    out: list[ProseReference] = []
    # On the text as printed: the fold moves tone marks inside words like "Luật".
    for m in _prose_re().finditer(text.text, st.layout.body_start, len(text.text)):
        s, e = m.span()
        if any(s < b and e > a for a, b in spans):
            continue
        if not m.group("anaphor") and not _law_name_re().search(m.group(0)):
            continue
        # a symbol right after ("Kế hoạch số …") is a cited document, not prose
        if P.SYMBOL_RE.match(text.fold, e, e + 20) or regex.match(r"\s+số\s*\d", text.fold[e : e + 10]):
            continue
        value = clean_value(text.text[s:e])
        if value in seen:
            continue
        seen.add(value)
        out.append(ProseReference(text=value, evidence=text.evidence(s, e)))
    return out


def extract(st: Structure, record: Directive) -> None:
    """Fill ``record.legal_references`` and ``record.prose_references``.

    Args:
        st: the document's structure.
        record: the record to fill; its own symbol must already be known (header stage).
    """
    record.legal_references = find_references(st, record)
    record.prose_references = find_prose_references(st, record.legal_references)
