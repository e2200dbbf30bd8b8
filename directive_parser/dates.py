"""Vietnamese time phrases of directives: find them, resolve them to dates, say what they mean.

A directive states its deadlines in a small, regular language: a cue ("trước ngày", "chậm
nhất ngày", "xong trước", "từ … đến …", "trong tháng", "hằng tháng", "trong thời hạn 05 ngày
làm việc kể từ …") followed by a date written with slashes, hyphens, dots or words ("ngày 05
tháng 3 năm 2025"). This module recognises those phrases itself, over characters (dateparser's
search over Vietnamese prose turns "năm 2023", "6 tháng" and "4-5" into dates and drops the cue
words; FORMAT.md, STYLE.md 1.2), and resolves each against the document's own date, never today:

* a full date resolves as printed;
* a year-less date ("trước ngày 25/11") takes the document's year, or the next year when that
  would fall before the document's date;
* a period ("từ ngày 25/7 đến ngày 15/8/2023", "từ 16 - 22/5") is due on its last day;
* a month, a quarter ("trong tháng 9/2024", "Quý I năm 2025"), something vague ("cuối năm"),
  recurring ("hằng tháng", "định kỳ 6 tháng") or relative to the day the text is received
  ("trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản") keeps ``date = None`` and
  says what it means in a ``TimeExpression``; ``resolve_relative`` turns an offset into a date
  once the user gives the day received, skipping weekends and Vietnamese public holidays.

Patterns run on ``Text.fold`` (same length as the text), case-insensitively; the phrase is then
read from the text as printed.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass

import regex
from pydantic import BaseModel

from . import patterns as P
from .record import TimeExpression
from .vocabulary import DataFile, alternation, compile_with, duties

# ============================================================================================
# Vocabulary: the cue words (data/dates.toml)
# ============================================================================================


class _Cue(BaseModel):
    words: list[str]
    before: list[str] = []
    after: list[str] = []
    examples: list[str]
    counter_examples: list[str]


class _Recurrence(BaseModel):
    every: list[str]
    periodic: list[str]
    per: list[str]
    day_cues: list[str]
    relative: list[str]
    count_words: dict[str, int]
    bare_day_not_after: list[str]
    examples: list[str]
    counter_examples: list[str]


class _Standing(BaseModel):
    words: list[str]
    not_after: list[str]
    manner_after: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class _ByRule(BaseModel):
    cues: list[str]
    time_words: list[str]
    rules: list[str]
    periodic: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class _OnCondition(BaseModel):
    requests: list[str]
    terms: list[str]
    not_after: list[str]
    body_words: int
    examples: list[list[str]]
    counter_examples: list[str]


class _Focus(BaseModel):
    markers: list[str]
    deadline_nouns: list[str]
    examples: list[str]
    counter_examples: list[str]


class _Offset(BaseModel):
    openers: list[str]
    anchored: list[str]
    bounds: list[str]
    received: list[str]
    examples: list[str]
    counter_examples: list[str]


class _Vague(BaseModel):
    parts: list[str]
    cues: list[str]
    examples: list[str]
    counter_examples: list[str]


class _Years(BaseModel):
    cues: list[str]
    names: list[str]
    name_chars: int
    horizon_nouns: list[str]
    horizon_cues: list[str]
    horizon_words: int
    examples: list[str]
    counter_examples: list[str]


class _Events(BaseModel):
    cues: list[str]
    meetings: list[str]
    which: list[str]
    acts: list[str]
    meeting_verbs: list[str]
    considered: list[str] = []
    after_event_asks: list[str] = []
    examples: list[str]
    counter_examples: list[str]


class _Purpose(BaseModel):
    words: list[str]
    readings: list[str]
    handling: list[str]
    aims: list[str]
    not_after: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class _Inclusivity(BaseModel):
    exclusive: list[str]
    inclusive: list[str]
    examples: list[str]
    counter_examples: list[str]


class _OcrReading(BaseModel):
    word: str
    readings: list[str]
    examples: list[str]
    counter_examples: list[str]


class _OcrDigit(BaseModel):
    digit: str
    readings: list[str]
    examples: list[str]
    counter_examples: list[str]


class _OcrDigits(_OcrDigit):
    also: list[_OcrDigit] = []


class _Clock(BaseModel):
    day_parts: list[str]
    weekdays: list[str]
    limits: list[str]
    examples: list[str]
    counter_examples: list[str]


class _PostingStamp(BaseModel):
    labels: list[str]
    words: list[str]
    examples: list[str]
    counter_examples: list[str]


class _Holidays(BaseModel):
    names: list[str]
    examples: list[str]
    counter_examples: list[str]


class _EventDays(BaseModel):
    names: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class _HourSlots(BaseModel):
    venue: list[str]
    invitees: list[str]
    examples: list[str]
    counter_examples: list[str]
    day_examples: list[str]
    day_counter_examples: list[str]


class _OcrQuarters(BaseModel):
    II: list[str]
    III: list[str]
    IV: list[str]
    examples: list[str]
    counter_examples: list[str]

    def readings(self) -> dict[str, str]:
        """Each OCR reading with the numeral it stands for, longest first: {"111": "III", "H": "II", …}."""
        pairs = [(r, n) for n in ("II", "III", "IV") for r in getattr(self, n)]
        return dict(sorted(pairs, key=lambda p: -len(p[0])))


class _Copular(BaseModel):
    labels: list[str]
    words_between: int
    examples: list[str]
    counter_examples: list[str]


class _Period(BaseModel):
    start: list[str]
    end: list[str]
    examples: list[str]
    counter_examples: list[str]


class _Unit(BaseModel):
    words: list[str]
    examples: list[str]
    counter_examples: list[str]


class _Units(BaseModel):
    day: _Unit
    week: _Unit
    month: _Unit
    quarter: _Unit
    year: _Unit
    hour: _Unit
    minute: _Unit


class DateWords(DataFile):
    """The cue words of time phrases (``data/dates.toml``)."""

    FILE = "dates.toml"

    single_cues: list[_Cue]
    copular_limit: _Copular
    period: _Period
    month_cues: _Cue
    recurrence: _Recurrence
    standing: _Standing
    by_rule: _ByRule
    on_condition: _OnCondition
    offset: _Offset
    vague: _Vague
    years: _Years
    events: _Events
    purpose: _Purpose
    focus: _Focus
    inclusivity: _Inclusivity
    units: _Units
    clock: _Clock
    posting_stamp: _PostingStamp
    holidays: _Holidays
    event_days: _EventDays
    hour_slots: _HourSlots
    ocr: list[_OcrReading]
    ocr_digits: _OcrDigits
    ocr_quarters: _OcrQuarters


date_words = DateWords.load  # the bundled cue words


def _with_ocr(words: list[str]) -> list[str]:
    """Cue words with the OCR readings of each (data/dates.toml [[ocr]]): "trước" → "trước", "#ước"."""
    readings = {r.word: r.readings for r in date_words().ocr}
    return [*words, *(x for w in words for x in readings.get(w, []))]


@functools.lru_cache(maxsize=1)
def _ocr_readings() -> list[tuple[regex.Pattern[str], str]]:
    """Each OCR reading of data/dates.toml [[ocr]] as a whole-word pattern, with the word it stands for."""
    return [
        (regex.compile(rf"(?<!\p{{L}}){alternation([reading])}(?!\p{{L}})", regex.V1 | regex.I), r.word)
        for r in date_words().ocr
        for reading in r.readings
    ]


@functools.lru_cache(maxsize=1)
def _ocr_digit_map() -> dict[str, str]:
    """Each letter OCR reads for a digit (data/dates.toml [ocr_digits] and its ``also``), with the digit."""
    w = date_words().ocr_digits
    return {r: d.digit for d in (w, *w.also) for r in d.readings}


@functools.lru_cache(maxsize=1)
def _ocr_digit_re() -> regex.Pattern[str]:
    """A letter OCR reads for a digit of a day or month (data/dates.toml [ocr_digits]): right after
    "ngày"/"tháng" before a digit ("ngày I5"), or after the day's first digit ("tháng 1l", "ngày 1Š")."""
    w = date_words()
    unit = rf"(?P<unit>{alternation(w.units.day.words + w.units.month.words)})"
    letter = f"[{''.join(regex.escape(r) for r in _ocr_digit_map())}]"
    return regex.compile(
        rf"(?<=(?<!\p{{L}})(?i:{unit})[ \t]{{0,2}}){letter}(?=\d)|(?<=(?<!\p{{L}})(?i:{unit})[ \t]{{0,2}}(?P<first>\d)){letter}(?![\p{{L}}\d])",
        regex.V1,
    )


# The year word after a day or month ("tháng 5 năm 2025"): the frame that shows where the number ends.
_FRAME_GOES_ON_RE = regex.compile(rf"[ \t]+(?:{alternation(date_words().units.month.words + date_words().units.year.words)})[ \t]", regex.V1 | regex.I)


def _ocr_digit(m: regex.Match[str]) -> str:
    """The digit a letter of ``_ocr_digit_re`` stands for, when the number read is a day (1-31) or a
    month (1-12). SPECK_AFTER_DIGIT: a letter after the number's digit whose digit would put the number
    out of range, with the frame going on after it ("tháng _ năm"), is a speck the scan doubled the digit
    into: c148 "báo cáo kết quả thực hiện trong tháng 5Š năm 2025" (a month "55" does not exist) → read
    as a space. Counter-example: "ngày 3I tháng 5" is the 31st (in range); "tháng 5Š." stays (no frame)."""
    s, letter = m.string, m.group()
    digit = _ocr_digit_map()[letter]
    number = int(m.group("first") + digit) if m.group("first") else int(digit + s[m.end()])
    is_month = _has_word(m.group("unit").lower(), date_words().units.month.words)
    if 1 <= number <= (12 if is_month else 31):
        return digit
    if m.group("first") and _FRAME_GOES_ON_RE.match(s, m.end()):
        return " "
    return letter


def _ocr_digits(s: str) -> str:
    """``s`` with the letters OCR reads for the digits of a day or month read as digits (same length)."""
    return _ocr_digit_re().sub(_ocr_digit, s)


@functools.lru_cache(maxsize=1)
def copular_limit() -> str:
    """COPULAR_LIMIT (data/dates.toml [copular_limit]): a limit's label, the words it limits and "là", as a pattern
    ("Hạn chót nhận hồ sơ là", "Thời hạn gửi báo cáo là"); the day after it is the limit.

    >>> bool(regex.fullmatch(copular_limit(), "Hạn chót nhận hồ sơ là", regex.V1 | regex.I))
    True
    >>> bool(regex.fullmatch(copular_limit(), "Thời gian tổ chức Hội nghị là", regex.V1 | regex.I))
    False
    """
    c = date_words().copular_limit
    return rf"(?<!\p{{L}})(?<!gia[ \t]+)(?:{alternation(c.labels)})(?:[ \t]+[\p{{L}}\d]+){{0,{c.words_between}}}?[ \t]+là"


# How far before a day a copular limit's label may start ("Hạn chót nhận hồ sơ đăng ký dự thi là ": label, 6 words, "là").
COPULAR_LOOKBACK = 80


@functools.lru_cache(maxsize=1)
def _copular_limit_re() -> regex.Pattern[str]:
    """``copular_limit`` right before a day (only spaces between)."""
    return regex.compile(rf"{copular_limit()}[ \t]+$", regex.V1 | regex.I)


def _ocr_quarter_map() -> dict[str, str]:
    """Each OCR reading of a quarter's numeral with the numeral (data/dates.toml [ocr_quarters]), longest first."""
    return date_words().ocr_quarters.readings()


@functools.lru_cache(maxsize=1)
def _ocr_quarter_re() -> regex.Pattern[str]:
    """QUARTER_ROMAN_OCR (data/dates.toml [ocr_quarters]): a quarter's numeral as OCR reads it, between "Quý"
    and its year: "trong Quý H/2025" → "trong Quý II/2025"; not "Quý H" alone."""
    units, readings = date_words().units, list(_ocr_quarter_map())
    year = rf"(?:/|[ \t]+(?i:{alternation(units.year.words)})[ \t]+)(?:19|20)\d\d(?!\d)"
    return regex.compile(rf"(?P<quy>(?<!\p{{L}})(?i:{alternation(units.quarter.words)})[ \t]+)(?P<q>{alternation(readings)})(?={year})", regex.V1)


@functools.lru_cache(maxsize=1)
def _stray_dot_re() -> regex.Pattern[str]:
    """STRAY_DOT_AFTER_CUE: a "." between a month's cue word (data/dates.toml [month_cues]) and a lower-case
    "ngày"/"tháng"/"quý" is a speck OCR read as a full stop, not a sentence's end (a sentence goes on in
    capitals): c159 3 a) "phát triển công nghệ và công nghiệp chiến lược, hoàn thành trong. tháng 5/2025;"
    (its text copy and its scan alike) is "hoàn thành trong tháng 5/2025". Counter-example: "… trong năm.
    Tháng 5/2025 …" (a capital: a new sentence), "trong. tháng" before no number is left."""
    w = date_words()
    cue = alternation(w.month_cues.words)
    unit = alternation(w.units.day.words + w.units.month.words + w.units.quarter.words)
    return regex.compile(rf"(?<=(?<!\p{{L}})(?i:{cue}))\.(?=[ \t]+(?:{unit})[ \t]+[\dIV])", regex.V1)


def repair_ocr(phrase: str) -> str:
    """A time phrase with the OCR readings of its words (data/dates.toml [[ocr]]) read as the words they
    stand for: "#ước ngày 20/12/2025" → "trước ngày 20/12/2025", "đột xuât theo yêu câu" → "đột xuất
    theo yêu cầu" (the paper prints the word; only the text layer misreads it)."""
    for rx, word in _ocr_readings():
        phrase = rx.sub(word, phrase)
    phrase = _stray_dot_re().sub(" ", phrase)
    phrase = _ocr_quarter_re().sub(lambda m: m.group("quy") + _ocr_quarter_map()[m.group("q")], phrase)
    return _ocr_digits(phrase).replace("  ", " ")  # a speck read as a space (SPECK_AFTER_DIGIT) leaves two


def _cue(entry: _Cue) -> str:
    """One cue entry as a pattern: [before] words [after]; a word also as OCR reads it."""
    before = rf"(?:(?:{alternation(_with_ocr(entry.before))})\s+)?" if entry.before else ""
    after = rf"(?:\s+(?:{alternation(entry.after)}))?" if entry.after else ""
    return f"{before}(?:{alternation(_with_ocr(entry.words))}){after}"

# ============================================================================================
# Grammar
# ============================================================================================

# Separators inside a numeric date: "15/7/2023", "15-7-2023", "15.7.2023", "15 / 7 / 2023".
_SEP = r"\s?[/.\-–]\s?"
# A four-digit year of a directive (1945-2099 covers everything a clerk receives).
_YEAR = r"(?:19[4-9]\d|20\d\d)"
# Whitespace that may include a line or page break: phrases are broken across lines in PDFs.
_WS = r"[\s\f]+"
# The units' words (data/dates.toml [units]): "ngày", "tuần", "tháng", "quý"/"qúy"/"quí", "năm",
# "giờ"/"h"/"g", "phút".
_UNITS = date_words().units
_DAY, _WEEK, _MONTH_W, _QUARTER, _YEAR_W, _HOUR, _MINUTE = (
    f"(?:{alternation(u.words)})" for u in (_UNITS.day, _UNITS.week, _UNITS.month, _UNITS.quarter, _UNITS.year, _UNITS.hour, _UNITS.minute)
)

