"""fleet: signed releases of the workstation app, workstation settings set centrally

A database made by create_all of a server with this model may hold the table already:
they are created only when missing.

Revision ID: c0005_fleet
Revises: c0004_forms
"""

import sqlalchemy as sa
from alembic import op

revision = "c0005_fleet"
down_revision = "c0004_forms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    tables = sa.inspect(op.get_bind()).get_table_names()
    if "workstation_settings" not in tables:
        op.create_table(
            "workstation_settings",
            sa.Column("scope", sa.String(length=20), nullable=False),
            sa.Column("target", sa.String(length=80), nullable=False),
            sa.Column("key", sa.String(length=80), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("scope", "target", "key"),
        )
    if "releases" in tables:
        return
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("version_order", sa.String(length=40), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=200), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "version", name="uq_releases_platform_version"),
    )
    op.create_index("ix_releases_version_order", "releases", ["version_order"])


def downgrade() -> None:
    op.drop_table("workstation_settings")
    op.drop_index("ix_releases_version_order", table_name="releases")
    op.drop_table("releases")
