"""Repair of an OCR'd syllable's diacritics by the Vietnamese words it forms with its neighbour.

Tesseract reads Vietnamese syllables with a wrong diacritic that still spell a syllable ("đây
mạnh" for "đẩy mạnh", "công bô" for "công bố", "tô chức" for "tổ chức", "vướng mặc" for
"vướng mắc"), so no syllable check finds them. Most Vietnamese words have two syllables, and a
word list tells them apart: "đây mạnh" is no word, "đẩy mạnh" is. A syllable is repaired only
where all of these hold:

- it and its neighbour (one space between, no punctuation) are no word of the list;
- exactly one word of the list has the pair's letters with one syllable as read and the other
  one mark away (its tone, or one vowel's circumflex/breve/horn: "mặc" → "mắc", never both);
- the syllable repaired is in lower case (names and acronyms are left alone), and neither
  syllable of the pair makes a word with its other neighbour ("địa bàn tỉnh" is no misread
  "bàn tính": "địa bàn" is a word; "sự tiên bộ" is repaired: "sự tiên" is no word either);
- the caller may name syllables always taken as read (data/header.toml [subject_repair]: the
  commonest words whose one-mark neighbours make other words, "tỉnh"/"tính", "thi"/"thị");

and each repair is recorded by the caller. The list (data/words_vi.txt) is pyvi's word list,
an outside resource: it is never built from this project's corpus or gold.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

import regex

# The five tone marks (combining, after NFD): grave, acute, tilde, hook above, dot below.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# A word of letters, as OCR'd text spaces it ("mặc", "Đào"): combining marks included.
_WORD = regex.compile(r"\p{L}[\p{L}\p{Mn}]*")
# A syllable that may be repaired: lower-case letters only ("mặc"; not "Bộ", "TTHC").
_LOWER = regex.compile(r"^[\p{Ll}\p{Mn}]+$")


def _canon(syllable: str) -> tuple[str, str]:
    """A syllable as (its letters with their vowel marks, its tone mark or ""), lower case.

    The tone's place on the vowels differs between spellings ("hoà", "hòa"); the pair does not.

    >>> _canon("Hoà") == _canon("hòa"), _canon("mặc")
    (True, ('măc', '̣'))
    """
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tone = "".join(c for c in decomposed if c in _TONES)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES)), tone


def _bare(canon: tuple[str, str]) -> str:
    """The base letters of a syllable's canonical form (no marks at all, đ kept)."""
    return "".join(c for c in unicodedata.normalize("NFD", canon[0]) if not unicodedata.combining(c))


def _clusters(letters: str) -> list[str]:
    """A syllable's letters (no tone) as base letter + its vowel marks, one string each."""
    out: list[str] = []
    for c in unicodedata.normalize("NFD", letters):
        if unicodedata.combining(c) and out:
            out[-1] += c
        else:
            out.append(c)
    return out


def _one_mark_apart(read: tuple[str, str], word: tuple[str, str]) -> bool:
    """Whether two syllables of the same base letters differ by one mark: the tone alone, or one
    vowel's mark alone ("mặc"/"mắc"), never both.

    >>> _one_mark_apart(_canon("mặc"), _canon("mắc")), _one_mark_apart(_canon("đây"), _canon("đẩy"))
    (True, True)
    >>> _one_mark_apart(_canon("mặc"), _canon("mác")), _one_mark_apart(_canon("tiên"), _canon("tiền"))
    (False, True)
    """
    if read == word or _bare(read) != _bare(word):
        return False
    if read[0] == word[0]:
        return True  # the tone alone
    if read[1] != word[1]:
        return False
    return sum(x != y for x, y in zip(_clusters(read[0]), _clusters(word[0]), strict=True)) == 1


def _respelled(read: str, canon: tuple[str, str], spelled: str) -> str:
    """The repaired syllable: where only the tone changes, the read spelling with the new tone on
    the vowel that bore the old one (the read's tone placement, "hòa" or "hoà", kept); else the
    list's spelling."""
    old = _canon(read)
    if old[0] != canon[0] or not old[1] or not canon[1]:
        return spelled
    clusters = []
    for cluster in _clusters(unicodedata.normalize("NFD", read)):
        if old[1] in cluster:  # the tone goes after the vowel's own marks ("mặc" → "mắc")
            cluster = cluster.replace(old[1], "") + canon[1]
        clusters.append(cluster)
    return unicodedata.normalize("NFC", "".join(clusters))


