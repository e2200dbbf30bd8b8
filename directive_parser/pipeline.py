"""One directive through the stages: load → normalise → layout and structure → extract → record.

``parse_source`` is the single place the stages run; the public functions in ``__init__``
and the CLI and web service all come through it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from pydantic import ValidationError

from . import roles, structure
from .dates import find_time_phrases
from .errors import EmptyDocument, InternalError
from .extractors import STAGES, StageSpec
from .normalize import fold, normalize
from .record import Directive, Obligation, Received
from .source import SourceDocument, Text

# Below this many letters a "document" cannot be a directive: nothing to parse.
MIN_LETTERS = 3


def parse_source(source: SourceDocument, timings: dict[str, float] | None = None, stages: Iterable[str] | None = None) -> Directive:
    """Parse a loaded document into its record.

    Args:
        source: what a loader extracted.
        timings: if given, filled with seconds spent per stage (for the benchmark).
        stages: names of the stages to run (default: all, in order).

    Returns:
        The record; a document with no recognisable directive parts is an empty record with a
        warning, never an error.

    Raises:
        EmptyDocument: the text holds no letters at all.
    """
    return parse_source_with_text(source, timings, stages)[0]


def parse_source_with_text(
    source: SourceDocument, timings: dict[str, float] | None = None, stages: Iterable[str] | None = None
) -> tuple[Directive, Text]:
    """Parse a loaded document and also return the normalised text its Evidence offsets index.

    Args:
        source: what a loader extracted.
        timings: as for ``parse_source``.
        stages: as for ``parse_source``.

    Returns:
        The record and the normalised ``Text`` (the web view shows this text with every value
        highlighted at its Evidence offsets).

    Raises:
        EmptyDocument: the text holds no letters at all.
    """
    clock = time.perf_counter()
    text = normalize(source)
    if sum(c.isalpha() for c in text.text[:5000]) < MIN_LETTERS:
        raise EmptyDocument(f"{source.origin}: no text to parse (only {len(text.text)} characters without letters)")
    if not source.ocr_words:  # a scan someone else OCR'd reaches us as text (``normalize`` reads it so): its values get a scan's repairs
        note = (
            f"read as OCR output ({len(source.ocr_like)} one-mark misreads the word list repairs, "
            f"e.g. {source.ocr_like[0]}): values repaired as a scan's, the text kept as given"
            if source.ocr_like
            else None
        )
        if note is not None and note not in source.conversions:
            source.conversions.append(note)
    if timings is not None:
        timings["normalize"] = timings.get("normalize", 0.0) + time.perf_counter() - clock
    record = run(text, timings, stages)
    record.source = {
        "origin": source.origin,
        "format": source.format,
        "pages": len(source.page_starts) if source.paged else None,
        "conversions": list(source.conversions),
        "characters": len(text.text),
    }
    if source.ocr_repairs:  # words of OCR'd pages repaired to known words (loaders/ocrwords.py)
        record.source["ocr_repairs"] = list(source.ocr_repairs)
    if source.ocr_words:  # how sure Tesseract was of each register value read on an OCR'd page
        record.source["ocr_confidence"] = ocr_confidence(record, source)
    if source.received:  # a scan's received stamp, kept apart from the document's number and date
        record.received = Received.model_validate(source.received)
    record.warnings[:0] = source.warnings
    record.signatures = list(source.signatures)
    if (unread := number_unread(record, source)) is not None:
        record.warnings.append(unread)
    if not _found_anything(record):
        record.warnings.append(
            "no part of a Vietnamese directive was recognised (no number, date, issuer, "
            "signer or obligation); is this the right file?"
        )
    return record, text


def ocr_confidence(record: Directive, source: SourceDocument) -> dict[str, float]:
    """Each register value's OCR confidence (0-1), keyed as its evidence, for values on OCR'd pages.

    A clerk checks these against the scan ("đọc từ ảnh quét — hãy kiểm tra lại").
    """
    from .loaders.ocr import value_confidence

    out: dict[str, float] = {}
    for path, ev in record.evidence.items():
        if ev.page in source.ocr_words:
            out[path] = value_confidence(ev.text, source.ocr_words[ev.page])
    return out


# The labeller that gives each line its role (roles.py); today's rules, replaceable by a trained
# labeller (issue "models/") without touching any extractor: ``set_role_labeller``.
ROLE_LABELLER: roles.RoleLabeller = roles.RuleRoleLabeller()


def set_role_labeller(labeller: roles.RoleLabeller) -> roles.RoleLabeller:
    """Use ``labeller`` for the lines' roles from now on; returns the one it replaces."""
    global ROLE_LABELLER
    previous, ROLE_LABELLER = ROLE_LABELLER, labeller
    return previous


