"""Repair of OCR'd "Nơi nhận" items against what such items are made of.

A distribution list (NĐ 30 box 9b) is written with few kinds of words: body names built from
organisation words and place names ("Học viện Chính trị Quốc gia Hồ Chí Minh", "UBND các tỉnh"),
abbreviations ("VPCP: BTCN, các PCN", "các Vụ: KGVX, KSTT"), fixed phrases ("Như trên", "Như
Điều 3", "Lưu: VT") and notes in brackets ("(để b/c)", "(t/h)"). Tesseract misreads their marks
and letters ("Chỉnh trị", "Hả Chí Minh", "tôi cao", "BECN", "(đề be)"). Each item of an OCR'd
list is repaired here, each repair only where it is unambiguous, and recorded:

- a **note** in brackets at the item's end, in lower case without digits, that is no known note:
  to the one known note (data/distribution.toml ``[notes]``) within one edit per three letters
  (marks removed) that starts with the same letter ("(đề be)" → "(để b/c)");
- a **code** in capitals that is no known code: to the one known code one edit away ("BECN" →
  "BTCN"); two as near, or none, leave it as read;
- a **run of words** against the body names (``[bodies]``, with ocr.toml's places and phrases and
  vocabulary.toml's positions and organisation heads): at least half the run's words as the
  phrase's and each other word the phrase's with its marks misread or one letter misread, the one
  phrase so near, and the words so read no word of the word list ("tôi cao" → "tối cao"); words in
  capitals inside an item that is not take the phrase's case ("Tỉnh ỦY" → "Tỉnh ủy");
- the **"Như Điều N" item** whose number was lost: the body's last article's number, where the
  articles read run 1 … N without a gap and the last one names who carries the decision out;
- the **"Lưu" item's** label with its first letter lost ("ưu: VT" → "Lưu: VT"), the list's last
  item only; an office's code with its units after a ";" read for ":" ("VPCP; BTCN, …");
- a letter that is no Latin or Vietnamese letter glued to a word's end ("phủŠ") and a full stop
  read before a comma ("PCVP., TTHC") are dropped;
- an item with no word of three letters and no known code is **dropped**: it is a seal's or a
  signature's specks read as an item (";V Ă dê"); "Như trên", "VT" and the like stay.

The drafter's initials after the "Lưu" item's count are never touched: they are nobody's word.
"""

from __future__ import annotations

import functools
import itertools
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources

import regex

from ..vocabulary import vocabulary
from .ocrlexicon import lexicon
from .ocrnames import edit_distance, family_names, is_syllable
from .ocrwords import PROVINCE_LEVELS, letters_key

