"""Who drafts: a unit named by the clerk ("Huyện ủy Tân Yên"), read into what its document needs.

The cascade draft is written by the receiving unit for its own units, in the format of its own
system. From the unit's name alone, with the kinds of body listed in ``data/units.toml``, this
module works out:

* its kind, system, level and place: "Đảng ủy xã Cao Xá" is a Party committee of the commune
  level, place "Cao Xá"; "Ban Dân vận Huyện ủy Tân Yên" is a department of "Huyện ủy Tân Yên";
* its symbol's issuer part ("HU", "BDVHU", "SNV"), its voice ("Thường trực Huyện ủy") and its
  signing authority ("T/M BAN THƯỜNG VỤ");
* its header lines, the superior body printed above it taken from the upstream directive when
  that comes from the level above ("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" over "QUẬN ỦY LÊ CHÂN");
* whether an upstream duty falls on it: its ``responsible`` names the unit, or a plural group it
  belongs to ("các quận ủy, huyện ủy"), or nobody (then the duty falls on every recipient).

Nothing is guessed: a part the name and the upstream record do not give is a blank to fill in.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import regex
from pydantic import BaseModel

from ..errors import EXIT_USAGE, DirectiveParserError
from ..normalize import fold
from ..record import Directive
from ..vocabulary import load_toml

DraftSystem = Literal["party", "state", "youth_union"]

PLURAL_MARKS = ("các ", "những ", "mỗi ", "tất cả ", "từng ", "toàn thể ")
"""Words that make an addressee a group ("các quận ủy, huyện ủy"); a responsible without one is
a single body ("Ban Dân vận Quận ủy") and takes the drafting unit in only by naming it."""

QUALIFIER_WORDS = ("đã ", "chưa ", "có ", "được ", "không ")
"""A group narrowed by a clause ("các quận ủy, huyện ủy đã hoàn thành việc kiểm tra"): the
clause is kept with the restated duty, as the condition under which it applies."""

ABBREVIATED_LEVELS = {"p.": "phường", "q.": "quận", "tp.": "thành phố", "tx.": "thị xã", "tt.": "thị trấn"}
"""Level words a header may abbreviate ("Đảng ủy p. Thạch Bàn")."""

EXPANDED_OPENINGS = {"UBND": "Ủy ban nhân dân", "MTTQ": "Ủy ban MTTQ"}
"""Openings a clerk may abbreviate, written out as the header and the body print them."""

SKIPPED_INITIAL_WORDS = ("và",)
"""Words left out of a symbol built from initials ("Sở Giáo dục và Đào tạo" → "SGDĐT")."""

DEPARTMENT_RANK = 2
"""The lowest level whose committees have departments (Ban Dân vận, Ban Tuyên giáo): districts."""


class UnitKind(BaseModel):
    """One kind of body (see ``data/units.toml`` for the meaning of each field)."""

    opens: list[str]
    system: DraftSystem
    abbr: str
    level: str
    voice: str
    authority: str
    groups: list[str]
    downstream: list[str]
    examples: list[str]
    field: bool = False
    under: str = ""


class Departments(BaseModel):
    """Words that open the name of a committee's department ("Ban", "Văn phòng")."""

    opens: list[str]
    examples: list[str]


class Levels(BaseModel):
    """Level words, grouped from the highest level down."""

    ranks: list[list[str]]
    examples: list[str]


class UnitTable(BaseModel):
    """The contents of ``data/units.toml``."""

    kinds: list[UnitKind]
    departments: Departments
    levels: Levels


def parse_units(raw: str, origin: str) -> UnitTable:
    """Validate the units table.

    Args:
        raw: TOML text.
        origin: its file name, for messages.

    Returns:
        The table.

    Raises:
        VocabularyError: not TOML, not NFC, or not of the expected shape.
    """
    return load_toml(raw, origin, UnitTable)


@functools.lru_cache(maxsize=1)
def unit_table() -> UnitTable:
    """The bundled kinds of unit, loaded on first use."""
    raw = resources.files("directive_parser.data").joinpath("units.toml").read_text("utf-8")
    return parse_units(raw, "data/units.toml")


