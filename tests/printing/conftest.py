"""Fixtures for printing: a set-up workstation, dossiers in each state, the command
run in-process, and the PDFs read back with poppler."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import main
from counter.accounts import create_account, create_first_admin
from counter.cli import run_command
from counter.dossiers.model import DossierView, IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.workspace import Workspace
from tests.core.conftest import ADMIN, OFFICER, SUPERVISOR, citizen, make_workspace

OFFICER_NAME = "Trần Văn Bình"
SUPERVISOR_NAME = "Lê Thị Thu Hà"
ADMIN_NAME = "Nguyễn Văn Quản"
PASSWORDS = {OFFICER.username: "mat-khau-1", SUPERVISOR.username: "mat-khau-2",
             ADMIN.username: "mat-khau-3"}
MISSING_ITEMS = [
    {"name": "Văn bản đồng ý cho đăng ký thường trú của chủ hộ", "reason": "Chưa có chữ ký "
     "của chủ hộ"},
    {"name": "Tờ khai thay đổi thông tin cư trú", "reason": "Ghi sai số định danh cá nhân",
     "kind": "incorrect"},
]


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = make_workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def staffed(workspace: Workspace) -> Workspace:
    """With local accounts for the administrator, the officer and the supervisor: commands
    log in with them, and forms print their full names."""
    create_first_admin(workspace, ADMIN.username, ADMIN_NAME, PASSWORDS[ADMIN.username])
    for actor, name in ((OFFICER, OFFICER_NAME), (SUPERVISOR, SUPERVISOR_NAME)):
        create_account(workspace, ADMIN, actor.username, name, actor.role,
                       PASSWORDS[actor.username])
    return workspace


def receive(workspace: Workspace, name: str = "Nguyễn Văn An",
            received_at: datetime | None = None) -> DossierView:
    """A residence registration (7 working days) received by the officer."""
    request = IntakeRequest("1.004222", citizen(name), received_at=received_at)
    return receive_dossier(workspace, request, OFFICER)


def through_every_letter(workspace: Workspace) -> str:
    """A dossier asked to complete, completed, extended, then refused: forms 02-04, 06."""
    code = receive(workspace).code
    apply_action(workspace, code, "request_supplement", OFFICER, reason="Hồ sơ chưa đủ",
                 details={"missing_items": MISSING_ITEMS})
    back = apply_action(workspace, code, "supplement", OFFICER)
    apply_action(workspace, code, "extend_deadline", SUPERVISOR,
                 reason="Cần xác minh chỗ ở hợp pháp tại địa phương",
                 new_due=back.due_at + timedelta(days=3))
    apply_action(workspace, code, "refuse", OFFICER,
                 reason="Chỗ ở không hợp pháp\nKhông đủ điều kiện đăng ký thường trú")
    return code


def stopped(workspace: Workspace) -> str:
    code = receive(workspace, "Phạm Thị Mỹ Duyên").code
    apply_action(workspace, code, "stop", SUPERVISOR,
                 reason="Công dân đã chuyển đến tỉnh khác, không tiếp tục giải quyết")
    return code


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(data_dir: Path, *argv: str, user: str | None = OFFICER.username) -> Run:
    """``main.py --data-dir DIR ... --user USER --password-stdin`` in this process, parsed
    and run as the script does; ``user`` logs in with the password of its account on
    standard input (``None``: no login options)."""
    login = ("--user", user, "--password-stdin") if user else ()
    args = main.build_parser().parse_args(["--data-dir", str(data_dir), *argv, *login])
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO(f"{PASSWORDS[user]}\n" if user else "")
    try:
        with redirect_stdout(out):
            code = run_command(args, stderr=err)
    finally:
        sys.stdin = stdin
    return Run(code, out.getvalue(), err.getvalue())
