"""Who a duty falls on: the receiving unit ("who we are") and the words that name it.

A duty is ours when its ``responsible`` names our unit ("Huyện ủy Tân Yên"), a unit of our
kind without naming another place ("các quận ủy, huyện ủy", "Ban Thường vụ các huyện ủy"), or a
group we belong to ("các địa phương", "các cấp ủy", "các đơn vị cấp huyện"); a duty whose
``responsible`` is null falls on all recipients, so it is ours when the directive's recipients
name us that way (or list no one: the text lost its header, and we did receive it).

Matching is on words with tone marks and case folded away, conjunct by conjunct: "các huyện,
thị, thành ủy" is read as "các huyện ủy, thị ủy, thành ủy". The words are data
(``units.toml``), each group with examples that the tests check both ways.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

import regex
from pydantic import BaseModel

from ..errors import VocabularyError
from ..record import Directive
from ..vocabulary import load_toml

LEVELS: tuple[str, ...] = ("central", "province", "district", "commune")
"""The levels of a unit, as the profile stores them."""

SYSTEMS: tuple[str, ...] = ("party", "state", "other")
"""The systems of a unit, as the record names them (``Issuer.system``)."""

# A word (letters and digits, with inner hyphens kept apart) or a separator between conjuncts.
TOKEN_REGEX = regex.compile(
    r"""
    (?P<sep>[,;]|\s-\s)      # a list separator: "các sở, ban, ngành"; a spaced dash
    | (?P<word>[\p{L}\p{N}]+) # a word: "huyện", "ủy", "Tân"
    """,
    regex.VERBOSE,
)

CONJUNCTIONS = frozenset({"va", "hoac", "cung", "voi"})
"""Folded words that join conjuncts like a comma: "và", "hoặc", "cùng", "với"."""

PLURAL_WORDS = frozenset({"cac", "nhung", "moi", "tat", "ca"})
"""Folded quantifier words dropped before matching: "các", "những", "mọi", "tất cả"."""

TRAILING_LINKS = frozenset({"truc", "thuoc"})
"""Folded words after a unit's kind that name its superior, not its place: "trực thuộc Tỉnh ủy"."""