def key(text: str) -> str:
    """Text reduced for matching names: tone placement unified, case folded, single spaces."""
    return " ".join(fold(text).casefold().split())


def initials(words: str) -> str:
    """The capital initials of a name, as symbols abbreviate it ("Ban Dân vận" → "BDV").

    >>> initials("Sở Giáo dục và Đào tạo")
    'SGDĐT'
    """
    return "".join(w[0].upper() for w in words.split() if w and w.casefold() not in SKIPPED_INITIAL_WORDS)


@dataclass(frozen=True)
class Unit:
    """A drafting unit (or an upstream body) read from its name.

    Attributes:
        name: the name as given ("Ban Dân vận Huyện ủy Tân Yên").
        kind: its kind of body (the committee's kind for a department).
        head: the words naming the body before its level and place ("Huyện ủy", "Sở Nội vụ").
        level: the level word printed in the name or implied by the kind ("huyện"), or None.
        place: the place name ("Tân Yên"), or None.
        department: the department's own name ("Ban Dân vận") when the unit is one, else None.
    """

    name: str
    kind: UnitKind
    head: str
    level: str | None
    place: str | None
    department: str | None = None

    @property
    def system(self) -> DraftSystem:
        """The system whose format its documents follow."""
        return self.kind.system

    @property
    def rank(self) -> int:
        """1 for a province, 2 for a district, 3 for a commune, 4 for a body below (chi bộ)."""
        return level_rank(self.level)

    @property
    def committee(self) -> str:
        """The body itself without a department ("Huyện ủy Tân Yên" for its Ban Dân vận)."""
        words = [self.head] + ([self.level] if self.level and self.level != self.kind.level else [])
        return " ".join(words + ([self.place] if self.place else []))

    @property
    def short(self) -> str:
        """How its own document names it: "Huyện ủy", "Đảng ủy xã", "Ban Dân vận Huyện ủy"."""
        own = self.head if not self.level or self.level == self.kind.level else f"{self.head} {self.level}"
        return f"{self.department} {own}" if self.department else own

    @property
    def abbr(self) -> str:
        """The issuer part of its symbols: "HU", "BDVHU", "SNV", "UBND"."""
        base = self.kind.abbr or initials(self.head)
        return initials(self.department) + base if self.department else base

    @property
    def voice(self) -> str:
        """Who speaks in its công văn: "Thường trực Huyện ủy", "Ban Dân vận Huyện ủy"."""
        if self.department:
            return self.short
        return self.kind.voice.format(name=self.short, kind=self.short)

    def falls_on(self, responsible: str | None) -> bool:
        """Whether a duty with this ``responsible`` falls on the unit.

        Args:
            responsible: who the upstream directive tells to act; None when it names nobody,
                so the duty falls on every recipient.

        Returns:
            True when it names the unit, or is a group the unit belongs to.

        >>> parse_unit("Quận ủy Lê Chân").falls_on("các quận ủy, huyện ủy")
        True
        >>> parse_unit("Quận ủy Lê Chân").falls_on("Ban Dân vận Quận ủy")
        False
        """
        if responsible is None:
            return True
        said = key(responsible)
        if key(self.name) in said or (self.department is None and key(self.committee) in said):
            return True
        if not any(mark in f" {said}" for mark in (" " + m for m in PLURAL_MARKS)) and not said.startswith(PLURAL_MARKS):
            return False
        return any(regex.search(rf"(?<!\w){regex.escape(key(g))}(?!\w)", said) for g in self.kind.groups)

    def qualifier(self, responsible: str | None) -> str | None:
        """The clause narrowing a group that takes the unit in, if any.

        Args:
            responsible: the upstream duty's responsible.

        Returns:
            "đã hoàn thành việc kiểm tra (hoặc giám sát, khảo sát)" from "các quận ủy, huyện ủy
            đã hoàn thành việc kiểm tra (hoặc giám sát, khảo sát)"; None without such a clause.
        """
        if not responsible:
            return None
        lowered = responsible.casefold()
        starts = [lowered.find(" " + w) for w in QUALIFIER_WORDS if lowered.find(" " + w) > 0]
        return responsible[min(starts) + 1 :].strip() if starts else None


