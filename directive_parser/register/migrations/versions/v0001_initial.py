"""The first register: profile, directives with their originals, duties and their status history.

Revision ID: 0001
Revises:
Create Date: 2026-11-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables."""
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("level", sa.String(20)),
        sa.Column("system", sa.String(10)),
        sa.Column("aliases", sa.Text()),
        sa.Column("feed_token", sa.String(64)),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "directive",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("doc_key", sa.String(400), nullable=False, unique=True),
        sa.Column("file_sha256", sa.String(64), index=True),
        sa.Column("file_name", sa.String(300)),
        sa.Column("file_format", sa.String(10)),
        sa.Column("symbol", sa.String(100)),
        sa.Column("issuer", sa.String(300)),
        sa.Column("date", sa.Date()),
        sa.Column("document_type", sa.String(100)),
        sa.Column("subject", sa.Text()),
        sa.Column("received", sa.Date(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("parsed", sa.JSON()),
        sa.Column("corrected_by", sa.String(100)),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(100)),
    )
    op.create_table(
        "original",
        sa.Column(
            "directive_id", sa.Integer(), sa.ForeignKey("directive.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("content", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "duty",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "directive_id", sa.Integer(), sa.ForeignKey("directive.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("uid", sa.String(120), nullable=False, unique=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("responsible", sa.Text()),
        sa.Column("deliver_to", sa.Text()),
        sa.Column("due_text", sa.Text()),
        sa.Column("due_date", sa.Date(), index=True),
        sa.Column("recurrence", sa.String(200)),
        sa.Column("ours", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("status_by", sa.String(100)),
        sa.Column("status_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("directive_id", "key", name="uq_duty_directive_key"),
    )
    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("duty_id", sa.Integer(), sa.ForeignKey("duty.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("by", sa.String(100)),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text()),
    )


def downgrade() -> None:
    """Drop the tables."""
    for table in ("status_change", "duty", "original", "directive", "profile"):
        op.drop_table(table)
