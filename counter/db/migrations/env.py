"""Alembic environment: migrations run on the connection handed in by counter.db.migrate."""

from alembic import context

from counter.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through counter.db.migrate.upgrade().")
context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True
)
with context.begin_transaction():
    context.run_migrations()
