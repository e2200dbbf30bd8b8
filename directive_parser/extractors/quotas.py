"""Quotas: the quantities the recipients must meet ("ít nhất 03 mô hình", "100% tổ chức Đoàn").

A quota is a number with a counted noun (or "%") that the text sets as a target or an
allocation. Three families are read:

* bounded: a bound word before the number ("ít nhất 03" → 3/null, "không quá 05" → null/5) or
  "trở lên" after it ("8% trở lên" → 8/null);
* ranges: "từ 03 đến 05", "từ 4-5", "22 - 23 triệu lượt" → 3/5, 4/5, 22 000 000/23 000 000;
* exact counts in a sentence that sets a target ("giới thiệu 02 mô hình", "Chỉ tiêu 3: 250
  nghìn ý tưởng", "đảm bảo 100% tổ chức đoàn") → 2/2, …

Numbers may be digits ("2.000", "3,25 triệu") or words ("ba", "mười lăm"). Not quotas: hints
inside a form to fill ("Nêu tóm tắt nội dung từ 03 đến 05 dòng"), voting thresholds, scoring
rules, statistics of the past, dates, durations and article numbers. The words are data
(``data/numbers.toml``); how they combine is here.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import regex

from ..dates import date_words, find_time_phrases
from ..layout import Layout
from ..normalize import fold
from ..record import Directive, Evidence, Quota
from ..source import Text
from ..structure import ITEM_NUMBER, LEADER, Sentence, Structure, split_sentences

# A counted noun is at most this many words: "doanh nghiệp do thanh niên làm chủ được tư vấn"
# is the longest in the corpus; longer runs are a clause, and the rest belongs to the subject.
UNIT_MAX_WORDS = 12
# ... and is read from at most this many characters: 12 words with their glosses and commas.
UNIT_MAX_CHARS = 400
# An exact count is a target only if a target word is this close before it (characters): the
# same sentence ("mục tiêu đón 22 - 23 triệu lượt khách quốc tế, phục vụ 130 triệu lượt" is
# ~60), but not a number a long way after "giới thiệu" in an unrelated clause.
TARGET_WINDOW = 80
# A quota with no subject of its own takes the one of a quota ending this close before its
# clause: "mỗi đơn vị đăng ký từ 1-2 nội dung cấp tỉnh; từ 4-5 nội dung cấp huyện".
INHERIT_GAP = 40
# Years are never counts: a number in this range followed by nothing countable is a year.
YEAR_RANGE = range(1900, 2101)
# A quota has at most this many digits (10^15 đồng is a million billion): a longer run is an
# identifier or junk, and a float would lose its units (and overflow past 308 digits).
MAX_DIGITS = 15
# The sentence, clause and counted noun around a number are looked for at most this far from it
# (characters). The longest sentence in the corpus is ~1,450 characters; without a bound, text with
# no sentence end ("đạt 95% trở lên" on 4,000 lines) makes every number scan the whole text.
CONTEXT_MAX_CHARS = 1500


# ============================================================================================
# Vocabulary (data/numbers.toml), loaded on first use
# ============================================================================================


@dataclass(frozen=True)
class NumberWords:
    """The words of ``data/numbers.toml``, folded for matching."""

    units: dict[str, int]
    after_ten: dict[str, int]
    ten: str
    tens: str
    multipliers: dict[str, int]
    after_verbs: list[str]
    not_counted_after: list[str]
    not_after_verbs: list[str]
    min_words: list[str]
    max_words: list[str]
    min_after: list[str]
    at_least_not_after: list[str]
    soft_min: list[str]
    between: list[str]
    targets: list[str]
    not_targets: list[str]
    after_share: list[str]
    reach_words: list[str]
    ask_words: list[str]
    per_holders: list[str]
    each_words: list[str]
    breakdown_words: list[str]
    label_words: list[str]
    by_year_words: list[str]
    by_year_not_after: list[str]
    topic_openers: list[str]
    passive_agents: list[str]
    qualities: list[str]
    issuer_organs: list[str]
    veto_words: list[str]
    report_words: list[str]
    change_words: list[str]
    veto_units: list[str]
    counted_compounds: list[str]
    exact_veto_units: list[str]
    hint_openers: list[str]
    index_words: list[str]
    subject_verbs: list[str]
    subject_openers: list[str]
    subject_max_words: int
    rate_heads: list[str]
    rate_max_words: int
    count_headers: list[str]
    not_count_headers: list[str]
    total_rows: list[str]


def _f(word: str) -> str:
    return fold(word).lower()


@functools.lru_cache(maxsize=1)
def number_words() -> NumberWords:
    """The bundled quantity vocabulary, folded and lower-cased."""
    raw = resources.files("directive_parser.data").joinpath("numbers.toml").read_text("utf-8")
    d = tomllib.loads(raw)
    nw, b, nq, s = d["number_words"], d["bounds"], d["not_quota"], d["subjects"]
    return NumberWords(
        units={_f(k): v for k, v in nw["units"].items()},
        after_ten={_f(k): v for k, v in nw["after_ten"].items()},
        ten=_f(nw["ten"]),
        tens=_f(nw["tens"]),
        multipliers={_f(k): v for k, v in nw["multipliers"].items()},
        after_verbs=[_f(w) for w in nw["after_verbs"]],
        not_counted_after=[_f(w) for w in nw["not_counted_after"]],
        not_after_verbs=[_f(w) for w in nw["not_after_verbs"]],
        min_words=[_f(w) for w in b["min"]],
        max_words=[_f(w) for w in b["max"]],
        min_after=[_f(w) for w in b["min_after"]],
        at_least_not_after=[_f(w) for w in b["at_least_not_after"]],
        soft_min=[_f(w) for w in b["soft_min"]],
        between=[_f(w) for w in b["between"]],
        targets=[_f(w) for w in d["targets"]["words"]],
        not_targets=[_f(w) for w in d["targets"]["not_targets"]],
        after_share=[_f(w) for w in d["targets"]["after_share"]],
        reach_words=[_f(w) for w in d["targets"]["reach_words"]],
        ask_words=[_f(w) for w in d["targets"]["ask_words"]],
        per_holders=[_f(w) for w in d["targets"]["per_holders"]],
        each_words=[_f(w) for w in d["targets"]["each_words"]],
        breakdown_words=[_f(w) for w in d["targets"]["breakdown_words"]],
        label_words=[_f(w) for w in d["targets"]["label_words"]],
        by_year_words=[_f(w) for w in d["targets"]["by_year_words"]],
        by_year_not_after=[_f(w) for w in d["targets"]["by_year_not_after"]],
        topic_openers=[_f(w) for w in nq["topic_openers"]],
        passive_agents=[_f(w) for w in d["unit_phrase"]["passive_agents"]],
        qualities=[_f(w) for w in d["unit_phrase"]["qualities"]],
        issuer_organs=[_f(w) for w in d["issuer_organs"]["words"]],
        veto_words=[_f(w) for w in nq["clause_words"]],
        report_words=[_f(w) for w in nq["report_words"]],
        change_words=[_f(w) for w in nq["change_words"]],
        veto_units=[_f(w) for w in nq["units"]],
        counted_compounds=[_f(w) for w in nq["counted_compounds"]],
        exact_veto_units=[_f(w) for w in nq["exact_units"]],
        hint_openers=[_f(w) for w in nq["hint_openers"]],
        index_words=[_f(w) for w in nq["index_words"]],
        subject_verbs=[_f(w) for w in s["verbs"]],
        subject_openers=[_f(w) for w in s["openers"]],
        subject_max_words=int(s["max_words"]),
        rate_heads=[_f(w) for w in s["rate_heads"]],
        rate_max_words=int(s["rate_max_words"]),
        count_headers=[_f(w) for w in d["table_counts"]["headers"]],
        not_count_headers=[_f(w) for w in d["table_counts"]["not_headers"]],
        total_rows=[_f(w) for w in d["table_counts"]["total_rows"]],
    )


def _alt(words: list[str]) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return _alt_of(tuple(words))


@functools.lru_cache(maxsize=64)
def _alt_of(words: tuple[str, ...]) -> str:
    # Cached: the stage builds the same alternations for every number it reads.
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


# The base of a share: "số đại biểu …", "tổng số hộ …", "trên tổng số …", "của tổng số …".
BASE_RE = regex.compile(r"^(?:(?:trên|của)\s+)?(?:tổng\s+)?số\s+\p{L}", regex.V1 | regex.I)


def _has_word(haystack: str, words: list[str]) -> bool:
    return bool(words) and _any_word_re(tuple(words)).search(haystack) is not None


@functools.lru_cache(maxsize=64)
def _any_word_re(words: tuple[str, ...]) -> regex.Pattern[str]:
    """VOCABULARY_WORDS_ONCE: one pattern for a data list's words, each whole (not inside a longer word), compiled
    once for the process instead of one pattern per word at each clause (``_has_word``: 11,606 searches over the
    117 corpus texts). A search of the alternatives finds one where a search of any single word does."""
    return regex.compile("|".join(rf"(?<!\p{{L}}){regex.escape(w)}(?!\p{{L}})" for w in words))


# ============================================================================================
# The grammar
# ============================================================================================


@functools.lru_cache(maxsize=1)
def quantity_re() -> regex.Pattern[str]:
    """A quantity phrase: optional bound word, a number or a range, a multiplier, "%".

    Runs on the folded, lower-cased text. Examples and the groups they yield:

    * "ít nhất 03 mô hình"      → bmin="ít nhất", n1="03"
    * "không quá 05 nội dung"   → bmax="không quá", n1="05"
    * "từ 03 đến 05 mô hình"    → tu="từ", n1="03", n2="05"
    * "từ 4-5 nội dung"         → tu, n1="4", n2="5"
    * "22 - 23 triệu lượt"      → n1="22", n2="23", mult="triệu"
    * "100% cán bộ"             → n1="100", pct="%"
    * "ba mô hình"              → n1="ba"
    * "đạt trên 95% kế hoạch"   → bsoft="trên", n1="95", pct="%" (a bound only after "đạt")
    * "tối thiểu đạt 250 người" → bmin="tối thiểu", n1="250"
    """
    w = number_words()
    word_num = _alt(list(w.units) + list(w.after_ten) + [w.ten, w.tens])
    # One number: digits with "." thousands and "," decimals ("2.000", "3,25"), or 1-4 number
    # words ("hai mươi lăm"). Not part of a date, a symbol ("gói J3-1") or a longer number.
    number = rf"""(?:
            (?<![\d/.,:\p{{L}}“"])(?<!\p{{L}}\d*-)(?:\d{{1,3}}(?:\.\d{{3}})+|\d+)(?:,\d+)?(?![\d/]|[.,]\d|\s?/\s?\d)
          | (?<!\p{{L}})(?:{word_num})(?:\s+(?:{word_num})){{0,3}}(?!\p{{L}})
        )"""
    mult = _alt(list(w.multipliers))
    # "tối thiểu đạt 250 người" (n039); COPULA_AFTER_BOUND "ít nhất là 1 ngày lương", BOUND_BEFORE_VERB "tối thiểu tham
    # gia 1 đội" (the probe's pf17, pb21): the word stands before digits or a number word.
    between = rf"(?:(?:{_alt(w.between)})\s+(?=\d|(?:{word_num})(?!\p{{L}})))?"
    return regex.compile(
        rf"""
        (?:
            (?P<bmin>(?<!\p{{L}})(?:{_alt(w.min_words)}))\s*:?\s*{between}  # ít nhất, tối thiểu (đạt)
          | (?P<bmax>(?<!\p{{L}})(?:{_alt(w.max_words)}))\s*:?\s*{between}  # không quá, tối đa
          | (?P<tu>(?<!\p{{L}})từ)\s+                                      # từ N đến M
          | (?P<bsoft>(?<!\p{{L}})(?:{_alt(w.soft_min)}))\s+                # (đạt) trên N
        )?
        (?P<n1>{number})
        (?:\s*(?P<m1>{mult})(?!\p{{L}}))?
        (?P<p1>\s?%)?
        (?:                                                              # the upper end
            (?:\s*(?:\p{{L}}+\s+){{0,3}}?)??                               # "từ 01 dòng đến 03 dòng"
            (?:\s*(?:đến|tới|[-–—])\s*|(?<=\d)\s+(?=\d))                   # "đến", "-", or OCR-lost
            (?P<n2>{number})
            (?:\s*(?P<m2>{mult})(?!\p{{L}}))?
        )?
        (?P<pct>\s?%)?
        (?P<after>\s*(?:{_alt(w.min_after)})(?!\p{{L}}))?
        """,
        regex.X | regex.V1,
    )


def parse_number(raw: str, multiplier: str | None = None) -> int | None:
    """The integer value of a number as printed, or None if it is not a whole number.

    Args:
        raw: digits ("03", "2.000", "3,25") or number words ("ba", "mười lăm", "hai mươi mốt"),
            folded and lower-cased.
        multiplier: a multiplier word that follows it ("nghìn", "triệu"), or None.

    Returns:
        The value ("3,25" with "triệu" → 3 250 000), or None for a fraction ("1,6").

    >>> parse_number("2.000"), parse_number("mười lăm"), parse_number("3,25", "triệu")
    (2000, 15, 3250000)
    """
    w = number_words()
    raw = raw.strip()
    factor = w.multipliers.get(multiplier, 1) if multiplier else 1
    if raw[0].isdigit():
        whole, _, frac = raw.partition(",")
        if len(whole.replace(".", "")) > MAX_DIGITS:
            return None
        value = float(whole.replace(".", "") + ("." + frac if frac else "")) * factor
    else:
        words = _words_value(raw.split(), w)
        if words is None:
            return None
        value = words * factor
    if abs(value - round(value)) > 1e-6:
        return None
    return round(value)


def _words_value(words: list[str], w: NumberWords) -> float | None:
    """Read 1-99 from number words: "ba" 3, "mười" 10, "mười lăm" 15, "hai mươi mốt" 21."""
    total = 0
    tens_seen = False
    digit: int | None = None
    for i, word in enumerate(words):
        if word == w.ten and not tens_seen and digit is None:
            total, tens_seen = 10, True
        elif word == w.tens and digit is not None and not tens_seen:
            total, digit, tens_seen = digit * 10, None, True
        elif word in w.units and digit is None and (i == 0 or tens_seen) and (word != "tư" or tens_seen):
            digit = w.units[word]
        elif word in w.after_ten and tens_seen and digit is None:
            digit = w.after_ten[word]
        else:
            return None
    if digit is None and not tens_seen:
        return None
    return total + (digit or 0)


# ============================================================================================
# Context: sentence, clause, parenthesis
# ============================================================================================

class _Sentences:
    """The sentences around a number, as the structure layer's splitter cut them (one splitter for
    the package), and the clauses a label's ":" cuts them into ("Thời lượng: Tối thiểu 08 phút")."""

    def __init__(self, low: str, sentences: list[Sentence]) -> None:
        self.low = low
        self.sentences = sentences
        self.starts = [x.start for x in sentences]

    def sentence(self, pos: int, start: int, end: int) -> tuple[int, int]:
        """The sentence holding ``pos``, within ``[start, end)`` (the window when none holds it)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return max(start, self.sentences[i].start), min(end, self.sentences[i].end)
        return start, end

    def clause(self, sentence: tuple[int, int], pos: int, last: int) -> tuple[int, int]:
        """The part of ``sentence`` between the labels' colons around ``pos`` .. ``last``."""
        s_start, s_end = sentence
        colon = self.low.find(":", last, s_end)
        return self.low.rfind(":", s_start, pos) + 1 or s_start, colon if colon != -1 else s_end


_PAREN_RE = regex.compile(r"[()]")


def _open_paren(text: str, start: int, pos: int) -> int | None:
    """Offset of the "(" that encloses ``pos`` (searching back to ``start``), or None."""
    blank = text.rfind("\n\n", start, pos)  # a blank line closes every parenthesis
    lo = start if blank == -1 else blank + 1
    depth = 0
    for i in reversed([m.start() for m in _PAREN_RE.finditer(text, lo, pos)]):
        if text[i] == ")":
            depth += 1
        elif depth == 0:
            return i
        else:
            depth -= 1
    return None


# ============================================================================================
# Unit and subject
# ============================================================================================

# The counted noun stops at punctuation, a table's cell border, an opening quote or bracket, or a linking word that
# starts a qualifier ("03 mô hình “Dân vận khéo”", "01 nội dung cấp tỉnh", "10 tác phẩm, gồm"). DESTINATION_ENDS_UNIT:
# "vào" opens where a thing goes, not what is counted ("ủng hộ ít nhất một ngày lương vào Quỹ …", the probe's pf19).
# EACH_ENDS_UNIT (session 29): "mỗi" opens the period or the holder the count is given per ("ít nhất 02 buổi sinh hoạt mỗi
# năm", own sentence): no part of what is counted (no dev gold unit holds it).
UNIT_STOP_RE = regex.compile(
    r"""[,.;:!?()\[\]“”"'…|]|\s[-–]\s|\n(?!\s*(?-i:\p{Ll}))
      | (?<!\p{L})(?:cùng|cấp|để|trong|tại|của|theo|trên|cho|với|và|hoặc|năm|gồm|nhằm|thuộc|so|sẽ|là|đối|từ|đến|tham|vào|mỗi)(?!\p{L})
      | (?<!\p{L})(?<!(?i:chương|quy|lộ|hành|tiến|giáo|công)\s)trình(?!\p{L})  # "trình" (submit), not "chương trình"
    """,
    regex.X | regex.V1,
)


# A gloss in brackets inside the counted noun is part of it when it is this short and holds no
# number: "01 phường (thị trấn)", "08 Tuyến phố (đường, hẻm) văn minh", "(OCOP)".
GLOSS_MAX_WORDS = 4
# A comma joins a further noun to the counted one when both sides are this short (syllables) and
# what follows is not a verb: "250 nghìn ý tưởng, sáng kiến của ...", "300 thôn, bản khó khăn được ..."; a longer run
# after a comma is a new clause ("02 mô hình, tổng hợp kết quả báo cáo về ...").
LIST_ITEM_MAX_WORDS = 4
# Where a comma-part ends (the listed noun's part, checked for a number of its own).
COMMA_PART_END_RE = regex.compile(r"[,;:.!?]")


@functools.lru_cache(maxsize=1)
def _passive_agent_re() -> regex.Pattern[str]:
    """ "được" followed by an agent: "cây xanh được đoàn viên, thanh niên tham gia"."""
    agents = _alt(number_words().passive_agents)
    return regex.compile(rf"(?<!\p{{L}})được\s+(?:{agents})(?!\p{{L}})", regex.V1 | regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _quality_re() -> regex.Pattern[str]:
    """An evaluative adjective after the counted noun: "05 mô hình tiêu biểu"."""
    return regex.compile(
        rf"(?<=\p{{L}}\s+)(?:{_alt(number_words().qualities)})(?!\p{{L}})", regex.V1 | regex.IGNORECASE
    )


def _continuation(text: str, pos: int, stop: regex.Match[str], end: int) -> int | None:
    """Where the counted noun goes on past ``stop`` (a gloss, a listed noun), or None."""
    mark = stop.group()
    if mark == "(":
        close = text.find(")", stop.end(), min(end, stop.end() + 60))
        inner = text[stop.end() : close] if close != -1 else ""
        if inner.strip() and not regex.search(r"\d", inner) and len(inner.split()) <= GLOSS_MAX_WORDS:
            return close + 1
        return None
    if mark == ",":
        nxt = UNIT_STOP_RE.search(text, stop.end(), end)
        seg = text[stop.end() : nxt.start() if nxt else end]
        agent = _passive_agent_re().search(seg)
        seg = seg[: agent.start()] if agent else seg
        words = seg.split()
        item_start = max(text.rfind(",", 0, stop.start()) + 1, pos)
        if len(text[item_start : stop.start()].split()) > LIST_ITEM_MAX_WORDS:
            return None  # a long phrase before the comma is not an item of a list of nouns
        if not words or len(words) > LIST_ITEM_MAX_WORDS:
            return None
        # A comma-part with a number of its own is the next quantity, not a listed noun:
        # "130 triệu lượt khách nội địa, tổng thu từ du lịch tăng trưởng 12 - 13%".
        part_end = COMMA_PART_END_RE.search(text, stop.end(), end)
        if regex.search(r"\d", text[stop.end() : part_end.start() if part_end else end]):
            return None
        if _opens_with_verb(_f(" ".join(words))):
            return None
        return stop.end()
    return None


def _unit_end(text: str, pos: int, end: int) -> int:
    """Where the counted noun phrase starting at ``pos`` ends."""
    cur = pos
    while True:
        stop = UNIT_STOP_RE.search(text, cur, end)
        seg_end = stop.start() if stop else end
        agent = _passive_agent_re().search(text, cur, seg_end) or _quality_re().search(text, cur, seg_end)
        if agent:
            return agent.start()
        if stop is None or not text[pos:seg_end].strip():
            return seg_end
        nxt = _continuation(text, pos, stop, end)
        if nxt is None:
            return seg_end
        cur = nxt


_UNIT_WORD_RE = regex.compile(r"[\p{L}\p{M}\d]+(?:/[\p{L}\p{M}\d]+)*\)?")


# QUOTED_COUNTED_NAME: a count followed by a name in quotation marks counts the things so named: "UBND các phường đăng
# ký 2-3 "Tuyến đường, tuyến phố văn minh đô thị"" (the probe's pi03) → "Tuyến đường, tuyến phố văn minh đô thị", as "03
# mô hình “Dân vận khéo”" (000) counts "mô hình". A space opens it (a quote glued to the number closes a name that
# holds it: QUOTED_NAME_NUMBER), and the name holds no digit and no line break.
_QUOTED_UNIT_RE = regex.compile(r"[ \t]+[“\"](?P<name>\p{L}[^“”\"\n\d]{0,200}?)[”\"]", regex.V1)


def _unit(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The counted noun phrase starting at ``pos``, and where it ends; None if none."""
    quoted = _QUOTED_UNIT_RE.match(text, pos, min(end, pos + UNIT_MAX_CHARS))
    if quoted is not None and len(quoted.group("name").split()) <= UNIT_MAX_WORDS:
        return " ".join(quoted.group("name").split()), quoted.end()
    seg_end = _unit_end(text, pos, min(end, pos + UNIT_MAX_CHARS))
    words = list(itertools.islice(_UNIT_WORD_RE.finditer(text, pos, seg_end), UNIT_MAX_WORDS))
    if not words or not regex.match(r"\s*\p{L}", text[pos:seg_end]):
        return None
    u_end = words[-1].end()
    return " ".join(text[words[0].start() : u_end].split()), u_end


def _at_least_after_unit(unit: str, w: NumberWords) -> int | None:
    """UNIT_THEN_AT_LEAST: where "trở lên" (numbers.toml [bounds] min_after) closes the counted noun, or None: "Mỗi xã xây
    dựng từ 03 mô hình trở lên" (own sentence; the standard form of "ít nhất 03 mô hình") → the noun "mô hình", 3/None
    once the sentence sets the count as a target (the caller). Counter-example: "Chi bộ có từ 3 đảng viên chính thức trở
    lên thì …" (c103, c105: a condition; no target word, so no quota), "8% trở lên" (read by the grammar)."""
    m = regex.search(rf"\s(?:{_alt(w.min_after)})(?!\p{{L}})", _f(unit))
    return m.start() if m is not None and m.start() > 0 else None


# Between a bare bound and the opposite bound that names the noun: ",", ";", "và", "hoặc".
_SHARED_GLUE_RE = regex.compile(r"[ \t]*(?:[,;]|và|hoặc)[ \t]*(?:[,;][ \t]*)?", regex.V1)


def _shared_noun(text: str, low: str, q_end: int, end: int, lower: bool) -> tuple[str, int] | None:
    """BOUNDS_SHARE_NOUN: the counted noun of a bound printed bare before the opposite bound that names it, and the end
    of its own number (so that ``_merge_bounds`` joins the two): "đăng ký tối thiểu 01 và tối đa 03 sản phẩm" → "sản
    phẩm" for the 01, then 1/3 (own sentence; c125 prints the pair with a noun on each side, "Tối thiểu 08 phút; tối đa
    không quá 12 phút"). Counter-examples: a bare bound followed by the same side's bound or by none ("tối thiểu 01 và
    03 sản phẩm") names no noun of its own."""
    glue = _SHARED_GLUE_RE.match(low, q_end, end)
    if glue is None:
        return None
    nxt = quantity_re().match(low, glue.end(), end)
    if nxt is None or not (nxt.group("bmax") if lower else nxt.group("bmin") or nxt.group("after")):
        return None
    got = _unit(text, nxt.end(), end)
    return (got[0], q_end) if got is not None else None


def _at_least_slot(low: str, c_start: int, tu: int, w: NumberWords) -> bool:
    """AT_LEAST_SLOT: whether the "từ" at ``tu`` of a "từ N X trở lên" stands where "ít nhất" would, right after a verb
    ([subjects] verbs but [bounds] at_least_not_after) or opening a label's slot: "Các Tỉnh đoàn triển khai xây dựng mới
    từ 08 Tuyến phố trở lên" (c120's "ít nhất 08 Tuyến phố", rewritten), "Thời lượng: Từ 08 phút trở lên" (c125's
    "Tối thiểu 08 phút", rewritten). Counter-examples: "Chi bộ có từ 3 đảng viên chính thức trở lên thì …" (a condition:
    "có"), "Diện tích đất từ 3 ha trở lên" (a noun before it)."""
    if not low[c_start:tu].strip():
        return c_start > 0 and low[c_start - 1] == ":"  # a label's slot: "Thời lượng: Từ 08 phút trở lên"
    verbs = tuple(v for v in w.subject_verbs if v not in w.at_least_not_after)
    return _word_ends_re(verbs).search(low[max(c_start, tu - 30) : tu]) is not None


def _subject(t: Text, low: str, clause_start: int, cue_start: int, label: bool = False) -> str | None:
    """Who must meet the quota: the clause opening, without the verbs before the number.

    "Mỗi xã xây dựng nông thôn mới kiểu mẫu xây dựng ít nhất 03" → "Mỗi xã xây dựng nông thôn
    mới kiểu mẫu"; "Các huyện ... Tỉnh ủy: giới thiệu 02 mô hình" → the label before the colon
    (``label=True``: a label may open with a verb, "Hỗ trợ dài hạn: Tối thiểu 500.000 đồng").
    """
    w = number_words()
    text = t.text  # ``low`` is ``t.fold.lower()``, lowered once by the caller
    # A label "X: giới thiệu 02 mô hình" (list item): X is who.
    seg = low[clause_start:cue_start]
    lead = regex.match(r"[\s\-–+•*]*(?:(?:\d+(?:\.\d+)*|[IVX]+|[a-zđ])[.)]\s+)?", seg)
    start = clause_start + (lead.end() if lead else 0)
    end = cue_start
    # Cut the verb run right before the number.
    verbs = _alt(w.subject_verbs)
    while True:
        m = regex.search(rf"(?<!\p{{L}})(?:{verbs})\s*$", low[start:end])
        if not m or m.start() == 0:
            break
        end = start + m.start()
    # Cut clause openers ("Giao", "trong đó").
    while True:
        m = regex.match(rf"(?:{_alt(w.subject_openers)})(?!\p{{L}})\s*", low[start:end])
        if not m:
            break
        start += m.end()
    value = text[start:end].strip(" \t\n,:-–")
    if not value or not regex.match(r"\p{L}", value):
        return None
    n_words = len(value.split())
    if _is_rate_name(low[start:end].strip(), n_words, w):
        return " ".join(value.split())  # RATE_NAME_IS_WHO
    if n_words > w.subject_max_words or regex.search(r"\d\s*$", value):
        return None  # a sentence, or an index label ("Chỉ tiêu 3")
    if label:
        return " ".join(value.split())
    # The subject opens with a noun, not a verb (a sentence without a subject: "Hỗ trợ ít nhất").
    if _opens_with_verb(low[start:end].strip()):
        return None
    return " ".join(value.split())


def _is_rate_name(low: str, n_words: int, w: NumberWords) -> bool:
    """RATE_NAME_IS_WHO: whether a folded subject opens with a rate's name ("tỷ lệ …", numbers.toml [subjects] rate_heads)
    and is no longer than a rate's name runs: "Tỷ lệ giải ngân kế hoạch đầu tư vốn ngân sách nhà nước năm 2026" (n001)
    keeps its year and its length. Counter-example: "Chỉ tiêu 3" is an index label, not a rate."""
    return n_words <= w.rate_max_words and regex.match(rf"(?:{_alt(w.rate_heads)})(?!\p{{L}})", low) is not None


def _opens_with_verb(low: str) -> bool:
    """Whether a folded, lowered phrase opens with one of the subject verbs (a whole verb, not its
    first syllable) or a counted target word.

    "phân bổ chỉ tiêu xây dựng mới" (c120's heading before "ít nhất 500 tuyến phố") opens with a
    verb; "thành đoàn hải phòng" and "tổ dân phố" open with a noun whose first syllable is also the
    first syllable of a verb ("thành lập", "tổ chức").
    """
    w = number_words()
    if regex.match(rf"(?:{_alt(w.subject_verbs)})(?!\p{{L}})", low):
        return True
    first = low.split(" ", 1)[0]
    return first in w.targets


def _percent_subject(text: str, pos: int, end: int) -> str | None:
    """What a percentage counts: the noun phrase after "%", up to the end of its clause."""
    m = regex.match(r"\s*([^;:\n]*?)(?=\s*(?:[;:\n]|[.](?:\s|$)|(?:,|\s+và)\s*\d+\s?%|$))", text[pos:end])
    if not m:
        return None
    value = " ".join(m.group(1).split()).strip(" ,")
    purpose = _purpose_re().search(value)
    if purpose is not None:
        value = value[: purpose.start()].strip(" ,")  # A10: "… Cổng dịch vụ công quốc gia | để người dân … theo dõi" (n064)
    return value or None


@functools.lru_cache(maxsize=1)
def _purpose_re() -> regex.Pattern[str]:
    """A purpose clause after a share's noun is no part of it (annotations/README.md A10, D8: n064 "100% hồ sơ
    TTHC phải được tiếp nhận, … đồng bộ với Cổng dịch vụ công quốc gia để người dân, doanh nghiệp theo dõi …"
    → subject ends before "để"); not after "không", "tạo điều kiện", "làm cơ sở" (data/dates.toml [purpose]),
    whose "để" opens their object."""
    w = date_words().purpose
    return regex.compile(rf"(?<!(?<!\p{{L}})(?:{_alt(w.not_after)}))\s(?:{_alt(w.words)})\s", regex.V1 | regex.I)


# ============================================================================================
# The stage
# ============================================================================================


def _zones(layout: Layout, n: int) -> list[tuple[int, int]]:
    """Where quotas can be: the body and the attachments (not the header, not the closing)."""
    zones = [(layout.body_start, layout.closing_start)]
    if layout.closing_end < n:
        zones.append((layout.closing_end, n))
    return zones


# IDENTIFIER_NUMBER (session 43): a code, not a count: a run of digits with no separator of at least
# IDENTIFIER_MIN_DIGITS (a tax or an enterprise code, a phone number: "Giấy chứng nhận đăng ký doanh nghiệp số: 0106028855
# do Sở Kế hoạch và Đầu tư … cấp", an unseen commune notice, read as 106,028,855 "do Sở Kế hoạch"), or one that opens
# with a zero and runs to four digits or more ("0246"). Counter-examples: a count keeps its zero only when short ("05 mô
# hình", "01 bài viết"), and a large count prints its thousands ("100.000 lượt", "1.500.000 đồng").
IDENTIFIER_MIN_DIGITS = 8


def _is_identifier(raw: str) -> bool:
    """Whether a printed number is a code (IDENTIFIER_NUMBER, above)."""
    return raw.isdigit() and (len(raw) >= IDENTIFIER_MIN_DIGITS or (raw.startswith("0") and len(raw) >= 4))


def find_quotas(
    t: Text,
    start: int = 0,
    end: int | None = None,
    sentences: list[Sentence] | None = None,
    in_targets: Callable[[int], bool] | None = None,
    sets_figures: Callable[[int], bool] | None = None,
) -> list[Quota]:
    """All quotas in ``t.text[start:end]``, in order.

    Args:
        t: the normalised text.
        start: where to start looking.
        end: where to stop (default: the end of the text).
        sentences: the text's sentences (``Structure.sentences``); cut here by the same splitter
            when not given.
        in_targets: whether a position lies in a part of targets ("II. CHỈ TIÊU CHỦ YẾU",
            ``Structure.section_kind``); there a change word sets a target, not a past result.
        sets_figures: whether a position lies in a part that sets a plan's figures (its aims or its targets,
            ``Structure.section_kind``); there a count that opens a list item is a target (COUNT_OPENS_AIM_ITEM).

    Returns:
        The quotas, each with its phrase (``text``) and ``evidence``.
    """
    end = len(t.text) if end is None else end
    w = number_words()
    low = t.fold.lower()
    text = t.text
    out: list[Quota] = []
    last_subject: tuple[int, str | None] = (-1, None)
    zone_start, zone_end = start, end
    around = _Sentences(low, split_sentences(text, start, end) if sentences is None else sentences)
    for m in quantity_re().finditer(low, zone_start, zone_end):
        # The context of this number: its sentence, clause and noun lie within this window.
        start = max(zone_start, m.start() - CONTEXT_MAX_CHARS)
        end = min(zone_end, m.end() + CONTEXT_MAX_CHARS)
        bmin, bmax, tu, after = m.group("bmin"), m.group("bmax"), m.group("tu"), m.group("after")
        # "trên 95%" bounds a share from below: "đạt trên 95% kế hoạch", "- Trên 80% số trạm y tế
        # …" ("trên" before a count is "on": "trên 63 tỉnh", so only percentages).
        soft = bool(m.group("bsoft") and (m.group("pct") or m.group("p1")))
        if soft:
            bmin = m.group("bsoft")
        n1 = parse_number(m.group("n1"), m.group("m1") or m.group("m2"))
        n2 = parse_number(m.group("n2"), m.group("m2")) if m.group("n2") else None
        if n1 is None or (m.group("n2") and n2 is None):
            continue
        is_words = not m.group("n1")[0].isdigit()
        pct = bool(m.group("pct") or m.group("p1"))
        ranged = n2 is not None
        bounded = bool(bmin or bmax or after)
        n1_start = m.start("n1")
        before = low[max(start, n1_start - 24) : n1_start]
        if _is_identifier(m.group("n1")):
            continue  # veto IDENTIFIER_NUMBER
        # An index, not a count: "Điều 5", "ngày 15", "giai đoạn 2021 - 2025", "Chỉ tiêu 3".
        if not bounded and not tu and regex.search(rf"(?<!\p{{L}})(?:{_alt(w.index_words)})\s*$", before):
            continue
        if n2 is not None and (n2 <= n1 or (n1 in YEAR_RANGE and n2 in YEAR_RANGE)):
            continue
        # Number words count only after a bound word or "từ" (else "năm" is "year", "ba" a name).
        if is_words and not (bounded or tu or _word_after_selection(low, m.start("n1"), m.end("n1"), w)):
            continue
        q_end = m.end()
        if not pct and not bounded and regex.match(r"[ \t]*\n", low[q_end : q_end + 3]):
            continue  # a number alone at a line end: a page number or a table cell ("tối thiểu 500 ngàn\nđồng" goes on)
        if not pct and not bounded and regex.match(r"\p{L}", low[q_end : q_end + 1]):
            continue  # glued to letters: a name or a measure ("5G", "20km dự án"), not a count
        after_unit: int | None = None
        if pct:
            unit, unit_end = "%", q_end
            after_pct = _unit(text, q_end, end)
            if after_pct and _f(after_pct[0]).split(" ")[0] in w.veto_units:
                continue  # "30% điểm": a share of the score
        else:
            got = _unit(text, q_end, end)
            if got is None and bounded:
                got = _shared_noun(text, low, q_end, end, bool(bmin or after))
            if got is None:
                continue
            unit, unit_end = got
            after_unit = _at_least_after_unit(unit, w)
            if after_unit is not None and not bounded:
                unit = unit[:after_unit].rstrip()  # UNIT_THEN_AT_LEAST: the bound is read after the target test
            # SLASH_ENDS_HEAD (session 29): the head ends at "/" too ("đồng/người/năm" is money per head, PER_HOLDER_RATE)
            head = regex.split(r"[ /,;]", _f(unit), maxsplit=1)[0]  # (and at a comma: "29 tỷ VNĐ, phương án huy động")
            if (head in w.veto_units or _f(unit) in w.veto_units) and not _counted_compound(_f(unit), w):
                continue
            if not (bounded or ranged) and head in w.exact_veto_units and not _counted_compound(_f(unit), w):
                continue
        s_start, s_end = around.sentence(m.start(), start, end)
        if _in_quoted_name(low, s_start, m.start(), s_end):
            continue  # veto QUOTED_NAME_NUMBER
        if _in_topic_line(low, m.start()):
            continue  # veto TOPIC_LINE_IS_NO_QUOTA
        c_start, c_end = around.clause((s_start, s_end), m.start(), unit_end)
        clause = low[c_start:c_end]
        if _has_word(clause, w.veto_words):
            continue
        # A hint of a form to fill: "(Nêu tóm tắt nội dung từ 03 đến 05 dòng)".
        paren = _open_paren(low, s_start, m.start())
        hint_from = paren + 1 if paren is not None else c_start
        if regex.match(rf"{LEADER}(?:{ITEM_NUMBER}\s*)?(?:{_alt(w.hint_openers)})(?!\p{{L}})", low[hint_from : m.start()]):
            continue
        if tu and after_unit is not None and not bounded and _at_least_slot(low, c_start, m.start("tu"), w):
            after, bounded = "trở lên", True  # AT_LEAST_SLOT: "xây dựng mới từ 08 Tuyến phố trở lên"
        each: tuple[str | None, str | None] | None = None
        if not (bounded or ranged):
            # An exact count is a quota only where the sentence sets a target.
            each = _each_allocation(low, c_start, m.start(), w)
            window = low[max(s_start, m.start() - TARGET_WINDOW) : m.start()]
            # A target word outside an open parenthesis: "giới thiệu app (nền tảng ... 03 nhóm"
            # does not make "03 nhóm" a target.
            opened = window.rfind("(")
            if opened > window.rfind(")"):
                window = window[opened + 1 :]
            # "bình chọn" (a vote), "cử tri" (voters) hold a target word but set no target.
            window = regex.sub(rf"(?<!\p{{L}})(?:{_alt(w.not_targets)})(?!\p{{L}})", lambda x: " " * len(x[0]), window)
            if not (
                _has_word(window, w.targets)
                or _pct_opens_clause(low, c_start, m.start(), pct)
                or _next_in_list(low, out, c_start, m.start())
                or _next_share(low, out, m.start(), pct)
                or _share_that_must(low, q_end, c_end, pct)
                or _share_reached(low, m.start(), pct)
                or each is not None
                or _after_quantity_label(low, c_start, m.start())
                or (pct and _by_year_re().search(low, max(c_start, m.start() - TARGET_WINDOW), m.start()) is not None)
                or (sets_figures is not None and _count_opens_item(low, c_start, m.start()) and sets_figures(m.start()))
                or _share_asked(low, m.start(), pct)
                or (not pct and _per_holder_rate(unit))
                or (pct and sets_figures is not None and sets_figures(m.start()))  # AIM_PART_SHARE
            ):
                continue
            if n1 in YEAR_RANGE and not pct:
                continue
            if each is not None and (each[0] or each[1]):
                bmin, bmax = each  # BOUND_BEFORE_EACH: "ít nhất mỗi tỉnh, thành phố 01 hợp tác xã …" (c113)
                bounded = True
            elif m.group("bsoft") and not pct:
                # SOFT_BOUND_ON_COUNT: "trên"/"hơn" ("over", "more than") before a count the sentence sets as a target
                # bounds it from below, as before a share: "Mỗi xã vận động trên 50 hộ gia đình đăng ký" → 50/None (own
                # sentence). Only here, after the target test: "trên 63 tỉnh" with no target is "on" and no quota, and
                # "xã có trên 50 hộ nghèo" a fact; its report words are read as a share's are (``soft``).
                bmin, bounded, soft = m.group("bsoft"), True, True
            elif after_unit is not None:
                # UNIT_THEN_AT_LEAST: "(từ) N X trở lên" bounds the count from below once the sentence sets it as a target
                # (``_at_least_after_unit``); its report words are read as a share's are.
                after, bounded, soft = "trở lên", True, True
        if not (bounded or ranged) or soft:
            # A past result in the same comma-separated part: "đạt 17,6 triệu lượt, tăng 39%".
            part_start = max(low.rfind(",", c_start, m.start()) + 1, c_start)
            part_end = low.find(",", unit_end, c_end)
            part = low[part_start : part_end if part_end != -1 else c_end]
            if in_targets is not None and in_targets(m.start()):
                # "II. CHỈ TIÊU …: - Hằng năm, số vụ phạm tội … được phát hiện, bắt giữ … tăng trên 3%"
                # (n004): under targets a change is the one to reach
                part = regex.sub(rf"(?<!\p{{L}})(?:{_alt(w.change_words)})(?!\p{{L}})", lambda x: " " * len(x[0]), part)
            if _has_word(part, w.report_words):
                continue
        # The issuer's own choice: "Ban Bí thư Trung ương Đoàn lựa chọn 12 đơn vị để ...".
        # The organ opens the clause or the comma-part before the number ("(4) Trên cơ sở đó, Ban
        # Bí thư ... sẽ chọn 6 đội"); "gửi về Ban Tổ chức 02 bản" names it as the addressee.
        # ISSUER_ORGAN_AFTER_ITEM_NUMBER (session 29): the organ may open a numbered item ("1. Ban Tổ chức sẽ chọn 20 tác
        # phẩm …", own sentence; the issuer's choice in a plan's numbered schedule).
        organ = rf"(?:^|[,(]|\)\s)[\s\-–+•*]*(?:{ITEM_NUMBER}\s*)?(?:{_alt(w.issuer_organs)})(?!\p{{L}})[^,;:.()]{{0,60}}$"
        if regex.search(organ, low[c_start : m.start()]):
            continue
        lo = n1 if (bmin or after or ranged or not bmax) else None
        hi = n2 if ranged else (n1 if (bmax or not (bmin or after)) else None)
        if pct:
            subject = _percent_subject(text, q_end, c_end if c_end > q_end else s_end)
            if subject is None:
                # nothing counted after the share: what it is a share of opens the clause ("Tỷ lệ hồ
                # sơ trực tuyến toàn trình đạt tối thiểu 80%", n001)
                subject = _subject(t, low, c_start, m.start())
        else:
            subject = _subject(t, low, c_start, m.start())
            colon = c_start - 1
            while colon > start and low[colon] in " \t\n":
                colon -= 1  # a label ending its line is a sentence of its own
            if subject is None and low[colon : colon + 1] == ":":
                # "Mặt trận Tổ quốc ... tỉnh: giới thiệu 02 mô hình": the label is who.
                label_start = around.clause(around.sentence(colon, start, end), colon, colon)[0]
                subject = _subject(t, low, label_start, colon, label=True)
            if subject is None and 0 <= c_start - last_subject[0] <= INHERIT_GAP:
                subject = last_subject[1]
        last_subject = (unit_end, subject)
        phrase_end = unit_end if not pct else q_end
        ev = t.evidence(m.start(), phrase_end)
        # A share's noun is what it is a share of ("không quá 30% số đại biểu được triệu tập"): the
        # ratio keeps that base; who must meet it is not named there.
        base = None
        if unit == "%" and subject and BASE_RE.match(subject):
            base, subject = subject, None
        out.append(Quota(min=lo, max=hi, unit=unit, subject=subject, base=base, text=ev.text, evidence=ev))
    return out


# QUOTED_NAME_NUMBER: a number inside a name in quotation marks is part of the name (a movement's or a title's: "Sinh
# viên 5 tốt", "Ba sẵn sàng"), not a count to reach: "… tham dự lễ tuyên dương danh hiệu “Sinh viên ngân hàng 5 tốt” năm
# học …" (probe pf03: 5 "tốt" was read), "… triển khai phong trào “3 không” …" (own sentence). The quotes open before the
# number and close after it in its sentence. Counter-example: a count after the closing quote ("… mô hình “Dân vận
# khéo” … ít nhất 03 mô hình", 000) or before the opening one ("ít nhất 03 mô hình “Dân vận khéo”", 000).
_OPEN_QUOTES = "“„«"
_CLOSE_QUOTES = "”»"


def _word_after_selection(low: str, n_start: int, n_end: int, w: NumberWords) -> bool:
    """NUMBER_WORD_AFTER_SELECTION: whether the number word at ``low[n_start:n_end]`` follows a verb that picks or sends
    (numbers.toml [number_words] after_verbs) with nothing between them, and is no article or quantifier ("một số",
    "một cách"): "Mỗi chi đội cử một em chỉ huy" (the probe's pf11) → 1 "em chỉ huy". Counter-examples: "cử một số
    hội viên", "chọn một trong các hình thức", "đăng ký năm học" ("năm" is read only after a bound word)."""
    if low[n_start:n_end] in w.not_after_verbs:
        return False
    if not regex.search(rf"(?<!\p{{L}})(?:{_alt(w.after_verbs)})\s+$", low[max(0, n_start - 20) : n_start]):
        return False
    nxt = regex.match(r"\s*(\p{L}+)", low[n_end : n_end + 20])
    return nxt is not None and nxt.group(1) not in w.not_counted_after


# A trích yếu runs at most this many characters from its "V/v" to a number in it (five wrapped lines).
TOPIC_MAX_CHARS = 300


@functools.lru_cache(maxsize=1)
def _topic_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:^|\n|:[ \t]*)(?:{_alt(number_words().topic_openers)})\s", regex.V1)


def _in_topic_line(low: str, pos: int) -> bool:
    """TOPIC_LINE_IS_NO_QUOTA: whether ``pos`` lies in a công văn's trích yếu, from its "V/v" (numbers.toml [not_quota]
    topic_openers) at a line start or after a label's colon, with no "Kính gửi" and no sentence end before ``pos``: "V/v
    … thực hiện mục tiêu phát triển 15.000 hợp tác xã" (the probe's ph11). Counter-example: the count in the body."""
    lo = max(0, pos - TOPIC_MAX_CHARS)
    opener = next(iter(reversed(list(_topic_re().finditer(low, lo, pos)))), None)  # the nearest "V/v" before ``pos``
    if opener is None:
        return False
    between = low[opener.end() : pos]
    return "kính gửi" not in between and not regex.search(r"[.;]\s*\n", between)


def _counted_compound(unit: str, w: NumberWords) -> bool:
    """WAGE_DAY: whether a folded unit opens with a compound whose head is a calendar word but which names a thing
    counted ("ngày lương", a day's wage: "ủng hộ ít nhất một ngày lương", the probe's pf19; numbers.toml [not_quota]
    counted_compounds). Counter-example: "03 ngày" alone is a time."""
    return any(unit == c or unit.startswith(c + " ") or unit.startswith(c + "/") for c in w.counted_compounds)


def _in_quoted_name(low: str, s_start: int, pos: int, s_end: int) -> bool:
    """Whether ``pos`` lies inside a pair of quotation marks of its sentence (QUOTED_NAME_NUMBER)."""
    before = low[s_start:pos]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened != -1 and opened > max(before.rfind(q) for q in _CLOSE_QUOTES):
        return any(q in low[pos:s_end] for q in _CLOSE_QUOTES)
    straight = before.count('"')
    return straight % 2 == 1 and '"' in low[pos:s_end]


def _next_in_list(low: str, found: list[Quota], c_start: int, pos: int) -> bool:
    """A count that opens the clause right after a quota of its sentence is the next target of the
    list: "Chỉ tiêu 8: 12 triệu lượt thanh thiếu niên được tư vấn …; 3 triệu thanh niên được giới
    thiệu việc làm"."""
    prev = found[-1].evidence if found else None
    if prev is not None and 0 <= pos - prev.end <= INHERIT_GAP and _breakdown_glue_re().fullmatch(low, prev.end, pos):
        return True  # LIST_BREAKDOWN
    if prev is None or not 0 <= c_start - prev.end <= INHERIT_GAP or not _LIST_GLUE_RE.fullmatch(low, prev.end, c_start):
        return False
    return bool(regex.fullmatch(r"[\s\-–+•*]*", low[c_start:pos]))


@functools.lru_cache(maxsize=1)
def _breakdown_glue_re() -> regex.Pattern[str]:
    """LIST_BREAKDOWN: what may stand between a quota and the next count of its list, "," or ";", "và" or "trong đó (có)"
    (numbers.toml [targets] breakdown_words), or a comma and one of them: "… 2.000 thanh niên khởi nghiệp, trong đó có 100 học sinh, sinh
    viên, 250 thanh niên …" (c113). Nothing else: a verb, a full stop or a label between makes the count a clause of its
    own, read on its own words."""
    words = _alt(number_words().breakdown_words)
    joint = rf"(?:và|{words})(?!\p{{L}})\s*:?\s*"
    return regex.compile(rf"\s*(?:[,;]\s*(?:{joint})?|{joint})", regex.V1)


# A modal after a share's noun makes it a requirement (numbers.toml [targets] after_share): "100% hồ
# sơ TTHC phải được tiếp nhận, giải quyết trên Hệ thống …" (n064); the noun is at most this long.
SHARE_NOUN_MAX_CHARS = 120


@functools.lru_cache(maxsize=1)
def _must_re() -> regex.Pattern[str]:
    return regex.compile(rf"[^,;:.()]{{0,{SHARE_NOUN_MAX_CHARS}}}?(?<!\p{{L}})(?:{_alt(number_words().after_share)})(?!\p{{L}})", regex.V1)


def _share_that_must(low: str, pos: int, end: int, pct: bool) -> bool:
    """A share whose noun is followed by a modal ("phải", "cần") in its clause sets a target."""
    return pct and bool(_must_re().match(low, pos, max(pos, end)))


@functools.lru_cache(maxsize=16)
def _word_ends_re(words: tuple[str, ...]) -> regex.Pattern[str]:
    """One of ``words`` (whole) and the spaces after it, closing the span searched (compiled once per list): what
    stands right before a figure or a bound (SHARE_REACHED, ASK_THEN_SHARE, AT_LEAST_SLOT)."""
    return regex.compile(rf"(?<!\p{{L}})(?:{_alt_of(words)})\s+$")


def _share_reached(low: str, pos: int, pct: bool) -> bool:
    """SHARE_REACHED: a share right after "đến"/"tới" is how far the work must reach ("quán triệt đến 100% tổ chức đoàn
    trực thuộc", c111; "triển khai trên toàn quốc tới 100% Đoàn cơ sở", c120). Counter-example: "đã quán triệt đến 100%
    cán bộ" is a result (the report words veto it after this)."""
    if not pct:
        return False
    return _word_ends_re(tuple(number_words().reach_words)).search(low[max(0, pos - 12) : pos]) is not None


def _share_asked(low: str, pos: int, pct: bool) -> bool:
    """ASK_THEN_SHARE: a share right after the directive's ask ("yêu cầu", "đề nghị": numbers.toml [targets] ask_words) is
    the part of the group the ask falls on: "Yêu cầu 100% cán bộ, công chức tham gia học tập" (own sentence in NĐ 30's
    ask). Counter-examples: "đã yêu cầu 100% …" (a report: its word vetoes it after this); "Đề nghị 02 đơn vị …" (a
    count, no share)."""
    if not pct:
        return False
    return _word_ends_re(tuple(number_words().ask_words)).search(low[max(0, pos - 16) : pos]) is not None


@functools.lru_cache(maxsize=1)
def _per_holder_re() -> regex.Pattern[str]:
    # "/" then the holder or the period, "01"/"1" before it allowed ("đồng/1 lần"), the whole word
    return regex.compile(rf"/\s*(?:0?1\s+)?(?:{_alt(number_words().per_holders)})(?!\p{{L}})", regex.V1)


def _per_holder_rate(unit: str) -> bool:
    """PER_HOLDER_RATE: whether a counted noun ends its head on "/<holder>" or "/<period>" (numbers.toml [targets]
    per_holders), the written form of "mỗi <holder>": "Các đơn vị tham gia 01 đội/đơn vị", "cung cấp 01 bài/tháng" (own
    sentences). Counter-examples: "12 bác sĩ/1 vạn dân" (no holder of the list), "15 bài/tháng" reported ("đã": vetoed
    after this), money ("60 triệu đồng/người": vetoed before this)."""
    return _per_holder_re().search(_f(unit)) is not None


@functools.lru_cache(maxsize=1)
def _by_year_re() -> regex.Pattern[str]:
    """SHARE_BY_YEAR: "đến (hết|cuối) năm YYYY" (numbers.toml [targets] by_year_words), the year a share is to be reached
    by: "Đến năm 2025, 100% xã đạt chuẩn nông thôn mới" (own sentence; c121 "Đảm bảo đến cuối năm 2027 có 50% …", n004
    "phấn đấu đến năm 2030 đạt ít nhất 50% …"). Not after "tính" ("tính đến năm 2024": as of, a report), nor ending a
    period ("từ năm 2021 đến năm 2024", "2021 đến năm 2025": a number right before)."""
    w = number_words()
    return regex.compile(
        rf"(?<!(?<!\p{{L}})(?:{_alt(w.by_year_not_after)})\s+)(?<!\d\s*)(?<!\p{{L}})(?:{_alt(w.by_year_words)})"
        rf"(?:\s+(?:hết|cuối))?\s+năm\s+\d{{4}}(?!\d)",
        regex.V1,
    )


# A label ("Số lượng đại biểu:") is at most this long before its colon (characters).
LABEL_MAX_CHARS = 60


def _after_quantity_label(low: str, c_start: int, pos: int) -> bool:
    """QUANTITY_LABEL: whether the count at ``pos`` follows a label of how many (numbers.toml [targets] label_words) and
    its colon, with at most a bullet between: "Số lượng: 02 đội/đơn vị" (own sentence; the label's slot as c125 and the
    probe's pf11 fill it). Counter-examples: "có số lượng đảng viên là 5.000 đảng viên" (c101: no colon, a fact); a label
    holding a number ("số lượng nhiều hơn 3 lần: 5.000 x 3 = 15.000", c101: a worked example)."""
    return _label_re().search(low[max(0, c_start - LABEL_MAX_CHARS) : pos]) is not None


@functools.lru_cache(maxsize=1)
def _label_re() -> regex.Pattern[str]:
    words = _alt(number_words().label_words)
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})[^:.;\n\d]{{0,{LABEL_MAX_CHARS}}}:[\s\-–+•*]*$", regex.V1)