# A numeric day/month[/year]. The day and month are checked for range in code.
#   "15/7/2023" -> d=15, m=7, y=2023;  "25/11" -> d=25, m=11;  "01-10-1997" -> d=01, m=10, y=1997
# YEAR_IN_WORDS_AFTER_FIGURES (session 31): the day and month in figures, the year in words: "từ 20/4 đến 7/5 năm 2025"
# (an unseen Đoàn letter; before, "năm 2025" was left out of the phrase).
_NUMERIC = rf"(?P<{{p}}d>\d{{{{1,2}}}}){_SEP}(?P<{{p}}m>\d{{{{1,2}}}})(?:{_SEP}(?P<{{p}}y>{_YEAR})|[ \t]+{_YEAR_W}[ \t]+(?P<{{p}}y>{_YEAR})(?!\d))?(?![\d/])"
# A date in words: "ngày 05 tháng 3 năm 2025", "ngày 01 tháng 6" (the "ngày" is part of it).
#   -> d=05, m=3, y=2025
# DAY_WORD_DROPPED: a whole date in words may drop its "ngày", as the second day of a period often does
# ("Từ ngày 15 tháng 10 năm 2022 đến 05 tháng 11 năm 2022"; c114's "Từ ngày 15/10/2022 đến 05/11/2022"
# printed in words, scripts/variants.py date_words): then only with its year, on one line, after a space,
# "(" or a day range's dash ("12-13 tháng 5 năm 2023"). Not a day cut off from its "ngày" by a page number ("trước ngày 01 / 5 / tháng 6 năm 2025", c140's
# PDF text: the "5" is the page's) nor a damaged header date ("ngày⁄{5 tháng 01 năm 2025", n057). A copy's wrap may stand
# before the year alone (session 42: "hoàn thành trước 10 tháng 7 năm" / "2025;", an unseen OCR'd VPCP notice).
_DAY_WORD_DROPPED = rf"(?<![^\s(\-–])(?=\d{{{{1,2}}}}[ \t]+{_MONTH_W}[ \t]+\d{{{{1,2}}}}[ \t]+{_YEAR_W}(?:[ \t]+|[ \t]*\n[ \t]*){_YEAR}(?!\d))"
_WORDS = rf"(?:{_DAY}{_WS}|{_DAY_WORD_DROPPED})(?P<{{p}}wd>\d{{{{1,2}}}}){_WS}{_MONTH_W}{_WS}(?P<{{p}}wm>\d{{{{1,2}}}})(?:{_WS}{_YEAR_W}{_WS}(?P<{{p}}wy>{_YEAR}))?\b"


def _month_span_shape(fold: str, m: regex.Match[str]) -> bool:
    """Whether a numeric date with its year reads as MONTH_SPAN's bare span: a dash between two months, the first the
    lower, and a slash before the year ("10-11/2019", "3-12/2020"). Counter-examples: "10-11-2019", "10/11/2019"."""
    if m.group("ad") is None or m.group("ay") is None:
        return False
    first, second = fold[m.end("ad") : m.start("am")], fold[m.end("am") : m.start("ay")]
    return "/" not in first and "/" in second and 1 <= int(m.group("ad")) < int(m.group("am")) <= 12


def _date(prefix: str) -> str:
    """A date (words or numbers) with its groups prefixed, so two can sit in one pattern."""
    # DAY_WORD_GLUED: a copy may lose the space after "ngày" before figures: "trước ngày18/8/2016" (the unseen set's
    # qe04, a web posting: its two deadlines unread)
    return "(?:" + _WORDS.format(p=prefix) + "|" + "(?:" + _DAY + _EVENT_NAME + r"[\s\f]*)?" + _NUMERIC.format(p=prefix) + ")"


# EVENT_DAY_NAMED (session 37; data/dates.toml [event_days]): a day named by its event before its figures, "đến ngày
# bầu cử 15/3/2026", "trước ngày khai giảng 05/9/2024": the event's name belongs to the date, so the cue before "ngày"
# governs it and a period ending on it is one period ("Từ tháng 01 đến ngày bầu cử 15/3/2026", an election plan's
# phase; before, "Từ tháng 01" was read alone and the date bare). Only a listed name (the grammar's words are data:
# PHRASE_WINDOWS), and only before a date in figures with its year.
_EVENT_NAME = (
    rf"(?:{_WS}(?:{alternation(date_words().event_days.names)})"
    rf"(?=[ \t]+\d{{1,2}}{_SEP}\d{{1,2}}{_SEP}{_YEAR}(?!\d)))?"
)


def date_pattern(prefix: str) -> str:
    """The dates' pattern fragment (``_date``: "ngày 15 tháng 9 năm 2023", "ngày 15/9", "15/9/2023") for a pattern
    outside this module that must read a date where one stands (``references.relay_lead_re``'s "Ngày 15/9, …"), so
    a date is one fragment everywhere. Its groups are named with ``prefix``."""
    return _date(prefix)


# A time of day: "16 giờ 00", "16h00", "8 giờ 30 phút", "14h"; CLOCK_MARK (i17-lang): the minutes may close with
# the typographic mark "’" or "'" ("trước 17h30’ ngày 15/7/2023", as n006's weekly "trước 11h00’ ngày thứ 5").
#   "16 giờ 00" -> hh=16, mm=00
_TIME = rf"(?P<hh>\d{{1,2}})\s?{_HOUR}\s?(?P<mm>\d{{2}})?(?:\s?{_MINUTE})?[’']?"
# Between the hour (or a limit's cue) and the date, a part of the day and a weekday (data/dates.toml [clock]):
#   CLOCK_DAY_PART: "trước 10 giờ 00 sáng ngày 15/7/2023" -> cue=trước, hh=10, mm=00; only after an hour
#   (``_AFTER_HOUR``: a conditional on the group ``hh``): after a bare "vào" / "đến" it tells when something happened,
#   "Tại buổi họp … vào chiều ngày 20 tháng 11 năm 2024" (c143), "đêm ngày 12 đến sáng ngày 13 tháng 4 năm 2025"
#   (c146), facts the first version read as cued times (two dev documents lost: the counter-examples in the data).
#   WEEKDAY_BEFORE_DATE: "trước 17 giờ 00 phút, thứ Sáu, ngày 14/7/2023", "trước thứ Sáu, ngày 14/7/2023",
#   "trước ngày thứ Sáu, 14/7/2023" (the weekday printed before the date, where NĐ 30 letters also print it after,
#   in parentheses: "trước ngày 09/5/2023 (thứ Ba)", c109); only after an hour or right after a limit's cue
#   (``_AFTER_HOUR_OR_LIMIT``, [clock] limits), so "vào thứ Hai, ngày 10/7/2023, …" (a fact) and a meeting's number
#   "Kỳ họp thứ 5, ngày …" stay as they were.
_CLOCK = date_words().clock
_AFTER_HOUR = r"(?(hh)|(?!))"
_AFTER_HOUR_OR_LIMIT = rf"(?(hh)|(?<=(?<!\p{{L}})(?:{alternation(_CLOCK.limits)})\s+))"
_DAY_PART = rf"(?:{alternation(_CLOCK.day_parts)})"
_WEEKDAY = rf"(?:(?:{_DAY}{_WS})?(?:{alternation(_CLOCK.weekdays)}))"

# Cue words before a single date, most specific first (data/dates.toml [[single_cues]]):
# "chậm nhất (là) (vào)", "(hoàn thành) trước", "hạn chót (là)", "đến hết", "đến", "vào", "trong".
# Their meaning for ``inclusive`` is data too ([inclusivity]).
_CUE = "(?P<cue>{single_cues})"

# One date with its cue and optional time.
#   "trước ngày 15/7/2023"            -> cue=trước, d=15, m=7, y=2023
#   "chậm nhất ngày 27/02/2024"        -> cue=chậm nhất
#   "trước 16 giờ 00 ngày 20/3/2024"   -> cue=trước, hh=16, mm=00
#   "ngày 05 tháng 3 năm 2025"         -> no cue, words date
_SINGLE = rf"""
    (?<![\p{{L}}\d/])
    (?:{_CUE}{_WS})?
    (?:{_TIME}(?:\s*,)?{_WS})?
    (?:{_AFTER_HOUR}{_DAY_PART}{_WS})?                        # CLOCK_DAY_PART
    (?:{_AFTER_HOUR_OR_LIMIT}{_WEEKDAY}(?:\s*,)?{_WS})?       # WEEKDAY_BEFORE_DATE
    {_date('a')}
    """

# A period; the first date may lack month and year, taken from the second.
#   "từ ngày 25/7 đến ngày 15/8/2023"  -> a=25/7, b=15/8/2023
#   "Từ ngày 16 - 22/5/2021"           -> ad=16, b=22/5/2021
#   "12-13/5/2023"                     -> ad=12, b=13/5/2023
#   "Từ 10/11/2022 - 24/11/2022"       -> a, b
#   "Từ tháng 7/2023 đến ngày 31/12/2023" -> am=7 ay=2023 (month start), b
#   "từ ngày 10/7/2023 đến 17 giờ 00 ngày 20/7/2023" -> a, hh=17, b (PERIOD_CLOSES_AT_AN_HOUR, i17-lang: a submission
#                                          period that closes at an hour, "Thời gian nhận bài dự thi: từ ngày … đến 17 giờ
#                                          ngày …"; before, it was read as two deadlines, the start a time of its own)
#   "trong các ngày 14, 15 và 16/7/2023" -> ad=14, b=16/7/2023 (DAY_LIST, i17-lang's audit: a list of days sharing the
#                                          last one's month and year is due on its last day, as a period is; "ngày"
#                                          before the first day is required: "Nghị định 15, 16 và 17/2023" is no list)
#   "Ngày 13 và 14 tháng 4 năm 2017" -> ad=13, b=14 tháng 4 năm 2017 (DAY_LIST in words, session 31: an unseen page's
#                                          "Ngày 13 và 14 tháng 4 năm 2017, một số báo chí phản ánh …"; before, the first
#                                          day was dropped and the list read as its last day alone)
#   "trong ngày 14/7/2023 và ngày 15/7/2023" -> a=14/7/2023, b=15/7/2023 (DATE_PAIR: two full days joined by "và" are a
#                                          period due on the last, as DAY_LIST's days are; a cue "trong"/"vào" before
#                                          the first day and "ngày" before each are required, so "Quyết định … ngày
#                                          14/7/2023 và Kế hoạch … ngày 15/7/2023", two documents' dates, stay two dates)
#   "Từ ngày 16 - 22 tháng 5 năm 2021"  -> ad=16, b=22 tháng 5 năm 2021 (DAY_RANGE_IN_WORDS: c117's "16 - 22/5/2021"
#                                          in words; the second day drops its "ngày", DAY_WORD_DROPPED, so the year
#                                          is needed: "ngày 16 - 22 tháng 5" alone stays unread)
# A dash the text layer lost between the two days of a period opened by its cue: "Từ ngày 16 22/5/2021"
# (printed "16 – 22/5/2021"), "Từ 10/11/2022 24/11/2022" (c114, c117): only after "từ" (without it
# two dates side by side are two dates: "10/11/2022 24/11/2022").
_LOST_DASH = r"(?(from)[ \t]+|(?!))"

# HOURS_OF_ONE_DAY: a span of hours on one day, "Thời gian: từ 08g00 đến 11g00 ngày 15/12/2023" (my words, in probe
# pf03's and pf05's form): the start hour is the span's, on the end's day; after "từ" and before
# a closing hour only. Before, "đến 11g00 ngày …" was read alone and "từ 08g00" was left in the duty's action.
# Counter-example: "từ 08g00 ngày 14/12 đến 11g00 ngày 15/12/2023" (the start has its own day: the first branch).
_CLOCK_FROM = rf"(?P<h0>\d{{1,2}}\s?{_HOUR}\s?(?:\d{{2}})?(?:\s?{_MINUTE})?[’']?)"

_PERIOD = rf"""
    (?<![\p{{L}}\d/])
    (?P<from>(?:{{period_start}}){_WS})?                # data/dates.toml [period]
    (?:
        {_date('a')}
      | (?:{_DAY}{_WS})?(?P<ad0>\d{{1,2}})(?=(?:\s?[-–]\s?|{_LOST_DASH})\d{{1,2}}(?:{_SEP}\d|[ \t]+{_MONTH_W}[ \t]+\d))  # DAY_RANGE_IN_WORDS
      | (?:(?:trong|vào)[ \t]+(?:các[ \t]+)?)?{_DAY}{_WS}(?P<ad0>\d{{1,2}})(?P<dlist>(?:[ \t]*,[ \t]*\d{{1,2}})*(?:[ \t]*,|[ \t]+và))(?=[ \t]+\d{{1,2}}(?:{_SEP}\d|[ \t]+{_MONTH_W}[ \t]+\d))  # DAY_LIST
      | {_MONTH_W}{_WS}(?P<am0>\d{{1,2}})(?:{_SEP}(?P<ay0>{_YEAR}))?
      | (?P<pair>(?:trong|vào)[ \t]+(?:các[ \t]+)?)(?={_DAY}{_WS}){_date('a')}   # DATE_PAIR
      | (?(from){_CLOCK_FROM}|(?!))(?=(?:\s?[-–]\s?|{_WS}(?:{{period_end}}){_WS})\d{{1,2}}\s?{_HOUR})  # HOURS_OF_ONE_DAY
    )
    (?:\s*\([^()\n]{{1,30}}\))?                       # "(thứ Hai)"
    (?:\s?[-–]\s?|{_WS}(?:{{period_end}})(?:{_WS}hết)?{_WS}|{_LOST_DASH}|(?(dlist)[ \t]+|(?!))|(?(pair)[ \t]*,?[ \t]+và[ \t]+(?={_DAY}{_WS})|(?!)))
    (?:{_TIME}(?:\s*,)?{_WS})?                        # PERIOD_CLOSES_AT_AN_HOUR
    {_date('b')}
    """

# A quarter's numeral as OCR reads it (data/dates.toml [ocr_quarters]): "Quý H/2025" is "Quý II/2025".
_OCR_Q = alternation(list(_ocr_quarter_map()))
# QUARTER_NUMERAL_WHOLE: a quarter's Roman numeral is a whole token, ended by "/", a space or punctuation, never by
# another stroke: the render of n012's "hoàn thành phê duyệt quy hoạch trong Quý II/2026" read "trong Quý I1/2026"
# (s300 and s200 alike) was taken for "trong Quý I" (the first quarter, a wrong value) before QUARTER_ROMAN_OCR's
# "I1" could read it; "Quý Il/2026" and "Quý IIl/2026" likewise ("Quý I", "Quý II"). Counter-examples: "Quý I/2026",
# "Quý I năm 2026", "trong Quý I," stay the first quarter.

