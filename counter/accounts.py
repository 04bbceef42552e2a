"""Local accounts: Argon2id passwords, offline login, lock-out with a growing delay."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from counter import audit, clock
from counter.access import check_permission
from counter.db.models import UserAccount
from counter.errors import CounterError, InputError, NotFoundError
from counter.roles import ACCOUNT_ROLES, Actor, Role
from counter.workspace import Workspace

FREE_ATTEMPTS = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9._-]{3,40}$")
_hasher = PasswordHasher()


class AuthenticationError(CounterError):
    code = "authentication"


@dataclass(frozen=True)
class AccountInfo:
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.role)


def _info(row: UserAccount) -> AccountInfo:
    return AccountInfo(row.username, row.full_name, Role(row.role), row.active,
                       row.locked_until, row.last_login_at)


def lock_duration(failed_attempts: int) -> timedelta:
    """No lock for the first few mistakes, then 30 s, doubling up to an hour."""
    if failed_attempts < FREE_ATTEMPTS:
        return timedelta()
    doublings = min(failed_attempts - FREE_ATTEMPTS, 16)
    return min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError("password", f"mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.")


def account_problems(username: str, full_name: str, password: str) -> dict[str, str]:
    """Every problem of a new account's fields at once (field name → reason)."""
    problems = {}
    if not _USERNAME.match(username.strip().lower()):
        problems["username"] = "tên đăng nhập 3–40 ký tự: chữ thường không dấu, số, . _ -"
    if not full_name.strip():
        problems["full_name"] = "thiếu họ và tên."
    try:
        _check_password(password)
    except InputError as error:
        problems["password"] = error.reason
    return problems


def create_account(workspace: Workspace, actor: Actor, username: str, full_name: str,
                   role: Role, password: str) -> AccountInfo:
    check_permission(workspace, actor, "accounts.manage", "account", username)
    return _create(workspace, actor, username, full_name, role, password)


def create_first_admin(workspace: Workspace, username: str, full_name: str,
                       password: str) -> AccountInfo:
    """The first-run administrator; refused once any account exists."""
    with workspace.store.read() as session:
        if session.scalar(select(UserAccount.username).limit(1)):
            raise CounterError("Đã có tài khoản; hãy đăng nhập bằng tài khoản quản trị.")
    return _create(workspace, Actor(username, Role.ADMIN), username, full_name, Role.ADMIN,
                   password)


def _create(workspace: Workspace, actor: Actor, username: str, full_name: str, role: Role,
            password: str) -> AccountInfo:
    username = username.strip().lower()
    if role not in ACCOUNT_ROLES:
        raise InputError("role", f"vai trò {role.value} không dùng cho tài khoản của người.")
    for field, reason in account_problems(username, full_name, password).items():
        raise InputError(field, reason)
    now = clock.now()
    with workspace.store.write() as session:
        if session.get(UserAccount, username) is not None:
            raise InputError("username", f"tên đăng nhập {username} đã tồn tại.")
        row = UserAccount(username=username, full_name=full_name.strip(), role=role.value,
                          password_hash=_hasher.hash(password), active=True, failed_attempts=0,
                          created_at=now, password_changed_at=now)
        session.add(row)
        audit.record(session, actor, "account.create", "account", username, f"role={role.value}")
        session.flush()
        return _info(row)


def authenticate(workspace: Workspace, username: str, password: str) -> AccountInfo:
    """Offline login. Wrong passwords count; after a few, the account locks for a while."""
    username = username.strip().lower()
    now = clock.now()
    refused = "Sai tên đăng nhập hoặc mật khẩu."
    with workspace.store.write() as session:
        row = session.get(UserAccount, username)
        if row is None:
            audit.record(session, username or "?", "login.failed", "account", username)
            session.commit()  # the refusal stays in the audit trail
            raise AuthenticationError(refused)
        if not row.active:
            audit.record(session, username, "login.refused_disabled", "account", username)
            session.commit()
            raise AuthenticationError("Tài khoản đã bị khoá bởi quản trị viên.")
        if row.locked_until and row.locked_until > now:
            audit.record(session, username, "login.refused_locked", "account", username)
            session.commit()
            raise AuthenticationError(
                f"Tài khoản tạm khoá do nhập sai nhiều lần; thử lại sau "
                f"{row.locked_until:%H:%M:%S}."
            )
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            row.failed_attempts += 1
            wait = lock_duration(row.failed_attempts)
            row.locked_until = now + wait if wait else None
            audit.record(session, username, "login.failed", "account", username,
                         f"attempt={row.failed_attempts}")
            session.commit()
            if wait:
                raise AuthenticationError(
                    f"{refused} Tài khoản tạm khoá {int(wait.total_seconds())} giây."
                ) from None
            left = FREE_ATTEMPTS - row.failed_attempts
            raise AuthenticationError(
                f"{refused} Còn {left} lần thử trước khi tài khoản bị tạm khoá."
            ) from None
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        row.failed_attempts, row.locked_until, row.last_login_at = 0, None, now
        audit.record(session, username, "login", "account", username)
        return _info(row)


def reset_password(workspace: Workspace, actor: Actor, username: str, password: str) -> None:
    check_permission(workspace, actor, "accounts.manage", "account", username)
    _check_password(password)
    with workspace.store.write() as session:
        row = session.get(UserAccount, username)
        if row is None:
            raise NotFoundError(f"Không có tài khoản {username}.")
        row.password_hash = _hasher.hash(password)
        row.failed_attempts, row.locked_until = 0, None
        row.password_changed_at = clock.now()
        audit.record(session, actor, "account.reset_password", "account", username)


def set_active(workspace: Workspace, actor: Actor, username: str, active: bool) -> None:
    check_permission(workspace, actor, "accounts.manage", "account", username)
    with workspace.store.write() as session:
        row = session.get(UserAccount, username)
        if row is None:
            raise NotFoundError(f"Không có tài khoản {username}.")
        row.active = active
        audit.record(session, actor, "account.enable" if active else "account.disable",
                     "account", username)


def list_accounts(workspace: Workspace) -> list[AccountInfo]:
    with workspace.store.read() as session:
        return [_info(r) for r in session.scalars(select(UserAccount).order_by(UserAccount.username))]
