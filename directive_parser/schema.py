"""The JSON Schema of the record, as ``directive-parser schema`` prints it.

Pydantic's schema of the models describes what a record *may* hold; a downstream tool checking
what it received needs what a record *must* hold. So the printed schema names its dialect
(``$schema``), requires every key the parser writes (it writes them all, ``null`` or ``[]`` when
the document does not say), and closes every object whose keys the models define: ``{}`` or a
misspelt key does not validate. Maps keyed by the document (``evidence``, ``source``) stay open.
"""

from __future__ import annotations

from typing import Any

from .record import Directive

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect pydantic writes (draft 2020-12)."""


# Keys the parser leaves out of the JSON when they are null (``Evidence.stamped_by``: only the
# text a signed PDF's field stamped in carries it, so printed text's evidence keeps its four keys).
OMITTED_WHEN_NULL = frozenset({"stamped_by"})


def _close(node: dict[str, Any]) -> None:
    """Require every property of an object with declared properties and allow no others."""
    properties = node.get("properties")
    if isinstance(properties, dict) and properties:
        node["required"] = [p for p in properties if p not in OMITTED_WHEN_NULL]
        node["additionalProperties"] = False


def record_schema() -> dict[str, Any]:
    """The JSON Schema a parsed record validates against.

    Returns:
        The schema: ``$schema`` first, the record's properties all required, every model's
        object closed.

    >>> schema = record_schema()
    >>> schema["$schema"], "deadlines" in schema["required"], schema["additionalProperties"]
    ('https://json-schema.org/draft/2020-12/schema', True, False)
    """
    schema = Directive.model_json_schema()
    _close(schema)
    for definition in schema.get("$defs", {}).values():
        _close(definition)
    return {"$schema": DIALECT, **schema}
