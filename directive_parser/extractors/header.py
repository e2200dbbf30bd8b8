"""Register fields from the header: type, issuer, number, place and date, subject, recipients.

The header's boxes (NĐ 30 Phụ lục I boxes 1-5, 9a; HD 36 the same for Party documents) arrive
in many shapes: two columns kept apart (left then right), flattened onto shared lines, split
one cell per line, joined by "|", or missing. Each field is therefore found by its own pattern
within the header window rather than by its position, and the issuer is what remains: the
capitalised lines that are not motto, number, date, subject or type.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import itertools
from collections.abc import Callable

import regex
from pydantic import BaseModel

from .. import patterns as P
from .. import roles as R
from ..dates import full_date_of
from ..layout import Line, cells_of
from ..loaders.ocrdist import repair_items
from ..loaders.ocrfields import date_fields, repair_type_code
from ..loaders.ocrissuer import mark_count, repair_issuer
from ..loaders.ocrlexicon import (
    BodyMarks,
    body_pairs,
    dash_as_echoed,
    drop_unechoed_marks,
    lexicon,
    repair_from_body,
    repair_lost_onset,
    repair_onset,
    repair_syllables,
)
from ..loaders.ocrnames import edit_distance, family_names, is_syllable, tone_misplaced
from ..loaders.ocrwords import letters_key, repair_known_words
from ..record import Directive, Issuer, PartialDate, System
from ..source import Text
from ..structure import Structure, names_bodies
from ..values import clean_value, is_caps, org_case, strip_enclosing_quotes
from ..vocabulary import DataFile, alternation, duties, vocabulary
from .references import relay_lead, relay_unnumbered

# At least this share of a cell's letters are capitals for it to be an issuer line.
ISSUER_MIN_UPPER = 0.75


_overlaps = R._overlaps


def _number(t: Text, d: Directive, cells: list[Line], used: list[tuple[int, int]]) -> None:
    """The number ("Số: 12-KH/TU", "Số:    /UBND-VP") from the first cell of ``cells`` that opens with it."""
    for c in cells:
        m = R.number_match(t, c)
        if not m:
            continue
        d.number.symbol, d.number.number, start, end = R.number_value(t, c, m)
        d.evidence["number.symbol"] = t.evidence(start, end)
        used.append((m.start(), m.end()))
        return
    # a number box whose label a scan lost may still print a whole symbol at its start ("-36/CĐ-TTg";
    # not "Số: $4/UBND-KTTH", whose mark glued to the number is a digit misread)
    for c in cells:
        label_lost = R.is_number_box(c.text) and not R.NUMBER_LABEL_RE.match(c.text.strip())
        lead = len(c.text) - len(c.text.lstrip(" \t-–"))
        sm = P.SYMBOL_RE.match(t.fold, c.start + lead, c.end) if label_lost else None
        if sm is not None:
            d.number.symbol, d.number.number = P.canonical_symbol(sm)
            d.evidence["number.symbol"] = t.evidence(sm.start(), sm.end())
            used.append((c.start, c.end))
            return


def _place_date(t: Text, d: Directive, cells: list[Line], used: list[tuple[int, int]]) -> None:
    """Place and date ("Hải Phòng, ngày 07 tháng 7 năm 2023") from the first cell of ``cells`` holding them."""
    for c in cells:
        m = R.place_date_match(t, c, used)
        if not m:
            continue
        place = _clean_place(t.text[m.start("place") : m.end("place")])
        if place and t.source.ocr_like:  # text OCR'd elsewhere: a place's known words, as a scan's page gets
            place = repair_known_words(place, t.source.ocr_repairs)
        if place:
            d.place = place
            d.evidence["place"] = t.evidence(m.end("place") - len(place), m.end("place"))
        whole = _whole_date_after_place(t, m)
        _set_date(t, d, whole)
        if d.date is None:
            _copy_date(t, d, whole)
        used.append((m.start(), m.end()))
        return
    for c in cells:
        m = R.date_words_match(t, c)
        if m:
            _set_date(t, d, m)
            used.append((m.start(), m.end()))
            return
    for c in cells:
        m = _NUMBER_LINE_DATE_RE.match(t.fold, c.start, c.end)
        if m:
            _set_date(t, d, m)  # NUMBER_LINE_DATE
            d.evidence["date"] = t.evidence(m.start("on"), m.end())
            used.append((m.start("on"), m.end()))
            return


# NUMBER_LINE_DATE (session 32): with no place-and-date line, an e-copy prints the date after the number on its line,
# "Số: 924/SNV-CCHC, ngày 07/9/2015" / "Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo …" (an unseen Sở's letter copied by
# a portal): the date of issue, as the number box's neighbour. Counter-example: a date in the body ("… theo Công văn số
# 12/UBND ngày 05/3/2025") is on no number line; a line with a place and date is read above first.
_NUMBER_LINE_DATE_RE = regex.compile(rf"[ \t|]*số[ \t]*:?[ \t]*[^\s,]+[ \t]*,?[ \t]*(?P<on>{P.DATE_FIGURES})", regex.V1 | regex.I)


# DATE_FIGURES_READ on a copy: the date line of a copy someone else OCR'd, its figures read as
# their look-alikes, is read as the image path reads a scanned page's (``ocrfields.date_fields``: a
# bar or bracket for a "1" beside another figure, the OCR digits' letters): "Hà Nội, ngày |] tháng 9
# năm 2025" (c155: the italic "11"), "Hà Nội, ngày 23 tháng 1] năm 2025" (n046). Only a whole date is
# taken, each figure in range; otherwise the day stays unread ("ngày Ú2 tháng 9", n044; "ngày 80
# tháng 3", n050: a handwritten day). The reading is recorded in ``source["ocr_repairs"]``.
def _copy_date(t: Text, d: Directive, m: regex.Match[str]) -> None:
    """The date of a copy's damaged date line read by its figures' look-alikes (DATE_FIGURES_READ), if it reads whole."""
    if not t.source.ocr_like:
        return
    at = t.fold.find("ngà", m.end("place"), m.end())
    if at < 0:
        return
    fields = date_fields(t.text[at : R.line_end(t, at)])
    day, month, year = fields or (None, None, None)
    if day is None or month is None or year is None:
        return
    try:
        d.date = dt.date(year, month, day)
    except ValueError:
        return
    d.date_partial = PartialDate(day=day, month=month, year=year)
    d.evidence["date"] = t.evidence(at, m.end())
    t.source.ocr_repairs.append(f"{t.text[at : m.end()]!r} read as {d.date.isoformat()} (the figures' look-alikes, as on a scanned page)")


def _whole_date_after_place(t: Text, m: regex.Match[str]) -> regex.Match[str]:
    """The date of a place-and-date match: where only the damaged form matched (its day and month
    unread) and the place is followed by a whole "ngày … tháng … năm …" without the comma between
    them (a scan loses it: "Hà Nội ngày 08 tháng 4 năm 2026", n048), that date; else ``m``.

    The whole date must run from the place's end to the match's end (``P.DATE_WORDS_RE``: digits
    only), so a damaged day ("ngày (Ÿ tháng/2năm 2025") stays unread.
    """
    if m.group("day") or m.group("month") or m.group("year") is None:
        return m
    begin = m.end("place")
    while begin < m.end() and t.fold[begin] in " \t,":
        begin += 1
    whole = P.DATE_WORDS_RE.match(t.fold, begin, m.end())
    return whole if whole is not None and whole.end() == m.end() and whole.group("day") and whole.group("month") else m


# Lower-case words inside a place name ("Thành phố Hồ Chí Minh", "Thị xã Sơn Tây").
_PLACE_INNER_WORDS = ("phố", "xã", "thị", "trấn")
# A run of more capitalised words than this, all in capitals, is a motto or a body, not a place.
PLACE_MAX_CAPS_WORDS = 4


def _clean_place(raw: str) -> str | None:
    """The place name: the capitalised words before ", ngày" (drops a symbol or motto before it)."""
    words = raw.strip(" .,-–").split()
    keep: list[str] = []
    if len(words) >= 2 and words[-1].isdigit() and words[-2].lower() in P.NUMBERED_PLACE_WORDS:
        keep.append(words.pop())  # NUMBERED_PLACE (patterns.PLACE_DATE_RE): "Quận 9"
    for w in reversed(words):
        if w[0].isupper() or w.lower() in _PLACE_INNER_WORDS:
            keep.append(w)
        else:
            break
    while keep and keep[-1].lower() in _PLACE_INNER_WORDS:
        keep.pop()
    name = " ".join(reversed(keep))
    if not name or (name.isupper() and len(keep) > PLACE_MAX_CAPS_WORDS):
        return None
    return name


def _set_date(t: Text, d: Directive, m: regex.Match[str]) -> None:
    def num(group: str) -> int | None:
        v = P.ocr_digits(m.group(group))
        return int(v) if v and v.isdigit() else None

    day, month, year = num("day"), num("month"), num("year")
    d.date_partial = PartialDate(day=day, month=month, year=year)
    start = m.start("day") if m.group("day") is not None else m.start()
    d.evidence["date"] = t.evidence(t.fold.rfind("ngày", 0, start + 1) if "ngày" in t.fold[m.start() : m.end()] else m.start(), m.end())
    if day and month and year:
        try:
            d.date = dt.date(year, month, day)
        except ValueError:
            d.warnings.append(f"the date of issue {day}/{month}/{year} is not a calendar date")


def _type_and_subject(st: Structure, d: Directive, cells: list[Line], used: list[tuple[int, int]]) -> None:
    """Type line ("KẾ HOẠCH", a line tagged "type") with the subject under it, or "V/v" subject of a công văn."""
    t = st.text
    names = {P.bare(n): n for n in vocabulary().type_names()}
    lines = R.type_window(t, st.layout)
    tagged = _tagged_cells(st, lines, ("type",))
    typed = R.type_line(t, tagged, used)
    if typed is not None:
        ln, m = tagged[typed[0]], typed[1]
        d.document_type = names[regex.sub(r"\s+", " ", m.group("type"))]
        d.evidence["document_type"] = t.evidence(ln.start + m.start("type"), ln.start + m.end("type"))

    # the subject: the rules of roles.subject_span over the lines tagged "subject" (and the lines
    # it may share: the type's, the number's, the date's, a motto's)
    sub_lines = _tagged_cells(st, lines, ("type", "subject"))
    sub_cells = _tagged_cells(st, cells, ("subject", "number", "place_date", "type", "motto"))
    number_ev = d.evidence.get("number.symbol")
    found = R.subject_span(
        t,
        sub_lines,
        sub_lines.index(ln) if typed is not None else None,
        sub_cells,
        used,
        number_ev.end if number_ev is not None else None,
        d.number.symbol,
    )
    if found is None:
        return
    start, end, kind = found
    text = t.text[start:end]
    if kind == "type_line":  # "THÔNG BÁO Về việc …" on one line
        value = _subject_case(clean_value(_drop_opener(text.strip(" :-"))), t.text[end:])
    elif kind == "under_type":  # a received stamp's field printed over the title is no part of it
        printed = R.copy_subject_lines(text) if t.source.ocred else text.split("\n")  # a copy: the stamp's lines neither (STAMP_DEBRIS)
        kept = [R.drop_stamp_date(x[R.speck_cell_end(x) :]) for x in printed if not R.is_stamp_field(x)]  # nor the stamp's specks
        value = _subject_case(clean_value(_drop_opener("\n".join(kept))), t.text[end:])
        if t.source.ocred:
            value = drop_unread_opener(value, ve_viec_only=True)
    else:  # a "V/v" subject's lines: a stamp's field between them is none of them either
        # nor a row of specks the subject's span runs over on a scan (SUBJECT_SPECK_ROW)
        kept = [
            R.without_place_date_beside(R.drop_stamp_date(x))
            for x in text.split("\n")
            if not R.is_stamp_field(x) and not (t.source.ocred and R.is_speck_row(x))
        ]
        if kind == "after_number" and t.source.ocred and kept:
            # SUBJECT_LINE_SPECKS under the number too: "_ Triển khai phong trào …" (004's DOCX at 200
            # dpi, a speck left of the stamp's ink), as on a copy's title lines
            kept[0] = kept[0][R.subject_line_start(kept[0]) :]
        value = clean_value(_drop_opener(strip_enclosing_quotes("\n".join(kept))))
        if kind == "after_number" and t.source.ocred:
            value = drop_unread_opener(value)
        if kind == "vv" and d.document_type is None:
            d.document_type = "Công văn"
    value = _title_marks(value)
    if value and t.source.ocred:  # a scan: a stamp's heading read into it, syllables one mark off a word
        title = kind in ("type_line", "under_type") and _drop_opener(text.strip(" :-")) == text.strip(" :-")
        # text OCR'd elsewhere has no confidences: no mark is doubtful there, no speck is known
        doubtful = _doubtful(t) if t.source.ocr_words else lambda word: False
        value, repairs = _scanned_subject(value, t.text[:start] + "\n" + t.text[end:], title, doubtful)
        value, specks = _drop_specks(value, [w for page in t.source.ocr_words.values() for w in page])
        t.source.ocr_repairs.extend(repairs + specks)
    if value:
        d.subject = value
        d.evidence["subject"] = t.evidence(start, end)


# A word with its mark ("rừng,") read below this confidence somewhere on the page is doubtful: a
# clean print's words and marks are read at 95 and more (c146's scan: 96-97 around the speck "rừng,"
# read at 75).
MARK_MAX_CONF = 90.0


def _doubtful(t: Text) -> Callable[[str], bool]:
    """Whether a word, as read with its mark, was read below ``MARK_MAX_CONF`` on some page."""
    lowest: dict[str, float] = {}
    for page in t.source.ocr_words.values():
        for word, conf in page:
            lowest[word] = min(lowest.get(word, 100.0), conf)
    return lambda word: lowest.get(word, 100.0) < MARK_MAX_CONF


def _spelt_syllable(word: str) -> bool:
    """A syllable of the language with its tone mark where the spelling puts it (``ocrnames.tone_misplaced``)."""
    return is_syllable(word) and not tone_misplaced(word)


def _scanned_subject(value: str, rest: str, title: bool = False, doubtful: Callable[[str], bool] = lambda word: True) -> tuple[str, list[str]]:
    """A scanned subject repaired, and its repairs: the received stamp's heading dropped, its words
    as the rest of the document prints them in the same context, a word whose first letters were
    lost, then by the word list, then by the body's own pairs (``body_pairs``), a garbled cited
    symbol as the body cites it (SUBJECT_SYMBOL_AS_CITED), its quote pairs of one kind, a hyphen the
    body prints as an en dash (DASH_AS_ECHOED), a comma or a stop read ``doubtful`` that the body's echoes do not print. The subject's first word, capitalised as a title opens ("Tô chức Đại hội"), is
    repaired as its lower-case form and given its capital back; so is a ``title``'s (a subject
    under the type name, no opener before it) first word whose first letters were lost."""
    kept = frozenset(HeaderWords.load().subject_repair.kept)
    value, dropped = _drop_stamp_heading(value)
    opens = value[:1].isupper() and value[1:2].islower()
    if opens:
        value = value[0].lower() + value[1:]
    # the body's own print of the subject's phrases first, then the word list
    # a word whose tone mark stands where no spelling puts it is no syllable here (TONE_MISPLACED:
    # "Ban Uì sự tiến bộ" read where the body prints "Ban Vì sự tiến bộ", n041)
    value, echoed = repair_from_body(value, rest, kept, _spelt_syllable, frozenset(family_names().values()))
    first = value.split(" ", 1)[0]
    value, onsets = repair_onset(value, rest, is_syllable)
    if title and onsets and value.split(" ", 1)[0] != first:
        opens = True  # the title's first word lost its first letters, its capital with them ("t luận" → "Kết luận")
    value, repaired = repair_syllables(value, kept)
    value, lost = repair_lost_onset(value, kept)
    # then the body's own pairs, on what the list left: a body OCR'd too repeats its misreads
    # ("thấm định" twice in n029's body read again, where the list's "thẩm định" repairs the subject)
    value, own = repair_syllables(value, kept, lexicon().extended(body_pairs(rest, is_syllable)))
    if opens:
        value = value[0].upper() + value[1:]
    value, cited = _symbol_as_cited(value, rest)
    value, quoted = _one_quote_kind(value, rest)
    marks = BodyMarks(rest)  # BODY_MARKS_ONCE: the body's lookup, one for both
    value, commas = drop_unechoed_marks(value, rest, doubtful, marks)
    value, dashes = dash_as_echoed(value, rest, marks)
    return value, dropped + echoed + onsets + repaired + lost + own + cited + quoted + commas + dashes


# SUBJECT_SYMBOL_AS_CITED: a document the subject cites by its symbol is cited by the body too, and
# one number of one issuer names one document: "triển khai thực hiện Công văn số 4552/BCA-G©04 của
# Bộ Công an" (n013's DOCX at 300 dpi, the stamp's ink over "C"), its body "Công văn số
# 4552/BCA-C04 ngày 09/10/2025 …" three times. A token of the subject that opens with figures joined
# by "/" or "-" to more, and is no whole symbol (``P.SYMBOL_RE``), is taken as the one symbol the body
# prints with that number, where the body prints exactly one and it is at most ``SYMBOL_MAX_EDITS``
# characters away. A symbol read whole is left as read ("76/NQ-CP" where the body cites another).
SYMBOL_MAX_EDITS = 2
_CITED_TOKEN = regex.compile(r"(?<![\p{L}\d/.-])(?P<num>\d{1,6})[/-][^\s,;]+", regex.V1)


def _symbol_as_cited(value: str, rest: str) -> tuple[str, list[str]]:
    """The subject with its garbled cited symbols as the body prints them (SUBJECT_SYMBOL_AS_CITED).

    >>> _symbol_as_cited("thực hiện Công văn số 4552/BCA-G©04 của Bộ", "Công văn số 4552/BCA-C04 ngày 09/10/2025")[0]
    'thực hiện Công văn số 4552/BCA-C04 của Bộ'
    >>> _symbol_as_cited("Công văn số 4552/BCA-G©04", "số 4552/BCA-C04 và số 4552/BCA-C05")[0]
    'Công văn số 4552/BCA-G©04'
    >>> _symbol_as_cited("Nghị quyết số 76/NQ-CP", "Nghị quyết số 76/NQ-TW")[0]
    'Nghị quyết số 76/NQ-CP'
    """
    notes: list[str] = []

    def cited(m: regex.Match[str]) -> str:
        read = m.group().rstrip(").:")
        if P.SYMBOL_RE.fullmatch(read):
            return m.group()
        body = {
            b.group() for b in P.SYMBOL_RE.finditer(rest)
            if regex.match(rf"{m['num']}\s?[/-]", b.group())
        }
        if len(body) != 1:
            return m.group()
        symbol = body.pop()
        if edit_distance(read, symbol) > SYMBOL_MAX_EDITS:
            return m.group()
        notes.append(f"{read!r} → {symbol!r} (the symbol the body cites with that number)")
        return symbol + m.group()[len(read) :]

    return _CITED_TOKEN.sub(cited, value), notes


# A speck read as a short word inside a scanned subject (c151: "quản lý của cì Bộ Giáo dục", a
# mark in the gap before "Bộ" read at confidence 43): a word of at most ``SPECK_MAX_LETTERS``
# lower-case letters that is no word of the word list, and that Tesseract read below
# ``SPECK_MAX_CONF`` wherever the page has it. Short words of subjects ("và", "về", "do", "ở")
# are words of the list.
SPECK_MAX_LETTERS = 2
SPECK_MAX_CONF = 50.0
_SHORT_WORD = regex.compile(rf"^(?-i:[\p{{Ll}}\p{{Mn}}]){{1,{SPECK_MAX_LETTERS}}}$")


def _drop_specks(value: str, page_words: list[tuple[str, float]]) -> tuple[str, list[str]]:
    """The subject without the short non-words read doubtfully (see ``_SHORT_WORD``), and a note each.

    >>> _drop_specks("quản lý của cì Bộ Giáo dục", [("cì", 43.0), ("của", 97.0)])
    ('quản lý của Bộ Giáo dục', ["'cì' dropped from the subject (no word, read at confidence 43)"])
    >>> _drop_specks("quản lý của cì Bộ", [("cì", 43.0), ("cì", 91.0)])[0], _drop_specks("do cháy", [("do", 20.0)])[0]
    ('quản lý của cì Bộ', 'do cháy')
    """
    best: dict[str, float] = {}
    for word, conf in page_words:
        best[word] = max(best.get(word, 0.0), conf)
    lex = lexicon()
    kept, notes = [], []
    for word in value.split(" "):
        if _SHORT_WORD.match(word) and not lex.is_single(word) and best.get(word, 100.0) < SPECK_MAX_CONF:
            notes.append(f"{word!r} dropped from the subject (no word, read at confidence {best[word]:.0f})")
            continue
        kept.append(word)
    return (" ".join(kept), notes) if notes else (value, [])


# A subject (trích yếu) is a title, not a sentence: no full stop ends it ("… Bộ Giáo dục và Đào
# tạo." on c154's scan; "TP." keeps its abbreviation's). A quote or a tick standing alone between
# words is a scan's speck (c137: "xe quá ' khổ"; a spacing accent "ˆ" on a copy read again): a real
# quote mark touches its word.
_TITLE_FULL_STOP = regex.compile(r"(?<=(?-i:[\p{Ll}\d]))\.$", regex.V1)
_LONE_SPECK = regex.compile(r"(?<=\s)['`‘’^ˆ˜´¨](?=\s)")


def _title_marks(value: str) -> str:
    """The subject without a sentence's full stop and without lone specks.

    >>> _title_marks("bổ sung công chức của Bộ Giáo dục và Đào tạo."), _title_marks("xe quá ˆ khổ, quá tải")
    ('bổ sung công chức của Bộ Giáo dục và Đào tạo', 'xe quá khổ, quá tải')
    """
    return clean_value(_LONE_SPECK.sub("", _TITLE_FULL_STOP.sub("", value.strip())))


# A quotation of two kinds of marks, as a scan reads it ("thi đua "Dân vận khéo” năm 2022", 001;
# "“Dân vận khéo" năm 2022", 004): one of the two marks was misread (Tesseract reads a straight
# mark curly and back), so the pair is made of the kind the rest of the document prints more often
# (straight " against curly “ ”); a tie leaves it as read.
_MIXED_QUOTES = regex.compile(r'"(?P<inner>[^"“”\n]+)”|“(?P<inner>[^"“”\n]+)"')


def _one_quote_kind(value: str, rest: str) -> tuple[str, list[str]]:
    """The subject with each mixed pair of quotes of the kind ``rest`` prints more often, and the repairs.

    >>> _one_quote_kind('thi đua "Dân vận khéo” năm 2022', 'mô hình "Dân vận khéo" và "Dân vận khéo”')[0]
    'thi đua "Dân vận khéo" năm 2022'
    >>> _one_quote_kind('thi đua "Dân vận khéo” năm 2022', '“Dân vận khéo” và “Dân vận"')[0]
    'thi đua “Dân vận khéo” năm 2022'
    >>> _one_quote_kind('thi đua "Dân vận khéo” năm 2022', '"a” “b"')[0]
    'thi đua "Dân vận khéo” năm 2022'
    """
    straight, curly = rest.count('"'), rest.count("“") + rest.count("”")
    if straight == curly or not _MIXED_QUOTES.search(value):
        return value, []
    opening, closing = ('"', '"') if straight > curly else ("“", "”")
    repaired = _MIXED_QUOTES.sub(lambda m: f"{opening}{m.group('inner')}{closing}", value)
    kind = "straight" if straight > curly else "curly"
    return repaired, [f"{value!r} → {repaired!r} (a pair of quotes of two kinds made {kind}, as the document prints {max(straight, curly)} of {straight + curly} marks)"]


def _drop_stamp_heading(value: str) -> tuple[str, list[str]]:
    """The subject without a received stamp's heading read into it (``data/header.toml``
    [stamp_in_subject], ``roles.stamp_heading_run``: STAMP_DEBRIS), and the repair as a note.

    >>> _drop_stamp_heading("tại các bộ, cơ ¬.~.. BIỆN TỪ CHÍNH PHỦ quan và địa phương")[0]
    'tại các bộ, cơ quan và địa phương'
    >>> _drop_stamp_heading("giải quyết TTHC THUỘC CHÍNH PHỦ")[0]
    'giải quyết TTHC THUỘC CHÍNH PHỦ'
    """
    if is_caps(value):
        return value, []
    words = value.split(" ")
    for i in range(len(words)):
        run = R.stamp_heading_run(words[i:])
        if run:
            dropped = " ".join(words[i : i + run])
            kept = clean_value(" ".join(words[:i] + words[i + run :]))
            return kept, [f"the received stamp's heading {dropped!r} dropped from the subject"]
    return value, []


# The subject's opener "V/v", "Về việc", read on bare text: a scan damages it ("V4v", "Váv", "Vềviệc",
# "Và việc" for "Về việc", a speck before it: ". Về việc"); the subject is what follows.
# - "Về việc" whole, or as "Và việc", "Vềviệc";
_OPENER_VE_VIEC = r"V[AE]\s*VIEC"
# - "V/v" with its slash read as a look-alike ("V4v", "Váv", "VWW"), its second "v" as a tick ("VA'",
#   n043) or a "W" ("V/W", "VWW": the two strokes of a "v" doubled), its first "V" read "Ứ" before
#   a slash's look-alike ("ỨAv").
_OPENER_VV = rf"{R.VV_LOOK_ALIKE}|V\s?[/4lI1|A]\s?'(?=\s)|V\.V(?=\.?\s)"  # VV_WITH_DOTS (patterns.SUBJECT_VV_RE)
# - before it, specks, or one letter standing alone before a whole "Về việc" (a seal's or a
#   stamp's cell read before it: "v\tVề việc", c157's scan).
_OPENER_SPECKS = rf"[\s.,'`‘’]*(?:[A-Z]\s+(?={_OPENER_VE_VIEC}))?"
SUBJECT_OPENER_BARE_RE = regex.compile(rf"^{_OPENER_SPECKS}[\"“]?\s*(?:{_OPENER_VV}|{_OPENER_VE_VIEC})(?![\w/])\s*[:.]?\s*")


def _drop_opener(text: str) -> str:
    """The subject without its opener ("V/v tổ chức …", "V4v cử …", "Vềviệc tăng cường …").

    >>> _drop_opener("VA' cử đại diện"), _drop_opener("v Về việc đẩy mạnh"), _drop_opener("V Hoàng Anh")
    ('cử đại diện', 'đẩy mạnh', 'V Hoàng Anh')
    >>> _drop_opener("“VWW giới thiệu"), _drop_opener("V/W cử"), _drop_opener("ỨAv Tô chức"), _drop_opener("Ưu đãi thuế")
    ('giới thiệu', 'cử', 'Tô chức', 'Ưu đãi thuế')
    """
    m = SUBJECT_OPENER_BARE_RE.match(P.bare(text))
    return text[m.end() :] if m else text


# VV_OPENER_UNREAD: a công văn's subject stands under its number opened by "V/v" or "Về việc" (NĐ 30
# box 5b); on a scan the opener may be read as no word at all, which no list of its look-alikes
# foresees ("VA› Tổ chức …", "VWWw giới thiệu …", "\\ việc tham dự …": n024's, n032's, n035's DOCX
# rendered as scans). Where the subject was taken as the cell after a công văn's number (no
# opener recognised) on a scan, a first token of at most ``UNREAD_OPENER_MAX_CHARS`` that opens
# with the opener's "V" or a look-alike ("W", "U", "Ứ", a slash, a fraction slash "⁄" as Tesseract
# reads slashes — n041's "⁄% cử lãnh đạo Ban …" — or a backslash) and is no
# Vietnamese syllable, no acronym in capitals and holds no figure is the opener; a "việc" after it
# is the rest of "Về việc". Under a type's name ("THÔNG BÁO" / "\\ việc tham dự …", n035) a title
# may open with any word, so there only a token before "việc" is taken. Counter-examples, kept:
# "UBND tỉnh …", "VNPT …" (acronyms), "Văn bản …", "Vụ …" (syllables), "V2 …" (a figure), "V/v"
# itself (``SUBJECT_OPENER_BARE_RE`` takes it first).
UNREAD_OPENER_MAX_CHARS = 6
# Its first letter may be any capital of the Latin alphabet where its slash and "v" are read ("X/v
# triển khai thực hiện …", n006's DOCX at 200 dpi, the stamp's stroke across the "V"): no word of a
# header's left column is a capital, a slash and a "v".
_UNREAD_OPENER = regex.compile(r"^[\"“'‘\s]*(?P<token>(?:[VWUỨ\\/⁄|]|[A-Z](?=[/⁄][vV]))[^\s]{0,5})(?=\s)(?P<viec>\s+việc\b)?\s*", regex.V1)


def drop_unread_opener(text: str, ve_viec_only: bool = False) -> str:
    """A scanned công văn's subject without an opener read as no word (VV_OPENER_UNREAD).

    >>> drop_unread_opener("VA› Tổ chức Đại hội"), drop_unread_opener("VWWw giới thiệu Lãnh đạo"), drop_unread_opener("\\\\ việc tham dự Hội nghị")
    ('Tổ chức Đại hội', 'giới thiệu Lãnh đạo', 'tham dự Hội nghị')
    >>> drop_unread_opener("⁄% cử lãnh đạo Ban tham gia"), drop_unread_opener("X/v triển khai"), drop_unread_opener("Xã Đạ Huoai")
    ('cử lãnh đạo Ban tham gia', 'triển khai', 'Xã Đạ Huoai')
    >>> drop_unread_opener("UBND tỉnh báo cáo"), drop_unread_opener("Văn bản hợp nhất"), drop_unread_opener("V2 triển khai")
    ('UBND tỉnh báo cáo', 'Văn bản hợp nhất', 'V2 triển khai')
    >>> drop_unread_opener("\\\\ việc tham dự", ve_viec_only=True), drop_unread_opener("VA› Tổ chức", ve_viec_only=True)
    ('tham dự', 'VA› Tổ chức')
    """
    m = _UNREAD_OPENER.match(text)
    if m is None or (ve_viec_only and not m["viec"]):
        return text
    token = m["token"]
    letters = regex.sub(r"[^\p{L}]", "", token)
    bare = token.rstrip(".,:;")
    if (
        len(token) > UNREAD_OPENER_MAX_CHARS
        or regex.search(r"\d", token)
        or (letters == bare and (is_syllable(bare) or (len(bare) >= 3 and bare.isupper() and "W" not in bare)))
    ):
        return text
    return text[m.end() :]


def _subject_case(value: str, body: str = "") -> str:
    """A subject printed in capitals, in reading case (symbols, dates and acronyms kept), then in the case the body
    prints its runs of words in (SUBJECT_CASE_AS_ECHOED)."""
    if not is_caps(value):
        return value
    printed = value.split(" ")
    cased = org_case(value, organisation=False).split(" ")
    if len(cased) != len(printed):
        return value
    read = " ".join(
        p if (any(ch.isdigit() for ch in p) or "/" in p or P.SYMBOL_RE.search(p)) else c for p, c in zip(printed, cased, strict=True)
    )
    read = _cited_types_capitalised(read)
    return subject_as_echoed(read, body) if body else read


# CITED_TYPE_CAPITALISED (session 41): NĐ 30 (Phụ lục II, viết hoa) capitalises a document's type where it names one
# document, its number after it: "… thực hiện Kế hoạch số 164-KH/TU ngày …", "Nghị định số 180/2026/NĐ-CP". A title
# printed in capitals loses that case ("triển khai thực hiện kế hoạch số 164-KH/TU …", w050). Counter-example: a type
# word with no number after it names no one document ("xây dựng kế hoạch triển khai …") and stays in lower case.
@functools.lru_cache(maxsize=1)
def _cited_type_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}])(?:{vocabulary().type_alternation()})(?=\s+số\s+\d)", regex.V1 | regex.I)


def _cited_types_capitalised(value: str) -> str:
    """``value`` with each document type named with its number capitalised (CITED_TYPE_CAPITALISED).

    >>> _cited_types_capitalised("Triển khai thực hiện kế hoạch số 164-KH/TU ngày 24 tháng 8 năm 2022; xây dựng kế hoạch")
    'Triển khai thực hiện Kế hoạch số 164-KH/TU ngày 24 tháng 8 năm 2022; xây dựng kế hoạch'
    """
    return _cited_type_re().sub(lambda m: m.group()[:1].upper() + m.group()[1:], value)


# SUBJECT_CASE_AS_ECHOED (session 41): a subject printed in capitals has lost its case, as an issuer's has (ISSUER_CASE_AS_
# ECHOED); the body repeats its phrases in the document's own case, documents' and plans' names capitalised as NĐ 30
# prints them: "PHÊ DUYỆT KẾ HOẠCH LẬP QUY HOẠCH THĂM DÒ, …" read "Phê duyệt kế hoạch lập quy hoạch thăm dò, …", while
# the body says "Kế hoạch lập Quy hoạch thăm dò, …" (f41's rf02; rf03's "Nghị định số 180/2026/NĐ-CP" alike). Each run of
# ``SUBJECT_ECHO_MIN_WORDS`` syllables or more that the body prints in reading case gives its words' case (fewer are too
# few: "vật liệu xây dựng" took the case of "Vụ Vật liệu xây dựng", a name), a syllable in capitals none; a run's first word
# keeps the subject's own case where the body's stands at a sentence's or a line's start (capitalised there for that
# reason), and the subject's first word keeps its capital. Counter-example: a run the body prints only in capitals (a heading repeating the title) gives nothing.
SUBJECT_ECHO_MIN_WORDS = 6  # syllables: a run of three words or more
_SENTENCE_START_RE = regex.compile(r"(?:^|[.:;!?]\s*|\n\s*(?:[\-–+•*]\s*)?|(?:\d+|[a-zđ])[.)]\s*)$", regex.V1)


def subject_as_echoed(subject: str, body: str) -> str:
    """``subject`` (in reading case) with the case of each run of its words the body prints (SUBJECT_CASE_AS_ECHOED).

    >>> subject_as_echoed("Phê duyệt kế hoạch lập quy hoạch thăm dò", "… thực hiện Kế hoạch lập Quy hoạch thăm dò đúng …")
    'Phê duyệt Kế hoạch lập Quy hoạch thăm dò'
    >>> subject_as_echoed("Phê duyệt kế hoạch lập quy hoạch", "KẾ HOẠCH LẬP QUY HOẠCH")
    'Phê duyệt kế hoạch lập quy hoạch'
    >>> subject_as_echoed("Khai thác khoáng sản làm vật liệu xây dựng", "Vụ Vật liệu xây dựng chủ trì …")
    'Khai thác khoáng sản làm vật liệu xây dựng'
    """
    words = list(_ECHO_WORD_RE.finditer(subject))
    found = list(_ECHO_WORD_RE.finditer(body))
    if len(words) < SUBJECT_ECHO_MIN_WORDS or not found:
        return subject
    keys = [w.group().lower() for w in words]
    body_keys = [m.group().lower() for m in found]
    at: dict[str, list[int]] = {}
    for j, k in enumerate(body_keys):
        at.setdefault(k, []).append(j)
    out = [w.group() for w in words]
    i = 0
    while i < len(words):
        best, best_j = 0, -1
        for j in at.get(keys[i], []):
            n = 0
            while i + n < len(keys) and j + n < len(body_keys) and body_keys[j + n] == keys[i + n] and (
                n == 0 or _ECHO_GAP_RE.fullmatch(body[found[j + n - 1].end() : found[j + n].start()]) is not None
            ):
                n += 1
            span = body[found[j].start() : found[j + n - 1].end()] if n else ""
            if n > best and not is_caps(span):
                best, best_j = n, j
        if best >= SUBJECT_ECHO_MIN_WORDS:
            start = 1 if i == 0 or _SENTENCE_START_RE.search(body, 0, found[best_j].start()) else 0  # the title's own first word
            for n in range(start, best):
                echo = found[best_j + n].group()
                out[i + n] = out[i + n] if len(echo) > 1 and echo.isupper() else echo  # a heading's capitals give no case
            i += best
        else:
            i += 1
    return _with_words(subject, out)


def _type_from_symbol(d: Directive) -> None:
    sym = d.number.symbol
    if d.document_type or not sym:
        return
    vocab = vocabulary()
    m = regex.match(r"^\d*-(?P<t>[^/]+)/", sym)
    if m:  # Party: the type is between "-" and "/"
        name = vocab.type_by_abbr(m.group("t"), "party")
        if name and m.group("t") != "QĐ":
            d.document_type = name
        return
    m = regex.match(r"^\d*/(?:\d{4}/)?(?P<t>[^-/]+)", sym)
    if m:
        name = vocab.type_by_abbr(m.group("t"))
        d.document_type = name if name else "Công văn"  # a state công văn has no type abbreviation


def _comma_going_on(t: Text, end: int, last: bool) -> str:
    """ISSUER_LINE_CONTINUES: "," where a line of the issuer's name ends with one and the name goes on below.

    A body's name set over two lines breaks inside its list of fields ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG
    NGHỆ, ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06", n006; "HỘI ĐỒNG THẨM ĐỊNH," / "ĐÁNH GIÁ CHỈ SỐ …",
    n029's PDF): the comma is the name's own. Counter-example: a comma ending the name's last line is no part
    of it (``last``), nor are the marks the line's cleaning strips ("-----", "*").
    """
    return "," if not last and t.text[end : end + 1] == "," else ""


# PARENT_AND_BODY_ON_ONE_LINE (session 32): a legal-text site's copy flattens the issuer's two lines into one, "BỘ TÀI
# CHÍNH TỔNG CỤC THUẾ -------" (an unseen Công văn 1414/TCT-CS; NĐ 30 Phụ lục I box 2: the parent above the issuer), and
# the issuer read "Bộ Tài chính tổng cục thuế". A unit in capitals that holds a parent's form, then a body's head word
# with its name, is two units: the parent and the issuer. The last head word splits (a three-level line names the lowest
# body); a head word must have its name after it ("PHÒNG" ends "BỘ QUỐC PHÒNG"). Counter-example: a name whose words
# hold no head word after a parent's form ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH").
_PARENT_FORM = r"(?:BỘ|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|UBND|TỈNH\s+ỦY|THÀNH\s+ỦY|HUYỆN\s+ỦY|BẢO\s+HIỂM\s+XÃ\s+HỘI\s+VIỆT\s+NAM|TỔNG\s+CỤC|CỤC)\s"
_BODY_HEAD = r"(?:TỔNG\s+CỤC|CHI\s+CỤC|CỤC|VỤ|SỞ|BAN|TRUNG\s+TÂM|VIỆN|PHÒNG)\s+\S|(?:VĂN\s+PHÒNG|THANH\s+TRA)(?:\s+\S|$)"
_PARENT_AND_BODY_RE = regex.compile(rf"^(?P<parent>{_PARENT_FORM}.+(?<!\sTỔNG|\sCHI|\sVĂN))\s+(?P<body>(?:{_BODY_HEAD}).*)$", regex.V1)


def split_parent_and_body(unit: str) -> list[str]:
    """PARENT_AND_BODY_ON_ONE_LINE (above): ``unit`` as its parent and its body, or alone.

    >>> split_parent_and_body("BỘ TÀI CHÍNH TỔNG CỤC THUẾ"), split_parent_and_body("BỘ QUỐC PHÒNG")
    (['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ'], ['BỘ QUỐC PHÒNG'])
    >>> split_parent_and_body("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH SỞ TÀI CHÍNH")
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', 'SỞ TÀI CHÍNH']
    """
    m = _PARENT_AND_BODY_RE.match(unit.strip())
    if m is None or not unit.isupper():
        return [unit]
    return [m["parent"].strip(), m["body"].strip()]


def _issuer(st: Structure, d: Directive, cells: list[Line], used: list[tuple[int, int]], motto_spans: list[tuple[int, int]]) -> None:
    """The issuer (and its parent) from the header cells on lines tagged "issuer" and "parent".

    A flattened header shares the issuer's line with the motto, the number or the date: the
    issuer's rules (``roles.issuer_cells``) read those lines' cells too. The last body named is the
    issuer, the ones before it its parents; a department takes its parent's locality.
    """
    t = st.text
    type_ev = d.evidence.get("document_type")
    read = _tagged_cells(st, cells, ("issuer", "parent", "motto", "number", "place_date"))
    candidates = R.issuer_cells(t, read, used, motto_spans, type_ev.start if type_ev is not None else None)
    if not candidates:
        return
    units = [
        _restore_head(" ".join(candidates[i][2] + _comma_going_on(t, candidates[i][1], i == unit[-1]) for i in unit))
        for unit in R.issuer_units([c[2] for c in candidates])
    ]
    if len(units) == 1:
        units = split_parent_and_body(units[0])  # PARENT_AND_BODY_ON_ONE_LINE
    if t.source.ocr_like:  # text OCR'd elsewhere: the header's known words repaired as a scan's page is
        units = [repair_known_words(u, t.source.ocr_repairs) for u in units]
    # ISSUER_AS_ECHOED, ISSUER_SYLLABLES (loaders/ocrissuer.py): the capitals' misreads, on pages OCR'd here
    # only: measured to help there (the renders, s300 issuer 0.759 -> 0.931); on text OCR'd elsewhere the dev
    # texts gain nothing from them (n048's "Cục Thue" made "Cục Thuế", still short of its name), so they
    # are not applied to it (docs/notes/issue-13.md, "Session 24, lead")
    if t.source.ocr_words:
        body = t.text[: candidates[0][0]] + "\n\n" + t.text[candidates[-1][1] :]
        units = [repair_issuer(u, body, t.source.ocr_repairs, d.number.symbol) for u in units]
    issuer_text = units[-1]
    parents = units[:-1]
    if not t.source.ocr_words and not names_a_body(issuer_text):
        return  # veto ISSUER_NAMES_A_BODY
    issuer = Issuer(system=d.issuer.system)
    name = org_case(issuer_text)
    parent = org_case(" ".join(parents)) if parents else None
    if parent and _is_department(issuer_text) and _parent_suffix(parent).lower() in name.lower():
        pass  # NAMES_ITS_PARENT: a department whose name says its parent already, "BAN CHỈ ĐẠO … CỦA CQ TRUNG ƯƠNG ĐOÀN"
        # under "BAN CHẤP HÀNH TRUNG ƯƠNG" (the unseen set's qe03: "… Trung ương Đoàn Trung ương")
    elif parent and _is_department(issuer_text):
        name = f"{_without_bare_level(name, _parent_suffix(parent))} {_parent_suffix(parent)}"
        name = HeaderWords.load().official_names.get(name, name)  # "Văn phòng Trung ương" → "… Đảng"
    elif parent and _without_bare_level(name, _parent_suffix(parent)) != name:
        # LEVEL_AWAITS_PARENT_PLACE: a body named for its level, whose place is the parent's
        # ("HỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH" under "UBND TỈNH LÂM ĐỒNG", n029)
        name = f"{_without_bare_level(name, _parent_suffix(parent))} {_parent_suffix(parent)}"
    motto = _doan_motto(t, motto_spans) if d.issuer.system == "other" else None
    if motto is not None and motto.split()[0].upper() not in issuer_text.upper():  # "Hội đồng Trung ương" + "Đội TNTP …"
        name = f"{name} {motto}"
    if is_caps(issuer_text):
        name = case_as_echoed(name, t.text[candidates[-1][1] :])
    issuer.name = name
    issuer.parent = parent
    d.issuer = issuer
    d.evidence["issuer.name"] = t.evidence(candidates[0][0], candidates[-1][1])


# ISSUER_CASE_AS_ECHOED (session 36): a name printed in capitals has lost its case, and ``org_case`` restores it from
# rules and a list of proper names; where the body prints the same name in reading case, the body's case is the
# document's own: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" read "Bộ Lao động - thương binh và xã Hội" (a level word "xã"
# and a head word "Hội" by the rules), while the letter's body says "Bộ Lao động - Thương binh và Xã hội đã xây dựng
# …" (the unseen set's qp06, a ministry's letter). The same words, letter for letter but for case; the echo itself in
# reading case. Counter-examples: an echo in capitals (a heading repeating the name) is no case; a body that names
# another body sharing the words ("Sở Lao động - Thương binh và Xã hội các tỉnh") gives its case only to the words
# they share, which are the same words.
# ISSUER_MARKS_AS_ECHOED (session 37): an OCR copy's capitals may have lost their marks too, "CỤC THUE TINH BAC NINH"
# (unseen tax offices' replies, OCR'd elsewhere), while the body prints "Cục Thuế tỉnh Bắc Ninh nhận được …": an echo
# with the same letters, marks aside (``letters_key``), gives its print to the words the capitals printed with no mark
# at all ("THUE" → "Thuế", "NAM" → "Nam"). Only the whole name, word for word; a word the capitals print with
# a mark keeps it, since the body's own print may be the misread one (an OCR'd "Bộ Giáo đục và Đào tạo", c153).
_ECHO_MIN_WORDS = 2
_ECHO_GAP_RE = regex.compile(r"\s+", regex.V1)  # spacing between two words, a line break included
_ECHO_WORD_RE = regex.compile(r"[\p{L}\p{M}\d&]+(?:-[\p{L}\p{M}\d]+)*", regex.V1)


@functools.lru_cache(maxsize=8192)
def _word_key(word: str) -> str:
    """ECHO_KEYS_ONCE: ``letters_key`` of one word, kept for the words a body repeats (``case_as_echoed`` keys every word
    of the body: 10,503 keys for three parses of c159, a fifth of its header's time)."""
    return letters_key(word)


def case_as_echoed(name: str, body: str) -> str:
    """``name`` in the case (and marks) the body prints it in (ISSUER_CASE_AS_ECHOED, ISSUER_MARKS_AS_ECHOED), else
    unchanged.

    >>> case_as_echoed("Bộ Lao động - thương binh và xã Hội", "… Bộ Lao động - Thương binh và Xã hội đã xây dựng …")
    'Bộ Lao động - Thương binh và Xã hội'
    >>> case_as_echoed("Bộ Lao động - thương binh và xã Hội", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    'Bộ Lao động - thương binh và xã Hội'
    >>> case_as_echoed("Cục Thue tỉnh Bắc Ninh", "Ngày 05/07/2018, Cục Thuế tinh Bắc Ninh nhận được công văn")
    'Cục Thuế tỉnh Bắc Ninh'
    >>> case_as_echoed("Bộ Giáo dục và Đào tạo", "… của Bộ Giáo đục và Đào tạo đã …")
    'Bộ Giáo dục và Đào tạo'
    """
    read = [m.group() for m in _ECHO_WORD_RE.finditer(name)]
    if len(read) < _ECHO_MIN_WORDS:
        return name
    keys = [_word_key(w) for w in read]
    own_gaps = [_ECHO_GAP_RE.sub("", name[a.end() : b.start()]) for a, b in itertools.pairwise(_ECHO_WORD_RE.finditer(name))]
    found = list(_ECHO_WORD_RE.finditer(body))
    n = len(read)
    prints: collections.Counter[tuple[str, ...]] = collections.Counter()
    for i in range(len(found) - n + 1):
        if _word_key(found[i].group()) != keys[0] or [_word_key(m.group()) for m in found[i : i + n]] != keys:
            continue
        span = body[found[i].start() : found[i + n - 1].end()]
        printed = [m.group() for m in found[i : i + n]]
        gaps = [_ECHO_GAP_RE.sub("", body[a.end() : b.start()]) for a, b in itertools.pairwise(found[i : i + n])]
        if gaps != own_gaps or is_caps(span):
            continue
        prints[tuple(printed)] += 1  # (ISSUER_MARKS_BY_CONSENSUS counts the read's own prints too)
        if printed == read:
            continue  # one print of the name (its own marks between its words, any spacing), in reading case
        if [w.lower() for w in printed] == [w.lower() for w in read]:
            return clean_value(span)  # ISSUER_CASE_AS_ECHOED
        # ISSUER_MARKS_AS_ECHOED: only the words the capitals printed with no mark at all take the echo's print
        # (as the body prints them, case included: the capitals' case was a guess)
        marked = [e if mark_count(w) == 0 else w for w, e in zip(read, printed, strict=True)]
        if marked != read:
            return _with_words(name, marked)
    # ISSUER_MARKS_BY_CONSENSUS (session 41): a print the body repeats ``ECHO_CONSENSUS`` times or more, the same each
    # time, is the document's own, marks included: the header's "TỎNG CỤC THUÊ" read "Tổng cục Thuê" under a body that
    # prints "Tổng cục Thuế" 16 times (f38's qv01; f43's rl03, rl04 alike: tax letters OCR'd elsewhere). Counter-example:
    # one misread print ("Bộ Giáo đục và Đào tạo", c153) is no consensus, and the header's marks stay.
    best = prints.most_common(1)
    if best and list(best[0][0]) != read and best[0][1] >= ECHO_CONSENSUS and sum(prints.values()) - best[0][1] < best[0][1]:
        return _with_words(name, list(best[0][0]))
    return name


ECHO_CONSENSUS = 3


def _with_words(name: str, words: list[str]) -> str:
    """``name`` with its words replaced by ``words`` (as many), its spacing and punctuation kept."""
    out, at = [], 0
    for w, m in zip(words, _ECHO_WORD_RE.finditer(name), strict=True):
        out.append(name[at : m.start()] + w)
        at = m.end()
    return "".join(out) + name[at:]


class _ProseIssuer(BaseModel):
    verbs: list[str]
    examples: list[str]
    counter_examples: list[str]
    window_chars: int


class _EnactingSentence(BaseModel):
    verbs: list[str]
    guide_verbs: list[str]
    guide_type: str
    not_in_name: list[str]
    max_name_words: int
    examples: list[str]
    counter_examples: list[str]


class _SystemByName(BaseModel):
    party: list[str]
    state: list[str]
    examples: list[str]
    counter_examples: list[str]


class _SubjectRepair(BaseModel):
    kept: list[str]
    examples: list[str]
    counter_examples: list[str]


class _RelayLead(BaseModel):
    not_issuer: list[str]
    examples: list[str]
    counter_examples: list[str]


class HeaderWords(DataFile):
    """The header stage's own words (``data/header.toml``)."""

    FILE = "header.toml"

    issuer_in_prose: _ProseIssuer
    enacting_sentence: _EnactingSentence
    system_by_name: _SystemByName
    subject_repair: _SubjectRepair
    relay_lead: _RelayLead
    official_names: dict[str, str]


def system_from_name(name: str | None) -> System | None:
    """The system a body's name tells ("Ban Thường vụ Tỉnh ủy": party, "Phòng GD&ĐT": state), or None."""
    if not name:
        return None
    words = HeaderWords.load().system_by_name
    for system, listed in (("party", words.party), ("state", words.state)):
        if regex.search(rf"(?<!\p{{L}})(?:{alternation(listed)})(?!\p{{L}})", name, regex.I | regex.V1):
            return system  # type: ignore[return-value]
    return None


@functools.lru_cache(maxsize=1)
def prose_issuer_re() -> regex.Pattern[str]:
    """An organisation opening a sentence or clause and speaking ("…, Ban Thường vụ Tỉnh ủy ban hành …")."""
    vocab = vocabulary()
    first = alternation(vocab.organisations.heads + vocab.casing.proper)
    parts = alternation(vocab.casing.proper + vocab.casing.levels)
    verbs = alternation(HeaderWords.load().issuer_in_prose.verbs)
    # NAME_IN_SENTENCE_CASE: a body's name goes on in lower case after its capitals ("Sở Nội vụ", "Bộ Tư pháp", "Bộ
    # Thông tin và Truyền thông": the unseen set's qa03, qa08, qe07, web postings with no header, whose issuers were
    # lost), so its words may be any word but one that says what is done ("đã", "sẽ": "Bộ Chính trị đã ban hành …" is
    # a past act) or links a clause; the name is the shortest one before the verb, which may be said politely
    # ("trân trọng đề nghị", "kính đề nghị", "xin gửi").
    stop = r"(?:đã|sẽ|đang|vừa|cũng|không|chưa|của|do|về|theo|tại|với|cho|để|là|được|bị|mà|thì|nay|này)"
    return regex.compile(
        rf"""(?:^|(?<=[,;.:]\s))\s*                            # a sentence or a clause opens
        (?P<name>(?=(?-i:\p{{Lu}}))(?i:{first})                     # an organisation's head word, capitalised
          (?:\s+(?:(?i:{parts})(?!\p{{L}})|(?-i:\p{{Lu}})[\p{{L}}&]*|(?!{stop}(?!\p{{L}}))(?-i:\p{{Ll}})+)){{0,8}}?)  # its further words
        \s+(?:(?:trân\s+trọng|kính|xin)\s+)?(?:{verbs})(?!\p{{L}})  # what the issuer does""",
        regex.X | regex.V1 | regex.M,
    )


def _prose_issuer(t: Text, d: Directive, start: int) -> None:
    """Without a header issuer, the organisation the text's first sentences make speak (a web copy's), from ``start``."""
    end = min(len(t.text), start + HeaderWords.load().issuer_in_prose.window_chars)
    m = prose_issuer_re().search(t.text, start, end)
    if m is None:
        return
    d.issuer.name = regex.sub(r"\s+", " ", m.group("name"))
    d.evidence["issuer.name"] = t.evidence(m.start("name"), m.end("name"))


@functools.lru_cache(maxsize=1)
def enacting_re() -> regex.Pattern[str]:
    """The preamble's enacting sentence ("…, <body> ban hành Kế hoạch … như sau:"; ``[enacting_sentence]``)."""
    words = HeaderWords.load().enacting_sentence
    first = alternation(vocabulary().organisations.heads)
    stop = alternation(words.not_in_name)
    types = vocabulary().type_alternation()
    return regex.compile(
        rf"""(?:^|(?<=[,;.:]\s))\s*                            # a sentence or a clause opens
        (?P<name>(?=(?-i:\p{{Lu}}))(?i:{first})(?!\p{{L}})           # a body's head word, capitalised
          (?:(?:,\s+(?=(?-i:\p{{Lu}}))|\s+)                          # its further words; a comma only before a capital
             (?!(?i:{stop}|{alternation(words.verbs + words.guide_verbs)})(?!\p{{L}}))
             [^\s,.;:]+){{0,{words.max_name_words}}}?)
        \s+(?:(?i:{alternation(words.verbs)})                  # enacts
          \s+(?P<type>(?i:{types}))(?!\p{{L}})(?!\s+số(?!\p{{L}}))  # an unnumbered document of a type
          |(?P<guide>(?i:{alternation(words.guide_verbs)}))(?!\p{{L}}))  # or guides: the document is a guide
        [^.;:]*?                                            # what about, in the same sentence
        \s+(?:cụ\s+thể\s+)?như\s+sau\s*:                     # the text below is that document""",
        regex.X | regex.V1 | regex.M,
    )


def named_type(printed: str) -> str | None:
    r"""The vocabulary's type name a sentence prints (``vocabulary().type_names()``), or None.

    TYPE_NAME_OVER_LINES: the type's words may stand on two lines, the patterns matching any white space between them
    ("Ban Thường vụ Tỉnh ủy ban hành Chương" / "trình hành động …", w019's lead at 60 columns): they are compared
    with one space between them, as the vocabulary prints them (a name no type has stays None).

    >>> named_type("Chương\ntrình"), named_type("KẾ  HOẠCH"), named_type("Chương")
    ('Chương trình', 'Kế hoạch', None)
    """
    key = P.bare(regex.sub(r"\s+", " ", printed.strip()))
    return next((n for n in vocabulary().type_names() if P.bare(n) == key), None)


def _enacting_sentence(t: Text, d: Directive) -> None:
    """Without a header issuer or type, the ones the preamble's enacting sentence names (a web copy's)."""
    window = HeaderWords.load().issuer_in_prose.window_chars
    # the sentence opens in the first paragraphs and may close after them ("… như sau:")
    m = enacting_re().search(t.text, 0, min(len(t.text), 2 * window))
    if m is None or m.start("name") >= window:
        return
    if d.issuer.name is None:
        d.issuer.name = regex.sub(r"\s+", " ", m.group("name"))
        d.evidence["issuer.name"] = t.evidence(m.start("name"), m.end("name"))
    if d.document_type is None:
        group = "type" if m.group("type") else "guide"
        named = named_type(m.group("type") if m.group("type") else HeaderWords.load().enacting_sentence.guide_type)
        if named is not None:
            d.document_type = named
            d.evidence["document_type"] = t.evidence(m.start(group), m.end(group))


# A head word of at least this many words is recognised with its first letter lost.
HEAD_MIN_WORDS = 3


def _restore_head(name: str) -> str:
    """A name whose head word lost its first letter in the copy ("Y BAN NHÂN DÂN TỈNH KON TUM": "ỦY BAN …").

    Only heads of ``HEAD_MIN_WORDS`` words or more ("ỦY BAN NHÂN DÂN", "BAN CHẤP HÀNH"): their
    truncation is no word of a name.
    """
    b = P.bare(name)
    for head in vocabulary().organisations.heads:
        h = P.bare(head)
        if len(head.split()) >= HEAD_MIN_WORDS and (b == h[1:] or b.startswith(h[1:] + " ")) and not b.startswith(h):
            return head[0] + name
    return name


def _doan_motto(t: Text, spans: list[tuple[int, int]]) -> str | None:
    for s, e in spans:
        b = P.bare(t.text[s:e])
        if b.startswith(("DOAN", "DOI ")):  # DOI_MOTTO: the Đội's line as the Đoàn's (data/vocabulary.toml [[systems]])
            return org_case(t.text[s:e])
    return None


def _is_department(issuer_text: str) -> bool:
    b = P.bare(issuer_text)
    return any(b == P.bare(h) or b.startswith(P.bare(h) + " ") for h in vocabulary().organisations.departments)


def _without_bare_level(name: str, suffix: str) -> str:
    """The name without a last level word that has no place after it, when the parent's locality
    opens with that level word: "… hành chính tỉnh" and "tỉnh Lâm Đồng" → "… hành chính"; else the
    name as it is ("Sở Tư pháp" and "tỉnh Lâm Đồng"; "… tỉnh" and "Trung ương").

    >>> _without_bare_level("Hội đồng thẩm định chỉ số cải cách hành chính tỉnh", "tỉnh Lâm Đồng")
    'Hội đồng thẩm định chỉ số cải cách hành chính'
    >>> _without_bare_level("Ban Chỉ đạo thi đua khen thưởng thành phố", "tỉnh Lâm Đồng")
    'Ban Chỉ đạo thi đua khen thưởng thành phố'
    """
    b_name, b_suffix = P.bare(name), P.bare(suffix)
    for level in sorted(vocabulary().casing.levels, key=len, reverse=True):
        b_level = P.bare(level)
        if b_name.endswith(" " + b_level) and b_suffix.startswith(b_level + " "):
            return name[: len(name) - len(level)].rstrip()
    return name


def _parent_suffix(parent: str) -> str:
    """How a department names its parent: "UBND tỉnh Ninh Thuận" → "tỉnh Ninh Thuận"."""
    m = regex.match(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$", parent)
    if m:
        return m.group(1)
    # "BAN TỔ CHỨC" under "BAN CHẤP HÀNH TRUNG ƯƠNG" is the "Ban Tổ chức Trung ương"
    m = regex.match(r"^(?:Ban Chấp hành|BCH)\s+(.+)$", parent)
    return m.group(1) if m else parent


def _recipients(t: Text, d: Directive, lines: list[Line]) -> None:
    """The addressees from the lines tagged "recipient": the items after "Kính gửi:" and under it.

    Items side by side on the "Kính gửi" line (a flattened table) are separate; a line the list
    rules read as the item above wrapped (lower case, or an unterminated bulleted item) joins it.
    """
    items: list[tuple[int, int]] = []
    for k, ln in enumerate(lines):
        label = R.addressee_label(t, ln.start, ln.end) if k == 0 else None
        if label is not None:
            rest = Line(label[1], ln.end, t.text[label[1] : ln.end])
            items.extend((c.start, c.end) for c in cells_of(rest))
            continue
        s = ln.text.strip().lstrip(R.NOISE_BEFORE_BULLET)
        if not s:
            continue
        if R.recipient_line_kind(t, s, items, ln) == "wrap":
            items[-1] = (items[-1][0], ln.end)
        else:
            items.append((ln.start, ln.end))
    # INLINE_BULLETS (session 31): a flattened copy prints the bulleted addressees on one line, each closed by its ";":
    # "Kính gửi: | - Bộ Lao động - Thương binh và Xã hội; - Ủy ban nhân dân tỉnh Nghệ An." (an unseen letter, read as
    # one addressee). INLINE_SEMICOLONS (session 34): so does a short letter without the bullets, "Kính gửi: Sở Nội vụ;
    # Sở Tài chính." (scripts/variants.py addressees_inline: recipients 0.838 → 0.721 on the tune set, read as one):
    # a ";" parts two addressees where what stands on each side of it names bodies (``names_bodies``: "Các Bộ: Công
    # Thương, Tài chính; Ủy ban nhân dân tỉnh Nghệ An." is two). Counter-example: "Các Bộ: Công Thương; Tài chính; Xây
    # dựng." (what follows a ";" is a ministry's field, no body's name) stays one.
    items = [part for a, z in items for part in _inline_bullet_parts(t.text, a, z)]
    values: list[str] = []
    for a, z in items:
        v = clean_value(t.text[a:z].strip().lstrip(R.NOISE_BEFORE_BULLET + "-–+• ").rstrip(";., ").strip())
        if v:
            values.append(v)
    # an OCR'd list's body names, notes and specks repaired as the "Nơi nhận" list's are (c157 "Uy ban")
    d.recipients = repair_items(values, t.text, t.source.ocr_repairs, "Kính gửi") if t.source.ocr_words else values
    if items:
        d.evidence["recipients"] = t.evidence(items[0][0], items[-1][1])


_INLINE_BULLET_RE = regex.compile(r";[ \t]+(?=[-–+•][ \t]+(?-i:\p{Lu}))", regex.V1)


_SEMICOLON_RE = regex.compile(r";[ \t]+(?=(?-i:\p{Lu}))", regex.V1)


def _inline_bullet_parts(text: str, a: int, z: int) -> list[tuple[int, int]]:
    """The span ``text[a:z]`` cut after each ";" that a bullet follows (INLINE_BULLETS), or that parts two names of
    bodies (INLINE_SEMICOLONS)."""
    cuts = [m.end() for m in _INLINE_BULLET_RE.finditer(text, a, z)]
    if not cuts:
        marks = list(_SEMICOLON_RE.finditer(text, a, z))
        bounds = [a, *(m.start() for m in marks), z]
        pieces = [text[bounds[k] : bounds[k + 1]].lstrip(" ;\t").rstrip(" .;\t") for k in range(len(bounds) - 1)]
        if marks and all(names_bodies(p) for p in pieces):
            cuts = [m.end() for m in marks]
    starts = [a, *cuts]
    ends = [c - 1 for c in cuts] + [z]  # each part keeps its words, not the ";" space
    return list(zip(starts, ends, strict=True))


def _tagged_cells(st: Structure, cells: list[Line], roles: tuple[str, ...]) -> list[Line]:
    """The header ``cells`` that stand on lines tagged with one of ``roles``."""
    starts = [ln.start for ln in st.lines]
    tagged = R.roles_of(st)
    return [c for c in cells if tagged[bisect.bisect_right(starts, c.start) - 1] in roles]


def _tagged_run(st: Structure, role: str) -> list[Line]:
    """The first run of lines tagged ``role`` (blank lines inside it skipped)."""
    run: list[Line] = []
    for ln, r in zip(st.lines, R.roles_of(st), strict=True):
        if r == role:
            run.append(Line(ln.start, ln.end, ln.text))
        elif run and r != "blank":
            break
    return run


def _marks(t: Text, d: Directive, cells: list[Line]) -> None:
    vocab = vocabulary()
    for c in cells:
        b = P.bare(c.text).strip(" .*-")
        for word in vocab.marks.urgency:
            if b == P.bare(word):
                d.urgency = c.text.strip(" .*-")
        for word in vocab.marks.secrecy:
            if b == P.bare(word):
                d.secrecy = c.text.strip(" .*-")


def extract(st: Structure, d: Directive) -> None:
    """Fill the header's register fields of ``d``.

    The addressees are read from the lines the role labeller tagged "recipient" (``roles.py``).

    Args:
        st: the document's structure, with its lines' roles (the rules' when none were set).
        d: the record, filled in place.
    """
    t, layout = st.text, st.layout
    cells = R.header_cells(t, layout)
    system, system_spans = R.mottos(cells)
    d.issuer.system = system
    used: list[tuple[int, int]] = list(system_spans)
    _number(t, d, _tagged_cells(st, cells, ("number",)), used)
    if d.number.symbol and t.source.ocr_like:  # text OCR'd elsewhere: a doubled letter in the type code, as on a scan
        label = "Số: "
        repaired = repair_type_code(label + d.number.symbol, t.source.ocr_repairs)[len(label) :]
        d.number.symbol = repaired
    # a flattened header prints the place and date on the number's line
    _place_date(t, d, _tagged_cells(st, cells, ("place_date", "number")), used)
    _type_and_subject(st, d, cells, used)
    _type_from_symbol(d)
    _issuer(st, d, cells, used, system_spans)
    header_issuer = d.issuer.name is not None
    if d.issuer.name is None:
        _prose_issuer(t, d, 0)
    if d.issuer.name is None or d.document_type is None:
        _enacting_sentence(t, d)
    if d.issuer.system is None:
        d.issuer.system = _system_from_symbol(d.number.symbol)
    _complete_issuer(t, d)
    if d.number.symbol is None:
        _source_note(t, d)
    if d.number.symbol is None:
        _attached_alone(t, d)
    if d.number.symbol is None:
        _title_line_number(t, d)
    if d.number.symbol is None:
        _relay_lead_number(t, d, header_issuer)
    if d.number.symbol is None and d.document_type is None:
        _relay_unnumbered(t, d, header_issuer)
    if d.document_type is None:
        _title_line(t, d)
    if d.subject is None and d.number.symbol is None:
        _first_title_line(st, d)
    if d.issuer.system is None:  # a relay's symbol
        d.issuer.system = _system_from_symbol(d.number.symbol)
    if d.issuer.system is None:  # neither a motto nor a symbol: the issuer's name may tell
        d.issuer.system = system_from_name(d.issuer.name)
    _recipients(t, d, _tagged_run(st, "recipient"))
    _marks(t, d, cells)
    _contacts(t, d)


def _relay_lead_number(t: Text, d: Directive, header_issuer: bool) -> None:
    """RELAY_LEAD_NUMBER: a text with no number box that relays a document states its number in the lead,
    "Ngày 15/9, UBND tỉnh ban hành Công văn số 4158/UBND-THNV về việc …" (probe pc03), "Ngày 5/1/2017, Ban
    Tuyên giáo Trung ương đã ban hành hướng dẫn Số 21- HD/BTGTW, …" (w006): that symbol is its own
    (``references.relay_lead``; the references leave it out as the own symbol).

    RELAY_LEAD_REGISTER (session 28): the same lead states the relayed document's other register fields, each
    taken where the text gave none: its type ("Công văn"; "văn bản" names none), its date (printed first, "Ngày
    09/4/2019, …", or after the symbol, "… số 3273/UBND-VP ngày 29/8/2023"; a day without its year gives none),
    its issuer where no header named one (the lead's subject when it names a body — "Sở Nội vụ", "Công đoàn cơ sở
    Văn phòng UBND tỉnh" — not a person, "Chủ tịch UBND huyện": ``[relay_lead] not_issuer``) and its subject ("về
    việc …" after the symbol, to the sentence's end)."""
    found = relay_lead(t)
    if found is None:
        return
    m, lead, tail = found.symbol, found.lead, found.tail
    d.number.symbol, d.number.number = P.canonical_symbol(m)
    d.evidence["number.symbol"] = t.evidence(m.start(), m.end())
    _relay_register(t, d, lead, header_issuer)
    if d.date is None and tail.group("after"):  # the date printed after the symbol
        when = full_date_of(tail, "after_")
        if when is not None:
            d.date = when
            d.evidence["date"] = t.evidence(tail.start("after"), tail.end("after"))
    _subject_after_lead(t, d, tail)


# ISSUER_NAMES_A_BODY: the issuer's box names a body, so its name opens with an organisation's head word or a body's
# opener ("ỦY BAN NHÂN DÂN …", "SỞ …", "HUYỆN ĐOÀN …", "CÔNG ĐOÀN …", "TRƯỜNG …", "LIÊN ĐỘI …": vocabulary.toml
# [organisations] heads, duties.toml [body_openers]). A web page's lines above a text without a header are none: a
# post's headline ("Điều chỉnh thời gian báo cáo tình hình phòng, chống dịch …", the unseen probe's pe11; "Tạm dừng
# tiếp công dân …", pg05), its date line ("Thứ bảy, ngày 25/3/2023", pi01), a section's label ("Mục đích:", pb13).
# Then the body that speaks in the text's first sentences is read instead (``_prose_issuer``). Not applied to pages
# OCR'd here, whose head word may have lost letters (their issuer is repaired instead: ``repair_issuer``).
@functools.lru_cache(maxsize=1)
def _body_name_re() -> regex.Pattern[str]:
    groups = {"Các", "Mỗi", "Tất cả"}  # a group's opener names no one body
    words = [*vocabulary().organisations.heads, *(w for w in duties().body_openers.words if w not in groups)]
    return regex.compile(rf"(?:{alternation(sorted(set(words), key=len, reverse=True))})(?!\p{{L}})", regex.V1 | regex.I)


def names_a_body(name: str) -> bool:
    """Whether ``name`` opens with a body's head word (ISSUER_NAMES_A_BODY, above)."""
    return _body_name_re().match(name.strip()) is not None


def _relay_register(t: Text, d: Directive, m: regex.Match[str], header_issuer: bool) -> None:
    """The type, the first-printed date, the issuer and the subject a relay's lead ``m`` states, where none was read."""
    if d.document_type is None:
        named = named_type(m.group("type"))
        if named is not None:
            d.document_type = named
            d.evidence["document_type"] = t.evidence(m.start("type"), m.end("type"))
    if d.date is None and m.group("first"):
        when = full_date_of(m, "relay_")
        if when is not None:
            d.date = when
            d.evidence["date"] = t.evidence(m.start("first"), m.end("first"))
    issuer = " ".join(t.text[m.start("issuer") : m.end("issuer")].split())
    if not header_issuer and _names_an_issuing_body(issuer):
        d.issuer.name = issuer
        d.evidence["issuer.name"] = t.evidence(m.start("issuer"), m.end("issuer"))


def _subject_after_lead(t: Text, d: Directive, m: regex.Match[str]) -> None:
    """The subject a relay's lead or a title line prints (group "subject" of ``m``), where none was read."""
    if d.subject is None and m.group("subject"):
        subject = clean_value(t.text[m.start("subject") : m.end("subject")])
        if subject:
            d.subject = subject
            d.evidence["subject"] = t.evidence(m.start("subject"), m.end("subject"))


def _relay_unnumbered(t: Text, d: Directive, header_issuer: bool) -> None:
    """RELAY_UNNUMBERED (``references.relay_unnumbered``): a headerless text that opens by relaying a document by its
    type alone ("Phòng Văn hóa và Thông tin huyện đã ban hành công văn về việc …", probe pe09) takes its type, issuer
    and subject as RELAY_LEAD_REGISTER does."""
    m = relay_unnumbered(t)
    if m is None:
        return
    _relay_register(t, d, m, header_issuer)
    _subject_after_lead(t, d, m)


# TITLE_LINE_TYPE (session 28): a text without a header of its own whose title line names its type and its subject,
# "Thông báo về việc đăng ký sửa chữa, nâng cấp hẻm …" (the unseen probe's pc21), "Thông báo: Về việc hướng dẫn về công
# tác báo cáo, thống kê" (pe07), "Công văn: V/v tổ chức tuyên dương …" (ph11): the type and the subject are the
# title's (a header prints the type on its own line and the subject under it, read by ``_type_and_subject``).
# Counter-examples: a duty item that opens with a type's verb ("Hướng dẫn các đơn vị …") has no "về việc", and a bare
# "về" after a type that is also a verb sends something somewhere ("Báo cáo về Sở Nội vụ trước ngày …"); a type cited
# with its number ("Thông báo số 12/TB-UBND về việc …") is another document.
TITLE_LINE_MAX_CHARS = 1200


@functools.lru_cache(maxsize=1)
def _title_line_re() -> regex.Pattern[str]:
    types = vocabulary().type_alternation()
    return regex.compile(
        rf"^[ \t]*(?P<type>{types})[ \t]*:?[ \t]*(?:về[ \t]+việc|V/v)[ \t]*:?[ \t]*(?P<subject>[^\n]+?)[ \t.]*$",
        regex.V1 | regex.I | regex.M,
    )


# PORTAL_TITLE_LINE (session 41): a portal's repost titles the text with its type and subject on its first line, with no
# "về việc": "Thông báo Quốc tang Chủ tịch nước Trần Đại Quang" / "Căn cứ Thông báo số 580/TB-UBND …" (f43's rk02),
# "Thông báo treo cờ Tổ quốc ngày bầu cử …" (rk03), "HƯỚNG DẪN: Công tác phòng, chống tội phạm; …" (dev w045: its type
# was read from the preamble, its subject not at all). Only the text's first line, in a text with no number, whose
# subject runs to the line's end without a stop; a type read elsewhere must be the same. Counter-examples: "Thông báo số
# 12/TB-UBND …" (another document, by its number: TITLE_LINE_NUMBER), a first line that is a sentence ("Báo cáo kết quả
# về Sở Nội vụ trước ngày 15/12.", closed by its stop).
PORTAL_SUBJECT_MIN_CHARS = 8
PORTAL_SUBJECT_MAX_LINES = 3
PORTAL_BLOCK_SLACK = 2  # the title's block ends with its line (a stop or spaces at most after it)
_PORTAL_DATE_RE = regex.compile(r"(?:,\s*)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}", regex.V1 | regex.I)
_GOES_ON_RE = regex.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<line>(?-i:\p{Ll})[^\n]*?)[ \t]*(?=\n|$)", regex.V1)


@functools.lru_cache(maxsize=1)
def _urgency_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The urgency marks (data/vocabulary.toml [marks] urgency), and one leading a title with its "về việc" after it."""
    urgency = rf"(?<!\p{{L}})(?:{alternation(vocabulary().marks.urgency)})(?!\p{{L}})"
    return regex.compile(urgency, regex.V1 | regex.I), regex.compile(rf"(?:{urgency})[\s,:\-–]*(?:(?:về\s+việc|v/v)\s*:?\s*)?", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _first_title_line_re() -> regex.Pattern[str]:
    types = vocabulary().type_alternation()
    return regex.compile(rf"\A[ \t\n]*(?P<type>{types})[ \t]*:?[ \t]+(?!số(?!\p{{L}}))(?P<subject>[^\n]+?)[ \t]*$", regex.V1 | regex.I | regex.M)


def _first_title_line(st: Structure, d: Directive) -> None:
    """PORTAL_TITLE_LINE (above): the type and subject of a headerless text's first line, where it stands as a block of
    its own (a line the structure runs on into the next sentence, "Thông báo nộp bài dự thi …" / "Đề nghị hiệu trưởng
    …" printed with no blank line, is read as before: its duty would be lost with it)."""
    t = st.text
    m = _first_title_line_re().match(t.fold)
    if m is None:
        return
    block = st.block_at(m.start("type"))
    if block is None or (st.blocks[block].end > m.end("subject") + PORTAL_BLOCK_SLACK and not _GOES_ON_RE.match(t.text, m.end("subject"))):
        return
    end = m.end("subject")
    for _ in range(PORTAL_SUBJECT_MAX_LINES - 1):
        # a title wrapped over a line (a blank line between, as a portal prints it) goes on in lower case: "… ma túy" /
        # "" / "mại dâm; HIV/AIDS & thực hiện phong trào BVANTQ năm 2019" (w045)
        more = _GOES_ON_RE.match(t.text, end)
        if more is None:
            break
        end = more.end("line")
    named = named_type(m.group("type"))
    if named is None or t.text[:end].rstrip().endswith(".") or d.document_type not in (None, named):
        return
    # the urgency mark and the date a portal prints after the type are no subject: "Thông báo Khẩn ngày 18/10/2020" (w016);
    # nor is the "về việc" after the mark ("Công văn Hỏa tốc về việc phòng, chống bão số 3")
    urgency, lead = _urgency_res()
    mark = lead.match(t.text, m.start("subject"), end)
    start = mark.end() if mark is not None else m.start("subject")
    subject = clean_value(t.text[start:end])
    rest = urgency.sub("", _PORTAL_DATE_RE.sub("", subject)).strip(" ,-–")
    if d.document_type is None:
        d.document_type = named
        d.evidence["document_type"] = t.evidence(m.start("type"), m.end("type"))
    if len(rest) < PORTAL_SUBJECT_MIN_CHARS:
        return
    d.subject = subject
    d.evidence["subject"] = t.evidence(start, end)


# TITLE_LINE_NUMBER: a headerless text's first line may title it with its type, its number and its subject, as a web
# posting does: "Công văn số 357/PGD&ĐT V/v rà soát, lập danh sách HS được mượn SGK …" (the unseen set's qe04: its
# type and subject were read, its number left). Only the text's first line, and only a type, "số", a symbol and the
# subject's opener ("V/v", "về việc"). Counter-example: a body's sentence citing another document with its number
# ("Thực hiện Công văn số 12/UBND-VX về việc …") opens with no type.
@functools.lru_cache(maxsize=1)
def _title_number_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"^[ \t]*(?:{vocabulary().type_alternation()})[ \t]+số[ \t]*:?[ \t]*(?P<symbol>\S+/\S+)[ \t]+(?:V/v|V\.v\.?|về[ \t]+việc)(?!\p{{L}})",
        regex.V1 | regex.I,
    )


def _title_line_number(t: Text, d: Directive) -> None:
    """TITLE_LINE_NUMBER (above): the number a headerless text's first line prints with its type and subject."""
    first = t.fold[: t.fold.find("\n") if "\n" in t.fold else len(t.fold)]
    m = _title_number_re().match(first)
    if m is not None:
        _set_symbol(t, d, m.start("symbol"), m.end("symbol"))


def _title_line(t: Text, d: Directive) -> None:
    """TITLE_LINE_TYPE (above): the type and subject of a headerless text's title line."""
    m = _title_line_re().search(t.fold, 0, min(len(t.fold), TITLE_LINE_MAX_CHARS))
    if m is None:
        return
    named = named_type(m.group("type"))
    if named is None:
        return
    d.document_type = named
    d.evidence["document_type"] = t.evidence(m.start("type"), m.end("type"))
    _subject_after_lead(t, d, m)


@functools.lru_cache(maxsize=1)
def _person_title_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(HeaderWords.load().relay_lead.not_issuer)})(?!\p{{L}})", regex.V1)


