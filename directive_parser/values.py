"""How extracted values are written out: the contract's text form and organisation-name casing.

OUTPUT.md asks for NFC text with collapsed whitespace and no markup or line breaks, and for
issuer names "lower-case after the first letter of each proper name". Headers print names in
capitals ("BAN DÂN VẬN THÀNH UỶ HẢI PHÒNG"), so ``org_case`` rebuilds the reader's casing from
the vocabulary: the first word capitalised, known proper names as they are written, place names
after a level word ("tỉnh", "huyện" …) capitalised word by word, acronyms kept.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from .vocabulary import vocabulary

# A place name after a level word is at most this many words ("Phan Rang - Tháp Chàm").
PLACE_MAX_WORDS = 5
_WS = regex.compile(r"\s+")


def clean_value(text: str) -> str:
    """Collapse whitespace (line breaks included) and strip; NFC."""
    return unicodedata.normalize("NFC", _WS.sub(" ", text)).strip()


_QUOTE_PAIRS = {"“": "”", '"': '"', "„": "“", "«": "»"}


def strip_enclosing_quotes(text: str) -> str:
    """Drop quotes that enclose the whole value ('“V/v …”'), keep quotes inside it.

    >>> strip_enclosing_quotes('“góp ý dự thảo”')
    'góp ý dự thảo'
    >>> strip_enclosing_quotes('mô hình “Dân vận khéo”')
    'mô hình “Dân vận khéo”'
    >>> strip_enclosing_quotes('V/v giới thiệu, tổ thư ký”'), strip_enclosing_quotes('điển hình "Dân vận khéo”')
    ('V/v giới thiệu, tổ thư ký', 'điển hình "Dân vận khéo”')
    """
    s = text.strip()
    if s and s[0] in _QUOTE_PAIRS:
        close = _QUOTE_PAIRS[s[0]]
        inner = s[1:]
        if inner.endswith(close) and inner[:-1].count(close) == inner[:-1].count(s[0]) if close != s[0] else inner.endswith(close):
            return inner[:-1].strip()
        if close not in inner:
            return inner.strip()
    # the opening quote was consumed with "“V/v"; not where a straight quote opened and was not
    # closed: the closing mark pairs with it, read curly (QUOTE_CLOSES_STRAIGHT: 'điển hình "Dân vận
    # khéo”', 001's DOCX at 200 dpi, its subject's last quote)
    if s and s[-1] in "”\"»" and s.count(s[-1]) == 1 and not any(o in s for o in "“„«") and (s[-1] == '"' or s.count('"') % 2 == 0):
        return s[:-1].strip()
    return s


# A line whose letters are at least this share capitals is printed in capitals (a title, a motto,
# an authority or position line); OCR specks and initials leave a few lower-case letters in it.
CAPS_SHARE = 0.85


def is_caps(text: str) -> bool:
    """Whether ``text`` is printed in capitals ("KẾ HOẠCH", "PHÓ TRƯỞNG BAN")."""
    return upper_ratio(text) >= CAPS_SHARE


def upper_ratio(text: str) -> float:
    """Share of letters in ``text`` that are capitals (1.0 for a line in capitals)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


@functools.lru_cache(maxsize=1)
def _casing() -> tuple[list[tuple[list[str], list[str]]], set[str]]:
    vocab = vocabulary()
    proper = sorted(vocab.casing.proper, key=lambda p: -len(p.split()))
    table = [([_fold_tone(w.lower()) for w in p.split()], p.split()) for p in proper]
    return table, set(vocab.casing.levels)


# Words in capitals that stay capitals: acronyms (UBND, TNCS, GD&ĐT) and Roman numerals.
_ACRONYM = regex.compile(r"^(?:(?-i:[\p{Lu}&Đ]){2,}\d*|[IVXLC]+)$")
# LEVEL_ABBREVIATION: a level word abbreviated, consonant capitals and a period ("P." for phường,
# "TP." thành phố, "Q." quận, "TX." thị xã), is kept as printed, as the gold keeps abbreviations
# (003's header "ĐẢNG ỦY P. THẠCH BÀN" → "Đảng ủy P. Thạch Bàn", not "p."). No vowel: a word of
# capitals ending a name with a period ("NAM.") is a word, not an abbreviation.
_LEVEL_ABBREVIATION = regex.compile(r"^[BCDĐGHKLMNPQRSTVX]{1,3}\.$")
@functools.lru_cache(maxsize=1)
def _keep_caps() -> frozenset[str]:
    """Abbreviations kept in capitals (``data/vocabulary.toml`` [casing] keep_caps)."""
    from .vocabulary import vocabulary

    return frozenset(vocabulary().casing.keep_caps)


