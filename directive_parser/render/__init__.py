"""Renderers: each turns a record (never the text) into one output format.

``RENDERERS`` maps a format name, as given to ``parse --format``, to a function
``render(records) -> str | bytes`` over one or more records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..record import Directive
from . import json as json_renderer

Renderer = Callable[[Sequence[Directive]], "str | bytes"]

RENDERERS: dict[str, Renderer] = {
    "json": json_renderer.render,
}
