"""JSON: the contract of OUTPUT.md plus the project's additional keys.

One record prints as one indented JSON object; several as one compact object per line (JSON
Lines), in input order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..record import Directive


def to_dict(record: Directive) -> dict[str, Any]:
    """The record as plain JSON-ready data (ISO dates, nulls kept)."""
    return record.model_dump(mode="json")


def render(records: Sequence[Directive]) -> str:
    """One indented object for one record, JSON Lines for several."""
    if len(records) == 1:
        return json.dumps(to_dict(records[0]), ensure_ascii=False, indent=2) + "\n"
    return "".join(json.dumps(to_dict(r), ensure_ascii=False) + "\n" for r in records)
