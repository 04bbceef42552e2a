"""sync secrets and state in the encrypted database: configuration, private keys, cursors,
peers, batch ledger

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_config",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=False),
        sa.Column("ca_bundle", sa.String(length=1000), nullable=True),
        sa.Column("pinned_certificate", sa.String(length=1000), nullable=True),
        sa.Column("workstation_id", sa.String(length=80), nullable=True),
        sa.Column("agency_code", sa.String(length=40), nullable=True),
        sa.Column("token", sa.String(length=500), nullable=True),
        sa.Column("central_public_key", sa.String(length=100), nullable=True),
        sa.Column("clock_tolerance_minutes", sa.Integer(), nullable=False),
        sa.Column("push_batch_size", sa.Integer(), nullable=False),
        sa.Column("code_block_size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_key",
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("purpose"),
    )
    op.create_table(
        "sync_cursor",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "sync_peer",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("agency_code", sa.String(length=40), nullable=False),
        sa.Column("signing_key", sa.String(length=100), nullable=False),
        sa.Column("encryption_key", sa.String(length=100), nullable=True),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "batch_ledger_entry",
        sa.Column("message_id", sa.String(length=80), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("batch_sha256", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("message_id"),
    )


def downgrade() -> None:
    for table in ("batch_ledger_entry", "sync_peer", "sync_cursor", "sync_key", "sync_config"):
        op.drop_table(table)
