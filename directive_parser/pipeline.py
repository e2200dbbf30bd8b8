"""One directive through the stages: load → normalise → layout → extract → record.

``parse_source`` is the single place the stages run; the public functions in ``__init__``
and the CLI and web service all come through it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from . import layout as layout_mod
from .errors import EmptyDocument
from .extractors import STAGES
from .normalize import normalize
from .record import Directive
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
    record.warnings[:0] = source.warnings
    record.signatures = list(source.signatures)
    if not _found_anything(record):
        record.warnings.append(
            "no part of a Vietnamese directive was recognised (no number, date, issuer, "
            "signer or obligation); is this the right file?"
        )
    return record, text


def run(text: Text, timings: dict[str, float] | None = None, stages: Iterable[str] | None = None) -> Directive:
    """Run the layout and the extraction stages over normalised text.

    Args:
        text: the normalised text.
        timings: if given, filled with the seconds each stage took.
        stages: names of the stages to run (default: all of ``STAGES``).

    Returns:
        The record.
    """
    clock = time.perf_counter()
    zones = layout_mod.split(text)
    if timings is not None:
        timings["layout"] = timings.get("layout", 0.0) + time.perf_counter() - clock
    wanted = set(stages) if stages is not None else None
    record = Directive()
    for name, stage in STAGES:
        if wanted is not None and name not in wanted:
            continue
        clock = time.perf_counter()
        stage(text, zones, record)
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - clock
    return record


def _found_anything(d: Directive) -> bool:
    return any(
        (
            d.number.symbol,
            d.date,
            d.issuer.name,
            d.signer.name,
            d.subject,
            d.deadlines,
            d.legal_references,
        )
    )
