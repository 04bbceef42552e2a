"""The command line asks who you are, as the GUI's login does.

Each finding is replayed: making an administrator, resetting the administrator's
password, refusing a dossier as "supervisor", closing a day, syncing as "admin" — all
once possible with no credential. Now a person logs in with an account and its password
(the role is the account's), a refusal is audited and does nothing, and sync runs as
the workstation itself.
"""

from __future__ import annotations

import io
import logging
import os
import pty
import select as select_fd
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from counter.accounts import authenticate, list_accounts
from counter.db.models import AuditEvent, Dossier
from counter.dossiers.intake_file import read_intake_file
from counter.dossiers.receive import receive_dossier
from counter.errors import PermissionDeniedError
from counter.roles import PERMISSIONS, Role, workstation_actor
from counter.workspace import Workspace
from main import main
from sync.central import admin as central_admin
from sync.central.context import CentralContext
from sync.client.config import load_config
from tests.forms import pdf_tools
from tests.sync.fixtures import StartServer
from tests.sync.helpers import AGENCY

ROOT = Path(__file__).resolve().parents[2]
PASSWORDS = {"quantri": "quan-tri-123", "canbo1": "can-bo-1234", "giamsat": "giam-sat-123"}
NAMES = {"quantri": "Nguyễn Văn Quản", "canbo1": "Trần Văn Bình", "giamsat": "Lê Thị Thu Hà"}
INTAKE = (
    '{"procedure_code": "1.004222", "applicant": {"full_name": "Phạm Minh Tuấn",'
    ' "id_number": "036095001122", "address": "Thôn 3, xã Tân Phú"}}'
)


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