# MONTH_SPAN (session 40): months of one year as a span, "tháng 10-11/2019", and bare in a schedule's time cell,
# "10-11/2019", "3-12/2020", "01-4/2021" (f41's rf02, a ministry's planning schedule "Thời gian | Nội dung công việc |
# …"): one time from the first month's start to the last's end, no day. Before, the bare form was read as a day with
# mixed separators (10 November 2019, a wrong date). Only a span (the first month before the last) after no "ngày":
# "ngày 10-11/2019" stays a day (``_Finder.singles``).
# QUARTER_LIST (session 40): quarters of one year listed or spanned before it, "Quý III, IV/2026", "quý II - III năm
# 2026", and a year after them that the time runs on to, "Quý III, IV/2026, 2027", "Quý IV/2026, 2027" (f41's rf03, a
# ministry's plan's task table): one time, from the first quarter's start to the last's (or the last year's) end.
# Before, "Quý III" alone was read (no year) and ", IV/2026" left in the cell. The year is required, as MONTH_LIST's.
_Q_NUMERAL = r"(?:IV|III|II|I|[1-4])(?![\p{L}\d|])"
# MONTH_SPAN's bare span, the fragment UNIT_WORDS_FIRST and PHRASE_WINDOWS look for where no month word stands.
_BARE_MONTH_SPAN = rf"\d[-–]\d{{1,2}}/{_YEAR}"

# A month or a quarter, possibly with a year: "trong tháng 9/2024", "tháng 11 năm 2024",
# "trong Quý I năm 2025", "đầu tháng 12 năm 2024", "trước tháng 6 năm 2025".
#   "trong tháng 9/2024" -> cue=trong, mon=9, y=2024
# MONTH_LIST (session 35): months of one year listed before it, "Tháng 11, 12/2013" (the probe's qk06, a plan's time
# part "Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm"), "tháng 7, 8 năm 2024": one time, to the last month's end.
# Only with the year after the last month: "tháng 3, 20 tháng 4" is no list.
_MONTH = rf"""
    (?<![\p{{L}}\d/])
    (?P<cue>(?:{{month_cues}})\s+)?                  # data/dates.toml [month_cues]
    (?:
        {_MONTH_W}{_WS}(?:\d{{1,2}}[ \t]*,[ \t]*){{1,3}}(?P<mon>\d{{1,2}})(?:{_SEP}(?P<y>{_YEAR})|{_WS}{_YEAR_W}{_WS}(?P<y2>{_YEAR}))(?![\d/])  # MONTH_LIST
      | {_MONTH_W}{_WS}(?P<mfrom>\d{{1,2}})[ \t]*[-–][ \t]*(?P<mon>\d{{1,2}})(?:/(?P<y>{_YEAR})|{_WS}{_YEAR_W}{_WS}(?P<y2>{_YEAR}))(?![\d/])  # MONTH_SPAN
      | (?<!{_DAY}[ \t]*)(?P<mfrom>\d{{1,2}})[-–](?P<mon>\d{{1,2}})/(?P<y>{_YEAR})(?![\d/])  # MONTH_SPAN, bare
      | {_MONTH_W}{_WS}(?P<mon>\d{{1,2}})(?:{_SEP}(?P<y>{_YEAR})|{_WS}(?:{_YEAR_W}|{_MONTH_W}){_WS}(?P<y2>{_YEAR}))?(?![\d/])
      | {_QUARTER}{_WS}(?P<qfrom>{_Q_NUMERAL})(?:[ \t]*,[ \t]*{_Q_NUMERAL})*(?:[ \t]*(?:,|[-–]|và)[ \t]*)(?P<q>{_Q_NUMERAL})(?:{_WS}{_YEAR_W}{_WS}(?P<qy>{_YEAR})|/(?P<qy2>{_YEAR}))(?:[ \t]*,[ \t]*(?P<qyend>{_YEAR})(?![\d/]))?  # QUARTER_LIST
      | {_QUARTER}{_WS}(?P<q>{_Q_NUMERAL})(?:{_WS}{_YEAR_W}{_WS}(?P<qy>{_YEAR})|/(?P<qy2>{_YEAR}))[ \t]*,[ \t]*(?P<qyend>{_YEAR})(?![\d/])  # QUARTER_LIST's years
      | {_QUARTER}{_WS}(?P<q>(?:IV|III|II|I)(?![\p{{L}}\d|])|[1-4](?!\d))(?:{_WS}{_YEAR_W}{_WS}(?P<qy>{_YEAR})|/(?P<qy2>{_YEAR}))?  # QUARTER_NUMERAL_WHOLE
      | {_QUARTER}{_WS}(?P<q>{_OCR_Q})(?:{_WS}{_YEAR_W}{_WS}(?P<qy>{_YEAR})|/(?P<qy2>{_YEAR}))   # QUARTER_ROMAN_OCR: year required
    )
    """

# RECURRENCE_SLOT (issue 11, i29-time): NĐ 09/2019's reporting regime and every writer after it print a recurrence
# and then its slot in the period, set off by a comma, at the head of the duty: "Định kỳ hằng tháng, trước ngày 20,
# các cơ quan, đơn vị gửi báo cáo …" (a day of each month), "Hằng ngày, trước 15 giờ 00, các đơn vị báo cáo nhanh …"
# (an hour of each day), "Hằng tuần, vào thứ Sáu, Phòng Tài chính … tổng hợp …" (a weekday of each week); my words,
# in the forms of the lead's battery (no dev text prints them). The slot is part of the recurrence's phrase: before,
# the recurrence alone was read and the slot stayed in the action, ahead of the body that acts. Only the slot that
# fits the unit joins it (``_FinderState.recurrences``): a day of a month, an hour of a day, a weekday of a week.
# Counter-examples: a day with its month or a period word ("Định kỳ hằng quý, trước ngày 18 của tháng cuối quý":
# RELATIVE_PERIOD_DAY's own phrase; "hằng năm, trước ngày 20/7": a date, read as T10's recurring day by
# ``deadlines._recurring_days``, its own phrase as the dev texts print it, c116) is not a slot. The slot may stand in a
# parenthesis after a recurrence that closes the duty ("… báo cáo về Sở Tài chính định kỳ hằng tháng (trước ngày 20)").
# SLOT_SET_OFF: the slot is set off after it (a comma, a colon, the clause's end); mid-clause, before a verb ("… báo cáo
# định kỳ hằng tháng, trước ngày 20 gửi về Sở …"), which duty it times is the clause's to say, and it is left unread.
#   "Định kỳ hằng tháng, trước ngày 20" -> unit=tháng, scue=trước, sday=20
# WEEKDAY_NAME: a weekday after "thứ", by its number or its word ("thứ 6", "thứ Sáu": ``_WEEKDAYS``' keys), for the
# recurring day (``_RECUR``) and a recurrence's slot (RECURRENCE_SLOT) alike.
_WEEKDAY_NAME = r"(?:[2-7]|hai|ba|tư|năm|sáu|bảy)"
_RECURRENCE_SLOT = rf"""
    (?P<slot>(?:(?:[ \t]*,)?[ \t]+|[ \t]*(?P<sparen>\()[ \t]*)(?P<scue>{{day_cues}})[ \t]+
      (?: {_DAY}[ \t]+(?P<sday>\d{{1,2}})(?![\d/\-]|\.\d)(?![ \t]*(?:của|{_MONTH_W}|{_QUARTER}|{_YEAR_W}|hằng|hàng)(?!\p{{L}}))
        | (?:{_DAY}[ \t]+)?thứ[ \t]+(?P<sweekday>{_WEEKDAY_NAME})(?!\p{{L}})
        | (?P<shh>\d{{1,2}})[ \t]?{_HOUR}(?:[ \t]?\d{{2}})?(?:[ \t]?{_MINUTE})?[’']?(?![\p{{L}}\d])(?![ \t]*(?:,[ \t]*)?(?:{_DAY}|thứ)(?!\p{{L}}))
      )
      (?(sparen)[ \t]*\))                             # the slot in a parenthesis: "định kỳ hằng tháng (trước ngày 20)"
      (?=[ \t]*(?:[,:;.)\n]|$))                       # SLOT_SET_OFF: a comma, colon or the clause's end after it
    )?
    """

# HOUR_OF_EACH_DAY: a limit's hour before "hằng ngày" is the daily report's time, one phrase as n006's weekly "trước
# 11h00’ ngày thứ 5 hằng tuần" is (its hour before the recurring day): "gửi số liệu … trước 9h00 hàng ngày về Chi cục"
# (my words, in probe pe11's form), before which the hour stayed in the action and "hàng ngày" alone was the due.
# Counter-example: an hour before another unit ("trước 15h00 hằng tháng") names no day of it and stays unread.
# Recurrences: "hằng tháng", "hàng tuần", "định kỳ 6 tháng", "trước ngày 20 hằng tháng",
# "định kỳ hằng quý, hằng năm" (the words: data/dates.toml [recurrence]).
#   "trước ngày 20 hằng tháng" -> day=20, unit=tháng; "định kỳ trước ngày 15 hàng tháng" as printed
# DAY_WORD_DROPPED_MONTHLY (session 40): a monthly report's day may drop its "ngày", "định kỳ trước 25 hằng tháng báo cáo
# tiến độ …" (f41's rg01, a Tỉnh ủy's resolution): the day of each month as with "ngày". Only before "hằng/hàng tháng":
# "trước 25 ngày" and "trước 25 hằng năm" stay unread. PER_ONE_TIME (session 40): "định kỳ 6 tháng/1 lần" (f41's rg04)
# as "6 tháng/lần"; before, "/1 lần" was left in the action.
_RECUR = rf"""
    (?<![\p{{L}}\d])
    (?:(?:{{periodic}})\s+(?=(?:{{day_cues}})\s|(?:{_DAY}\s+)?thứ\s))?   # "định kỳ trước ngày 15 hàng tháng" (T10)
    (?:
        (?P<cue>{{day_cues}})\s+(?:\d{{1,2}}\s?{_HOUR}\s?\d{{0,2}}\S?\s+)?(?:{_DAY}\s+(?P<day>\d{{1,2}})|(?P<day>\d{{1,2}})(?=\s+(?:{{every}})\s+{_MONTH_W}(?!\p{{L}}))|(?:{_DAY}\s+)?thứ\s+(?P<weekday>{_WEEKDAY_NAME}))\s+   # WEEKDAY_WITHOUT_NGAY: "vào thứ Sáu hằng tuần"; DAY_WORD_DROPPED_MONTHLY
      | (?:{_DAY}\s+)?thứ\s+(?P<weekday>{_WEEKDAY_NAME})\s+(?=(?:{{every}})\s+{_WEEK}(?!\p{{L}}))   # WEEKDAY_OF_EACH_WEEK (session 31): "Định kỳ thứ Hai hàng tuần"
      | (?P<cue>{{day_cues}})\s+\d{{1,2}}\s?{_HOUR}\s?\d{{0,2}}\S?\s+(?=(?:{{every}})\s+{_DAY}(?!\p{{L}}))   # HOUR_OF_EACH_DAY
      | (?<!(?:{{bare_day_not_after}})\s+){_DAY}\s+(?P<day>\d{{1,2}})\s+(?=(?:{{every}})\s+{_MONTH_W}(?!\p{{L}}))   # DAY_OF_EACH_MONTH_UNCUED
    )?
    (?:(?:{{periodic}})\s+)?
    (?:
        (?:{{every}})\s+(?P<unit>{_DAY}|{_WEEK}|{_MONTH_W}|{_QUARTER}|{_YEAR_W})
      | (?:{{periodic}})\s+(?P<n>\d{{1,2}}|{{count_words}})\s+(?P<nunit>{_MONTH_W}|{_YEAR_W}|{_WEEK})(?:\s*/\s*(?:0?1\s+)?(?:{{per}})|\s+(?:một|0?1)\s+lần)?   # "định kỳ 02 tuần/lần", PER_ONE_TIME "6 tháng/1 lần", COUNT_IN_WORDS "hai năm một lần"
    )
    (?![\p{{L}}])
    {_RECURRENCE_SLOT}
    """

# RELATIVE_PERIOD_DAY (README T4, i17-lang): a day of the period after the one a recurring duty reports on, as the
# rules on periodic reports print it: "trước ngày 05 của tháng liền kề", "trước ngày 15 của tháng cuối quý", "trước
# ngày 31/01 năm liền kề" (n001's table cells). It recurs with its period and names no one year: a recurrence with
# `date` null (T4). The period words are data/dates.toml [recurrence] relative (unit word, then the period's words).
#   "trước ngày 05 của tháng liền kề" -> cue=trước, rday=05, runit=tháng
#   "trước ngày 31/01 năm liền kề"    -> cue=trước, rday=31, rmonth=01, runit=năm
# MONTH_WORD_RELATIVE_DAY (session 41): the month may be printed in words, and the period it follows named: "trước ngày
# 15 tháng 02 của năm liền kề sau năm báo cáo" (NĐ 193/2025's yearly mining report, restated in f42's rh05 and f43's
# rl05: read as 15/02 of the document's next year, a date the text does not say).
_RELATIVE_DAY = rf"""
    (?<![\p{{L}}\d])
    (?P<cue>{{day_cues}})\s+{_DAY}\s+(?P<rday>\d{{1,2}})(?:\s?/\s?(?P<rmonth>\d{{1,2}})|\s+tháng\s+(?P<rmonth>\d{{1,2}}))?
    \s+(?:của\s+)?(?P<runit>{_MONTH_W}|{_QUARTER}|{_YEAR_W})\s+(?P<which>{{relative}})
    (?:\s+sau\s+(?:năm|kỳ)\s+báo\s+cáo)?
    (?![\p{{L}}])
    """