def _names_an_issuing_body(name: str) -> bool:
    """RELAY_LEAD_REGISTER's issuer: a body's name as printed in prose (ISSUER_NAMES_A_BODY, capitalised), not a
    person's title (``[relay_lead] not_issuer``: "Chủ tịch UBND huyện" signs for the body it heads)."""
    return name[:1].isupper() and names_a_body(name) and _person_title_re().match(name) is None


# The enacting authority printed above the căn cứ of a decision ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"): a caps line directly before the first "Căn cứ".
_AUTHORITY_BEFORE_CAN_CU = regex.compile(r"^(?P<line>(?-i:[\p{Lu}Đ])(?-i:[\p{Lu}Đ ,&-]){6,120})\n(?=\s*Căn\s+cứ)", regex.M | regex.V1)


def _complete_issuer(t: Text, d: Directive) -> None:
    """Give a header name that lost its locality ("ỦY BAN NHÂN DÂN") the one the enacting line prints."""
    name = d.issuer.name
    if not name:
        return
    m = _AUTHORITY_BEFORE_CAN_CU.search(t.text, 0, min(len(t.text), 6000))
    if not m:
        return
    line = m.group("line").strip()
    b_line, b_name = P.bare(line), P.bare(name)
    at = b_line.find(b_name)
    if at < 0 or len(b_line) - at <= len(b_name) + 2:
        return
    full = line[at:]
    d.issuer.name = org_case(full)
    d.evidence["issuer.name"] = t.evidence(m.start("line") + at, m.end("line"))


