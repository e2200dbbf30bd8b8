"""Legal references: every document the text cites by number and symbol, and prose references.

NĐ 30/2020 (Phụ lục I) and HD 36 require the first mention of a related document to be full
("Nghị quyết số 08-NQ/TU, ngày 06/12/2022 của Ban Chấp hành Đảng bộ thành phố khóa XVI về
“Mục tiêu, …”") and let later mentions give only type and symbol. So each symbol is recorded
once, in order of first mention, and its date, issuer and title are taken from whichever
mention gives them. The type comes from the type word printed before the symbol, never from
the abbreviation (Party "QĐ" is both Quyết định and Quy định); with no type word it is null.
The document's own symbol is not a reference. Mentions without a symbol ("khoản 2 Điều 28
Luật …", "Kế hoạch nêu trên") go to ``record.prose_references``.
"""

from __future__ import annotations

import functools

import regex

from .. import patterns as P
from .._typing import MatchLike
from ..dates import parse_date_phrase
from ..layout import Layout
from ..record import Directive, LegalReference, ProseReference
from ..source import Text
from ..values import clean_value, strip_enclosing_quotes
from ..vocabulary import vocabulary

# How far before a symbol its type word may start ("Nghị quyết liên tịch số  08-NQ/TU").
TYPE_LOOKBACK_CHARS = 40
# How far after a symbol its date, issuer and title may reach; a full first mention fits in
# two or three printed lines.
TAIL_CHARS = 400
# An issuer name longer than this is a run-on clause, not a name.
ISSUER_MAX_CHARS = 120
# Verbs that open a title printed without "về" ("Quyết định số 897/QĐ-TTg … của Thủ tướng
# Chính phủ phê duyệt Chương trình …"): where the issuer ends and the title begins.
TITLE_VERBS = (
    "phê duyệt",
    "ban hành",
    "thực hiện",
    "triển khai",
    "tổ chức",
    "hướng dẫn",
    "quy định",
    "công bố",
    "giao",
    "tiếp tục",
    "sửa đổi",
    "thành lập",
)


@functools.lru_cache(maxsize=1)
def _type_before_re() -> regex.Pattern[str]:
    """A type word ending just before a symbol: "Quy định số ", "Nghị quyết ", "Kế hoạch số: "."""
    names = vocabulary().type_names()
    alt = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names)
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
_ISSUER_AFTER_RE = regex.compile(
    r"""^[\s,]*của\s+(?P<issuer>(?:[^\n,;:.()“”"]|\((?:khóa|khoá)[^()]{1,20}\)|\n(?!\s*\n))+?)
    (?=\s+(?:về|V/v)\b|\s*[“"]|\s*[,;:.()]|\s*\n\s*\n|$|\s+(?:{verbs})\b)""".replace(
        "{verbs}", "|".join(v.replace(" ", r"\s+") for v in TITLE_VERBS)
    ),
    regex.X | regex.I | regex.V1,
)
# A title: after "về"/"về việc"/"V/v" or opened by a title verb or a quote.
_TITLE_AFTER_RE = regex.compile(
    r"""^[\s,]*(?:(?:về\s+việc|về|V/v)\s*:?\s*)?
    (?:
        [“"](?P<quoted>[^”"]{3,300})[”"]
      | (?P<plain>(?:[^;\n]|\n(?!\s*\n|\s*(?:\d+\.|[-–+•]|[a-zđ]\))))+?)
        (?=\s*(?:;|\.(?:\s|$)|\)|$|\n\s*\n|,\s+(?:đề\s+nghị|Ban|Ủy\s+ban|UBND|Sở|Bộ|Thành\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy)\b))
    )""",
    regex.X | regex.V1,
)
_TITLE_OPENER_RE = regex.compile(
    r"^[\s,]*(?:(?:về\s+việc|về|V/v)\b|[“\"]|(?:" + "|".join(v.replace(" ", r"\s+") for v in TITLE_VERBS) + r")\b)",
    regex.V1,
)

