"""the province's pages: finished time and channel of central dossiers with the indexes of
the province's queries, the last time each workstation reached the server, province
accounts and their sessions

Revision ID: c0006_reports
Revises: c0005_fleet
"""

import sqlalchemy as sa
from alembic import op

revision = "c0006_reports"
down_revision = "c0005_fleet"
branch_labels = None
depends_on = None

OPEN_DOSSIER = sa.text("finished_at IS NULL")
FINISHED_STATUSES = ("result_ready", "returned", "stopped", "refused", "withdrawn")


def _columns(table: str) -> set[str]:
    return {column["name"] for column in sa.inspect(op.get_bind()).get_columns(table)}


def _indexes(table: str) -> set[str]:
    return {str(index["name"]) for index in sa.inspect(op.get_bind()).get_indexes(table)}


def upgrade() -> None:
    """Only what is missing: a database made by ``create_all`` of this code (stamped c0001 as
    one from before migrations) has it all already."""
    if "last_seen_at" not in _columns("workstations"):
        with op.batch_alter_table("workstations") as table:
            table.add_column(sa.Column("last_seen_at", sa.DateTime(), nullable=True))
    if "finished_at" not in _columns("dossiers"):
        with op.batch_alter_table("dossiers") as table:
            table.add_column(sa.Column("finished_at", sa.DateTime(), nullable=True))
            table.add_column(sa.Column("channel", sa.String(length=20), nullable=True))
        # Dossiers already finished: the time their status last moved is the best known end.
        op.execute(
            sa.text("UPDATE dossiers SET finished_at = status_at WHERE status IN :statuses")
            .bindparams(sa.bindparam("statuses", FINISHED_STATUSES, expanding=True))
        )
    if "ix_dossiers_open_due" not in _indexes("dossiers"):
        op.create_index("ix_dossiers_received_agency", "dossiers", ["received_at", "agency_code"])
        op.create_index("ix_dossiers_finished_agency", "dossiers",
                        ["finished_at", "agency_code", "due_at"])
        op.create_index("ix_dossiers_open_due", "dossiers", ["due_at", "agency_code", "status"],
                        postgresql_where=OPEN_DOSSIER, sqlite_where=OPEN_DOSSIER)
    if "province_accounts" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "province_accounts",
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("agency_code", sa.String(length=64), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username"),
    )
    op.create_table(
        "province_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index(op.f("ix_province_sessions_username"), "province_sessions", ["username"])


def downgrade() -> None:
    op.drop_index(op.f("ix_province_sessions_username"), table_name="province_sessions")
    op.drop_table("province_sessions")
    op.drop_table("province_accounts")
    op.drop_index("ix_dossiers_open_due", table_name="dossiers")
    op.drop_index("ix_dossiers_finished_agency", table_name="dossiers")
    op.drop_index("ix_dossiers_received_agency", table_name="dossiers")
    with op.batch_alter_table("dossiers") as table:
        table.drop_column("channel")
        table.drop_column("finished_at")
    with op.batch_alter_table("workstations") as table:
        table.drop_column("last_seen_at")
