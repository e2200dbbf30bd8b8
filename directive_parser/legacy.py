"""Detect and convert text typed in legacy Vietnamese fonts (TCVN3/ABC, VNI) to Unicode.

Before Unicode, Vietnamese offices typed with 8-bit fonts: the ABC keyboard with .VnTime
fonts (TCVN3) and the VNI keyboard with VNI-Times. A file typed that way reaches us as Latin-1
letters in the wrong places: "Ban ChÊp hµnh" (TCVN3 for "Ban Chấp hành"), "Ñaûng" (VNI for
"Đảng"). The conversion tables are data (``data/legacy.toml``).

Detection compares Vietnamese syllables before and after a trial conversion: a legacy text has
many words that are not Vietnamese syllables as typed and become syllables when converted
("nh©n" → "nhân"), while ordinary Unicode Vietnamese and ordinary Latin-1 text (French,
German) gain none. Only lines without a Unicode-only Vietnamese letter are converted, so a
document mixing a Unicode body with a legacy header keeps its Unicode lines as they are.

Example:
    >>> convert("Ban ChÊp hµnh §¶ng bé", detect("Ban ChÊp hµnh §¶ng bé tØnh").encoding)
    'Ban Chấp hành Đảng bộ'
"""

from __future__ import annotations

import functools
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import regex

from .errors import VocabularyError

ENCODINGS = ("tcvn3", "vni")
# Names that say which encoding a conversion note is about.
ENCODING_NAMES = {"tcvn3": "TCVN3 (ABC, .VnTime fonts)", "vni": "VNI (VNI-Times fonts)"}
# A legacy text must have at least this many words that become Vietnamese syllables only when
# converted: fewer is a stray "©" or "µ" in ordinary text (a copyright sign, a micro sign).
MIN_FIXEDWORDS = 3
# Of the words a conversion changes from non-syllable to syllable or back, at least this share
# must be repaired (the rest broken) for the text to count as legacy: real TCVN3/VNI text
# scores above 0.95, Unicode Vietnamese and Latin-1 European text near 0.
MIN_CONFIDENCE = 0.8
# A line is typed in capitals (so TCVN3's lower-case codes on it are capitals) when it has at
# least this many ASCII letters and all are capitals: "X· HéI" alone is too short to tell.
MIN_CAPITAL_LETTERS = 3
# Detection reads at most this many characters: a legacy font shows within the first pages.
DETECT_SAMPLE_CHARS = 200_000

# A word in any of the encodings: Latin letters, Latin-1 letters and the Latin-1 symbols
# TCVN3 uses as letters ("©" = â, "µ" = à, "¸" = á, soft hyphen = ư …).
WORD = regex.compile(r"[A-Za-z\u00a1-\u00ff]+")
# A letter that exists only in Unicode Vietnamese, never in a legacy 8-bit text:
# ă â đ ê ô ơ ư with their capitals above U+00FF, and all of U+1EA0-U+1EF9 ("ạ" … "ỹ").
_UNICODE_ONLY = regex.compile(r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")

# One Vietnamese syllable after its tone mark is removed (worked examples: "nhân", "nghiêng",
# "quyết" → "quyêt", "đảng" → "đang", "hoà" → "hoa"; not "nhÂn", "ôtô", "grüße").
_SYLLABLE = regex.compile(
    r"""
    ^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?   # initial consonant
    (?:iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uyê|uya|uyu          # vowel nucleus: triples,
      |ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi    # pairs ("oọ", "oứa" are none),
      |ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê
      |[aăâeêioôơuưy])                                          # single vowels
    (?:ch|ng|nh|[cmnpt])?$                                       # final consonant
    """,
    regex.X,
)
# The five tone marks as combining characters (sắc, huyền, hỏi, ngã, nặng).
_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}


@dataclass(frozen=True)
class Detection:
    """What the detector found.

    Attributes:
        encoding: "tcvn3", "vni" or None (the text is not legacy-encoded).
        confidence: repaired / (repaired + broken) words for the best encoding.
        fixed: words that become Vietnamese syllables only when converted.
    """

    encoding: str | None
    confidence: float
    fixed: int


@functools.lru_cache(maxsize=1)
def tables() -> dict[str, dict[str, str]]:
    """The conversion tables from ``data/legacy.toml``, per encoding.

    Returns:
        ``{"tcvn3": {legacy: unicode}, "vni": {legacy: unicode}}``.

    Raises:
        VocabularyError: the data file is missing an encoding.
    """
    raw = tomllib.loads(resources.files("directive_parser").joinpath("data/legacy.toml").read_text(encoding="utf-8"))
    missing = [e for e in ENCODINGS if e not in raw]
    if missing:
        raise VocabularyError(f"data/legacy.toml lacks the table(s) {missing}")
    return {e: dict(raw[e]) for e in ENCODINGS}


@functools.lru_cache(maxsize=len(ENCODINGS))
def _pattern(encoding: str) -> regex.Pattern[str]:
    """Longest-first alternation of the table's keys (VNI's pairs before its single letters)."""
    keys = sorted(tables()[encoding], key=len, reverse=True)
    return regex.compile("|".join(regex.escape(k) for k in keys))


