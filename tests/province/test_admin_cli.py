"""``central-admin province-account`` and ``central-admin report``, run as real processes
against the same server folder a live server uses."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from openpyxl import load_workbook

from sync.central.context import CentralContext, open_context
from sync.central.settings import load_settings
from tests.province.data import A, B, build_province, period_query
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.processes import ROOT


def _admin(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "central-admin",
         *args], cwd=ROOT, capture_output=True, text=True, timeout=120, input=stdin)


@pytest.fixture
def folder_context(tmp_path: Path) -> Iterator[CentralContext]:
    context = open_context(load_settings(tmp_path / "data"))
    try:
        yield context
    finally:
        context.close()


def test_accounts_and_the_report_from_the_command_line(
        tmp_path: Path, folder_context: CentralContext, start_server: StartServer) -> None:
    server: LiveServer = start_server(folder_context)
    build_province(folder_context, server.url)
    data = tmp_path / "data"
    made = _admin(data, "province-account", "create", "giamsat.b", "--name", "Phạm Văn Bình",
                  "--role", "commune_supervisor", "--agency", B, "--password-stdin",
                  stdin="mat-khau-xa-b-1\n")
    assert made.returncode == 0, made.stderr
    assert "giamsat.b" in made.stdout and B in made.stdout
    no_agency = _admin(data, "province-account", "create", "giamsat.c", "--name", "X",
                       "--role", "commune_supervisor", "--password-stdin", stdin="mat-khau-xa-c\n")
    assert no_agency.returncode == 2 and "mã cơ quan" in no_agency.stderr
    short = _admin(data, "province-account", "create", "tinh2", "--name", "Y",
                   "--role", "province", "--password-stdin", stdin="ngan\n")
    assert short.returncode == 2 and "ít nhất" in short.stderr
    listed = _admin(data, "province-account", "list")
    assert "giamsat.b" in listed.stdout and "tinh" in listed.stdout
    assert "giamsat.c" not in listed.stdout

    browser = requests.Session()
    answer = browser.post(f"{server.url}/province/login",
                          data={"username": "giamsat.b", "password": "mat-khau-xa-b-1"},
                          allow_redirects=False, timeout=30)
    assert answer.status_code == 303
    page = browser.get(f"{server.url}/province/", params=period_query(), timeout=30).text
    assert f'data-agency="{B}"' in page and f'data-agency="{A}"' not in page
    disabled = _admin(data, "province-account", "disable", "giamsat.b")
    assert disabled.returncode == 0
    assert browser.get(f"{server.url}/province/", allow_redirects=False,
                       timeout=30).status_code == 303

    out = tmp_path / "tinh.xlsx"
    query = period_query()
    report = _admin(data, "report", "--from", query["from"], "--to", query["to"],
                    "--out", str(out))
    assert report.returncode == 0, report.stderr
    assert "3 cơ quan" in report.stdout and "quá hạn 2" in report.stdout
    rows = {r[0]: r for r in load_workbook(out)["Theo xã"].iter_rows(min_row=4,
                                                                      values_only=True) if r[0]}
    assert rows[A][2] == 5 and rows[B][7] == 1
    bad = _admin(data, "report", "--from", "hôm qua", "--to", query["to"],
                 "--out", str(tmp_path / "bad.xlsx"))
    assert bad.returncode == 2 and "--from" in bad.stderr
    assert not (tmp_path / "bad.xlsx").exists()