def bare(text: str) -> str:
    """Text with tone marks, đ and case folded away: "Huyện Ủy" → "huyen uy".

    Args:
        text: any text.

    Returns:
        The folded text (same words, ASCII letters where Vietnamese ones were).
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True)
class Word:
    """A word as printed and folded (``bare``)."""

    printed: str
    folded: str

    @property
    def capitalised(self) -> bool:
        """Whether the word starts with a capital letter (a proper name, in running text)."""
        return self.printed[:1].isupper()


class _Group(BaseModel):
    words: list[str]
    levels: list[str] = []
    systems: list[str] = []
    anywhere: bool = False


class _Example(BaseModel):
    unit: str
    level: str | None = None
    system: str | None = None
    yes: list[str]
    no: list[str]


class _Infer(BaseModel):
    levels: list[tuple[str, str]]
    systems: list[tuple[str, str]]
    examples: list[tuple[str, str, str]]


class UnitWords(BaseModel):
    """The contents of ``units.toml``."""

    abbreviations: dict[str, str]
    heads: list[str]
    organs: list[str]
    level_words: list[str]
    groups: list[_Group]
    examples: list[_Example]
    infer: _Infer


@functools.cache
def unit_words() -> UnitWords:
    """The bundled words that name units and groups (loaded once, on first use).

    Returns:
        The validated ``units.toml``.

    Raises:
        VocabularyError: the file is malformed.
    """
    raw = resources.files("directive_parser.register").joinpath("units.toml").read_text("utf-8")
    words = load_toml(raw, "register/units.toml", UnitWords)
    for group in words.groups:
        unknown = {*group.levels} - {*LEVELS} | {*group.systems} - {*SYSTEMS}
        if unknown:
            raise VocabularyError(f"register/units.toml: unknown level or system {sorted(unknown)} in {group.words}")
        if any("," in w or ";" in w for w in group.words):  # matched conjunct by conjunct
            raise VocabularyError(f"register/units.toml: a group word is one conjunct, without commas: {group.words}")
    return words


def _expand(text: str) -> str:
    """Write out the abbreviations of ``units.toml`` ("UBND" → "Ủy ban nhân dân")."""
    for short, full in unit_words().abbreviations.items():
        text = regex.sub(rf"(?<!\w){regex.escape(short)}(?!\w)", full, text)
    return text


def words_of(text: str) -> list[Word | None]:
    """The words of a text, with ``None`` where a conjunct ends (a comma, "và", a spaced dash).

    Args:
        text: a ``responsible`` value, a recipient, a unit's name.

    Returns:
        The words in order, separators as None.
    """
    out: list[Word | None] = []
    for m in TOKEN_REGEX.finditer(_expand(text)):
        if m.group("sep"):
            out.append(None)
            continue
        word = Word(m.group("word"), bare(m.group("word")))
        out.append(None if word.folded in CONJUNCTIONS else word)
    return out


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(w.folded for w in words_of(text) if w is not None)


def conjuncts(text: str) -> list[list[Word]]:
    """The conjuncts of a list of units, quantifiers dropped and elided heads restored.

    "các huyện, thị, thành ủy" → [huyện ủy], [thị ủy], [thành ủy]: a conjunct that is only a
    level word borrows the head word that follows the level word in the next full conjunct.

    Args:
        text: the text naming one or more units.

    Returns:
        Each conjunct as its words.
    """
    parts: list[list[Word]] = [[]]
    for word in words_of(text):
        if word is None:
            if parts[-1]:
                parts.append([])
        elif word.folded not in PLURAL_WORDS:
            parts[-1].append(word)
    parts = [p for p in parts if p]
    levels = {_phrase(w) for w in unit_words().level_words}
    for i, part in enumerate(parts):
        if tuple(w.folded for w in part) not in levels:
            continue
        for later in parts[i + 1 :]:
            head = _head_after_level(later, levels)
            if head is not None:
                part.extend(head)
                break
    return parts


def _head_after_level(part: list[Word], levels: set[tuple[str, ...]]) -> list[Word] | None:
    """In a conjunct "thành ủy", the words after its level word ("ủy"); None if it has none."""
    for size in (2, 1):
        if len(part) > size and tuple(w.folded for w in part[:size]) in levels:
            return part[size:]
    return None


@dataclass(frozen=True)
class Unit:
    """A receiving unit: the profile the register keeps.

    Attributes:
        name: as the unit writes it, "Huyện ủy Tân Yên".
        level: one of ``LEVELS``, or None when not given.
        system: one of ``SYSTEMS``, or None when not given.
        aliases: other names it goes by ("Ban Thường vụ Huyện ủy Tân Yên").
    """

    name: str
    level: str | None = None
    system: str | None = None
    aliases: tuple[str, ...] = field(default=())

    @functools.cached_property
    def _parts(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(kind, place) of the name, folded: "Huyện ủy Tân Yên" → (huyen uy), (tan yen)."""
        words = [w for w in words_of(self.name) if w is not None]
        heads = {bare(h) for h in unit_words().heads}
        cut = len(words)
        while cut > 1 and words[cut - 1].capitalised and words[cut - 1].folded not in heads:
            cut -= 1
        return tuple(w.folded for w in words[:cut]), tuple(w.folded for w in words[cut:])

    @property
    def kind(self) -> tuple[str, ...]:
        """The folded words of what the unit is, without its place ("huyen", "uy")."""
        return self._parts[0]

    @property
    def place(self) -> tuple[str, ...]:
        """The folded words of the unit's place ("tan", "yen"); empty when the name has none."""
        return self._parts[1]

    def named_in(self, text: str) -> bool:
        """Whether a text naming units (a ``responsible``, a recipient) includes this unit.

        Args:
            text: the text, as printed.

        Returns:
            True when it names the unit, a unit of its kind without another place, or a
            group the unit belongs to.
        """
        folded = " " + " ".join(_phrase(text)) + " "
        for name in (self.name, *self.aliases):
            if " " + " ".join(_phrase(name)) + " " in folded:
                return True
        if any(self._group_matches(g, folded, None) for g in unit_words().groups if g.anywhere):
            return True
        organs = sorted((_phrase(o) for o in unit_words().organs), key=len, reverse=True)
        for part in conjuncts(text):
            words = _strip_organ(part, organs)
            if self._kind_matches(words):
                return True
            if any(self._group_matches(g, None, words) for g in unit_words().groups if not g.anywhere):
                return True
        return False

    def _kind_matches(self, words: list[Word]) -> bool:
        """A conjunct that starts with our kind and names no other place ("huyện ủy trực thuộc")."""
        size = len(self.kind)
        if size == 0 or tuple(w.folded for w in words[:size]) != self.kind:
            return False
        rest = words[size:]
        if not rest or not rest[0].capitalised or rest[0].folded in TRAILING_LINKS:
            return True  # "các huyện ủy", "huyện ủy đã hoàn thành …", "huyện ủy trực thuộc"
        place = tuple(w.folded for w in rest[: len(self.place)])
        return bool(self.place) and place == self.place

    def _group_matches(self, group: _Group, folded: str | None, words: list[Word] | None) -> bool:
        if group.levels and self.level not in group.levels:
            return False
        if group.systems and self.system not in group.systems:
            return False
        for phrase in group.words:
            target = _phrase(phrase)
            if folded is not None and " " + " ".join(target) + " " in folded:
                return True
            if words is not None and tuple(w.folded for w in words[: len(target)]) == target:
                return True
        return False


