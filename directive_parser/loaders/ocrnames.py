"""Repair of the signer's name read under a seal or a signature, in an OCR'd signature block.

The name stands under the signature's strokes and the seal's rim, so Tesseract reads its end
well and its beginning badly: "NSeNgÑfyên Sỹ Hiệp", "xến Mạnh Cường", "Ai Thị Thu Vân",
"Xguyến Quốc Việt", "Trân Phước Hiền". Two repairs, each recorded:

- completion: the words read at the end of the name line ("Sỹ Hiệp", at least two, their
  letters exactly) end exactly one full name printed elsewhere in the document ("PCN Nguyễn Sỹ
  Hiệp" in the "Nơi nhận" list, "Phó Thủ tướng Trần Hồng Hà" in the body), which starts with a
  family name: that name, with the words as read where they were read;
- the family name read whole before the strokes' letters ("Phạmnf Thị Thanh Trà" → "Phạm");
- the family name alone: the first word has the letters of exactly one family name
  (data/ocr.toml ``[names]``: "Trân" → "Trần"), or, in a long family name, all of its letters but
  the first ("Xguyến" → "Nguyễn").

Nothing else in the block is touched, and nothing outside it.
"""

from __future__ import annotations

import functools
import tomllib
import unicodedata
from importlib import resources

import regex

from .ocrwords import letters_key, tone_place

# A capitalised word of letters ("Hiệp", "Sỹ"), the unit a name is made of.
_NAME_WORD = regex.compile(r"^(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+$")
# Two to five capitalised words standing alone in running text ("PCN Nguyễn Sỹ Hiệp," gives
# "Nguyễn Sỹ Hiệp": "PCN" is not a word of lower-case letters after its capital).
_NAME_RUN = regex.compile(r"(?<![\p{L}\p{Mn}])(?:(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+\s+){1,4}(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+(?![\p{L}\p{Mn}])")
# The lower-case letters (at least two) that end the word before the name's run: the end of a
# family name whose start the strokes took ("yên", "hạm"; "uyễn" of "X6uyễn", "guyễn" of "NÑguyễn").
_FRAGMENT = regex.compile(r"(?-i:[\p{Ll}\p{Mn}]){2,}$")
# A letter of a word ("Tượ" has three; "“*" none).
_LETTERS = regex.compile(r"\p{L}")
# Words of a name matched exactly (by their letters) before it is completed: one word alone
# ("Hiệp") ends too many names.
MIN_MATCHED_WORDS = 2
# A name whose family name is repaired by its letters alone has at least this many words: in a
# shorter run the first word may be a given name with a family name's letters ("Trường" in
# "Phạm Trường Thọ" has Trương's).
MIN_FULL_NAME_WORDS = 3
# A family name repaired from all its letters but the first must be at least this long: "guyen"
# is Nguyễn's, but "an" could end Phan, Đoàn or a given name.
MIN_FIRST_LETTER_LOST = 5
# A Vietnamese name has at most this many words ("Nguyễn Thị Thanh Tâm Anh" is rare already).
MAX_NAME_WORDS = 5


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, list[str]]]:
    """data/ocr.toml."""
    return tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))


def _names() -> dict[str, list[str]]:
    """data/ocr.toml's ``[names]`` table."""
    return dict(_data()["names"])


# The five tone marks (combining, after NFD): huyền, sắc, ngã, hỏi, nặng. Circumflex, breve and
# horn are part of the vowel, not tones.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# The tones a rhyme ending in a stop consonant can take: sắc and nặng ("Tấc", "Việt"; no "Tàt").
_STOP_TONES = frozenset("\u0301\u0323")
_STOP_CODA = regex.compile(r"(?:p|t|c|ch)$")


@functools.lru_cache(maxsize=1)
def _syllable_parts() -> tuple[tuple[str, ...], frozenset[str]]:
    """Onsets (longest first, then none) and rhymes (data/ocr.toml ``[syllables]``)."""
    table = _data()["syllables"]
    onsets = (*sorted(table["onsets"], key=len, reverse=True), "")
    return onsets, frozenset(table["rhymes"])


