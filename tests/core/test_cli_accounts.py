"""``accounts`` for support staff: first administrator, create, reset, disable, list."""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter.accounts import authenticate, list_accounts
from counter.workspace import Workspace
from main import main


@pytest.fixture(autouse=True)
def own_log_handlers() -> Iterator[None]:
    """main() sets up the log file in the data folder; later tests start without it."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--data-dir", str(data_dir), *argv])


def test_support_staff_manage_accounts(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, monkeypatch, "accounts", "first-admin", "quantri", "--name",
               "Nguyễn Văn Quản", "--password-stdin", stdin="mat-khau-1\n") == 0
    assert run(data_dir, monkeypatch, "accounts", "create", "canbo1", "--name", "Trần Văn Bình",
               "--account-role", "officer", "--password-stdin", "--user", "quantri",
               stdin="mat-khau-2\n") == 0
    assert run(data_dir, monkeypatch, "accounts", "create", "canbo2", "--name", "B",
               "--account-role", "officer", "--password-stdin", stdin="ngan\n") == 2
    assert "ít nhất 8 ký tự" in capsys.readouterr().err
    assert run(data_dir, monkeypatch, "accounts", "disable", "canbo1") == 0
    assert run(data_dir, monkeypatch, "accounts", "reset-password", "canbo1",
               "--password-stdin", "--role", "officer", stdin="mat-khau-3\n") == 2
    assert "không được phép" in capsys.readouterr().err
    assert run(data_dir, monkeypatch, "accounts", "list") == 0
    listing = capsys.readouterr().out
    assert "canbo1\tTrần Văn Bình\tCán bộ tiếp nhận\tđã khoá" in listing
    with Workspace(data_dir) as workspace:
        assert [a.username for a in list_accounts(workspace)] == ["canbo1", "quantri"]
        assert authenticate(workspace, "quantri", "mat-khau-1").role == "admin"


def test_a_second_first_admin_is_refused(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for code in (0, 2):
        assert run(data_dir, monkeypatch, "accounts", "first-admin", "quantri", "--name", "Q",
                   "--password-stdin", stdin="mat-khau-1\n") == code
    assert "Đã có tài khoản" in capsys.readouterr().err