# An offset from an event (usually receipt of the text), opened by data/dates.toml [offset]:
#   "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản" -> n=05, work, anchor
#   "trong vòng 10 ngày kể từ ngày ký"                              -> n=10
#   OFFSET_AFTER_EVENT (i17-lang): the anchor may follow "sau khi" / "sau ngày" as well as "(kể) từ": "trong vòng 07
#   ngày sau khi kết thúc hội nghị", "trong thời hạn 10 ngày sau khi nhận được văn bản" (before, the anchor was left
#   in the action).
#   OFFSET_BOUND (i17-lang): "trong thời hạn không quá 05 ngày làm việc kể từ ngày nhận được văn bản", "trong thời
#   hạn tối đa 10 ngày" — the bound words of a limit ([offset] bounds) between the opener and the count, the way
#   legal texts print a time limit; before, no time was read at all.
#   OFFSET_BARE_TRONG (i29-time): the time limit's plainest form, a bare "trong" before the count ("… gửi Sở Tài chính
#   trong 05 ngày làm việc kể từ ngày nhận được văn bản", my words, the form NĐ 30's and every ministry's letters print
#   beside "trong thời hạn"), is an offset only with its anchor ([offset] anchored): without it the duty stayed
#   untimed, its limit inside the action. Counter-example: "tổ chức trong 02 ngày" (how long, no anchor) is no time.
#   NUMBER_SPELT_AFTER (session 32): legal texts spell the count out in brackets after its figures, "trong thời hạn
#   không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ" (a province's guidance on land-use fees, an unseen
#   page); before, no time was read. Counter-example: a bracket that holds no words ("15 (*) ngày") is no spelling.
# ANCHOR_OF_LEVELS (session 32): the event a limit counts from may name a body over its levels, "kể từ ngày nhận được văn
# bản đề nghị của Ủy ban nhân dân xã, phường, thị trấn" (an unseen guidance): a comma before a level word goes on, and
# "đề nghị của" is the proposal's noun, no request; the anchor ends before what the proposal is about ("về việc …") and
# before the charge ("… có trách nhiệm:").
# Counter-example: "… kể từ ngày nhận được văn bản, đề nghị các đơn vị …" (a comma before no level word: the anchor ends).
# ANCHOR_INSIDE_ITS_PARENTHESIS (session 37): a limit printed in parentheses ends its anchor at the closing one, "(trong
# thời hạn 05 ngày kể từ ngày nhận đơn)." (an unseen Front's plan; the ")" was read into the anchor); a parenthesis the
# anchor opens and closes itself stays in it ("kể từ ngày nhận đủ hồ sơ (theo mẫu)").
_ANCHOR_LEVEL = r"(?:xã|phường|thị\s+trấn|thị\s+xã|thành\s+phố|huyện|quận|tỉnh)(?!\p{L})"
# ANCHOR_RECEIVED_REQUEST and ANCHOR_WRAPPED (session 38, an unseen Prime Minister's decision): the anchor reads the
# request received ("kể từ ngày nhận được đề nghị": "đề" stops an anchor only when it opens a request of its own, not
# right after "nhận (được)"), and goes on over a line break inside it ("… kinh phí hỗ trợ của Ủy ban" / "nhân dân cấp
# tỉnh, doanh nghiệp …"). Counter-examples: "… kể từ ngày nhận được văn bản đề nghị các đơn vị …" (a request after the
# anchor's object) and a line that opens with a capital end it as before.
# ANCHOR_SENT_BY (session 39): the anchor's object may name who sends it, "kể từ ngày nhận được danh sách do cơ quan bảo
# hiểm xã hội gửi đến" (an unseen Prime Minister's decision: the anchor stopped at "gửi", "gửi đến, người sử dụng lao
# động …" read as the duty). Counter-example: "… kể từ ngày nhận được văn bản gửi báo cáo …" ("gửi" with no "do" before
# it) ends the anchor as before.
# OFFSET_IN_MONTHS (session 40): the span may count weeks, months or years, "Trong thời hạn 06 tháng, kể từ ngày Nghị định
# số 178/2026/NĐ-CP có hiệu lực thi hành, các bộ … thực hiện …", "trong thời hạn 02 năm kể từ ngày …" (f42's rj01, a
# ministry's letter on a decree; README T2's own "Sau 03 tháng kể từ khi có văn bản …"): an offset from its anchor, its
# days unknown (a month is no fixed count of days), so no day is resolved. Before, only days were read. Only with its
# anchor: "Thành tựu trên các lĩnh vực sau 80 năm" (f39's rc01) counts an age.
_OFFSET = rf"""
    (?<![\p{{L}}\d])
    (?:(?:{{openers}})|(?P<bare>{{anchored}}))\s+     # OFFSET_BARE_TRONG: "trong" only with its anchor
    (?:(?:{{bounds}})\s+)?                            # OFFSET_BOUND
    (?P<n>\d{{1,3}})(?:\s*\(\s*\p{{L}}+(?:\s+\p{{L}}+){{0,3}}\s*\))?\s+(?:{_DAY}(?P<work>\s+làm\s+việc)?|(?P<long>{_WEEK}|{_MONTH_W}|{_YEAR_W}))  # NUMBER_SPELT_AFTER; OFFSET_IN_MONTHS
    (?:\s*,?\s*(?:(?:kể\s+)?từ|sau)\s+(?:{_DAY}|khi)\s+(?P<anchor>(?:[^.;,:\n()]|\([^()\n]*\)|,\s*(?={_ANCHOR_LEVEL}))(?:[^.;,:\n()]|\([^()\n]*\)|,\s*(?={_ANCHOR_LEVEL})|\n(?=[ \t]*(?-i:\p{{Ll}}))){{0,99}}?)
       (?=[.;:)]|\n(?![ \t]*(?-i:\p{{Ll}}))|,(?!\s*{_ANCHOR_LEVEL})|\s+(?:phải|các|(?<!(?:nhận|được)\s+)đề(?!\s+nghị\s+của)|(?<!(?<!\p{{L}})do\s[^.;,:]{{1,80}})gửi|báo|về\s+việc|(?:có|chịu)\s+trách\s+nhiệm)(?!\p{{L}})|$)|(?(bare)(?!)|))
    """

# Vague times: "cuối năm", "đầu năm 2024", "cuối năm 2027", "trong năm 2024", "6 tháng đầu năm"
# (the words: data/dates.toml [vague]); after its cue, the months or days the part spans: "trong những tháng cuối năm
# 2016" (VAGUE_PART_OF_A_YEAR, session 35: the cue was left out of the phrase and the time of no deadline).
#   "đến cuối năm 2027" -> y=2027
_VAGUE = rf"""
    (?<![\p{{L}}\d])
    (?:(?:{{cues}})\s+(?:(?:những|các)\s+)?(?:(?:tháng|ngày|tuần)\s+)?)?
    (?:{{parts}})\s+{_YEAR_W}(?:{_WS}(?P<y>{_YEAR}))?
    (?:\s+và\s+(?:{{parts}})\s+{_YEAR_W}{_WS}{_YEAR})?   # "cuối năm 2016 và đầu năm 2017": one span
    (?![\p{{L}}\d])
    """

# A year with its cue (data/dates.toml [years]): "trong năm 2025", "đến năm 2030", "ngay trong năm
# 2025"; not a span of years ("trong năm 2021 - 2025": a name's).
#   "trong năm 2025" -> y=2025
_YEAR_PHRASE = rf"""
    (?<![\p{{L}}\d])
    (?:{{cues}}){_WS}{_YEAR_W}{_WS}(?P<y>{_YEAR})
    (?![\d/]|\s?[-–]\s?\d)
    """

# YEARS_COUNTED (session 35): a span of years that says how many it holds, "trong hai năm 2012 - 2013" (the probe's qk11:
# a Standing Committee resolution's "tiếp tục thực hiện chính sách hỗ trợ về nhà ở … trong hai năm 2012 - 2013"), is a
# time, not a name's span ("giai đoạn 2021 - 2025", "Chương trình … 2021-2025" stay names'): a period to the last
# year's end. The count must fit the span. Counter-example: "trong hai năm 2021 - 2025" is read as nothing.
_YEAR_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_COUNTED_YEARS_RE = regex.compile(
    r"(?<![\p{L}\d])(?:trong|đến\s+hết)[ \t]+(?P<n>hai|ba|bốn|năm|0?[2-5])[ \t]+năm[ \t]+(?P<y1>(?:19|20)\d\d)[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d\d)(?![\d/])",
    regex.V1 | regex.I,
)

# YEAR_LABEL (session 32): a bare year that opens a list item as its label, "- Năm 2018: Rà soát, tổng kết hệ thống văn
# bản …" / "- Năm 2019: Trình ban hành Pháp lệnh …" / "- Năm 2018, hoàn thành việc hỗ trợ nhà ở …" (a ministry's plan,
# an unseen page), is the item's time as "Trong năm 2018" is; a year needs its cue elsewhere ([years] cues).
# Counter-example: the year inside a sentence ("… kết quả năm 2018: …"), one that a wrapped line opens ("… điển hình |
# năm 2024, các địa phương …", scripts/variants.py wrap60 on dev 002: the line before ends in no stop and no marker
# opens the line) or one before a lower-case word ("Năm 2018 là năm …") is no label.
_YEAR_LABEL_RE = regex.compile(r"(?:(?<=\A)|(?<=\n[ \t]*\n)|(?<=[.;:][ \t]*\n)|(?<=\n)(?=[ \t]*[-–+•*]))[ \t]*(?:[-–+•*][ \t]*)?(?P<ph>(?i:năm)[ \t]+(?P<y>(?:19|20)\d\d))[ \t]*(?::[ \t]*(?=(?-i:\p{Lu}))|,[ \t]*(?=\p{L}))", regex.V1)

# A time the rules in force set (data/dates.toml [by_rule], README T2/T13): "theo thời gian quy định",
# "theo đúng thời hạn quy định", "định kỳ theo quy định" (T2). The time word is required: "theo (đúng) quy định" alone is manner (veto
# MANNER_BY_RULE), and without the cue "đúng thời gian quy định" is a quality the work must meet.
_BY_RULE = r"""
    (?<![\p{L}\d])
    (?:
        (?:{cues})\s+(?:{time_words})\s+(?:{rules})
      | (?:{periodic})\s+(?:{cues})\s+(?:{rules})    # T2: "định kỳ theo quy định", as often as the rules say
    )
    (?![\p{L}\d])
    """

# A duty due when asked or when a term runs out (data/dates.toml [on_condition], README T2/T6): WHEN_ASKED "khi có
# đề nghị của Trung tâm Quản lý chất lượng" (c130), AT_TERM_END "khi hết thời gian gia hạn" (c150). Only at the end
# of its clause (".", ";", a table cell's "|", the end, or a line break before a line that opens another: a capital,
# a figure, a marker, a blank line): the trailing time, read whole over the text's wrapped lines. Not after a word
# that makes "khi" part of another phrase ("cho đến khi có Công văn …", w016; "kể từ khi có văn bản …", n001). The
# asking body's name may hold a comma ("của bộ, ngành Trung ương", n001), not one before a duty verb (a clause goes on).
_ON_CONDITION = r"""
    (?<![\p{L}\d])
    (?<!(?<![\p{L}\d])(?:{not_after})\s+)
    khi\s+
    (?:
        có\s+(?:{requests})(?:\s+của(?:(?:[ \t]*,?[ \t]+|[ \t]*,?[ \t]*\n[ \t]*(?![\d\-–+•*—\n]))(?<!,\s*)[\p{L}\d]+|[ \t]*,\s*(?!(?:{verbs})(?!\p{L}))[\p{L}\d]+){1,{body_words}})?   # WHEN_ASKED
      | hết\s+(?:{terms})(?:(?:[ \t]+|[ \t]*\n[ \t]*)\p{L}+){0,3}                                 # AT_TERM_END
    )
    (?=[ \t]*(?:[.;|]|$|\n(?=[ \t]*(?:(?-i:[\p{Lu}\d\-–+•*—])|\n))))   # the clause's end: a stop, or a line that opens another
    """

# Events that fix a time (data/dates.toml [events]): "tại Kỳ họp thứ 9", "tại phiên họp gần nhất",
# "trước khi tiến hành kiểm tra". EVENT_ACTS_LISTED: the step may be a list of acts, joined by "," or "và/hoặc":
# "… có trách nhiệm kiểm tra thể thức và kỹ thuật trình bày văn bản trước khi trình ký, phát hành." (n038: the duty
# comes before both acts; before, the time ended at "trình ký"). Counter-example: ", <not an act>" ends the time
# ("trước khi tiến hành kiểm tra, Sở Nội vụ có văn bản …", n002). EVENT_STEP_IS_AN_ACT and EVENT_STEP_TO_ITS_CLAUSE_END
# (i28-dues): the step may be any duty verb's act, and it runs to its clause's end ("," "." ";" ":" or the line's), at
# most eight words: "… báo cáo UBND tỉnh cho ý kiến trước khi cung cấp cho Tổng Cục Thống kê." (probe pc03; before, no
# time: "cung cấp" was no act, and the step stopped three words on); dev n002's and n038's steps end their clauses
# as before; else at most three words follow the act, as before. EVENT_STEP_OVER_A_WRAP (session 42): a line break
# before a lower-case word is the copy's wrap, not the clause's end: "… trước khi tiến hành làm việc trực tiếp tại doanh
# / nghiệp." (an unseen tax letter as a PDF's text: the step ended at "doanh").
# EVENT_END_POINT (session 43): the end of an event is a point as its start is (T7): "6. Báo cáo kết quả kiểm tra cho
# Giám đốc Sở sau khi kết thúc đợt kiểm tra." (an unseen inspection decision: no time). Only "sau khi kết thúc" and its
# clause (at most six words), after the duty's words: a bare "sau khi <verb>" most often qualifies a thing ("… các quy
# định, TTHC sau khi được ban hành", n064; "tạo việc làm sau khi hoàn thành cai nghiện", n007), no time of the duty;
# and one that opens its clause ("2. Ngay sau khi kết thúc kiểm tra, có trách nhiệm …") is the obligations stage's
# (AFTER_EVENT_DUE), its whole frame the point.
_EVENT = r"""
    (?<![\p{L}\d])
    (?:
        (?:{event_cues})\s+(?:{meetings})\s+(?:(?:lần\s+)?thứ\s+)?(?:\d{1,3}(?!\d)|(?<=thứ\s+)\p{L}+|(?:{which}))
      | (?<=[\p{L}\d)][ \t]+)(?<!(?<!\p{L})ngay[ \t]+)sau\s+khi\s+kết\s+thúc(?:(?:[ \t]+|[ \t]*\n[ \t]*(?=(?-i:\p{Ll})))\p{L}+){1,6}?(?=[ \t]*(?:[,.;:]|$|\n(?![ \t]*(?-i:\p{Ll}))))   # EVENT_END_POINT
      | trước\s+khi\s+(?:{acts}|{verbs})(?!\p{L})(?:(?:(?:[ \t]+|[ \t]*\n[ \t]*(?=(?-i:\p{Ll})))\p{L}+){0,8}?(?=[ \t]*(?:[,.;:]|$|\n(?![ \t]*(?-i:\p{Ll}))))|(?:[ \t]+\p{L}+){0,3})(?:(?:[ \t]*,[ \t]*|[ \t]+(?:và|hoặc)[ \t]+)(?:{acts})(?!\p{L}))*
    )
    (?![\p{L}\d])
    """


@dataclass(frozen=True)
class _Grammar:
    period: regex.Pattern[str]
    single: regex.Pattern[str]
    month: regex.Pattern[str]
    recur: regex.Pattern[str]
    relative_day: regex.Pattern[str]
    offset: regex.Pattern[str]
    vague: regex.Pattern[str]
    year: regex.Pattern[str]
    event: regex.Pattern[str]
    by_rule: regex.Pattern[str]
    on_condition: regex.Pattern[str]
    received: regex.Pattern[str]


@functools.lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    """The time-phrase patterns with the cue words of data/dates.toml, compiled once."""
    w = date_words()
    flags = regex.X | regex.V1 | regex.I
    fill = functools.partial(compile_with, flags=flags)
    return _Grammar(
        period=fill(_PERIOD, period_start=alternation(w.period.start), period_end=alternation(w.period.end)),
        single=fill(_SINGLE, single_cues="|".join(_cue(c) for c in w.single_cues)),
        month=fill(_MONTH, month_cues=_cue(w.month_cues)),
        recur=fill(
            _RECUR,
            day_cues=alternation(w.recurrence.day_cues),
            periodic=alternation(w.recurrence.periodic),
            every=alternation(w.recurrence.every),
            count_words=alternation(list(w.recurrence.count_words)),
            bare_day_not_after=alternation(w.recurrence.bare_day_not_after),
            per=alternation(w.recurrence.per),
        ),
        relative_day=fill(_RELATIVE_DAY, day_cues=alternation(w.recurrence.day_cues), relative=alternation(w.recurrence.relative)),
        offset=fill(_OFFSET, openers=alternation(w.offset.openers), anchored=alternation(w.offset.anchored), bounds=alternation(w.offset.bounds)),
        vague=fill(_VAGUE, cues=alternation(w.vague.cues), parts=alternation(w.vague.parts)),
        year=fill(_YEAR_PHRASE, cues=alternation(w.years.cues)),
        event=fill(_EVENT, event_cues=alternation(w.events.cues), meetings=alternation(w.events.meetings), which=alternation(w.events.which), acts=alternation(w.events.acts), verbs=duties().verbs_pattern()),
        by_rule=fill(_BY_RULE, cues=alternation(w.by_rule.cues), time_words=alternation(w.by_rule.time_words), rules=alternation(w.by_rule.rules), periodic=alternation(w.by_rule.periodic)),
        on_condition=fill(
            _ON_CONDITION,
            not_after=alternation(w.on_condition.not_after),
            requests=alternation(w.on_condition.requests),
            terms=alternation(w.on_condition.terms),
            body_words=str(w.on_condition.body_words),
            verbs=duties().verbs_pattern(),
        ),
        received=regex.compile(alternation(w.offset.received), regex.I | regex.V1),
    )


