"""Obligation spans located in the text from the gold (issue 17's second task, its data only).

The gold records an obligation's action, responsible body, addressee (``deliver_to``) and time
(``due``) as text. Located in the document, they are the training spans for a model that would
choose and trim the rules' candidate spans; this module only locates them and counts what could
not be found (a value rewritten by the annotator, a span across a table's cells). Nothing here
reads the parser's output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .line_model import value_re
from .source import Text

# The parts of an obligation located in the text, in the order they are searched.
SPAN_FIELDS: tuple[str, ...] = ("action", "responsible", "deliver_to", "due")
# How far (characters) from its action another part of the same obligation is looked for: an
# item's responsible body, addressee and time stand in the same sentence or item.
NEAR_CHARS = 600


@dataclass
class ObligationSpans:
    """One gold obligation's parts as offsets into the normalised text.

    Attributes:
        index: the obligation's position in the gold list.
        spans: field → (start, end) for each part found.
        missed: the fields with a value that could not be found.
    """

    index: int
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)


def obligation_spans(text: Text, gold: dict[str, Any]) -> list[ObligationSpans]:
    """Locate each gold obligation's parts in ``text``.

    The action is searched first (its first occurrence not taken by an earlier obligation); the
    other parts are the occurrence nearest the action, within ``NEAR_CHARS``.

    Args:
        text: the document's normalised text.
        gold: the annotation, as loaded from its JSON file.

    Returns:
        One entry per gold obligation, in order.
    """
    folded = text.fold
    out: list[ObligationSpans] = []
    taken: set[int] = set()
    for index, item in enumerate(gold.get("obligations") or []):
        found = ObligationSpans(index)
        anchor: int | None = None
        for name in SPAN_FIELDS:
            value = item.get(name)
            if not isinstance(value, str) or not value.strip():
                continue
            matches = [(m.start(), m.end()) for m in value_re(value).finditer(folded)]
            if name == "action":
                fresh = [m for m in matches if m[0] not in taken]
                matches = fresh[:1]
            elif anchor is not None:
                near = [m for m in matches if abs(m[0] - anchor) <= NEAR_CHARS]
                matches = sorted(near, key=lambda m, a=anchor: abs(m[0] - a))[:1]  # type: ignore[misc]
            else:
                matches = matches[:1]
            if not matches:
                found.missed.append(name)
                continue
            found.spans[name] = matches[0]
            if name == "action":
                anchor = matches[0][0]
                taken.add(anchor)
        out.append(found)
    return out