# A web copy's closing note naming the document it reproduces:
#   "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)", "(Nguồn công văn số 2983/UBND-VP - 22/09/2020)"; SOURCE_NOTE_NO_SO
#   (session 28): "số" may be left out, "(Theo Công văn 907/UBND-KT ngày 13/3/2023)" (the unseen probe's pg01)
_SOURCE_NOTE = regex.compile(
    r"^\(\s*(?:Theo|Nguồn)\s*:?\s+(?P<type>[\p{L} ]{3,20}?)\s+(?:số\s+)?(?P<sym>\S+)\s*(?:,|-|–)?\s*(?:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\s*\)\s*$",
    regex.M | regex.V1,
)


def _set_symbol(t: Text, d: Directive, start: int, end: int) -> bool:
    """The symbol printed at ``t.fold[start:end]`` as the record's number, with its evidence (False
    when no symbol opens there)."""
    sm = P.SYMBOL_RE.match(t.fold, start, end)
    if sm is None:
        return False
    d.number.symbol, d.number.number = P.canonical_symbol(sm)
    d.evidence["number.symbol"] = t.evidence(sm.start(), sm.end())
    return True


def _source_note(t: Text, d: Directive) -> None:
    tail_start = max(0, len(t.text) - 400)
    notes = list(_SOURCE_NOTE.finditer(t.fold, tail_start))
    if not notes:
        return
    m = notes[-1]
    if not _set_symbol(t, d, m.start("sym"), m.end("sym")):
        return
    try:
        d.date = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        d.evidence["date"] = t.evidence(m.start("d"), m.end("y"))
    except ValueError:
        pass
    type_word = t.text[m.start("type") : m.end("type")].strip()
    for name in vocabulary().type_names():
        if P.bare(name) == P.bare(type_word):
            d.document_type = name
    if d.issuer.system is None:
        d.issuer.system = _system_from_symbol(d.number.symbol)