def _each_allocation(low: str, c_start: int, pos: int, w: NumberWords) -> tuple[str | None, str | None] | None:
    """DISTRIBUTIVE_EACH: whether the clause before the count at ``pos`` names its holder with "mỗi" ("each": numbers.toml
    [targets] each_words), so that the count is what each one must give or do, whatever the verb: "mỗi đơn vị huy động 1
    xe ô tô" (the probe's pi07), "Mỗi đơn vị tham gia 01 đội thi" (own sentence). Counter-examples: a form-filling hint
    between ("mỗi ô ghi 1 chữ số", c101); a number between ("mỗi chặng 6 tháng" is read as a time and vetoed by its unit
    elsewhere); no "mỗi" ("Các đơn vị tham gia 01 đội thi").

    Returns:
        None when no "mỗi" holds the count, else the bound words printed right before "mỗi" (BOUND_BEFORE_EACH: "hỗ trợ
        thành lập ít nhất mỗi tỉnh, thành phố 01 hợp tác xã do thanh niên làm chủ", c113 → ("ít nhất", None)), each
        None when there is none.
    """
    # The holder may be a list of groups ("Mỗi ban, ngành, đoàn thể thành lập 01 đội thi"): the clause back to ";" and
    # at most TARGET_WINDOW characters, not only the comma-part.
    part_start = max(low.rfind(";", c_start, pos) + 1, c_start, pos - TARGET_WINDOW)
    part = low[part_start:pos]
    each = regex.search(rf"(?<!\p{{L}})(?:{_alt(w.each_words)})\s+\p{{L}}", part)
    if each is None:
        return None
    between = part[each.start() :]
    if regex.search(r"\d", between) or _has_word(between, w.hint_openers + w.min_words + w.max_words):
        return None  # a bound between that the grammar did not take with the number bounds it, and is no exact count
    before = part[: each.start()]
    lower = regex.search(rf"(?<!\p{{L}})(?:{_alt(w.min_words)})\s*$", before)
    upper = regex.search(rf"(?<!\p{{L}})(?:{_alt(w.max_words)})\s*$", before)
    return (lower.group() if lower else None), (upper.group() if upper else None)


