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


SETUP = ("setup", "--agency-code", "000.00.12.H42", "--agency-name", "Ủy ban nhân dân xã Tân Phú",
         "--workstation", "Quầy 1")


def first_setup(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(data_dir, monkeypatch, *SETUP, "--admin-user", "quantri", "--admin-name",
               "Nguyễn Văn Quản", "--password-stdin", stdin="mat-khau-1\n") == 0


def test_support_staff_manage_accounts(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    first_setup(data_dir, monkeypatch)
    admin = ("--user", "quantri", "--password-stdin")
    assert run(data_dir, monkeypatch, "accounts", "create", "canbo1", "--name", "Trần Văn Bình",
               "--account-role", "officer", *admin, stdin="mat-khau-1\nmat-khau-2\n") == 0
    assert run(data_dir, monkeypatch, "accounts", "create", "canbo2", "--name", "B",
               "--account-role", "officer", *admin, stdin="mat-khau-1\nngan\n") == 2
    assert "ít nhất 8 ký tự" in capsys.readouterr().err
    assert run(data_dir, monkeypatch, "accounts", "reset-password", "quantri", "--user", "canbo1",
               "--password-stdin", stdin="mat-khau-2\nmat-khau-3\n") == 2
    assert "không được phép" in capsys.readouterr().err
    assert run(data_dir, monkeypatch, "accounts", "disable", "canbo1", *admin,
               stdin="mat-khau-1\n") == 0
    assert run(data_dir, monkeypatch, "accounts", "list", *admin, stdin="mat-khau-1\n") == 0
    listing = capsys.readouterr().out
    assert "canbo1\tTrần Văn Bình\tCán bộ tiếp nhận\tđã khoá" in listing
    with Workspace(data_dir) as workspace:
        assert [a.username for a in list_accounts(workspace)] == ["canbo1", "quantri"]
        assert authenticate(workspace, "quantri", "mat-khau-1").role == "admin"


def test_a_second_setup_needs_the_administrator(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    first_setup(data_dir, monkeypatch)
    capsys.readouterr()
    assert run(data_dir, monkeypatch, *SETUP, "--admin-user", "khac", "--admin-name", "K",
               "--password-stdin", stdin="mat-khau-9\n") == 2
    assert "đã có tài khoản quản trị" in capsys.readouterr().err
    assert run(data_dir, monkeypatch, *SETUP, "--user", "quantri", "--password-stdin",
               stdin="sai-mat-khau\n") == 2
    assert "Sai tên đăng nhập hoặc mật khẩu" in capsys.readouterr().err
    assert run(data_dir, monkeypatch, *SETUP, "--user", "quantri", "--password-stdin",
               stdin="mat-khau-1\n") == 0
    with Workspace(data_dir) as workspace:
        assert [a.username for a in list_accounts(workspace)] == ["quantri"]