# The tone marks and vowel marks Vietnamese letters carry (after NFD), and "đ"'s bar (none: "đ"
# does not decompose); a letter with any other mark ("Š", "Ř") is none of the language's.
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
# A word of an item: letters and digits with their marks ("g1a", "TTgCP", "phủ").
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*")
# What may stand between the words of one phrase: spaces, a hyphen, a comma ("tỉnh, thành phố").
_JOINER = regex.compile(r"^\s*[-–,]?\s*$")
# A word in capitals that can be a code: capitals, digits, "&", the "g" and "r" of "TTg", "PCTr",
# "TTra" ("Đ" is a capital): no other lower-case letter, no other Vietnamese mark but an "O" with
# the dot below, which is a "Q" read with its tail as the dot (Q_TAIL_DOT, data/distribution.toml
# look_alikes: c148's "các Vụ, Cục: TH, CN, NN, KTTH, QHĐP, QHỌT" for "QHQT"; c158's drafter's
# "VQT" read "VỢT", never repaired: the drafter's initials are nobody's code).
_CODE = regex.compile(r"^(?=(?:.*[A-ZĐ]){2})[A-ZĐỌỢ0-9&gr]+$")
# A note in brackets at an item's end; its closing bracket may be lost ("(bíc").
_NOTE_AT_END = regex.compile(r"\((?P<note>[^()\p{N}]{1,24}?)\s*\)?\s*$")
# The "Như Điều N" item, its number lost or misread.
_AS_ARTICLE = regex.compile(r"^(?P<head>Như\s+Điều)(?:\s+(?P<n>[^\s,;]*))?$")
# An article's heading in the body ("Điều 3. Chánh Văn phòng …"), at a line's start.
_ARTICLE = regex.compile(r"(?m)^[ \t]*Điều[ \t]+(?P<n>\d{1,2})[ \t]*[.:]")
# The "Lưu" item's label with a letter lost or misread ("ưu: VT"), at the list's last item.
_STORE_LABEL = regex.compile(r"^(?P<label>\p{L}{2,4})(?=\s*:)")
# The "Lưu" item's first code, the archive's "VT" ("Lưu: VTE, VP" → "Lưu: VT, VP").
_ARCHIVE = regex.compile(r"^Lưu\s*:?\s*(?P<code>[A-ZĐ]{1,3})(?=[,.;]|\s|$)")
# Two words in capitals with one space between ("KT TH").
_SPLIT_CODE = regex.compile(r"(?<![\p{L}\p{N}])(?P<a>[A-ZĐ]{2,})[ ](?P<b>[A-ZĐ]{2,})(?![\p{L}\p{N}])")
# An office's code and its units after a ";" misread for ":" ("VPCP; BTCN, các PCN").
_OFFICE_SEMICOLON = regex.compile(r"^(?P<office>(?-i:[\p{Lu}]){2,8})\s*;(?=\s*\S.*,)")
# A full stop read before a comma or a semicolon ("PCVP., TTHC").
_STOP_BEFORE_COMMA = regex.compile(r"(?<=\p{L})\.(?=[,;])")
# Fewest letters of a word that keeps an item (a shorter item's words are specks: ";V Ă dê").
MIN_WORD_LETTERS = 3
# Letters of a note per edit allowed ("b/c": one edit; "để b/c": two).
NOTE_LETTERS_PER_EDIT = 3
# A person's full name in an item: three or four capitalised words ("Thứ trưởng Nguyền Văn Phúc").
_FULL_NAME = regex.compile(r"(?<![\p{L}\p{Mn}])(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+(?:\s+(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+){2,3}(?![\p{L}\p{Mn}])")
# A mark read for an item's bullet ("ˆ Như Điều 3"): no letter (a modifier letter is a mark),
# digit, bracket or quote, before a space.
_MARK_FOR_BULLET = regex.compile(r"^(?:[^\p{L}\p{N}\s()\[\]\"“”'‘’]|\p{Lm})\s+(?=\p{L})")
# Provinces read right around a member of a list that may be repaired to one.
MIN_PROVINCES_AROUND = 2
# Most edits of a note.
MAX_NOTE_EDITS = 2
# A word abbreviated with a slash between letters ("b/c", "t/hiện"): a note so written is as printed.
_ABBREVIATED = regex.compile(r"\p{L}/\p{L}")
# Fewest words of a run in which a word that is a syllable as read may be one letter off.
MIN_RUN_FOR_SYLLABLE_EDIT = 3


@dataclass(frozen=True)
class DistributionWords:
    """The vocabulary of distribution items (data/distribution.toml and the shared lists)."""

    notes: tuple[str, ...]
    codes: frozenset[str]
    offices: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # each phrase as its words
    phrase_words: frozenset[str]  # every word of a phrase or a head, as _marked() + tone
    look_alikes: frozenset[tuple[str, str]]  # (read, meant) capitals of a code
    provinces: tuple[str, ...]
    pairs: frozenset[str]  # every two words in a row of a phrase, by their letters ("truong ban")
    executing: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def distribution_words() -> DistributionWords:
    """The vocabulary, loaded once: this file's lists, ocr.toml's places, phrases and addressees'
    words, vocabulary.toml's positions and organisation heads (printed in capitals in a header:
    used where no phrase printed in sentence case has their words)."""
    files = resources.files("directive_parser.data")
    data = tomllib.loads(files.joinpath("distribution.toml").read_text("utf-8"))
    frame = tomllib.loads(files.joinpath("ocr.toml").read_text("utf-8"))
    vocab = vocabulary()
    provinces = frame["places"]["provinces"]
    sentence_case = [
        *data["bodies"]["words"], *provinces, *(f"{level} {p}" for p in provinces for level in PROVINCE_LEVELS),
        *frame["phrases"]["words"], *frame["addressees"]["words"],
    ]
    phrases: dict[tuple[tuple[str, str], ...], tuple[str, ...]] = {}
    seen: set[str] = set()
    for phrase in [*sentence_case, *vocab.signature.positions, *vocab.organisations.heads]:
        words = tuple(_WORD.findall(unicodedata.normalize("NFC", phrase)))
        seen.update(_marked(w) + _tone(w) for w in words)
        if len(words) >= 2:
            phrases.setdefault(tuple((_marked(w), _tone(w)) for w in words), words)
    pairs = data["codes"]["look_alikes"]
    return DistributionWords(
        notes=tuple(data["notes"]["words"]),
        codes=frozenset(data["codes"]["words"]) | frozenset(data["codes"]["offices"]),
        offices=frozenset(data["codes"]["offices"]),
        phrases=tuple(sorted(phrases.values(), key=lambda w: (-len(w), w))),
        phrase_words=frozenset(seen),
        look_alikes=frozenset((p[0], p[1]) for p in pairs) | frozenset((p[1], p[0]) for p in pairs),
        provinces=tuple(provinces),
        pairs=frozenset(letters_key(f"{a} {b}") for w in phrases.values() for a, b in itertools.pairwise(w)),
        executing=tuple(data["executing_article"]["words"]),
    )