def level_rank(level: str | None) -> int:
    """The rank of a level word: 1 for "tỉnh", 2 for "huyện", 3 for "xã"; 4 when none.

    Args:
        level: the level word, or None.

    Returns:
        Its rank (a lower rank stands higher).
    """
    if level:
        for rank, words in enumerate(unit_table().levels.ranks, start=1):
            if level.casefold() in words:
                return rank
    return len(unit_table().levels.ranks) + 1


def _expand_levels(name: str) -> str:
    """The name with an abbreviated level word written out ("p. Thạch Bàn" → "phường Thạch Bàn")."""
    words = name.split()
    return " ".join(ABBREVIATED_LEVELS.get(w.casefold(), w) for w in words)


def _split_level(rest: str) -> tuple[str, str | None, str | None]:
    """Split what follows a kind's opening into (field, level word, place).

    "Nội vụ tỉnh Quảng Ngãi" → ("Nội vụ", "tỉnh", "Quảng Ngãi"); "Tân Yên" → ("", None, "Tân Yên").
    A level word counts only in lower case, as names print it ("Quận ủy" is a kind, not a level).
    """
    words = rest.split()
    levels = sorted((w for ws in unit_table().levels.ranks for w in ws), key=len, reverse=True)
    for i in range(len(words)):
        for level in levels:
            n = len(level.split())
            if " ".join(words[i : i + n]) == level and i + n < len(words):
                return " ".join(words[:i]), level, " ".join(words[i + n :])
    return "", None, rest or None


def _match_kind(name: str) -> tuple[UnitKind, str, str] | None:
    """The kind whose opening starts ``name`` (longest opening first): (kind, opening, rest)."""
    folded = key(name)
    options = [(kind, opening) for kind in unit_table().kinds for opening in kind.opens]
    for kind, opening in sorted(options, key=lambda o: len(o[1]), reverse=True):
        k = key(opening)
        if folded == k or folded.startswith(k + " "):
            words = name.split()
            n = len(opening.split())
            return kind, " ".join(words[:n]), " ".join(words[n:])
    return None


def try_unit(name: str | None) -> Unit | None:
    """Read a body's name into a ``Unit``, or None when no known kind opens it.

    Args:
        name: the name ("Huyện ủy Tân Yên", "Ban Dân vận Thành ủy Hải Phòng", "Sở Nội vụ tỉnh X").

    Returns:
        The unit, or None.
    """
    if not name or not name.strip():
        return None
    name = _expand_levels(" ".join(name.split()))
    table = unit_table()
    for opening in sorted(table.departments.opens, key=len, reverse=True):
        if key(name).startswith(key(opening) + " "):
            words = name.split()
            # The department's own words run up to the committee's kind ("Ban Dân vận | Huyện ủy …").
            for i in range(len(opening.split()), len(words)):
                inner = try_unit(" ".join(words[i:]))
                if inner is not None and inner.department is None and inner.system != "state":
                    return Unit(name, inner.kind, inner.head, inner.level, inner.place, " ".join(words[:i]))
    found = _match_kind(name)
    if found is None:
        return None
    kind, opening, rest = found
    field, level, place = _split_level(rest)
    if kind.field and level is None:  # "Sở Giáo dục và Đào tạo": all field, no place
        field, place = rest, None
    head = f"{EXPANDED_OPENINGS.get(opening, opening)} {field}".strip()
    return Unit(name, kind, head, level or kind.level or None, place)


def parse_unit(name: str) -> Unit:
    """Read the drafting unit the clerk names (``--as``).

    Args:
        name: the unit's name.

    Returns:
        The unit.

    Raises:
        DirectiveParserError: no known kind of body opens the name (exit code 2, a usage error).
    """
    unit = try_unit(name)
    if unit is None:
        kinds = sorted({kind.opens[0] for kind in unit_table().kinds})
        error = DirectiveParserError(
            f"--as {name!r}: not a unit name this tool knows; start it with one of: {', '.join(kinds)}"
        )
        error.exit_code = EXIT_USAGE
        raise error
    return unit


