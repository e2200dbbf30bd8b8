"""The cascade draft: the implementing document a receiving unit writes for its own units.

After reading a directive, a district clerk writes another one: the Huyện ủy's công văn (or kế
hoạch) that cites the upstream directive, passes its duties down to the units below and sets
internal deadlines a few working days before the upstream ones, so that there is time to compile
the reports. Seed 002 (Huyện ủy Tân Yên implementing Công văn 1388-CV/BDVTU) is such a document,
written by hand. From the upstream record and the name of the drafting unit this builds:

* the header block of the drafting unit's system (``units.py``): HD 36-HD/VPTW for Party bodies
  ("ĐẢNG BỘ TỈNH BẮC GIANG" / "HUYỆN ỦY TÂN YÊN" / "*" / "Số …-CV/HU" left, "ĐẢNG CỘNG SẢN VIỆT
  NAM" right), NĐ 30/2020 for state bodies and mass organisations (the Quốc hiệu, "Số: …/UBND-…"),
  the Đoàn's own (HD 29-HD/TWĐTN-VP: "ĐOÀN TNCS HỒ CHÍ MINH", "***", "Số: …-CV/HĐTN");
* "Thực hiện Công văn số 1092-CV/BDVTU ngày 07/7/2023 của Ban Dân vận Thành ủy Hải Phòng về …;
  Thường trực Quận ủy đề nghị … thực hiện một số nội dung sau:";
* each upstream duty that falls on the drafting unit (``Unit.falls_on``), restated for its
  units: the responsible becomes the downstream units, the result goes to the drafting unit (its
  counterpart department: "Ban Dân vận Thành ủy" → "Ban Dân vận Quận ủy"), and a dated duty gets
  an internal deadline ``lead_days`` working days before the upstream one (weekends and
  Vietnamese public holidays skipped, ``dates.add_working_days``), with the same cue word
  ("trước ngày", "chậm nhất ngày"); a duty without a day keeps its time phrase;
* the drafting unit's own report upward, by the upstream dates, given to its department;
* the report outline (as an attached "ĐỀ CƯƠNG BÁO CÁO") and the forms carried over;
* "Nơi nhận" with the upstream issuer ("để báo cáo") and the downstream units; blanks for the
  number, the date and the signer.

Two formats: Markdown and Word (python-docx, with the report skeleton's page set-up). The draft
is a start for the clerk: every part the record does not hold is a visible blank.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import regex

from ..errors import EXIT_USAGE, DirectiveParserError
from ..record import Directive, Form, Obligation, OutlineItem
from .markdown import escape
from .naming import BLANK, checklist_date, citation_date, cite_directive, upper_first
from .outline import (
    BODY_PT,
    FILL,
    HEADER_LEFT_CM,
    HEADER_PT,
    PARTY_HEADING,
    QUOC_HIEU_PT,
    RECIPIENT_ITEMS_PT,
    RECIPIENTS_PT,
    SIGNATURE_LEFT_CM,
    STATE_HEADING,
    YOUTH_UNION_HEADING,
    _docx_sections,
    _md_sections,
    _para,
    _setup,
    _two_columns,
)
from .units import Unit, counterpart, key, name_lines, parent_line, parse_unit

DraftType = Literal["cong-van", "ke-hoach"]

DRAFT_TYPES: dict[str, tuple[str, str]] = {"cong-van": ("Công văn", "CV"), "ke-hoach": ("Kế hoạch", "KH")}
"""``--type`` → (type name, symbol abbreviation: HD 36 and NĐ 30 Phụ lục III)."""

DEFAULT_LEAD_DAYS = 3
"""Working days between an internal deadline and the upstream one: time to compile the units'
reports into the unit's own (seed 002 asks its units for 27/02 to report upward in early March)."""

MAX_LEAD_DAYS = 60
"""A longer lead is a typing mistake: three months of working days ahead of the upstream date."""

INCLUSIVE_CUE = "chậm nhất ngày"
EXCLUSIVE_CUE = "trước ngày"
"""Cue words of an internal deadline: the upstream's own kind ("chậm nhất" is inclusive)."""

