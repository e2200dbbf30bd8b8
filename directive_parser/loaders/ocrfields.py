"""The register fields of an OCR'd first page that Tesseract damages: the date line and the symbol.

The place-and-date line ("Hà Nội, ngày 11 tháng 9 năm 2025", NĐ 30 box 4) stands in the right
column of the header. Its day or month is often lost on the page's read: a typed day read as
strokes ("ngày |] tháng 9", c155), a month run into a stamp's ink ("tháng IÌ", n046), a day
written by hand beside the word ("ngày) tháng 4", n047). The line is found by position (the
"ngày" word right of the page's left share, in its top share, with a "tháng" after it on the
same row) and read again on its own crop, as one line of text, in a few renderings (grey, grey
enlarged, binarised, and on a colour scan the red channel enlarged, where blue and black ink stay
dark and a red seal fades). A field the page's read lost is taken from the re-reads only when

- at least ``MIN_AGREEING`` re-reads read the same value for it, and none reads another valid one,
- the value is valid by the date's grammar (day 1-31, month 1-12, a real calendar day),
- the year the re-reads read is the page's (the crop is the same line),
- the date is not after the scan's other dates: its received stamp and its digital signatures'
  times ("Thời gian ký: 2025-11-25T17:01:58"), which cannot precede the signing.

Otherwise the line stays as read (a missing date is better than a wrong one). A field the page's
read got is never replaced. Each re-read kept is recorded as a repair, with how many readings
agreed and their confidence.

A handwritten number ("Số: 51 /QĐ-UBND") is not re-read here: on the dev scans Tesseract reads
handwritten figures as other figures with high confidence ("51" as "94" at 90, "11" as "44" at
91), and no grammar tells a wrong number from a right one. ``ocrhand`` re-reads the number and
the handwritten day with a second recogniser.

The symbol's type code ("QĐ", "CĐ", NĐ 30 Phụ lục III) is read with a letter doubled ("/QĐĐ-BGDĐT",
"/CĐĐ-TTg"): it is repaired to the one vocabulary code it can be (``repair_type_code``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import regex

from .._typing import Word
from ..patterns import OCR_DIGITS
from ..vocabulary import vocabulary

# Where the date line is looked for: in the page's top share, starting right of the left share
# (the header's right column; "ngày" in a body line or in the left column is not it).
DATE_TOP_SHARE = 0.45
DATE_LEFT_SHARE = 0.4
# The crop reaches this share of the line's height above and below it (a handwritten day rises
# above the printed line) and this many points left and right.
CROP_MARGIN_SHARE = 0.5
CROP_SIDE_PT = 1.0
# Tesseract reads the crop as one line of text.
LINE_PSM = "7"
# The enlarged renderings: twice the page's 300 dpi (handwritten and italic figures read better).
UPSCALE = 2
# The grey level under which a pixel is ink in the binarised rendering.
BINARY_LEVEL = 160
# How many re-reads must read the same value for a field before it is kept.
MIN_AGREEING = 2
# The years a directive's date can have (the Democratic Republic's first decree, 1945, on).
FIRST_YEAR = 1945
LAST_YEAR = 2100
# The year's place after a "năm" whose year the page's read lost: a printed year ends within this
# many of the "năm" word's widths after it (dev scans: 1.2 in c130, 1.4 in c157, 1.3 in c143,
# measured on the words' boxes), so the crop reaches that far and no further (a received stamp
# may stand right of it, c143).
YEAR_PLACE_SHARE = 1.5
# Whether the crops reach the year's place. On: it reads c143's year right (2024-12-01, the dev
# scans' date 0.946 → 0.973); the deadlines' veto "a date before the document's own reports the past"
# keeps the dues the reported meeting set (``deadlines.SET_AT_THE_MEETING``: c143's "trước ngày 30
# tháng 11 năm 2024" in a notice of 1 December on a meeting of 20 November; docs/notes/issue-13.md).
READ_THE_YEARS_PLACE = True

# --- the received stamp's mark ---------------------------------------------------------------------
# A receiving office's stamp opens with "ĐẾN" in capitals; OCR reads it "ĐỀN", "ĐÊN", "DEN", alone or
# with a comma. One definition for the image path (``ocr.split_received``, by the words' places) and
# the text path (``roles`` STAMP_DEBRIS, on a copy someone else OCR'd), matched on a word's letters.
RECEIVED_MARK = regex.compile(r"^[ĐD][ẾÊỀỂE]N[,.:]?$")

# --- the header's motto line, as OCR reads it ---------------------------------------------------
# NĐ 30/2020 (Phụ lục I, boxes 1 and 2) prints the national motto's first line at the top of the
# text area, level with the issuer's first line; HD 36-HD/VPTW prints "ĐẢNG CỘNG SẢN VIỆT NAM" there,
# and the Đoàn "ĐOÀN TNCS HỒ CHÍ MINH". Matched on bare letters (``patterns.bare``), as OCR damages
# their marks: "CỌNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HOA XÃ HỘI", "ĐẢNG CỘNG SẢN VIỆT NAM".
_MOTTO_STATE = r"C[O0]NG\s*H[O0]A\s+XA\s+H[O0]I"
_MOTTO_PARTY = r"DANG\s+C[O0]NG\s+SAN\s+VIET\s+NAM"
_MOTTO_DOAN = r"DOAN\s+TNCS\s+H[O0]\s+CHI\s+MINH"
MOTTO_READ = regex.compile(rf"{_MOTTO_STATE}|{_MOTTO_PARTY}|{_MOTTO_DOAN}")


# --- the date line's words, as OCR reads them ------------------------------------------------
# "ngày" read as "này", "ngay", "ngảy" (tone marks lost or moved); "tháng" as "thắng", "thẳng",
# "thủng" (n048), "đảng"/"đống" not (their consonants are gone: too far from the word);
# "năm" as "nam", "nãm", "nắm".
# (Shared with the OCR loader's repair of the whole date phrase, ``ocr._DATE_PHRASE``.)
NGAY_READ = r"(?:ng[àaảáạ]y|này)"
THANG_READ = r"(?:th[áaảắàẳăủ]ng)"
NAM_READ = r"(?:n[ăaãầắấ]m)"
# "ngày" whose "y" ran into a handwritten day written against it: "ngàW‡†" (n051). Its first three
# letters, followed by no lowercase letter ("ngành", "ngang" are other words).
NGAY_GLUED = r"(?:ng[àaảáạ](?=(?-i:[^\p{Ll}\s])))"
# A day or month as read: up to three characters other than spaces, glued or not to the words
# ("ngày30", "tháng9", "I0năm"); a trailing "_" is the dotted line under a handwritten day.
_FIGURE = r"\S{0,3}?"
_DATE_LINE = regex.compile(
    rf"^(?:{NGAY_READ}|{NGAY_GLUED})\s*(?P<d>{_FIGURE})_?\s*{THANG_READ}\s*(?P<m>{_FIGURE})\s*{NAM_READ}\s*(?P<y>\d{{4}})(?!\d)"
)
# A word that starts the date line.
_NGAY_WORD = regex.compile(rf"^(?:{NGAY_READ}|{NGAY_GLUED})")
# The "năm" word alone: the year is not glued to it ("năm", not "năm2024").
_NAM_ALONE = regex.compile(rf"^{NAM_READ}$")
_THANG_ANYWHERE = regex.compile(THANG_READ)
# A digital signature's time or a received stamp's date: "2025-11-25T17:01:58",
# "21.03.2018 16:41:00", "21/01/2025 09:08:01" (the date followed by a time of day).
_SIGNED_AT = regex.compile(
    r"(?:(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})|(?P<d2>\d{1,2})[./](?P<m2>\d{1,2})[./](?P<y2>(?:19|20)\d{2}))"
    r"(?:T|\s+)\d{1,2}:\d{2}"
)

Reader = Callable[[Any, str, str], str]
# A figure read: a day or month (int) or a document's number (str, its leading zeros kept).
Figure = TypeVar("Figure", int, str)

# A day's or month's figures as OCR reads them: the digits' look-alike letters (OCR_DIGITS) and,
# in a figure of two characters, a bar or bracket for a "1" (c155: the italic "11" read "|]"); a
# lone bar is the rule of a day left blank, never a figure. MARKED_ONES: an "i" with a tone mark
# is the vie model's read of a "1" whose flag it takes for the mark, beside another "1" (c159: the
# typed italic "ngày 11 tháng 4" read "ngày lì tháng 4", at confidence 0); alone it is no figure
# either ("lì" is a word, but nothing but figures stands between "ngày" and "tháng").
MARKED_ONES = "ìí"
STROKE_ONES = "|]" + MARKED_ONES
DATE_DIGITS = {**OCR_DIGITS, **{ord(c): "1" for c in STROKE_ONES}}


def _figure(token: str, low: int, high: int) -> int | None:
    """A day or month as read, when it is one: digits (or OCR_DIGITS look-alikes) in range."""
    digits = token.translate(DATE_DIGITS)
    if not 1 <= len(digits) <= 2 or not digits.isdigit() or (len(token) == 1 and token in STROKE_ONES):
        return None
    value = int(digits)
    return value if low <= value <= high else None


def date_fields(line: str) -> tuple[int | None, int | None, int | None] | None:
    """The day, month and year of a date line as read, each None where it is not valid.

    Returns:
        None when the line is not a date line (its words are not there).

    Example:
        >>> date_fields("ngày |] tháng 9 năm 2025")
        (11, 9, 2025)
        >>> date_fields("ngày | tháng 9 năm 2025")
        (None, 9, 2025)
        >>> date_fields("ngày30 tháng I1 năm 2024"), date_fields("ngày lì tháng 4 năm 2025")
        ((30, 11, 2024), (11, 4, 2025))
        >>> date_fields("ngày 45 tháng 13 năm 2024")
        (None, None, 2024)
        >>> date_fields("ngàW‡† tháng 5 năm 2021"), date_fields("ngành tháng 5 năm 2021")
        ((None, 5, 2021), None)
        >>> date_fields("Căn cứ Luật Tổ chức") is None
        True
    """
    m = _DATE_LINE.match(line.strip())
    if m is None:
        return None
    year = int(m["y"])
    return _figure(m["d"], 1, 31), _figure(m["m"], 1, 12), year if FIRST_YEAR <= year <= LAST_YEAR else None


def latest_possible(words: list[Word], received: str | None) -> dt.date | None:
    """The latest day the directive can be dated: its received stamp's, its signatures' days.

    Example:
        >>> w = lambda t: {"text": t}
        >>> latest_possible([w("Thời"), w("gian"), w("ký:"), w("21/01/2025"), w("09:08:01")], "2025-01-30")
        datetime.date(2025, 1, 21)
    """
    days = []
    if received:
        days.append(dt.date.fromisoformat(received))
    for m in _SIGNED_AT.finditer(" ".join(w["text"] for w in words)):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
        try:
            days.append(dt.date(int(y), int(mo), int(d)))
        except ValueError:
            continue
    return min(days) if days else None


def date_run(words: list[Word], width: float, height: float) -> list[Word] | None:
    """The date line's words from "ngày" to the row's end, when the page has one in its header.

    The first row (top down) with a "tháng" right of the left share is the date line: the header's
    right column is read before the body, whose citations ("Căn cứ … ngày 13 tháng 7 năm 2023")
    may also reach the right half. A "ngày" glued to a handwritten day ("ngàW‡†", n051) starts
    it too; when that row has no "ngày" at all, there is no run: a body line below is never taken
    for it.
    """
    from .ocr import ocr_lines

    for line in ocr_lines([w for w in words if w["top"] < height * DATE_TOP_SHARE]):
        right = [k for k, w in enumerate(line) if w["x0"] > width * DATE_LEFT_SHARE]
        if not any(_THANG_ANYWHERE.search(line[k]["text"]) for k in right):
            continue
        starts = [k for k in right if _NGAY_WORD.match(line[k]["text"])]
        if starts and any(_THANG_ANYWHERE.search(w["text"]) for w in line[starts[0]:]):
            return row_only(line[starts[0]:])
        return None
    return None


def row_only(run: list[Word]) -> list[Word]:
    """The date line's run cut, after its "năm", at the first word off the row.

    A word is off the row when its box does not reach across the "năm" word's middle: a received
    stamp stamped against the year is read on the date's row (c143: "năm CÓ NGTNĐỆNTỦ GINNPHÙ",
    the stamp's "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" below and right of the year, which is lost);
    its words are no part of the line, and a crop of the row would take in the stamp.

    Example:
        >>> w = lambda t, x0, top, bottom: {"text": t, "x0": x0, "x1": x0 + 20, "top": top, "bottom": bottom}
        >>> run = [w("ngày", 338, 122, 132), w("01", 369, 119, 129), w("năm", 440, 122, 129), w("CÓ", 473, 127, 138)]
        >>> [x["text"] for x in row_only(run)]
        ['ngày', '01', 'năm']
        >>> [x["text"] for x in row_only([*run[:3], w("2024", 468, 119, 129)])]
        ['ngày', '01', 'năm', '2024']
    """
    nams = [k for k, w in enumerate(run) if _NAM_ALONE.match(w["text"])]
    if not nams:
        return run
    nam = run[nams[0]]
    middle = (nam["top"] + nam["bottom"]) / 2
    for k in range(nams[0] + 1, len(run)):
        if not run[k]["top"] <= middle <= run[k]["bottom"]:
            return run[:k]
    return run


def run_right(run: list[Word]) -> float:
    """Where a crop of the date line ends: the run's end, or the year's place after a last "năm"
    (with ``READ_THE_YEARS_PLACE``: 1.5 of the "năm" word's width after it).

    Example:
        >>> run_right([{"text": "năm", "x0": 440.0, "x1": 463.0}]), run_right([{"text": "2024", "x0": 468.0, "x1": 494.0}])
        (497.5, 494.0)
    """
    last = run[-1]
    if READ_THE_YEARS_PLACE and _NAM_ALONE.match(last["text"]):
        return float(last["x1"] + (last["x1"] - last["x0"]) * YEAR_PLACE_SHARE)
    return float(last["x1"])


def crop_renderings(crop: Any) -> list[Any]:
    """The crop as Tesseract is asked to read it: grey, enlarged, binarised, and on a colour scan
    the red channel enlarged. Each is a different image: on a grey scan the red channel is the
    grey one, and two readings of one image would count as two agreeing readings."""
    from PIL import Image, ImageChops

    grey = crop.convert("L")
    size = (grey.width * UPSCALE, grey.height * UPSCALE)
    big = grey.resize(size, Image.Resampling.LANCZOS)
    out = [grey, big, big.point(lambda v: 255 if v > BINARY_LEVEL else 0)]
    red = crop.convert("RGB").getchannel("R")
    if ImageChops.difference(red, grey).getbbox() is not None:
        out.append(red.resize(size, Image.Resampling.LANCZOS))
    return out


def dropped_from(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with characters left out ("1" of "17", "24" of "124").

    Example:
        >>> dropped_from("1", "17"), dropped_from("24", "124"), dropped_from("07", "0"), dropped_from("54", "514")
        (True, True, False, True)
    """
    rest = iter(long)
    return len(short) < len(long) and all(c in rest for c in short)


def agreed(values: Sequence[Figure | None], dropping: bool = False) -> tuple[Figure, int] | None:
    """The value at least ``MIN_AGREEING`` readings agree on, none reading another; its count.

    With ``dropping``, a reading that is the most read value with characters left out does not
    count against it: a line recogniser (CTC) loses a figure's thin or repeated strokes ("17" read
    "1", "124" read "24"), it does not add figures.

    DROP_TIE: when two values are read as often, the longer is the most read one, as the other may
    be it with a figure dropped, never the reverse (c148's handwritten "34": two crops read "34",
    two "3" — the first read used to win the tie and "34" then counted against it, so nothing was
    kept). A longer value read less often still vetoes ("24" thrice, "124" once: no number).

    Example:
        >>> agreed(["3", "34", "3", "34"], dropping=True), agreed(["34", "3", "34", "3"], dropping=True)
        (('34', 2), ('34', 2))
        >>> agreed(["3", "34", "3", "34"]), agreed(["24", "24", "124", "24"], dropping=True), agreed(["12", "13", "12", "13"], dropping=True)
        (None, None, None)
    """
    valid = Counter(v for v in values if v is not None)
    if dropping and valid:
        top = max(valid, key=lambda v: (valid[v], len(str(v))))  # DROP_TIE
        valid = Counter({v: n for v, n in valid.items() if not dropped_from(str(v), str(top))})
    if len(valid) != 1:
        return None
    value, count = valid.most_common(1)[0]
    return (value, count) if count >= MIN_AGREEING else None


def reread_date_line(
    words: list[Word], image: Any, scale: float, received: str | None, read: Reader, repairs: list[str] | None = None
) -> list[Word]:
    """Re-read a first page's date line on its own crop when the page's read lost its day or month.

    Args:
        words: the page's words (points).
        image: the page image.
        scale: points per pixel of ``image``.
        received: the received stamp's ISO date, when the page has one.
        read: Tesseract's TSV for an image and a page segmentation mode (``_tesseract_tsv``).
        repairs: where the re-read kept is recorded.

    Returns:
        The words, the date line's run replaced by one word with the date as re-read, or as they
        were when no re-read is valid, agreed and confident (see the module's docstring).
    """
    from .ocr import words_from_tsv

    run = date_run(words, image.width * scale, image.height * scale)
    if run is None:
        return words
    first_text = " ".join(w["text"] for w in run)
    first = date_fields(first_text)
    if first is not None and None not in first:
        return words
    top, bottom = min(w["top"] for w in run), max(w["bottom"] for w in run)
    margin = (bottom - top) * CROP_MARGIN_SHARE
    box = (run[0]["x0"] - CROP_SIDE_PT, top - margin, run_right(run) + CROP_SIDE_PT, bottom + margin)
    crop = image.crop(tuple(round(v / scale) for v in box))
    readings: list[tuple[DateFields, float]] = []
    renderings = crop_renderings(crop)
    for rendering in renderings:
        line = words_from_tsv(read(rendering, "the date line", LINE_PSM), 1.0, min_conf=0.0)
        fields = date_fields(" ".join(w["text"] for w in line))
        if fields is not None:
            readings.append((fields, min((w["conf"] for w in line), default=0.0)))
    merged = agreed_date(first or (None, None, None), [r[0] for r in readings], words, received)
    if merged is None:
        return words
    (day, month, year), agreeing = merged
    text = f"ngày {day:02d} tháng {month} năm {year}"
    if repairs is not None:
        confidence = max((c for _, c in readings), default=0.0)
        repairs.append(f"{first_text!r} → {text!r} (the date line re-read: {agreeing} of {len(renderings)} readings agree, confidence {confidence:.0f})")
    return replace_run(words, run, text)


DateFields = tuple[int | None, int | None, int | None]


def agreed_date(
    first: DateFields, readings: list[DateFields], words: list[Word], received: str | None, dropping: bool = False
) -> tuple[tuple[int, int, int], int] | None:
    """The page's day, month and year with each field it lost taken from the agreeing re-reads.

    Returns:
        The date's fields and how many re-reads agree on the least agreed field taken (as many as
        there are re-reads when none was taken); None when a lost field has no agreed value, the
        re-reads' year is not the page's (not the same line), or the date is no calendar day or
        after the scan's other dates (``latest_possible``). ``dropping``: as ``agreed``.
    """
    merged: list[int] = []
    agreeing = len(readings)
    for k, had in enumerate(first):
        got = agreed([r[k] for r in readings], dropping)
        if k == 2 and had is not None and got is not None and got[0] != had:
            return None
        if had is not None:
            merged.append(had)  # a field the page's read got is kept
            continue
        if got is None:
            return None
        merged.append(got[0])
        agreeing = min(agreeing, got[1])
    try:
        date = dt.date(merged[2], merged[1], merged[0])
    except ValueError:
        return None
    bound = latest_possible(words, received)
    if bound is not None and date > bound:
        return None
    return (merged[0], merged[1], merged[2]), agreeing


def replace_run(words: list[Word], run: list[Word], text: str) -> list[Word]:
    """The words with ``run`` (a row's consecutive words) replaced by one word reading ``text``."""
    top, bottom = min(w["top"] for w in run), max(w["bottom"] for w in run)
    joined: Word = {**run[0], "x1": run[-1]["x1"], "bottom": bottom, "top": top, "text": text, "conf": max(w["conf"] for w in run)}
    ids = {id(w) for w in run}
    out: list[Word] = []
    for w in words:
        if id(w) == id(run[0]):
            out.append(joined)
        elif id(w) not in ids:
            out.append(w)
    return out


# --- the symbol's type code -------------------------------------------------------------------
# "Số: 2750/QĐĐ-BGDĐT" (state form, the type code after the slash) or "Số 248-CVV/ĐU" (Party
# form, before it): a code that is no vocabulary code but is one with a letter doubled.
_STATE_CODE = regex.compile(r"(?m)(?<=(?:^|\s)Số\s?:?\s?[\p{L}\d]*\s?/\s?)(?P<code>(?-i:\p{Lu})[\p{L}]{1,4})(?=-(?-i:\p{Lu}))")
_PARTY_CODE = regex.compile(r"(?m)(?<=(?:^|\s)Số\s?:?\s?\d*\s?-\s?)(?P<code>(?-i:\p{Lu})[\p{L}]{1,4})(?=/(?-i:\p{Lu}))")
_DOUBLED = regex.compile(r"(.)\1")


@functools.lru_cache(maxsize=1)
def type_codes() -> frozenset[str]:
    """The symbols' type codes of the vocabulary (state and Party)."""
    return frozenset(a for t in vocabulary().document_types for a in (*t.abbr, *t.party_abbr))


def undoubled_code(code: str) -> str | None:
    """The one vocabulary type code ``code`` is with one doubled letter read once, else None.

    Example:
        >>> undoubled_code("QĐĐ"), undoubled_code("CĐĐ"), undoubled_code("QĐ"), undoubled_code("UBND")
        ('QĐ', 'CĐ', None, None)
    """
    codes = type_codes()
    if code in codes:
        return None
    found = {code[: m.start()] + code[m.start() + 1 :] for m in _DOUBLED.finditer(code)} & codes
    return found.pop() if len(found) == 1 else None


def repair_type_code(text: str, repairs: list[str] | None = None) -> str:
    """Repair a symbol's type code read with a letter doubled, in the "Số" line.

    Example:
        >>> repair_type_code("Số: 422 /CĐĐ-TTg")
        'Số: 422 /CĐ-TTg'
        >>> repair_type_code("Số: 464/TTg-CĐS")
        'Số: 464/TTg-CĐS'
    """

    def fix(m: regex.Match[str]) -> str:
        code = undoubled_code(m["code"])
        if code is None:
            return m[0]
        if repairs is not None:
            repairs.append(f"{m['code']!r} → {code!r} (the symbol's type code)")
        return code

    for pattern in (_STATE_CODE, _PARTY_CODE):
        text = pattern.sub(fix, text)
    return text