def _next_share(low: str, found: list[Quota], pos: int, pct: bool) -> bool:
    """A share joined by "và" to the share before it in its sentence is the next target of the
    same list: "Phấn đấu 100% các điểm tổ chức … và 100% diện tích trồng trái phép … được phát hiện
    và triệt xóa" (n004)."""
    prev = found[-1] if found else None
    if not pct or prev is None or prev.unit != "%" or prev.evidence is None:
        return False
    return bool(_AND_NEXT_SHARE_RE.fullmatch(low, prev.evidence.end, pos))


# Between a share and the next one of its list: the first's noun, then "và" (no sentence or clause end).
_AND_NEXT_SHARE_RE = regex.compile(rf"[^.:;!?]{{0,{UNIT_MAX_CHARS}}}\svà\s+", regex.V1)
# Between two targets of one list: the rest of the first's noun, then "," or ";" ("… hướng nghiệp\n\nvà
# việc làm; "), no full stop or label.
_LIST_GLUE_RE = regex.compile(r"[^.:!?]*[,;]\s*", regex.V1)


def _count_opens_item(low: str, c_start: int, pos: int) -> bool:
    """COUNT_OPENS_AIM_ITEM: whether the count at ``pos`` opens its list item, as "1. 100% cán bộ …" opens one
    (``_pct_opens_clause``); the caller asks this only in a plan's aims or targets part, where an item opening with a
    count states a figure to reach: "II. MỤC TIÊU, CHỈ TIÊU … 5. 100.000 thanh niên được trang bị kiến thức, tập huấn
    nâng cao năng lực về khởi nghiệp" (c113). Counter-examples: the same item in a report's body (no aims part: "- 120
    cán bộ tham gia tập huấn"); a count inside the item ("1. Tổ chức 02 hội nghị", no target word)."""
    return bool(_ITEM_LEAD_RE.fullmatch(low, c_start, pos))