CITATION_ACTION = r"""
    ^(?:(?:thực\s+hiện|căn\s+cứ|triển\s+khai)\s+)?   # the implementing formula "Thực hiện", if any,
    (?:{types})\s+số\s+[\d…]                          # then a type word and "số 1388…": a citation
"""
"""An action that only cites a document ("Thực hiện Công văn số 1388-CV/BDVTU …", "Hướng dẫn số
09-HD/HU …") is the upstream's own opening formula, not a duty to pass down. ``{types}`` is
filled with the vocabulary's type names."""


@functools.lru_cache(maxsize=1)
def _citation_action() -> regex.Pattern[str]:
    from ..vocabulary import vocabulary

    types = "|".join(regex.escape(t) for t in vocabulary().type_names())
    return regex.compile(CITATION_ACTION.replace("{types}", types), regex.IGNORECASE | regex.VERBOSE)


UPSTREAM_CONTACT = regex.compile(
    r"""[,;]?\s*[^,;()]*?\b(?:e-?mail|thư\s+điện\s+tử)\b   # ", file mềm gửi email"
        [^,;()]*?\S+@\S+?                                  # ": bdv_quthanhxuan@hanoi.gov.vn"
        (?=[,;)]|\.?$)                                      # up to the clause's end
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
"""The upstream's own e-mail in a delivery clause: the units send to the drafting unit, not there."""

SUBJECT_VERBS = ("triển khai", "thực hiện", "tổ chức")
"""A subject that opens with one of these reads as the draft's V/v line as it is."""

OUTLINE_ITEM = "Nội dung báo cáo thực hiện theo Đề cương gửi kèm."
CLOSING = {
    "party": "Đề nghị các đơn vị quan tâm, nghiêm túc triển khai thực hiện./.",
    "state": "Đề nghị các cơ quan, đơn vị quan tâm triển khai thực hiện./.",
    "youth_union": "Đề nghị các đơn vị quan tâm triển khai thực hiện./.",
}
"""The closing line of the body, in each system's usual words."""

NO_DUTY_NOTE = "(Văn bản cấp trên không nêu nhiệm vụ cụ thể của đơn vị; bổ sung nội dung triển khai.)"
"""Printed where the duties would be when none falls on the drafting unit."""

PARTY_HEADER_LEFT_CM = 8.0
"""Width of the unit's column in a Party or Đoàn header (the state one is narrower: its Quốc hiệu
needs 10 cm on one line)."""

PLAN_AIMS = "I. MỤC ĐÍCH, YÊU CẦU"
PLAN_TASKS = "II. NỘI DUNG, THỜI GIAN THỰC HIỆN"
PLAN_ORGANISATION = "III. TỔ CHỨC THỰC HIỆN"
"""The three sections of a kế hoạch (the usual order: aims, tasks, who organises what)."""


@dataclass(frozen=True)
class DraftDuty:
    """One duty restated for the downstream units.

    Attributes:
        action: what they must do, with the delivery rewritten to the drafting unit.
        responsible: who must do it (the downstream units).
        due: the internal time phrase ("trước ngày 12/7/2023"), the upstream one when it gives
            no day ("Cuối năm"), or None.
        date: the internal due date, or None.
        upstream_date: the upstream due date it was set before, or None.
        condition: the clause that narrowed the upstream group ("đã hoàn thành việc kiểm tra").
        upstream: the upstream obligation.
    """

    action: str
    responsible: str
    due: str | None
    date: dt.date | None
    upstream_date: dt.date | None
    condition: str | None
    upstream: Obligation

    def sentence(self) -> str:
        """The item as printed: "Tổ chức kiểm tra … về Ban Dân vận Quận ủy trước ngày 26/7/2023."."""
        text = upper_first(self.action.rstrip(" .;,"))
        if self.condition:
            text += f" (đối với các đơn vị {self.condition})"
        if self.due:
            text += f" {self.due}" if self.due[:1].islower() else f"; thời gian: {self.due}"
        return text + "."


@dataclass
class Draft:
    """What the implementing document says, before it is laid out in a format."""

    unit: Unit
    doc_type: DraftType
    parent: str | None
    names: list[str]
    symbol: str
    place_date: str
    subject: str
    recipients: list[str]
    citation: str
    duties: list[DraftDuty]
    own_report: str | None
    outline: list[OutlineItem]
    forms: list[Form]
    forms_line: str | None
    distribution: list[str]
    authority: str
    upstream: str
    skipped: list[Obligation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def system(self) -> str:
        """The drafting unit's system ("party", "state", "youth_union")."""
        return self.unit.system

    @property
    def type_name(self) -> str:
        """"Công văn" or "Kế hoạch"."""
        return DRAFT_TYPES[self.doc_type][0]

    @property
    def downstream(self) -> str:
        """The downstream units, as one phrase ("các chi, đảng bộ trực thuộc Quận ủy")."""
        return join_units(self.recipients)

    def body_items(self) -> list[str]:
        """The numbered items of the body, in order: duties, outline, forms, own report."""
        items = [d.sentence() for d in self.duties] or [NO_DUTY_NOTE]
        if self.outline:
            items.append(OUTLINE_ITEM)
        if self.forms_line:
            items.append(self.forms_line)
        if self.own_report:
            items.append(self.own_report)
        return items


def join_units(units: Sequence[str]) -> str:
    """Several addressees as one phrase: "các chi, đảng bộ trực thuộc; Ủy ban MTTQ …".

    Args:
        units: the addressees as printed on their own lines.

    Returns:
        One phrase, each lower-cased at its start when it opens with "Các".
    """
    said = [u[0].lower() + u[1:] if u.startswith("Các ") else u for u in units]
    return "; ".join(said)


# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------


def internal_date(upstream: dt.date, lead_days: int) -> dt.date:
    """The internal deadline: ``lead_days`` working days before the upstream one.

    Args:
        upstream: the upstream due date.
        lead_days: working days of lead (0 keeps the upstream date).

    Returns:
        The date, weekends and Vietnamese public holidays skipped.

    >>> internal_date(dt.date(2023, 7, 15), 3)  # a Saturday: Fri 14, Thu 13, Wed 12
    datetime.date(2023, 7, 12)
    """
    from ..dates import add_working_days

    return add_working_days(upstream, -lead_days)


def _receiver(unit: Unit, deliver_to: str | None, upstream: Directive) -> str:
    """Where the downstream units send their result: the drafting unit's counterpart of the
    upstream department named (or of the upstream issuer), else the unit itself."""
    for body in (deliver_to, upstream.issuer.name):
        if body:
            same = counterpart(body.split("(")[0].strip(), unit)
            if same:
                return same
    return unit.short


def _rewrite_action(action: str, deliver_to: str | None, receiver: str) -> str:
    """The action with its delivery pointed at the drafting unit.

    "gửi Báo cáo kết quả về Ban Dân vận Thành ủy" → "gửi Báo cáo kết quả về Ban Dân vận Quận ủy".
    An action that names no delivery (or names it in other words) is kept and the delivery added.
    """
    if not deliver_to:
        return action
    target = deliver_to.split("(")[0].strip()
    if target and target in action:
        head, _, tail = action.partition(target)
        tail = regex.sub(r"^\s*\([^)]*\)?", "", tail)  # "(qua Văn phòng …)" belonged to the upstream
        return UPSTREAM_CONTACT.sub("", f"{head}{receiver}{tail}").rstrip()
    if regex.search(r"\bgửi\s+về\s*$", action):  # the delivery was cut off after "gửi về"
        return f"{action.rstrip()} {receiver}"
    return f"{action.rstrip(' ,;')}, gửi về {receiver}"


def _due(ob: Obligation, lead_days: int) -> tuple[str | None, dt.date | None]:
    """The internal time phrase and date of a duty."""
    if ob.date is None:
        return ob.due, None
    day = internal_date(ob.date, lead_days)
    inclusive = ob.when.inclusive if ob.when is not None else None
    if inclusive is None and ob.due:
        inclusive = key(ob.due).startswith(("chậm nhất", "hạn chót"))
    cue = INCLUSIVE_CUE if inclusive else EXCLUSIVE_CUE
    return f"{cue} {citation_date(day)}", day


def _outline_titles(items: Sequence[OutlineItem]) -> set[str]:
    out: set[str] = set()
    for item in items:
        out.add(key(item.title))
        out |= _outline_titles(item.children)
    return out


def _is_duty(ob: Obligation, record: Directive) -> bool:
    """Whether an obligation is a duty to pass down (named vetoes, each with its reason)."""
    # VETO implementing formula: "Thực hiện Công văn số …" is the upstream's opening, not a duty.
    if _citation_action().match(ob.action):
        return False
    # VETO outline heading: "Đề xuất, kiến nghị" is a section of the report, carried as the outline.
    return key(ob.action.rstrip(" .:;")) not in _outline_titles(record.report_outline)


def _subject(record: Directive) -> str:
    """The draft's V/v line: "triển khai <upstream subject>", or a citation without a subject."""
    if record.subject:
        subject = record.subject.rstrip(" .")
        if subject[1:2].islower():  # "Báo cáo kết quả …" reads "báo cáo kết quả …" after "V/v"; "UBND …" stays
            subject = subject[:1].lower() + subject[1:]
        return subject if key(subject).startswith(SUBJECT_VERBS) else f"triển khai {subject}"
    return f"triển khai thực hiện {cite_directive(record, full=False)}"


def _symbol(unit: Unit, doc_type: DraftType) -> str:
    """The number line with the number left blank: "Số …-CV/HU", "Số: …/KH-UBND", "Số: …/SNV-…"."""
    abbr = DRAFT_TYPES[doc_type][1]
    if unit.system == "party":
        return f"Số {BLANK}-{abbr}/{unit.abbr}"
    if unit.system == "youth_union":
        return f"Số: {BLANK}-{abbr}/{unit.abbr}"
    if doc_type == "cong-van":  # NĐ 30: a công văn has no type abbreviation; issuer then drafting office
        return f"Số: {BLANK}/{unit.abbr}-{BLANK}"
    return f"Số: {BLANK}/{abbr}-{unit.abbr}"


def _own_report(unit: Unit, record: Directive, upstream_duties: Sequence[Obligation], receiver: str) -> str | None:
    """The drafting unit's own report upward: its department compiles and reports by the upstream dates."""
    dated = [ob for ob in upstream_duties if ob.date is not None and (ob.deliver_to or record.issuer.name)]
    if not dated:
        return None
    to = next((ob.deliver_to for ob in dated if ob.deliver_to), None) or record.issuer.name or BLANK
    to = to.split("(")[0].strip()
    dues = []
    for ob in sorted(dated, key=lambda o: o.date or dt.date.min):
        assert ob.date is not None
        phrase = f"{EXCLUSIVE_CUE} {citation_date(ob.date)}"
        if ob.due and key(ob.due).startswith("chậm nhất"):
            phrase = f"{INCLUSIVE_CUE} {citation_date(ob.date)}"
        if phrase not in dues:
            dues.append(phrase)
    who = receiver if receiver != unit.short else _office(unit)
    voice = unit.voice if who != unit.voice else unit.short
    return (f"Giao {who} theo dõi, đôn đốc, tổng hợp kết quả, tham mưu {voice} báo cáo {to} "
            f"{' và '.join(dues)}.")


def _office(unit: Unit) -> str:
    """Who in the drafting unit follows the work up: its Văn phòng, or a named comrade in a body
    that has none (a chi bộ, a Đoàn cơ sở)."""
    if unit.system == "youth_union" or unit.kind.abbr == "CB":
        return f"đồng chí {FILL}"
    return f"Văn phòng {unit.short}"


def _forms_line(record: Directive) -> str | None:
    if not record.forms:
        return None
    named = [f"mẫu {f.code}" + (f" ({f.title})" if f.title else "") if f.code else (f.title or BLANK) for f in record.forms]
    return f"Thực hiện theo các biểu mẫu kèm theo {cite_directive(record, full=False)}: {'; '.join(named)}."


def _place_date(unit: Unit) -> str:
    """"Lê Chân, ngày … tháng … năm …": the place is the unit's (NĐ 30, HD 36: where it sits)."""
    place = unit.place or FILL
    return f"{place}, ngày {BLANK} tháng {BLANK} năm {BLANK}"


def check_options(unit_name: str, lead_days: int, doc_type: str) -> Unit:
    """Check the drafting options before any parsing starts.

    Args:
        unit_name: the drafting unit (``--as``).
        lead_days: working days of lead (``--lead-days``).
        doc_type: ``--type``.

    Returns:
        The drafting unit.

    Raises:
        DirectiveParserError: an unknown unit or type, or a lead out of range (exit code 2).
    """
    if doc_type not in DRAFT_TYPES:
        raise _usage(f"--type {doc_type!r}: choose one of {', '.join(DRAFT_TYPES)}")
    if not 0 <= lead_days <= MAX_LEAD_DAYS:
        raise _usage(f"--lead-days {lead_days}: give a number of working days from 0 to {MAX_LEAD_DAYS}")
    return parse_unit(unit_name)


def draft(
    record: Directive,
    unit_name: str,
    to: Sequence[str] | None = None,
    lead_days: int = DEFAULT_LEAD_DAYS,
    doc_type: str = "cong-van",
    parent: str | None = None,
) -> Draft:
    """The implementing document that ``unit_name`` writes for its units from ``record``.

    Args:
        record: the upstream directive.
        unit_name: the drafting unit ("Huyện ủy Tân Yên").
        to: its downstream units (one per line of "Kính gửi"); the kind's usual ones when None.
        lead_days: working days between internal and upstream deadlines.
        doc_type: "cong-van" or "ke-hoach".
        parent: the superior body for the header ("Đảng bộ tỉnh Bắc Giang"), when the upstream
            record does not tell it.

    Returns:
        The draft's content.

    Raises:
        DirectiveParserError: an unknown unit, type or lead (exit code 2).
    """
    unit = check_options(unit_name, lead_days, doc_type)
    kind: DraftType = "cong-van" if doc_type == "cong-van" else "ke-hoach"
    recipients = [t.strip() for t in (to or []) if t.strip()] or list(unit.kind.downstream)
    receiver = _receiver(unit, None, record)
    duties: list[DraftDuty] = []
    ours: list[Obligation] = []
    skipped: list[Obligation] = []
    warnings: list[str] = []
    for ob in record.obligations:
        if not _is_duty(ob, record) or not unit.falls_on(ob.responsible):
            skipped.append(ob)
            continue
        ours.append(ob)
        rec = _receiver(unit, ob.deliver_to, record)
        due, day = _due(ob, lead_days)
        if day is not None and record.date is not None and day <= record.date:
            warnings.append(f"internal deadline {checklist_date(day)} is not after the upstream date "
                            f"{checklist_date(record.date)}; shorten --lead-days or set it by hand")
        duties.append(DraftDuty(
            action=_rewrite_action(ob.action, ob.deliver_to, rec),
            responsible=join_units(recipients),
            due=due, date=day, upstream_date=ob.date,
            condition=unit.qualifier(ob.responsible) if ob.responsible else None,
            upstream=ob,
        ))
    if not duties:
        warnings.append(f"no duty of the upstream directive falls on {unit.name}; the draft has a blank to fill in")
    upstream_issuer = record.issuer.name or BLANK
    citation = f"Thực hiện {cite_directive(record)}"
    names = name_lines(unit)
    header_parent = parent.upper() if parent else parent_line(unit, record)
    distribution = [f"{upstream_issuer} (để báo cáo)"]
    distribution += ["Như trên"] if kind == "cong-van" else recipients
    distribution.append(f"Lưu Văn phòng {unit.short}" if unit.system == "party" else f"Lưu: VT, {BLANK}")
    return Draft(
        unit=unit, doc_type=kind, parent=header_parent, names=names, symbol=_symbol(unit, kind),
        place_date=_place_date(unit), subject=_subject(record), recipients=recipients,
        citation=citation, duties=duties, own_report=_own_report(unit, record, ours, receiver),
        outline=list(record.report_outline), forms=list(record.forms), forms_line=_forms_line(record),
        distribution=distribution, authority=unit.kind.authority, upstream=cite_directive(record, full=False),
        skipped=skipped, warnings=warnings,
    )


def _usage(message: str) -> DirectiveParserError:
    error = DirectiveParserError(message)
    error.exit_code = EXIT_USAGE
    return error


def lead_in(d: Draft) -> str:
    """The opening sentence: the upstream citation, then who asks whom to do what."""
    if d.doc_type == "ke-hoach":
        return f"{d.citation}; {d.unit.voice} xây dựng Kế hoạch triển khai thực hiện như sau:"
    return f"{d.citation}; {d.unit.voice} đề nghị {d.downstream} thực hiện một số nội dung sau:"


def title_line(d: Draft) -> str:
    """The kế hoạch's title under "KẾ HOẠCH" (the V/v line of a công văn, without "V/v")."""
    return upper_first(d.subject)


def organisation_items(d: Draft) -> list[str]:
    """Section III of a kế hoạch: who organises, who compiles and reports."""
    items = [f"{upper_first(d.downstream)} căn cứ Kế hoạch, xây dựng nội dung triển khai thực hiện "
             f"phù hợp với tình hình thực tế của đơn vị; báo cáo kết quả đúng thời gian quy định."]
    if d.own_report:
        items.append(d.own_report)
    return items


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------


def _list_end(i: int, items: Sequence[str]) -> str:
    """Punctuation after a listed addressee: "," between them, "." after the last (NĐ 30, ô 9b)."""
    return "." if i == len(items) - 1 else ","


def _heading_words(system: str) -> tuple[str, ...]:
    return {"party": PARTY_HEADING, "youth_union": YOUTH_UNION_HEADING}.get(system, STATE_HEADING)


def _separator(system: str) -> str:
    """The mark under the unit's name: "*" (HD 36), "***" (the Đoàn), a rule (NĐ 30)."""
    return {"party": "*", "youth_union": "***"}.get(system, "―――――")


def render_markdown(d: Draft) -> str:
    """The draft as Markdown (header block as lines, then the body).

    Args:
        d: the draft.

    Returns:
        Markdown text.
    """
    out: list[str] = []
    header = [*(([d.parent]) if d.parent else []), *[f"**{n}**" for n in d.names], _separator(d.system), d.symbol]
    if d.doc_type == "cong-van":
        header.append(f"_V/v {escape(d.subject)}_")
    out += [line + "  " for line in header] + [""]
    out += [f"**{' / '.join(_heading_words(d.system))}**", "", f"_{d.place_date}_", ""]
    if d.doc_type == "cong-van":
        out += ["Kính gửi:"] + [f"- {escape(r)}{_list_end(i, d.recipients)}" for i, r in enumerate(d.recipients)]
        out += [""]
    else:
        out += [f"## {d.type_name.upper()}", "", f"**{escape(title_line(d))}**", ""]
    out += [escape(lead_in(d)), ""]
    if d.doc_type == "ke-hoach":
        out += [f"### {PLAN_AIMS}", "", f"_{FILL}_", "", f"### {PLAN_TASKS}", ""]
    for i, item in enumerate(d.body_items() if d.doc_type == "cong-van" else _plan_tasks(d), start=1):
        out += [f"{i}\\. {escape(item)}", ""]
    if d.doc_type == "ke-hoach":
        out += [f"### {PLAN_ORGANISATION}", ""]
        out += [f"{i}\\. {escape(item)}" + "\n" for i, item in enumerate(organisation_items(d), start=1)]
    else:
        out += [CLOSING.get(d.system, CLOSING["state"]), ""]
    out += ["**Nơi nhận:**", ""] + [f"- {escape(x)}{_list_end(i, d.distribution)}" for i, x in enumerate(d.distribution)]
    out += [""]
    out += [f"**{d.authority}**  ", f"**{FILL}**", "", "_(Ký, đóng dấu)_", "", f"**{FILL}**", ""]
    if d.outline:
        out += ["---", "", "## ĐỀ CƯƠNG BÁO CÁO", "", f"_{escape(_attached_to(d))}_", ""]
        _md_sections(d.outline, 0, out)
    return "\n".join(out)


def _plan_tasks(d: Draft) -> list[str]:
    """Section II of a kế hoạch: the duties, the outline and the forms (the own report is in III)."""
    items = [x.sentence() for x in d.duties] or [NO_DUTY_NOTE]
    if d.outline:
        items.append(OUTLINE_ITEM)
    if d.forms_line:
        items.append(d.forms_line)
    return items


def _attached_to(d: Draft) -> str:
    return f"(Kèm theo {d.type_name} số {d.symbol.split(maxsplit=1)[-1].removeprefix(': ')} của {d.unit.name})"


# --------------------------------------------------------------------------------------------
# Word
# --------------------------------------------------------------------------------------------


def _docx_header(document: Any, d: Draft) -> None:
    """The header block: the unit (with its superior) and the number left, the system's heading
    and the place-and-date line right, as a borderless two-column table."""
    # A Party or Đoàn heading is short; the unit's column takes the room a Quốc hiệu would need,
    # so "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" stays on one line.
    left, right = _two_columns(document, HEADER_LEFT_CM if d.system == "state" else PARTY_HEADER_LEFT_CM)
    if d.parent:
        _para(left, d.parent, HEADER_PT, align="center", after=0)
    for name in d.names:
        _para(left, name, HEADER_PT, align="center", bold=True, after=0)
    _para(left, _separator(d.system), HEADER_PT, align="center", after=6)
    _para(left, d.symbol, BODY_PT, align="center", after=0)
    if d.doc_type == "cong-van":
        _para(left, f"V/v {d.subject}", RECIPIENTS_PT, align="center", italic=d.system == "party", after=0)
    heading = _heading_words(d.system)
    if d.system == "state":
        _para(right, heading[0], QUOC_HIEU_PT, align="center", bold=True, after=0)
        _para(right, heading[1], BODY_PT, align="center", bold=True, underline=True, after=18)
    else:
        _para(right, heading[0], BODY_PT + 1, align="center", bold=True, underline=True, after=30)
    _para(right, d.place_date, BODY_PT, align="center", italic=True, after=0)


def _docx_signature(document: Any, d: Draft) -> None:
    left, right = _two_columns(document, SIGNATURE_LEFT_CM)
    _para(left, "Nơi nhận:", RECIPIENTS_PT, bold=True, italic=True, after=0)
    for i, name in enumerate(d.distribution):
        _para(left, f"- {name}{_list_end(i, d.distribution)}", RECIPIENT_ITEMS_PT, after=0)
    _para(right, d.authority, HEADER_PT, align="center", bold=True, after=0)
    _para(right, FILL, HEADER_PT, align="center", bold=True, after=0)
    _para(right, "(Ký, đóng dấu)", BODY_PT, align="center", italic=True, after=60)
    _para(right, FILL, BODY_PT, align="center", bold=True, after=0)


def render_docx(d: Draft) -> bytes:
    """The draft as a Word document (A4, Times New Roman, NĐ 30 margins, as the report skeleton).

    Args:
        d: the draft.

    Returns:
        The bytes of a .docx file.
    """
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    _setup(document)
    _docx_header(document, d)
    _para(document, "", after=6)
    if d.doc_type == "cong-van":
        left, _ = _two_columns(document, HEADER_LEFT_CM + 3)
        _para(left, "Kính gửi:", BODY_PT, after=0)
        for i, r in enumerate(d.recipients):
            _para(left, f"- {r}{_list_end(i, d.recipients)}", BODY_PT, after=0)
        _para(document, "", after=0)
    else:
        _para(document, d.type_name.upper(), BODY_PT + 1, align="center", bold=True, after=0)
        _para(document, title_line(d), BODY_PT, align="center", bold=True, after=0)
        _para(document, _separator(d.system) if d.system != "state" else "―――――", BODY_PT, align="center", after=12)
    _para(document, lead_in(d), indent=True, align="justify")
    if d.doc_type == "ke-hoach":
        _para(document, PLAN_AIMS, bold=True, indent=True)
        _para(document, FILL * 3, indent=True)
        _para(document, PLAN_TASKS, bold=True, indent=True)
        items = _plan_tasks(d)
    else:
        items = d.body_items()
    for i, item in enumerate(items, start=1):
        _para(document, f"{i}. {item}", indent=True, align="justify")
    if d.doc_type == "ke-hoach":
        _para(document, PLAN_ORGANISATION, bold=True, indent=True)
        for i, item in enumerate(organisation_items(d), start=1):
            _para(document, f"{i}. {item}", indent=True, align="justify")
    else:
        _para(document, CLOSING.get(d.system, CLOSING["state"]), indent=True, align="justify")
    _para(document, "", after=0)
    _docx_signature(document, d)
    if d.outline:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(document, "ĐỀ CƯƠNG BÁO CÁO", BODY_PT + 1, align="center", bold=True, after=0)
        _para(document, _attached_to(d), BODY_PT, align="center", italic=True, after=12)
        _docx_sections(document, d.outline, 0)
    document.core_properties.title = f"{d.type_name} {d.subject}"[:255]
    document.core_properties.language = "vi-VN"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render(d: Draft, fmt: str) -> str | bytes:
    """The draft in one format.

    Args:
        d: the draft.
        fmt: "md" or "docx".

    Returns:
        Markdown text or .docx bytes.
    """
    return render_docx(d) if fmt == "docx" else render_markdown(d)

