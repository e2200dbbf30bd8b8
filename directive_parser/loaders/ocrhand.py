"""Handwritten figures of a scan's first page read by a second recogniser: the number and the day.

Offices type the directive and write its number and day by hand in the blanks of
"Số:      /CT-UBND" and "ngày    tháng   năm" once it is signed. Tesseract reads those figures as
other figures with high confidence ("51" as "94" at 90, ``ocrfields``), so they are read again by
RapidOCR (``rapidocr-onnxruntime``, Apache-2.0: PaddleOCR's PP-OCRv4 recogniser as ONNX, shipped in
the wheel, run by onnxruntime on the CPU, nothing downloaded). Only its recogniser runs, on crops
the page's words locate: the number box (from the "Số" word to the end of the symbol's word) and
the date line (from "ngày" to the row's end).

A figure is read on three crops of the same place (the box with half its line's height above and
below, with a quarter, and without the "Số" label or without the year; the number box also with a
tenth), and taken only when

- at least ``ocrfields.MIN_AGREEING`` crops read it and no crop reads another valid value, but
  for the value with figures left out: the recogniser drops figures, it does not add them (on the
  dev scans "124" read "24", "17" read "1", "20" read "2", "2191" read "291", "464" read "46";
  ``ocrfields.agreed``),
- it is valid: a number of 1 to 5 digits right before the symbol's "/" or "-" (digits only: a
  letter in the figure, "&99", "4 S37", makes the read invalid — no look-alikes are mapped); a
  day 1–31 and a month 1–12 forming a real calendar day in the page's year, not after the scan's
  received stamp or its digital signatures (``ocrfields.latest_possible``). In the day's and the
  month's places only, the handwriting's look-alikes are read as the figures they are
  (``HAND_DATE_DIGITS``: a lead-stroke "1" read "A", an open "9" read "g"; ``HAND_TENS_ONES``: a
  "4" or "/" in a two-figure day's or month's tens place, which only a "1" can fill there;
  ``HAND_ONES``: an "M" or "N" in its ones place, which holds one figure).

A number the crops agree on replaces the page's. A day or month the page read is replaced only
when every crop reads the same other valid value (``overruled``: c149's handwritten "29", read
"23" by Tesseract); a lost one is filled under the rule above.

A wrong value is worse than none: otherwise the page stays as Tesseract read it ("07" read once
and "0" twice is no number: the longer read is no drop of the agreed one), but a number that none of
the crops reads, where they read something else, is left blank (``unconfirmed``,
HAND_NUMBER_UNCONFIRMED: c149's "123" read "422" by Tesseract, "23", "423", "A23", "A23" by the crops). Each figure kept is
recorded in the document's ``ocr_repairs`` with the crops' agreement, the recogniser's lowest
character confidence and (for a date) the figures as the crops read them.

RapidOCR is optional: without it, scans parse as before and the document's conversions say that
handwritten figures were not re-read (``MISSING_NOTE``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import regex

from .._typing import Word
from .ocrfields import (
    CROP_MARGIN_SHARE,
    CROP_SIDE_PT,
    MIN_AGREEING,
    NAM_READ,
    DateFields,
    agreed,
    agreed_date,
    date_fields,
    date_run,
    replace_run,
    run_right,
)

# The package that brings the recogniser, and what a document says when it is not installed.
HAND_PACKAGE = "rapidocr_onnxruntime"
MISSING_NOTE = "handwritten figures not re-read: RapidOCR cannot be loaded (pip install rapidocr-onnxruntime)"
# The crops' vertical margins as shares of the line's height: the box as the date re-read crops it
# (``ocrfields.CROP_MARGIN_SHARE``), a tighter one, and for the number box the tightest, the row
# alone: a looser crop takes in the ink above and below (n048's "2191/" read "219 I" in two crops,
# "2191 /" in the tight ones).
TIGHT_MARGIN_SHARE = 0.25
ROW_MARGIN_SHARE = 0.1
# The number box is looked for in the page's top share (the header).
NUMBER_TOP_SHARE = 0.4

# One read: the text and each character's confidence (0–1).
HandRead = tuple[str, list[float]]
Recogniser = Callable[[Any], HandRead]

# --- the number box as read ------------------------------------------------------------------
# The label as Tesseract reads it: "Số:", "Số", "Só:", glued or not to the number ("Số:522/BCA").
_SO_LABEL = regex.compile(r"^S[ốoóồôỐ]\s?:?")
# A number as the recogniser reads it: 1–5 digits standing alone (after the start, a space or the
# label's colon) right before the symbol's "/" (state form) or "-" (Party form), a space allowed.
_NUMBER = regex.compile(r"(?:^|(?<=[\s:]))(?P<n>\d{1,5})\s?[/-]")
# The symbol's start in Tesseract's word: its first "/" or "-".
_SYMBOL_START = regex.compile(r"[/-]")
# A symbol's start followed by its code's capital letter ("/CĐ-TTg", "-CV/HU", "BCA-C04"). A word
# with a slash and no code after it, before one that has one, is the handwritten number read as
# strokes (c157: "125" read "/#Š”" before "/CĐ-TTg"); the number's place then ends at the symbol.
_CODE_START = regex.compile(r"[/-](?-i:\p{Lu})")
# A read of the number's place alone, the crop ending where the symbol starts: the label as the
# recogniser reads it ("S6:", "s6:", "So:", "86:") or none, then figures only. The recogniser puts spaces
# between handwritten figures (c157's "125" read "12 5" by three crops, "125" by the fourth); in
# that place nothing but the number stands, so they are no part of it.
_NUMBER_ALONE = regex.compile(r"^\s*(?:[Ss8]\S{0,2}\s?:|:)?\s*(?P<n>\d(?:\s?\d){0,4})\s*$")

# --- the date line as read: RapidOCR reads Latin letters without Vietnamese marks ------------------
# "ngay", "ngy", "ngiy"; "thang", "thing", "thng", "thaing"; "nam", "nom", "nim".
_NGAY_PLAIN = r"n[a-z]{0,3}y"
_THANG_PLAIN = r"th[a-z]{1,3}g"
_NAM_PLAIN = r"n[a-z]{1,2}m"
# --- handwritten figures of the date as the recogniser reads them ---------------------------------
# A "1" written with a long lead-in stroke is read "A" (dev: n053's "15" read "A5", n055's "11" read
# "AA", c149's number "123" read "A23"), a "9" with an open tail "g" (c149's "29" read "2g"), a "0"
# "O" or "o". Mapped in the day's and the month's places only (never in the words around them), and
# a figure so read still needs the crops' agreement.
HAND_DATE_DIGITS = str.maketrans({"A": "1", "g": "9", "O": "0", "o": "0"})
# The tens place of a two-figure day (0–3) or month (0–1) cannot be a "4" or a slash; the
# lead-in stroke of a "1" is read so there (n053's and n057's "15" read "45", n039's month "10"
# read "/0"). Only in that place: a lone "4" is a day, a lone "/" no figure.
HAND_TENS_ONES = "4/"
# The ones place of a two-figure day or month holds one figure: an "M" or "N" there is the
# lead-stroke "1" (c157's "01" read "OM" by two crops, "0A" by the third). Elsewhere "M" stays no
# figure: alone it may be "11" as well (n055's number "11" read "M").
HAND_ONES = "MN"
# A figure as read: one or two digits or look-alikes ("A5", "2g", "/0", "45", "OM").
_HAND_FIGURE = rf"[\dAgOo/](?:[\dAgOo/{HAND_ONES}])?"
# The day: between the two words ("ngay17thang", "ngay 08 thing", "ngay A5thang"); "ngay OMthang"
# has none ("M" is no look-alike).
_DAY_PLAIN = regex.compile(rf"{_NGAY_PLAIN}\s*(?P<d>{_HAND_FIGURE})\s*{_THANG_PLAIN}")
# The month: after "tháng", before "năm", a space or the crop's end ("thang 10nam", "thang/0nam").
_MONTH_PLAIN = regex.compile(rf"{_THANG_PLAIN}\s*(?P<m>{_HAND_FIGURE})(?=\s|{_NAM_PLAIN}|$|[^\w/])")
_YEAR_PLAIN = regex.compile(rf"{_NAM_PLAIN}\s*(?P<y>\d{{4}})(?!\d)")
_NAM_WORD = regex.compile(rf"^{NAM_READ}")


@functools.lru_cache(maxsize=1)
def recogniser() -> Recogniser | None:
    """RapidOCR's text recogniser (one thread), or None when it cannot be loaded.

    Not installed, or installed without what it loads (OpenCV's libGL, onnxruntime's models): the
    scans are read as before.
    """
    try:
        import numpy as np
        from rapidocr_onnxruntime import RapidOCR

        engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    except Exception:  # ImportError, OSError of a shared library, onnxruntime's errors
        return None

    def read(image: Any) -> HandRead:
        pixels = np.asarray(image.convert("RGB"))[:, :, ::-1].copy()  # BGR, as OpenCV gives
        (result,), _ = engine.text_rec([pixels], True)
        return str(result[0]), [float(c) for c in result[2][4]]

    return read


def number_read(text: str) -> str | None:
    """The number in a read of the number box, when it is one (digits only, before the symbol).

    Example:
        >>> number_read("S6: 51 /QD-UBND"), number_read("S6 624 -CV/BDVTU"), number_read(" 299/UBND-TTHC")
        ('51', '624', '299')
        >>> number_read("S6: &99 /UBND-TTHC"), number_read("S6: 4 S37BCA-C04"), number_read("S6: AM /CT-UBND")
        (None, None, None)
    """
    m = _NUMBER.search(text)
    return m["n"] if m else None


def date_read(text: str) -> tuple[int | None, int | None, int | None]:
    """The day, month and year in a read of the date line, each None where it is not read.

    Example:
        >>> date_read("ngay17thang 01 nam 2025"), date_read("ngiy 08 thing 4 ")
        ((17, 1, 2025), (8, 4, None))
        >>> date_read("ngay A5thang 3 nam 2024"), date_read("ngay 9 thing/0nam 2025")
        ((15, 3, 2024), (9, 10, 2025))
        >>> date_read("ngay OMthang 12 nam 2024"), date_read("ngay Mthang 12 nam 2024"), date_read("ngay 2 thang 13")
        ((1, 12, 2024), (None, 12, 2024), (2, None, None))
    """
    d, m, y = _DAY_PLAIN.search(text), _MONTH_PLAIN.search(text), _YEAR_PLAIN.search(text)
    day = hand_figure(d["d"], 31) if d else None
    month = hand_figure(m["m"], 12) if m else None
    return day, month, int(y["y"]) if y else None


def hand_figure(token: str, high: int) -> int | None:
    """A day's or month's figure as the recogniser read it, look-alikes mapped, when in 1..``high``.

    Example:
        >>> hand_figure("A5", 31), hand_figure("45", 31), hand_figure("/0", 12), hand_figure("2g", 31), hand_figure("OM", 31)
        (15, 15, 10, 29, 1)
        >>> hand_figure("4", 31), hand_figure("/", 12), hand_figure("5/", 31), hand_figure("45", 12), hand_figure("M", 31)
        (4, None, None, None, None)
    """
    if len(token) == 2 and token[0] in HAND_TENS_ONES:
        token = "1" + token[1]
    if len(token) == 2 and token[1] in HAND_ONES:
        token = token[0] + "1"
    digits = token.translate(HAND_DATE_DIGITS)
    if not digits.isdigit():
        return None
    return int(digits) if 1 <= int(digits) <= high else None


def _crop(image: Any, scale: float, box: tuple[float, float, float, float], share: float) -> Any:
    """The image under ``box`` (points), with ``share`` of its height above and below."""
    x0, top, x1, bottom = box
    margin = (bottom - top) * share
    return image.crop(tuple(round(v / scale) for v in (x0 - CROP_SIDE_PT, top - margin, x1 + CROP_SIDE_PT, bottom + margin)))


def number_alone(text: str) -> str | None:
    """The number in a read of the number's place alone (the crop ends where the symbol starts).

    Example:
        >>> number_alone("86: 12 5"), number_alone("s6: 12 5"), number_alone("125"), number_alone("So: 51")
        ('125', '125', '125', '51')
        >>> number_alone("S6: 42 S"), number_alone("S6: &99"), number_alone("S6:"), number_alone("S6: 123456")
        (None, None, None, None)
    """
    m = _NUMBER_ALONE.match(text)
    return m["n"].replace(" ", "") if m else None


def _figure_confidence(read: HandRead, pattern: regex.Pattern[str], group: str) -> float:
    """The recogniser's lowest confidence (0–100) over the characters of a figure it read."""
    m = pattern.search(read[0])
    if m is None or len(read[1]) != len(read[0]):
        return 0.0
    return min(read[1][m.start(group) : m.end(group)], default=0.0) * 100


