"""List markers OCR misread, read again from the markers around them.

A directive numbers its duties ("1.", "2." …; "a)", "b)" …; "Bước 1:", "Bước 2:" …) and a scan's OCR misreads
a marker now and then: "4)" or "đd)" for "d)", ".e)" for "c)", "§." for "8.", "Bước 5Š:" for "Bước 5:". The item
is then no item: it runs into the one before, or loses the responsible its heading names. Such a marker is read
again by its run (MARKER_BY_NEIGHBOURS): the marker before it is the letter or number just before one, and the
marker after it the one just after; the damaged marker is the one between. A few look-alikes read in place of
one letter are read as that letter after the letter before it (MARKER_LOOKALIKE, ``data/ocr.toml [markers]``).

Only OCR'd pages are read this way (``normalize`` calls it when the source has ``ocr_words``), and each repair is
recorded in the source's ``ocr_repairs``; a typed text's markers are never touched.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

import regex

# The letters of lettered items in Vietnamese order (no "f", "j", "w", "z"; "đ" after "d").
LETTERS = "abcdđeghiklmnopqrstuvxy"
# Specks OCR puts before a marker ("._e) Tiếp tục …", c150's scan): dropped with the marker's repair.
_SPECKS = r"[.,'`‘’_¬~|·]{0,3}"
# The marker styles, each matched at a line's start (the text is normalised: no leading white space):
# - a lettered item "a) ", its token one or two characters ("4", "đd", "e" after a speck, "ø");
# - a numbered item "1. ", its token a number or one character other than a capital ("§", "ö"): a word of two
#   letters closing a sentence at a line's start ("vị. Các …") is no marker;
# - a step "Bước 1: " (its "Bước" kept, and what stands before it: "— Bước 5Š:", c130).
_STYLES: dict[str, regex.Pattern[str]] = {
    "letter": regex.compile(rf"(?m)^(?P<speck>{_SPECKS})(?P<tok>[^\s()\[\]{{}}<>]{{1,2}}?)\)(?=[ \t]+\S)", regex.V1),
    # NUMBER_COMMA_READ: the number's stop read as a comma ("2, Chỉ đạo nâng cao …") is a damaged marker too
    "number": regex.compile(rf"(?m)^(?P<speck>{_SPECKS})(?P<tok>\d{{1,2}}|(?-i:[^\s.,()\[\]{{}}<>\p{{Lu}}\d]))(?P<sep>[.,])(?=[ \t]+(?-i:\p{{Lu}}))", regex.V1),
    "step": regex.compile(r"(?m)^(?P<speck>(?:[-–—][ \t]*)?Bước[ \t]+)(?P<tok>[^\s:]{1,3}?)[ \t]*:(?=[ \t]+\S)", regex.V1),
}


@functools.lru_cache(maxsize=1)
def lookalikes() -> dict[str, str]:
    """``data/ocr.toml [markers] lookalikes``: a character OCR reads for a marker's letter → that letter."""
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    return dict(data["markers"]["lookalikes"])


def _index(style: str, tok: str) -> int | None:
    """The marker's place in its run when read cleanly: a letter's place in ``LETTERS``, a number's value."""
    if style == "letter":
        return LETTERS.index(tok) if len(tok) == 1 and tok in LETTERS else None
    return int(tok) if tok.isascii() and tok.isdigit() else None


def _token(style: str, index: int) -> str | None:
    if style == "letter":
        return LETTERS[index] if 0 <= index < len(LETTERS) else None
    return str(index) if index > 0 else None


@dataclass(frozen=True)
class MarkerRepair:
    """One marker read again: the characters replaced (``start``, ``end``), what they read now, and why."""

    start: int
    end: int
    read: str
    repaired: str
    reason: str


