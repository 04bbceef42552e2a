"""Accounts: Argon2id, offline login, lock-out with a growing delay, admin actions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from counter import clock
from counter.accounts import (
    AuthenticationError,
    authenticate,
    create_account,
    create_first_admin,
    lock_duration,
    reset_password,
    set_active,
)
from counter.db.models import UserAccount
from counter.errors import CounterError, InputError, PermissionDeniedError
from counter.roles import Actor, Role
from tests.core.conftest import OFFICER


def test_lock_duration_grows() -> None:
    assert [lock_duration(n).total_seconds() for n in (4, 5, 6, 7)] == [0, 30, 60, 120]
    assert lock_duration(50) == timedelta(hours=1)


def test_first_admin_then_accounts(workspace) -> None:  # type: ignore[no-untyped-def]
    admin = create_first_admin(workspace, "QuanTri", "Quản trị viên", "mat-khau-1")
    assert admin.username == "quantri" and admin.role is Role.ADMIN
    with pytest.raises(CounterError):
        create_first_admin(workspace, "other", "X", "mat-khau-1")
    officer = create_account(workspace, admin.actor, "canbo1", "Nguyễn Thị Lan", Role.OFFICER,
                             "mat-khau-2")
    with workspace.store.read() as session:
        stored = session.scalar(select(UserAccount.password_hash).where(
            UserAccount.username == "canbo1"))
    assert stored is not None and stored.startswith("$argon2id$") and "mat-khau-2" not in stored
    assert authenticate(workspace, "CANBO1", "mat-khau-2").role is Role.OFFICER
    with pytest.raises(PermissionDeniedError):
        create_account(workspace, officer.actor, "x123", "X", Role.ADMIN, "mat-khau-3")
    with pytest.raises(InputError):
        create_account(workspace, admin.actor, "canbo1", "Dup", Role.OFFICER, "mat-khau-2")
    with pytest.raises(InputError):
        create_account(workspace, admin.actor, "canbo2", "Short", Role.OFFICER, "short")


def test_lock_out_after_repeated_failures(workspace) -> None:  # type: ignore[no-untyped-def]
    admin = create_first_admin(workspace, "quantri", "Quản trị viên", "mat-khau-1")
    create_account(workspace, admin.actor, "canbo1", "Lan", Role.OFFICER, "mat-khau-2")
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Sai tên đăng nhập"):
            authenticate(workspace, "canbo1", "sai")
    with pytest.raises(AuthenticationError, match="30 giây"):
        authenticate(workspace, "canbo1", "sai")
    with pytest.raises(AuthenticationError, match="tạm khoá"):
        authenticate(workspace, "canbo1", "mat-khau-2")  # even the right password waits
    with workspace.store.write() as session:
        session.execute(update(UserAccount).values(locked_until=clock.now() - timedelta(1)))
    with pytest.raises(AuthenticationError, match="60 giây"):
        authenticate(workspace, "canbo1", "sai")  # the next lock is longer
    reset_password(workspace, admin.actor, "canbo1", "mat-khau-moi")
    assert authenticate(workspace, "canbo1", "mat-khau-moi").username == "canbo1"


def test_disabled_account_and_unknown_user(workspace) -> None:  # type: ignore[no-untyped-def]
    admin = create_first_admin(workspace, "quantri", "Quản trị viên", "mat-khau-1")
    create_account(workspace, admin.actor, "canbo1", "Lan", Role.OFFICER, "mat-khau-2")
    set_active(workspace, admin.actor, "canbo1", False)
    with pytest.raises(AuthenticationError, match="quản trị viên"):
        authenticate(workspace, "canbo1", "mat-khau-2")
    with pytest.raises(AuthenticationError, match="Sai tên đăng nhập"):
        authenticate(workspace, "ghost", "whatever")
    with pytest.raises(PermissionDeniedError):
        set_active(workspace, OFFICER, "quantri", False)
    with pytest.raises(PermissionDeniedError):
        reset_password(workspace, Actor("sup", Role.SUPERVISOR), "canbo1", "mat-khau-9")
