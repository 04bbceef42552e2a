"""Alembic environment of the central server: migrations run on the connection handed in by
sync.central.migrate, and record their revision in their own version table."""

from alembic import context

from sync.central.migrate import VERSION_TABLE
from sync.central.models import CentralBase

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through sync.central.migrate.upgrade().")
context.configure(
    connection=connection,
    target_metadata=CentralBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
