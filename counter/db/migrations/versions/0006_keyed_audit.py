"""audit trail: place in the chain and chain format (keyed re-seal happens on first open)

Revision ID: 0006
Revises: 0005

Existing entries keep their plain SHA-256 chain (``chain_format = 'sha256'``) and get their
place in the chain (``seq``). The migration cannot see the installation's key: the
workspace re-seals them with the audit key the first time it opens (counter.audit_seal).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("chain_format", sa.String(length=16), nullable=False,
                                   server_default="sha256"))
    op.execute(
        "UPDATE audit_event SET seq = ranked.n FROM "
        "(SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_event) AS ranked "
        "WHERE ranked.id = audit_event.id"
    )
    with op.batch_alter_table("audit_event") as batch:
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("chain_format")
        batch.drop_column("seq")