def within_edits(a: str, b: str, most: int) -> bool:
    """Whether ``a`` becomes ``b`` with at most ``most`` letters replaced, inserted or deleted.

    >>> within_edits("becn", "btcn", 1), within_edits("kstt", "ksttt", 1), within_edits("be", "b/c", 1)
    (True, True, False)
    """
    return abs(len(a) - len(b)) <= most and edit_distance(a, b) <= most


def _bare(text: str) -> str:
    """``text`` in lower case without marks ("đ" as "d"), "/" and spaces kept."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower().replace("đ", "d")) if not unicodedata.combining(c))


def _same_word(read: str, known: str) -> bool:
    """The same word but for its case and its tone's place ("Uỷ"/"ủy")."""
    return letters_key(read) == letters_key(known) and _tone(read) == _tone(known) and _marked(read) == _marked(known)


def _tone(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c in "\u0300\u0301\u0303\u0309\u0323")


def _marked(word: str) -> str:
    """The word's letters with their vowel marks, no tone ("Quốc" → "quôc")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in "\u0300\u0301\u0303\u0309\u0323"))


@functools.lru_cache(maxsize=65536)
def _word_cost(read: str, known: str) -> int | None:
    """0 for the same word, 1 for its marks misread or one letter misread, None otherwise."""
    if _same_word(read, known):
        return 0
    if letters_key(read) == letters_key(known):
        return 1
    if len(known) >= 2 and within_edits(_bare(read), _bare(known), 1) and not read.isdigit():
        return 1
    return None


def _cased(read: str, known: str, item_in_capitals: bool) -> str:
    """``known`` in the read word's case: capitalised as read, the phrase's own case for a word in
    capitals inside an item that is not ("ỦY" → "ủy")."""
    if known.isupper() and not item_in_capitals:
        known = known.lower()  # a header's word in capitals, in a sentence-case item
    if read.isupper() and len(read) > 1 and not item_in_capitals:
        return known
    if read.isupper() and len(read) > 1:
        return known.upper()
    if read[0].isupper():
        return known[0].upper() + known[1:]
    return known[0].lower() + known[1:] if not known[1:2].isupper() else known


def _letter_edit_ok(read: str, known: str, run: int, dw: DistributionWords) -> bool:
    """A word read one letter off may be repaired where it is no syllable ("iâm", "g1a"), or is a
    syllable that no known phrase has, inside a run of three words or more ("Hả Chí Minh"): two
    words alone are too often a name ("Thanh Hà" is no misread "Thanh Hóa"), and a phrase's own
    word is read as it is ("Bộ Y tế" is no misread "Sở Y tế", "Vụ, Cục" no "Vụ, Các")."""
    if letters_key(read) == letters_key(known) or not is_syllable(read):
        return True
    return run >= MIN_RUN_FOR_SYLLABLE_EDIT and _marked(read) + _tone(read) not in dw.phrase_words


def _phrase_at(words: list[regex.Match[str]], i: int, text: str, dw: DistributionWords) -> tuple[int, tuple[str, ...]] | None:
    """The longest phrase the words from ``i`` are near enough to (and its length), or None: a
    phrase read right, or the one phrase nearest at that length."""
    by_length: dict[int, list[tuple[int, tuple[str, ...]]]] = {}
    for phrase in dw.phrases:
        n = len(phrase)
        if i + n > len(words) or any(not _JOINER.match(text[words[k].end() : words[k + 1].start()]) for k in range(i, i + n - 1)):
            continue
        read = [words[i + k].group() for k in range(n)]
        costs = [_word_cost(r, p) for r, p in zip(read, phrase, strict=True)]
        if any(c is None for c in costs):
            continue
        cost = sum(c for c in costs if c is not None)
        if cost * 2 > n or (costs[0] != 0 and costs[-1] != 0):
            continue  # at least half the words read right, and one end of the run
        if not all(_letter_edit_ok(r, p, n, dw) for r, p in zip(read, phrase, strict=True)):
            continue
        by_length.setdefault(n, []).append((cost, phrase))
    for n in sorted(by_length, reverse=True):
        found = sorted(by_length[n])
        if found[0][0] == 0:
            return n, found[0][1]  # read right: kept as read
        if len(found) == 1 or found[1][0] > found[0][0]:
            return n, found[0][1]
    return None


def _repair_words(item: str, dw: DistributionWords, repairs: list[str]) -> str:
    """The item's runs of words repaired to the body names they are nearest to."""
    words = list(_WORD.finditer(item))
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        found = _phrase_at(words, i, item, dw)
        if found is None:
            i += 1
            continue
        n, phrase = found
        run = [w.group() for w in words[i : i + n]]
        misread = not all(_same_word(r, p) for r, p in zip(run, phrase, strict=True))
        if n == 2 and misread and lexicon().is_word(run[0].lower(), run[1].lower()):
            i += 1
            continue  # a word as read ("cơ quan"), not a misread phrase
        # a word in capitals takes the phrase's case only among words that are not ("Tỉnh ỦY");
        # a run all in capitals ("BỘ TRƯỞNG", the signer's column run into an item) keeps its own
        in_capitals = item.isupper() or all(r.isupper() for r in run)
        for k, (read, known) in enumerate(zip(run, phrase, strict=True)):
            new = _cased(read, known, in_capitals)
            if new != read and not (_same_word(read, known) and (not read.isupper() or known.isupper() or len(read) < 2)):
                edits.append((words[i + k].start(), words[i + k].end(), new))
        i += n
    for start, end, new in reversed(edits):
        repairs.append(f"{item[start:end]!r} → {new!r}")
        item = item[:start] + new + item[end:]
    return item