def repair_markers(text: str) -> list[MarkerRepair]:
    """The misread list markers of an OCR'd text, each read again by its run (MARKER_BY_NEIGHBOURS, MARKER_LOOKALIKE).

    MARKER_BY_NEIGHBOURS: a marker whose token is not clean (not one letter of ``LETTERS``, not a number), or has
    a speck before it, or is clean but the double of the next one (c143's "c)" / "đ)" / "đ)"), is the one between
    its neighbours of the same style when the
    marker before it is one place before and the marker after it one place after: c150's scan "c) Tích cực chỉ đạo
    …" / "4) Quyết liệt chỉ đạo …" / "đ) Đẩy mạnh …" → "d)"; c157's "đd) Về quản lý tài nguyên …" between "c)" and
    "đ)" → "d)"; c143's "§. Các cơ quan chủ quản, …" between "7." and "9." → "8."; c130's "— Bước 5Š: Sinh viên …"
    between "Bước 4:" and "Bước 6:" → "Bước 5:". Counter-examples: "a) … 1) … b)" (no place between a and b: a
    nested item, kept), "a) … b) … d)" with no damaged marker between (nothing to read again), a damaged marker
    whose neighbours are two places apart or not clean ("7. … ö. … 10.", n051: which of 8 and 9 is unknown), a clean
    marker that is not the next one's double (002's "7. Kết quả dự kiến:" / "2. Thuộc lĩnh vực:" / "9. Thời gian
    …": a new form's second item, its "1." unread; c143's "d)" / "a) Về ý kiến …" / "e)": a new list).
    NUMBER_COMMA_READ: a number's stop read as a comma is a damaged marker, read so between its neighbours (with
    its stop): 002's render "1. …" / "2, Chỉ đạo nâng cao chất lượng …" / "3. …" → "2." (the item was lost). The
    same misreading in the real scans c150 ("7, Các Bộ, …", its neighbours "5." and "8.": left) and 002's form ("2,
    Thuộc lĩnh vực:" after the last form's "5.": left).

    MARKER_LOOKALIKE: a look-alike of the letter after the marker before it (``lookalikes``) is that letter:
    n053's "e) …" / "ø) Củng cố, kiện toàn đội ngũ giám định viên …" → "g)"; c150's "b) …" / "©) Tăng cường thanh
    tra …" → "c)". Counter-example: "ø)" with no "e)" before it stays.

    Args:
        text: the normalised text of an OCR'd document.

    Returns:
        The repairs, in text order.

    Example:
        >>> text = "c) Tích cực chỉ đạo rà soát\\n4) Quyết liệt chỉ đạo\\nđ) Đẩy mạnh công tác"
        >>> [(r.read, r.repaired) for r in repair_markers(text)]
        [('4', 'd')]
        >>> repair_markers("a) Tổ chức\\n1) Lập danh sách\\nb) Báo cáo")
        []
    """
    found: list[MarkerRepair] = []
    looks = lookalikes()
    for style, pattern in _STYLES.items():
        marks = list(pattern.finditer(text))
        places = [_index(style, m["tok"]) for m in marks]
        for k, m in enumerate(marks):
            before = places[k - 1] if k > 0 else None
            if before is None:
                continue
            wanted = _token(style, before + 1)
            after = places[k + 1] if k + 1 < len(marks) else None
            keep_speck = style == "step"
            comma = style == "number" and m["sep"] == ","  # NUMBER_COMMA_READ
            damaged = places[k] is None or (bool(m["speck"]) and not keep_speck) or comma
            # a clean marker out of its run is read again only as the double of the next one ("đ)" / "đ)", c143)
            doubled = places[k] is not None and places[k] == after
            if wanted is None:
                continue
            if after is not None and after == before + 2 and (damaged or doubled):
                reason = f"the list marker between {_token(style, before)!r} and {_token(style, after)!r}"
            elif style == "letter" and places[k] is None and looks.get(m["tok"]) == wanted:
                reason = f"the list marker after {_token(style, before)!r}, '{m['tok']}' read for '{wanted}'"
            else:
                continue
            start = m.start("tok") if keep_speck else m.start()
            end, wanted = (m.end("sep"), wanted + ".") if comma else (m.end("tok"), wanted)
            read = text[start:end]
            if read != wanted:
                found.append(MarkerRepair(start, end, read, wanted, reason))
    roman = repair_roman(text)
    found = [r for r in found if not any(r.start < x.end and x.start < r.end for x in roman)]
    return sorted(found + roman, key=lambda r: r.start)


# ROMAN_BY_RUN: a directive's parts are numbered in Roman figures at a line's start, "I. MỤC ĐÍCH, YÊU CẦU",
# "II. NỘI DUNG", "III- TỔ CHỨC THỰC HIỆN" (NĐ 30/2020 Phụ lục I; the Party's HD 36 with a dash), and they run
# I, II, III, … in the document. OCR misreads their strokes: "L" or "l" or "|" for "I", "H" for "I" or "II" (two
# strokes run together, ``data/ocr.toml [markers] roman_lookalikes``), and drops the period now and then. A
# candidate is a line-opening token of Roman figures and their look-alikes (one at least, no digit) before ".",
# "-", or nothing, then a capital. The run of candidates is read in text order: the candidate at place k is the
# figure k when it reads so (clean, or a look-alike reading that includes k), and a clean figure k at place k
# after a stretch that does not read so (an anchor) makes the candidates before it I … k-1 (their count is right,
# their figures are not). n020's render "L. Thời gian: 14 giờ 30 phút …" / "I. Hình thức: …" / "II. Địa điểm: …"
# / "IV. Văn phòng Chính phủ trân trọng đề nghị:" → I, II, III (the anchor "IV." fourth); n021's "L Thời gian" /
# "IH. Hình thức" / "IH. Địa điểm" / "IV." → "I.", "II.", "III."; n038's "I- HƯỚNG DẪN CHUNG" / "II- HƯỚNG DẪN
# CỤ THỂ" / "IIl- TỔ CHỨC THỰC HIỆN" → "III-". Counter-examples: a run that restarts ("I. … II. … I. … II. …"),
# a stray candidate that puts an anchor off its place ("I. …" / "L. Đặng …" / "II. …": no anchor at its place,
# nothing read again), look-alikes with no clean figure at its place in the run ("H. Nguyễn …" alone), a numbered
# item "1. …" (digits are no candidate), "V/v …" (no separator then a capital).
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


