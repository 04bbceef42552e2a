"""Fixtures for printing: a set-up workstation, dossiers in each state, the command
run in-process, and the PDFs read back with poppler."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import main
from counter.accounts import create_account
from counter.cli import run_command
from counter.dossiers.model import DossierView, IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.roles import Role
from counter.workspace import Workspace
from tests.core.conftest import ADMIN, OFFICER, SUPERVISOR, citizen, make_workspace

OFFICER_NAME = "Trần Văn Bình"
SUPERVISOR_NAME = "Lê Thị Thu Hà"
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
    """With local accounts for the officer and the supervisor, so forms print full names."""
    create_account(workspace, ADMIN, OFFICER.username, OFFICER_NAME, Role.OFFICER, "mat-khau-1")
    create_account(
        workspace, ADMIN, SUPERVISOR.username, SUPERVISOR_NAME, Role.SUPERVISOR, "mat-khau-2"
    )
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


def run_cli(data_dir: Path, *argv: str) -> Run:
    """``main.py --data-dir DIR ...`` in this process: parsed and run as the script does."""
    args = main.build_parser().parse_args(["--data-dir", str(data_dir), *argv])
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out):
        code = run_command(args, stderr=err)
    return Run(code, out.getvalue(), err.getvalue())
