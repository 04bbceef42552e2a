"""a half-filled intake form kept for its author after an idle logout

Revision ID: 0008_intake_draft
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_intake_draft"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake_draft",
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("username"),
    )


def downgrade() -> None:
    op.drop_table("intake_draft")