def _number_box(words: list[Word], height: float) -> tuple[list[Word], int, int] | None:
    """The "Số" row of the header, the label's index in it and the symbol's word's index."""
    from .ocr import ocr_lines

    for line in ocr_lines([w for w in words if w["top"] < height * NUMBER_TOP_SHARE]):
        labels = [k for k, w in enumerate(line) if _SO_LABEL.match(w["text"])]
        if not labels:
            continue
        k = labels[0]
        symbols = [j for j in range(k, len(line)) if _SYMBOL_START.search(line[j]["text"])]
        if symbols:
            return line, k, symbols[0]
    return None


def reread_number(words: list[Word], image: Any, scale: float, read: Recogniser, repairs: list[str] | None = None) -> list[Word]:
    """Read the number box of a first page again with the recogniser; keep an agreed number.

    Returns:
        The words, the box's run from the label to the symbol's word replaced by one word
        "Số: <number><symbol>" when the crops agree on a number the page did not read, else as they
        were.
    """
    found = _number_box(words, image.height * scale)
    if found is None:
        return words
    line, k, s = found
    codes = [j for j in range(s, len(line)) if _CODE_START.search(line[j]["text"])]
    alone = bool(codes) and codes[0] != s  # the number read as a word with a slash: read its place alone
    if alone:
        s = codes[0]
    run = line[k : s + 1]
    label, symbol = run[0], run[-1]
    place = run[:-1] if alone else run  # the number's place alone: the label and the figures' words
    top, bottom = min(w["top"] for w in place), max(w["bottom"] for w in place)
    right = symbol["x0"] - 2 * CROP_SIDE_PT if alone else symbol["x1"]
    reads = [
        read(_crop(image, scale, (label["x0"], top, right, bottom), CROP_MARGIN_SHARE)),
        read(_crop(image, scale, (label["x0"], top, right, bottom), TIGHT_MARGIN_SHARE)),
        read(_crop(image, scale, (label["x1"], top, right, bottom), CROP_MARGIN_SHARE)),
        read(_crop(image, scale, (label["x0"], top, right, bottom), ROW_MARGIN_SHARE)),
    ]
    pattern = _NUMBER_ALONE if alone else _NUMBER
    values = [(number_alone if alone else number_read)(r[0]) for r in reads]
    kept = agreed(values, dropping=True)
    first_text = " ".join(w["text"] for w in run)
    page_number = number_read(_SO_LABEL.sub("", first_text))
    if kept is None and unconfirmed(page_number, reads):
        return _number_blanked(words, run, page_number, reads, repairs)
    if kept is None or kept[0] == page_number:
        return words  # no agreed number, or the page read it already
    value, count = kept
    start = _SYMBOL_START.search(symbol["text"])
    label_read = _SO_LABEL.match(label["text"])
    if start is None or label_read is None:
        return words
    text = f"{label_read[0].rstrip(':')}: {value}{symbol['text'][start.start():]}"
    if repairs is not None:
        confidence = min(_figure_confidence(r, pattern, "n") for r, v in zip(reads, values, strict=True) if v == value)
        repairs.append(f"{first_text!r} → {text!r} (the handwritten number read by RapidOCR: {count} of {len(reads)} crops agree, lowest character confidence {confidence:.0f})")
    return replace_run(words, run, text)


