"""Run the Alembic migrations programmatically; refuse a database newer than the code.

Alembic itself (~0.3 s to import) is loaded only when the schema is behind: at each start
the stored revision is compared with the head read from the migration files' own
``revision``/``down_revision`` lines, and a database already at the head opens at once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, exc

from counter.errors import DatabaseTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_from_files() -> str | None:
    """The single head of the migration files, read as text; None if unsure (then Alembic
    decides)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(engine: Engine) -> str | None:
    """The revision in ``alembic_version``, read with one query; None if there is none."""
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except exc.OperationalError as error:
        if "no such table" in str(error.orig).lower():
            return None
        raise
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema this code knows."""
    head_on_disk = head_from_files()
    if head_on_disk is not None and stored_revision(engine) == head_on_disk:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return
    known = {revision.revision for revision in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError(
            "Cơ sở dữ liệu được tạo bởi một phiên bản mới hơn của ứng dụng "
            f"(lược đồ {current}). Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi."
        )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