def code_misread(read: str, code: str, look_alikes: frozenset[tuple[str, str]]) -> bool:
    """Whether ``read`` is ``code`` with one of Tesseract's misreads of a capital: a look-alike
    ("BECN" for "BTCN", "GDDT" for "GDĐT", "FTgCP" for "TTgCP"), a letter doubled ("KSTTT",
    "TGĐĐ") or a digit added ("PTT1g"). A letter replaced otherwise or lost is no misread: the
    codes are too many to tell it from another code ("CCHC" is no "TCHC", "HSV" no "HSSV").

    >>> pairs = frozenset({("E", "T"), ("T", "E")})
    >>> code_misread("BECN", "BTCN", pairs), code_misread("KSTTT", "KSTT", pairs), code_misread("CCHC", "TCHC", pairs)
    (True, True, False)
    >>> code_misread("QHỌT", "QHQT", frozenset({("Ọ", "Q")})), code_misread("QHỌT", "QHĐP", frozenset({("Ọ", "Q")}))
    (True, False)
    """
    if len(read) == len(code):
        diff = [(a, b) for a, b in zip(read, code, strict=True) if a != b]
        return len(diff) == 1 and diff[0] in look_alikes
    if len(read) != len(code) + 1 or len(code) < MIN_WORD_LETTERS:
        return False  # a two-letter code doubled is often a code of its own ("BBT", "HCC")
    k = next((j for j in range(len(code)) if read[j] != code[j]), len(code))
    if read[k + 1 :] != code[k:]:
        return False
    return read[k].isdigit() or (k > 0 and read[k] == read[k - 1]) or read[k : k + 2] == read[k] * 2


def _joined_codes(item: str, dw: DistributionWords, repairs: list[str]) -> str:
    """In the "Lưu" item, two words in capitals with a space between, that together are a known
    code and apart are not both followed by a comma: the code split by a gap ("KT TH" → "KTTH").
    The item lists its units with commas ("Lưu: VT, KTTH (02)"), so a space is no separator there."""

    def one(m: regex.Match[str]) -> str:
        joined = m["a"] + m["b"]
        if joined not in dw.codes or joined in dw.offices:
            return m.group()  # an office is printed with its body apart too ("VP UBND")
        repairs.append(f"{m.group()!r} → {joined!r}")
        return joined

    return _SPLIT_CODE.sub(one, item)


