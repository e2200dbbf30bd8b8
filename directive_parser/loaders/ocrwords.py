"""Repair of OCR'd words against the words a directive's frame is made of.

Tesseract confuses Vietnamese diacritics ("Lâm Đông" for "Lâm Đồng", "Ván phòng" for "Văn
phòng", "BỘ TRƯỚNG" for "BỘ TRƯỞNG") and doubles letters ("ngaài"). Headers, dates' places and
signature blocks are made of known words: places, bodies, positions, authority marks. A run of
words is replaced by a known phrase only where

- their letters, diacritics removed and doubled letters merged, are the phrase's,
- no other known phrase has those letters (no ambiguity),
- they are capitalised as the phrase is printed (or every word capitalised, or all in capitals),
  so prose in lower case ("lòng an") is never touched, but for the addressees' common nouns
  (data/ocr.toml ``[addressees]``: "đoàn thể", "thành phố"), whose letters no other words have,

and each repair is recorded, so a clerk can see what the parser changed.
"""

from __future__ import annotations

import functools
import tomllib
import unicodedata
from importlib import resources

import regex

from ..vocabulary import vocabulary

# Shortest phrase repaired, in words: a single word has too many valid look-alikes ("Đông" east,
# "Đồng" copper) to be judged without its neighbour.
MIN_PHRASE_WORDS = 2
# The level words printed before a province's name ("tĩnh Quảng Ngãi" → "tỉnh Quảng Ngãi").
PROVINCE_LEVELS = ("tỉnh", "thành phố")
# A word: letters with their combining marks (NFC text has few), as OCR splits them.
_WORD = regex.compile(r"\p{L}[\p{L}\p{Mn}]*")
# Doubled letters are merged in the key: Tesseract reads one wide letter as two ("ngaài").
_REPEAT = regex.compile(r"(.)\1+")


def letters_key(text: str) -> str:
    """The base letters of ``text``: lower case, no diacritics, đ as d, doubled letters merged.

    Example:
        >>> letters_key("Quảng Ngaài")
        'quang ngai'
    """
    base = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    base = "".join(c for c in base if not unicodedata.combining(c))
    return _REPEAT.sub(r"\1", " ".join(base.split()))


@functools.lru_cache(maxsize=1)
def known_phrases() -> dict[tuple[str, ...], str | None]:
    """Known phrases by their letters' key (split in words); None where two phrases share a key."""
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    vocab = vocabulary()
    provinces = data["places"]["provinces"]
    phrases = [
        *provinces, *(f"{level} {p}" for p in provinces for level in PROVINCE_LEVELS), *data["phrases"]["words"],
        *data["addressees"]["words"],
        *vocab.signature.positions, *vocab.organisations.heads, *vocab.casing.proper,
    ]
    table: dict[tuple[str, ...], str | None] = {}
    for phrase in phrases:
        phrase = unicodedata.normalize("NFC", phrase)
        words = _WORD.findall(phrase)
        if len(words) < MIN_PHRASE_WORDS or len(words) != len(phrase.split()):
            continue
        key = tuple(letters_key(w) for w in words)
        seen = table.get(key, phrase)
        table[key] = phrase if seen is not None and seen.lower() == phrase.lower() else None
    return table


def _cased_as(read: str, phrase: str) -> str | None:
    """``phrase`` in the capitals of ``read``, or None when ``read`` is not capitalised like it."""
    read_words, phrase_words = read.split(), phrase.split()
    if read.isupper():
        return phrase.upper()
    pairs = list(zip(read_words, phrase_words, strict=True))
    if all(r[0].isupper() for r, _ in pairs):
        # every word capitalised ("Lâm Đông", "Ủy Ban Nhân Dân"): the phrase so
        return " ".join(p[0].upper() + p[1:].lower() for _, p in pairs)
    if all(r[0].isupper() == p[0].isupper() for r, p in pairs):
        # capitalised as the phrase is printed ("Ván phòng" for "Văn phòng")
        return phrase
    return None


def repair_known_words(text: str, repairs: list[str] | None = None) -> str:
    """Replace misread runs of words by the known phrase they must be.

    Args:
        text: OCR'd text (NFC), one page or more.
        repairs: where each repair is appended as ``'read' → 'repaired'``.

    Returns:
        The text with the repairs made; unchanged where no run qualifies.

    Example:
        >>> repair_known_words("Lâm Đông, ngày 04 tháng 9 năm 2025 và lâm đông")
        'Lâm Đồng, ngày 04 tháng 9 năm 2025 và lâm đông'
    """
    table = known_phrases()
    lengths = sorted({len(k) for k in table}, reverse=True)
    out: list[str] = []
    for line in text.split("\n"):
        words = list(_WORD.finditer(line))
        keys = [letters_key(m.group()) for m in words]
        edits: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            for n in lengths:
                if i + n > len(words):
                    continue
                start, end = words[i].start(), words[i + n - 1].end()
                # the run's words must be separated by spaces only ("Lâm Đông", not "Lâm, Đông")
                if any(not line[words[k].end() : words[k + 1].start()].isspace() for k in range(i, i + n - 1)):
                    continue
                phrase = table.get(tuple(keys[i : i + n]))
                read = line[start:end]
                repaired = _cased_as(read, phrase) if phrase else None
                if repaired is not None and repaired != read:
                    edits.append((start, end, repaired))
                    if repairs is not None:
                        repairs.append(f"{read!r} → {repaired!r}")
                if phrase:
                    i += n - 1
                    break
            i += 1
        for start, end, repaired in reversed(edits):
            line = line[:start] + repaired + line[end:]
        out.append(line)
    return "\n".join(out)
