"""Alembic's entry point for the register: run the migrations on the connection ``db.migrate`` passes.

The register never reads ``alembic.ini``; ``db.migrate`` builds the configuration in code and
hands over an open connection, so migrations run inside the same transaction (and lock) as
the program that opened the register.
"""

from __future__ import annotations

from alembic import context

from directive_parser.register.models import Base

connection = context.config.attributes["connection"]
# render_as_batch: SQLite alters a table by copying it; Alembic's batch mode does that for us.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