# The obligations stage's last step, replaceable by a trained keep/drop model over its candidates
# (issue 17: ``obligation_model.ObligationFilter.filter``); None, the default, keeps the rules' choice.
ObligationFilter = Callable[[structure.Structure, Directive], list[Obligation]]
OBLIGATION_FILTER: ObligationFilter | None = None


def set_obligation_filter(choose: ObligationFilter | None) -> ObligationFilter | None:
    """Let ``choose`` pick the obligations from now on (None: the rules); returns the one it replaces."""
    global OBLIGATION_FILTER
    previous, OBLIGATION_FILTER = OBLIGATION_FILTER, choose
    return previous


def _filter_obligations(st: structure.Structure, work: Directive) -> None:
    """Apply the obligation filter, if any; a failing filter leaves the rules' obligations and a warning."""
    if OBLIGATION_FILTER is None or any(w.startswith(f"{STAGE_FAILED}[obligations]") for w in work.warnings):
        return
    try:
        work.obligations = OBLIGATION_FILTER(st, work)
    except Exception as exc:
        work.warnings.append(f"{STAGE_FAILED}[obligation-model]: {type(exc).__name__}: {exc}")


# The stable code of the warning a failed stage leaves in the record ("stage-failed[quotas]: …").
STAGE_FAILED = "stage-failed"


def check_order(stages: tuple[StageSpec, ...] = STAGES) -> None:
    """Fail when a stage comes before one it needs, or needs one that does not exist.

    Raises:
        ValueError: naming the stage and what it needs.
    """
    seen: set[str] = set()
    names = {s.name for s in stages}
    for spec in stages:
        for need in spec.needs:
            if need not in names:
                raise ValueError(f"stage {spec.name!r} needs unknown stage {need!r}")
            if need not in seen:
                raise ValueError(f"stage {spec.name!r} needs {need!r}, which runs after it")
        seen.add(spec.name)


check_order()


def _closure(wanted: set[str]) -> set[str]:
    """The stages asked for and every stage they need, transitively."""
    by_name = {s.name: s for s in STAGES}
    unknown = sorted(wanted - set(by_name))
    if unknown:
        raise ValueError(f"unknown stage(s): {', '.join(unknown)} (known: {', '.join(by_name)})")
    out: set[str] = set()
    todo = list(wanted)
    while todo:
        name = todo.pop()
        if name not in out:
            out.add(name)
            todo.extend(by_name[name].needs)
    return out


