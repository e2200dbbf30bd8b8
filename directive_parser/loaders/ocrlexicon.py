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
import itertools
import tomllib
import unicodedata
from collections.abc import Callable
from importlib import resources

import regex

from .ocrnames import edit_distance, name_words

# The five tone marks (combining, after NFD): grave, acute, tilde, hook above, dot below.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_NO_TONES = {ord(c): None for c in _TONES}  # ``str.translate``'s table that drops them
# A word of letters, as OCR'd text spaces it ("mặc", "Đào"): combining marks included.
_WORD = regex.compile(r"\p{L}[\p{L}\p{Mn}]*")
# A line break between two words, spaces around it ("địa\nphương", "địa \nphương").
_LINE_BREAK = regex.compile(r"^[ \t]*\n[ \t]*$")
# A syllable that may be repaired: lower-case letters only ("mặc"; not "Bộ", "TTHC").
_LOWER = regex.compile(r"^(?-i:[\p{Ll}\p{Mn}])+$")


# CANON_MEMO: ``_canon`` and ``_canon_bare`` remembered for the process, bounded (as own_acts' TOKEN_WORDS_ONCE): each is a
# function of the word alone (and of Unicode's tables), so a remembered value cannot go stale from one document to
# the next; "các", "và", "thực hiện" are canonised once for the whole corpus, not once per pair they are in.
@functools.lru_cache(maxsize=16384)
def _canon(syllable: str) -> tuple[str, str]:
    """A syllable as (its letters with their vowel marks, its tone mark or ""), lower case.

    The tone's place on the vowels differs between spellings ("hoà", "hòa"); the pair does not.

    >>> _canon("Hoà") == _canon("hòa"), _canon("mặc")
    (True, ('măc', '̣'))
    """
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    letters = decomposed.translate(_NO_TONES)
    tone = "".join(c for c in decomposed if c in _TONES) if len(letters) != len(decomposed) else ""
    return unicodedata.normalize("NFC", letters), tone


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
    """Multi-syllable words of data/words_vi.txt, by their syllables' canonical forms; with ``base``, these
    words laid over another list's (``extended``: a document's own pairs over the shared list)."""

    def __init__(self, lines: list[str], base: Lexicon | None = None) -> None:
        self.base = base
        self.pairs: set[tuple[tuple[str, str], tuple[str, str]]] = set()
        self.singles: set[tuple[str, str]] = set()
        self.by_bare: dict[tuple[str, str], list[tuple[tuple[str, str], tuple[str, str], str]]] = {}
        for line in lines:
            words = unicodedata.normalize("NFC", line.strip()).split()
            if len(words) == 1:
                self.singles.add(_canon(words[0]))
            if len(words) != 2:
                continue
            a, b = _canon(words[0]), _canon(words[1])
            self.pairs.add((a, b))
            self.by_bare.setdefault((_bare(a), _bare(b)), []).append((a, b, line.strip().lower()))

    # WORDS_OVERLAID: a document's own pairs (``body_pairs``: c146's "phòng cháy", which pyvi's list lacks) are
    # a small list of their own that looks in the shared list after itself, not a copy of the shared list's
    # 93,000 entries with the pairs added (a copy per scanned subject, 27 ms each). The shared list is never
    # written to: nothing of one document reaches the next one's list.
    def extended(self, words: list[str]) -> Lexicon:
        """This list with ``words`` added (a document's own pairs, ``body_pairs``), as an overlay: this list is
        not copied, nor changed (WORDS_OVERLAID).

        >>> shared = Lexicon(["đẩy mạnh"])
        >>> own = shared.extended(["phòng cháy"])
        >>> own.is_word("phòng", "cháy"), own.is_word("đẩy", "mạnh"), shared.is_word("phòng", "cháy")
        (True, True, False)
        """
        return Lexicon(words, base=self)

    def _has_pair(self, pair: tuple[tuple[str, str], tuple[str, str]]) -> bool:
        return pair in self.pairs or (self.base is not None and self.base._has_pair(pair))

    def _has_single(self, canon: tuple[str, str]) -> bool:
        return canon in self.singles or (self.base is not None and self.base._has_single(canon))

    def _entries(self, key: tuple[str, str]) -> list[tuple[tuple[str, str], tuple[str, str], str]]:
        """The words of these base letters: the base list's first, then this list's own."""
        own = self.by_bare.get(key, [])
        return own if self.base is None else self.base._entries(key) + own

    def is_single(self, syllable: str) -> bool:
        """Whether ``syllable`` is a one-syllable word of the list ("của"; not "cì")."""
        return self._has_single(_canon(syllable))

    def is_word(self, first: str, second: str) -> bool:
        """Whether ``first second`` is a two-syllable word of the list ("đẩy mạnh")."""
        return self._has_pair((_canon(first), _canon(second)))

    def repair(self, first: str, second: str) -> tuple[int, str] | None:
        """The one repair of the pair, as (0 or 1: which syllable, its word's spelling), or None.

        >>> lex = Lexicon(["đẩy mạnh", "đây đó", "công bố"])
        >>> lex.repair("đây", "mạnh"), lex.repair("đẩy", "mạnh"), lex.repair("công", "bô")
        ((0, 'đẩy'), None, (1, 'bố'))
        """
        (a, bare_a), (b, bare_b) = _canon_bare(first), _canon_bare(second)
        if self._has_pair((a, b)):
            return None
        found: set[tuple[int, str]] = set()
        for wa, wb, spelled in self._entries((bare_a, bare_b)):
            if wa == a and _one_mark_apart(b, wb) and _LOWER.match(second):
                found.add((1, _respelled(second, wb, spelled.split()[1])))
            elif wb == b and _one_mark_apart(a, wa) and _LOWER.match(first):
                found.add((0, _respelled(first, wa, spelled.split()[0])))
        return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=16384)
def _canon_bare(word: str) -> tuple[tuple[str, str], str]:
    """A word's canonical form and its base letters (CANON_MEMO).

    >>> _canon_bare("Hoà") == (_canon("hòa"), "hoa")
    True
    """
    canon = _canon(word)
    return canon, _bare(canon)