# What may open a list item before its figure: a bullet, an item number "1." / "1)" / "a)".
_ITEM_LEAD_RE = regex.compile(r"[\s\-–+•*]*(?:\d+[.)]\s*|[a-zđ]\)\s*)?", regex.V1)


def _pct_opens_clause(low: str, c_start: int, pos: int, pct: bool) -> bool:
    """A percentage that opens its clause or list item sets a target: "1. 100% cán bộ …"."""
    if not pct:
        return False
    lead = low[c_start:pos]
    return bool(regex.fullmatch(r"[\s\-–+•*]*(?:\d+[.)]\s*|[a-zđ]\)\s*)?(?:đến|tới)?\s*", lead))


# A lower bound and an upper bound of the same unit this close together are one range:
# "Thời lượng: Tối thiểu 08 phút; tối đa không quá 12 phút" → 8/12.
MERGE_GAP = 40


def _merge_bounds(quotas: list[Quota]) -> list[Quota]:
    """Join "tối thiểu N X; tối đa M X" into one quota N/M."""
    out: list[Quota] = []
    for q in quotas:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.evidence is not None
            and q.evidence is not None
            and prev.max is None
            and q.min is None
            and prev.min is not None
            and q.max is not None
            and q.max > prev.min
            and _f(prev.unit) == _f(q.unit)
            and 0 <= q.evidence.start - prev.evidence.end <= MERGE_GAP
        ):
            ev = Evidence(
                start=prev.evidence.start,
                end=q.evidence.end,
                page=prev.evidence.page,
                text=f"{prev.evidence.text} … {q.evidence.text}",
            )
            out[-1] = prev.model_copy(update={"max": q.max, "text": ev.text, "evidence": ev})
            continue
        out.append(q)
    return out