# Prose references: no symbol of their own.
#   "khoản 2 Điều 28 Luật Giáo dục" ; "Luật Tổ chức chính quyền địa phương" ; "Kế hoạch nêu trên"
_PROSE_RE = regex.compile(
    r"""
    (?<![\p{L}])
    (?:
        (?:(?:điểm\s+[a-zđ]\s+)?(?:khoản\s+\d+\s+)?Điều\s+\d+[a-z]?\s+(?:của\s+)?)?
        (?:Bộ\s+luật|Luật|Pháp\s+lệnh|Hiến\s+pháp)
        (?:\s+(?:[\p{Lu}][\p{Ll}\p{Mn}]*|và|về|của|các|trong|năm\s+\d{4}|[\p{Ll}][\p{Ll}\p{Mn}]*(?=\s+[\p{Ll}]))){0,8}
        (?:\s+(?:năm\s+)?\d{4})?
      | (?P<anaphor>(?:Kế\s+hoạch|Nghị\s+quyết|Chỉ\s+thị|Quyết\s+định|Kết\s+luận|Hướng\s+dẫn|Công\s+văn|Thông\s+báo|Chương\s+trình|Văn\s+bản|văn\s+bản)
        \s+(?:nêu\s+trên|trên|này|đã\s+nêu))
    )
    (?![\p{L}])
    """,
    regex.X | regex.V1,
)
# A "Luật" mention is a prose reference only when capitalised words (its name) follow.
_LAW_NAME_RE = regex.compile(r"(?:Luật|Pháp\s+lệnh|Hiến\s+pháp)\s+[\p{Lu}]", regex.V1)


# A copy that lost the hyphen after the type abbreviation of a state symbol ("897/QĐTTg",
# "27/2021/NĐCP"): the type abbreviation, then the issuer starting with a capital.
#   "QĐTTg" -> QĐ + TTg
_LOST_HYPHEN_RE = regex.compile(r"^(?P<num>\d+/(?:\d{4}/)?)(?P<type>[\p{Lu}][\p{Lu}\p{Ll}]?[\p{Lu}]?)(?P<issuer>[\p{Lu}][\p{L}&]+)$", regex.V1)
# Where a title stops although the clause goes on: an aside ("(sau đây gọi tắt là …"), the next
# citation joined by "và" or a comma, or the main clause resuming.
_TITLE_STOP_RE = regex.compile(
    r"\s*\((?:sau\s+đây|gọi\s+tắt)|\s+đã\s+|,\s+(?:trong\s+đó|căn\s+cứ)\b|,\s+[\p{Lu}]{2,}\b"
    r"|(?:,|\s+và)\s+(?:[\p{Lu}][\p{Ll}]+\s+[\p{Ll}]+\s+)(?:số\s*)?\d+[-/]",
    regex.V1,
)


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
    im = _ISSUER_AFTER_RE.match(tail_fold[pos:])
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
    if _TITLE_OPENER_RE.match(tail_fold[pos:]):
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


def find_references(text: Text, record: Directive, start: int = 0) -> list[LegalReference]:
    """Every cited symbol once, in order of first mention, fields merged over its mentions.

    Args:
        text: the normalised text.
        record: the record so far (its own symbol is excluded).
        start: where citations may begin (after the header's number line).

    Returns:
        The references.
    """
    own = record.number.symbol
    by_symbol: dict[str, LegalReference] = {}
    for m in _symbols(text.fold, start):
        symbol = _restore_hyphen(P.canonical_symbol(m)[0])
        if own and symbol == own:
            continue
        # "Số 1092-CV/BDVTU" in a header line of an attachment is the document itself or a form.
        line_start = text.fold.rfind("\n", 0, m.start()) + 1
        if regex.match(r"\s*Số\s*[:.]?\s*$", text.fold[line_start : m.start()]):
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


def find_prose_references(text: Text, start: int, end: int, cited: list[LegalReference]) -> list[ProseReference]:
    """References without a symbol ("khoản 2 Điều 28 Luật …", "Kế hoạch nêu trên").

    Args:
        text: the normalised text.
        start: where to start.
        end: where to stop.
        cited: symbol references already found (prose that overlaps one is not repeated).

    Returns:
        Each distinct prose reference once, in order.
    """
    spans = [(r.evidence.start, r.evidence.end) for r in cited if r.evidence]
    seen: set[str] = set()
    out: list[ProseReference] = []
    # On the text as printed: the fold moves tone marks inside words like "Luật".
    for m in _PROSE_RE.finditer(text.text, start, end):
        s, e = m.span()
        if any(s < b and e > a for a, b in spans):
            continue
        if not m.group("anaphor") and not _LAW_NAME_RE.search(m.group(0)):
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


def extract(text: Text, layout: Layout, record: Directive) -> None:
    """Fill ``record.legal_references`` and ``record.prose_references``.

    Args:
        text: the normalised text.
        layout: its zones (the header's number line is skipped).
        record: the record to fill; its own symbol must already be known (header stage).
    """
    # Citations may sit anywhere (căn cứ lines can precede what layout calls the body); the
    # header's own "Số" line is skipped inside ``find_references``.
    refs = find_references(text, record, 0)
    record.legal_references = refs
    record.prose_references = find_prose_references(text, layout.body_start, len(text.text), refs)