class Lexicon:
    """Multi-syllable words of data/words_vi.txt, by their syllables' canonical forms."""

    def __init__(self, lines: list[str]) -> None:
        self.pairs: set[tuple[tuple[str, str], tuple[str, str]]] = set()
        self.by_bare: dict[tuple[str, str], list[tuple[tuple[str, str], tuple[str, str], str]]] = {}
        for line in lines:
            words = unicodedata.normalize("NFC", line.strip()).split()
            if len(words) != 2:
                continue
            a, b = _canon(words[0]), _canon(words[1])
            self.pairs.add((a, b))
            self.by_bare.setdefault((_bare(a), _bare(b)), []).append((a, b, line.strip().lower()))

    def is_word(self, first: str, second: str) -> bool:
        """Whether ``first second`` is a two-syllable word of the list ("đẩy mạnh")."""
        return (_canon(first), _canon(second)) in self.pairs

    def repair(self, first: str, second: str) -> tuple[int, str] | None:
        """The one repair of the pair, as (0 or 1: which syllable, its word's spelling), or None.

        >>> lex = Lexicon(["đẩy mạnh", "đây đó", "công bố"])
        >>> lex.repair("đây", "mạnh"), lex.repair("đẩy", "mạnh"), lex.repair("công", "bô")
        ((0, 'đẩy'), None, (1, 'bố'))
        """
        a, b = _canon(first), _canon(second)
        if (a, b) in self.pairs:
            return None
        found: set[tuple[int, str]] = set()
        for wa, wb, spelled in self.by_bare.get((_bare(a), _bare(b)), []):
            if wa == a and _one_mark_apart(b, wb) and _LOWER.match(second):
                found.add((1, _respelled(second, wb, spelled.split()[1])))
            elif wb == b and _one_mark_apart(a, wa) and _LOWER.match(first):
                found.add((0, _respelled(first, wa, spelled.split()[0])))
        return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word list shipped in data/words_vi.txt (its "#" header lines skipped)."""
    text = resources.files("directive_parser.data").joinpath("words_vi.txt").read_text("utf-8")
    return Lexicon([line for line in text.split("\n") if line and not line.startswith("#")])


def _in_a_word(lex: Lexicon, spelled: list[str], joined: list[bool], k: int) -> bool:
    """Whether syllable ``k``, as read, makes a word of the list with a neighbour (one space apart)."""
    return any(
        a >= 0 and b < len(spelled) and joined[a] and lex.is_word(spelled[a], spelled[b]) for a, b in ((k - 1, k), (k, k + 1))
    )


def repair_syllables(text: str, kept: frozenset[str] = frozenset(), lex: Lexicon | None = None) -> tuple[str, list[str]]:
    """``text`` with the syllables the word list repairs, and each repair as "'read' → 'word'";
    a syllable in ``kept`` (lower case) is taken as read.

    >>> repair_syllables("tháo gỡ khó khăn, vướng mặc, đây mạnh giải ngần vốn", lex=Lexicon(
    ...     ["tháo gỡ", "khó khăn", "vướng mắc", "đẩy mạnh", "giải ngân", "đây đó"]))[0]
    'tháo gỡ khó khăn, vướng mắc, đẩy mạnh giải ngân vốn'
    """
    lex = lex if lex is not None else lexicon()
    words = list(_WORD.finditer(text))
    spelled = [m.group() for m in words]
    joined = [i + 1 < len(words) and text[words[i].end() : words[i + 1].start()] == " " for i in range(len(words))]
    repairs: list[str] = []
    for i in range(len(words) - 1):
        if not joined[i]:
            continue
        found = lex.repair(spelled[i], spelled[i + 1])
        if found is None:
            continue
        at = i + found[0]
        if spelled[at].lower() in kept:
            continue
        if _in_a_word(lex, spelled, joined, i) or _in_a_word(lex, spelled, joined, i + 1):
            continue  # "địa bàn tỉnh": "bàn" is read in a word already, "tỉnh" is no misread "tính"
        word = found[1]
        after = f"{word} {spelled[i + 1]}" if found[0] == 0 else f"{spelled[i]} {word}"
        before = f"{spelled[i]} {spelled[i + 1]}"
        repairs.append(f"{before!r} → {after!r}")
        spelled[at] = word
    if not repairs:
        return text, []
    out, last = [], 0
    for m, s in zip(words, spelled, strict=True):
        out.append(text[last : m.start()] + s)
        last = m.end()
    out.append(text[last:])
    return "".join(out), repairs