@functools.lru_cache(maxsize=4096)
def is_syllable(word: str) -> bool:
    """Whether ``word`` is a Vietnamese syllable: an onset, a rhyme, at most one tone.

    Example:
        >>> is_syllable("Tấn"), is_syllable("Lê7ấn"), is_syllable("Tàt")
        (True, False, False)
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    onsets, rhymes = _syllable_parts()
    for onset in onsets:
        rhyme = base[len(onset) :]
        stop_ok = not _STOP_CODA.search(rhyme) or (tones and tones[0] in _STOP_TONES)
        if base.startswith(onset) and rhyme in rhymes and stop_ok:
            return True
    return False


# TONE_MISPLACED: a rhyme of two plain vowels and no final consonant carries its tone on the
# first ("mùi", "tài", "cháo"; "oa", "oe", "uy" aside, whose mark either style places), so a read
# with the mark on the second is no spelling of the language, though its letters make a syllable:
# n041's scanned subject "Ban Uì sự tiến bộ" for "Ban Vì sự tiến bộ" (the "V" read "U").
_PLAIN_VOWELS = frozenset("aeiouy")
_EITHER_PLACE = frozenset({"oa", "oe", "uy"})


@functools.lru_cache(maxsize=4096)
def tone_misplaced(word: str) -> bool:
    """Whether ``word``'s tone mark stands on the second of two plain vowels ending it.

    Example:
        >>> tone_misplaced("Uì"), tone_misplaced("muì"), tone_misplaced("Vì"), tone_misplaced("mùi")
        (True, True, False, False)
        >>> tone_misplaced("hoà"), tone_misplaced("thuỷ"), tone_misplaced("giá"), tone_misplaced("toán")
        (False, False, False, False)
    """
    base, at = tone_place(word)
    if at is None:
        return False
    onsets, rhymes = _syllable_parts()
    onset = next((o for o in onsets if base.startswith(o) and base[len(o) :] in rhymes), None)
    if onset is None:
        return False
    rhyme = base[len(onset) :]
    return len(rhyme) == 2 and set(rhyme) <= _PLAIN_VOWELS and rhyme not in _EITHER_PLACE and at == len(onset) + 1


# Digits Tesseract reads for a capital inside a name word ("Lê7ấn" is "Lê Tấn": the "T" under a
# signature's stroke); a name has no digits.
_DIGIT_CAPITALS = str.maketrans({"7": "T", "5": "S", "8": "B", "6": "G", "0": "O"})
# Where two words run together: before a capital that follows a lower-case letter ("LêTấn").
_INNER_CAPITAL = regex.compile(r"(?<=(?-i:[\p{Ll}\p{Mn}]))(?=(?-i:\p{Lu}))")


def split_glued(word: str) -> list[str] | None:
    """The name words ``word`` is made of when OCR ran them together, or None.

    A digit inside the word is read as the capital it looks like, and the word is split before
    each inner capital; the split stands only when every part is a capitalised syllable.

    Example:
        >>> split_glued("Lê7ấn"), split_glued("Mạnh"), split_glued("Nạnh:Zfj")
        (['Lê', 'Tấn'], None, None)
    """
    fixed = unicodedata.normalize("NFC", word).translate(_DIGIT_CAPITALS)
    parts = _INNER_CAPITAL.split(fixed)
    if len(parts) < 2 or not all(_NAME_WORD.match(p) and is_syllable(p) for p in parts):
        return None
    return parts


@functools.lru_cache(maxsize=1)
def family_names() -> dict[str, str]:
    """Family names by their letters' key (data/ocr.toml ``[names] family``)."""
    return {letters_key(n): n for n in _names()["family"]}


def name_words() -> list[str]:
    """The family, middle and given names of data/ocr.toml ``[names]`` (words a name is made of)."""
    return [*_names()["family"], *_names()["given"]]


@functools.lru_cache(maxsize=1)
def ranks() -> frozenset[str]:
    """Ranks and degrees printed before a name (data/ocr.toml ``[names] ranks``)."""
    return frozenset(_names()["ranks"])


