"""signed versions of attachments (the agency's digital signature)

Revision ID: 0009_signing
Revises: 0008_intake_draft
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_signing"
down_revision = "0008_intake_draft"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_signature",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("attachment_id", sa.Integer(), sa.ForeignKey("attachment.id"), nullable=False),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("attachment.id"), nullable=False),
        sa.Column("signer", sa.String(300), nullable=False),
        sa.Column("issuer", sa.String(300), nullable=False),
        sa.Column("certificate_sha256", sa.String(64), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("signed_by", sa.String(80), nullable=False),
        sa.UniqueConstraint("attachment_id"),
    )
    op.create_index("ix_attachment_signature_source_id", "attachment_signature", ["source_id"])


def downgrade() -> None:
    op.drop_index("ix_attachment_signature_source_id", "attachment_signature")
    op.drop_table("attachment_signature")