@functools.lru_cache(maxsize=1)
def _roman_candidate() -> regex.Pattern[str]:
    """A line-opening token of Roman figures and their look-alikes (``roman_lookalikes``, at least one character
    of them; the data's keys make the class: "[" is one, ROMAN_BRACKET_READ)."""
    chars = "".join(regex.escape(c) for c in sorted(set("IVX") | set(roman_lookalikes())))
    return regex.compile(
        rf"(?m)^(?P<speck>[.,'`‘’_¬~·]{{0,2}})(?P<tok>[{chars}]{{1,5}})(?P<sep>[.)]|[ \t]?[-–](?=[ \t])|(?=[ \t]))(?=[ \t]+(?-i:\p{{Lu}}))",
        regex.V1,
    )


def _roman(value: int) -> str:
    out = ""
    for n, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= n:
            out, value = out + sym, value - n
    return out


def _roman_value(tok: str) -> int | None:
    """A clean Roman figure's value ("IV" → 4), or None (not written as a figure is written: "IIII", "L")."""
    if not tok or any(c not in _ROMAN_VALUES for c in tok):
        return None
    total = 0
    for i, c in enumerate(tok):
        v = _ROMAN_VALUES[c]
        total += -v if i + 1 < len(tok) and _ROMAN_VALUES[tok[i + 1]] > v else v
    return total if _roman(total) == tok else None


def _roman_readings(tok: str) -> set[int]:
    """The figures a token may stand for, each look-alike read as each of its readings ("IH" → {2, 3})."""
    looks = roman_lookalikes()
    spellings = [""]
    for c in tok:
        options = looks.get(c, [c])
        spellings = [s + o for s in spellings for o in options]
    return {v for s in spellings if (v := _roman_value(s)) is not None}


@functools.lru_cache(maxsize=1)
def roman_lookalikes() -> dict[str, list[str]]:
    """``data/ocr.toml [markers] roman_lookalikes``: a character OCR reads in a Roman figure → what it may stand for."""
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    return {k: list(v) for k, v in data["markers"]["roman_lookalikes"].items()}


def repair_roman(text: str) -> list[MarkerRepair]:
    """The Roman part markers of an OCR'd text read again by their run (ROMAN_BY_RUN).

    >>> text = "L. Thời gian: 14 giờ\\nI. Hình thức: Trực tiếp\\nII. Địa điểm: Trụ sở\\nIV. Văn phòng Chính phủ đề nghị:"
    >>> [(r.read, r.repaired) for r in repair_roman(text)]
    [('L.', 'I.'), ('I.', 'II.'), ('II.', 'III.')]
    >>> repair_roman("I. Mục đích\\nL. Đặng Văn A\\nII. Nội dung")
    []
    """
    marks = list(_roman_candidate().finditer(text))
    clean = [_roman_value(m["tok"]) for m in marks]
    wanted: list[int | None] = [None] * len(marks)
    place = 0  # the figure the run has reached
    k = 0
    while k < len(marks):
        if place + 1 in ({clean[k]} if clean[k] is not None else _roman_readings(marks[k]["tok"])):
            place += 1
            wanted[k] = place
            k += 1
            continue
        # an anchor further on: a clean figure at its place in the run from here (the stretch before it read so)
        anchor = next((j for j in range(k + 1, len(marks)) if clean[j] == place + 1 + (j - k)), None)
        if anchor is None:
            break
        for j in range(k, anchor + 1):
            place += 1
            wanted[j] = place
        k = anchor + 1
    # the run must hold one clean figure at its place: look-alikes alone read nothing ("H. Nguyễn …" alone stays)
    if not any(c is not None and c == w for c, w in zip(clean, wanted, strict=True)):
        return []
    out: list[MarkerRepair] = []
    for m, value in zip(marks, wanted, strict=True):
        if value is None:
            continue
        sep = m["sep"] if m["sep"].strip() else "."
        read = text[m.start() : m.end()]
        repaired = _roman(value) + sep
        if read != repaired:
            reason = f"the part marker at place {value} of the run of Roman figures"
            out.append(MarkerRepair(m.start(), m.end(), read, repaired, reason))
    return out
