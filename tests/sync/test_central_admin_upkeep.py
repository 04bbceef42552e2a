"""``central-admin doctor``, ``seal-attachments``, ``expire-uploads`` and the catalogue file
read by the one outside-JSON reader."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, select, text

from counter.doctor import Level
from counter.errors import ConfigurationError, InputError
from sync.central import admin, migrate
from sync.central.context import open_context
from sync.central.database import normalise_url
from sync.central.doctor import central_checks, check_schema
from sync.central.models import AttachmentUpload
from sync.central.sealed_files import is_sealed
from sync.central.services.common import utc_now
from sync.central.settings import load_settings
from tests.sync import central_models_before_migrations as old
from tests.sync.processes import ROOT

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def _main(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _store_clear_attachment(home: Path, content: bytes) -> Path:
    digest = hashlib.sha256(content).hexdigest()
    path = home / "attachments" / digest[:2] / digest
    path.parent.mkdir(mode=0o700, exist_ok=True)
    path.write_bytes(content)
    path.chmod(0o600)
    return path


@posix_only
def test_doctor_finds_open_modes_and_clear_attachments_and_seal_fixes_them(
    tmp_path: Path,
) -> None:
    assert _main(tmp_path, "central-admin", "list-workstations").returncode == 0
    home = tmp_path / "central"
    healthy = _main(tmp_path, "central-admin", "doctor")
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert "✔ Lược đồ cơ sở dữ liệu: lược đồ c0003_reports (mới nhất)" in healthy.stdout
    assert "3 mục kiểm tra, 0 lỗi." in healthy.stdout

    home.chmod(0o755)
    (home / "central.sqlite3").chmod(0o644)
    (home / "central-files.key").chmod(0o640)
    stored = _store_clear_attachment(home, "Giấy khai sinh 001090123456".encode())
    sick = _main(tmp_path, "central-admin", "doctor")
    assert sick.returncode == 1
    assert (
        "✖ Quyền thư mục và tệp máy chủ: người dùng khác đọc được: thư mục central 0755 "
        "(cần 0700); tệp central.sqlite3 0644 (cần 0600); tệp central-files.key 0640 "
        "(cần 0600)" in sick.stdout
    )
    assert "✖ Mã hoá tệp đính kèm: 1 tệp đính kèm còn lưu dạng rõ" in sick.stdout
    assert "central-admin seal-attachments" in sick.stdout
    assert "3 mục kiểm tra, 2 lỗi." in sick.stdout

    sealed = _main(tmp_path, "central-admin", "seal-attachments")
    assert sealed.returncode == 0 and "Đã mã hoá 1 tệp đính kèm" in sealed.stdout
    assert is_sealed(stored) and b"001090123456" not in stored.read_bytes()
    again = _main(tmp_path, "central-admin", "seal-attachments")
    assert "Đã mã hoá 0 tệp đính kèm" in again.stdout
    for path in (home / "central.sqlite3", home / "central-files.key"):
        path.chmod(0o600)
    fixed = _main(tmp_path, "central-admin", "doctor")
    assert fixed.returncode == 0 and "3 mục kiểm tra, 0 lỗi." in fixed.stdout


def test_doctor_on_a_folder_never_used_creates_nothing(tmp_path: Path) -> None:
    results = [check() for check in central_checks(tmp_path, None)]
    assert [r.level for r in results] == [Level.WARNING]
    assert "chưa có thư mục máy chủ" in results[0].detail
    assert not (tmp_path / "central").exists()


def test_doctor_reads_the_schema_revision_without_upgrading(
    tmp_path: Path, database_url: str
) -> None:
    settings = load_settings(tmp_path, database_url=database_url)
    engine = create_engine(normalise_url(database_url))
    try:
        with engine.begin() as connection:
            old.CentralBase.metadata.create_all(connection)
        before = check_schema(settings)
        assert before.level is Level.WARNING
        assert before.detail == (
            "tạo trước khi có bản nâng cấp lược đồ; sẽ được nâng cấp lên c0003_reports khi máy chủ "
            "khởi động"
        )
        assert migrate.database_revision(engine) is None
        open_context(settings).close()
        with engine.begin() as connection:
            connection.execute(text(f"UPDATE {migrate.VERSION_TABLE} SET version_num = 'c0099'"))
        newer = check_schema(settings)
        assert newer.level is Level.PROBLEM and "(lược đồ c0099)" in newer.detail
    finally:
        engine.dispose()


def test_expire_uploads_discards_stale_unfinished_uploads(tmp_path: Path) -> None:
    context = open_context(load_settings(tmp_path))
    digest = "ab" * 32
    partial = context.settings.attachments_dir / "partial" / "ws-1" / digest
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"half")
    long_ago = datetime(2026, 1, 1, 8, 0)
    recent = utc_now() + timedelta(hours=1)
    context.database.run(
        lambda s: s.execute(
            insert(AttachmentUpload),
            [
                {
                    "workstation_id": "ws-1",
                    "sha256": digest,
                    "started_at": long_ago,
                    "updated_at": long_ago,
                },
                {
                    "workstation_id": "ws-2",
                    "sha256": digest,
                    "started_at": recent,
                    "updated_at": recent,
                },
            ],
        )
    )
    context.close()
    expired = _main(tmp_path, "central-admin", "expire-uploads")
    assert expired.returncode == 0 and "Đã xoá 1 lượt tải lên dở dang" in expired.stdout
    assert not partial.exists()
    context = open_context(load_settings(tmp_path))
    try:
        left = context.database.run(
            lambda s: s.execute(select(AttachmentUpload.workstation_id)).scalars().all()
        )
        assert left == ["ws-2"]
    finally:
        context.close()


def test_the_catalogue_file_is_read_by_the_checking_reader(tmp_path: Path) -> None:
    context = open_context(load_settings(tmp_path))
    try:
        twice = tmp_path / "twice.json"
        twice.write_text('{"procedures": [], "procedures": []}', encoding="utf-8")
        with pytest.raises(InputError, match="khoá 'procedures' xuất hiện hai lần"):
            admin.load_catalogue(context, twice)
        lone = tmp_path / "lone.json"
        lone.write_text('{"procedures": [{"code": "1", "name": "\\ud800"}]}', encoding="utf-8")
        with pytest.raises(InputError, match=r"nửa cặp UTF-16"):
            admin.load_catalogue(context, lone)
    finally:
        context.close()


def test_doctor_says_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, database_url="postgresql://central@127.0.0.1:9/central")
    result = check_schema(settings)
    assert result.level is Level.PROBLEM
    assert result.detail.startswith(
        "không đọc được cơ sở dữ liệu postgresql+psycopg://central@127.0.0.1:9/central: "
    )
    assert "--db" in result.advice


def test_the_settings_file_is_read_by_the_checking_reader(tmp_path: Path) -> None:
    home = tmp_path / "central"
    home.mkdir(mode=0o700)
    (home / "settings.json").write_text(
        '{"pull_page_size": 100, "pull_page_size": 900}', encoding="utf-8"
    )
    with pytest.raises(ConfigurationError, match="khoá 'pull_page_size' xuất hiện hai lần"):
        load_settings(tmp_path)
    (home / "settings.json").write_text('{"database_url": "\\udc80"}', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="nửa cặp UTF-16"):
        load_settings(tmp_path)