# ATTACHED_ALONE (annotations/README.md H2; NĐ 30 Phụ lục I, FORMAT.md 11): an appendix or outline
# circulated on its own has no number box; its "kèm theo" line, under its title, names the document
# it belongs to, whose number, date and issuer are then the record's (n007: "ĐỀ CƯƠNG BÁO CÁO" /
# "(Ban hành kèm theo Kế hoạch số          /KH-UBND ngày      /10/2025" / "của Chủ tịch Ủy ban nhân
# dân tỉnh)"). Counter-example: a "(Kèm theo Kế hoạch số …)" line heading an appendix further down a
# document that has its own number (n002, n018) changes nothing: the record's number is read first.
#   the line opens with "(" and "Ban hành kèm theo" / "Kèm theo"
_ATTACHED_LEAD = r"^[ \t]*\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+"
#   the number, its figure left blank on a draft ("số          /KH-UBND")
_ATTACHED_NUMBER = rf"số\s*:?\s*(?:(?P<sym>{P.PARTY_SYMBOL}|{P.STATE_SYMBOL})|(?P<blank>[-–/]\s?{P.GROUPS}))"
#   its date, any part blank ("ngày      /10/2025", "ngày      tháng 12 năm 2025")
_ATTACHED_DATE = r"ngày\s*(?P<day>\d{1,2})?\s*(?:/|tháng)\s*(?P<month>\d{1,2})?\s*(?:/|năm)\s*(?P<year>\d{4})"
#   the issuer it names, up to the closing parenthesis (the line may wrap)
_ATTACHED_ISSUER = r"(?:\s*,?\s*của\s+(?P<issuer>[^()\n]+(?:\n[^()\n]+)?))?\s*\)"


