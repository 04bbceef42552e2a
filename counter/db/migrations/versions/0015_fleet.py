"""fleet: offline limits (last successful sync, supervisor override), release key pin,
settings set by the central system

Revision ID: 0015_fleet
Revises: 0014_forms
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_fleet"
down_revision = "0014_forms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_governance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counting_since", sa.DateTime(), nullable=True),
        sa.Column("last_synced_at", sa.DateTime(), nullable=True),
        sa.Column("override_by", sa.String(length=80), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("override_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "release_pin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "remote_setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("remote_setting")
    op.drop_table("release_pin")
    op.drop_table("sync_governance")