def _tone_key(word: str) -> str:
    """``word`` in lower case with its tone mark moved to the end, wherever it was written
    ("Thuý" and "Thúy" give the same key; "Chi" and "Chỉ" do not)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = "".join(c for c in decomposed if c in _TONE_MARKS)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS)) + tones


@functools.lru_cache(maxsize=1)
def _given_keys() -> frozenset[str]:
    """The keys of the syllables a middle or given name is made of (data/ocr.toml ``[names]
    given``, and the family names, which are given as such too)."""
    return frozenset(_tone_key(w) for w in (*_names()["given"], *_names()["family"]))


def has_given_names(name: list[str]) -> bool:
    """Whether every word of ``name`` after its family name is a known middle or given name.

    Example:
        >>> has_given_names(["Nguyễn", "Thị", "Kim", "Chi"]), has_given_names(["Nguyễn", "Thị", "Kim", "Chỉ"])
        (True, False)
    """
    return all(_tone_key(w) in _given_keys() for w in name[1:])


def _tail(words: list[str]) -> int:
    """Index where the run of capitalised name words ending ``words`` starts."""
    i = len(words)
    while i > 0 and _NAME_WORD.match(words[i - 1]):
        i -= 1
    return i


def _complete(read: list[str], context: str) -> list[str] | None:
    """The one full name in ``context`` that ``read`` (a name's last words) ends, or None."""
    keys = [letters_key(w) for w in read]
    found: dict[tuple[str, ...], list[str]] = {}
    for m in _NAME_RUN.finditer(context):
        cand = m.group().split()
        ckeys = [letters_key(w) for w in cand]
        # align the ends: every read word but perhaps the first has the candidate's letters
        n = len(read)
        first_partial = n - 1 >= MIN_MATCHED_WORDS and ckeys[-(n - 1):] == keys[1:] and len(cand) >= n and (
            ckeys[-n].endswith(keys[0]) and ckeys[-n] != keys[0]
        )
        whole = n >= MIN_MATCHED_WORDS and len(cand) > n and ckeys[-n:] == keys
        if not (first_partial or whole):
            continue
        # the full name starts with a family name before the words read whole
        start = next((i for i, k in enumerate(ckeys[: len(cand) - n + first_partial]) if k in family_names()), None)
        if start is None:
            continue
        # the words as read where they were read whole; the candidate's before them
        name = cand[start : len(cand) - n] + (cand[-n : -n + 1] if first_partial else read[:1]) + read[1:]
        name[0] = family_names()[letters_key(name[0])]  # "Nguyền Văn Phúc" read in the list
        found[tuple(letters_key(w) for w in name)] = name
    return next(iter(found.values())) if len(found) == 1 else None


def _family(word: str) -> str | None:
    """The family name ``word`` must be, or None when it is one already or none fits."""
    key = letters_key(word)
    table = family_names()
    if key in table:
        return table[key] if table[key] != word else None
    lost = [n for k, n in table.items() if len(k) >= MIN_FIRST_LETTER_LOST and len(key) == len(k) and key[1:] == k[1:]]
    return lost[0] if len(lost) == 1 else None


def _family_ending(fragment: str) -> str | None:
    """The one family name that ends with ``fragment``'s letters ("hạm" → "Phạm"), or None."""
    key = letters_key(fragment)
    found = [n for k, n in family_names().items() if k.endswith(key) and k != key]
    return found[0] if len(found) == 1 else None


def _family_prefix(word: str) -> str | None:
    """The family name ``word`` starts with, spelt exactly, before letters that make it no
    syllable: the seal's rim or the signature's stroke read on after the name ("Phạmnf" →
    "Phạm", n047); None when no family name or more than one fits, or the word is a syllable."""
    word = unicodedata.normalize("NFC", word).lstrip("_-–—“”\"'`^*.,:;|")
    if is_syllable(word):
        return None
    found = {n for n in family_names().values() if word.startswith(n) and len(word) > len(n)}
    longest = max(found, key=len, default=None)
    if longest is None or any(not longest.startswith(n) for n in found):
        return None
    return longest


def repair_signer_name(lines: list[str], context: str, repairs: list[str] | None = None) -> list[str]:
    """Repair the name line of a signature block: the lowest line ending in capitalised words.

    Args:
        lines: the block's lines, top to bottom.
        context: the rest of the document read so far (where the full name may be printed).
        repairs: where each repair is appended as ``'read' → 'repaired'``.

    Returns:
        The lines, the name line repaired where a repair applies.

    Example:
        >>> repair_signer_name(["PHÓ CHỦ NHIỆM", "NSeNgÑfyên Sỹ Hiệp"], "- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp,")
        ['PHÓ CHỦ NHIỆM', 'Nguyễn Sỹ Hiệp']
        >>> repair_signer_name(["CHỦ TỊCH", "Trân Phước Hiền"], "")
        ['CHỦ TỊCH', 'Trần Phước Hiền']
    """
    for i in range(len(lines) - 1, -1, -1):
        words = lines[i].split()
        start = _tail(words)
        if len(words) - start < MIN_MATCHED_WORDS or any(w.isupper() for w in words[start:]):
            continue
        read = words[start:]
        # the end of a family name whose start the stroke took, in lower case: "yên Thị Kim Chi"
        found = _FRAGMENT.search(words[start - 1]) if start > 0 else None
        fragment = found.group() if found else None
        name = (_complete([fragment, *read], context) if fragment else None) or _complete(read, context)
        if name is None and len(read) > MIN_MATCHED_WORDS and letters_key(read[0]) not in family_names():
            # the first word is the family name misread beyond its letters ("Nốøẫñyễn Sỹ Hiệp")
            name = _complete(read[1:], context)
        keep: list[str] = []
        if name is None:
            # the family name read whole, the strokes' letters run on after it: alone before the
            # name's words ("_ Phạmnf"), or as the first of them ("Phạmnf Thị Thanh Trà")
            before = _family_prefix(words[start - 1]) if start > 0 else None
            first = _family_prefix(read[0]) if len(read) > MIN_MATCHED_WORDS else None
            name = [before, *read] if before else [first, *read[1:]] if first else None
        if name is None and fragment:
            family = _family_ending(fragment)
            name = [family, *read] if family else None
        if name is None:
            family = _family(read[0]) if len(read) >= MIN_FULL_NAME_WORDS else None
            name = [family, *read[1:]] if family else read if letters_key(read[0]) in family_names() else None
            # a rank before the name stays ("Thượng tướng Nguyễn Văn Long"); other words there
            # are the signature's strokes read as letters ("sốt ø Nguyễn Sỹ Hiệp")
            keep = words[:start] if " ".join(words[:start]) in ranks() else []
        # what stands before a completed name is the rest of the name misread
        if name is not None:
            repaired = " ".join([*keep, *name])
            if repaired != lines[i]:
                if repairs is not None:
                    repairs.append(f"{lines[i]!r} → {repaired!r}")
                lines = [*lines[:i], repaired, *lines[i + 1 :]]
        return lines
    return lines


def is_name_word(word: str) -> bool:
    """Whether ``word`` is shaped as a name's word: a capital, then lower-case letters."""
    return bool(_NAME_WORD.match(word))


def name_reading(words: list[tuple[str, float]], context: str) -> tuple[list[str] | None, float]:
    """The signer's name one read of a name line gives, and how sure Tesseract was of it.

    The line is repaired as ``repair_signer_name`` repairs it (completed from ``context``, the
    family name by its letters); the name stands when it is two to five capitalised syllables
    (data/ocr.toml ``[syllables]``) starting with a family name (``[names] family``), and no
    letters read before it are its start misread ("“Tượ Mạnh Cường") unless the repair found
    that start.

    Args:
        words: the line's words as read, left to right, with Tesseract's confidence (0-100).
        context: the document's text read so far.

    Returns:
        The name's words (None when the read gives no valid name), and how sure the read is:
        the mean confidence of the name's words, a word not read as it stands (completed or
        repaired) counting 0.

    Example:
        >>> name_reading([("Lê", 94.0), ("Quân", 97.0)], "")
        (['Lê', 'Quân'], 95.5)
        >>> name_reading([("Tê", 78.0), ("Quân", 96.0)], "")
        (None, 87.0)
    """
    texts = [t for t, _ in words]
    start = _tail(texts)
    repaired = repair_signer_name([" ".join(texts)], context)[0].split()
    name = repaired[_tail(repaired) :]
    read = dict(zip(texts[start:], (c for _, c in words[start:]), strict=True))
    score = round(sum(read.get(w, 0.0) for w in name) / len(name), 2) if name else 0.0
    # letters read before the name's words are its start misread ("“Tượ Mạnh Cường": Phạm under
    # the seal), unless the repair recovered that start (a family name completed or repaired)
    lost = " ".join(texts[:start]) not in ranks() and any(len(_LETTERS.findall(w)) >= 2 for w in texts[:start])
    valid = (
        MIN_MATCHED_WORDS <= len(name) <= MAX_NAME_WORDS
        and name[0] in family_names().values()
        and all(is_syllable(w) for w in name)
        and (not lost or len(name) > len(texts) - start or name[0] != texts[start])
    )
    return (name if valid else None), score


# Other reads of the name's line that must agree with a family name repaired by its first letter.
MIN_AGREEING_READS = 2


def family_by_onset(words: list[str], renderings: list[list[str]]) -> list[str] | None:
    """The name read as ``words`` with its first word, no family name, replaced by the one family
    name spelt as it is but for its first letter, the letter the seal's rim or the signature's
    stroke touches ("Tê Quân" → "Lê Quân", c152), where the other ``renderings`` of the line agree.

    A rendering agrees when it ends with the name's other words as read and the word before them
    ends with the family name's letters after its first ("z.ê Quân", "ê Quân"); at least
    ``MIN_AGREEING_READS`` must agree, and none may read a capitalised word there other than the
    family name ("Tê" again, or "Tô": the first letter is then not lost, and nothing is repaired).

    Args:
        words: the line's words as read.
        renderings: the words of other reads of the same line.

    Returns:
        The name's words, or None when no single family name fits or the reads do not agree.

    Example:
        >>> family_by_onset(["___", "Tê", "Quân"], [[":,ê", "Quân"], ["z.ê", "Quân"], ["_——__", "ê", "Quân"]])
        ['Lê', 'Quân']
        >>> family_by_onset(["___", "Tê", "Quân"], [[":,ê", "Quân"], ["Tê", "Quân"], ["ê", "Quân"]]) is None
        True
    """
    read = [unicodedata.normalize("NFC", w) for w in words[_tail(words) :]]
    if not MIN_MATCHED_WORDS <= len(read) <= MAX_NAME_WORDS or letters_key(read[0]) in family_names():
        return None
    if not all(is_syllable(w) for w in read):
        return None
    first, rest = read[0], read[1:]
    found = [n for n in family_names().values() if len(n) == len(first) and n[1:] == first[1:] and n[0] != first[0]]
    if len(found) != 1:
        return None
    family = found[0]
    agree = 0
    for other in renderings:
        other = [unicodedata.normalize("NFC", w) for w in other]
        if len(other) <= len(rest) or other[len(other) - len(rest) :] != rest:
            continue
        letters = "".join(_LETTERS.findall(other[len(other) - len(rest) - 1]))
        if is_name_word(letters) and letters != family:
            return None
        agree += letters.endswith(family[1:])
    return [family, *rest] if agree >= MIN_AGREEING_READS else None


# --- a position line the seal garbled ------------------------------------------------------------
# Under a seal, Tesseract reads the deputy's position with its first words damaged ("HO MU TƯỜNG"
# for "PHÓ THỦ TƯỚNG", c149; "PHÙ CN NHIỆM", c140; "XP RRƯƠNG BẠN", n048) while its last word,
# the longest, survives. A line is read as a known position (data/vocabulary.toml [signature]
# positions) only where it has that position's number of words, its last word has the position's
# last word's letters exactly, the other words are together at most as far (in letters edited)
# from the position's as the position's letters are many, and no other position is as near.


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings.

    >>> edit_distance("mu", "thu"), edit_distance("pho", "pho")
    (2, 0)
    """
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def garbled_position(line: str, positions: list[str]) -> str | None:
    """The one known position ``line`` is a damaged reading of, or None.

    >>> ps = ["THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "PHÓ TRƯỞNG BAN", "TRƯỞNG TIỂU BAN"]
    >>> [garbled_position(x, ps) for x in ("HO MU TƯỜNG", "PHÙ CN NHIỆM", "XP RRƯƠNG BẠN", "Z0 TỒN TƯỚNG")]
    ['PHÓ THỦ TƯỚNG', 'PHÓ CHỦ NHIỆM', 'PHÓ TRƯỞNG BAN', 'PHÓ THỦ TƯỚNG']
    >>> [garbled_position(x, ps) for x in ("SẺ TEHỀ CHỦ NHIỆM", "Mai Thị Thu Vân", "PHÓ THỦ TƯỚNG", "THỦ TRƯỞNG BAN")]
    [None, None, None, None]
    """
    known = _title_words(positions)
    scored = sorted((cost, position) for position in positions if (cost := _fit_cost(line, position, known)) is not None)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def fits_title(line: str, title: str, positions: list[str]) -> bool:
    """Whether ``line`` is a damaged reading of ``title`` by the rule of ``garbled_position`` (the
    authority line over a deputy's position: "“RE #'HỦ TƯỚNG" for "KT. THỦ TƯỚNG", c149).

    >>> ps = ["THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "CHỦ NHIỆM"]
    >>> fits_title("“RE #'HỦ TƯỚNG", "KT. THỦ TƯỚNG", ps), fits_title("Ki RỦ TƯỚNG", "KT. THỦ TƯỚNG", ps)
    (True, True)
    >>> fits_title("Z6Q TRỪ NNNG, CHỦ NHIỆM", "KT. CHỦ NHIỆM", ps), fits_title("Phạm Minh Chính", "KT. THỦ TƯỚNG", ps)
    (False, False)
    """
    return _fit_cost(line, title, _title_words(positions)) is not None


# TITLE_WORD_REJOINED: OCR splits a title's word in capitals at a space, where the seal's ring or the
# signature's stroke crosses it, often reading one of its letters twice: "KT. BỌ TRƯỚỞN G" (c152's
# copy, for "KT. BỘ TRƯỞNG"), "Ứ TRUƯ ỞNG" (n039's copy, for "THỨ TRƯỞNG"). Two words next to
# each other, in capitals, neither of them a known title's word, whose letters joined are those of
# one known title's word (``letters_key``: marks dropped, a doubled letter merged) of at least
# REJOIN_MIN_LETTERS letters, are that word. Counter-examples: "BỘ TRƯỞNG" (both words known),
# "SỞ NỘI VỤ", "TRƯỞNG BAN" (no two fragments make one word): left as read.
REJOIN_MIN_LETTERS = 4


def rejoined_title_words(line: str, positions: list[str]) -> str:
    """``line`` with a known title's word OCR split in two read as that word (TITLE_WORD_REJOINED).

    >>> ps = ["BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHỦ TỊCH", "PHÓ TRƯỞNG BAN"]
    >>> rejoined_title_words("BỌ TRƯỚỞN G", ps), rejoined_title_words("Ứ TRUƯ ỞNG", ps)
    ('BỌ TRƯỞNG', 'Ứ TRƯỞNG')
    >>> rejoined_title_words("BỘ TRƯỞNG", ps), rejoined_title_words("PHÓ TRƯỞNG BAN", ps), rejoined_title_words("Lê Quân", ps)
    ('BỘ TRƯỞNG', 'PHÓ TRƯỞNG BAN', 'Lê Quân')
    """
    known = _title_words(positions)
    keys: dict[str, set[str]] = {}
    for w in known:
        if len(letters_key(w)) >= REJOIN_MIN_LETTERS:
            keys.setdefault(letters_key(w), set()).add(w)
    words, out, i = line.split(), [], 0
    while i < len(words):
        pair = words[i : i + 2]
        if len(pair) == 2 and not any(w in known or any(c.islower() for c in w) for w in pair):
            found = keys.get(letters_key("".join(pair)), set())
            if len(found) == 1:
                out.append(next(iter(found)))
                i += 2
                continue
        out.append(words[i])
        i += 1
    return " ".join(out)


def _title_words(positions: list[str]) -> frozenset[str]:
    """The words the known positions are made of ("PHÓ", "TỔNG", "THỦ" …)."""
    return frozenset(w for p in positions for w in p.split())


def _fit_cost(line: str, title: str, known: frozenset[str]) -> int | None:
    """How many letters must be edited in ``line``'s words but its last to read ``title``, or
    None where it cannot be that title's reading: another number of words, a last word of other
    letters or in lower case, more letters edited than the title's words have, the title as is,
    or a word read whole that is a word of the known titles (``known``) but not the title's
    there ("TỔNG GIÁM ĐỐC" is no damaged "PHÓ GIÁM ĐỐC", "THỦ TRƯỞNG" no damaged "THỨ TRƯỞNG")."""
    words, want = line.split(), title.split()
    if not words or len(want) != len(words) or line.strip() == title or any(c.islower() for c in words[-1]):
        return None
    if letters_key(words[-1]) != letters_key(want[-1]):
        return None
    pairs = list(zip(words[:-1], want[:-1], strict=True))
    if any(r in known and r != w for r, w in pairs):
        return None
    cost = sum(edit_distance(letters_key(regex.sub(r"[^\p{L}\p{N}]", "", r)), letters_key(regex.sub(r"[^\p{L}\p{N}]", "", w))) for r, w in pairs)
    return cost if cost <= sum(len(letters_key(w)) for _, w in pairs) else None


# --- a head's title of two parts whose first the seal took ---------------------------------------
# Letters the second title, after the comma, may have edited as read: "CHỦ NHHẸM" (c142) for
# "CHỦ NHIỆM". More, and "CHỦ TỊCH" could be read for another title.
SECOND_TITLE_EDITS = 1
# Letters the part before the comma must have: something stood there (", CHỦ NHIỆM" alone is a
# line cut short, not a title read badly).
FIRST_TITLE_LETTERS = 2


def two_part_heads() -> list[str]:
    """data/ocr.toml ``[block_titles] two_part_heads``: the heads' titles of two parts."""
    return list(_data()["block_titles"]["two_part_heads"])


def two_part_head(line: str) -> str | None:
    """The one head's title of two parts (``two_part_heads``) that ``line`` reads with its first
    part damaged: a comma, before it some letters, after it the title's second part in capitals
    (at most ``SECOND_TITLE_EDITS`` letters edited, as ``letters_key`` gives them); else None.

    Example:
        >>> two_part_head("Z6Q TRỪ NNNG, CHỦ NHIỆM"), two_part_head("b1 ØMI RU ƠNG, CHỦ NHHẸM")
        ('BỘ TRƯỞNG, CHỦ NHIỆM', 'BỘ TRƯỞNG, CHỦ NHIỆM')
        >>> two_part_head("Z6Q TRỪ NNNG CHỦ NHIỆM"), two_part_head(", CHỦ NHIỆM"), two_part_head("Z6Q TRỪ NNNG, CHỦ TỊCH")
        (None, None, None)
    """
    before, comma, after = line.rpartition(",")
    if not comma or len(_LETTERS.findall(before)) < FIRST_TITLE_LETTERS or any(c.islower() for c in after):
        return None
    read = letters_key(after)
    seconds = {head: letters_key(head.rpartition(",")[2]) for head in two_part_heads()}
    found = [h for h, second in seconds.items() if len(read.split()) == len(second.split()) and edit_distance(read, second) <= SECOND_TITLE_EDITS]
    return found[0] if len(found) == 1 else None
