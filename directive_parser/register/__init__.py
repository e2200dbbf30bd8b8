"""The register of received directives (sổ văn bản đến) and the duties they give our unit.

``Register`` is the one door in: ``Register(url)`` opens (and migrates) the database, then
``add``, ``directives``, ``duties``, ``set_status``, ``export_lines`` and ``import_lines`` work
on it. The database layer is SQLAlchemy 2 with Alembic migrations (``db.py``, ``migrations/``).
Importing this package imports neither: SQLAlchemy loads with the first use of ``Register``,
so the command line stays quick for commands that do not touch the register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Register

__all__ = ["Register"]


def __getattr__(name: str) -> Any:
    """Load ``Register`` (and SQLAlchemy with it) on first use."""
    if name == "Register":
        from .store import Register

        return Register
    raise AttributeError(name)
