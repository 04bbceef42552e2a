"""name search: prefix indexes for search as you type

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _rebuild(options: str) -> None:
    op.execute(f"CREATE VIRTUAL TABLE dossier_fts_new USING fts5(name, {options})")
    op.execute("INSERT INTO dossier_fts_new(rowid, name) SELECT rowid, name FROM dossier_fts")
    op.execute("DROP TABLE dossier_fts")
    op.execute("ALTER TABLE dossier_fts_new RENAME TO dossier_fts")


def upgrade() -> None:
    _rebuild("tokenize = 'unicode61', prefix = '1 2 3'")


def downgrade() -> None:
    _rebuild("tokenize = 'unicode61'")