@functools.lru_cache(maxsize=1)
def _word_lines() -> tuple[str, ...]:
    """The entries of data/words_vi.txt (its "#" header lines skipped), read once for every reader of the list."""
    text = resources.files("directive_parser.data").joinpath("words_vi.txt").read_text("utf-8")
    return tuple(line for line in text.split("\n") if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word list shipped in data/words_vi.txt, with ``subject_words``."""
    return Lexicon([*_word_lines(), *subject_words()])


@functools.lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every syllable of the word list's entries and of the names a name is made of (``ocrnames.name_words``: the
    list lacks "nguyễn"), lower case: the inventory LETTER_SPACED_WORDS (normalize) joins letters back into. The
    syllable grammar (``ocrnames.is_syllable``) accepts what no word is ("ễn"), a piece a spaced copy splits off."""
    return frozenset(w for line in (*_word_lines(), *name_words()) for w in unicodedata.normalize("NFC", line.lower()).split())


@functools.lru_cache(maxsize=1)
def kept_syllables() -> frozenset[str]:
    """data/header.toml ``[subject_repair] kept``: the commonest syllables whose one-mark neighbours
    make other words ("tỉnh"/"tính", "thi"/"thị"), always taken as read by ``repair_syllables``."""
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("header.toml").read_text("utf-8"))
    return frozenset(data["subject_repair"]["kept"])


@functools.lru_cache(maxsize=1)
def subject_words() -> list[str]:
    """data/ocr.toml ``[subject_words]``: frequent words of subjects the word list lacks ("đẩy nhanh")."""
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    return list(data["subject_words"]["words"])


# A document's own two-syllable words: a pair of lower-case syllables its body prints, one space
# apart, at least ``BODY_PAIR_MIN`` times ("phòng cháy" 15 times in c146's body, "tràn dầu" in
# n061's, "mùa mưa" in n055's), is a word for the repair of its scanned subject, alongside the
# word list, after the list alone (the caller's two passes): the subject names what the body is
# about. A misread the body repeats as often makes the read pair a word too, so nothing is
# repaired there; and the list's repair comes first, as a body OCR'd too repeats its misreads.
BODY_PAIR_MIN = 2
# Two lower-case syllables one space apart, each a whole word: every such pair, overlapping ones too (the
# pattern is a lookahead), "phòng cháy" and "cháy rừng" both in "phòng cháy rừng".
_BODY_PAIR = regex.compile(r"(?<![\p{L}\p{Mn}])(?=((?-i:\p{Ll})(?-i:[\p{Ll}\p{Mn}])* (?-i:\p{Ll})(?-i:[\p{Ll}\p{Mn}])*)(?![\p{L}\p{Mn}]))")


def body_pairs(body: str, is_syllable: Callable[[str], bool]) -> list[str]:
    """The pairs of syllables ``body`` prints at least ``BODY_PAIR_MIN`` times (lower case, one space).

    >>> body_pairs("giải pháp phòng cháy, chữa cháy; công tác phòng cháy và Phòng cháy", str.isalpha)
    ['phòng cháy']
    """
    counts: dict[str, int] = {}
    for m in _BODY_PAIR.finditer(body):
        pair = unicodedata.normalize("NFC", m.group(1))
        counts[pair] = counts.get(pair, 0) + 1
    return [p for p, n in counts.items() if n >= BODY_PAIR_MIN and all(is_syllable(w) for w in p.split())]


def _in_a_word(lex: Lexicon, spelled: list[str], joined: list[bool], k: int) -> bool:
    """Whether syllable ``k``, as read, makes a word of the list with a neighbour (one space apart)."""
    return any(
        a >= 0 and b < len(spelled) and joined[a] and lex.is_word(spelled[a], spelled[b]) for a, b in ((k - 1, k), (k, k + 1))
    )


def _respelled_text(text: str, words: list[regex.Match[str]], spelled: list[str]) -> str:
    """``text`` with its words (``words``, as matched) spelt as ``spelled``, all else kept."""
    out, last = [], 0
    for m, s in zip(words, spelled, strict=True):
        out.append(text[last : m.start()] + s)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def repair_syllables(
    text: str, kept: frozenset[str] = frozenset(), lex: Lexicon | None = None, wrapped: bool = False
) -> tuple[str, list[str]]:
    """``text`` with the syllables the word list repairs, and each repair as "'read' → 'word'";
    a syllable in ``kept`` (lower case) is taken as read. With ``wrapped`` (a page's text, its
    lines wrapped), a syllable that makes a word with its neighbour across a line break is taken
    as read too (c142's "địa / phương thuộc" is no misread "phương thuốc"); a pair across a line
    break is never repaired.

    >>> repair_syllables("tháo gỡ khó khăn, vướng mặc, đây mạnh giải ngần vốn", lex=Lexicon(
    ...     ["tháo gỡ", "khó khăn", "vướng mắc", "đẩy mạnh", "giải ngân", "đây đó"]))[0]
    'tháo gỡ khó khăn, vướng mắc, đẩy mạnh giải ngân vốn'
    """
    lex = lex if lex is not None else lexicon()
    words = list(_WORD.finditer(text))
    spelled = [m.group() for m in words]
    between = [text[words[i].end() : words[i + 1].start()] if i + 1 < len(words) else "" for i in range(len(words))]
    joined = [sep == " " for sep in between]
    near = [sep == " " or (wrapped and _LINE_BREAK.match(sep) is not None) for sep in between] if wrapped else joined
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
        if _in_a_word(lex, spelled, near, i) or _in_a_word(lex, spelled, near, i + 1):
            continue  # "địa bàn tỉnh": "bàn" is read in a word already, "tỉnh" is no misread "tính"
        word = found[1]
        after = f"{word} {spelled[i + 1]}" if found[0] == 0 else f"{spelled[i]} {word}"
        before = f"{spelled[i]} {spelled[i + 1]}"
        repairs.append(f"{before!r} → {after!r}")
        spelled[at] = word
    return (_respelled_text(text, words, spelled), repairs) if repairs else (text, [])


