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
def _phrases() -> list[str]:
    """The known phrases (NFC) of at least ``MIN_PHRASE_WORDS`` words, each word spaced."""
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    vocab = vocabulary()
    provinces = data["places"]["provinces"]
    phrases = [
        *provinces, *(f"{level} {p}" for p in provinces for level in PROVINCE_LEVELS), *data["phrases"]["words"],
        *data["addressees"]["words"],
        *vocab.signature.positions, *vocab.organisations.heads, *vocab.casing.proper,
    ]
    out = []
    for phrase in phrases:
        phrase = unicodedata.normalize("NFC", phrase)
        words = _WORD.findall(phrase)
        if len(words) >= MIN_PHRASE_WORDS and len(words) == len(phrase.split()):
            out.append(phrase)
    return out


@functools.lru_cache(maxsize=1)
def known_phrases() -> dict[tuple[str, ...], str | None]:
    """Known phrases by their letters' key (split in words); None where two phrases share a key."""
    table: dict[tuple[str, ...], str | None] = {}
    for phrase in _phrases():
        key = tuple(letters_key(w) for w in _WORD.findall(phrase))
        seen = table.get(key, phrase)
        table[key] = phrase if seen is not None and seen.lower() == phrase.lower() else None
    return table


# --- TONE_STYLE: phrases that differ only in where the tone mark stands ------------------------------
# Vietnamese prints "uy", "oa", "oe" with the tone on the first vowel (new style: "Tỉnh ủy", "Ủy
# ban") or on the second (old style: "Tỉnh uỷ", "Uỷ ban"); the vocabulary lists both ("TỈNH ỦY",
# "TỈNH UỶ"), so a read such as "TÍNH ỦY" matches two phrases and was left as read. Such phrases
# (same letters, same tones, only a mark's place differs) are told apart by the read itself: the
# phrase whose marks stand where the read's stand, on every word where the phrases differ, is
# taken ("TÍNH ỦY" → "TỈNH ỦY"; "Uý ban" → "Uỷ ban": the page prints the old style, its tone
# misread). A read without a mark on such a word ("TINH UY") stays as read.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def tone_place(word: str) -> tuple[str, int | None]:
    """``word``'s letters in lower case without their tone mark, and the index of the letter that
    carries the mark (None without one).

    Example:
        >>> tone_place("ủy"), tone_place("UỶ"), tone_place("tỉnh"), tone_place("uy")
        (('uy', 0), ('uy', 1), ('tinh', 1), ('uy', None))
    """
    letters: list[str] = []
    at: int | None = None
    for c in unicodedata.normalize("NFD", word.lower()):
        if c in _TONES:
            at = len(letters) - 1
        elif unicodedata.combining(c) and letters:
            letters[-1] += c
        else:
            letters.append(c)
    return unicodedata.normalize("NFC", "".join(letters)), at