# "ngày thứ 5 hằng tuần" (Thursday every week, n006): the weekday as RFC 5545 BYDAY.
_WEEKDAYS = {"2": "MO", "hai": "MO", "3": "TU", "ba": "TU", "4": "WE", "tư": "WE", "5": "TH", "năm": "TH", "6": "FR", "sáu": "FR", "7": "SA", "bảy": "SA"}
_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4}
_RRULE_FREQ = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "quarter": "MONTHLY", "year": "YEARLY"}


def _unit(word: str) -> str:
    """The unit ("day", "quarter", …) a unit word ("ngày", "qúy", …) of data/dates.toml names."""
    spaced = _SPACES_RE.sub(" ", word.lower())
    return next(name for name, u in _UNITS if spaced in u.words)


_SPACES_RE = regex.compile(r"\s+")


# ============================================================================================
# Findings
# ============================================================================================


@dataclass(frozen=True)
class TimePhrase:
    """A time phrase found in the text.

    Attributes:
        start: offset of its first character in the text searched.
        end: offset after its last character.
        text: the phrase as printed, whitespace collapsed.
        date: the due date, or None when the phrase gives no resolvable day.
        when: what the phrase means (kind, period, recurrence, offset, inclusivity, time).
        cued: True when a cue word ("trước", "chậm nhất", "từ … đến", "trong") opens it, i.e.
            the phrase sets a limit rather than naming a day.
        whole_year: True for a year with its cue ("trong năm 2025"), a time only where it times a
            duty rather than ends a name (read by the deadlines stage).
        year_printed: False for a day (or a period's last day) printed without its year, whose
            ``date`` takes the document's year ("trước ngày 30/11").
        standing: True for a standing time ("thường xuyên", data/dates.toml [standing]): a `due`
            with no period, never a deadline.
        by_rule: True for a time the rules in force set ("theo thời gian quy định", data/dates.toml
            [by_rule]): a `due`, never a deadline (README T2, T13).
        on_condition: True for a duty due when asked or when a term runs out ("khi có đề nghị của …", "khi hết
            thời gian gia hạn", data/dates.toml [on_condition]): a `due`, never a deadline (README T2).
        impossible: True for a cued day past its month's end ("trước ngày 31/4/2026", IMPOSSIBLE_DAY): the
            duty's `due` and a deadline, both with no date (as "cuối năm"); the record warns (``impossible_days``).
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    when: TimeExpression
    cued: bool
    whole_year: bool = False
    year_printed: bool = True
    standing: bool = False
    by_rule: bool = False
    on_condition: bool = False
    impossible: bool = False


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve_yearless(day: int, month: int, doc_date: dt.date | None, doc_year: int | None) -> dt.date | None:
    """A year-less day/month: the document's year, or the next when that is before the document."""
    year = doc_date.year if doc_date else doc_year
    if year is None:
        return None
    value = _valid(year, month, day)
    if value is not None and doc_date is not None and value < doc_date:
        value = _valid(year + 1, month, day)
    return value


def _group_date(m: regex.Match[str], p: str) -> tuple[int | None, int | None, int | None]:
    """(day, month, year) of the date with prefix ``p`` in ``m``, None where absent."""
    d = m.group(f"{p}wd") or m.group(f"{p}d")
    mo = m.group(f"{p}wm") or m.group(f"{p}m")
    y = m.group(f"{p}wy") or m.group(f"{p}y")
    return (int(d) if d else None, int(mo) if mo else None, int(y) if y else None)


def full_date_of(m: regex.Match[str], prefix: str) -> dt.date | None:
    """The date ``date_pattern(prefix)`` matched in ``m`` when it prints day, month and year (a valid day), else None."""
    day, month, year = _group_date(m, prefix)
    if day is None or month is None or year is None:
        return None
    return _valid(year, month, day)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _collapse(s: str) -> str:
    return " ".join(s.split())


def _has_word(cue: str, words: list[str]) -> bool:
    return bool(words) and _any_word_re(tuple(words)).search(cue) is not None


@functools.lru_cache(maxsize=64)
def _any_word_re(words: tuple[str, ...]) -> regex.Pattern[str]:
    """VOCABULARY_WORDS_ONCE: one pattern for a data list's words, each whole, compiled once for the process instead
    of one per word at each cue (``_has_word``). A search of the alternatives finds one where a search of any single
    word does."""
    return regex.compile("|".join(rf"(?<!\p{{L}})(?:{alternation([w])})(?!\p{{L}})" for w in words))


def _inclusive(cue: str | None) -> bool | None:
    """Whether a cue's day is within the time allowed (data/dates.toml [inclusivity]): False when
    it holds an exclusive word ("trước"), True when it holds an inclusive one ("chậm nhất"), else
    None."""
    if not cue:
        return None
    cue = repair_ocr(_collapse(cue).lower())
    words = date_words().inclusivity
    if _has_word(cue, words.exclusive):
        return False
    return True if _has_word(cue, words.inclusive) else None


# "(phấn đấu) hoàn thành" before a cue ("hoàn thành trước ngày 20 tháng 5 năm 2026") marks the time
# as the duty's end but is no part of the time itself (annotations/README.md T9): the phrase's span
# keeps it (so it stays out of the action), its text starts at the cue: "trước ngày 20 tháng 5 năm
# 2026". Not a phrase that is nothing but the verb and a date's own words ("hoàn thành" alone).
_COMPLETION_OPENING = regex.compile(r"^(?:phấn\s+đấu\s+)?hoàn\s+thành\s+(?=\S)", regex.IGNORECASE)


def without_completion(value: str) -> str:
    """A time's printed value without the "(phấn đấu) hoàn thành" that opens it (T9): "Hoàn thành trong tháng 7/2025"
    → "trong tháng 7/2025"; any other value as it is."""
    return _COMPLETION_OPENING.sub("", value, count=1)


def _clock_time(m: regex.Match[str]) -> str | None:
    """The time of day a match's ``hh``/``mm`` groups print ("16 giờ 00" → "16:00"), None without one."""
    if not m.group("hh"):
        return None
    hh, mm = int(m.group("hh")), int(m.group("mm") or 0)
    return f"{hh:02d}:{mm:02d}" if hh < 24 and mm < 60 else None


class _Finder:
    """Runs the grammar over one span and keeps non-overlapping phrases, longest first."""

    def __init__(self, text: str, fold: str, doc_date: dt.date | None, doc_year: int | None):
        self.text = text
        self.fold = fold
        self.doc_date = doc_date
        self.doc_year = doc_date.year if doc_date else doc_year
        self.found: list[TimePhrase] = []
        # The found spans sorted by start; they never overlap, so their ends are sorted too and
        # a new span is checked against one neighbour, not against every phrase found.
        self._starts: list[int] = []
        self._ends: list[int] = []

    def _free(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self._starts, e)  # the spans that start before ``e``
        return i == 0 or self._ends[i - 1] <= s

    def _add(
        self,
        s: int,
        e: int,
        date: dt.date | None,
        when: TimeExpression,
        cued: bool,
        whole_year: bool = False,
        year_printed: bool = True,
        *,
        standing: bool = False,
        by_rule: bool = False,
        on_condition: bool = False,
        impossible: bool = False,
    ) -> None:
        """Keep the phrase ``text[s:e]`` (trailing spaces and commas cut) unless a phrase kept before
        overlaps it; the last three flags mark a due that is never a deadline (TimePhrase)."""
        while e > s and self.text[e - 1] in " ,\n\t\f":
            e -= 1
        if self._free(s, e):
            text = _COMPLETION_OPENING.sub("", repair_ocr(_collapse(self.text[s:e])), count=1)
            self.found.append(TimePhrase(s, e, text, date, when, cued, whole_year, year_printed, standing, by_rule, on_condition, impossible))
            i = bisect.bisect_left(self._starts, s)
            self._starts.insert(i, s)
            self._ends.insert(i, e)

    def _full(self, d: int | None, m: int | None, y: int | None) -> dt.date | None:
        if d is None or m is None or not (1 <= m <= 12 and 1 <= d <= 31):
            return None
        if y is not None:
            return _valid(y, m, d)
        return _resolve_yearless(d, m, self.doc_date, self.doc_year)

    def _past_month_end(self, d: int | None, m: int | None, y: int | None) -> bool:
        """Whether day ``d`` of month ``m`` (of year ``y``, else the document's) is past that month's last day."""
        year = y if y is not None else (self.doc_date.year if self.doc_date else self.doc_year)
        if d is None or m is None or year is None or not (1 <= m <= 12 and 1 <= d <= 31):
            return False
        return d > calendar.monthrange(year, m)[1]

    def periods(self, start: int, end: int) -> None:
        for m in _grammar().period.finditer(self.fold, start, end, overlapped=False):
            bd, bm, by = _group_date(m, "b")
            due = self._full(bd, bm, by)
            if due is None:
                continue
            first: dt.date | None
            if m.group("h0"):
                first = due  # HOURS_OF_ONE_DAY: "từ 08g00 đến 11g00 ngày …" starts on its end's day
            elif m.group("am0"):
                year = int(m.group("ay0")) if m.group("ay0") else due.year
                first = _valid(year, int(m.group("am0")), 1)
            elif m.group("ad0"):
                first = _valid(due.year, due.month, int(m.group("ad0")))
            else:
                ad, am, ay = _group_date(m, "a")
                if am is None:
                    continue
                first = _valid(ay or due.year, am, ad or 1)
            if first is None or first > due:
                # "4-5/2023" is not a period; a start after the end is not one either.
                continue
            when = TimeExpression(kind="period", period_start=first, period_end=due, inclusive=True, time=_clock_time(m))
            self._add(m.start(), m.end(), due, when, True, year_printed=by is not None)

    def singles(self, start: int, end: int) -> None:
        for m in _grammar().single.finditer(self.fold, start, end):
            d, mo, y = _group_date(m, "a")
            cue = m.group("cue")
            is_words = m.group("awd") is not None
            has_ngay = is_words or regex.search(_DAY, self.fold[m.start() : m.end()], regex.I) is not None
            sep = self.fold[m.start("ad") : m.end("am")] if m.group("ad") else ""
            # A bare "4-5" or "3.25" is a range or a decimal, not a date: a year-less numeric
            # date needs a slash or the word "ngày"; hyphen/dot dates need a year or "ngày".
            if not is_words and y is None and not has_ngay and ("/" not in sep or not cue):
                continue
            if not is_words and y is None and "/" not in sep and not has_ngay:
                continue
            if not is_words and not has_ngay and y is not None and _month_span_shape(self.fold, m):
                continue  # MONTH_SPAN: "10-11/2019" in a schedule's time cell is two months, not a day
            # "trong" alone before a bare date is not a cue ("trong 15/7" does not occur).
            if cue and _collapse(cue).lower() == "trong" and not has_ngay:
                cue = None
            due = self._full(d, mo, y)
            inclusive = _inclusive(cue)
            if not cue and has_ngay and _copular_limit_re().search(self.fold, max(0, m.start() - COPULAR_LOOKBACK), m.start()):
                cue, inclusive = "là", True  # COPULAR_LIMIT: "Hạn chót nhận hồ sơ là ngày 15/7/2023"
            if due is None and cue and self._past_month_end(d, mo, y):
                # IMPOSSIBLE_DAY: a cued day the month does not have ("trước ngày 31/4/2026", "chậm nhất ngày
                # 30/02/2025") is a limit the text sets with a slip in it: the duty keeps it as its `due` and its
                # deadline, with no date (which day was meant is a guess), and the record warns. Counter-examples:
                # an uncued "ngày 31/4" (no limit is set) and a day no month has ("ngày 35/7/2025", not read as a day).
                vague = TimeExpression(kind="vague", inclusive=inclusive, time=_clock_time(m))
                self._add(m.start(), m.end(), None, vague, True, year_printed=y is not None, impossible=True)
                continue
            when = TimeExpression(kind="date", inclusive=inclusive, time=_clock_time(m))
            self._add(m.start(), m.end(), due, when, bool(cue), year_printed=y is not None)

    def months(self, start: int, end: int) -> None:
        for m in _grammar().month.finditer(self.fold, start, end):
            cue = m.group("cue")
            if m.group("q"):
                q = _ocr_quarter_map().get(m.group("q"), m.group("q")).upper()
                qn = _ROMAN_Q.get(q) or int(q)
                y = m.group("qy") or m.group("qy2")
                year = int(y) if y else self.doc_year
                if year is None:
                    continue
                q0 = _ROMAN_Q.get(m.group("qfrom").upper()) or int(m.group("qfrom")) if m.group("qfrom") else qn
                y_end = int(m.group("qyend")) if m.group("qyend") else year
                if q0 > qn or y_end < year:
                    continue  # QUARTER_LIST: no span backwards
                first = dt.date(year, 3 * q0 - 2, 1)
                last = _month_end(year, 3 * qn) if y_end == year else dt.date(y_end, 12, 31)
            else:
                mon = int(m.group("mon"))
                y = m.group("y") or m.group("y2")
                if not 1 <= mon <= 12:
                    continue
                if y is None and not cue:
                    continue  # "tháng 7" alone is too often a duration or a name
                year = int(y) if y else self.doc_year
                if year is None:
                    continue
                m0 = int(m.group("mfrom")) if m.group("mfrom") else mon
                if not 1 <= m0 <= mon:
                    continue  # MONTH_SPAN: the first month before the last
                first, last = dt.date(year, m0, 1), _month_end(year, mon)
            when = TimeExpression(kind="period", period_start=first, period_end=last, inclusive=_inclusive(cue))
            self._add(m.start(), m.end(), None, when, bool(cue))

    def recurrences(self, start: int, end: int) -> None:
        for m in _grammar().recur.finditer(self.fold, start, end):
            if m.group("unit"):
                unit = _unit(m.group("unit"))
                rule = f"FREQ={_RRULE_FREQ[unit]}"
                if unit == "quarter":
                    rule += ";INTERVAL=3"
            else:
                unit = _unit(m.group("nunit"))
                n = m.group("n")
                rule = f"FREQ={_RRULE_FREQ[unit]};INTERVAL={int(n) if n.isdigit() else date_words().recurrence.count_words[n.lower()]}"
            end, cue = m.end(), m.group("cue")
            if m.group("slot"):  # RECURRENCE_SLOT: only a slot that fits the unit joins it
                fits = (m.group("sday") and rule == "FREQ=MONTHLY") or (m.group("sweekday") and rule == "FREQ=WEEKLY") or (m.group("shh") and rule == "FREQ=DAILY")
                if fits and not m.group("day") and not m.group("weekday"):
                    cue = cue or m.group("scue")
                    if m.group("sday"):
                        rule += f";BYMONTHDAY={int(m.group('sday'))}"
                    elif m.group("sweekday"):
                        rule += f";BYDAY={_WEEKDAYS[m.group('sweekday').lower()]}"
                else:
                    end = m.start("slot")
            if m.group("day"):
                rule += f";BYMONTHDAY={int(m.group('day'))}"
            elif m.group("weekday") and rule == "FREQ=WEEKLY":
                rule += f";BYDAY={_WEEKDAYS[m.group('weekday').lower()]}"
            when = TimeExpression(kind="recurrence", recurrence=rule, inclusive=_inclusive(cue))
            self._add(m.start(), end, None, when, True)

    def relative_days(self, start: int, end: int) -> None:
        """RELATIVE_PERIOD_DAY: "trước ngày 05 của tháng liền kề" recurs monthly on the 5th, "… của tháng cuối quý"
        every third month, "trước ngày 31/01 năm liền kề" yearly on 31 January; no date (T4)."""
        for m in _grammar().relative_day.finditer(self.fold, start, end):
            unit = _unit(m.group("runit"))
            which = m.group("which").lower()
            quarterly = unit == "quarter" or "quý" in which
            rule = "FREQ=MONTHLY;INTERVAL=3" if quarterly else f"FREQ={_RRULE_FREQ[unit]}"
            if unit == "month" and (months := _QUARTER_MONTHS.get(" ".join(which.split()[:2]))):
                rule = f"FREQ=YEARLY;BYMONTH={months}"  # QUARTER_MONTH_RULE
            if m.group("rmonth") and unit == "year":
                rule += f";BYMONTH={int(m.group('rmonth'))}"
            rule += f";BYMONTHDAY={int(m.group('rday'))}"
            when = TimeExpression(kind="recurrence", recurrence=rule, inclusive=_inclusive(m.group("cue")))
            self._add(m.start(), m.end(), None, when, True)

    def offsets(self, start: int, end: int) -> None:
        for m in _grammar().offset.finditer(self.fold, start, end):
            anchor_text = m.group("anchor") or ""
            anchor = "received" if _grammar().received.search(anchor_text) else (_collapse(anchor_text) or None)
            long = _unit(m.group("long")) if m.group("long") else None
            if long and not m.group("anchor"):
                continue  # OFFSET_IN_MONTHS needs its anchor: "Thành tựu … sau 80 năm" counts an age, no offset
            when = TimeExpression(
                kind="offset",
                offset_days=int(m.group("n")) * 7 if long == "week" else None if long else int(m.group("n")),
                working_days=bool(m.group("work")),
                anchor=anchor,
                inclusive=True,
            )
            self._add(m.start(), m.end(), None, when, True)

    def vague(self, start: int, end: int) -> None:
        for m in _grammar().vague.finditer(self.fold, start, end):
            self._add(m.start(), m.end(), None, TimeExpression(kind="vague"), True)

    def years(self, start: int, end: int) -> None:
        found = [(m.start(), m.end(), int(m.group("y"))) for m in _grammar().year.finditer(self.fold, start, end)]
        found += [(m.start("ph"), m.end("ph"), int(m.group("y"))) for m in _YEAR_LABEL_RE.finditer(self.text, start, end)]
        for s, e, y in found:
            if _ends_a_name(self.text, s, e):
                continue
            when = TimeExpression(kind="period", period_start=dt.date(y, 1, 1), period_end=dt.date(y, 12, 31), inclusive=True)
            self._add(s, e, None, when, True, whole_year=True)

    def counted_years(self, start: int, end: int) -> None:
        """YEARS_COUNTED's spans (their cue and count stand before the year a window opens at: read over the span)."""
        for m in _COUNTED_YEARS_RE.finditer(self.fold, start, end):
            first, last = int(m.group("y1")), int(m.group("y2"))
            if last - first + 1 != _YEAR_COUNTS.get(m.group("n").lstrip("0"), 0):
                continue  # "trong hai năm 2021 - 2025" counts no such span
            when = TimeExpression(kind="period", period_start=dt.date(first, 1, 1), period_end=dt.date(last, 12, 31), inclusive=True)
            self._add(m.start(), m.end(), None, when, True)

    def standing(self, start: int, end: int) -> None:
        for m in _standing_re().finditer(self.fold, start, end):
            s, e = m.start(), m.end()
            before = self.fold[max(start, s - STANDING_LOOKBACK) : s]
            wrapped = _WRAPPED_LINE_RE.search(before)
            if wrapped is not None and self.text[s].islower():
                # a line wrapped inside its sentence opens no clause: "… sử dụng kinh phí chi\nthường xuyên của
                # ngân sách nhà nước" (c157) reads as on one line, where "chi thường xuyên" is a noun
                before = before[: wrapped.start()] + before[wrapped.start() :].replace("\n", " ")
            opening = _CLAUSE_OPENING_RE.search(before)
            # after a comma it opens a clause only before a duty verb ("…, thường xuyên kiểm tra …"): else it
            # goes on a list of qualities ("phục vụ ổn định, thường xuyên, liên tục cho …", n051)
            opens_clause = opening is not None and (
                not opening.group(0).lstrip().startswith(",") or _verb_after_re().match(self.fold, e, end) is not None
            )
            after_verb = _verb_before_re().search(before) is not None
            if not (opens_clause or after_verb) or _not_standing_re().search(before):
                continue  # a manner ("đảm bảo kịp thời, thường xuyên"), a negated fact, a noun ("chi thường xuyên")
            self._add(s, e, None, TimeExpression(kind="recurrence"), False, standing=True)

    def by_rule(self, start: int, end: int) -> None:
        for m in _grammar().by_rule.finditer(self.fold, start, end):
            self._add(m.start(), m.end(), None, TimeExpression(kind="vague"), False, by_rule=True)

    def conditions(self, start: int, end: int) -> None:
        for m in _grammar().on_condition.finditer(self.fold, start, end):
            self._add(m.start(), m.end(), None, TimeExpression(kind="vague"), False, on_condition=True)

    def events(self, start: int, end: int) -> None:
        for m in _grammar().event.finditer(self.fold, start, end):
            self._add(m.start(), m.end(), None, TimeExpression(kind="vague"), True)


