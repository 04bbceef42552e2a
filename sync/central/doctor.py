"""Checks of a central server's folder, without changing anything: owner-only modes of the
folder and of the database and key files, attachments stored encrypted, schema revision."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from counter.doctor import CheckResult, Level
from sync.central import migrate
from sync.central.database import normalise_url
from sync.central.services.attachments import clear_files
from sync.central.settings import (
    CHECK_KEY_FILE,
    FILE_KEY_FILE,
    PRIVATE_KEY_FILE,
    CentralSettings,
    central_home,
    load_settings,
)

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
DATABASE_FILE = "central.sqlite3"
PRIVATE_FILES = (
    DATABASE_FILE,
    *(DATABASE_FILE + suffix for suffix in ("-wal", "-shm", "-journal")),
    PRIVATE_KEY_FILE,
    FILE_KEY_FILE,
    CHECK_KEY_FILE,
)


def mode_problems(home: Path) -> list[str]:
    """What in ``home`` other users could read: the folders (0700) and the database and key
    files (0600), as ``name mode (expected)``."""
    found: list[str] = []
    for folder in (home, home / "attachments"):
        if folder.is_dir() and stat.S_IMODE(folder.stat().st_mode) & 0o077:
            found.append(f"thư mục {folder.name} {_mode(folder)} (cần 0700)")
    for name in PRIVATE_FILES:
        path = home / name
        if path.is_file() and stat.S_IMODE(path.stat().st_mode) & 0o077:
            found.append(f"tệp {name} {_mode(path)} (cần 0600)")
    return found


def _mode(path: Path) -> str:
    return f"{stat.S_IMODE(path.stat().st_mode):04o}"


def check_private_modes(home: Path) -> CheckResult:
    name = "Quyền thư mục và tệp máy chủ"
    if os.name == "nt":
        return CheckResult(name, Level.OK, "không áp dụng trên Windows (quyền theo ACL)")
    if not home.is_dir():
        return CheckResult(
            name,
            Level.WARNING,
            f"chưa có thư mục máy chủ {home}",
            "Chạy máy chủ một lần (python main.py central) để tạo thư mục và khoá.",
        )
    problems = mode_problems(home)
    if problems:
        return CheckResult(
            name,
            Level.PROBLEM,
            "người dùng khác đọc được: " + "; ".join(problems),
            f"chmod 700 thư mục, chmod 600 tệp (ví dụ: chmod -R go-rwx {home}).",
        )
    return CheckResult(name, Level.OK, "chỉ chủ sở hữu đọc được thư mục, cơ sở dữ liệu và khoá")


def check_attachments_sealed(settings: CentralSettings) -> CheckResult:
    name = "Mã hoá tệp đính kèm"
    clear = sum(1 for _ in clear_files(settings.attachments_dir))
    if clear:
        return CheckResult(
            name,
            Level.PROBLEM,
            f"{clear} tệp đính kèm còn lưu dạng rõ",
            "Chạy: python main.py central-admin seal-attachments",
        )
    return CheckResult(name, Level.OK, "mọi tệp đính kèm đã lưu đều được mã hoá")


def check_schema(settings: CentralSettings) -> CheckResult:
    """The database's revision against this code's, read without creating or upgrading."""
    name = "Lược đồ cơ sở dữ liệu"
    url = make_url(normalise_url(settings.effective_database_url))
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).exists()):
        return CheckResult(name, Level.WARNING, "chưa có cơ sở dữ liệu (tạo khi máy chủ chạy)")
    engine = create_engine(url)
    try:
        revision = migrate.database_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
    except SQLAlchemyError as error:
        return CheckResult(
            name,
            Level.PROBLEM,
            f"không đọc được cơ sở dữ liệu {url.render_as_string(hide_password=True)}: "
            f"{_first_line(getattr(error, 'orig', None) or error)}",
            "Kiểm tra địa chỉ (--db hoặc database_url trong settings.json) và máy chủ "
            "cơ sở dữ liệu.",
        )
    finally:
        engine.dispose()
    head = migrate.head_revision()
    if revision == head:
        return CheckResult(name, Level.OK, f"lược đồ {revision} (mới nhất)")
    if revision is None:
        detail = "tạo trước khi có bản nâng cấp lược đồ" if has_tables else "chưa có bảng nào"
        return CheckResult(
            name, Level.WARNING, f"{detail}; sẽ được nâng cấp lên {head} khi máy chủ khởi động"
        )
    if revision not in migrate.known_revisions():
        return CheckResult(name, Level.PROBLEM, migrate.too_new(revision).message)
    return CheckResult(
        name,
        Level.WARNING,
        f"lược đồ {revision}; sẽ được nâng cấp lên {head} khi máy chủ khởi động",
    )


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return (lines[0] if lines else type(error).__name__)[:200]


def central_checks(data_dir: Path, database_url: str | None) -> list[Callable[[], CheckResult]]:
    """The checks in order: modes first, before loading the settings (which tightens the
    folder); nothing else is created or changed."""
    home = central_home(data_dir)
    modes = check_private_modes(home)
    if not home.is_dir():
        return [lambda: modes]

    def settings() -> CentralSettings:
        return load_settings(data_dir, database_url=database_url)

    return [
        lambda: modes,
        lambda: check_attachments_sealed(settings()),
        lambda: check_schema(settings()),
    ]
