"""Imported by the batch's fork server before it forks the workers (``batch._worker_pool``).

Importing this module loads the parser, its vocabularies and its compiled patterns by parsing
one short directive, so every worker forked from the server starts with them instead of paying
for them on its first file.
"""

from __future__ import annotations

import contextlib

from . import parse_text
from .errors import DirectiveParserError

with contextlib.suppress(DirectiveParserError):
    parse_text("Kế hoạch số 1-KH/TU ngày 01/01/2024 về việc chuẩn bị; báo cáo trước ngày 15/01/2024.")