def _dedupe(quotas: list[Quota]) -> list[Quota]:
    """The same quota stated twice (body and closing section) is one."""
    seen: set[tuple[int | None, int | None, str, str]] = set()
    out = []
    for q in quotas:
        key = (q.min, q.max, _f(q.unit), _f(q.subject or ""))
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out


# A count cell: digits (thousands with "."), then at most a few words of its noun ("05", "05 người", "02 đồng chí").
_COUNT_CELL_RE = regex.compile(r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,6})(?:\s+(?P<unit>\p{L}[\p{L}\s/]{0,40}))?", regex.V1)
# What a header names after its count word: "Số đại biểu" → "đại biểu"; "Chỉ tiêu (đảng viên)" → "đảng viên".
_HEADER_UNIT_RE = regex.compile(r"\(\s*(?P<paren>\p{L}[^()\d]{0,40}?)\s*\)|^\s*(?P<after>\p{L}[\p{L}\s]{0,40}?)\s*$", regex.V1)


def _count_column(head: list[str], w: NumberWords) -> tuple[int, str | None] | None:
    """The index of a table's count column and the noun its header names, or None (TABLE_COUNT_COLUMN)."""
    for i, cell in enumerate(head):
        low = _f(" ".join(cell.split()))
        opener = regex.match(rf"(?:{_alt(w.count_headers)})(?!\p{{L}})", low)
        if opener is None or _has_word(low, w.not_count_headers) or "%" in low:
            continue
        rest = " ".join(cell.split())[opener.end() :]
        noun = _HEADER_UNIT_RE.search(rest)
        if noun is not None and (noun.group("paren") or noun.group("after")):
            return i, (noun.group("paren") or noun.group("after")).strip()
        if opener.group() != "số lượng" and opener.group().startswith("số "):
            return i, " ".join(cell.split())[3 : opener.end()].strip()  # "Số đại biểu" → "đại biểu"
        return i, None
    return None


