"""The regular-expression grammar of directives, written as named, commented fragments.

Patterns run over characters, not tokens: symbols ("30/2020/NĐ-CP") and dates ("15/7/2023")
are single units that word tokenizers break apart. Most specific alternatives come first.
Matching runs on ``Text.fold`` (tone placement unified) or on ``bare()`` (accents stripped,
for OCR-damaged mottos); the value is then read from the text as printed.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from ._typing import MatchLike
from .vocabulary import alternation, vocabulary

# A Roman numeral of a part: "IV", and as a part's marker: "I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN",
# Party documents' "II- HƯỚNG DẪN CỤ THỂ" (read by structure.py and by layout.py's closing).
ROMAN = r"[IVX]{1,4}"
ROMAN_MARKER = rf"(?P<roman>{ROMAN})(?:[.)]|[ \t]?[-–](?=[ \t]))"

# ESIGN_LABELS (session 39): the labels of an e-signature box as a signed copy prints it ("Ký bởi: …", "Người ký: …",
# "Cơ quan: …", "Ngày ký: …" / "Thời gian ký: …", "Email: …", "Địa chỉ: …"): one vocabulary for the header's roles
# (``roles.ESIGN_RES``, ``roles.ESIGN_CELL_RE``, the latter on bare OCR text) and the body's repeated boxes
# (``structure.ESIGN_BOX_*``). The opening label; the labels that mark a box wherever they stand ("Ngày ký" does not:
# "kể từ ngày ký" is prose); the box's fields, each with its colon ("Cơ quan:" alone is any form's field).
ESIGN_OPEN_LABEL = "Ký bởi"
ESIGN_MARK_LABELS = ("Ký bởi", "Thời gian ký")
ESIGN_SIGNER_LABEL = "Người ký"
ESIGN_FIELD_LABELS = (ESIGN_SIGNER_LABEL, "Cơ quan", "Ngày ký", "Thời gian ký", "Email", "E-mail", "Địa chỉ")


def motto_pattern(motto: str) -> str:
    """A motto of data/header.toml as a pattern for a bare copy of the text, its words apart by any run of spaces or
    dashes ("DOC LAP - TU DO - HANH PHUC" → "DOC[\\s\\-–—]*LAP[\\s\\-–—]*TU …"): the header's roles find its span with it,
    and the duty stages know a header line by it (MOTTO_IS_NO_BODY)."""
    return r"[\s\-–—]*".join(regex.escape(w) for w in motto.replace("-", " ").split())


def label_pattern(labels: tuple[str, ...] | list[str], bare_text: bool = False) -> str:
    r"""An alternation of ``labels`` with any run of white space between their words ("Thời gian ký" → "Thời\s+gian\s+ký"),
    longest first; ``bare_text``: their bare forms, for a bare copy of the text ("THOI\s+GIAN\s+KY").

    >>> label_pattern(("Ký bởi", "Ngày ký"), bare_text=True)
    'NGAY\\s+KY|KY\\s+BOI'
    """
    forms = sorted({bare(w) if bare_text else w for w in labels}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in forms)

# ============================================================================================
# Shadows
# ============================================================================================


@functools.lru_cache(maxsize=1)
def _bare_table() -> dict[int, str]:
    """Latin and Vietnamese letters to their upper-case base letter ("ậ" → "A", "đ" → "D")."""
    table: dict[int, str] = {}
    for code in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].upper()
        if len(base) == 1 and base != ch:
            table[code] = base
    table[ord("đ")] = table[ord("Đ")] = "D"
    return table


def bare(text: str) -> str:
    """A same-length, upper-case copy of ``text`` without diacritics ("Đảng ủy" → "DANG UY").

    Used to find fixed phrases (mottos, markers) in OCR text whose tone marks are damaged.

    >>> bare("Đảng ủy Hải Phòng")
    'DANG UY HAI PHONG'
    """
    return text.translate(_bare_table())


# ============================================================================================
# Symbols (số và ký hiệu)
# ============================================================================================

# A letter group inside a symbol: "NĐ", "CP", "UBND", "TTg", "BGDĐT", "GD&ĐT", "QH14", "HĐND".
# Two upper-case letters (or one and "&") open it, so words like "Chủ" never start a group; NĐ 30's
# "QyĐ" (Quy định) has a small letter between two capitals ("Số: 1/QyĐ-UBND").
# NUMBERED_DEPARTMENT (session 43): the Government Office's departments are numbered, "Vụ I" … "Vụ III", and sign "V.I",
# "V.III" ("Số: 9981/VPCP-V.I", an unseen Văn phòng Chính phủ letter: the symbol was cut to "9981/VPCP"). Only "V." and a
# Roman numeral up to four.
GROUP = r"(?:(?-i:V)\.(?-i:IV|I{1,3})(?![\p{L}\d])|(?-i:[\p{Lu}])(?-i:[\p{Lu}&])[\p{L}\d&]*|(?-i:[\p{Lu}])(?-i:\p{Ll})(?-i:[\p{Lu}])[\p{L}\d&]*|(?-i:[\p{Lu}])\d+)"
# Groups joined by hyphens, tolerating one stray space a PDF copy inserts ("TT-BGD ĐT" is not
# repaired: the space is a real break there).
GROUPS = rf"{GROUP}(?:\s?[-–]\s?{GROUP})*"

# State form (NĐ 30): number "/" [year "/"] type-issuer.
#   "30/2020/NĐ-CP" -> num=30, year=2020, rest=NĐ-CP;  "123/UBND-VX" -> num=123, rest=UBND-VX
# DOTTED_NUMBER (session 38): the Government numbers a series of resolutions "66.17/2026/NQ-CP" (2026's special
# resolutions, an unseen Công báo copy: no number read); only before a year. Counter-example: "1.234/UBND" (no year)
# is no symbol of this form.
STATE_SYMBOL = rf"(?P<num>\d{{1,6}}(?:\.\d{{1,3}}(?=\s?/\s?(?:19|20)\d\d\s?/))?)\s?/\s?(?:(?P<year>(?:19|20)\d\d)\s?/\s?)?(?P<rest>{GROUPS})"
# Party form (HD 36): number "-" type "/" issuer; copies lose the hyphen ("80QĐ/TW",
# "1494  CV/TWĐTN"), so a space or nothing is accepted and the hyphen restored. The type may
# carry a lower-case letter: "QĐi", "CTr", and in the middle "QyĐ" (Quy định, vocabulary.toml).
#   "1092-CV/BDVTU" -> num=1092, type=CV, issuer=BDVTU
PARTY_TYPE = r"(?-i:[\p{Lu}]){2}(?-i:[\p{Ll}])?|(?-i:[\p{Lu}])(?-i:[\p{Ll}])(?-i:[\p{Lu}])"
PARTY_SYMBOL = rf"(?P<num>\d{{1,6}})(?:\s?[-–]\s?|\s{{1,3}}|)(?P<ptype>{GROUP}|{PARTY_TYPE})\s?/\s?(?P<issuer>{GROUPS})"

SYMBOL_RE = regex.compile(
    rf"""
    (?<![\d/.\p{{L}}])                     # not inside a longer number or word
    (?:{PARTY_SYMBOL}|{STATE_SYMBOL})
    (?![\p{{L}}\d])
    """,
    regex.X | regex.V1,
)


@functools.lru_cache(maxsize=1)
def _issuer_prefixes() -> tuple[str, ...]:
    return tuple(sorted(vocabulary().organisations.symbol_prefixes, key=len, reverse=True))


def restore_issuer_hyphen(issuer: str) -> str:
    """Put back the hyphen a copy lost after a known issuer abbreviation ("TWĐTNBTC" → "TWĐTN-BTC").

    Only applied where the copy is known to have lost hyphens (the number's was lost too).
    """
    if "-" in issuer:
        return issuer
    for prefix in _issuer_prefixes():
        if issuer.startswith(prefix) and len(issuer) - len(prefix) >= 2 and issuer[len(prefix)].isupper():
            return f"{prefix}-{issuer[len(prefix):]}"
    return issuer


def canonical_symbol(m: MatchLike) -> tuple[str, str | None]:
    """The symbol without spaces, with a lost Party hyphen restored, and its number.

    >>> canonical_symbol(SYMBOL_RE.search("Quy định số 80QĐ/TW ngày"))
    ('80-QĐ/TW', '80')
    """
    num = m.group("num")
    if m.group("ptype"):
        issuer = m.group("issuer")
        whole = m.group(0)
        between = whole[m.end("num") - m.start() : m.start("ptype") - m.start()]
        if "-" not in between and "–" not in between:  # the copy lost its hyphens
            issuer = restore_issuer_hyphen(regex.sub(r"\s+", "", issuer))
        rest = f"{m.group('ptype')}/{issuer}"
        symbol = f"{num}-{rest}"
    else:
        year = m.group("year")
        symbol = f"{num}/{year}/{m.group('rest')}" if year else f"{num}/{m.group('rest')}"
    return regex.sub(r"\s+", "", symbol).replace("–", "-"), num


# The document's own number after "Số", possibly blank ("Số -CV/HU", "Số:    /KH-UBND").
# NUMBER_LABEL_READ_AS_S6 (session 42): OCR may read the "ố" as a "6", "S6:334 /TB-VPCP Hà Nội, ngay28 tháng 6 năm 2025"
# (an unseen VPCP notice's OCR text: no number, and the date read from the body); only with its colon.
#   "Số 1092-CV/BDVTU" -> symbol; "Số: /KH-UBND" -> blank=/KH-UBND
NUMBER_LINE_RE = regex.compile(
    rf"""
    \b(?:[Ss][ốóồôo]|S6(?=\s*:))\s*[:.]?\s*      # "Số", and OCR's "Só", "So", "S6:" (NUMBER_LABEL_READ_AS_S6)
    (?:
        (?P<symbol>{PARTY_SYMBOL}|{STATE_SYMBOL})
      | [.…_\s]*(?P<blank>[-–/]?\s?{GROUP}\s?/\s?{GROUPS}|[-–/]\s?{GROUPS})
    )
    (?![\p{{L}}\d])
    """,
    regex.X | regex.V1,
)

# ============================================================================================
# Place and date of issue
# ============================================================================================

# OCR reads digits as look-alike letters inside the date ("ngày 3Ô", "tháng I1"): a letter next to a
# digit in a day or month is read as that digit. See ``ocr_digits``.
# The one table of OCR's digit look-alikes, shared with the OCR loader's date repair.
OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "i": "1", "O": "0", "o": "0", "Ô": "0"})
# The same letters as a character class, for the date patterns ("ngày 3Ô", "tháng i2").
OCR_DIGIT_LETTERS = "[" + "".join(chr(c) for c in OCR_DIGITS) + "]"

# "Hải Phòng, ngày 07 tháng 7 năm 2023"; parts may be blank ("ngày   tháng 02 năm 2024") or
# damaged by OCR ("ngày khỗ tháng 6"): a non-number day is treated as blank.
#   -> place=Hải Phòng, day=07, month=7, year=2023
# NUMBERED_PLACE (session 37): a numbered district or ward is a place, "Quận 9, ngày 04 tháng 6 năm 2014" (an unseen
# letter of Ho Chi Minh City's Quận 9; before, its date was not read). Only after "Quận" / "Phường", one or two figures.
# DATE_WORDS_UNMARKED (session 37): an OCR copy may drop the date words' marks, "Hà Nội, ngày 22 thang 5 năm 2024" (an
# unseen ministry letter's OCR text: its date unread and the line left in the subject): "ngay", "thang", "nam" are
# read here, between the place and the figures, where nothing else stands.
# Places numbered within their city ("Quận 9", "Phường 2"): the figure is part of the name (``header._clean_place``).
# SYMBOL_IS_NO_PLACE (session 42): the place opens a word, not the tail of a symbol: "Số 171-KL/TW . Hà Nội, ngày 27
# tháng 6 năm 2025" (an unseen OCR'd Party conclusion, a speck between the number and the place: the place was read as
# "TW . Hà Nội" and the date lost).
NUMBERED_PLACE_WORDS = ("quận", "phường")
PLACE_DATE_RE = regex.compile(
    r"""
    (?<![/\-\p{L}\d])                                  # SYMBOL_IS_NO_PLACE: not inside "171-KL/TW . Hà Nội"
    (?P<place>(?-i:[\p{Lu}])[\p{L}.'’\- ]{1,60}?(?:(?<=(?<!\p{L})(?i:{NUMBERED}))[ \t]+\d{1,2})?)\s*,\s*
    ng[àa]y\s*(?P<day>{OCR_NUM}|[^\s\d]{0,6})?[\s_.,]*
    th[áa]ng\s*(?P<month>{OCR_NUM}|[^\s\d]{0,6})?[\s_.,]*
    n[ăa]m\s*(?P<year>\d{4}(?!\d))?
    """.replace("{OCR_NUM}", rf"(?:\d|{OCR_DIGIT_LETTERS}(?=\d)|(?<=\d){OCR_DIGIT_LETTERS}){{1,2}}(?!\d)(?=[^\p{{L}}]|th[áa]ng|n[ăa]m)|\d{{1,2}}(?!\d)")
    .replace("{NUMBERED}", "|".join(NUMBERED_PLACE_WORDS)),
    regex.X | regex.V1,
)


# PLACE_DATE_FIGURES: the place and date with the date in figures, where a copy does not follow NĐ 30's
# words ("Hà Nội, ngày 03/6/2022", "Đà Nẵng, ngày 15-8-2024", "Huế, ngày 05.01.2025"); read only where the
# date ends its line or its cell (a table's "|", a tab, a column gap of two spaces: "Số: 130/KH-UBND |
# Ninh Bình, ngày 13/7/2022 |", w014's header in figures). Counter-example: a citation in the body
# ("… của UBND tỉnh, ngày 15/8/2024 đã …") goes on after the date.
#   -> place=Hà Nội, day=03, month=6, year=2022
# The date in figures after its "ngày", one separator throughout ("ngày 03/6/2022", "ngày 15-8-2024"): shared by the
# place-and-date line and by a number line that carries the date (header.NUMBER_LINE_DATE).
DATE_FIGURES = r"ngày\s*(?P<day>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<year>\d{4})(?!\d)"
PLACE_DATE_FIGURES_RE = regex.compile(
    rf"""
    (?P<place>(?-i:[\p{{Lu}}])[\p{{L}}.'’\- ]{{1,60}}?)\s*,\s*
    {DATE_FIGURES}
    (?=[ \t.]*(?:$|\||\t|[ ]{{2}}))
    """,
    regex.X | regex.V1 | regex.M,
)


def place_date_search(text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """A place and date in ``text[pos:endpos]``, its date in words (NĐ 30) or in figures (PLACE_DATE_FIGURES).

    >>> place_date_search("Số: 130/KH-UBND | Ninh Bình, ngày 13/7/2022 |")["place"]
    'Ninh Bình'
    >>> place_date_search("Căn cứ Kế hoạch của UBND tỉnh, ngày 15/8/2024 đã ban hành") is None
    True
    """
    end = len(text) if endpos is None else endpos
    return PLACE_DATE_RE.search(text, pos, end) or PLACE_DATE_FIGURES_RE.search(text, pos, end)


def ocr_digits(value: str | None) -> str | None:
    """A day or month as OCR printed it, with look-alike letters read as digits ("3Ô" → "30")."""
    if value is None:
        return None
    fixed = value.translate(OCR_DIGITS)
    return fixed if fixed.isdigit() else value


# The same without a place (flattened headers lose it): "ngày 15 tháng 9 năm 2022"; DATE_LINE_CAPITAL: opening the
# header's cell with a capital, "Số: 04/KHPH-BNNTWĐTN | Ngày 08 tháng 01 năm 2019" (the unseen set's qb04, a joint
# plan whose date line prints no place).
DATE_WORDS_RE = regex.compile(
    r"[Nn]gày\s*(?P<day>\d{1,2}\b)?\s*tháng\s*(?P<month>\d{1,2}\b)?\s*năm\s*(?P<year>\d{4})\b",
    regex.V1,
)

# ============================================================================================
# Mottos (quốc hiệu và tiêu ngữ)
# ============================================================================================
# The one spelling of the header's mottos; each reader composes the pattern it needs from these pieces
# (``roles.MOTTO_RE`` labels header lines, ``layout`` finds a motto below a web page's title, ``run_in`` breaks a
# run-in header at it, ``deadlines`` vetoes it in the body; the OCR reader matches bare letters,
# ``loaders.ocrfields.MOTTO_READ``).
# The tone of "HÒA" old or new style ("HOÀ") or lost in a web copy ("HOA").
HOA = r"H(?:ÒA|OÀ|OA)"
# NĐ 30/2020 Phụ lục I box 1: the national name, whose first words are enough where a line wraps or a
# cell is cut ("CỘNG HÒA XÃ HỘI | CHỦ NGHĨA VIỆT NAM").
STATE_NAME_HEAD = rf"CỘNG\s+{HOA}\s+XÃ\s+HỘI"
STATE_NAME = rf"{STATE_NAME_HEAD}\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
# The subtitle under it, "Độc lập - Tự do - Hạnh phúc", and its first words; DASH_GLYPH_LOST: a PDF whose font has no
# dash copies it "Độc lập  Tự do  Hạnh phúc" (the unseen set's qb04; scripts/variants.py dash_lost).
_SUBTITLE_DASH = r"(?:\s*[-–—]\s*|\s{2,})"
SUBTITLE_HEAD = rf"Độc\s+lập{_SUBTITLE_DASH}Tự\s+do"
SUBTITLE = rf"{SUBTITLE_HEAD}{_SUBTITLE_DASH}Hạnh\s+phúc"
# HD 36-HD/VPTW: a Party text's motto; HD 29-HD/TWĐTN: the Youth Union prints its own name in its place.
PARTY_NAME = r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
DOAN_NAME = r"ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH"

# ============================================================================================
# Zone markers
# ============================================================================================

# "Kính gửi:" (NĐ 30 box 9a); a công điện addresses its recipients with "… điện:" instead
# ("THỦ TƯỚNG CHÍNH PHỦ điện:").
KINH_GUI_RE = regex.compile(
    r"^[ \t\-–•|]*(?:Kính\s*gửi\s*[:：]?|(?-i:[\p{Lu}Đ])(?-i:[\p{Lu}Đ ,]){3,80}\s(?:điện|ĐIỆN)\s*[:：])[ \t]*",
    regex.M | regex.I | regex.V1,
)
# ADDRESS_WORD_FIRST: every KINH_GUI_RE match holds "Kính gửi" or "điện:", so a span without either holds no
# addressees' label; a search of a whole text for a label (``roles._first_addressee_label``) asks this cheap pattern
# first (a plan has no "Kính gửi", and the label's caps alternative is tried at every line of it: 1.3 ms a text).
KINH_GUI_WORD_RE = regex.compile(r"Kính\s*gửi|điện\s*[:：]", regex.I | regex.V1)
# (OCR_MARKS_LOST, session 37: an OCR copy's "Noi nhận:", its horn lost, an unseen notice: its list was read as body)
# NOI_NHAN_IS_A_LABEL (session 37): no word in lower case follows the label; "… nộp hồ sơ tại nơi nhận hồ sơ của Cục
# Thuế …" (a sentence's words) opens no closing block, while a scan's misread colon, a list's dash or the signer's
# column beside it ("Nơi nhận; - Như trên", "Nơi nhận KT. CHỦ TỊCH") leave it a label.
NOI_NHAN_RE = regex.compile(r"(?:^|(?<=\s))N[ơo]i\s*nhận(?![ \t]*(?-i:\p{Ll}))\s*[:：]?[ \t]*", regex.I | regex.V1)
# VV_WITH_DOTS: "V.v." for "V/v", as some letters type it ("V.v. ủng hộ xây dựng công trình thanh niên …", the unseen
# set's qb03: read as no opener, the long line ended the header and lost the date line under it).
SUBJECT_VV_RE = regex.compile(r"^[ \t\"“]*(?:V/v|V/V|v/v|V\.[vV]\.?|Về\s+việc|VỀ\s+VIỆC)[ \t]*[:.]?[ \t]*", regex.M | regex.V1)
CAN_CU_RE = regex.compile(r"^\s*Căn\s+cứ\b", regex.M | regex.V1)
# A line of dashes or stars that closes a header block ("-----", "*", "***").
RULE_LINE_RE = regex.compile(r"^[\s\-–—_*=.]*$")


@functools.lru_cache(maxsize=1)
def type_line_re() -> regex.Pattern[str]:
    """A line that is (or starts with) a document type name in capitals: "KẾ HOẠCH", "CÔNG ĐIỆN".

    Matched on ``bare()`` text, so "KẾ HOẠCH" and an OCR "KÉ HOẠCH" both match.
    """
    alt = alternation([bare(t) for t in vocabulary().type_names()])
    # not "QUYẾT ĐỊNH:" (the enacting formula of a decision), which a colon follows
    return regex.compile(rf"^[ \t]*(?P<type>{alt})(?=[ \t]*$|[ \t]*\(|\s+(?:SO|VE|[A-Z]{{2}})|\t)", regex.M)


# WARD_IS_NO_TYPE (session 32): the type lines are matched on bare text, where a ward's line under its committee, "ỦY
# BAN NHÂN DÂN | PHƯỜNG AN HÒA" (NĐ 30's issuer block since the two-level local government of 2025: "Phường An Khánh",
# "Phường An Phú" …), reads "PHUONG AN HOA" and opened as the type "Phương án": the record's type was "Phương án" and
# its subject lost. "PHƯỜNG" as printed, with its grave tone, is the ward; no scan turns "PHƯƠNG ÁN" into it.
# Counter-example: "PHƯƠNG ÁN" / "PHƯƠNG ÁN ỨNG PHÓ …" (the type) and an OCR "PHUONG AN" with its tones lost.
_WARD_LINE_RE = regex.compile(r"^[ \t]*(?:PHƯỜNG|Phường)(?!\p{L})", regex.V1)


def type_line_match(line: str) -> regex.Match[str] | None:
    """``type_line_re`` on ``bare(line)``, unless ``line`` as printed is a ward's (WARD_IS_NO_TYPE).

    >>> type_line_match("PHƯỜNG AN HÒA") is None, type_line_match("PHƯƠNG ÁN")["type"]
    (True, 'PHUONG AN')
    """
    if _WARD_LINE_RE.match(line):
        return None
    return type_line_re().match(bare(line))


# MARK_WITHOUT_ITS_STOP (session 41): a copy may drop the stop of the two-letter marks, "TM ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"
# (f45's rq01, a commune's letter copied to a document site: no authority read); only "TM" and "KT", whose letters end
# no word of a signature block, and only before the capitals of a name ("Q", "TL" stay with their stop).
_STOP_OPTIONAL = frozenset({"TM.", "KT."})


def _authority_word(word: str) -> str:
    """One authority word of the vocabulary as printed: spaces allowed around "/" and before its ".", a comma for it."""
    stop = r"(?:\s?[.,]|(?=\s+(?-i:\p{Lu})))" if word in _STOP_OPTIONAL else r"\s?[.,]"
    return regex.escape(word).replace(r"/", r"\s?/\s?").replace(r"\.", stop)


@functools.lru_cache(maxsize=1)
def authority_mark() -> str:
    """The authority's mark alone as a regex fragment, the vocabulary's abbreviated words ("TM.", "KT.", "K/T", "TUQ.",
    "Q." …), read as ``authority_re`` reads them (AUTHORITY_MARK_ALONE, two-level authorities)."""
    words = sorted((w for w in vocabulary().signature.authority if "." in w or "/" in w), key=len, reverse=True)
    return f"(?:{'|'.join(_authority_word(w) for w in words)})"


@functools.lru_cache(maxsize=1)
def authority_re() -> regex.Pattern[str]:
    """An authority line: "K/T TRƯỞNG BAN", "TM. ỦY BAN NHÂN DÂN", "TL. BAN BÍ THƯ …"."""
    words = sorted(vocabulary().signature.authority, key=len, reverse=True)
    alt = "|".join(_authority_word(w) for w in words)
    return regex.compile(rf"(?:^|(?<=\s))(?P<auth>(?:{alt}))\s*(?P<rest>(?-i:[\p{{Lu}}Đ])(?-i:[\p{{Lu}}Đ\s,&-])*(?-i:[\p{{Lu}}Đ])(?!\p{{L}}))", regex.M | regex.V1)


def position_words() -> list[str]:
    """The position words of the vocabulary ("PHÓ TRƯỞNG BAN", "BÍ THƯ" …)."""
    return list(vocabulary().signature.positions)


@functools.lru_cache(maxsize=1)
def position_re() -> regex.Pattern[str]:
    """A position line in capitals ("PHÓ TRƯỞNG BAN", "CHỦ TỊCH", "KT. GIÁM ĐỐC" excluded)."""
    alt = alternation(vocabulary().signature.positions)
    return regex.compile(rf"^\s*(?:{alt})\b(?-i:[\p{{Lu}}Đ\s,&-])*$", regex.M | regex.V1)


# A person's name on its own line: two to six capitalised words ("Vũ Thị Thúy Nga").
NAME_LINE_RE = regex.compile(r"^\s*(?P<name>(?:(?-i:[\p{Lu}])(?-i:[\p{Ll}\p{Mn}])*\s+){1,5}(?-i:[\p{Lu}])(?-i:[\p{Ll}\p{Mn}])*)\s*$", regex.M | regex.V1)
# The same name printed in capitals ("NGUYỄN VĂN A").
NAME_CAPS_RE = regex.compile(r"^\s*(?P<name>(?:(?-i:[\p{Lu}])+\s+){1,5}(?-i:[\p{Lu}])+)\s*$", regex.M | regex.V1)

# ============================================================================================
# Contacts
# ============================================================================================

EMAIL_RE = regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# Vietnamese phone numbers: 0 + 9-10 digits, grouped by spaces or dots ("0225.3842.123"), taken
# only after a word that announces one, so money ("035.000.000 đồng") and codes are left alone.
#   "ĐT: 0225.3842.123" -> number="0225.3842.123"
PHONE_RE = regex.compile(
    r"""(?:điện\s+thoại|[ĐđS]?ĐT|đt|Tel|TEL|tel|Fax|FAX|fax|Hotline|hotline|di\s+động|DĐ)\b[^\d\n]{0,12}
    (?P<number>(?<![\d/])(?:\+84|0)\d{1,3}(?:[ .]?\d){6,9}(?![\d/]))""",
    regex.X | regex.V1,
)
