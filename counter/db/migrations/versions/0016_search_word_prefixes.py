"""name search: prefix indexes up to a whole Vietnamese syllable, no positions

The last word typed is searched as a prefix. Without an index for its length, FTS5 merges
the lists of every word it starts in full before giving the newest match: ~60 ms for
"nguyen" (4 names in 10) at a million dossiers. Prefixes of 1 to 6 letters are indexed
(almost every syllable is at most 6 letters), and positions are not kept
(``detail = none``): every word is searched on its own, never as a phrase, so they are not
needed, and the smaller lists pay for the larger prefix index.

Revision ID: 0016_search_word_prefixes
Revises: 0015_fleet
"""

from alembic import op

revision = "0016_search_word_prefixes"
down_revision = "0015_fleet"
branch_labels = None
depends_on = None


def _rebuild(options: str) -> None:
    op.execute(f"CREATE VIRTUAL TABLE dossier_fts_new USING fts5(name, {options})")
    op.execute("INSERT INTO dossier_fts_new(rowid, name) SELECT rowid, name FROM dossier_fts")
    op.execute("INSERT INTO dossier_fts_new(dossier_fts_new) VALUES ('optimize')")
    op.execute("DROP TABLE dossier_fts")
    op.execute("ALTER TABLE dossier_fts_new RENAME TO dossier_fts")


def upgrade() -> None:
    _rebuild("tokenize = 'unicode61', prefix = '1 2 3 4 5 6', detail = none")


def downgrade() -> None:
    _rebuild("tokenize = 'unicode61', prefix = '1 2 3'")
