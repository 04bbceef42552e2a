"""fee payments confirmed by a person (at the counter or from the bank's statement)

Revision ID: 0011_payment
Revises: 0010_citizen
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_payment"
down_revision = "0010_citizen"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fee_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dossier_id"),
    )
    op.create_index(op.f("ix_fee_payment_reference"), "fee_payment", ["reference"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_fee_payment_reference"), table_name="fee_payment")
    op.drop_table("fee_payment")
