"""the citizen's side: the keyed hash of each dossier's check code (for the public status
page), and the notification outbox with its log of attempts

A database made by create_all of a server from before migrations may already hold them:
only what is missing is added.

Revision ID: c0003_citizen
Revises: c0002
"""

import sqlalchemy as sa
from alembic import op

revision = "c0003_citizen"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Only what is missing: a database made by ``create_all`` of a server from before
    migrations, stamped c0001 and upgraded, may hold some of it already."""
    inspector = sa.inspect(op.get_bind())
    tables = set(inspector.get_table_names())
    if "check_hash" not in {column["name"] for column in inspector.get_columns("dossiers")}:
        with op.batch_alter_table("dossiers") as batch:
            batch.add_column(sa.Column("check_hash", sa.String(length=64), nullable=True))
    if "notifications" not in tables:
        create_notifications()
    if "notification_attempts" not in tables:
        create_notification_attempts()


def create_notifications() -> None:
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("dossier_code", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dossier_code", "event_id"),
    )
    op.create_index(
        "ix_notifications_state_next", "notifications", ["state", "next_attempt_at"], unique=False
    )


def create_notification_attempts() -> None:
    op.create_table(
        "notification_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("notification_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_notification_attempts_notification_id"),
        "notification_attempts",
        ["notification_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("notification_attempts")
    op.drop_table("notifications")
    with op.batch_alter_table("dossiers") as batch:
        batch.drop_column("check_hash")
