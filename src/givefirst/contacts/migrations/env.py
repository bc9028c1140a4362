"""Alembic environment for the contact book. givefirst runs migrations itself (contacts/db.py), on the
connection it already holds, so this file never opens its own."""

from __future__ import annotations

from alembic import context

from givefirst.contacts.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` on the command line gets here
    raise RuntimeError("run migrations through `givefirst db upgrade`")

context.configure(connection=connection, target_metadata=target_metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
