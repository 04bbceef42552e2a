"""the citizen's side of a dossier: the check code printed on the receipt for the online
status page, and the consent, channel and contact for word when the result is ready

Dossiers received before this revision have no check code (their status cannot be looked
up online) and no consent.

Revision ID: 0010_citizen
Revises: 0009_signing
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_citizen"
down_revision = "0009_signing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        batch.add_column(sa.Column("check_code", sa.String(length=16), nullable=True))
        batch.add_column(
            sa.Column("notify_consent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("notify_channel", sa.String(length=10), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("notify_contact", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        for column in ("notify_contact", "notify_channel", "notify_consent", "check_code"):
            batch.drop_column(column)