class Cli:
    """``main.py --data-dir DIR ...`` in this process, standard input given as text."""

    def __init__(self, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir, self.monkeypatch, self.capsys = data_dir, monkeypatch, capsys
        self.out = self.err = ""

    def __call__(self, *argv: str, stdin: str = "") -> int:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        try:
            code = main(["--data-dir", str(self.data_dir), *argv])
        except SystemExit as stop:  # argparse refusing an option
            code = int(stop.code or 0)
        self.out, self.err = self.capsys.readouterr()
        return code

    def as_user(self, user: str, *argv: str, password: str | None = None,
                stdin: str = "") -> int:
        """Run as ``user``, logging in with ``password`` (default: the account's)."""
        secret = PASSWORDS[user] if password is None else password
        return self(*argv, "--user", user, "--password-stdin", stdin=f"{secret}\n{stdin}")


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Cli:
    """A workstation set up through the command line: its first administrator (quantri),
    who made an officer (canbo1) and a supervisor (giamsat)."""
    run = Cli(data_dir, monkeypatch, capsys)
    assert run("setup", "--agency-code", AGENCY, "--agency-name", "Ủy ban nhân dân xã Tân Phú",
               "--workstation", "Quầy 1", "--seed-catalogue", "--admin-user", "quantri",
               "--admin-name", NAMES["quantri"], "--password-stdin",
               stdin=f"{PASSWORDS['quantri']}\n") == 0, run.err
    for user, role in (("canbo1", "officer"), ("giamsat", "supervisor")):
        assert run.as_user("quantri", "accounts", "create", user, "--name", NAMES[user],
                           "--account-role", role, stdin=f"{PASSWORDS[user]}\n") == 0, run.err
    return run


def write_intake(cli: Cli) -> Path:
    path = cli.data_dir.parent / "in.json"
    path.write_text(INTAKE, encoding="utf-8")
    return path


def receive(cli: Cli) -> str:
    """A dossier received by the officer canbo1, logged in; its code."""
    assert cli.as_user("canbo1", "intake", "--json", str(write_intake(cli))) == 0, cli.err
    return cli.out.strip()


def usernames(data_dir: Path) -> list[str]:
    with Workspace(data_dir) as workspace:
        return [account.username for account in list_accounts(workspace)]


def audit_trail(data_dir: Path, *actions: str) -> list[tuple[str, str, str]]:
    """(actor, action, object) of the audit entries with these actions, oldest first."""
    with Workspace(data_dir) as workspace, workspace.store.read() as session:
        rows = session.execute(
            select(AuditEvent.actor, AuditEvent.action, AuditEvent.object_ref)
            .where(AuditEvent.action.in_(actions))
            .order_by(AuditEvent.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def status_of(data_dir: Path, code: str) -> str:
    with Workspace(data_dir) as workspace, workspace.store.read() as session:
        return str(session.scalar(select(Dossier.status).where(Dossier.code == code)))


def test_role_is_no_longer_an_option(cli: Cli) -> None:
    assert cli("accounts", "create", "x1", "--name", "X", "--account-role", "admin",
               "--user", "canbo1", "--role", "admin", "--password-stdin",
               stdin="can-bo-1234\nmat-khau-9\n") == 2
    assert "--role" in cli.err
    assert usernames(cli.data_dir) == ["canbo1", "giamsat", "quantri"]


def test_creating_an_administrator_needs_an_administrator(cli: Cli) -> None:
    create = ("accounts", "create", "moi", "--name", "Kẻ Lạ", "--account-role", "admin")
    assert cli(*create, "--password-stdin", stdin="mat-khau-9\n") == 2
    assert "cần đăng nhập" in cli.err and "--user" in cli.err
    assert cli.as_user("quantri", *create, password="doan-bua-1", stdin="mat-khau-9\n") == 2
    assert "Sai tên đăng nhập hoặc mật khẩu" in cli.err
    assert cli.as_user("canbo1", *create, stdin="mat-khau-9\n") == 2
    assert "không được phép" in cli.err
    assert "moi" not in usernames(cli.data_dir)
    assert audit_trail(cli.data_dir, "login.failed", "refused") == [
        ("quantri", "login.failed", "quantri"), ("canbo1", "refused", "moi"),
    ]

    assert cli.as_user("quantri", *create, stdin="mat-khau-9\n") == 0, cli.err
    assert ("quantri", "account.create", "moi") in audit_trail(cli.data_dir, "account.create")


def test_resetting_the_administrators_password_needs_an_administrator(cli: Cli) -> None:
    reset = ("accounts", "reset-password", "quantri")
    assert cli(*reset, "--password-stdin", stdin="chiem-quyen-1\n") == 2
    assert cli.as_user("giamsat", *reset, stdin="chiem-quyen-1\n") == 2
    assert "không được phép" in cli.err
    assert cli.as_user("canbo1", *reset, password="chiem-quyen-1", stdin="chiem-quyen-1\n") == 2
    with Workspace(cli.data_dir) as workspace:
        assert authenticate(workspace, "quantri", PASSWORDS["quantri"]).role is Role.ADMIN

    assert cli.as_user("quantri", "accounts", "reset-password", "canbo1",
                       stdin="mat-khau-moi-1\n") == 0, cli.err
    assert cli.as_user("canbo1", "dossier", "list", password="mat-khau-moi-1") == 0, cli.err
    assert ("quantri", "account.reset_password", "canbo1") in audit_trail(
        cli.data_dir, "account.reset_password")


def test_refusing_a_dossier_is_done_by_the_person_who_logged_in(cli: Cli) -> None:
    code = receive(cli)
    refuse = ("dossier", "act", code, "refuse", "--reason", "Chỗ ở không hợp pháp")
    assert cli(*refuse) == 2 and "--user" in cli.err
    assert cli.as_user("giamsat", *refuse, password="khong-phai-1") == 2
    assert "Sai tên đăng nhập hoặc mật khẩu" in cli.err
    assert cli.as_user("giamsat", *refuse, password="") == 2  # an empty line is no password
    assert "không đọc được mật khẩu" in cli.err
    assert status_of(cli.data_dir, code) == "received"

    assert cli.as_user("giamsat", *refuse) == 0, cli.err
    assert status_of(cli.data_dir, code) == "refused"
    with Workspace(cli.data_dir) as workspace, workspace.store.read() as session:
        row = session.scalar(select(Dossier).where(Dossier.code == code))
        assert row is not None
        assert [(e.action, e.actor) for e in row.events] == [
            ("receive", "canbo1"), ("refuse", "giamsat")
        ]


def test_closing_a_day_needs_a_supervisor_who_logs_in(cli: Cli) -> None:
    receive(cli)
    assert cli("day", "close") == 2 and "--user" in cli.err
    assert cli.as_user("canbo1", "day", "close") == 2 and "không được phép" in cli.err
    assert cli.as_user("giamsat", "day", "close", password="sai-mat-khau") == 2
    assert audit_trail(cli.data_dir, "day.approve") == []

    assert cli.as_user("giamsat", "day", "close") == 0, cli.err
    assert "1 hồ sơ" in cli.out
    assert [actor for actor, _, _ in audit_trail(cli.data_dir, "day.approve")] == ["giamsat"]


def test_an_unknown_disabled_or_locked_account_does_nothing(cli: Cli) -> None:
    listing = ("dossier", "list")
    assert cli("dossier", "list", "--user", "ai-do", "--password-stdin", stdin="abcdefgh\n") == 2
    assert cli.err == "Lỗi: Sai tên đăng nhập hoặc mật khẩu.\n" and cli.out == ""

    assert cli.as_user("quantri", "accounts", "disable", "canbo1") == 0
    assert cli.as_user("canbo1", *listing) == 2
    assert "Tài khoản đã bị khoá bởi quản trị viên" in cli.err
    assert cli.as_user("quantri", "accounts", "enable", "canbo1") == 0

    for _ in range(5):
        assert cli.as_user("giamsat", *listing, password="doan-sai-1") == 2
    assert "tạm khoá 30 giây" in cli.err
    assert cli.as_user("giamsat", *listing) == 2  # the right password, while locked
    assert "Tài khoản tạm khoá do nhập sai nhiều lần" in cli.err and cli.out == ""
    assert audit_trail(cli.data_dir, "login.failed", "login.refused_disabled",
                       "login.refused_locked") == [
        ("ai-do", "login.failed", "ai-do"),
        ("canbo1", "login.refused_disabled", "canbo1"),
        *[("giamsat", "login.failed", "giamsat")] * 5,
        ("giamsat", "login.refused_locked", "giamsat"),
    ]


PERSON_COMMANDS = (
    ("accounts", "list"),
    ("accounts", "create", "moi", "--name", "M", "--account-role", "admin"),
    ("accounts", "reset-password", "quantri"),
    ("accounts", "disable", "quantri"),
    ("accounts", "enable", "canbo1"),
    ("setup", "--agency-code", AGENCY, "--agency-name", "X", "--workstation", "Q"),
    ("intake", "--json", "in.json"),
    ("dossier", "show", "CODE"),
    ("dossier", "list"),
    ("dossier", "act", "CODE", "refuse", "--reason", "x"),
    ("print", "receipt", "--dossier", "CODE", "--out", "x.pdf"),
    ("print", "book", "--from", "2026-01-01", "--to", "2026-01-31", "--out", "x.pdf"),
    ("print", "history", "--dossier", "CODE"),
    ("calendar", "override", "--day", "2026-03-03", "--kind", "day_off"),
    ("catalogue", "import", "catalogue.json"),
    ("catalogue", "seed"),
    ("retention", "purge"),
    ("day", "close"),
    ("batch", "export", "--out", "lo.oscb"),
    ("sync", "--server", "http://127.0.0.1:9", "--enrol", "ABC"),
)


def test_every_command_that_acts_as_a_person_asks_who(cli: Cli) -> None:
    before = audit_trail(cli.data_dir, *ALL_ACTIONS)
    for command in PERSON_COMMANDS:
        assert cli(*command) == 2, command
        assert cli.err == "Lỗi: --user: cần đăng nhập: thêm --user TÊN_ĐĂNG_NHẬP của bạn.\n", (
            command, cli.err)
    assert audit_trail(cli.data_dir, *ALL_ACTIONS) == before  # nothing was done


ALL_ACTIONS = ("account.create", "account.reset_password", "account.disable", "account.enable",
               "workstation.setup", "dossier.create", "dossier.view", "dossier.refuse",
               "dossier.print", "book.print", "calendar.override", "catalogue.import",
               "retention.purge", "day.approve", "batch.export", "workstation.enrol")


def test_a_fresh_data_folder_says_how_to_make_the_first_account(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = Cli(data_dir, monkeypatch, capsys)
    assert run("dossier", "list", "--user", "canbo1", "--password-stdin", stdin="abcdefgh\n") == 2
    assert "Sai tên đăng nhập hoặc mật khẩu" in run.err and "python main.py setup" in run.err


def test_sync_takes_no_person(cli: Cli) -> None:
    assert cli.as_user("quantri", "sync") == 2
    assert "danh nghĩa máy trạm" in cli.err


def test_no_password_from_a_pipe_without_password_stdin(cli: Cli) -> None:
    assert cli("dossier", "list", "--user", "canbo1", stdin=f"{PASSWORDS['canbo1']}\n") == 2
    assert "--password-stdin" in cli.err and cli.out == ""


def test_reading_needs_no_login_only_where_no_personal_data_shows(cli: Cli) -> None:
    code = receive(cli)
    assert cli("dossier", "show", code) == 2 and "Phạm Minh Tuấn" not in cli.out
    assert cli("dossier", "list") == 2 and code not in cli.out
    assert cli("print", "history", "--dossier", code) == 2
    assert cli.as_user("canbo1", "dossier", "show", code) == 0 and "Phạm Minh Tuấn" in cli.out
    assert cli("catalogue", "list", "--query", "thuong tru") == 0 and "1.004222" in cli.out
    assert cli("due-date", "--received", "2026-02-13T10:00", "--days", "3") == 0
    assert cli("calendar", "show", "--year", "2026") == 0
    assert cli("catalogue", "seed") == 2 and "--user" in cli.err
    assert cli.as_user("canbo1", "catalogue", "seed") == 2 and "không được phép" in cli.err
    assert cli.as_user("giamsat", "catalogue", "seed") == 0, cli.err
    assert ("giamsat", "catalogue.import", "seed") in audit_trail(cli.data_dir,
                                                                 "catalogue.import")


def test_form_01_and_the_audit_name_the_officer_who_logged_in(cli: Cli, tmp_path: Path) -> None:
    code = receive(cli)
    out = tmp_path / "giay-tiep-nhan.pdf"
    assert cli.as_user("canbo1", "print", "receipt", "--dossier", code, "--out", str(out)) == 0
    text = pdf_tools.text(out.read_bytes())
    assert NAMES["canbo1"] in text
    assert NAMES["giamsat"] not in text and NAMES["quantri"] not in text
    assert audit_trail(cli.data_dir, "dossier.create", "dossier.print") == [
        ("canbo1", "dossier.create", code), ("canbo1", "dossier.print", code),
    ]


def test_sync_runs_as_the_workstation_and_enrolling_needs_the_administrator(
    cli: Cli, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server = start_server(sqlite_context)
    receive(cli)
    enrol = ("sync", "--server", server.url, "--enrol",
             central_admin.create_enrolment_code(sqlite_context, AGENCY))
    assert cli(*enrol) == 2 and "--user" in cli.err
    assert cli.as_user("giamsat", *enrol) == 2 and "không được phép" in cli.err
    assert cli("sync", "--user", "quantri", "--role", "admin") == 2  # no role to claim
    assert not load_config(cli.data_dir).enrolled
    assert cli("sync") == 2 and "chưa đăng ký" in cli.err

    assert cli.as_user("quantri", *enrol) == 0, cli.err
    assert "1 được xác nhận" in cli.out
    assert cli("sync") == 0, cli.err  # machine work: no person logs in
    with Workspace(cli.data_dir) as workspace:
        workstation = workspace.identity().workstation.id
    machine = f"workstation:{workstation}"
    assert audit_trail(cli.data_dir, "workstation.enrol", "sync.run") == [
        ("quantri", "workstation.enrol", workstation),
        (machine, "sync.run", workstation),
        (machine, "sync.run", workstation),
    ]


def test_the_workstation_may_sync_and_nothing_else(cli: Cli) -> None:
    machine = workstation_actor("ws-1")
    assert machine.username == "workstation:ws-1"
    assert [p for p, roles in PERMISSIONS.items() if Role.WORKSTATION in roles] == ["sync.run"]
    with Workspace(cli.data_dir) as workspace, pytest.raises(PermissionDeniedError):
        receive_dossier(workspace, read_intake_file(write_intake(cli)), machine)


def test_the_password_is_asked_on_the_terminal_without_echo(cli: Cli) -> None:
    """A real terminal (a pty): the prompt, the password typed, nothing echoed."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(cli.data_dir), "dossier", "list",
         "--user", "canbo1"],
        cwd=ROOT, stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
    )
    os.close(slave)
    seen = read_until(master, b"canbo1: ")
    os.write(master, f"{PASSWORDS['canbo1']}\n".encode())
    seen += read_until(master, None)
    assert process.wait(timeout=60) == 0, seen.decode(errors="replace")
    os.close(master)
    assert "Mật khẩu của canbo1: ".encode() in seen
    assert PASSWORDS["canbo1"].encode() not in seen


def read_until(fd: int, marker: bytes | None, limit: int = 400) -> bytes:
    """What the terminal shows until ``marker`` (None: until the program ends)."""
    seen = b""
    for _ in range(limit):
        ready, _, _ = select_fd.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the program ended and closed the terminal
            return seen
        if not chunk:
            return seen
        seen += chunk
        if marker is not None and marker in seen:
            return seen
    raise AssertionError(f"the terminal never showed {marker!r}: {seen!r}")