def table_quotas(st: Structure, start: int, end: int) -> list[Quota]:
    """TABLE_COUNT_COLUMN: each row of an allocation table gives its body a count, in the column whose header names a
    count ("Số lượng", "Chỉ tiêu", "Số đại biểu", numbers.toml [table_counts]): "STT | Đơn vị | Số lượng" / "1 | Xã Đông
    Hòa | 05" → 5/5, subject "Xã Đông Hòa" (own sentences: no dev text prints such a table). Counter-examples: a header of
    a result, money or a share ("Số lượng đã kết nạp", "Kinh phí (đồng)", "Tỷ lệ (%)"), a total row ("Tổng cộng"), a cell
    that is no count ("Theo thực tế"), an index column ("STT"), a table of persons with their phone numbers.

    Args:
        st: the document's structure.
        start: where the body starts (tables above it are the header's layout).
        end: where it ends.

    Returns:
        One quota per row with a count, in order.
    """
    w = number_words()
    text = st.text.text
    out: list[Quota] = []
    for table in st.tables:
        if table.flattened or len(table.rows) < 2 or not start <= table.rows[0][0].start < end:
            continue
        head = [text[c.start : c.end] for c in table.rows[0]]
        found = _count_column(head, w)
        if found is None:
            continue
        col, header_noun = found
        # the row's name: its first cell that is neither an index ("1", "I", "a") nor the count
        for row in table.rows[1:]:
            if len(row) <= col:
                continue
            cell = row[col]
            raw = text[cell.start : cell.end].strip()
            m = _COUNT_CELL_RE.fullmatch(raw)
            if m is None:
                continue
            names = [" ".join(text[c.start : c.end].split()) for k, c in enumerate(row) if k != col]
            names = [x for x in names if x and not regex.fullmatch(r"[\dIVXivx]+[.)]?|[a-zđ][.)]?", x)]
            if not names or _f(names[0]).lower() in w.total_rows:
                continue
            n = parse_number(m.group("n"))
            if n is None:
                continue
            unit = " ".join(m.group("unit").split()) if m.group("unit") else (header_noun or " ".join(head[col].split()))
            lead = text.find(raw, cell.start, cell.end)
            ev = st.text.evidence(lead, lead + len(raw))
            out.append(Quota(min=n, max=n, unit=unit, subject=names[0], text=ev.text, evidence=ev))
    return out