# FIELDS_LISTED: a department's field is a short noun ("Văn hóa", "Lao động", "Thể thao"); a longer stretch is a topic.
FIELD_MAX_WORDS = 3


def org_case(text: str, organisation: bool = True) -> str:
    """Sentence case for an organisation name printed in capitals.

    >>> org_case("BAN DÂN VẬN THÀNH UỶ HẢI PHÒNG")
    'Ban Dân vận Thành ủy Hải Phòng'
    >>> org_case("UBND TỈNH NINH THUẬN")
    'UBND tỉnh Ninh Thuận'
    >>> org_case("ĐẢNG ỦY P. THẠCH BÀN"), org_case("ỦY BAN NHÂN DÂN TP. HUẾ")
    ('Đảng ủy P. Thạch Bàn', 'Ủy ban nhân dân TP. Huế')
    >>> org_case("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG")
    'Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng'
    >>> org_case("HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG"), org_case("HỘI NÔNG DÂN TỈNH LÂM ĐỒNG")
    ('Hội đồng nhân dân tỉnh Lâm Đồng', 'Hội Nông dân tỉnh Lâm Đồng')
    >>> org_case("TỔNG CỤC THUẾ"), org_case("CHI CỤC KIỂM LÂM TỈNH GIA LAI")
    ('Tổng cục Thuế', 'Chi cục Kiểm lâm tỉnh Gia Lai')
    >>> org_case("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), org_case("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    ('Bộ Văn hóa, Thể thao và Du lịch', 'Sở Lao động - Thương binh và Xã hội')
    >>> org_case("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH TỈNH")
    'Ban Chỉ đạo phòng, chống dịch tỉnh'
    >>> org_case("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ ĐỀ ÁN 06 TỈNH")
    'Ban Chỉ đạo phát triển khoa học, công nghệ và Đề án 06 tỉnh'

    Args:
        text: the name as printed.
        organisation: apply the rule that the word after a department word ("Ban", "Sở")
            opens the department's field ("Ban Dân vận"); off for subjects.

    Returns:
        The name in sentence case, abbreviations kept in capitals.
    """
    text = clean_value(text)
    if not text:
        return text
    if sum(c.isupper() for c in text if c.isalpha()) < 0.6 * max(1, sum(c.isalpha() for c in text)):
        return text  # already in reading case
    words = text.split(" ")
    lower = [w.lower() for w in words]
    folded = [_fold_tone(w) for w in lower]
    out = [w.lower() for w in words]
    table, levels = _casing()
    i = 0
    proper: dict[int, int] = {}  # each word of a proper name matched → where the name ends (a level word inside one is none)
    while i < len(words):
        matched = False
        for low, cased in table:
            n = len(low)
            if folded[i : i + n] == low:
                for k in range(n):
                    # keep the printed letters (old/new tone placement), take the casing
                    out[i + k] = _apply_case(lower[i + k], cased[k])
                    proper[i + k] = i + n
                i += n
                matched = True
                break
        if matched:
            continue
        w = words[i]
        if w in _keep_caps() or (_ACRONYM.match(w) and not _is_vietnamese_word(w)) or _LEVEL_ABBREVIATION.match(w):
            out[i] = w
        i += 1
    # place names after a level word: "tỉnh Bắc Ninh", "thành phố Hồ Chí Minh"
    for i in range(len(out)):
        # a two-word level ("thành phố") needs two words: at the end of the name only one is left
        two = " ".join(lower[i : i + 2]) if i + 1 < len(lower) else None
        n = 2 if two in levels else 1 if lower[i] in levels else 0
        if n and i in proper and i + n < proper[i]:
            n = 0  # a level word inside a proper name, not at its end: "xã" of "Bảo hiểm xã hội" (not "Thành ủy …")
        if n and not (i > 0 and words[i - 1].endswith(",")) and not words[i + n - 1].endswith(","):
            for k in range(i + n, min(len(out), i + n + PLACE_MAX_WORDS)):
                if lower[k] in ("và", "của", "về", "trên", "với", "giai", "năm", "theo") or lower[k] in levels:
                    break
                if out[k - 1].endswith((",", ";", ":")):
                    break
                out[k] = out[k][:1].upper() + out[k][1:]
    out[0] = out[0][:1].upper() + out[0][1:]
    # a reader writes the new tone placement ("Thành ủy" for a printed "THÀNH UỶ")
    out = [_fold_tone(w) if _OLD_STYLE.search(w) else w for w in out]
    # the words after a department word name its field: "Ban Dân vận", "Sở Giáo dục và Đào tạo".
    # FIELD_AFTER_VA: the field after "và" opens with a capital also where the first field is a
    # known proper name already cased ("BAN TUYÊN GIÁO VÀ DÂN VẬN", n041: "Ban Tuyên giáo" is in
    # the casing list, so the first field's rule was skipped and "dân vận" stayed lower-case).
    heads = ("ban", "sở", "bộ", "phòng", "cục", "vụ", "trường", "viện", "hội", "tiểu ban", "ban chỉ đạo", "trung tâm")
    # COUNCIL_IS_ONE_WORD: "hội đồng" (a council) is one word, not "Hội" (an association) and its field: "Hội
    # đồng nhân dân", "Hội đồng thẩm định" (n029). Counter-example: "Hội Nông dân", "Hội Cựu chiến binh".
    council = lower[:2] == ["hội", "đồng"]
    # GENERAL_DEPARTMENT_HEAD (session 32): "Tổng cục" and "Chi cục" are two-word heads, their field after them: "Tổng
    # cục Thuế", "Chi cục Kiểm lâm" (was "Tổng cục thuế"). Counter-example: "Cục Thuế tỉnh …" (a one-word head).
    h = 2 if lower[:2] in (["tổng", "cục"], ["chi", "cục"]) else 1
    if organisation and (lower[0] in heads or h == 2) and len(out) > h and lower[h] not in levels and not council:
        if out[h].islower():
            out[h] = out[h][:1].upper() + out[h][1:]
        for k in range(h + 1, len(out)):
            if lower[k - 1] == "và" and out[k].islower() and lower[k] not in levels:
                out[k] = out[k][:1].upper() + out[k][1:]
            # FIELDS_LISTED (session 36): the fields of a name listed "A, B và C" or "A - B và C" each open with a
            # capital, as the one after "và" does: "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Bộ Văn hóa, Thể thao và Du
            # lịch", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Bộ Lao động - Thương binh và Xã hội" (was "thể thao",
            # "thương binh"). Only in a list that "và" closes, after a field of at most ``FIELD_MAX_WORDS`` words that
            # opens with a capital: "Ban Chỉ đạo phòng, chống dịch …" (no "và" after) and "Ban Chỉ đạo phát triển khoa
            # học, công nghệ, … và Đề án 06" (dev n006: a committee named by its topic, not a list of fields) stay.
            elif (out[k - 1].endswith(",") or lower[k - 1] in ("-", "–")) and out[k].islower() and lower[k] not in levels and "và" in lower[k + 1 :]:
                start = max([h, *(j + 1 for j in range(h, k - 1) if out[j].endswith(",") or lower[j] in ("-", "–", "và"))])
                field = [w for w in out[start:k] if w not in ("-", "–")]
                if 0 < len(field) <= FIELD_MAX_WORDS and field[0][:1].isupper():
                    out[k] = out[k][:1].upper() + out[k][1:]
    return " ".join(out)


# Old-style endings whose reading form is unambiguous: "uỷ" → "ủy", "oà" → "òa", "oẻ" → "ỏe".
_OLD_STYLE = regex.compile(r"(?:(?<![qQ])[uU][ỳýỷỹỵ]|[oO][àáảãạèéẻẽẹ])$")


@functools.lru_cache(maxsize=8192)
def _fold_tone(word: str) -> str:
    from .normalize import fold

    return fold(word)


def _apply_case(printed_lower: str, cased: str) -> str:
    return printed_lower[:1].upper() + printed_lower[1:] if cased[:1].isupper() else printed_lower


def _is_vietnamese_word(word: str) -> bool:
    """A capitalised Vietnamese syllable (has a vowel), as opposed to an acronym like "BDVTU"."""
    w = unicodedata.normalize("NFD", word.lower())
    vowels = sum(1 for c in w if c in "aeiouy")
    return vowels >= 1 and len(word) <= 7 and not regex.search(r"[bcdfghjklmnpqrstvwxzđ]{3}", w.replace("ng", "").replace("nh", "").replace("ch", "").replace("tr", "").replace("th", "").replace("kh", "").replace("ph", "").replace("gh", ""))