# HAND_NUMBER_UNCONFIRMED: Tesseract reads a handwritten number as other figures with high confidence
# (c149's "123" read "422" at 93, n055's "11" read "44" at 92, n057's "299" read "899"). When the
# recogniser's crops agree on no number and none of them reads the page's figures, while at least
# ``MIN_AGREEING`` of them read something in that place ("M", "M", "M", "A" for n055's "11"; "23", "423",
# "A23", "A23" for c149's "123"), the page's figures are contradicted and left blank, as an illegible
# number is: a wrong number in the register is worse than none. One crop reading the page's figures
# keeps them (every typed and every rightly read number of the dev scans is read so by a crop).
def unconfirmed(page_number: str | None, reads: list[HandRead]) -> bool:
    """Whether the page's number is contradicted by the crops (HAND_NUMBER_UNCONFIRMED); a crop's read is taken
    both ways, with the symbol after it or alone in its place (a Party symbol's "719 -", 004).

    Example:
        >>> r = lambda *texts: [(t, []) for t in texts]
        >>> unconfirmed("44", r("S6: M /CT-UBND", "S6: M /CT-UBND", "M/CT-UBND", "S6: A /CT-UBND"))
        True
        >>> unconfirmed("124", r("S6: 24/CD-TTg", "So: 124/CB-TTg", "124/CD-Tg", "So: 124/CD-TTg"))
        False
        >>> unconfirmed("52", r("", "", " ", "S6 -"))
        False
        >>> unconfirmed(None, r("S6: 07 /CT-UBND", "S6: 07/CT-UBND", "", ""))
        False
    """
    if page_number is None or any(page_number in (number_read(text), number_alone(text)) for text, _ in reads):
        return False
    return sum(bool(text.strip()) for text, _ in reads) >= MIN_AGREEING


