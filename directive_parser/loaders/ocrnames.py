"""Repair of the signer's name read under a seal or a signature, in an OCR'd signature block.

The name stands under the signature's strokes and the seal's rim, so Tesseract reads its end
well and its beginning badly: "NSeNgÑfyên Sỹ Hiệp", "xến Mạnh Cường", "Ai Thị Thu Vân",
"Xguyến Quốc Việt", "Trân Phước Hiền". Two repairs, each recorded:

- completion: the words read at the end of the name line ("Sỹ Hiệp", at least two, their
  letters exactly) end exactly one full name printed elsewhere in the document ("PCN Nguyễn Sỹ
  Hiệp" in the "Nơi nhận" list, "Phó Thủ tướng Trần Hồng Hà" in the body), which starts with a
  family name: that name, with the words as read where they were read;
- the family name alone: the first word has the letters of exactly one family name
  (data/ocr.toml ``[names]``: "Trân" → "Trần"), or, in a long family name, all of its letters but
  the first ("Xguyến" → "Nguyễn").

Nothing else in the block is touched, and nothing outside it.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

import regex

from .ocrwords import letters_key

# A capitalised word of letters ("Hiệp", "Sỹ"), the unit a name is made of.
_NAME_WORD = regex.compile(r"^\p{Lu}[\p{Ll}\p{Mn}]+$")
# Two to five capitalised words standing alone in running text ("PCN Nguyễn Sỹ Hiệp," gives
# "Nguyễn Sỹ Hiệp": "PCN" is not a word of lower-case letters after its capital).
_NAME_RUN = regex.compile(r"(?<![\p{L}\p{Mn}])(?:\p{Lu}[\p{Ll}\p{Mn}]+\s+){1,4}\p{Lu}[\p{Ll}\p{Mn}]+(?![\p{L}\p{Mn}])")
# The lower-case letters (at least two) that end the word before the name's run: the end of a
# family name whose start the strokes took ("yên", "hạm"; "uyễn" of "X6uyễn", "guyễn" of "NÑguyễn").
_FRAGMENT = regex.compile(r"[\p{Ll}\p{Mn}]{2,}$")
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


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, list[str]]:
    """data/ocr.toml's ``[names]`` table."""
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    return dict(data["names"])


@functools.lru_cache(maxsize=1)
def family_names() -> dict[str, str]:
    """Family names by their letters' key (data/ocr.toml ``[names] family``)."""
    return {letters_key(n): n for n in _names()["family"]}


@functools.lru_cache(maxsize=1)
def ranks() -> frozenset[str]:
    """Ranks and degrees printed before a name (data/ocr.toml ``[names] ranks``)."""
    return frozenset(_names()["ranks"])


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