def upstream_body(record: Directive) -> Unit | None:
    """The upstream directive's issuing body as a unit: its committee when it is a department.

    Args:
        record: the upstream directive.

    Returns:
        The first of issuer name and parent that reads as a unit, else None.
    """
    for name in (record.issuer.name, record.issuer.parent):
        unit = try_unit(name)
        if unit is not None:
            return unit
    return None


def parent_line(unit: Unit, record: Directive) -> str | None:
    """The superior body printed above the unit's name in its header, or None for none.

    HD 36: a district committee prints its province's Đảng bộ above it ("ĐẢNG BỘ TỈNH BẮC GIANG"
    over "HUYỆN ỦY TÂN YÊN"); a department prints its committee ("HUYỆN ỦY TÂN YÊN" over "BAN DÂN
    VẬN"). NĐ 30: a Sở prints its UBND ("UBND TỈNH QUẢNG NGÃI"). The Đảng bộ is taken from the
    upstream directive when it comes from the level above; without a place the line keeps a
    blank ("ĐẢNG BỘ TỈNH …").

    Args:
        unit: the drafting unit.
        record: the upstream directive.

    Returns:
        The line in capitals, a line with a blank, or None when the unit prints no superior.
    """
    from .naming import BLANK

    if unit.department:
        return unit.committee.upper()
    if unit.system == "state":
        if unit.kind.under and unit.level:  # a Sở under its UBND
            return f"{unit.kind.under} {unit.level} {unit.place or BLANK}".upper()
        return None
    upstream = upstream_body(record)
    if unit.system == "party":
        if unit.rank == 1:
            return None  # a provincial committee prints no superior (HD 36)
        if upstream is not None and upstream.system == "party" and upstream.rank < unit.rank:
            return f"ĐẢNG BỘ {upstream.level or ''} {upstream.place or BLANK}".upper().replace("  ", " ")
        return f"ĐẢNG BỘ {BLANK}"
    if upstream is not None and upstream.system == "youth_union" and upstream.rank < unit.rank:
        return f"BCH {upstream.level or ''} {upstream.place or BLANK}".upper().replace("  ", " ")
    return None


def name_lines(unit: Unit) -> list[str]:
    """The unit's own name as its header prints it, in capitals, one or two lines.

    Args:
        unit: the drafting unit.

    Returns:
        ``["HUYỆN ỦY TÂN YÊN"]``, ``["BAN DÂN VẬN"]``, ``["ỦY BAN NHÂN DÂN", "HUYỆN TÂN YÊN"]``,
        ``["BCH HUYỆN ĐOÀN TÂN YÊN"]``.
    """
    if unit.department:
        return [unit.department.upper()]
    if unit.system == "state":
        if not unit.kind.under and unit.level and unit.place:  # UBND, MTTQ, Hội: level and place below
            return [unit.head.upper(), f"{unit.level} {unit.place}".upper()]
        return [unit.head.upper()]
    if unit.system == "youth_union":
        return [f"BCH {unit.committee}".upper()]
    return [unit.committee.upper()]


def counterpart(body: str, unit: Unit) -> str | None:
    """The drafting unit's own department matching an upstream one, for a Party committee.

    "Ban Dân vận Thành ủy" (upstream) → "Ban Dân vận Quận ủy" for Quận ủy Lê Chân: the report
    goes up through the department that does the same work one level down (seed 002 sends its
    units' registrations to "Ban Dân vận Huyện ủy" for the Ban Dân vận Tỉnh ủy).

    Args:
        body: an upstream body ("Ban Dân vận Thành ủy Hải Phòng").
        unit: the drafting unit.

    Returns:
        "Ban Dân vận Quận ủy", or None when ``body`` is not a department of a committee or the
        unit is not a committee of the same system.
    """
    upstream = try_unit(body)
    if upstream is None or upstream.department is None or unit.department is not None:
        return None
    if unit.rank > DEPARTMENT_RANK:  # a commune's Đảng ủy has no Ban Dân vận of its own
        return None
    if upstream.system != unit.system or unit.system == "state":
        return None
    return f"{upstream.department} {unit.short}"