# EXPECTED_RESULT_COLUMN: a plan's task table may give each row's expected result in a column of its own ("Dự kiến kết
# quả", "Kết quả dự kiến", "Chỉ tiêu"); a count there is the row's target: "… | Học viện Nông nghiệp … | 12 nhóm dự án",
# "… | Lựa chọn 100 cử nhân tham gia", "… | 3 lớp tập huấn cho các nhóm dự án khởi nghiệp" (the unseen set's qb04).
# The count opens the cell or follows a verb of the result; its unit is the lower-case words after it. Counter-examples:
# a column of products that sets no figure ("Sản phẩm": "Quyết định của Chủ tịch UBND tỉnh", n001), a year ("năm
# 2019": only a count opens the cell or follows a verb or a ";"), a number of a round or a document ("lần thứ 2", "số 12"), a copy's joined range ("0810 doanh nghiệp": a
# figure opening with 0 is two run together).
_EXPECTED_HEADER_RE = regex.compile(r"(?:dự\s+kiến|chỉ\s+tiêu)(?!\p{L})", regex.V1 | regex.I)
_EXPECTED_COUNT_RE = regex.compile(
    r"(?:^|(?<=[;,]\s*)|(?<=(?:^|[;,]\s*)(?:hỗ\s+trợ|lựa\s+chọn|tuyên\s+dương|tổ\s+chức|thu\s+hút|đạt|có|khoảng|tối\s+thiểu|ít\s+nhất)\s+))"
    r"(?P<n>[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,5})\s+(?P<unit>(?-i:\p{Ll})+(?:\s+(?-i:\p{Ll})+){0,3}?)(?=\s*(?:$|[,;.(/])|\s+(?:tham|cho|về|của|trong|để|tại|trên|theo)(?!\p{L}))",
    regex.V1 | regex.I,
)


