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

OMITTED_WHEN_NULL: dict[str, tuple[str, ...]] = {"Evidence": ("stamped_by",)}
"""Keys a model's serializer leaves out when they are null, so a record may lack them.

``Evidence.stamped_by`` is written only for a signed PDF's stamped number and date; printed
text's evidence keeps its four keys.
"""


def _close(node: dict[str, Any], optional: tuple[str, ...] = ()) -> None:
    """Require every property of an object with declared properties (but ``optional``) and allow no others."""
    properties = node.get("properties")
    if isinstance(properties, dict) and properties:
        node["required"] = [key for key in properties if key not in optional]
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
    for name, definition in schema.get("$defs", {}).items():
        _close(definition, OMITTED_WHEN_NULL.get(name, ()))
    return {"$schema": DIALECT, **schema}
