"""scanning: each checklist document knows its digitised file or the electronic record it
reuses; scanned pages wait in drafts until they become a document's PDF

Revision ID: 0012_scanner
Revises: 0011_payment
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_scanner"
down_revision = "0011_payment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier_document") as batch:
        batch.add_column(sa.Column("digitised_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("reused_from", sa.Text(), nullable=True))
    op.create_table(
        "scan_page",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("page_no", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("dpi", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("rotation", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_scan_page_draft", "scan_page", ["draft"])


def downgrade() -> None:
    op.drop_index("ix_scan_page_draft", table_name="scan_page")
    op.drop_table("scan_page")
    with op.batch_alter_table("dossier_document") as batch:
        batch.drop_column("reused_from")
        batch.drop_column("digitised_sha256")
