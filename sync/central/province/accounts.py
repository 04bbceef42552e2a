"""Province accounts (made with ``central-admin province-account``) and browser sessions.

Passwords are kept as Argon2id hashes, as on the workstations. A session is a random
cookie whose SHA-256 only is stored; it ends ``session_hours`` after login, after
``idle_minutes`` without a request, or at logout. Five wrong passwords in a row lock the
account for a while (doubling, up to an hour).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counter.errors import InputError, NotFoundError
from sync.central.errors import UnauthorizedError
from sync.central.models import ProvinceAccount, ProvinceSession
from sync.central.services.common import utc_now

PROVINCE = "province"
COMMUNE_SUPERVISOR = "commune_supervisor"
ROLES = {PROVINCE: "Cán bộ tỉnh (mọi xã)", COMMUNE_SUPERVISOR: "Giám sát của một xã"}
FREE_ATTEMPTS = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)
MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[a-z0-9._-]{3,40}$")
_hasher = PasswordHasher()
WRONG_LOGIN = "Tên đăng nhập hoặc mật khẩu không đúng."


@dataclass(frozen=True)
class ProvinceUser:
    """Who is logged in, detached from the database."""

    username: str
    full_name: str
    role: str
    agency_code: str | None  # a commune supervisor's agency; None: every agency

    def may_see(self, agency_code: str | None) -> bool:
        return self.role == PROVINCE or (agency_code is not None
                                          and agency_code == self.agency_code)

    @property
    def scope(self) -> str | None:
        """The one agency this person sees, or None for the whole province."""
        return None if self.role == PROVINCE else self.agency_code


def _user(row: ProvinceAccount) -> ProvinceUser:
    return ProvinceUser(row.username, row.full_name, row.role,
                        row.agency_code if row.role == COMMUNE_SUPERVISOR else None)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def create_account(session: Session, username: str, full_name: str, role: str,
                   agency_code: str | None, password: str) -> ProvinceUser:
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise InputError("username", "tên đăng nhập 3-40 ký tự: chữ thường không dấu, số, . _ -")
    if not full_name.strip():
        raise InputError("--name", "cần họ và tên.")
    if role not in ROLES:
        raise InputError("--role", f"vai trò phải là một trong: {', '.join(ROLES)}.")
    agency = (agency_code or "").strip() or None
    if role == COMMUNE_SUPERVISOR and agency is None:
        raise InputError("--agency", "giám sát của xã cần mã cơ quan (xã) của mình.")
    if role == PROVINCE and agency is not None:
        raise InputError("--agency", "cán bộ tỉnh xem mọi xã: không ghi mã cơ quan.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError("mật khẩu", f"cần ít nhất {MIN_PASSWORD_LENGTH} ký tự.")
    if session.get(ProvinceAccount, username) is not None:
        raise InputError("username", f"tài khoản {username} đã có.")
    row = ProvinceAccount(username=username, full_name=full_name.strip(), role=role,
                          agency_code=agency, password_hash=_hasher.hash(password),
                          active=True, failed_attempts=0, created_at=utc_now())
    session.add(row)
    session.flush()
    return _user(row)


def set_active(session: Session, username: str, active: bool) -> None:
    row = session.get(ProvinceAccount, username.strip().lower())
    if row is None:
        raise NotFoundError(f"Không có tài khoản {username}.")
    row.active = active
    if not active:
        session.execute(delete(ProvinceSession).where(ProvinceSession.username == row.username))


def list_accounts(session: Session) -> list[tuple[ProvinceUser, bool]]:
    rows = session.scalars(select(ProvinceAccount).order_by(ProvinceAccount.username))
    return [(_user(row), row.active) for row in rows]


def _lock(failed: int) -> timedelta:
    if failed < FREE_ATTEMPTS:
        return timedelta()
    return min(FIRST_LOCK * 2 ** min(failed - FREE_ATTEMPTS, 16), LONGEST_LOCK)


@dataclass(frozen=True)
class Login:
    """A login's outcome: the session's cookie value and its person, or why not. (Returned,
    not raised, so that the count of wrong passwords is committed.)"""

    token: str = ""
    user: ProvinceUser | None = None
    refusal: str = ""

    def checked(self) -> tuple[str, ProvinceUser]:
        if self.user is None:
            raise UnauthorizedError(self.refusal)
        return self.token, self.user


def log_in(session: Session, username: str, password: str, *, hours: int,
           now: datetime | None = None) -> Login:
    """Check the password and open a session; a wrong login says no more than that."""
    now = now or utc_now()
    row = session.get(ProvinceAccount, username.strip().lower())
    if row is None or not row.active:
        _hasher.hash(password)  # the same time whether the account exists or not
        return Login(refusal=WRONG_LOGIN)
    if row.locked_until is not None and row.locked_until > now:
        return Login(refusal=(
            f"Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần; thử lại sau "
            f"{int((row.locked_until - now).total_seconds()) + 1} giây."))
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        row.failed_attempts += 1
        lock = _lock(row.failed_attempts)
        row.locked_until = now + lock if lock else None
        return Login(refusal=WRONG_LOGIN)
    row.failed_attempts, row.locked_until, row.last_login_at = 0, None, now
    token = secrets.token_urlsafe(32)
    session.add(ProvinceSession(token_hash=_digest(token), username=row.username,
                                created_at=now, last_seen_at=now,
                                expires_at=now + timedelta(hours=hours)))
    session.execute(delete(ProvinceSession).where(ProvinceSession.expires_at < now))
    return Login(token, _user(row))


def resume(session: Session, token: str | None, *, idle_minutes: int,
           now: datetime | None = None) -> ProvinceUser:
    """The person of a session cookie; UnauthorizedError when there is none, it expired,
    stayed idle too long, or the account was disabled."""
    now = now or utc_now()
    if not token:
        raise UnauthorizedError("Cần đăng nhập.")
    found = session.get(ProvinceSession, _digest(token))
    if found is None:
        raise UnauthorizedError("Phiên làm việc không còn: hãy đăng nhập lại.")
    if found.expires_at <= now or found.last_seen_at + timedelta(minutes=idle_minutes) <= now:
        session.delete(found)
        raise UnauthorizedError("Phiên làm việc đã hết hạn: hãy đăng nhập lại.")
    row = session.get(ProvinceAccount, found.username)
    if row is None or not row.active:
        session.delete(found)
        raise UnauthorizedError("Tài khoản không còn hoạt động.")
    if now - found.last_seen_at >= timedelta(minutes=1):
        found.last_seen_at = now
    return _user(row)


def log_out(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(ProvinceSession).where(ProvinceSession.token_hash == _digest(token)))