def infer_unit(name: str, level: str | None = None, system: str | None = None) -> Unit:
    """A unit from its name, its level and system read from the name where not given.

    >>> u = infer_unit("Huyện ủy Tân Yên")
    >>> (u.level, u.system)
    ('district', 'party')

    Args:
        name: the unit's name as printed.
        level: its level, if known.
        system: its system, if known.

    Returns:
        The unit; a level or system the name does not tell stays None.
    """
    kind = " " + " ".join(Unit(name).kind) + " "
    words = unit_words().infer
    if level is None:
        found = [(kind.rfind(" " + " ".join(_phrase(w)) + " "), lv) for w, lv in words.levels]
        found = [f for f in found if f[0] >= 0]
        level = max(found)[1] if found else None
    if system is None:
        system = next((sy for w, sy in words.systems if " " + " ".join(_phrase(w)) + " " in kind), None)
    return Unit(name, level, system)


def _strip_organ(words: list[Word], organs: list[tuple[str, ...]]) -> list[Word]:
    """A conjunct without a leading organ of the unit: "Ban Thường vụ huyện ủy" → "huyện ủy"."""
    for organ in organs:
        if len(words) > len(organ) and tuple(w.folded for w in words[: len(organ)]) == organ:
            return words[len(organ) :]
    return words


def falls_on(unit: Unit | None, responsible: str | None, recipients: list[str]) -> bool:
    """Whether a duty falls on the unit.

    Args:
        unit: our unit; None when no profile is set (then every duty is ours).
        responsible: the duty's ``responsible`` as printed; None means all recipients.
        recipients: the directive's recipients (Kính gửi / Nơi nhận).

    Returns:
        True when the duty is ours.
    """
    if unit is None:
        return True
    if responsible is None:
        return not recipients or any(unit.named_in(r) for r in recipients)
    return unit.named_in(responsible)


def only_ours(record: Directive, unit: Unit) -> Directive:
    """The record with only the duties that fall on the unit (``parse --for UNIT``).

    Obligations and deadlines of other units are left out, and a warning says how many.

    Args:
        record: the parsed record.
        unit: the unit reading it.

    Returns:
        A copy of the record.
    """
    obligations = [o for o in record.obligations if falls_on(unit, o.responsible, record.recipients)]
    deadlines = [d for d in record.deadlines if falls_on(unit, d.responsible, record.recipients)]
    dropped = len(record.obligations) - len(obligations)
    out = record.model_copy(update={"obligations": obligations, "deadlines": deadlines})
    if dropped or len(deadlines) < len(record.deadlines):
        out.warnings = [*record.warnings, f"{dropped} duties that fall on other units than {unit.name} are left out (--for)"]
    return out