# ONSET_LETTER_LOST: a syllable whose onset lost a letter to a speck or a stamp's stroke ("triển khai
# tực hiện Công văn …", n013's DOCX at 200 dpi; "Hội đồng thẩm định, đánh iá Chỉ số", n029's; "ý
# }iến đối với", n016's at 300 dpi) reads as no word at all. It is taken as the one word of the list
# its pair makes with that letter put back: the read is no one-syllable word of the list, nor in
# ``kept``, in lower case, its pair with the neighbour no word, exactly one letter restores a word of
# the list with it (a consonant before it, or the second letter of a two-letter onset: "t" → "th",
# "n" → "nh", "g" → "gh"), neither syllable makes a word with its other neighbour, and the two are
# not one syllable split ("quy ết" for "quyết" on n039's copy is no "quy kết").
_ONSET_FIRST = "bcdđghklmnpqrstvx"
_ONSET_SECOND = {"c": "h", "g": "hi", "k": "h", "n": "hg", "p": "h", "t": "hr", "q": "u"}


def _onset_restored(read: str) -> list[str]:
    """``read`` with one onset letter put back: before it, or as its onset's second letter."""
    out = [c + read for c in _ONSET_FIRST]
    out += [read[0] + c + read[1:] for c in _ONSET_SECOND.get(read[0], "")]
    return out


def repair_lost_onset(text: str, kept: frozenset[str] = frozenset(), lex: Lexicon | None = None) -> tuple[str, list[str]]:
    """``text`` with its syllables whose onset lost a letter restored by the word list (ONSET_LETTER_LOST),
    and each repair as "'read' → 'word' (…)".

    >>> lex = Lexicon(["thực hiện", "đánh giá", "ý kiến", "triển khai"])
    >>> repair_lost_onset("triển khai tực hiện Công văn; đánh iá Chỉ số", lex=lex)[0]
    'triển khai thực hiện Công văn; đánh giá Chỉ số'
    >>> repair_lost_onset("ý iến đối với", lex=Lexicon(["ý kiến", "ý nghĩa", "ý tiến"]))[0]
    'ý iến đối với'
    >>> repair_lost_onset("Nghị quyết quy ết định", lex=Lexicon(["quy kết", "quyết"]))[0]
    'Nghị quyết quy ết định'
    """
    lex = lex if lex is not None else lexicon()
    words = list(_WORD.finditer(text))
    spelled = [m.group() for m in words]
    joined = [i + 1 < len(words) and text[words[i].end() : words[i + 1].start()] == " " for i in range(len(words))]
    repairs: list[str] = []
    for i in range(len(words) - 1):
        if not joined[i] or lex.is_word(spelled[i], spelled[i + 1]):
            continue
        found: set[tuple[int, str]] = set()
        for side in (0, 1):
            read, other = spelled[i + side], spelled[i + 1 - side]
            if not _LOWER.match(read) or read in kept or lex.is_single(read):
                continue
            if lex.is_single(other + read if side else read + other):
                continue  # one syllable split in two ("quy ết", n039's copy), not an onset lost
            for word in _onset_restored(read):
                if lex.is_word(*((word, other) if side == 0 else (other, word))):
                    found.add((i + side, word))
        if len(found) != 1:
            continue
        at, word = found.pop()
        if _in_a_word(lex, spelled, joined, i) or _in_a_word(lex, spelled, joined, i + 1):
            continue
        before = f"{spelled[i]} {spelled[i + 1]}"
        spelled[at] = word
        repairs.append(f"{before!r} → {spelled[i] + ' ' + spelled[i + 1]!r} (a letter of its onset lost; the word list)")
    return (_respelled_text(text, words, spelled), repairs) if repairs else (text, [])


# --- text that reads as OCR output ---------------------------------------------------------------
# A clerk also gets text someone else OCR'd (pasted, or a .txt/.docx saved from a scan): the same
# one-mark misreads as a scan ("công bó", "tô chức", "đây mạnh"), but no OCR confidence and no
# word boxes. Typed text has almost none of the pairs ``repair_syllables`` repairs on a whole page
# (a typo's, or a pair pyvi's list lacks); OCR output has several per thousand words. Measured on the
# 89 dev texts (docs/notes/issue-13.md, session 11): the 35 typed-then-copied and typed ones 0 to
# 1.24 per thousand words (n029's one "hành chinh" in 806 words; 2 at most, n004's in 7,694), the
# 29 copies of scans 0 (c137, n058, n060: too few misreads to tell) or 4.2 to 31; w038, typed text
# whose marks a conversion detached from their letters, 55. A text reads as OCR output from both
# bounds: a lone typo in a short letter ("thu quỹ" in w015's 86 words, 11.6 per thousand) is none.
OCR_LIKE_MIN_REPAIRS = 2
OCR_LIKE_MIN_PER_THOUSAND = 3.0


def reads_as_ocr(text: str, kept: frozenset[str] = frozenset()) -> list[str]:
    """The repairs the word list makes on ``text`` (as on a scanned page, ``wrapped``) when they are
    many enough for OCR output (``OCR_LIKE_MIN_REPAIRS``, ``OCR_LIKE_MIN_PER_THOUSAND`` per thousand
    words), else []. The text is not changed: the repairs are the evidence of the decision.

    >>> len(reads_as_ocr("công bó thủ tục; tô chức thực hiện; " + "các đơn vị " * 150, frozenset()))
    2
    >>> reads_as_ocr("công bó thủ tục; tô chức thực hiện; " + "các đơn vị " * 300, frozenset())
    []
    """
    words = sum(1 for _ in _WORD.finditer(text))
    _, repairs = repair_syllables(text, kept, wrapped=True)
    if len(repairs) < OCR_LIKE_MIN_REPAIRS or len(repairs) * 1000 < OCR_LIKE_MIN_PER_THOUSAND * max(words, 1):
        return []
    return repairs