def _number_blanked(words: list[Word], run: list[Word], page_number: str | None, reads: list[HandRead], repairs: list[str] | None) -> list[Word]:
    """The words with the run's number taken out (HAND_NUMBER_UNCONFIRMED), the label and symbol kept."""
    first_text = " ".join(w["text"] for w in run)
    label = _SO_LABEL.match(run[0]["text"])
    rest = _SO_LABEL.sub("", first_text, count=1).strip()
    symbol = _SYMBOL_START.search(rest)
    if label is None or symbol is None or page_number is None:
        return words
    text = f"{label[0].rstrip(':')}: {rest[symbol.start():]}"
    if repairs is not None:
        crops = ", ".join(repr(r[0].strip()) for r in reads)
        repairs.append(f"{first_text!r} → {text!r} (the handwritten number {page_number!r} as Tesseract read it, which none of RapidOCR's {len(reads)} crops reads: {crops}; left blank)")
    return replace_run(words, run, text)


def reread_date(
    words: list[Word], image: Any, scale: float, received: str | None, read: Recogniser, repairs: list[str] | None = None
) -> list[Word]:
    """Read a first page's date line again with the recogniser; fill the day or month the page lost.

    Returns:
        The words, the date line's run replaced by one word with the date, when the crops agree on
        each field the page's read lost, or every crop reads another valid value than the page's
        (``overruled``), and the date is valid (see the module's docstring); else as they were.
    """
    run = date_run(words, image.width * scale, image.height * scale)
    if run is None:
        return words
    first_text = " ".join(w["text"] for w in run)
    page = date_fields(first_text) or (None, None, None)
    top, bottom = min(w["top"] for w in run), max(w["bottom"] for w in run)
    years = [w for w in run if _NAM_WORD.match(w["text"])]
    right = years[0]["x0"] if years else run[-1]["x1"]
    crops = [
        ((run[0]["x0"], top, run_right(run), bottom), CROP_MARGIN_SHARE),
        ((run[0]["x0"], top, run_right(run), bottom), TIGHT_MARGIN_SHARE),
        ((run[0]["x0"], top, right, bottom), CROP_MARGIN_SHARE),
    ]
    reads: list[HandRead] = []
    fields: list[DateFields] = []
    for box, share in crops:
        reads.append(read(_crop(image, scale, box, share)))
        fields.append(date_read(reads[-1][0]))
        if None not in page and overruled(page, fields) == page:
            return words  # the page read the whole date and a crop agrees: nothing can overrule it
    first = overruled(page, fields)
    merged = agreed_date(first, fields, words, received, dropping=True) if None in first else None
    if merged is None:
        return words
    (day, month, year), count = merged
    text = f"ngày {day:02d} tháng {month} năm {year}"
    if repairs is not None:
        figures = [(_DAY_PLAIN, "d", 0, day), (_MONTH_PLAIN, "m", 1, month)]
        confidence = min(
            _figure_confidence(r, pattern, group) for pattern, group, k, value in figures if first[k] is None for r, f in zip(reads, fields, strict=True) if f[k] == value
        )
        as_read = ", ".join(repr(m[group]) for pattern, group, k, _ in figures if first[k] is None for r in reads if (m := pattern.search(r[0])))
        repairs.append(
            f"{first_text!r} → {text!r} (the handwritten date read by RapidOCR: {count} of {len(reads)} crops agree, "
            f"lowest character confidence {confidence:.0f}; read {as_read}{'; the page read another' if first != page else ''})"
        )
    return replace_run(words, run, text)


def overruled(page: DateFields, fields: list[DateFields]) -> DateFields:
    """The page's day, month and year, a day or month left out when every crop reads another valid one.

    Tesseract reads a handwritten figure as another figure with high confidence (c149's "29" read
    "23"); the recogniser's read is taken over it only when all the crops read the same valid value
    (none dropping a figure, none missing it), a stricter gate than filling a lost field.

    Example:
        >>> overruled((23, 11, 2024), [(29, 11, 2024), (29, 11, 2024), (29, 11, None)])
        (None, 11, 2024)
        >>> overruled((23, 11, 2024), [(29, 11, 2024), (29, 11, 2024), (2, 11, None)])
        (23, 11, 2024)
    """
    out = list(page)
    for k in (0, 1):
        values = {f[k] for f in fields}
        if page[k] is not None and len(values) == 1 and None not in values and values != {page[k]}:
            out[k] = None
    return out[0], out[1], out[2]