@functools.lru_cache(maxsize=1)
def attached_alone_re() -> regex.Pattern[str]:
    """``_ATTACHED_LEAD`` + a type name + ``_ATTACHED_NUMBER`` + ``_ATTACHED_DATE`` + ``_ATTACHED_ISSUER``."""
    types = vocabulary().type_alternation()
    return regex.compile(
        rf"{_ATTACHED_LEAD}(?P<type>{types})\s+{_ATTACHED_NUMBER}\s+{_ATTACHED_DATE}{_ATTACHED_ISSUER}",
        regex.M | regex.V1,
    )


# The "kèm theo" line is the title's: it stands within this many lines of the text's top.
ATTACHED_MAX_LINE = 10


def _attached_alone(t: Text, d: Directive) -> None:
    """ATTACHED_ALONE: a text without a number of its own takes the one its "kèm theo" line names."""
    head = t.text.split("\n", ATTACHED_MAX_LINE)  # the first lines, and the rest of the text as one piece
    head_end = len(t.text) - len(head[-1]) if len(head) > ATTACHED_MAX_LINE else len(t.text)
    m = attached_alone_re().search(t.fold, 0, head_end + 200)
    if m is None or m.start() >= head_end:
        return
    if m.group("sym"):
        if not _set_symbol(t, d, m.start("sym"), m.end("sym")):
            return
    else:
        d.number.symbol = regex.sub(r"\s+", "", m.group("blank")).replace("–", "-")
        d.evidence["number.symbol"] = t.evidence(m.start("blank"), m.end("blank"))
    if d.date is None and d.date_partial is None:
        day, month, year = (int(m.group(g)) if m.group(g) else None for g in ("day", "month", "year"))
        d.date_partial = PartialDate(day=day, month=month, year=year)
        d.evidence["date"] = t.evidence(t.fold.find("ngày", m.start(), m.end()), m.end("year"))
        if day and month and year:
            try:
                d.date = dt.date(year, month, day)
            except ValueError:
                d.warnings.append(f"the date {day}/{month}/{year} of the document this is attached to is not a calendar date")
    if d.issuer.name is None and m.group("issuer"):
        d.issuer.name = regex.sub(r"\s+", " ", t.text[m.start("issuer") : m.end("issuer")]).strip(" ,.")
        d.evidence["issuer.name"] = t.evidence(m.start("issuer"), m.end("issuer"))
    if d.issuer.system is None:
        d.issuer.system = _system_from_symbol(d.number.symbol)


