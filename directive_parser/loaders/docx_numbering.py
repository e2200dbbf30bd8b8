"""Word's automatic list numbers and bullets, rendered as the page prints them (WORD_LIST_MARKERS).

A Word document whose lists are numbered by Word itself (Home → Numbering, or a numbered heading style) keeps the
numbers out of its text: the paragraph says only which list and level it belongs to (``w:numPr``), and Word draws
"1.", "a)", "II." or a bullet from the numbering part (``word/numbering.xml``). python-docx gives the text without
them, so n001's parts "1. Cải cách thể chế", "2. Cải cách thủ tục hành chính" … read as bare lines, no list. Here
each numbered paragraph gets its marker as Word would draw it:

- the paragraph's list and level come from its own ``w:numPr``, or from its style's (following ``w:basedOn``);
  ``w:numId`` 0 takes a style's numbering away;
- a list instance (``w:num``) counts its levels from each level's ``w:start`` (or the instance's
  ``w:startOverride``); a level counted resets the levels below it;
- the level's ``w:lvlText`` is filled: "%1." with the first level's count in its ``w:numFmt`` (decimal, decimalZero,
  lowerLetter, upperLetter, lowerRoman, upperRoman), "%1.%2." with two; a bullet level prints its glyph (a Symbol or
  Wingdings glyph is a private-use character, which normalisation's WORD_BULLET_GLYPHS prints "- " or "+ ");
- after the marker, what ``w:suff`` says: a tab (Word's default), a space, or nothing; a numbered marker takes a
  space, so "1. Cải cách thể chế" reads as the directive's own typed "1." would.

Counter-examples: a paragraph without numbering (typed "1." kept as typed, nothing added); ``w:numId`` 0; a level
whose format is "none" (no marker).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Level:
    """One level of a list's definition: where it starts, how its number is written, its text and what follows."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"


def _val(el: Any, tag: str, default: str | None = None) -> str | None:
    child = el.find(f"{W}{tag}") if el is not None else None
    return child.get(f"{W}val", default) if child is not None else default


def _part_element(part: Any, name: str) -> Any:
    """The XML of the document part's related part ``name`` ("numbering_part", "styles"), or None when it has none."""
    try:
        return getattr(part, name).element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz (the letter repeated)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """A count in a level's format.

    >>> [format_number(4, f) for f in ("decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman")]
    ['4', '04', 'd', 'D', 'iv', 'IV']
    """
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


@dataclass
class ListNumbering:
    """The numbering of one Word document, drawn paragraph by paragraph in body order (``marker``)."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId → ilvl → level
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId → (abstractNumId, start overrides)
    styles: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)  # styleId → (numId, ilvl)
    based_on: dict[str, str] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → last count

    @classmethod
    def of(cls, document: Any) -> ListNumbering:
        """The numbering of a python-docx ``Document``; empty when it has no numbering part, or one that cannot be
        read (a damaged value: the text is read without markers rather than lost)."""
        try:
            return cls._read(document)
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls()

    @classmethod
    def _read(cls, document: Any) -> ListNumbering:
        out = cls()
        numbering = _part_element(document.part, "numbering_part")
        if numbering is not None:
            for abstract in numbering.findall(f"{W}abstractNum"):
                aid = abstract.get(f"{W}abstractNumId")
                out.levels[aid] = {
                    int(lvl.get(f"{W}ilvl", "0")): Level(
                        start=int(_val(lvl, "start", "1") or 1),
                        fmt=_val(lvl, "numFmt", "decimal") or "decimal",
                        text=_val(lvl, "lvlText", "") or "",
                        suffix=_val(lvl, "suff", "tab") or "tab",
                    )
                    for lvl in abstract.findall(f"{W}lvl")
                }
            for num in numbering.findall(f"{W}num"):
                overrides = {
                    int(o.get(f"{W}ilvl", "0")): int(_val(o, "startOverride", "1") or 1)
                    for o in num.findall(f"{W}lvlOverride")
                    if o.find(f"{W}startOverride") is not None
                }
                out.nums[num.get(f"{W}numId")] = (_val(num, "abstractNumId", "") or "", overrides)
        styles = _part_element(document.part, "styles")
        if styles is not None:
            for style in styles.findall(f"{W}style"):
                sid = style.get(f"{W}styleId")
                based = _val(style, "basedOn")
                if based:
                    out.based_on[sid] = based
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    ilvl = _val(num_pr, "ilvl")
                    out.styles[sid] = (_val(num_pr, "numId"), int(ilvl) if ilvl is not None else None)
        return out

    def _style_numbering(self, style: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.styles:
                return self.styles[style]
            style = self.based_on.get(style)
        return None, None

    def marker(self, p: Any) -> str:
        """The marker Word draws before paragraph element ``p`` ("1. ", "a) ", "\\uf0b7\\t"), or "" (none); counts it."""
        if not self.nums:
            return ""
        ppr = p.find(f"{W}pPr")
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        style_num, style_ilvl = self._style_numbering(_val(ppr, "pStyle"))
        num_id = _val(num_pr, "numId") if num_pr is not None else None
        ilvl_text = _val(num_pr, "ilvl") if num_pr is not None else None
        num_id = num_id if num_id is not None else style_num
        ilvl = int(ilvl_text) if ilvl_text is not None else (style_ilvl or 0)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, overrides = self.nums[num_id]
        levels = self.levels.get(aid, {})
        if ilvl not in levels:
            return ""
        counts = self.counters.setdefault(num_id, {})
        for k in [k for k in counts if k > ilvl]:
            del counts[k]  # a level counted resets the levels below it
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else overrides.get(ilvl, levels[ilvl].start)
        level = levels[ilvl]
        if level.fmt == "none":
            return ""
        text = level.text
        if level.fmt != "bullet":  # a bullet level prints its glyph as it is; a number level fills its "%1", "%2" …
            for k in range(9, 0, -1):
                if f"%{k}" in text:
                    lk = levels.get(k - 1, Level())
                    count = counts.get(k - 1, overrides.get(k - 1, lk.start))
                    text = text.replace(f"%{k}", format_number(count, lk.fmt))
        if not text.strip():
            return ""
        if level.fmt != "bullet":
            return text + ("" if level.suffix == "nothing" else " ")
        return text + ("\t" if level.suffix == "tab" else " ")  # a glyph is parted from its item (WORD_BULLET_GLYPHS)
