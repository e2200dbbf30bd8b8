"""Load, validate and cache the vocabulary in ``data/vocabulary.toml``.

Loaded on first use and cached, never at import. A malformed file (or a user's extension file
given through ``DIRECTIVE_PARSER_VOCABULARY``) fails loudly with a ``VocabularyError``.
"""

from __future__ import annotations

import functools
import os
import tomllib
import unicodedata
from importlib import resources
from pathlib import Path
from typing import ClassVar, Literal, Self, TypeVar, cast

import regex
from pydantic import BaseModel, ValidationError

from .errors import VocabularyError

M = TypeVar("M", bound=BaseModel)
D = TypeVar("D", bound="DataFile")


class DocumentType(BaseModel):
    name: str
    abbr: list[str]
    examples: list[str]
    # Party symbols reuse some letters for other types (HD 36: "TT" is Thông tri, not Thông tư).
    party_abbr: list[str] = []


class SystemMotto(BaseModel):
    system: Literal["party", "state", "other"]
    motto: str
    examples: list[str]


class SignatureWords(BaseModel):
    authority: list[str]
    positions: list[str]
    examples: list[str]


class OrganisationWords(BaseModel):
    heads: list[str]
    departments: list[str]
    symbol_prefixes: list[str]
    examples: list[str]


class CasingWords(BaseModel):
    proper: list[str]
    levels: list[str]
    keep_caps: list[str] = []
    examples: list[str]


class Marks(BaseModel):
    urgency: list[str]
    secrecy: list[str]
    examples: list[str]


class Vocabulary(BaseModel):
    document_types: list[DocumentType]
    systems: list[SystemMotto]
    signature: SignatureWords
    organisations: OrganisationWords
    casing: CasingWords
    marks: Marks

    def type_by_abbr(self, abbr: str, system: str | None = None) -> str | None:
        """The full type name for a symbol abbreviation ("KH" → "Kế hoạch").

        Args:
            abbr: the abbreviation as printed in the symbol.
            system: "party" to read it as a Party symbol (HD 36), where "TT" is Thông tri.

        Returns:
            The type name, or None for an unknown abbreviation.
        """
        if system == "party":
            for t in self.document_types:
                if abbr in t.party_abbr:
                    return t.name
        for t in self.document_types:
            if abbr in t.abbr:
                return t.name
        return None

    def type_names(self) -> list[str]:
        """All full type names, longest first (so "Thông tư liên tịch" wins over "Thông tư")."""
        return sorted((t.name for t in self.document_types), key=len, reverse=True)

    def type_alternation(self) -> str:
        r"""The type names as one regex alternation (``alternation``), for every pattern that names a
        document by its type ("Kế hoạch số 12", "Quyết định này có hiệu lực …").

        >>> regex.match(vocabulary().type_alternation(), "Thông tư liên tịch số 5").group()
        'Thông tư liên tịch'
        """
        return alternation(self.type_names())


def _either_case_first(word: str) -> str:
    """``word`` as a regex fragment whose first letter may be printed in either case ("[Cc]hương"), the rest as
    printed: the word before a verb that makes it part of a name or a noun ("Nhà đầu tư", "Chương trình").

    >>> _either_case_first("chương")
    '[Cc]hương'
    """
    return f"[{word[0].upper()}{word[0]}]{regex.escape(word[1:])}"


def alternation(words: list[str]) -> str:
    r"""Words of a data file as one regex alternation: longest first (so "báo cáo" wins over
    "báo"), any run of white space between two words.

    >>> print(alternation(["trước", "chậm nhất"]))
    chậm\s+nhất|trước
    """
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def compile_with(template: str, flags: int, **alternatives: str) -> regex.Pattern[str]:
    """A pattern whose ``{name}`` slots are filled with word alternations (``alternation``).

    >>> bool(compile_with("(?:{cues}) ngày", regex.I, cues=alternation(["trước", "chậm nhất"])).match("Chậm  nhất ngày"))
    True
    """
    for name, words in alternatives.items():
        template = template.replace("{" + name + "}", words)
    return regex.compile(template, flags)