# How far back a standing time looks for the verb it follows or the clause break it opens after.
STANDING_LOOKBACK = 60
# A standing time that opens its clause: after the start of the text searched, a line break, an item's
# marker or ";", ":", ",".
_CLAUSE_OPENING_RE = regex.compile(r"(?:^|[;:,\n]|[\-–+•*]|\b[a-zđ]\)|\d\.)\s*$", regex.V1 | regex.I)
# A line break inside a sentence: a word, then the break (the next line going on in lower case).
_WRAPPED_LINE_RE = regex.compile(r"(?<=[\p{L}\d])[ \t]*\n[ \t]*$", regex.V1)


@functools.lru_cache(maxsize=1)
def _standing_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(date_words().standing.words)})(?!\p{{L}})", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _verb_before_re() -> regex.Pattern[str]:
    """A duty verb right before a standing time ("tổ chức tuyên truyền | thường xuyên, liên tục", T12)."""
    return regex.compile(rf"(?<!\p{{L}})(?:{duties().verbs_pattern()})\s+$", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _verb_after_re() -> regex.Pattern[str]:
    """A duty verb right after a standing time ("thường xuyên | kiểm tra", T1)."""
    return regex.compile(rf"[ \t]+(?:{duties().verbs_pattern()})(?!\p{{L}})", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _not_standing_re() -> regex.Pattern[str]:
    """A negation right before, or a quality list after "đảm bảo" (data/dates.toml [standing])."""
    w = date_words().standing
    negated = rf"(?<!\p{{L}})(?:{alternation(w.not_after)})\s+$"
    manner = rf"(?<!\p{{L}})(?:{alternation(w.manner_after)})(?:[\s,]+\p{{L}}+){{0,3}}[\s,]+$"
    return regex.compile(rf"{negated}|{manner}", regex.V1 | regex.I)


# What ends the stretch a name may run over before its year: a clause break, a parenthesis, a blank line.
_NAME_BREAK_RE = regex.compile(r"[;:.!?()]|\n[ \t]*\n", regex.V1)


@functools.lru_cache(maxsize=1)
def _name_re() -> regex.Pattern[str]:
    """The words that open a programme's or plan's name or its horizon (data/dates.toml [years] names),
    as printed: "Chương trình" capitalised, "tầm nhìn" in any case."""
    names = date_words().years.names
    capitalised = [w for w in names if w[:1].isupper()]
    lower = [w for w in names if not w[:1].isupper()]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(capitalised)}|(?i:{alternation(lower)}))(?!\p{{L}})", regex.V1)


# LOWER_CASE_PLAN_HORIZON (data/dates.toml [years] horizon_nouns): a plan's noun in lower case ends a name only before
# its horizon, "đến năm …" a few words after it: "… là kết quả thực hiện điều chỉnh quy hoạch sử dụng đất đến năm 2020
# và các nội dung của lập quy hoạch sử dụng đất đến năm 2030." (probe pi19, read as two dated duties before), the plan
# named as the Luật Quy hoạch names it. Counter-examples: another cue after the noun times the duty ("xây dựng kế hoạch
# … trong năm 2025"), and so does a horizon too far from it or past a comma.
_CUE_BEFORE_YEAR_RE = regex.compile(r"\p{L}+[ \t]+(?=năm(?!\p{L}))", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _horizon_re() -> regex.Pattern[str]:
    """A lower-case plan noun, then at most ``horizon_words`` words, then a horizon cue and "năm" (``_ends_a_name``)."""
    y = date_words().years
    return regex.compile(
        rf"(?<!\p{{L}})(?:{alternation(y.horizon_nouns)})(?:[ \t]+[^\s,;:.()]+){{0,{y.horizon_words}}}[ \t]+(?:{alternation(y.horizon_cues)})[ \t]+$",
        regex.V1 | regex.I,
    )


def _ends_a_name(text: str, start: int, end: int) -> bool:
    """A cued year that ends a name rather than times anything (annotations/README.md A4; data/dates.toml
    [years]): a programme's or plan's name or horizon before it, a cited document's symbol (its title),
    an open quote, or a title printed in capitals."""
    phrase = text[start:end]
    if phrase.isupper():
        return True  # "II. CHỈ TIÊU CHỦ YẾU THỰC HIỆN ĐẾN NĂM 2030"
    cue = _CUE_BEFORE_YEAR_RE.match(phrase)
    if cue is not None and _horizon_re().search(text, max(0, start - date_words().years.name_chars), start + cue.end()):
        return True  # LOWER_CASE_PLAN_HORIZON: "quy hoạch sử dụng đất đến năm 2030" (probe pi19)
    window = text[max(0, start - date_words().years.name_chars) : start]
    if window.rfind("“") > window.rfind("”"):
        return True  # "về “truyền thông của tỉnh từ nay đến hết năm 2020”"
    if phrase[:1].isupper() and not window[window.rfind("\n") + 1 :].strip():
        return False  # LINE_OPENS_THE_TIME (below)
    breaks = list(_NAME_BREAK_RE.finditer(window))
    stretch = window[breaks[-1].end() :] if breaks else window
    return bool(_name_re().search(stretch) or P.SYMBOL_RE.search(stretch))


# LINE_OPENS_THE_TIME (session 43): a capitalised cued year that opens its line opens a sentence, no name's year: "a) Tổ
# chức quán triệt Nghị quyết số 10-NQ/TW" / "Trong năm 2022, các bộ, ngành; … hoàn thành việc phổ biến …" (f46's rs01, a
# Government resolution: the heading's symbol above was read as the name the year ends). Counter-example: a name wrapped
# onto the next line goes on in lower case ("… Nghị quyết số 10-NQ/TW" / "năm 2022 của …").


# PHRASE_WINDOWS: the time grammar's patterns open with optional cues and have no literal to start from, so over a
# whole text (the deadlines stage reads each text whole once) they were tried at every character: the single-date and
# period patterns alone were half of the time grammar's cost. A phrase is made of its pattern's own words (cues,
# units, weekdays, parts of the day), figures and marks: any other word bounds it. So each pattern is run only on the
# stretches around a fragment every one of its phrases holds (``_Window.fragment``: a day and month side by side for a
# date or period, as DATE_SHAPE_FIRST; the month's or quarter's word; "hằng"/"định kỳ"; "năm" and a year; "ngày" and a
# figure), from the last other word before it to the first other word after it, both words kept in the stretch (a
# look-ahead at the stretch's end then reads what it reads in the whole text).
#   c114 "1.1. Thời gian tổ chức cuộc thi: Từ ngày 15/10/2022 đến 28/11/2022, cụ thể:" → the date stretch "cuộc thi: Từ
#   ngày 15/10/2022 đến 28/11/2022, cụ" ("cuộc" and "cụ" are no words of the grammar; "thi" ([event_days]'s "hội
#   thi"), "Từ", "ngày", "đến" are).
# Two constructs of the patterns take what is not their words: a period's "(thứ Hai)" (``_PERIOD``:
# ``\([^()\n]{1,30}\)``): a word that may stand inside such a parenthesis bounds nothing; and a recurrence's hour
# mark (``_RECUR``: "\d{0,2}\S?"), one letter of any kind after the hour: a word that is the pattern's words and one
# letter more bounds nothing there. Exact: a phrase holds no other word, so each phrase of the span lies in one
# stretch and is found there, in the same order; a stretch without the fragment holds none. The fragments open and
# close on a figure or a word's edge, so no word runs across them. The offsets (an anchor of any words, ending at the
# span's end) and the events (any word after "thứ") are not windowed.
_SYNTAX_RE = regex.compile(r"\\[pP]\{[^}]*\}|\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)|\(\?[a-zA-Z]+[:)]", regex.V1 | regex.S)


def pattern_words(source: str) -> set[str]:
    """The words a pattern's source spells (its literals, comments included), read past its syntax: ``\\p{L}``,
    escapes, group names, conditions and inline flags spell none. ``pattern_words(r"(?P<cue>trước|hạn\\s+chót:)\\s+\\d")``
    is {"trước", "hạn", "chót"}. More words than the pattern can match only make PHRASE_WINDOWS' stretches longer."""
    return set(regex.findall(r"\p{L}+", _SYNTAX_RE.sub(" ", source), flags=regex.V1))


@dataclass(frozen=True)
class _Window:
    """PHRASE_WINDOWS for one read of the grammar: what every phrase holds, and what a word it cannot hold is."""

    fragment: regex.Pattern[str]
    other_word: regex.Pattern[str]


def _other_word(patterns: tuple[regex.Pattern[str], ...], free_letter: bool = False) -> regex.Pattern[str]:
    """A whole word (a run of letters) not made of the patterns' words, matched as the patterns match them (the same
    flags: case-insensitive); with ``free_letter``, nor of their words and one letter more (``_RECUR``'s hour mark)."""
    words = set().union(*(pattern_words(p.pattern) for p in patterns))
    more = r"\p{L}?" if free_letter else ""
    return regex.compile(rf"(?<!\p{{L}})(?!(?:{alternation(sorted(words))})*{more}(?!\p{{L}}))\p{{L}}+", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _windows() -> dict[str, _Window]:
    """PHRASE_WINDOWS' reads: ``date`` (single dates and periods), ``month``, ``recur``, ``year``, ``relative_day``.
    Each fragment is in every phrase of its patterns, at a word's edge: "15/10", "tháng", "hằng", "năm 2025", "ngày 05"."""
    g, w = _grammar(), date_words()
    flags = regex.X | regex.V1 | regex.I
    edge = r"(?<!\p{{L}})(?:{})(?!\p{{L}})"
    recur = alternation(w.recurrence.every + w.recurrence.periodic)
    return {
        "date": _Window(_needs().date, _other_word((g.single, g.period))),
        "month": _Window(regex.compile(edge.format(f"{_MONTH_W}|{_QUARTER}|{_BARE_MONTH_SPAN}"), flags), _other_word((g.month,))),
        "recur": _Window(regex.compile(edge.format(recur), flags), _other_word((g.recur,), free_letter=True)),
        "year": _Window(regex.compile(rf"(?<!\p{{L}}){_YEAR_W}{_WS}{_YEAR}", flags), _other_word((g.year,))),
        "relative_day": _Window(regex.compile(rf"(?<!\p{{L}}){_DAY}\s+\d", flags), _other_word((g.relative_day,))),
    }


# How far back PHRASE_WINDOWS first looks for the word before a fragment (four times as far each time none is found).
_WINDOW_LOOKBACK = 64


def _in_parentheses(fold: str, s: int, e: int) -> bool:
    r"""Whether ``fold[s:e]`` may stand inside a period's parenthesis (``\([^()\n]{1,30}\)``, ``_PERIOD``)."""
    i = fold.rfind("(", 0, s)
    if i < 0 or ")" in fold[i + 1 : s] or "\n" in fold[i + 1 : s]:
        return False
    j = fold.find(")", e)
    return j >= 0 and "(" not in fold[e:j] and "\n" not in fold[e:j] and j - i - 1 <= 30


def _word_before(rx: regex.Pattern[str], fold: str, start: int, s: int) -> int:
    """The start of the last other word before ``s`` (PHRASE_WINDOWS), or ``start``. No word runs across ``s`` (a
    fragment's edge); a word across the looked-at stretch's start is not seen there, and the stretch is widened."""
    lo, step = s, _WINDOW_LOOKBACK
    while lo > start:
        lo, step = max(start, s - step), step * 4
        last = None
        for m in rx.finditer(fold, lo, s):
            if not _in_parentheses(fold, m.start(), m.end()):
                last = m.start()
        if last is not None:
            return last
    return start


def _word_after(rx: regex.Pattern[str], fold: str, e: int, end: int) -> int:
    """The end of the first other word from ``e`` on (PHRASE_WINDOWS), or ``end``."""
    while (m := rx.search(fold, e, end)) is not None:
        if not _in_parentheses(fold, m.start(), m.end()):
            return m.end()
        e = m.end()
    return end


def phrase_windows(kind: str, fold: str, start: int, end: int) -> list[tuple[int, int]]:
    """PHRASE_WINDOWS: the stretches of ``fold[start:end]`` where a phrase of the read ``kind`` (``_windows``) may
    stand, in text order, apart: each from the other word before a fragment to the other word after it."""
    window = _windows()[kind]
    rx = window.other_word
    out: list[tuple[int, int]] = []
    for m in window.fragment.finditer(fold, start, end):
        if out and m.start() < out[-1][1]:
            if m.end() > out[-1][1]:
                out[-1] = (out[-1][0], _word_after(rx, fold, m.end(), end))
            continue
        a, z = _word_before(rx, fold, start, m.start()), _word_after(rx, fold, m.end(), end)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], z)
        else:
            out.append((a, z))
    return out


# A figure, as the grammar's ``\d`` reads one (FIGURES_FIRST).
_FIGURE_RE = regex.compile(r"\d", regex.V1)


@dataclass(frozen=True)
class _Needs:
    """UNIT_WORDS_FIRST and DATE_SHAPE_FIRST: for each pattern of the grammar that has one, a fragment every one of its
    matches holds (the same text as in the pattern, compiled with the grammar's flags), so a span where the fragment is
    not found is not scanned with the whole pattern: it would find nothing there either.

    - ``date``: a day's figure, then a separator or the month word, then the month's figure ("15/7", "05 tháng 3"):
      the end of ``_date`` (numeric or in words), which every single date and the second date of every period holds.
    - ``month``: the month's or a quarter's word ("tháng 9/2024", "Quý I năm 2025"), in every branch of ``_MONTH``
      but MONTH_SPAN's bare span ("10-11/2019"), whose own shape is the fragment.
    - ``recur``: the words of "every" or "periodic" ("hằng tháng", "định kỳ 6 tháng"), in both branches of ``_RECUR``.
    - ``vague``: a part of the year, then the year's word ("cuối năm", "6 tháng đầu năm"), as ``_VAGUE`` has it.
    - ``event``: a meeting's word or "trước khi" ("tại Kỳ họp thứ 9", "trước khi trình ký"), one per branch of
      ``_EVENT``.
    """

    date: regex.Pattern[str]
    month: regex.Pattern[str]
    recur: regex.Pattern[str]
    vague: regex.Pattern[str]
    event: regex.Pattern[str]


@functools.lru_cache(maxsize=1)
def _needs() -> _Needs:
    w = date_words()
    flags = regex.X | regex.V1 | regex.I
    return _Needs(
        date=regex.compile(rf"\d(?:{_SEP}|{_WS}{_MONTH_W}{_WS})\d", flags),
        month=regex.compile(rf"{_MONTH_W}|{_QUARTER}|{_BARE_MONTH_SPAN}", flags),
        recur=regex.compile(rf"(?:{alternation(w.recurrence.every)})|(?:{alternation(w.recurrence.periodic)})", flags),
        vague=regex.compile(rf"(?:{alternation(w.vague.parts)})\s+{_YEAR_W}", flags),
        event=regex.compile(rf"(?:{alternation(w.events.meetings)})|trước\s+khi|sau\s+khi\s+kết\s+thúc", flags),
    )


def find_time_phrases(
    text: str,
    fold: str | None = None,
    doc_date: dt.date | None = None,
    doc_year: int | None = None,
    start: int = 0,
    end: int | None = None,
    standing: bool = False,
) -> list[TimePhrase]:
    """Every time phrase in ``text[start:end]``, in text order, without overlaps.

    Args:
        text: the normalised text (values are read from it).
        fold: its same-length matching shadow (``Text.fold``); ``text`` when not given.
        doc_date: the document's date, the anchor of year-less dates.
        doc_year: the document's year when its full date is blank.
        start: where to start searching.
        end: where to stop searching.
        standing: also the times that are only ever an obligation's `due`, never a deadline: the standing
            times ("thường xuyên", ``TimePhrase.standing``; annotations/README.md T1, T12) and the times the
            rules in force set ("theo thời gian quy định", ``TimePhrase.by_rule``; T2, T13), and a duty due when
            asked or when a term runs out ("khi có đề nghị của …", ``TimePhrase.on_condition``; T2).

    Returns:
        The phrases; specific ones (periods, offsets) win over the single dates inside them.
    """
    return list(_time_phrases(text, fold, doc_date, doc_year, start, end, standing))


def forget_time_phrases() -> None:
    """Empty TIME_PHRASES_ONCE's memo (``deadlines.forget_reads``: one document's reads serve that document only)."""
    _time_phrases.cache_clear()


# TIME_PHRASES_ONCE: the stages ask the same span again with the same arguments (a sentence's own times, then its
# time test, then the obligations stage's read of the same sentence: 1,104 of the 5,921 calls of a pass over the 117
# corpus texts repeat one made before). The phrases are a function of the arguments alone (and of the shipped data),
# so a bounded memo of them cannot go stale, across documents either (as TOKEN_WORDS_ONCE); ``TimePhrase`` is frozen,
# and each caller gets a list of its own.
@functools.lru_cache(maxsize=2048)
def _time_phrases(
    text: str, fold: str | None, doc_date: dt.date | None, doc_year: int | None, start: int, end: int | None, standing: bool
) -> tuple[TimePhrase, ...]:
    fold = text if fold is None else fold
    end = len(text) if end is None else end
    if _ocr_digit_re().search(fold, start, end):  # "ngày I5 tháng 4": read the digit (same length)
        fold = fold[:start] + _ocr_digits(fold[start:end]) + fold[end:]
    if _stray_dot_re().search(fold, start, end):  # "trong. tháng 5/2025": a speck, read as a space (same length)
        fold = fold[:start] + _stray_dot_re().sub(" ", fold[start:end]) + fold[end:]
    f = _Finder(text, fold, doc_date, doc_year)
    # FIGURES_FIRST: a period, an offset, a relative day, a single date and a year phrase each match a figure (a day,
    # a count, a year: ``\d`` in every branch of their patterns), so a span with none, most of a body's sentences
    # ("Các đơn vị triển khai thực hiện nghiêm túc."), is not scanned with those five patterns: they would find
    # nothing there (the stages ask this function of each sentence three times over; 5,921 calls over the 117 corpus
    # texts, a third of the text parse). The month, recurrence and vague patterns match words alone ("Quý I", "hằng
    # tháng", "cuối năm") and always run.
    # UNIT_WORDS_FIRST, DATE_SHAPE_FIRST (``_Needs``): the month, recurrence, vague and event patterns are not run on a
    # span without their words, nor the single-date and period patterns on one without a day and month side by side
    # ("Nghị định số 15/2020/NĐ-CP" has one: "15/2"; "năm 2025" and "Điều 3" have none).
    figures = _FIGURE_RE.search(fold, start, end) is not None
    needs = _needs()
    dated = figures and needs.date.search(fold, start, end) is not None
    windows = phrase_windows("date", fold, start, end) if dated else []
    for a, z in windows:  # PHRASE_WINDOWS
        f.periods(a, z)
    if figures:
        f.offsets(start, end)
        for a, z in phrase_windows("relative_day", fold, start, end):
            f.relative_days(a, z)
    if needs.recur.search(fold, start, end):
        for a, z in phrase_windows("recur", fold, start, end):
            f.recurrences(a, z)
    for a, z in windows:
        f.singles(a, z)
    if needs.month.search(fold, start, end):
        for a, z in phrase_windows("month", fold, start, end):
            f.months(a, z)
    if needs.vague.search(fold, start, end):
        f.vague(start, end)
    if figures:
        for a, z in phrase_windows("year", fold, start, end):
            f.years(a, z)
        f.counted_years(start, end)
    if needs.event.search(fold, start, end):
        f.events(start, end)
    if standing:
        f.standing(start, end)
        f.by_rule(start, end)
        f.conditions(start, end)
    return tuple(_second_period(text, fold, _month_spans(text, _recurring_after(text, _list_year(fold, sorted(f.found, key=lambda p: p.start))))))


# LIST_SHARES_ITS_YEAR (session 42): days listed one after another print their year once, on the last: "trong các ngày
# 16/6, 18/6, 20/6 năm 2025", "ngày 23/3 và 25/3/2025" (an unseen contest's schedule and a Sở's inspection plan). Each
# year-less day of the list takes the year printed after it (the year before, when its day would fall after the next
# day's: a list runs forward, "ngày 28/12 và 05/01/2027"); before, it took the document's year, a year the text does not
# say when the document is dated in another. Counter-example: a year-less day followed by anything but a separator and
# the next day ("trước ngày 30/6, báo cáo kết quả năm 2025 …": no list) keeps the document's year.
# The gap between two listed days: a separator, "ngày" again, and the bare days the date grammar leaves unread between
# them ("18/6": a year-less day needs its "ngày" or a cue).
_LIST_SEP = r"[ \t]*(?:,|;|và|hoặc)[ \t]*(?:ngày[ \t]+)?"
_LIST_GAP_RE = regex.compile(rf"(?:{_LIST_SEP}\d{{1,2}}/\d{{1,2}}(?![\d/]))*{_LIST_SEP}", regex.V1 | regex.I)