@functools.lru_cache(maxsize=1)
def tone_style_variants() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The keys ``known_phrases`` leaves ambiguous whose phrases differ only in their tone marks'
    places ("Tỉnh ủy", "Tỉnh uỷ"), with those phrases (one spelling each, case aside)."""
    spelt: dict[tuple[str, ...], dict[str, str]] = {}
    for phrase in _phrases():
        key = tuple(letters_key(w) for w in _WORD.findall(phrase))
        spelt.setdefault(key, {}).setdefault(phrase.lower(), phrase)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, phrases in spelt.items():
        if len(phrases) < 2:
            continue
        shapes = {tuple(tone_place(w)[0] for w in p.split()) for p in phrases}
        tones = {tuple(sorted(c for c in unicodedata.normalize("NFD", p) if c in _TONES)) for p in phrases}
        if len(shapes) == 1 and len(tones) == 1:
            # each spelling cased as the group's printed (not all-capitals) phrase, where it has one
            model = next((p for p in phrases.values() if not p.isupper()), None)
            out[key] = tuple(p if model is None else _cased_like(low, model) for low, p in phrases.items())
    return out


def _cased_like(lower: str, model: str) -> str:
    """``lower`` (a phrase in lower case) capitalised word by word as ``model`` is ("uỷ ban", "Ủy ban" → "Uỷ ban")."""
    out = []
    for word, like in zip(lower.split(), model.split(), strict=True):
        out.append(word.upper() if like.isupper() and len(like) > 1 else word[:1].upper() + word[1:] if like[:1].isupper() else word)
    return " ".join(out)


def same_tone_style(read: str, phrases: tuple[str, ...]) -> str | None:
    """The one of ``phrases`` (tone-place variants) whose marks stand where ``read``'s stand, on
    each word where the variants differ; None when the read has no mark there or none fits.

    Example:
        >>> same_tone_style("TÍNH ỦY", ("Tỉnh ủy", "Tỉnh uỷ")), same_tone_style("Uý ban", ("Ủy ban", "Uỷ ban"))
        ('Tỉnh ủy', 'Uỷ ban')
        >>> same_tone_style("TINH UY", ("Tỉnh ủy", "Tỉnh uỷ")), same_tone_style("Tỉnh ỦY", ("Tỉnh ủy", "Tỉnh uỷ"))
        (None, None)
    """
    words = read.split()
    split = [p.split() for p in phrases]
    if any(len(p) != len(words) for p in split):
        return None
    # in capitals, or capitalised word by word as the phrases are printed: a read of mixed case
    # ("Tỉnh ỦY", n053's scan) is left to the "Nơi nhận" items' own repairs
    if not read.isupper() and any(w[:1].isupper() != p[:1].isupper() for w, p in zip(words, split[0], strict=True)):
        return None
    fits = []
    for phrase, pw in zip(phrases, split, strict=True):
        ok = True
        for k, word in enumerate(words):
            places = {tone_place(p[k])[1] for p in split}
            if len(places) < 2:
                continue  # the variants agree on this word
            at = tone_place(word)[1]
            if at is None or at != tone_place(pw[k])[1]:
                ok = False
                break
        if ok:
            fits.append(phrase)
    return fits[0] if len(fits) == 1 else None


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
                read = line[start:end]
                phrase = table.get(tuple(keys[i : i + n]))
                if phrase is None and (variants := tone_style_variants().get(tuple(keys[i : i + n]))):
                    phrase = same_tone_style(read, variants)  # TONE_STYLE
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


# DIGIT_IN_SYLLABLE: OCR reads an "i" between a word's lower-case letters as "1": "g1ao Bộ Tài chính chủ trì" (n047's
# scan, the duty's "giao" unread, so the duty is not given to "Bộ Tài chính"), "trong thời g1an qua" (c143's),
# "Ban Chỉ đạo Quôc g1a" (n055's). A digit never stands inside a Vietnamese syllable; the read is the word with
# "i" where that is a one-syllable word of the list (``ocrlexicon.lexicon``) and the read is none. Counter-examples:
# "m3", "B1.3", "H2O", "5a" (not between lower-case letters), "k1x" ("kix" is no word).
_DIGIT_IN_SYLLABLE = regex.compile(r"(?<![\p{L}\p{N}])(?-i:\p{Ll})+1(?-i:\p{Ll})+(?![\p{L}\p{N}])", regex.V1)


def repair_digit_in_syllable(text: str, repairs: list[str] | None = None) -> str:
    """The words of ``text`` with an "i" read "1" between their lower-case letters read with "i" (DIGIT_IN_SYLLABLE).

    Example:
        >>> found = []
        >>> repair_digit_in_syllable("quan, g1ao Bộ Tài chính chủ trì; m3 đất, B1.3, k1x", found), found
        ('quan, giao Bộ Tài chính chủ trì; m3 đất, B1.3, k1x', ["'g1ao' → 'giao'"])
    """
    from .ocrlexicon import lexicon

    def read(m: regex.Match[str]) -> str:
        word = m.group().replace("1", "i")
        if not lexicon().is_single(word):
            return m.group()
        if repairs is not None:
            repairs.append(f"{m.group()!r} → {word!r}")
        return word

    return _DIGIT_IN_SYLLABLE.sub(read, text)


# NUMBER_WORD_READ: "số" before the figures it introduces ("Nghị quyết số 76/NQ-CP", "Kế hoạch số
# 164-KH/TU") read one mark off: "só" (no Vietnamese word), "sô" (n026's DOCX at 300 dpi: "thực hiện
# Nghị quyết sô 76/NQ-CP", its subject; "sô" is a loanword, "show", never before a figure). A
# directive's "số" stands before the number it introduces; "sổ", "sở", "sơ" stay (other words).
_NUMBER_WORD_READ = regex.compile(r"(?<![\p{L}\p{Mn}])(?P<s>[Ss])[óô](?=[ \t]+(?P<figure>\d+))", regex.V1)


def repair_number_word(text: str, repairs: list[str] | None = None) -> str:
    """``text`` with "số" read "só" or "sô" before a figure repaired (NUMBER_WORD_READ).

    Example:
        >>> found = []
        >>> repair_number_word("Nghị quyết sô 76/NQ-CP; Kế hoạch só 164-KH/TU; sổ 2; sô diễn", found), found
        ('Nghị quyết số 76/NQ-CP; Kế hoạch số 164-KH/TU; sổ 2; sô diễn', ["'sô 76' → 'số 76' (the number's word before its figures)", "'só 164' → 'số 164' (the number's word before its figures)"])
    """

    def read(m: regex.Match[str]) -> str:
        word = m["s"] + "ố"
        if repairs is not None:
            repairs.append(f"{m.group() + ' ' + m['figure']!r} → {word + ' ' + m['figure']!r} (the number's word before its figures)")
        return word

    return _NUMBER_WORD_READ.sub(read, text)


# MOTTO_ONE_WORD_MISREAD: the motto (NĐ 30 ô số 2, HD 36 the Party's) is fixed text, printed in a cell
# of its own beside the issuer. Read with one word wrong it is not known as the motto, and its cell
# is taken into the issuer's lines ("CỘNG HÒA XÃ HỘI tài NGHĨA VIỆT NAM", n035's header at 300 and
# 250 dpi: the issuer "Ủy ban nhân dân tỉnh Quảng Ngãi Cộng Hòa xã Hội Tài Nghĩa Việt Nam"; "CỘNG HOÀ
# XÃ HỘI CHỦ NGHĨA VIỆT NA)", n027's phone render). A cell (a line, or its part between tabs) whose
# words are the motto's, in order, every one but one with the motto's letters (marks aside), is
# the motto. Counter-examples: the motto with a word more or a word
# less, two words wrong ("CỘNG HÒA XÃ HỘI tài NGHĨA VIỆT NGA"), words in another order.
MOTTOS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")
_CELL_WORD = regex.compile(r"\p{L}[\p{L}\p{Mn}]*|\d+")


def repair_motto_word(text: str, repairs: list[str] | None = None) -> str:
    """``text`` with each cell that is a motto with one word misread set to the motto (each recorded).

    Example:
        >>> repair_motto_word("ỦY BAN NHÂN DÂN\\nCỘNG HÒA XÃ HỘI tài NGHĨA VIỆT NAM\\nBỘ TƯ PHÁP\\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NA)")
        'ỦY BAN NHÂN DÂN\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nBỘ TƯ PHÁP\\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
        >>> repair_motto_word("CỘNG HÒA XÃ HỘI tài NGHĨA VIỆT NGA\\nCỘNG HÒA XÃ HỘI NGHĨA VIỆT NAM")
        'CỘNG HÒA XÃ HỘI tài NGHĨA VIỆT NGA\\nCỘNG HÒA XÃ HỘI NGHĨA VIỆT NAM'
    """
    keyed = [(m, [letters_key(w) for w in _CELL_WORD.findall(m)]) for m in MOTTOS]
    out = []
    for line in text.split("\n"):
        cells = line.split("\t")
        for k, cell in enumerate(cells):
            words = _CELL_WORD.findall(cell)
            for motto, keys in keyed:
                if len(words) != len(keys) or cell.strip() == motto:
                    continue
                wrong = sum(letters_key(w) != key for w, key in zip(words, keys, strict=True))
                if wrong == 1:
                    if repairs is not None:
                        repairs.append(f"{cell.strip()!r} → {motto!r} (the motto, one word misread)")
                    cells[k] = cell[: len(cell) - len(cell.lstrip())] + motto
                    break
        out.append("\t".join(cells))
    return "\n".join(out)