def _repair_provinces(item: str, dw: DistributionWords, repairs: list[str]) -> str:
    """A member of a list of provinces ("Kiên Giang, Bạc Liêu, Cà Man") that is none, one word of
    it one mark or one letter off one province only, where two members or more are provinces as
    read: that province."""
    parts = regex.split(r"([,:;])", item)
    members = [p.strip() for p in parts[::2]]
    if sum(m in dw.provinces for m in members) < MIN_PROVINCES_AROUND:
        return item
    for k in range(0, len(parts), 2):
        read = parts[k].strip()
        if not read or read in dw.provinces:
            continue
        near = [
            p for p in dw.provinces
            if len(p.split()) == len(read.split())
            and sum(_word_cost(a, b) or 0 for a, b in zip(read.split(), p.split(), strict=True)) == 1
            and all(_word_cost(a, b) is not None for a, b in zip(read.split(), p.split(), strict=True))
        ]
        if len(near) == 1:
            repairs.append(f"{read!r} → {near[0]!r} (a list of provinces)")
            parts[k] = parts[k].replace(read, near[0])
    return "".join(parts)


def _repair_codes(item: str, dw: DistributionWords, repairs: list[str]) -> str:
    """Words in capitals that are no known code, repaired to the one code they are a misread of."""

    def one(m: regex.Match[str]) -> str:
        word = m.group()
        if word in dw.codes or not _CODE.match(word) or len(word) < MIN_WORD_LETTERS or is_syllable(word):
            return word
        near = [c for c in dw.codes if code_misread(word, c, dw.look_alikes)]
        if len(near) != 1:
            return word
        repairs.append(f"{word!r} → {near[0]!r}")
        return near[0]

    return _WORD.sub(one, item)


