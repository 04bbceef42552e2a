"""forms and agencies after the 2025 reform: the information system named in the receipt's
QR code and the contact printed on forms 02-03 (per agency); the agency that handles a
dossier when it is not the one that received it ("phi địa giới")

Revision ID: 0014_forms
Revises: 0013_catalogue
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_forms"
down_revision = "0013_catalogue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agency") as batch:
        batch.add_column(
            sa.Column("issuing_system", sa.String(length=300), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("contact", sa.String(length=300), nullable=False, server_default="")
        )
    with op.batch_alter_table("dossier") as batch:
        batch.add_column(sa.Column("handling_agency_code", sa.String(length=40), nullable=True))
        batch.add_column(
            sa.Column("handling_agency_name", sa.String(length=300), nullable=False,
                      server_default="")
        )
    op.create_table(
        "incoming_dossier",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("receiving_agency_code", sa.String(length=40), nullable=False),
        sa.Column("procedure_code", sa.String(length=40), nullable=False),
        sa.Column("procedure_name", sa.String(length=500), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )


def downgrade() -> None:
    op.drop_table("incoming_dossier")
    with op.batch_alter_table("dossier") as batch:
        batch.drop_column("handling_agency_name")
        batch.drop_column("handling_agency_code")
    with op.batch_alter_table("agency") as batch:
        batch.drop_column("contact")
        batch.drop_column("issuing_system")
