"""The register of received directives (sổ văn bản đến) and the duties they give our unit.

``Register`` is the one door in: ``Register.open(url)`` opens (and migrates) the database, then
``add``, ``directives``, ``due``, ``set_status``, ``export`` and ``import_lines`` work on it.
The database layer is SQLAlchemy 2 with Alembic migrations (``db.py``, ``migrations/``).
"""

from __future__ import annotations

from .store import Register

__all__ = ["Register"]
