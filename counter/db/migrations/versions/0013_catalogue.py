"""catalogue by channel and case: per-channel time and fee, cases, fee exemptions, handling
agency and its own forms, validity dates; dossiers keep the case, channel, exemption and
whether the procedure was not in the catalogue

Revision ID: 0013_catalogue
Revises: 0012_scanner
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_catalogue"
down_revision = "0012_scanner"
branch_labels = None
depends_on = None

EMPTY_TERMS = ('{"cases":[],"channels":[],"exemptions":[],"forms_note":"","own_forms":[],'
               '"sources":[],"unverified":[]}')


def upgrade() -> None:
    with op.batch_alter_table("procedure") as batch:
        batch.add_column(sa.Column("terms", sa.Text(), nullable=False, server_default=EMPTY_TERMS))
        batch.add_column(sa.Column("decision", sa.String(length=300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("handling_agency", sa.String(length=200), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("valid_from", sa.Date(), nullable=True))
        batch.add_column(sa.Column("retired_on", sa.Date(), nullable=True))
    with op.batch_alter_table("dossier") as batch:
        batch.add_column(sa.Column("procedure_terms", sa.Text(), nullable=False,
                                   server_default="{}"))
        batch.add_column(sa.Column("unlisted", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.create_index(batch.f("ix_dossier_unlisted"), ["unlisted"], unique=False)
    # Existing rows: the agency that handled a procedure was its agency level; a version no
    # longer active was retired when it was last imported; a dossier's channel maps onto
    # the catalogue's (counter and village team: in person).
    op.execute("UPDATE procedure SET handling_agency = agency_level")
    op.execute("UPDATE procedure SET retired_on = date(imported_at) WHERE active = 0")
    op.execute(
        "UPDATE dossier SET procedure_terms = json_object('case', '', 'case_name', '', "
        "'channel', CASE channel WHEN 'post' THEN 'post' ELSE 'in_person' END)"
    )
    with op.batch_alter_table("procedure") as batch:
        batch.alter_column("terms", server_default=None)
        batch.alter_column("decision", server_default=None)
        batch.alter_column("handling_agency", server_default=None)
    with op.batch_alter_table("dossier") as batch:
        batch.alter_column("procedure_terms", server_default=None)
        batch.alter_column("unlisted", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        batch.drop_index(batch.f("ix_dossier_unlisted"))
        batch.drop_column("unlisted")
        batch.drop_column("procedure_terms")
    with op.batch_alter_table("procedure") as batch:
        batch.drop_column("retired_on")
        batch.drop_column("valid_from")
        batch.drop_column("handling_agency")
        batch.drop_column("decision")
        batch.drop_column("terms")