def _replace(encoding: str, piece: str) -> str:
    return tables()[encoding][piece]


def is_syllable(word: str) -> bool:
    """True when ``word`` is one Vietnamese syllable (any case, at most one tone mark).

    Args:
        word: one word without spaces.

    Returns:
        True for "Nhân", "ĐẢNG", "quyết"; False for "nh©n", "Grüße", "ôtô".
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(c in _TONES for c in decomposed)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return bool(_SYLLABLE.match(bare))


def make_replacer(encoding: str) -> Callable[[regex.Match[str]], str]:
    """A replacement function for ``WORD`` matches that converts one word in its line's context.

    Working word by word (rather than line by line) lets a caller that carries source offsets
    (``normalize``) map each converted word back onto the characters it came from.

    Args:
        encoding: "tcvn3" or "vni".

    Returns:
        A function of a ``WORD`` match over the whole text, returning the Unicode word; words
        on lines that hold a Unicode-only Vietnamese letter are returned unchanged.
    """
    pattern = _pattern(encoding)
    table = tables()[encoding]
    line_cache: dict[int, tuple[bool, bool]] = {}

    def line_facts(text: str, pos: int) -> tuple[bool, bool]:
        """(convertible, typed in capitals) for the line holding ``pos``."""
        start = text.rfind("\n", 0, pos) + 1
        if start not in line_cache:
            end = text.find("\n", pos)
            line = text[start : end if end != -1 else len(text)]
            # letters of plain words only: a symbol "1092-CV/BDVTU" is capitals on any line
            words = [w for w in line.split() if not any(ch.isdigit() or ch in "/-" for ch in w)]
            letters = [c for w in words for c in w if "a" <= c.lower() <= "z"]
            line_cache[start] = (
                not _UNICODE_ONLY.search(line),
                len(letters) >= MIN_CAPITAL_LETTERS and all(c.isupper() for c in letters),
            )
        return line_cache[start]

    def replace(m: regex.Match[str]) -> str:
        word = m.group(0)
        if word.isascii():
            return word
        convertible, line_caps = line_facts(m.string, m.start())
        if not convertible:
            return word
        new = pattern.sub(lambda p: table[p.group(0)], word)
        if encoding == "tcvn3" and new != word:
            # TCVN3 has no code for "Ộ": a capital word is typed with the lower-case code,
            # which the capitals font (.VnTimeH) draws as a capital: "HéI" → "HộI" → "HỘI".
            letters = [c for c in word if "a" <= c.lower() <= "z"]
            if line_caps or (len(letters) >= 2 and all(c.isupper() for c in letters)):
                new = new.upper()
        return new

    return replace


def convert(text: str, encoding: str | None) -> str:
    """Convert legacy-encoded text to Unicode.

    Args:
        text: the text as extracted (legacy letters appear as Latin-1 characters).
        encoding: "tcvn3", "vni", or None (returns the text unchanged).

    Returns:
        The Unicode text; lines holding a Unicode-only Vietnamese letter are left as they are.
    """
    if encoding is None:
        return text
    return WORD.sub(make_replacer(encoding), text)


def _score(words: list[str], encoding: str) -> tuple[int, int]:
    """(repaired, broken): words that become syllables, and syllables that stop being ones."""
    fixed = broken = 0
    pat = _pattern(encoding)
    for word in words:
        new = pat.sub(lambda m: _replace(encoding, m.group(0)), word)
        if new == word:
            continue
        before, after = is_syllable(word), is_syllable(new)
        if after and not before:
            fixed += 1
        elif before and not after:
            broken += 1
    return fixed, broken


def detect(text: str) -> Detection:
    """Tell whether ``text`` was typed in a legacy Vietnamese encoding, and which.

    Args:
        text: extracted text (any length; the first ``DETECT_SAMPLE_CHARS`` are read).

    Returns:
        The ``Detection``; ``encoding`` is None unless at least ``MIN_FIXEDWORDS`` words are
        repaired with confidence ``MIN_CONFIDENCE`` or more.
    """
    sample = text[:DETECT_SAMPLE_CHARS]
    if sample.isascii():
        return Detection(None, 0.0, 0)
    lines = [ln for ln in sample.splitlines() if not _UNICODE_ONLY.search(ln)]
    words = [w for ln in lines for w in WORD.findall(ln) if not w.isascii()]
    best = Detection(None, 0.0, 0)
    for encoding in ENCODINGS:
        fixed, broken = _score(words, encoding)
        confidence = fixed / (fixed + broken) if fixed + broken else 0.0
        if fixed > best.fixed:
            best = Detection(encoding, confidence, fixed)
    if best.fixed < MIN_FIXEDWORDS or best.confidence < MIN_CONFIDENCE:
        return Detection(None, best.confidence, best.fixed)
    return best


def describe(detection: Detection) -> str:
    """The conversion note for ``source.conversions`` ("TCVN3 (ABC, .VnTime fonts) → Unicode")."""
    assert detection.encoding is not None
    return f"{ENCODING_NAMES[detection.encoding]} → Unicode ({detection.fixed} words repaired, confidence {detection.confidence:.2f})"