def expected_result_quotas(st: Structure, start: int, end: int) -> list[Quota]:
    """EXPECTED_RESULT_COLUMN (above): the targets a task table's expected-result column sets, one per count."""
    text = st.text.text
    veto_units = number_words().veto_units  # a duration ("2 ngày/lớp"), a score, a calendar unit
    out: list[Quota] = []
    for table in st.tables:
        if len(table.rows) < 2 or not start <= table.rows[0][0].start < end:
            continue
        col = next(
            (i for i, c in enumerate(table.rows[0]) if _EXPECTED_HEADER_RE.search(text, c.start, c.end) and table.roles.get(i) in ("product", None)),
            None,
        )
        if col is None or (table.roles.get(col) is None and not regex.search(r"kết\s+quả|chỉ\s+tiêu", text[table.rows[0][col].start : table.rows[0][col].end], regex.V1 | regex.I)):
            continue
        for row in table.rows[1:]:
            if len(row) <= col:
                continue
            cell = row[col]
            raw = text[cell.start : cell.end].strip()
            lead = text.find(raw, cell.start, cell.end) if raw else cell.start
            for m in _EXPECTED_COUNT_RE.finditer(raw):
                n = parse_number(m.group("n"))
                if n is None or _f(m.group("unit")).split()[0] in veto_units:
                    continue
                ev = st.text.evidence(lead + m.start("n"), lead + m.end("unit"))
                out.append(Quota(min=n, max=n, unit=" ".join(m.group("unit").split()), subject=None, text=ev.text, evidence=ev))
    return out


# STREET_ADDRESS: a house number before a street's name and the district after it is an address, no count: "gửi về Bộ Tư
# pháp (qua Vụ Phổ biến, giáo dục pháp luật, 58-60 Trần Phú, Ba Đình, TP. Hà Nội)" (the unseen set's qe07: read as 58
# to 60 "Trần Phú, Ba Đình, TP"). The "unit" is names in capitals, then a comma and another name. Counter-examples: a
# counted noun ("3 Hội nghị hiệp thương": no comma and name after it), "02 cán bộ, 01 ô tô" (lower case).
_STREET_ADDRESS_RE = regex.compile(r"(?:(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])*\s+)*(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])*\s*,\s*(?-i:\p{Lu})", regex.V1)


# REPORTED_DATE_LEAD: a sentence that opens with a day before the document's own reports what happened; its counts are
# facts, whatever target word they follow: "Ngày 23/12/2015, Thủ tướng Chính phủ có Quyết định số 2367/QĐ-TTg xếp hạng
# di tích quốc gia đặc biệt (đợt 6) gồm 11 di tích, danh lam thắng cảnh thuộc địa bàn 10 tỉnh, …" in a letter of
# 29/12/2015 (the unseen set's qa04: "gồm" read as a team's make-up). Counter-example: a day after it opens a step to
# take ("Ngày 15/01/2026, các xã cử 02 cán bộ …" in a plan of 05/01/2026).
def _reported_date_lead(st: Structure, record: Directive, pos: int) -> bool:
    """Whether the sentence holding ``pos`` opens with a day before the document's (REPORTED_DATE_LEAD): its first
    clause, up to its comma, is that one date, read by the project's date grammar ("Ngày 23/12/2015,", "Ngày 23 tháng
    12 năm 2015,")."""
    sent = st.sentence_at(pos)
    if record.date is None or sent is None:
        return False
    t = st.text
    comma = t.fold.find(",", sent.start, sent.end)
    if comma < 0:
        return False
    phrases = find_time_phrases(t.text, t.fold, record.date, record.date.year, sent.start, comma)
    if len(phrases) != 1 or phrases[0].date is None or phrases[0].cued:
        return False
    opening = t.fold[sent.start : phrases[0].start].strip(" \t\n-–+•*")
    return not opening and not t.fold[phrases[0].end : comma].strip() and phrases[0].date < record.date


def extract(st: Structure, record: Directive) -> None:
    """Fill ``record.quotas`` from the body and the attachments.

    Args:
        st: the document's structure (its text, zones and sentences).
        record: the record to fill.
    """
    found: list[Quota] = []
    for s, e in _zones(st.layout, len(st.text.text)):
        if e > s:
            found.extend(
                find_quotas(
                    st.text,
                    s,
                    e,
                    st.sentences,
                    lambda pos: st.section_kind(pos) == "targets",
                    lambda pos: st.section_kind(pos) in ("aims", "targets"),
                )
            )
    if record.document_type != "Báo cáo":  # a report's tables count what was done
        read = [(q.evidence.start, q.evidence.end) for q in found if q.evidence is not None]
        # (an expected-result column's table may stand after the signature, in an annex the layout reads as the closing's:
        # qb04's "HOẠT ĐỘNG VÀ TIẾN ĐỘ THỰC HIỆN" / "(Kèm theo Kế hoạch …)"; its header is the evidence)
        extra = expected_result_quotas(st, st.layout.body_start, len(st.text.text))
        for s, e in _zones(st.layout, len(st.text.text)):
            extra += table_quotas(st, s, e)
        for q in extra:
            if q.evidence is not None and not any(a <= q.evidence.start < b for a, b in read):
                found.append(q)
        found.sort(key=lambda q: q.evidence.start if q.evidence is not None else -1)
    found = [q for q in found if q.evidence is None or not _reported_date_lead(st, record, q.evidence.start)]
    found = [q for q in found if not (q.unit and _STREET_ADDRESS_RE.match(q.unit))]
    record.quotas = _dedupe(_merge_bounds(found))
