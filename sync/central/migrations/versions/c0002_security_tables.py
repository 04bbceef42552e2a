"""tables of the security work: review budgets and overflow, attachment holders and
unfinished uploads, enrolment limits, audit heads; schema_info moves to 2 so that a server
from before migrations refuses this database

A database made by create_all of a server between c0001 and c0002 may already hold some
of these tables: only the missing ones are created.

Revision ID: c0002
Revises: c0001
"""

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None

GUARD_VERSION = 2


def create_attachment_holders() -> None:
    op.create_table(
        "attachment_holders",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("agency_code", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "agency_code"),
    )


def create_attachment_uploads() -> None:
    op.create_table(
        "attachment_uploads",
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("workstation_id", "sha256"),
    )
    op.create_index(
        op.f("ix_attachment_uploads_updated_at"), "attachment_uploads", ["updated_at"], unique=False
    )


def create_audit_heads() -> None:
    op.create_table(
        "audit_heads",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("message_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id"),
    )
    op.create_index(
        "ix_audit_heads_workstation_last",
        "audit_heads",
        ["workstation_id", "last_id"],
        unique=False,
    )


def create_enrolment_limits() -> None:
    op.create_table(
        "enrolment_limits",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def create_review_budgets() -> None:
    op.create_table(
        "review_budgets",
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("kept_items", sa.Integer(), nullable=False),
        sa.Column("kept_bytes", sa.BigInteger(), nullable=False),
        sa.Column("overflow_items", sa.Integer(), nullable=False),
        sa.Column("dropped_items", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("workstation_id"),
    )


def create_review_overflow() -> None:
    op.create_table(
        "review_overflow",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id", "content_hash", "reason_code"),
    )
    op.create_index(
        op.f("ix_review_overflow_message_id"), "review_overflow", ["message_id"], unique=False
    )


CREATORS: dict[str, Callable[[], None]] = {
    "attachment_holders": create_attachment_holders,
    "attachment_uploads": create_attachment_uploads,
    "audit_heads": create_audit_heads,
    "enrolment_limits": create_enrolment_limits,
    "review_budgets": create_review_budgets,
    "review_overflow": create_review_overflow,
}


def upgrade() -> None:
    present = set(sa.inspect(op.get_bind()).get_table_names())
    for table, create in CREATORS.items():
        if table not in present:
            create()
    op.execute(sa.text(f"UPDATE schema_info SET version = {GUARD_VERSION} WHERE id = 1"))


def downgrade() -> None:
    for table in reversed(CREATORS):
        op.drop_table(table)
    op.execute(sa.text("UPDATE schema_info SET version = 1 WHERE id = 1"))