# How many lines a digital-signature box runs after its "Người ký:" line (Email, Cơ quan, Thời gian).
ESIGN_BOX_LINES = 4


def _esign_boxes(t: Text) -> list[tuple[int, int]]:
    """Spans of digital-signature boxes: "Người ký: …" and the lines under it."""
    spans = []
    for m in regex.finditer(r"(?m)^.{0,20}Người\s+ký\s*:", t.fold):
        end = m.start()
        for _ in range(ESIGN_BOX_LINES):
            nxt = t.text.find("\n", end + 1)
            end = len(t.text) if nxt == -1 else nxt
        spans.append((m.start(), end))
    return spans


def _contacts(t: Text, d: Directive) -> None:
    """Emails and announced phone numbers in the text, each once, in order.

    The signing portal's address in a digital-signature box is not the issuer's contact.
    """
    boxes = _esign_boxes(t)
    for m in P.EMAIL_RE.finditer(t.text):
        if _overlaps(m.span(), boxes):
            continue
        email = m.group(0).rstrip(".")
        if email not in d.contacts.emails:
            d.evidence[f"contacts.emails[{len(d.contacts.emails)}]"] = t.evidence(m.start(), m.start() + len(email))
            d.contacts.emails.append(email)
    for m in P.PHONE_RE.finditer(t.text):
        if _overlaps(m.span(), boxes):
            continue
        phone = m.group("number")
        if phone not in d.contacts.phones:
            d.evidence[f"contacts.phones[{len(d.contacts.phones)}]"] = t.evidence(m.start("number"), m.end("number"))
            d.contacts.phones.append(phone)


def _system_from_symbol(symbol: str | None) -> System | None:
    """Without a motto, the symbol's form tells: Party "12-CV/HU", state "12/UBND-VX"."""
    if not symbol:
        return None
    if regex.match(r"^\d*-[^/]+/", symbol):
        return "party"
    if regex.match(r"^\d*/", symbol):
        return "state"
    return None
