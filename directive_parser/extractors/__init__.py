"""The extraction stages, what each needs from the others, and the order the pipeline runs them.

Each stage is a function ``(structure, record)`` that fills its fields of a working record from
the document's structure (``structure.Structure``: the normalised text, its zones, lines, blocks,
section tree, tables and sentences). A stage that reads a field another stage fills declares it
in ``needs`` (deadlines resolve year-less dates against the document's date, so they need the
header); ``pipeline`` checks the order when it is built and, when asked for some stages only,
runs what they need first, so a stage run alone finds what it finds in the full run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..record import Directive
from ..structure import Structure
from . import deadlines, forms, header, obligations, outline, quotas, references, signature


@dataclass(frozen=True)
class StageSpec:
    """One extraction stage.

    Attributes:
        name: its name (``parse_source(..., stages=[name])``).
        run: the function that fills its fields.
        fields: the record fields it fills (kept, and reset if the stage fails).
        needs: the stages whose fields it reads.
        adds: list fields of an earlier stage it appends to, never changing what is there (the obligations stage adds
            the deadline of a duty whose time only it reads: an event point that opens the duty's sentence, the time
            that opens a list of bodies by ";", OUTPUT.md "each dated or datable obligation is a deadline").
    """

    name: str
    run: Callable[[Structure, Directive], None]
    fields: tuple[str, ...]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()


HEADER_FIELDS = (
    "document_type", "issuer", "number", "place", "date", "date_partial", "subject", "recipients",
    "urgency", "secrecy", "contacts",
)  # fmt: skip

STAGES: tuple[StageSpec, ...] = (
    StageSpec("header", header.extract, HEADER_FIELDS),
    StageSpec("signature", signature.extract, ("signer", "distribution")),
    StageSpec("references", references.extract, ("legal_references", "prose_references"), needs=("header",)),
    StageSpec("deadlines", deadlines.extract_structured, ("deadlines",), needs=("header",)),
    StageSpec("outline", outline.extract, ("report_outline",)),
    StageSpec("obligations", obligations.extract_structured, ("obligations",), needs=("header", "signature", "deadlines", "outline"), adds=("deadlines",)),
    StageSpec("quotas", quotas.extract, ("quotas",)),
    StageSpec("forms", forms.extract, ("forms",)),
)