def _repair_note(item: str, dw: DistributionWords, repairs: list[str]) -> str:
    """A damaged note in brackets at the item's end, repaired to the one known note near it."""
    m = _NOTE_AT_END.search(item)
    if m is None:
        return item
    note = m["note"].strip()
    if note in dw.notes or note != note.lower() or _ABBREVIATED.search(note):
        return item  # a known note, a code ("(TH)"), or a note abbreviated its own way ("để t/hiện")
    read = _bare(note)
    near: list[tuple[int, int, str]] = []  # (edits, length difference, note)
    for known in dw.notes:
        bare = _bare(known)
        most = min(MAX_NOTE_EDITS, max(1, len(bare) // NOTE_LETTERS_PER_EDIT))
        if bare[0] == read[:1]:
            edits = edit_distance(read, bare)
            if edits <= most:
                near.append((edits, abs(len(bare) - len(read)), known))
    near.sort()
    if not near or (len(near) > 1 and near[1][:2] == near[0][:2]):
        return item
    new = f"({near[0][2]})"
    repairs.append(f"{item[m.start():].strip()!r} → {new!r}")
    return f"{item[: m.start()].rstrip()} {new}"


def executing_article(body: str, words: tuple[str, ...]) -> int | None:
    """The number of the body's last article, where the articles run 1 … N and the last one names
    who carries the decision out ("… chịu trách nhiệm thi hành Quyết định này")."""
    found = list(_ARTICLE.finditer(body))
    numbers = [int(m["n"]) for m in found]
    if not numbers or numbers != list(range(1, len(numbers) + 1)):
        return None
    last = body[found[-1].end() : found[-1].end() + 1500]
    return numbers[-1] if any(w in last for w in words) else None


def _repair_family_names(item: str, dw: DistributionWords, repairs: list[str]) -> str:
    """A full name whose family name is misread in its marks only ("Nguyền Văn Phúc"): the one
    family name with its letters (data/ocr.toml ``[names] family``), where the first two words
    read make no word ("Tổ Quốc" is one: no name) and no two words in a row are two words of a
    known phrase ("Trưởng Ban Dân vận" is no "Trương", "Nguyên Phó Thủ tướng" no "Nguyễn")."""

    def one(m: regex.Match[str]) -> str:
        words = m.group().split()
        family = family_names().get(letters_key(words[0]))
        if family is None or family == words[0] or lexicon().is_word(words[0].lower(), words[1].lower()):
            return m.group()
        if any(letters_key(f"{a} {b}") in dw.pairs for a, b in itertools.pairwise(words)):
            return m.group()
        if not all(is_syllable(w) for w in words):
            return m.group()
        repairs.append(f"{words[0]!r} → {family!r}")
        return m.group().replace(words[0], family, 1)

    return _FULL_NAME.sub(one, item)


def _repair_article(item: str, body: str, dw: DistributionWords, repairs: list[str]) -> str:
    m = _AS_ARTICLE.match(item)
    if m is None or (m["n"] or "").isdigit():
        return item
    n = executing_article(body, dw.executing)
    if n is None:
        return item
    new = f"{m['head']} {n}"
    repairs.append(f"{item!r} → {new!r} (the last article, which names who carries it out)")
    return new


def _foreign_letters(item: str) -> str:
    """The item without letters no Vietnamese or Latin word has, glued to a word's end ("phủŠ")."""

    def foreign(c: str) -> bool:
        d = unicodedata.normalize("NFD", c)
        return c.isalpha() and ((not d[0].isascii() and c not in "đĐ") or any(m not in _VIETNAMESE_MARKS for m in d[1:]))

    out = regex.sub(r"(?<=\p{L})\p{L}(?![\p{L}\p{N}])", lambda m: "" if foreign(m.group()) else m.group(), item)
    return out


def is_specks(item: str, dw: DistributionWords | None = None) -> bool:
    """Specks read as an item: no word of three letters, no known code, and fewer than half the
    words syllables of two letters.

    >>> is_specks(";V Ă dê"), is_specks("Như trên"), is_specks("VT"), is_specks("Bộ Y tế"), is_specks("%")
    (True, False, False, False, True)
    """
    dw = dw or distribution_words()
    words = _WORD.findall(item)
    if not words:
        return True  # not a letter at all: a speck read as a bullet item ("%", 001's photographed addressees)
    if any(len(w) >= MIN_WORD_LETTERS or w in dw.codes for w in words):
        return False
    return 2 * sum(len(w) == 2 and is_syllable(w) for w in words) < len(words)


def repair_items(items: list[str], body: str, repairs: list[str] | None = None, block: str = "Nơi nhận") -> list[str]:
    """An OCR'd "Nơi nhận" list's items, repaired (see the module's docstring), specks dropped.

    Args:
        items: the items as read, in order (bullets and end punctuation already removed).
        body: the document's text (for the "Như Điều N" item's article).
        repairs: where each repair is appended (``source.ocr_repairs``).
        block: the list's name in those notes ("Nơi nhận", or "Kính gửi" for the addressees).

    Returns:
        The items repaired; an item of specks is left out.

    Example:
        >>> repair_items(["Viện kiểm sát nhân dân tôi cao", ";V Ă dê", "Thủ tướng (đề be)"], "")
        ['Viện kiểm sát nhân dân tối cao', 'Thủ tướng (để b/c)']
    """
    dw = distribution_words()
    done: list[str] = []
    for k, item in enumerate(items):
        made: list[str] = []
        new = _foreign_letters(_STOP_BEFORE_COMMA.sub("", _MARK_FOR_BULLET.sub("", item)))
        if new != item:
            made.append(f"{item!r} → {new!r}")
        if is_specks(new, dw):
            if repairs is not None:
                repairs.append(f"{item!r} left out of the '{block}' list (no word of three letters, no known code)")
            continue
        office = _OFFICE_SEMICOLON.match(new)
        if office and office["office"] in dw.offices:
            new = f"{office['office']}:{new[office.end():]}"
            made.append(f"{office.group()!r} → {office['office'] + ':'!r}")
        label = _STORE_LABEL.match(new) if k == len(items) - 1 else None
        if label and label["label"] != "Lưu" and within_edits(_bare(label["label"]), "luu", 1):
            made.append(f"{label['label']!r} → 'Lưu'")
            new = "Lưu" + new[label.end():]
        archive = _ARCHIVE.match(new)
        if archive and archive["code"] != "VT" and archive["code"] not in dw.codes and within_edits(archive["code"], "VT", 1):
            made.append(f"{archive['code']!r} → 'VT'")
            new = new[: archive.start("code")] + "VT" + new[archive.end("code") :]
        if _ARCHIVE.match(new):
            new = _joined_codes(new, dw, made)
        new = _repair_article(new, body, dw, made)
        new = _repair_note(new, dw, made)
        new = _repair_codes(new, dw, made)
        new = _repair_words(new, dw, made)
        new = _repair_provinces(new, dw, made)
        new = _repair_family_names(new, dw, made)
        if repairs is not None:
            repairs.extend(f"{m} (the '{block}' item)" for m in made)
        done.append(new)
    return done