def _list_year(fold: str, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """``phrases`` with each listed year-less day dated in the year its list prints (LIST_SHARES_ITS_YEAR, above)."""
    out = list(phrases)
    for i in range(len(out) - 2, -1, -1):
        p, nxt = out[i], out[i + 1]
        if p.year_printed or p.date is None or p.when.kind != "date" or nxt.date is None or nxt.when.kind not in ("date", "period"):
            continue
        if not nxt.year_printed:
            continue
        gap = _LIST_GAP_RE.fullmatch(fold, p.end, nxt.start)
        if gap is None:
            continue
        year = nxt.date.year if nxt.when.kind == "date" or nxt.when.period_start is None else nxt.when.period_start.year
        date = _valid(year, p.date.month, p.date.day)
        if date is not None and nxt.when.kind == "date" and date > nxt.date:
            date = _valid(year - 1, p.date.month, p.date.day)
        if date is not None:
            out[i] = dataclasses.replace(p, date=date, year_printed=True)
    return out


# RECURRENCE_WITH_A_SECOND_PERIOD: a periodic duty may name two periods, the second bare after a comma or "và":
# "Định kỳ 6 tháng, một năm, các Sở … xây dựng báo cáo …", "định kỳ hàng quý, 1 năm làm việc để giải quyết …" (the
# unseen set's qb04: the second period left at the head of the action). The phrase runs over both as printed; its
# rule stays the first's (an ICS event recurs on one rule). Counter-examples: a period that is the duty's object
# ("hằng quý, năm học mới …" does not occur: only "một / 1 / mỗi / hằng / hàng" + a unit, then no letter), a second
# recurrence read on its own ("Định kỳ hằng quý và hằng năm": both kept, as before). The count may be printed "01"
# (session 42: "Định kỳ 06 tháng, 01 năm báo cáo …", an unseen delegation decision: "01 năm" was left in the action), and
# the whole year may close it ("định kỳ hằng quý và cả năm", an investment approval's monitoring report).
# PERIODIC_PARENTHESIS (session 42): "định kỳ" may put its periods in a parenthesis, "… Báo cáo hoạt động đầu tư định kỳ
# (hằng quý, hằng năm) …" (the same approval: "hằng quý, hằng năm" was the due and "định kỳ" stayed in the action): the
# phrase runs from "định kỳ" to the parenthesis' close when the parenthesis holds nothing but recurrences. Its rule is
# the first's, as above.
_SECOND_PERIOD_RE = regex.compile(
    r"[ \t]*(?:,|và)[ \t]*(?:(?:một|0?1|mỗi|hằng|hàng|cả)(?:[ \t]+|[ \t]*\n[ \t]*))(?:năm|quý|tháng|tuần)(?!\p{L})", regex.V1 | regex.I
)


# "định kỳ" / "theo định kỳ" (data/dates.toml [recurrence] periodic) right before what it belongs to, looked for at most
# this many characters back: a parenthesis of periods (PERIODIC_PARENTHESIS) or a yearly day (PERIODIC_BEFORE_A_YEARLY_DAY).
_PERIODIC_LOOKBACK = 20
_PERIODIC_WORDS = rf"(?<!\p{{L}})(?:{alternation(date_words().recurrence.periodic)})"
_PERIODIC_OPEN_RE = regex.compile(rf"{_PERIODIC_WORDS}\s*\([ \t]*$", regex.V1 | regex.I)
_PERIODIC_BEFORE_RE = regex.compile(rf"{_PERIODIC_WORDS}[ \t]+$", regex.V1 | regex.I)
_RECURRENCE_GLUE_RE = regex.compile(r"[ \t]*(?:,|;|và|hoặc)[ \t]*", regex.V1 | regex.I)
_PAREN_CLOSE_AFTER_RE = regex.compile(r"[ \t]*\)", regex.V1)


def _second_period(text: str, fold: str, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """``phrases`` with a recurrence's second bare period joined to it (RECURRENCE_WITH_A_SECOND_PERIOD, above), and the
    recurrences of a parenthesis after "định kỳ" joined into one phrase (PERIODIC_PARENTHESIS)."""
    out: list[TimePhrase] = []
    starts = [p.start for p in phrases]
    i = 0
    while i < len(phrases):
        p = phrases[i]
        if p.when.kind == "recurrence" and (opening := _PERIODIC_OPEN_RE.search(fold, max(0, p.start - _PERIODIC_LOOKBACK), p.start)):
            j, end = i, p.end
            while j + 1 < len(phrases) and phrases[j + 1].when.kind == "recurrence" and _RECURRENCE_GLUE_RE.fullmatch(fold, end, phrases[j + 1].start):
                j, end = j + 1, phrases[j + 1].end
            close = _PAREN_CLOSE_AFTER_RE.match(fold, end)
            if close is not None:
                out.append(dataclasses.replace(p, start=opening.start(), end=close.end(), text=_collapse(text[opening.start() : close.end()])))
                i = j + 1
                continue
        m = _SECOND_PERIOD_RE.match(fold, p.end) if p.when.kind == "recurrence" else None
        if m is not None and (i + 1 >= len(starts) or starts[i + 1] >= m.end()):
            p = dataclasses.replace(p, end=m.end(), text=_collapse(text[p.start : m.end()]))
        out.append(p)
        i += 1
    return out


# MONTH_SPAN: a span whose ends are months, quarters or years is one period, as a span of days is ("từ ngày 25/7 đến
# ngày 15/8/2023"): "Từ tháng 11/2025 đến tháng 4/2026", "Từ tháng 12/2025 đến quý I/2026", "từ tháng 11 đến tháng 12
# năm 2025" (the unseen set's qe02, a plan's schedule: read as two times, the start a time of its own). The start opens
# with "từ", the end with "đến"/"tới" (and "hết"), nothing but spaces between; the period runs from the start's first
# day to the end's last, its date null as a month's is (a resolvable day only: README, deadlines). An end that is a day
# ("Từ tháng 7/2023 đến ngày 31/12/2023") is the period grammar's own. Counter-examples: "trong tháng 3 và tháng 9"
# (two times, no span), "đến tháng 4/2026" alone (a limit).
# (the start's "từ" may be left out after a label: "Thời gian: tháng 11/2025 đến tháng 4/2026", qe02)
_SPAN_FROM_RE = regex.compile(r"(?:từ\s+)?(?:tháng|quý)(?!\p{L})", regex.V1 | regex.I)
_SPAN_TO_RE = regex.compile(r"(?:đến|tới|hết)(?!\p{L})", regex.V1 | regex.I)
_SPAN_GAP_RE = regex.compile(r"\s*(?:(?:đến|tới)\s+)?", regex.V1 | regex.I)  # "từ Quý II đến | hết Quý III năm 2026"


def _month_spans(text: str, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """``phrases`` with each MONTH_SPAN's two ends joined into one period (above)."""
    out: list[TimePhrase] = []
    for p in phrases:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.when.kind == "period"
            and p.when.kind == "period"
            and prev.date is None
            and p.date is None
            and _SPAN_FROM_RE.match(prev.text)
            and _SPAN_TO_RE.match(p.text)
            and _SPAN_GAP_RE.fullmatch(text, prev.end, p.start)
            and prev.when.period_start is not None
            and p.when.period_end is not None
        ):
            first = prev.when.period_start
            if not regex.search(r"\d{4}", prev.text):
                first = first.replace(year=p.when.period_end.year)  # "từ tháng 11 đến tháng 12 năm 2025": the end's year
            if first <= p.when.period_end:
                when = TimeExpression(kind="period", period_start=first, period_end=p.when.period_end, inclusive=True)
                out[-1] = TimePhrase(prev.start, p.end, _collapse(text[prev.start : p.end]), None, when, True, year_printed=p.year_printed)
                continue
        out.append(p)
    return out


# The unit of a recurrence that may follow a day or a span printed without its year (T10).
_YEARLY_OR_MONTHLY = ("FREQ=YEARLY", "FREQ=MONTHLY")


# DAY_OF_ANY_YEAR: a year-less day before "hằng năm" needs no year to recur, also where the document's own
# date is unread (an undated page, a scan's lost header: "Chậm nhất 31/7 hằng năm: Các phòng … nộp hồ sơ …",
# probe pd15's form); its day and month are read against a leap year, so that "29/2" stays a day.
_ANY_YEAR = 2000


def _day_of_any_year(phrase: str) -> dt.date | None:
    """The last day and month of year-less ``phrase`` in ``_ANY_YEAR`` (DAY_OF_ANY_YEAR, above), or None."""
    again = parse_date_phrase(phrase, doc_year=_ANY_YEAR)
    return None if again is None else again.date or again.when.period_end


# DAYS_IN_A_LIST: a year-less day followed by more days ("Trước ngày 10/3, 10/6, 10/9, 10/12, các trường …",
# my words, in probe pc11's form: one day a quarter) is one of several limits, none of them the duty's one time.
_MORE_DAYS_RE = regex.compile(r"[ \t]*[,;][ \t]*\d{1,2}/\d{1,2}(?![\d/])")


def day_without_its_year(phrase: TimePhrase, text: str) -> bool:
    """DAY_WITHOUT_ITS_YEAR: a cued day printed without its year, where the text gives no year to take
    (an undated page, a scan's lost date line: "… gửi về Phòng Giáo dục trước ngày 15/10", my words in probe pe25's form;
    "Chậm nhất ngày 25/6 hằng năm" is DAY_OF_ANY_YEAR's), still states the duty's time: it is the
    duty's ``due`` as printed, and a deadline whose ``date`` stays null (OUTPUT.md: a datable
    obligation; never guessed). Counter-examples: the same day with the document's date known
    resolves (``date`` set); an uncued "ngày 28/9" sets no limit; "ngày 31/4" is no day of any year;
    the first of a list of days (DAYS_IN_A_LIST) is not the duty's one time. ``text``: the text the phrase
    was read from (its fold)."""
    return (
        phrase.date is None
        and phrase.when.kind == "date"
        and phrase.cued
        and not phrase.year_printed
        and not phrase.impossible
        and _day_of_any_year(phrase.text) is not None
        and _MORE_DAYS_RE.match(text, phrase.end) is None
    )


# PERIODIC_BEFORE_A_YEARLY_DAY (session 42): "định kỳ" before such a day is part of the phrase as printed, as before a
# monthly day (T10, ``_RECUR``): "… ; định kỳ trước ngày 31 tháng 12 hàng năm gửi Bộ Tài nguyên và Môi trường kết quả
# thực hiện" (an unseen Government resolution; before, "định kỳ" was left in the action's place and the due read
# "trước ngày 31 tháng 12 hàng năm"). (``_PERIODIC_BEFORE_RE``, above.)


# RECURRENCE_THEN_ITS_DAY (session 43): the recurrence may come first and its day in a parenthesis after it, "Các Sở,
# ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo …" (an unseen provincial plan: the day was
# read as one day of the document's year, 10/12/2023, and "định kỳ hàng năm" left as a second time): one recurrence as
# printed, its date null (T10), its rule the day's. Counter-examples: a day with its year in the parenthesis ("hằng năm
# (trước ngày 10/12/2025)") and a parenthesis holding more than the day stay as read.
_DAY_PAREN_OPEN_RE = regex.compile(r"[ \t]*\([ \t]*", regex.V1)


def _recurring_on(recurrence: str | None, day: dt.date, inclusive: bool | None) -> TimeExpression:
    """A yearly or monthly recurrence on ``day`` (its month and day; the month's day only for a monthly one)."""
    rule = f"{recurrence};BYMONTH={day.month};BYMONTHDAY={day.day}" if recurrence == "FREQ=YEARLY" else f"{recurrence};BYMONTHDAY={day.day}"
    return TimeExpression(kind="recurrence", recurrence=rule, inclusive=inclusive)


def _recurring_after(text: str, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """A day or a span printed without its year and followed by "hằng năm" / "hằng tháng" is one
    recurrence (annotations/README.md T10): "từ ngày 17/10 đến 18/11 hằng năm" (the README's example)
    → one phrase as printed, ``date`` None, FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=18. Counter-example: a
    day with its year before a recurrence ("ngày 18/11/2025 hằng năm" does not occur; "trước ngày
    30/11/2025, hằng năm …" is two) stays a day."""
    out: list[TimePhrase] = []
    for p in phrases:
        prev = out[-1] if out else None
        if (
            prev is not None
            and p.when.kind == "recurrence"
            and p.when.recurrence in _YEARLY_OR_MONTHLY
            and prev.when.kind in ("date", "period")
            and not prev.year_printed
            and (last := prev.date or prev.when.period_end or _day_of_any_year(prev.text)) is not None
            and not text[prev.end : p.start].strip()
        ):
            when = _recurring_on(p.when.recurrence, last, prev.when.inclusive)
            start = prev.start
            if (periodic := _PERIODIC_BEFORE_RE.search(text, max(0, start - _PERIODIC_LOOKBACK), start)) is not None:
                start = periodic.start()  # PERIODIC_BEFORE_A_YEARLY_DAY
            out[-1] = TimePhrase(start, p.end, _collapse(text[start : prev.start] + f"{prev.text} {p.text}"), None, when, prev.cued, year_printed=False)
            continue
        if (
            prev is not None
            and prev.when.kind == "recurrence"
            and prev.when.recurrence in _YEARLY_OR_MONTHLY
            and p.when.kind in ("date", "period")
            and not p.year_printed
            and _DAY_PAREN_OPEN_RE.fullmatch(text, prev.end, p.start) is not None
            and (close := _PAREN_CLOSE_AFTER_RE.match(text, p.end)) is not None
            and (last := _day_of_any_year(p.text)) is not None
        ):
            # RECURRENCE_THEN_ITS_DAY (above)
            when = _recurring_on(prev.when.recurrence, last, p.when.inclusive)
            out[-1] = TimePhrase(prev.start, close.end(), _collapse(text[prev.start : close.end()]), None, when, True, year_printed=False)
            continue
        out.append(p)
    return out


def parse_date_phrase(phrase: str, doc_date: dt.date | None = None, doc_year: int | None = None) -> TimePhrase | None:
    """The first time phrase in a short string ("trước ngày 25/11"), for callers and tests.

    Args:
        phrase: a short text holding one time phrase.
        doc_date: the document's date (anchor of year-less dates).
        doc_year: the document's year when its date is partial.

    Returns:
        The phrase found, or None.
    """
    found = find_time_phrases(phrase, None, doc_date, doc_year)
    return found[0] if found else None


# ============================================================================================
# Resolution against the day a text is received
# ============================================================================================

# Country code of the public-holiday calendar used for working days (Bộ luật Lao động Điều 112:
# Tết Dương lịch, Tết Âm lịch, Giỗ Tổ, 30/4, 1/5, Quốc khánh, as the ``holidays`` package knows).
HOLIDAY_COUNTRY = "VN"


@functools.lru_cache(maxsize=32)
def _holidays(year: int) -> frozenset[dt.date]:
    import holidays  # lazily: not needed for a plain parse

    return frozenset(holidays.country_holidays(HOLIDAY_COUNTRY, years=year).keys())


def is_working_day(day: dt.date) -> bool:
    """True for Monday-Friday that is not a Vietnamese public holiday.

    Args:
        day: the day.

    Returns:
        Whether state offices work that day.
    """
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``start`` (``start`` itself not counted); before it when
    ``n`` is negative (an internal deadline set some working days ahead of an upstream one).

    Args:
        start: the anchor day (e.g. the day the text was received).
        n: how many working days; negative counts backwards.

    Returns:
        The date of the last of those working days.
    """
    step = dt.timedelta(days=1 if n >= 0 else -1)
    day = start
    counted = 0
    while counted < abs(n):
        day += step
        if is_working_day(day):
            counted += 1
    return day


# QUARTER_MONTH_RULE (i29-time): "ngày 15 của tháng cuối quý" falls in March, June, September and December, "ngày 05 của
# tháng đầu quý (sau)" in January, April, July and October (NĐ 09/2019's quarterly reports): the rule names those months
# (RFC 5545 "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15"), so a calendar and the checklist's next occurrence fall in
# the right month. Before, "FREQ=MONTHLY;INTERVAL=3" counted every third month from wherever it started (a document
# of 12/02 was given 15/02). ``date`` stays null (T4, T10): the rule only places the occurrences.
_QUARTER_MONTHS = {"cuối quý": "3,6,9,12", "đầu quý": "1,4,7,10"}


def _next_by_months(rule: str, received: dt.date) -> dt.date | None:
    """QUARTER_MONTH_RULE's next occurrence on or after ``received``: the first listed month's day from then on."""
    months = regex.search(r"BYMONTH=([\d,]+)", rule)
    day = regex.search(r"BYMONTHDAY=(\d+)", rule)
    if months is None or day is None:
        return None
    listed = {int(x) for x in months.group(1).split(",")}
    y, mo = received.year, received.month
    for _ in range(24):
        if mo in listed:
            cand = _valid(y, mo, min(int(day.group(1)), calendar.monthrange(y, mo)[1]))
            if cand is not None and cand >= received:
                return cand
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return None


def resolve_relative(when: TimeExpression, received: dt.date) -> dt.date:
    """Resolve a time expression once the user says when the text was received.

    Args:
        when: the meaning of a time phrase (usually ``kind="offset"``).
        received: the day the text was received (the anchor of "kể từ ngày nhận được").

    Returns:
        For an offset, the due day (working days skip weekends and public holidays; calendar
        days do not); for a period, its last day; for a recurrence, its next occurrence on or
        after ``received`` when it names a day of the month.

    Raises:
        ValueError: the expression cannot be resolved to a single day (e.g. "cuối năm").
    """
    if when.kind == "offset" and when.offset_days is not None:
        if when.working_days:
            return add_working_days(received, when.offset_days)
        return received + dt.timedelta(days=when.offset_days)
    if when.kind == "period" and when.period_end is not None:
        return when.period_end
    if when.kind == "recurrence" and when.recurrence and "FREQ=YEARLY;BYMONTH=" in when.recurrence and "," in when.recurrence:
        nxt = _next_by_months(when.recurrence, received)
        if nxt is not None:
            return nxt
    if when.kind == "recurrence" and when.recurrence:
        m = regex.search(r"BYMONTHDAY=(\d+)", when.recurrence)
        if m and "FREQ=MONTHLY" in when.recurrence:
            day = int(m.group(1))
            y, mo = received.year, received.month
            for _ in range(3):
                cand = _valid(y, mo, min(day, calendar.monthrange(y, mo)[1]))
                if cand is not None and cand >= received:
                    return cand
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    raise ValueError(f"time expression of kind {when.kind!r} has no single resolvable day")