# --- a subject's word as the document's body prints it ---------------------------------------------
# A directive restates its subject's phrases in its first paragraphs ("Kết luận … tại buổi làm việc
# với Bộ …" / "… đã chủ trì buổi làm việc với Bộ …"), and OCR misreads one occurrence, not all of
# them: c139's scan reads the subject's "buôi làm việc" and the body's "buổi làm việc" twice,
# c149's "jhường Phương Sài" beside the body's "phường Phương Sài". A subject's word is taken as
# the body prints it only where the body has the word's neighbours on one side or both
# (``ECHO_CONTEXT`` words, exactly, case aside) around a word near it (one mark away, or one
# letter replaced), every such echo agrees on that word, and no echo prints the word as read; and
# only a word that makes no word of the list with a neighbour (c154's subject reads "bổ sung" right
# where its body reads "bồ sung": the body's print is the misread there), and that is no syllable,
# or no one-syllable word of the list ("buôi"), or whose body's print makes a word of the list
# with a neighbour there ("đông" → "đồng": the body's "đồng bào"), or that the body prints less
# often than its print there (not "được" → "dược": c151's body, read again, has one "nội bộ dược
# chuẩn" and "được" all over).

# Words of context, beside the word, that an echo must repeat exactly.
ECHO_CONTEXT = 2
# What an echo compares: words of letters, and numbers (a context may hold one: "Tổ công tác số 5").
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{Mn}]*|\d+")
# A figure read as a letter standing alone: "1" as "I", "Í", "l" (c135's "Dự án thành phần Í
# thuộc …", the body's "Dự án thành phần 1 thuộc …"), "0" as "O", "Ô".
_DIGIT_LOOK_ALIKES = {"I": "1", "Í": "1", "Ì": "1", "l": "1", "O": "0", "Ô": "0"}


def _letters_apart(a: str, b: str) -> bool:
    """Whether two words of the same length differ in one letter (base letter and marks together).

    >>> _letters_apart("jhường", "phường"), _letters_apart("phường", "phương"), _letters_apart("ab", "abc")
    (True, False, False)
    """
    ca, cb = _clusters(unicodedata.normalize("NFC", a)), _clusters(unicodedata.normalize("NFC", b))
    if len(ca) != len(cb) or _canon(a)[1] != _canon(b)[1]:
        return False
    return sum(x != y for x, y in zip(ca, cb, strict=True)) == 1


def near_word(read: str, word: str) -> bool:
    """Whether ``word`` is what OCR may have read as ``read``: one mark away, or one letter replaced.

    >>> near_word("buôi", "buổi"), near_word("jhường", "phường"), near_word("tỉnh", "tỉnh"), near_word("xã", "bộ")
    (True, True, False, False)
    """
    r, w = read.lower(), word.lower()
    return r != w and (_one_mark_apart(_canon(r), _canon(w)) or _letters_apart(r, w))


def _contexts(words: list[str], k: int) -> list[tuple[int, ...]]:
    """The offsets of ``ECHO_CONTEXT`` neighbours of word ``k`` that ``words`` has, contiguous with it
    (left, both sides, right), as offsets from ``k``."""
    n = ECHO_CONTEXT
    shapes = [tuple(range(-left, 0)) + tuple(range(1, n - left + 1)) for left in range(n, -1, -1)]
    return [s for s in shapes if all(0 <= k + o < len(words) for o in s)]


def _echoes(folded: list[str], k: int, at: dict[str, list[int]], body_words: list[str]) -> list[int]:
    """The body's positions (``at``: each word's) whose ``ECHO_CONTEXT`` neighbours repeat word ``k``'s exactly, case aside."""
    found: list[int] = []
    for shape in _contexts(folded, k):
        anchor = shape[0]
        for j in at.get(folded[k + anchor], []):
            b = j - anchor
            if b + min(0, *shape) >= 0 and b + max(0, *shape) < len(body_words) and all(body_words[b + o] == folded[k + o] for o in shape):
                found.append(b)
    return found


# SUBJECT_CASE_AS_ECHOED: a word of the subject read in another case than the body prints it in the
# same context ("cập nhật, bổ Sung số liệu sơ kết", n026's DOCX rendered at 300 dpi, its body "cập nhật,
# bổ sung số liệu theo …"): every echo (``ECHO_CONTEXT`` words, exactly, case aside) prints the same
# letters in one case, and that case is taken. An echo printed in capitals is a heading's or the
# header's ("TỈNH QUẢNG NGÃI" under the issuer, n053, n055's scans: "tỉnh Quảng Ngãi" stays), not counted.
# Only a case OCR can mistake: the word differs from the echoes' print in one letter's case alone
# (its first, or another: "Ban VÌ sự tiến bộ", n032's DOCX at 300 dpi), and that letter's capital is
# its small letter drawn larger (``_SIZE_ONLY_CASE``: "S"/"s", "C"/"c", "Ô"/"ô" …, and a marked "i",
# its dot gone: "Ì"/"ì"); "Hội nghị" against the body's "hội nghị" is the drafter's capital, not a
# misread. Never the subject's first word, nor the first after its "V/v" or "Về việc": a subject opens
# with a capital ("V/v Xây dựng kế hoạch" stays where the body prints "xây dựng kế hoạch").
_SIZE_ONLY_CASE = frozenset("cosuvwxz")
_SUBJECT_OPENERS = frozenset({"v", "việc"})


def _size_only_letter(letter: str) -> bool:
    """Whether ``letter``'s capital is its small letter drawn larger: c, o, s, u, v, w, x, z with
    their marks, and an "i" under a mark (its dot gone: "ì"/"Ì")."""
    decomposed = unicodedata.normalize("NFD", letter.lower())
    return decomposed[0] in _SIZE_ONLY_CASE or (decomposed[0] == "i" and len(decomposed) > 1)


