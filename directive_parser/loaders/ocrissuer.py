"""The issuer's name read from a scan, repaired against what the document itself prints.

The issuer's lines (NĐ 30 ô số 1, HD 36 the same) are printed in capitals, where Tesseract loses
tone marks and mistakes a capital onset ("BỘ NỘI VỤ" read "HỘ NỘI VỤ" or "ĐỘ NỘI VỤ"; "HỘI ĐỒNG
THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ" read "THÁM ĐỊNH, ĐÁNH GIÁ CHÍ SỐ"). A body's head word alone ("Bộ",
"Sở") is too short to be judged ("HỘ NỘI VỤ" is one onset from "Bộ Nội vụ" and from "Sở Nội vụ"),
but the document's body usually names its issuer again, in reading case, where the lower-case
letters are read better ("… của Bộ Nội vụ"). Two repairs, each recorded:

- ISSUER_AS_ECHOED: the name (or its opening words) as the body prints it, where exactly one
  print in the body has the name's letters, a word at most one letter off;
- ISSUER_SYLLABLES: otherwise the name's lower-case syllables by the word list, as a scanned
  subject's are ("phát triến" → "phát triển", ``ocrlexicon.repair_syllables``).
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from ..values import org_case
from ..vocabulary import vocabulary
from .ocrlexicon import kept_syllables, repair_syllables
from .ocrnames import edit_distance
from .ocrwords import _TONES, _phrases, letters_key, tone_place

# A word of a name: letters with their marks, or a number ("Đề án 06").
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{Mn}]*|\d+")
# What may stand between two words of one print of a name in the body: spaces, a comma or a hyphen,
# one line break (a name wrapped in a paragraph), never a blank line or a sentence's stop.
_NAME_GAP = regex.compile(r"^[ \t]*[,\-–]?[ \t]*(?:\n[ \t]*)?$")

# The fewest words a print must repeat: one word alone ("Bộ", "Sở") names no body.
ECHO_MIN_WORDS = 2
# The words of an echo that may be one letter off the read, per so many words of the name (at least one):
# "HỘ NỘI VỤ" (3 words, "hộ" one onset from "Bộ"), "ẢNG BỘ TỈNH BẮC GIANG" (5, "ảng" a letter lost).
ECHO_WORDS_PER_LETTER_OFF = 3


@functools.lru_cache(maxsize=1)
def header_words() -> frozenset[str]:
    """The words a header is made of (``ocrwords`` known phrases, the vocabulary's organisation heads
    and levels), in lower case: a word read as one of these is taken as read, never as one letter off
    another ("SỞ TƯ PHÁP" is never made the body's "Bộ Tư pháp")."""
    vocab = vocabulary()
    words = {w.lower() for p in (*_phrases(), *vocab.organisations.heads, *vocab.casing.levels) for w in _TOKEN.findall(p)}
    return frozenset(unicodedata.normalize("NFC", w) for w in words)


def _letter_off(read: str, printed: str) -> bool:
    """Whether ``printed`` is what ``read`` may stand for with one letter mistaken, lost or added
    (diacritics aside), ``read`` being no header word.

    >>> _letter_off("HỘ", "Bộ"), _letter_off("ẢNG", "Đảng"), _letter_off("SỞ", "Bộ"), _letter_off("X", "Bộ")
    (True, True, False, False)
    """
    a, b = letters_key(read), letters_key(printed)
    if len(a) < 2 or len(b) < 2 or a == b or read.lower() in header_words():
        return False
    return edit_distance(a, b) == 1


def _same_but_tone_place(read: str, printed: str) -> bool:
    """Whether two spellings differ at most in case and in where a tone mark stands ("ỦY", "Uỷ").

    >>> _same_but_tone_place("ỦY", "Uỷ"), _same_but_tone_place("UY", "Ủy"), _same_but_tone_place("CHÍ", "Chỉ")
    (True, False, False)
    """
    def tones(word: str) -> list[str]:
        return sorted(c for c in unicodedata.normalize("NFD", word) if c in _TONES)

    return tone_place(read)[0] == tone_place(printed)[0] and tones(read) == tones(printed)


def mark_count(word: str) -> int:
    """How many diacritics ``word`` carries (a hat, a breve, a horn, a tone; "đ" is a letter of its own).

    >>> mark_count("GIÁO"), mark_count("Giao"), mark_count("thẩm"), mark_count("Đồng")
    (1, 0, 2, 2)
    """
    return sum(unicodedata.combining(c) > 0 for c in unicodedata.normalize("NFD", word))


def _echoes(read: list[str], body: str, words: list[regex.Match[str]], keys: list[str]) -> dict[str, int]:
    """The body's prints (in reading case, whitespace made single) of the words ``read``: each word
    the same letters, or ``_letter_off`` for at most one in ``ECHO_WORDS_PER_LETTER_OFF``; each print
    with its fewest words off the read. A print with fewer marks on a word than the read is no echo:
    capitals lose marks when read, a copy typed without them does not give them back."""
    n = len(read)
    read_keys = [letters_key(w) for w in read]
    allowed = max(1, n // ECHO_WORDS_PER_LETTER_OFF)
    found: dict[str, int] = {}
    for j in range(len(words) - n + 1):
        off = 0
        for i in range(n):
            if keys[j + i] == read_keys[i]:
                continue
            off += 1
            # the print's word one letter off is capitalised, a head or a proper name ("Bộ"): a word in lower
            # case beside the name's others is the sentence's ("Huyện ủy tại Yên" is no print of "HUYỆN ỦY TÂN YÊN", 002)
            if off > allowed or not words[j + i].group()[:1].isupper() or not _letter_off(read[i], words[j + i].group()):
                break
        else:
            if off == n:
                continue
            if any(not _NAME_GAP.match(body[words[j + i].end() : words[j + i + 1].start()]) for i in range(n - 1)):
                continue
            if any(mark_count(words[j + i].group()) < mark_count(read[i]) for i in range(n)):
                continue  # MARKS_NOT_LOST: a print without the read's marks ("Sở Giao duc và Đao tao", w038's unmarked copy)
            printed = " ".join(body[words[j].start() : words[j + n - 1].end()].split())
            if printed != printed.upper():  # a heading's or a signature block's capitals are read as the header is
                found[printed] = min(off, found.get(printed, off))
    return found


def _initials(printed: str) -> str:
    """A print's words' first letters, as a symbol abbreviates a body ("Bộ Nội vụ" → "BNV"; diacritics dropped, Đ as D)."""
    return "".join(letters_key(w)[:1] for w in _TOKEN.findall(printed) if not w.isdigit()).upper()


def _symbol_parts(symbol: str | None) -> frozenset[str]:
    """The letter groups of a number's symbol ("5816/BNV-CCHC" → BNV, CCHC), diacritics dropped, Đ as D."""
    return frozenset(letters_key(p).upper() for p in regex.split(r"[/\-\s.]+", symbol or "") if p and not p.isdigit())


def issuer_as_echoed(name: str, body: str, repairs: list[str] | None = None, symbol: str | None = None) -> str:
    """ISSUER_AS_ECHOED: ``name`` (a unit of the issuer's lines, in capitals, as read) as the body
    prints it, where one print only repeats it and it spells a word otherwise than the read.

    The whole name is looked for first, then its opening words (a head the body names alone: "ỦY BAN
    NHÂN DÂN" before a place the body does not repeat), the rest kept in sentence case. A print that
    differs from the read only in case, or in a tone mark's place ("Uỷ ban" for the read "ỦY BAN"),
    changes nothing.

    Example (n026's header at 300 dpi; its body: "… Quyết định số 145/QĐ-BNV … của Bộ Nội vụ"):
        >>> issuer_as_echoed("HỘ NỘI VỤ", "Triển khai Quyết định số 145/QĐ-BNV của Bộ Nội vụ về …")
        'Bộ Nội vụ'
        >>> issuer_as_echoed("SỞ NỘI VỤ", "… của Bộ Nội vụ về …")
        'SỞ NỘI VỤ'
        >>> body = "… của Bộ Nội vụ; Sở Nội vụ các tỉnh …"
        >>> issuer_as_echoed("HỘ NỘI VỤ", body), issuer_as_echoed("HỘ NỘI VỤ", body, symbol="5816/BNV-CCHC")
        ('HỘ NỘI VỤ', 'Bộ Nội vụ')
    """
    words = list(_TOKEN.finditer(body))
    keys = [letters_key(m.group()) for m in words]
    read_words = list(_TOKEN.finditer(name))
    for n in range(len(read_words), ECHO_MIN_WORDS - 1, -1):
        read = [m.group() for m in read_words[:n]]
        echoes = _echoes(read, body, words, keys)
        # the prints nearest the read: a body OCR'd too may print the name once with a letter lost
        # ("đánh iá Chỉ số" beside "đánh giá Chỉ số", n029 at 200 dpi)
        prints = {p for p, off in echoes.items() if off == min(echoes.values())}
        if len(prints) > 1:
            # ISSUER_BY_SYMBOL: of two prints ("Bộ Nội vụ", "Sở Nội vụ"), the one the number's symbol
            # abbreviates ("Số: 5816/BNV-CCHC", n026): NĐ 30 prints the issuer's initials there
            parts = _symbol_parts(symbol)
            prints = {p for p in prints if _initials(p) in parts} or prints
        if len(prints) != 1:
            if prints:
                return name  # two prints: which one the header holds is not known
            continue
        printed = prints.pop()
        printed_words = _TOKEN.findall(printed)
        if all(_same_but_tone_place(r, p) for r, p in zip(read, printed_words, strict=True)):
            return name
        cased = org_case(name)  # the rest cased within the whole name ("… TỈNH LÂM ĐỒNG": "Lâm Đồng")
        tokens = list(_TOKEN.finditer(cased))
        rest = cased[tokens[n - 1].end() :] if len(tokens) == len(read_words) else org_case(name[read_words[n - 1].end() :])
        rest = rest.strip()
        repaired = f"{printed} {rest}".strip() if rest else printed
        if repairs is not None:
            repairs.append(f"{name[: read_words[n - 1].end()]!r} → {printed!r} (the issuer as the body prints it)")
        return repaired
    return name


def issuer_syllables(name: str, repairs: list[str] | None = None) -> str:
    """ISSUER_SYLLABLES: the issuer's name (in capitals, as read) in sentence case with its lower-case
    syllables repaired by the word list, where it repairs one; else ``name`` unchanged.

    Example (n006's header at 300 dpi, the body not repeating the name):
        >>> issuer_syllables("BAN CHỈ ĐẠO PHÁT TRIẾN KHOA HỌC, CÔNG NGHỆ, ĐỐI MỚI SÁNG TẠO")
        'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo'
        >>> issuer_syllables("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
        'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'
    """
    cased = org_case(name)
    repaired, found = repair_syllables(cased, kept_syllables())
    if not found:
        return name
    if repairs is not None:
        repairs.extend(f"{r} (the issuer's line, the word list)" for r in found)
    return repaired


def repair_issuer(name: str, body: str, repairs: list[str] | None = None, symbol: str | None = None) -> str:
    """A unit of the issuer's lines read from a scan, repaired: as the body prints it
    (ISSUER_AS_ECHOED, ISSUER_BY_SYMBOL), else its syllables by the word list (ISSUER_SYLLABLES)."""
    echoed = issuer_as_echoed(name, body, repairs, symbol)
    return echoed if echoed != name else issuer_syllables(name, repairs)