def _check_nfc(value: object, where: str) -> None:
    if isinstance(value, str):
        if unicodedata.normalize("NFC", value) != value:
            raise VocabularyError(f"vocabulary: {where} is not NFC: {value!r}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_nfc(v, f"{where}[{i}]")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_nfc(v, f"{where}.{k}")


def load_toml(raw: str, origin: str, model: type[M]) -> M:
    """Read a data file's TOML text into its model: the one loader of the package's ``data/*.toml``.

    Args:
        raw: the TOML text.
        origin: its file name, for messages.
        model: the pydantic model of the file.

    Returns:
        The validated model.

    Raises:
        VocabularyError: the text is not TOML, not NFC, or not of the expected shape.
    """
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{origin}: not valid TOML ({exc})") from exc
    _check_nfc(data, origin)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise VocabularyError(f"{origin}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc


def bundled(name: str, model: type[M]) -> M:
    """A data file shipped in ``directive_parser/data`` read into its model (``load_toml``)."""
    raw = resources.files("directive_parser.data").joinpath(name).read_text("utf-8")
    return load_toml(raw, f"data/{name}", model)


class DataFile(BaseModel):
    """The model of one bundled data file, named by ``FILE``: ``Model.load()`` reads and validates
    it once (cached per model) and never changes it afterwards."""

    FILE: ClassVar[str]

    @classmethod
    def load(cls) -> Self:
        """The bundled file, validated once."""
        return cast(Self, _load_once(cls))


@functools.cache
def _load_once(model: type[D]) -> D:
    return bundled(model.FILE, model)


def parse_vocabulary(raw: str, origin: str) -> Vocabulary:
    """Validate vocabulary TOML text.

    Args:
        raw: the TOML text.
        origin: its file name, for messages.

    Returns:
        The vocabulary.

    Raises:
        VocabularyError: the text is not TOML, not NFC, or not of the expected shape.
    """
    return load_toml(raw, origin, Vocabulary)


class DutyVerbs(BaseModel):
    words: list[str]
    # verbs that also print, capitalised, inside a body's name ("Sở Kế hoạch và Đầu tư"): a duty verb in
    # lower case inside a sentence, and in either case where a duty opens (``opening_verbs_pattern``)
    in_names: list[str] = []
    # OPENING_ONLY: verbs read only where a duty opens (``opening_verbs_pattern``), never inside a sentence, where they
    # most often qualify what another verb acts on ("…, sử dụng nguồn kinh phí …", "thiết kế không sử dụng tàu cuốc")
    opening_only: list[str] = []
    # such a verb → the words it is part of a name after, in either case ("Nhà đầu tư", "Chủ đầu tư")
    in_names_not_after: dict[str, list[str]] = {}
    # PARTY_COMMITTEE_LEADS: the Party committees' heads after which a bare "lãnh đạo" is the verb
    party_leads_after: list[str] = []
    # FIELD_IN_NAME: field nouns that are also verbs, no verb right after a kind's word ("Cục Thống kê"); a capitalised
    # one after any of field_heads, a lower-case one after field_heads_lower (data/duties.toml)
    field_in_name: list[str] = []
    field_heads: list[str] = []
    field_heads_lower: list[str] = []
    # [text, the first duty verb in it] both ways
    field_examples: list[tuple[str, str]] = []
    field_counter_examples: list[tuple[str, str]] = []
    # COMPOUND_NOUN_SYLLABLE: a one-syllable verb → the syllables it ends a noun after ("chương trình", "bầu cử");
    # [text, the first duty verb in it] both ways
    in_compounds: dict[str, list[str]] = {}
    # …and the syllables it opens a noun before ("cử tri", "trình độ")
    compound_starts: dict[str, list[str]] = {}
    compound_examples: list[tuple[str, str]] = []
    compound_counter_examples: list[tuple[str, str]] = []
    # ASSIGNS_OWN_STAFF: the staff nouns "phân công" assigns as the body's own act, no request ("phân công lãnh đạo")
    own_staff: list[str] = []
    own_staff_examples: list[tuple[str, str]] = []
    own_staff_counter_examples: list[str] = []
    examples: list[str]
    counter_examples: list[str]


class BodyOpeners(BaseModel):
    words: list[str]
    not_before: dict[str, str]
    # openers that are a body's whole name ("Chính phủ"): the name may end right after them (GOVERNMENT_BY_NAME)
    whole: list[str] = []
    examples: list[str]
    counter_examples: list[str]


class CoveredPeriod(BaseModel):
    """A list of words with examples and counter-examples (``[covered_period]``)."""

    words: list[str]
    examples: list[str]
    counter_examples: list[str]


class OcrCues(BaseModel):
    """Cue words as OCR misreads them, each with the cue it stands for (``[ocr_cues]``)."""

    variants: dict[str, str]
    examples: list[str]
    counter_examples: list[str]


class IssuerForms(BaseModel):
    """How a sentence names the issuer, and which of its acts assign work to others (``[issuer_forms]``)."""

    councils: list[str]
    name_tails: list[str]
    level_words: list[str]
    abbreviations: dict[str, str]
    heads: list[str]
    first_person: list[str]
    assignments: list[str]
    examples: list[str]
    counter_examples: list[str]


class DutyForms(BaseModel):
    """Words at the head of an action that only say it is a duty (``[duty_forms]``)."""

    words: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class GroupNouns(BaseModel):
    """Group nouns a list of bodies is made of (``[group_nouns]``)."""

    words: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class CopyForInformation(BaseModel):
    """"gửi X biết": a copy sent for information names a destination (``[copy_for_information]``)."""

    words: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class Destination(BaseModel):
    """Where a duty's result goes when no "gửi … về X" says it: "tham mưu X", "báo cáo X" (``[destination]``)."""

    verbs: list[str]
    objects: list[str]
    prepositions: list[str]
    handling: list[str]
    products: list[str]
    heads: list[str]
    stops: list[str]
    after_other_doer: list[str]
    alternatives: list[str]
    examples: list[list[str]]
    counter_examples: list[list[str]]


class PersonSubjects(BaseModel):
    """Persons and one-word units that open a duty as its subject (``[person_subjects]``)."""

    words: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class PurposeDoer(BaseModel):
    """A purpose clause after an undated duty: another doer, what it considers, a bare aim (``[purpose_doer]``)."""

    doers: list[str]
    not_after: list[str]
    considers: list[str]
    products: list[str]
    aim_tails: list[str]
    aim_verbs: list[str]
    goes_on: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class Reflexive(BaseModel):
    """"tự" before a duty verb: the body acts itself; no part of a name before it (``[reflexive]``)."""

    words: list[str]
    not_after: list[str]
    examples: list[list[str]]
    counter_examples: list[list[str]]


class ReplyNouns(BaseModel):
    """What a reply is called: a sentence that sends one completes the request before it (``[reply_nouns]``, E8)."""

    words: list[str]
    examples: list[str]
    counter_examples: list[str]


class SpeakerLeadIns(BaseModel):
    """Who speaks a lead-in: the speaking verbs of a reply's, a conclusion's or a notice's lead-in, whose subject is
    the issuer and never the items' body (``[speaker_lead_ins]``, SPEAKER_LEAD_IN)."""

    words: list[str]
    examples: list[str]
    counter_examples: list[str]


class LeadInItems(BaseModel):
    """What a lead-in's items are called: a lead-in "A và <verb> các nội dung sau:" states A as a duty of its own
    (``[lead_in_items]``, LEAD_IN_OWN_DUTY)."""

    words: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class LevelHeadings(BaseModel):
    """A heading that names the level or body carrying out the items under it (``[level_headings]``,
    LEVEL_HEADING): what the items are called, the verb and the link word before the doer, and the levels."""

    heads: list[str]
    verbs: list[str]
    links: list[str]
    levels: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class Organisers(BaseModel):
    """The issuer's organising committee of the event a letter is about (``[organisers]``, ORGANISER)."""

    words: list[str]
    events: list[str]
    examples: list[str]
    counter_examples: list[str]


class ClosingAsk(BaseModel):
    """An answer letter's closing ask, "<issuer> trả lời để <X> (được) biết và <action>" (``[closing_ask]``,
    CLOSING_ASK): the issuer's verbs, the courtesy words before them, and examples both ways."""

    verbs: list[str]
    courtesy: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class OrganisationNouns(BaseModel):
    """What "tổ chức" names as a noun: the words after it that make it a body, never the verb (``[organisation_nouns]``,
    PARTY_ORGANISATION_NOUN): "Các cấp ủy, tổ chức đảng lãnh đạo …"."""

    words: list[str]
    examples: list[list[str]]
    counter_examples: list[list[str]]


class ListedHeads(BaseModel):
    """The heads' titles that may stand before "các <kind>: <names>" (``[listed_heads]``, HEAD_OF_LISTED_KIND)."""

    words: list[str]
    examples: list[list[str]]
    counter_examples: list[str]


class NameGoesOn(BaseModel):
    """The words that never go on a body's name read whole (``[name_goes_on]``, NAME_PRINTED_WHOLE), and examples both
    ways as [text, the body read before, the body read after]."""

    role_words: list[str]
    examples: list[list[str]]
    counter_examples: list[list[str]]


class DutyWords(BaseModel):
    """The words of the "who, what" grammar (``data/duties.toml``)."""

    duty_verbs: DutyVerbs
    body_openers: BodyOpeners
    covered_period: CoveredPeriod
    ocr_cues: OcrCues
    issuer_forms: IssuerForms
    duty_forms: DutyForms
    group_nouns: GroupNouns
    copy_for_information: CopyForInformation
    purpose_doer: PurposeDoer
    destination: Destination
    person_subjects: PersonSubjects
    reflexive: Reflexive
    reply_nouns: ReplyNouns
    speaker_lead_ins: SpeakerLeadIns
    lead_in_items: LeadInItems
    organisers: Organisers
    level_headings: LevelHeadings
    closing_ask: ClosingAsk
    organisation_nouns: OrganisationNouns
    listed_heads: ListedHeads
    name_goes_on: NameGoesOn

    def covered_pattern(self) -> str:
        """The words before a period the reported figures cover, as one regex alternation."""
        return alternation(self.covered_period.words)

    def verbs_pattern(self) -> str:
        """The duty verbs as one regex alternation, longest first ("báo cáo" before "báo"); the verbs that
        also print inside a body's name only in lower case, whatever flags the caller compiles with
        ("Sở Kế hoạch và Đầu tư chủ trì": its name does not end before "Đầu tư")."""
        dv = self.duty_verbs
        fields = [w for w in dv.field_in_name if w in dv.words and w not in dv.in_names]
        compounds = [w for w in {*dv.in_compounds, *dv.compound_starts} if w in dv.words and w not in fields and w not in dv.in_names]
        plain = [w for w in dv.words if w not in fields and w not in compounds]
        guarded = [self._field_guarded(w) for w in sorted(fields, key=lambda w: (-len(w), w))]
        guarded += [self._compound_guarded(w) for w in sorted(compounds, key=lambda w: (-len(w), w))]
        if not dv.in_names:
            return "|".join([*guarded, alternation(plain)])
        lower = []
        for w in sorted(set(self.duty_verbs.in_names), key=lambda w: (-len(w), w)):
            word = regex.escape(w).replace(r"\ ", r"\s+")
            before = "|".join(_either_case_first(b) for b in self.duty_verbs.in_names_not_after.get(w, []))
            # NAME_HOLDS_A_VERB: a verb that also names a body's field ("Ban chỉ đạo", "Ban quản lý rừng …") is no
            # verb right after a kind's word in lower case either (FIELD_IN_NAME's guard)
            field = self._heads_guard(dv.field_heads_lower) if w in dv.field_in_name else ""
            lower.append(f"{field}(?<!(?<!\\p{{L}})(?:{before})\\s)(?-i:{word})" if before else f"{field}(?-i:{word})")
        return "|".join([*guarded, alternation(plain), *lower, *self._party_leads()])

    def _party_leads(self) -> list[str]:
        """PARTY_COMMITTEE_LEADS: a bare "lãnh đạo" after a Party committee's head in its clause, before a capitalised
        body ("Đảng ủy UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh …"); the literal first, so the look-behind is read only
        where "lãnh" stands."""
        heads = self.duty_verbs.party_leads_after
        if not heads:
            return []
        after = "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in heads)
        return [rf"(?-i:lãnh)(?<=(?-i:{after})[^.;:,\n]{{0,80}}[\p{{L}})](?<!(?<!\p{{L}})(?:và|với|của|có))[ \t]lãnh)[ \t]+(?-i:đạo)(?=[ \t]+(?-i:\p{{Lu}}))"]

    def _field_guarded(self, w: str) -> str:
        """A field noun that is also a duty verb, no verb right after a kind's word (FIELD_IN_NAME): "Cục Thống kê",
        "Ban tổ chức" are names; "các Sở kiểm tra" (a group before the kind) and the word elsewhere are verbs."""
        dv = self.duty_verbs
        heads = self._heads_guard
        low = regex.escape(w).replace(r"\ ", r"\s+")
        cap = regex.escape(w[0].upper() + w[1:]).replace(r"\ ", r"\s+")
        guarded = rf"{heads(dv.field_heads)}(?-i:{cap})|{heads(dv.field_heads_lower)}(?-i:{low})|(?!(?-i:{cap})|(?-i:{low})){low}"
        after = "|".join(regex.escape(a).replace(r"\ ", r"\s+") for a in sorted(dv.compound_starts.get(w, []), key=len, reverse=True))
        # COMPOUND_NOUN_SYLLABLE's nouns it opens apply to a field's verb too ("tổ chức liên quan": organisations)
        return rf"(?:{guarded})(?!\s+(?:{after})(?!\p{{L}}))" if after else guarded

    def _compound_guarded(self, w: str) -> str:
        """COMPOUND_NOUN_SYLLABLE: a one-syllable verb is no verb as the last syllable of a noun ("chương trình", "quá
        trình", "công tác bầu cử"), in either case of the syllable before it; elsewhere it is ("trình Ủy ban nhân dân
        tỉnh", "cử cán bộ tham dự")."""
        before = "|".join(_either_case_first(b) for b in sorted(self.duty_verbs.in_compounds.get(w, []), key=len, reverse=True))
        after = "|".join(regex.escape(a) for a in sorted(self.duty_verbs.compound_starts.get(w, []), key=len, reverse=True))
        not_after = rf"(?<!(?<!\p{{L}})(?:{before})\s+)" if before else ""
        not_before = rf"(?!\s+(?:{after})(?!\p{{L}}))" if after else ""
        return rf"{not_after}{regex.escape(w)}{not_before}"

    @staticmethod
    def _heads_guard(words: list[str]) -> str:
        """Not right after one of a kind's words ("Cục", "Ban" …), unless a group's word stands before the kind
        ("các Sở kiểm tra …"): FIELD_IN_NAME's look-behind."""
        alt = "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in sorted(words, key=len, reverse=True))
        return rf"(?<!(?<!(?:các|những|mỗi)\s+)(?<!\p{{L}})(?-i:{alt})\s+)"

    def opening_verbs_pattern(self) -> str:
        """The duty verbs where a duty opens (the sentence's or item's first word after its marker, a
        label or an adverbial): every verb in either case ("Thi hành nghiêm chỉnh …", n050 a))."""
        opening = alternation(self.duty_verbs.words + self.duty_verbs.in_names + self.duty_verbs.opening_only)
        # PARTY_COMMITTEE_LEADS: the committee's duty as read after its name, "lãnh đạo Ủy ban nhân dân tỉnh ban hành …";
        # in lower case only ("Lãnh đạo UBND tỉnh …" opening a sentence names the leaders)
        party = r"|(?-i:lãnh)[ \t]+(?-i:đạo)(?=[ \t]+(?-i:\p{Lu}))" if self.duty_verbs.party_leads_after else ""
        return opening + party

    def openers_pattern(self) -> str:
        """The words that open a body's name, each with the words it may not stand before."""
        out = []
        # longest first, ties by the word itself: the same pattern on every run (a set's order follows the hash seed)
        for w in sorted(set(self.body_openers.words), key=lambda w: (-len(w), w)):
            word = regex.escape(w).replace(r"\ ", r"\s+")
            veto = self.body_openers.not_before.get(w)
            out.append(f"{word}(?!{veto})" if veto else word)
        return "(?:" + "|".join(out) + r")\b"


@functools.lru_cache(maxsize=1)
def duties() -> DutyWords:
    """The bundled duty verbs and body openers, validated once and never mutated.

    Raises:
        VocabularyError: the file is not TOML, not NFC, not of the expected shape, or a veto is not a
            valid regex fragment.
    """
    words = bundled("duties.toml", DutyWords)
    try:
        regex.compile(words.openers_pattern(), regex.V1)
    except regex.error as exc:
        raise VocabularyError(f"data/duties.toml: a body opener's veto is not a regex fragment ({exc})") from exc
    for misread, cue in words.ocr_cues.variants.items():
        if len(misread) != len(cue) or misread.split() != misread.split(" ") or len(misread.split()) != len(cue.split()):
            # the repair is read in a same-length copy of the text: letter for letter, words as spaced
            raise VocabularyError(f"data/duties.toml [ocr_cues]: {misread!r} and {cue!r} differ in length or spacing")
    return words


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The bundled vocabulary, extended by the file named in ``DIRECTIVE_PARSER_VOCABULARY``.

    The extension is merged into the bundled data before validation, so the cached vocabulary is
    built once and never changed afterwards.
    """
    raw = resources.files("directive_parser.data").joinpath("vocabulary.toml").read_text("utf-8")
    extra_path = os.environ.get("DIRECTIVE_PARSER_VOCABULARY")
    if not extra_path:
        return parse_vocabulary(raw, "data/vocabulary.toml")
    data = parse_vocabulary(raw, "data/vocabulary.toml").model_dump()
    try:
        extra = tomllib.loads(Path(extra_path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise VocabularyError(f"{extra_path}: cannot read the extra vocabulary ({exc})") from exc
    _check_nfc(extra, extra_path)
    data["document_types"] += extra.get("document_types", [])
    org = extra.get("organisations", {})
    data["organisations"]["heads"] += org.get("heads", [])
    data["organisations"]["departments"] += org.get("departments", [])
    try:
        return Vocabulary.model_validate(data)
    except ValidationError as exc:
        raise VocabularyError(f"{extra_path}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc
