"""The extraction stages, in the order the pipeline runs them.

Each stage is a function ``extract(text, layout, record)`` that fills its fields of the record
from the normalised text. Later stages may read what earlier ones found (deadlines resolve
year-less dates against the document's date), hence the order.
"""

from __future__ import annotations

from .._typing import Stage
from . import deadlines, forms, header, outline, quotas, references, signature

STAGES: tuple[tuple[str, Stage], ...] = (
    ("header", header.extract),
    ("signature", signature.extract),
    ("references", references.extract),
    ("deadlines", deadlines.extract),
    ("quotas", quotas.extract),
    ("outline", outline.extract),
    ("forms", forms.extract),
)
