"""Arrival data: the Số đến of each received directive, numbered per calendar year.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

Directives already in the register are numbered in the order they were received (then added),
from 1 in each year, as NĐ 30/2020 Phụ lục IV numbers the sổ đăng ký văn bản đến.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``directive.arrival_number`` and number the directives already received."""
    op.add_column("directive", sa.Column("arrival_number", sa.Integer()))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, received FROM directive ORDER BY received, id")).all()
    counters: dict[str, int] = {}
    for directive_id, received in rows:
        year = str(received)[:4]
        counters[year] = counters.get(year, 0) + 1
        conn.execute(
            sa.text("UPDATE directive SET arrival_number = :n WHERE id = :id"), {"n": counters[year], "id": directive_id}
        )


def downgrade() -> None:
    """Drop the arrival numbers."""
    op.drop_column("directive", "arrival_number")