def _size_only_case(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in one letter's case, a letter OCR sizes wrong (the first,
    or another: "Ban VÌ sự tiến bộ", n032's DOCX at 300 dpi, where the body prints "Ban Vì sự tiến bộ").

    Example:
        >>> _size_only_case("Sung", "sung"), _size_only_case("Ổn", "ổn"), _size_only_case("Hội", "hội"), _size_only_case("SUng", "sung")
        (True, True, False, False)
        >>> _size_only_case("VÌ", "Vì"), _size_only_case("VI", "Vi"), _size_only_case("BAn", "Ban")
        (True, False, False)
    """
    if len(a) != len(b) or a == b or a.lower() != b.lower():
        return False
    differ = [x for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and _size_only_letter(differ[0])


def _case_as_echoed(spelled: list[str], folded: list[str], k: int, at: dict[str, list[int]], body_spelled: list[str], body_words: list[str]) -> str | None:
    """Word ``k`` of ``spelled`` in the one case its echoes in the body print it in, or None (SUBJECT_CASE_AS_ECHOED)."""
    prints = {
        body_spelled[b] for b in _echoes(folded, k, at, body_words)
        if body_words[b] == folded[k] and not (len(body_spelled[b]) > 1 and body_spelled[b].isupper())
    }
    if len(prints) != 1 or k == 0 or folded[k - 1] in _SUBJECT_OPENERS:
        return None
    word = prints.pop()
    return word if _size_only_case(spelled[k], word) else None


# SUBJECT_GARBLED_AS_ECHOED: a word of the subject that is no syllable at all, read where the stamp's
# ink or a speck crossed it ("mô hình “IĐân vận khéo”", 000's DOCX at 300 dpi; "thẩm định, đánh iá
# Chỉ số", n029 at 200 dpi; "phụ nữ và fÔ thư ký", n032 at 300 dpi), is taken as the body prints it
# where the body restates the phrase around it: every echo repeats the subject's words on both
# sides of it (``ECHO_CONTEXT`` each side where the subject has them, one at least on each side:
# the word is framed, not only followed), all echoes print one word, a syllable, within
# ``GARBLED_MAX_EDITS`` letters of the read (a letter lost, one added, a mark and a letter), and
# none prints the word as read. The body's spelling is kept ("Dân", as the quoted name prints it).
# An acronym read in capitals is left to its own rule: the body's acronym that ends with the read's
# letters, framed the same way ("Phó Chủ tịch ND tỉnh", n009 at 300 dpi: the body's "Phó Chủ tịch
# UBND tỉnh", the first letters lost under the stamp), and no other.
GARBLED_MAX_EDITS = 2


def _framing(words: list[str], k: int) -> tuple[int, ...] | None:
    """The offsets of word ``k``'s neighbours an echo of a garbled word must repeat: up to
    ``ECHO_CONTEXT`` on each side, one at least on each side; None at the subject's ends."""
    left, right = min(ECHO_CONTEXT, k), min(ECHO_CONTEXT, len(words) - 1 - k)
    if left < 1 or right < 1:
        return None
    return tuple(range(-left, 0)) + tuple(range(1, right + 1))


def _garbled_as_echoed(
    spelled: list[str], folded: list[str], k: int, at: dict[str, list[int]], body_spelled: list[str], body_words: list[str],
    is_syllable: Callable[[str], bool],
) -> str | None:
    """Word ``k`` (no syllable) as its framed echoes in the body print it (SUBJECT_GARBLED_AS_ECHOED), or None.

    Example:
        >>> words = "mô hình IĐân vận khéo".split()
        >>> body = "các mô hình Dân vận khéo và mô hình Dân vận khéo".split()
        >>> at = {}
        >>> for j, w in enumerate(body): at.setdefault(w.lower(), []).append(j)
        >>> _garbled_as_echoed(words, [w.lower() for w in words], 2, at, body, [w.lower() for w in body], str.isalpha)
        'Dân'
    """
    shape = _framing(folded, k)
    read = spelled[k]
    if shape is None:
        return None
    acronym = len(read) > 1 and read.isupper()
    prints: set[str] = set()
    for j in at.get(folded[k + shape[0]], []):
        b = j - shape[0]
        if b + shape[0] < 0 or b + shape[-1] >= len(body_words) or not all(body_words[b + o] == folded[k + o] for o in shape):
            continue
        prints.add(body_spelled[b])
    if len(prints) != 1:
        return None
    word = prints.pop()
    if word.lower() == folded[k]:
        return None
    if acronym:
        return word if word.isupper() and word.endswith(read) and len(word) - len(read) <= GARBLED_MAX_EDITS else None
    if not is_syllable(word) or edit_distance(folded[k], word.lower()) > GARBLED_MAX_EDITS:
        return None
    return word


def repair_from_body(
    text: str, body: str, kept: frozenset[str] = frozenset(), is_syllable: Callable[[str], bool] | None = None, families: frozenset[str] = frozenset()
) -> tuple[str, list[str]]:
    """``text`` (a scanned subject) with its words that the document's ``body`` prints otherwise
    in the same context, and each repair as "'read' → 'word' (as the body prints it: '…')".

    Only a word in lower case is repaired (or a letter standing for a figure, ``_DIGIT_LOOK_ALIKES``,
    where the body prints that figure; or a capitalised word where the body prints a family name of
    ``families``, the name's next words the same, or a syllable where the word read is none; or a
    capitalised word the body prints capitalised in two echoes, SUBJECT_TITLE_WORD_AS_ECHOED), never
    one in ``kept`` nor a syllable that makes a word of the list with a neighbour; the body's word
    must be a syllable (``is_syllable``, when given). A word read in another case than all its echoes
    print it takes theirs (SUBJECT_CASE_AS_ECHOED). A word that is no syllable at all takes the one
    word its echoes print around the same words on both sides (SUBJECT_GARBLED_AS_ECHOED).

    >>> repair_from_body("tại buôi làm việc với Bộ", "đã chủ trì buổi làm việc với Bộ KH&CN")[0]
    'tại buổi làm việc với Bộ'
    >>> repair_from_body("tại buôi làm việc", "buổi làm việc; buôi làm việc")[0]
    'tại buôi làm việc'
    >>> repair_from_body("bổ sung công chức", "Về việc bồ sung công chức")[0]
    'bổ sung công chức'
    >>> repair_from_body("Dự án thành phần Í thuộc Dự án", "nhà đầu tư Dự án thành phần 1 thuộc")[0]
    'Dự án thành phần 1 thuộc Dự án'
    >>> repair_from_body("nội bộ được chuẩn hóa", "thủ tục nội bộ dược chuẩn hóa, được công bố", is_syllable=str.isalpha)[0]
    'nội bộ được chuẩn hóa'
    >>> repair_from_body("Phó Thủ tướng Trân Hồng Hà", "Phó Thủ tướng Chính phủ Trần Hồng Hà đã", families=frozenset({"Trần"}))[0]
    'Phó Thủ tướng Trần Hồng Hà'
    >>> repair_from_body("tham gia Ban Ƒì sự tiến bộ", "tham gia Ban Vì sự tiến bộ của", is_syllable=lambda w: w != "Ƒì")[0]
    'tham gia Ban Vì sự tiến bộ'
    >>> repair_from_body("tham gia Ban Vì sự tiến bộ", "tham gia Ban Ví sự tiến bộ của", is_syllable=lambda w: True)[0]
    'tham gia Ban Vì sự tiến bộ'
    >>> repair_from_body("thành lập Tô giúp việc của", "Thành lập Tổ giúp việc của Hội đồng (gọi tắt là Tổ giúp việc)")[0]
    'thành lập Tổ giúp việc của'
    >>> repair_from_body("cập nhật, bổ Sung số liệu sơ kết", "cập nhật, bổ sung số liệu theo các phụ lục")[0]
    'cập nhật, bổ sung số liệu sơ kết'
    >>> repair_from_body("trên địa bàn tỉnh Quảng Ngãi", "trên địa bàn tỉnh QUẢNG NGÃI")[0]
    'trên địa bàn tỉnh Quảng Ngãi'
    """
    words = list(_TOKEN.finditer(text))
    spelled = [m.group() for m in words]
    folded = [w.lower() for w in spelled]
    body_spelled = [m.group() for m in _TOKEN.finditer(body)]
    body_words = [w.lower() for w in body_spelled]
    at: dict[str, list[int]] = {}
    for j, w in enumerate(body_words):
        at.setdefault(w, []).append(j)
    repairs: list[str] = []
    lex = lexicon()
    joined = [i + 1 < len(words) and text[words[i].end() : words[i + 1].start()] == " " for i in range(len(words))]
    for k, read in enumerate(spelled):
        figure = _DIGIT_LOOK_ALIKES.get(read)
        # a capitalised word: only into a family name of ``families`` ("Trân Hồng Hà" → "Trần")
        named = figure is None and read[:1].isupper() and bool(_LOWER.match(read[1:])) and read not in families
        # SUBJECT_TITLE_WORD_AS_ECHOED: a capitalised word one mark off the body's word where the body
        # prints that word capitalised too, in two echoes or more: a named body's first word ("thành
        # lập Tô giúp việc của Hội đồng …", n029's DOCX at 300 dpi; the body's "Thành lập Tổ giúp việc
        # của Hội đồng", "(gọi tắt là Tổ giúp việc)", "Các thành viên Tổ giúp việc"). One echo is not
        # enough: "Tổ công tác" read right where the body's one "Tô công tác" is the misread
        titled = figure is None and read[:1].isupper() and bool(_LOWER.match(read[1:]))
        if figure is None and is_syllable is not None and not read.isdigit() and not is_syllable(read):
            garbled = _garbled_as_echoed(spelled, folded, k, at, body_spelled, body_words, is_syllable)
            if garbled is not None:
                context = text[words[max(0, k - 1)].start() : words[min(len(words) - 1, k + 1)].end()]
                repairs.append(f"{read!r} → {garbled!r} (no word; the body prints it so around the same words: {context!r})")
                spelled[k], folded[k] = garbled, garbled.lower()
                continue
        if figure is None and read not in kept and not _LOWER.match(read):
            cased = _case_as_echoed(spelled, folded, k, at, body_spelled, body_words)
            if cased is not None:
                repairs.append(f"{read!r} → {cased!r} (as the body prints it)")
                spelled[k] = cased
                continue
        if (figure is None and not named and not titled and not _LOWER.match(read)) or read in kept:
            continue
        if figure is None and not named and (is_syllable is None or is_syllable(read)) and _in_a_word(lex, spelled, joined, k):
            continue  # read as a word with a neighbour ("bổ sung"): the body's other print is its misread
        found: set[str] = set()
        untitled = False
        echoes: set[int] = set()
        in_word = False  # the body's word makes a word of the list with a neighbour in an echo
        as_read = False
        for b in _echoes(folded, k, at, body_words):
            if body_words[b] == folded[k]:
                as_read = True
            elif body_words[b] == figure or (figure is None and near_word(read, body_words[b])):
                found.add(body_words[b])
                untitled = untitled or not body_spelled[b][:1].isupper()
                echoes.add(b)
                in_word = in_word or any(
                    x >= 0 and y < len(body_words) and lex.is_word(body_words[x], body_words[y]) for x, y in ((b - 1, b), (b, b + 1))
                )
        if as_read or len(found) != 1:
            continue
        word = found.pop()
        if titled and not untitled and len(echoes) >= 2 and (is_syllable is None or is_syllable(word[:1].upper() + word[1:])):
            word = word[:1].upper() + word[1:]
        elif titled and not named:
            continue
        elif named:
            word = word[:1].upper() + word[1:]
            # a family name of ``families``; or any syllable for a word that is none ("Ƒì" → "Vì", n032 read again)
            if word not in families and (is_syllable is None or is_syllable(read) or not is_syllable(word)):
                continue
        elif figure is None and is_syllable is not None and not is_syllable(word):
            continue
        elif figure is None and is_syllable is not None and is_syllable(read) and lex.is_single(read) and not in_word and len(at.get(word, [])) <= len(at.get(folded[k], [])):
            continue  # "được" read as a word of its own, printed all over the body: its one "dược chuẩn" (c151) is the misread
        context = text[words[max(0, k - 1)].start() : words[min(len(words) - 1, k + 1)].end()]
        repairs.append(f"{read!r} → {word!r} (as the body prints it: {context!r})")
        spelled[k], folded[k] = word, word  # the next word's context is the repaired one
    return (_respelled_text(text, words, spelled), repairs) if repairs else (text, [])


# --- a word whose first letters were lost -----------------------------------------------------------
# A stamp's frame or a seal's rim laid over a line's first word hides its first letters, and OCR
# reads the rest ("t luận của Ban Chỉ đạo …", c140: "Kế" under the received stamp's right side). A
# word that is no syllable, of at most ``ONSET_MAX_LETTERS`` letters, is taken as the one word the
# document's body prints ending in those letters before the same next word, where that pair is a
# word of the list too (c140's body: "… kết luận tại Phiên họp …"; pyvi: "kết luận"; "bất luận" is
# in the list as well, but the body never prints it).
ONSET_MAX_LETTERS = 3


def repair_onset(text: str, body: str, is_syllable: Callable[[str], bool]) -> tuple[str, list[str]]:
    """``text`` with its words whose first letters were lost restored as the body prints them, and
    each repair as "'read' → 'word' (…)".

    >>> repair_onset("t luận của Ban Chỉ đạo", "đạo đã kết luận tại Phiên họp", lambda w: w != "t")[0]
    'kết luận của Ban Chỉ đạo'
    >>> repair_onset("t luận của Ban", "kết luận và bất luận", lambda w: w != "t")[0]
    't luận của Ban'
    >>> repair_onset("t luận của Ban", "kết luận", lambda w: True)[0]
    't luận của Ban'
    """
    words = list(_WORD.finditer(text))
    spelled = [m.group() for m in words]
    body_words = [m.group().lower() for m in _WORD.finditer(body)]
    lex = lexicon()
    repairs: list[str] = []
    for k in range(len(words) - 1):
        read, after = spelled[k], spelled[k + 1]
        if len(read) > ONSET_MAX_LETTERS or not _LOWER.match(read) or is_syllable(read) or text[words[k].end() : words[k + 1].start()] != " ":
            continue
        found = {
            w for w, n in itertools.pairwise(body_words) if n == after.lower() and w != read and w.endswith(read) and lex.is_word(w, n)
        }
        if len(found) != 1:
            continue
        word = found.pop()
        repairs.append(f"{read!r} → {word!r} (its first letters lost; the body prints {word + ' ' + after.lower()!r})")
        spelled[k] = word
    return (_respelled_text(text, words, spelled), repairs) if repairs else (text, [])


# --- a speck read as a comma or a full stop ----------------------------------------------------------
# A speck at a line's end, or between two words, is read as a comma or a full stop (c146: "khắc
# phục hậu quả do cháy rừng," — the print has none, the body's "… 02 vụ cháy rừng trên địa bàn
# phường Đại Yên …" has none either; n037 read again: "dự thảo Quyết. định sửa đổi"). Such a mark
# (",", ".", ";") between two words of a scanned subject is dropped where the body prints the
# ``ECHO_CONTEXT`` words before it and after it in a row, every such echo has no mark between
# them ("TP. Hồ Chí Minh" keeps its stop: the body prints it too), and the word with the mark was
# read doubtfully (the caller's ``doubtful``: c146's "rừng," at 75 where the page reads its words
# at 96): c146's own "tỉnh Quảng Ninh; tiếp tục", read at 96, keeps its semicolon though the body
# prints "tỉnh Quảng Ninh tiếp tục chỉ đạo".
_SEPARATED = regex.compile(r"(?P<mark>\s*[,.;])(?=\s)")


# BODY_MARKS_ONCE: the body's lookup made once per scanned subject and shared by ``drop_unechoed_marks`` and
# ``dash_as_echoed`` (the caller's ``echoed``), its words indexed by where each is printed, and the marks
# between two words read only where an echo asks for them (not once per pair of the body's words: c146's
# body has some 3,000); made anew for each document, from that document's text alone.
_SPACE = regex.compile(r"\s")


class BodyMarks:
    """The body's words (lower case) and what stands between each word and the next (spaces taken out), to look
    up what the body prints between the ``ECHO_CONTEXT`` words on each side of a place in a scanned value: the
    shared lookup of ``drop_unechoed_marks`` and ``dash_as_echoed`` (BODY_MARKS_ONCE).

    >>> BodyMarks("02 vụ cháy rừng\\ntrên địa bàn; cháy rừng, trên địa").context("do cháy rừng, trên địa bàn", 12, 13)
    (['cháy', 'rừng'], ['trên', 'địa'], ['', ','])
    """

    def __init__(self, body: str) -> None:
        self.body = body
        self._tokens: list[regex.Match[str]] | None = None
        self._folded: list[str] = []
        self._at: dict[str, list[int]] = {}

    def _read(self) -> list[regex.Match[str]]:
        """The body's tokens, read at the first look-up; each lower-case word's places indexed."""
        if self._tokens is None:
            self._tokens = list(_TOKEN.finditer(self.body))
            self._folded = [m.group().lower() for m in self._tokens]
            for j, w in enumerate(self._folded):
                self._at.setdefault(w, []).append(j)
        return self._tokens

    def _mark(self, j: int) -> str:
        """What the body prints between its words ``j`` and ``j + 1``, spaces taken out."""
        tokens = self._read()
        return _SPACE.sub("", self.body[tokens[j].end() : tokens[j + 1].start()])

    def context(self, text: str, start: int, end: int) -> tuple[list[str], list[str], list[str]] | None:
        """The words before ``text[start:end]`` and after it, and the marks the body prints between the same words,
        or None where ``text`` has fewer than ``ECHO_CONTEXT`` whole words on a side."""
        n = ECHO_CONTEXT
        before = [w.lower() for w in _TOKEN.findall(text[:start])][-n:]
        after = [w.lower() for w in _TOKEN.findall(text[end:])][:n]
        if len(before) < n or len(after) < n or not text[:start].lower().endswith(before[-1]):
            return None
        self._read()
        folded = self._folded
        echoes = [
            self._mark(j + n - 1)
            for j in self._at.get(before[0], [])
            if j + 2 * n <= len(folded) and folded[j : j + n] == before and folded[j + n : j + 2 * n] == after
        ]
        return before, after, echoes


def drop_unechoed_marks(
    text: str, body: str, doubtful: Callable[[str], bool] = lambda word: True, echoed: BodyMarks | None = None
) -> tuple[str, list[str]]:
    """``text`` without the marks its body's echoes do not print (see above) on a word read
    ``doubtful`` (the word with its mark, as read: "rừng,"), and a note each; ``echoed``: the body's
    lookup where the caller has made it (BODY_MARKS_ONCE), else it is made from ``body``.

    >>> drop_unechoed_marks("hậu quả do cháy rừng, trên địa bàn phường", "02 vụ cháy rừng\\ntrên địa bàn")[0]
    'hậu quả do cháy rừng trên địa bàn phường'
    >>> drop_unechoed_marks("cháy rừng, trên địa bàn", "cháy rừng trên địa bàn; cháy rừng, trên địa bàn")[0]
    'cháy rừng, trên địa bàn'
    >>> drop_unechoed_marks("phòng cháy, chữa cháy rừng", "phòng cháy, chữa cháy; công tác chữa cháy")[0]
    'phòng cháy, chữa cháy rừng'
    >>> drop_unechoed_marks("góp ý dự thảo Quyết. định sửa đổi", "dự thảo Quyết định sửa đổi")[0]
    'góp ý dự thảo Quyết định sửa đổi'
    >>> drop_unechoed_marks("tại TP. Hồ Chí Minh", "tổ chức tại TP. Hồ Chí Minh")[0]
    'tại TP. Hồ Chí Minh'
    >>> drop_unechoed_marks("tỉnh Quảng Ninh; tiếp tục chủ động", "tỉnh Quảng Ninh tiếp tục chỉ đạo", lambda word: word != "Ninh;")[0]
    'tỉnh Quảng Ninh; tiếp tục chủ động'
    """
    echoed = echoed if echoed is not None else BodyMarks(body)
    out, last, notes = [], 0, []
    for m in _SEPARATED.finditer(text):
        context = echoed.context(text, m.start(), m.end())
        if context is None or not doubtful(text[: m.start()].split()[-1] + m["mark"].strip()):
            continue
        before, after, echoes = context
        if echoes and not any(echoes):
            out.append(text[last : m.start()])
            last = m.end()
            notes.append(f"{m['mark'].strip()!r} dropped after {' '.join(before)!r} (the body prints {' '.join(before + after)!r} without it)")
    out.append(text[last:])
    return ("".join(out), notes) if notes else (text, [])


# DASH_AS_ECHOED: an en dash between two names read as a hyphen ("… cao tốc Tân Phú - Bảo Lộc", n009's
# and n010's DOCX at 200 and 300 dpi, where they print "Tân Phú – Bảo Lộc"): no glyph's width tells
# the two apart in a subject's line, but the body restates the phrase: a hyphen standing between two
# words of a scanned subject is an en dash where the body, between the same ``ECHO_CONTEXT`` words on
# each side, prints a long dash more often than a hyphen. OCR reads the same printed en dash all ways
# ("–", "—", "-", "~": n009's body at 300 dpi, "Tân Phú – Bảo Lộc" four times, "—" once, "-" twice),
# and a long dash more often than not; a printed hyphen it reads as a hyphen. The drafter's hyphen
# stays where the echoes print hyphens ("Nguyễn Hồng Hải - Ủy viên Ban …"), as many long dashes as
# hyphens, or no echo.
_SPACED_HYPHEN = regex.compile(r"(?<=\S) - (?=\S)")
_LONG_DASHES = frozenset("–—")


def dash_as_echoed(text: str, body: str, echoed: BodyMarks | None = None) -> tuple[str, list[str]]:
    """``text`` with its spaced hyphens the body's echoes print as en dashes (DASH_AS_ECHOED), and a note each;
    ``echoed`` as for ``drop_unechoed_marks``.

    >>> dash_as_echoed("cao tốc Tân Phú - Bảo Lộc và Hải - Ủy viên", "tuyến cao tốc Tân Phú – Bảo Lộc, đồng chí Hải - Ủy viên Ban")[0]
    'cao tốc Tân Phú – Bảo Lộc và Hải - Ủy viên'
    >>> dash_as_echoed("Tân Phú - Bảo Lộc", "Tân Phú – Bảo Lộc; Tân Phú - Bảo Lộc")[0]
    'Tân Phú - Bảo Lộc'
    >>> dash_as_echoed("Tân Phú - Bảo Lộc", "Tân Phú – Bảo Lộc; Tân Phú — Bảo Lộc; Tân Phú - Bảo Lộc")[0]
    'Tân Phú – Bảo Lộc'
    """
    echoed = echoed if echoed is not None else BodyMarks(body)
    out, last, notes = [], 0, []
    for m in _SPACED_HYPHEN.finditer(text):
        context = echoed.context(text, m.start(), m.end())
        if context is None or not text[m.end() :].lower().startswith(context[1][0]):
            continue
        before, after, echoes = context
        if sum(e in _LONG_DASHES for e in echoes) > echoes.count("-"):
            out.append(text[last : m.start()] + " – ")
            last = m.end()
            notes.append(f"'-' → '–' between {' '.join(before)!r} and {' '.join(after)!r} (the body prints a long dash there)")
    out.append(text[last:])
    return ("".join(out), notes) if notes else (text, [])