def run(text: Text, timings: dict[str, float] | None = None, stages: Iterable[str] | None = None) -> Directive:
    """Run the layout, the structure layer and the extraction stages over normalised text.

    A stage that raises loses only its own fields: they are left empty and the record's
    ``warnings`` says which stage failed and why (``stage-failed[NAME]: …``). The findings are
    assembled into the record with ``Directive.model_validate``, so the contract's validators
    run on every output.

    Args:
        text: the normalised text.
        timings: if given, filled with the seconds each stage took.
        stages: names of the stages to run (default: all of ``STAGES``); the stages they need run
            first.

    Returns:
        The record.
    """
    clock = time.perf_counter()
    structure_failure = None
    try:
        st = structure.prepare(text)  # ONE_PREPARATION (PAGE_CHROME, the layout, the structure), as the tools read it
    except Exception as exc:
        # SAFE_STRUCTURE: a fault in the table readers (the rules for tables copied one cell per line) loses no record:
        # the text is read again with those lines as prose, and the record says so. A fault the plain reading has too
        # is the parser's (a bug): a clear message, never a traceback.
        structure_failure = f"{STAGE_FAILED}[structure]: {type(exc).__name__}: {exc}; tables copied one cell per line were read as prose"
        try:
            st = structure.prepare(text, flat=False)
        except Exception as again:
            raise InternalError(
                f"{text.source.origin}: the parser failed to read the document's structure "
                f"({type(again).__name__}: {again}); this is a bug, please report it with the file"
            ) from again
    role_failure = None
    try:
        st.roles = list(roles.label_lines(st, ROLE_LABELLER))
    except Exception as exc:
        role_failure = f"{STAGE_FAILED}[roles]: {type(exc).__name__}: {exc}"
    if timings is not None:
        timings["layout"] = timings.get("layout", 0.0) + time.perf_counter() - clock
    wanted = _closure(set(stages)) if stages is not None else None
    work = Directive()
    if structure_failure:
        work.warnings.append(structure_failure)
    if role_failure:
        work.warnings.append(role_failure)
    for spec in STAGES:
        if wanted is not None and spec.name not in wanted:
            continue
        clock = time.perf_counter()
        try:
            spec.run(st, work)
        except Exception as exc:
            blank = Directive()
            for name in spec.fields:
                setattr(work, name, getattr(blank, name))
            work.warnings.append(f"{STAGE_FAILED}[{spec.name}]: {type(exc).__name__}: {exc}")
        if spec.name == "obligations":
            _filter_obligations(st, work)
            work.warnings.extend(impossible_days(work))
        if timings is not None:
            timings[spec.name] = timings.get(spec.name, 0.0) + time.perf_counter() - clock
    return assemble(work)


def assemble(work: Directive) -> Directive:
    """The record from the stages' findings, through the contract's validators.

    A value that breaks the contract (a symbol with spaces, an empty action) is a bug of the stage
    that produced it: the field is dropped with a warning rather than the whole record.

    Args:
        work: the working record the stages filled.

    Returns:
        A validated record.
    """
    data = work.model_dump()
    try:
        return Directive.model_validate(data)
    except ValidationError as exc:
        bad = sorted({str(e["loc"][0]) for e in exc.errors()})
        blank = Directive().model_dump()
        for name in bad:
            data[name] = blank.get(name)
            data["warnings"] = [*data.get("warnings", []), f"invalid-value[{name}]: {exc.errors()[0]['msg']}"]
        return Directive.model_validate(data)


def impossible_days(work: Directive) -> list[str]:
    """A warning for each duty whose time names a day its month does not have (``dates`` IMPOSSIBLE_DAY).

    The duty is kept with that time as its ``due`` and no date; the clerk is told to check the text.

    >>> impossible_days(Directive(obligations=[Obligation(action="gửi báo cáo", due="trước ngày 31/4/2026")]))
    ['the time "trước ngày 31/4/2026" names a day its month does not have; the duty is listed without a date: check the text']
    """
    doc_year = work.date_partial.year if work.date_partial else None
    out = []
    for duty in work.obligations:
        if duty.due and duty.date is None:
            phrases = find_time_phrases(duty.due, fold(duty.due), work.date, doc_year)
            if any(p.impossible for p in phrases):
                note = f'the time "{duty.due}" names a day its month does not have; the duty is listed without a date: check the text'
                if note not in out:
                    out.append(note)
    return out


# NUMBER_UNREAD_ON_SCAN: a scan's number line read with its symbol and no number (a handwritten number left
# blank as illegible or as contradicted by the second recogniser, ``loaders/ocrhand.py``; or a copy never
# numbered) is said in the warnings, so that the clerk enters the number from the page: the register is kept
# by it. n058's scan: "Số: $4/UBND-KTTH" (the handwritten "574") gives the symbol "/UBND-KTTH" alone.
def number_unread(record: Directive, source: SourceDocument) -> str | None:
    """The warning for a number line on an OCR'd page whose number was not read, else None (NUMBER_UNREAD_ON_SCAN)."""
    evidence = record.evidence.get("number.symbol")
    if not record.number.symbol or record.number.number or evidence is None or evidence.page not in source.ocr_words:
        return None
    return (
        f"the number on page {evidence.page} was not read before its symbol {record.number.symbol!r}: "
        "if the scan has one written by hand, enter it from the scan"
    )


def _found_anything(d: Directive) -> bool:
    return any(
        (
            d.number.symbol,
            d.date,
            d.issuer.name,
            d.signer.name,
            d.subject,
            d.deadlines,
            d.obligations,
            d.legal_references,
        )
    )
