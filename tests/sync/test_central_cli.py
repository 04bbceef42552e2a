"""The ``central`` and ``central-admin`` commands, run as real processes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import requests

from tests.sync.processes import ROOT, ServerProcess


def _main(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_central_serves_the_api_and_its_openapi_description(tmp_path: Path) -> None:
    server = ServerProcess(tmp_path)
    try:
        time = requests.get(f"{server.url}/v1/time", timeout=10)
        assert time.status_code == 200 and "X-Server-Time" in time.headers
        paths = requests.get(f"{server.url}/openapi.json", timeout=10).json()["paths"]
        for path in (
            "/v1/enrol",
            "/v1/push",
            "/v1/pull/{stream}",
            "/v1/attachments/{sha256}",
            "/v1/code-blocks",
            "/v1/batches",
            "/v1/attachments/query",
        ):
            assert path in paths
        missing = requests.get(f"{server.url}/v1/nothing", timeout=10)
        assert (
            missing.status_code == 404 and "Không có địa chỉ" in missing.json()["error"]["message"]
        )
    finally:
        server.stop()
    assert (tmp_path / "central" / "central.sqlite3").exists()
    assert (tmp_path / "central" / "central-x25519.pem").stat().st_mode & 0o077 == 0


def test_central_admin_commands(tmp_path: Path) -> None:
    made = _main(tmp_path, "central-admin", "enrol-code", "--agency", "000.00.12.H42")
    assert made.returncode == 0, made.stderr
    assert re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", made.stdout)
    listed = _main(tmp_path, "central-admin", "list-workstations")
    assert "Chưa có máy trạm" in listed.stdout
    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(
        '{"procedures": [{"code": "1.001193", "name": "Đăng ký khai sinh"}]}', encoding="utf-8"
    )
    loaded = _main(tmp_path, "central-admin", "load-catalogue", str(catalogue))
    assert loaded.returncode == 0 and "1 thủ tục" in loaded.stdout
    reviews = _main(tmp_path, "central-admin", "list-reviews")
    assert reviews.returncode == 0 and "Không có thông điệp nào cần xem xét" in reviews.stdout
    refused = _main(tmp_path, "central-admin", "revoke", "no-such-workstation")
    assert refused.returncode == 2 and "Lỗi: Không có máy trạm" in refused.stderr
    busy = _main(tmp_path, "central-admin", "--db", "mysql://x/y", "list-workstations")
    assert busy.returncode == 2 and "Chỉ hỗ trợ SQLite hoặc PostgreSQL" in busy.stderr
