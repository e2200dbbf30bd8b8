"""List markers OCR misread, read again from the markers around them.

A directive numbers its duties ("1.", "2." …; "a)", "b)" …; "Bước 1:", "Bước 2:" …) and a scan's OCR misreads
a marker now and then: "4)" or "đd)" for "d)", ".e)" for "c)", "§." for "8.", "Bước 5Š:" for "Bước 5:". The item
is then no item: it runs into the one before, or loses the responsible its heading names. Such a marker is read
again by its run (MARKER_BY_NEIGHBOURS): the marker before it is the letter or number just before one, and the
marker after it the one just after; the damaged marker is the one between. A few look-alikes read in place of
one letter are read as that letter after the letter before it (MARKER_LOOKALIKE, ``data/ocr.toml [markers]``).

Only OCR'd pages are read this way (``normalize`` calls it when the source has ``ocr_words``), and each repair is
recorded in the source's ``ocr_repairs``; a typed text's markers are never touched.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

import regex

# The letters of lettered items in Vietnamese order (no "f", "j", "w", "z"; "đ" after "d").
LETTERS = "abcdđeghiklmnopqrstuvxy"
# Specks OCR puts before a marker ("._e) Tiếp tục …", c150's scan): dropped with the marker's repair.
_SPECKS = r"[.,'`‘’_¬~|·]{0,3}"
# The marker styles, each matched at a line's start (the text is normalised: no leading white space):
# - a lettered item "a) ", its token one or two characters ("4", "đd", "e" after a speck, "ø");
# - a numbered item "1. ", its token a number or one character other than a capital ("§", "ö"): a word of two
#   letters closing a sentence at a line's start ("vị. Các …") is no marker;
# - a step "Bước 1: " (its "Bước" kept, and what stands before it: "— Bước 5Š:", c130).
_STYLES: dict[str, regex.Pattern[str]] = {
    "letter": regex.compile(rf"(?m)^(?P<speck>{_SPECKS})(?P<tok>[^\s()\[\]{{}}<>]{{1,2}}?)\)(?=[ \t]+\S)", regex.V1),
    "number": regex.compile(rf"(?m)^(?P<speck>{_SPECKS})(?P<tok>\d{{1,2}}|[^\s.,()\[\]{{}}<>\p{{Lu}}\d])\.(?=[ \t]+\p{{Lu}})", regex.V1),
    "step": regex.compile(r"(?m)^(?P<speck>(?:[-–—][ \t]*)?Bước[ \t]+)(?P<tok>[^\s:]{1,3}?)[ \t]*:(?=[ \t]+\S)", regex.V1),
}


@functools.lru_cache(maxsize=1)
def lookalikes() -> dict[str, str]:
    """``data/ocr.toml [markers] lookalikes``: a character OCR reads for a marker's letter → that letter."""
    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    return dict(data["markers"]["lookalikes"])


def _index(style: str, tok: str) -> int | None:
    """The marker's place in its run when read cleanly: a letter's place in ``LETTERS``, a number's value."""
    if style == "letter":
        return LETTERS.index(tok) if len(tok) == 1 and tok in LETTERS else None
    return int(tok) if tok.isascii() and tok.isdigit() else None


def _token(style: str, index: int) -> str | None:
    if style == "letter":
        return LETTERS[index] if 0 <= index < len(LETTERS) else None
    return str(index) if index > 0 else None


@dataclass(frozen=True)
class MarkerRepair:
    """One marker read again: the characters replaced (``start``, ``end``), what they read now, and why."""

    start: int
    end: int
    read: str
    repaired: str
    reason: str


def repair_markers(text: str) -> list[MarkerRepair]:
    """The misread list markers of an OCR'd text, each read again by its run (MARKER_BY_NEIGHBOURS, MARKER_LOOKALIKE).

    MARKER_BY_NEIGHBOURS: a marker whose token is not clean (not one letter of ``LETTERS``, not a number), or has
    a speck before it, or is clean but the double of the next one (c143's "c)" / "đ)" / "đ)"), is the one between
    its neighbours of the same style when the
    marker before it is one place before and the marker after it one place after: c150's scan "c) Tích cực chỉ đạo
    …" / "4) Quyết liệt chỉ đạo …" / "đ) Đẩy mạnh …" → "d)"; c157's "đd) Về quản lý tài nguyên …" between "c)" and
    "đ)" → "d)"; c143's "§. Các cơ quan chủ quản, …" between "7." and "9." → "8."; c130's "— Bước 5Š: Sinh viên …"
    between "Bước 4:" and "Bước 6:" → "Bước 5:". Counter-examples: "a) … 1) … b)" (no place between a and b: a
    nested item, kept), "a) … b) … d)" with no damaged marker between (nothing to read again), a damaged marker
    whose neighbours are two places apart or not clean ("7. … ö. … 10.", n051: which of 8 and 9 is unknown), a clean
    marker that is not the next one's double (002's "7. Kết quả dự kiến:" / "2. Thuộc lĩnh vực:" / "9. Thời gian
    …": a new form's second item, its "1." unread; c143's "d)" / "a) Về ý kiến …" / "e)": a new list).

    MARKER_LOOKALIKE: a look-alike of the letter after the marker before it (``lookalikes``) is that letter:
    n053's "e) …" / "ø) Củng cố, kiện toàn đội ngũ giám định viên …" → "g)"; c150's "b) …" / "©) Tăng cường thanh
    tra …" → "c)". Counter-example: "ø)" with no "e)" before it stays.

    Args:
        text: the normalised text of an OCR'd document.

    Returns:
        The repairs, in text order.

    Example:
        >>> text = "c) Tích cực chỉ đạo rà soát\\n4) Quyết liệt chỉ đạo\\nđ) Đẩy mạnh công tác"
        >>> [(r.read, r.repaired) for r in repair_markers(text)]
        [('4', 'd')]
        >>> repair_markers("a) Tổ chức\\n1) Lập danh sách\\nb) Báo cáo")
        []
    """
    found: list[MarkerRepair] = []
    looks = lookalikes()
    for style, pattern in _STYLES.items():
        marks = list(pattern.finditer(text))
        places = [_index(style, m["tok"]) for m in marks]
        for k, m in enumerate(marks):
            before = places[k - 1] if k > 0 else None
            if before is None:
                continue
            wanted = _token(style, before + 1)
            after = places[k + 1] if k + 1 < len(marks) else None
            keep_speck = style == "step"
            damaged = places[k] is None or (bool(m["speck"]) and not keep_speck)
            # a clean marker out of its run is read again only as the double of the next one ("đ)" / "đ)", c143)
            doubled = places[k] is not None and places[k] == after
            if wanted is None:
                continue
            if after is not None and after == before + 2 and (damaged or doubled):
                reason = f"the list marker between {_token(style, before)!r} and {_token(style, after)!r}"
            elif style == "letter" and places[k] is None and looks.get(m["tok"]) == wanted:
                reason = f"the list marker after {_token(style, before)!r}, '{m['tok']}' read for '{wanted}'"
            else:
                continue
            start = m.start("tok") if keep_speck else m.start()
            read = text[start : m.end("tok")]
            if read != wanted:
                found.append(MarkerRepair(start, m.end("tok"), read, wanted, reason))
    return sorted(found, key=lambda r: r.start)
