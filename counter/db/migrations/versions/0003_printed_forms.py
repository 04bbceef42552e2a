"""printed forms kept with their dossier

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "printed_form",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("source_event_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=30), nullable=False),
        sa.Column("form_number", sa.String(length=4), nullable=False),
        sa.Column("copies", sa.Text(), nullable=False),
        sa.Column("page_size", sa.String(length=4), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("printed_by", sa.String(length=80), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"]),
        sa.ForeignKeyConstraint(["source_event_id"], ["dossier_event.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dossier_id", "form", "sequence"),
    )
    with op.batch_alter_table("printed_form", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_printed_form_dossier_id"), ["dossier_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_printed_form_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("printed_form", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_printed_form_sha256"))
        batch_op.drop_index(batch_op.f("ix_printed_form_dossier_id"))
    op.drop_table("printed_form")
