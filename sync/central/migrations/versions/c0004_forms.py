"""the agency that handles a dossier received for it by another agency ("phi địa giới")

A database made by create_all of a server from before migrations with today's models may
already have the column: it is added only when missing.

Revision ID: c0004_forms
Revises: c0003_citizen
"""

import sqlalchemy as sa
from alembic import op

revision = "c0004_forms"
down_revision = "c0003_citizen"
branch_labels = None
depends_on = None

INDEX = "ix_dossiers_handling_agency_code"


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    columns = {column["name"] for column in inspector.get_columns("dossiers")}
    indexes = {index["name"] for index in inspector.get_indexes("dossiers")}
    with op.batch_alter_table("dossiers") as batch:
        if "handling_agency_code" not in columns:
            batch.add_column(
                sa.Column("handling_agency_code", sa.String(length=64), nullable=True)
            )
        if INDEX not in indexes:
            batch.create_index(INDEX, ["handling_agency_code"])


def downgrade() -> None:
    with op.batch_alter_table("dossiers") as batch:
        batch.drop_index(INDEX)
        batch.drop_column("handling_agency_code")
