"""Offline limits: the administrator can require a sync at least every N days.

Past ``sync_warn_after_days`` without a successful sync the app warns at every login
(GUI and command line); past ``sync_block_after_days`` it receives no new dossier
until a sync succeeds or a supervisor overrides the block for a while, with a
reason, in the audit trail. Everything else (processing, printing, returning
results, syncing itself) keeps working: a counter must be able to finish its day.
0 turns a limit off (the default).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from counter import audit, clock
from counter.access import check_permission
from counter.db import rows
from counter.db.models import SyncGovernance
from counter.errors import CounterError, InputError
from counter.roles import Actor
from counter.settings import get_setting, set_setting
from counter.workspace import Workspace

ROW = 1
WARN_KEY, BLOCK_KEY = "sync_warn_after_days", "sync_block_after_days"
MAX_OVERRIDE_HOURS = 72
OK, WARN, BLOCKED, OVERRIDDEN = "ok", "warn", "blocked", "overridden"


class OfflineBlockedError(CounterError):
    code = "offline_blocked"


@dataclass(frozen=True)
class OfflineStatus:
    level: str  # ok | warn | blocked | overridden
    warn_after_days: int
    block_after_days: int
    offline_since: datetime | None  # last successful sync, or when counting began
    days_offline: int | None
    override_until: datetime | None = None
    override_by: str = ""

    @property
    def may_receive(self) -> bool:
        return self.level != BLOCKED

    @property
    def message(self) -> str | None:
        """What the person logging in is told, or ``None`` when all is well."""
        days = self.days_offline
        if self.level == BLOCKED:
            return (
                f"Máy trạm đã {days} ngày chưa đồng bộ với hệ thống trung tâm (giới hạn "
                f"{self.block_after_days} ngày): không tiếp nhận hồ sơ mới cho đến khi đồng bộ "
                "thành công hoặc giám sát cho phép tạm thời."
            )
        if self.level == OVERRIDDEN:
            until = clock.to_local(self.override_until).strftime("%H:%M %d/%m/%Y") \
                if self.override_until else ""
            return (
                f"Máy trạm đã {days} ngày chưa đồng bộ. Giám sát {self.override_by} cho phép "
                f"tiếp nhận tạm thời đến {until}: hãy đồng bộ sớm."
            )
        if self.level == WARN:
            return (
                f"Máy trạm đã {days} ngày chưa đồng bộ với hệ thống trung tâm (yêu cầu ít "
                f"nhất {self.warn_after_days} ngày một lần): hãy đồng bộ ngay khi có mạng."
            )
        return None


def _row(session: Session) -> SyncGovernance:
    row = session.get(SyncGovernance, ROW)
    if row is None:
        row = SyncGovernance(id=ROW, override_by="", override_reason="")
        session.add(row)
    return row


def offline_status(session: Session, now: datetime | None = None) -> OfflineStatus:
    now = now or clock.now()
    row = session.get(SyncGovernance, ROW)
    since = None if row is None else (row.last_synced_at or row.counting_since)
    if since is None:  # never synced and no limit ever set here: nothing to count from
        return OfflineStatus(OK, int(get_setting(session, WARN_KEY)),
                             int(get_setting(session, BLOCK_KEY)), None, None)  # fmt: skip
    warn_after = int(get_setting(session, WARN_KEY))
    block_after = int(get_setting(session, BLOCK_KEY))
    if warn_after <= 0 and block_after <= 0:
        return OfflineStatus(OK, warn_after, block_after, since, None)
    elapsed = now - since
    days = max(0, elapsed.days)
    if block_after > 0 and elapsed > timedelta(days=block_after):
        assert row is not None
        if row.override_until is not None and now < row.override_until:
            return OfflineStatus(OVERRIDDEN, warn_after, block_after, since, days,
                                 row.override_until, row.override_by)  # fmt: skip
        return OfflineStatus(BLOCKED, warn_after, block_after, since, days)
    if warn_after > 0 and elapsed > timedelta(days=warn_after):
        return OfflineStatus(WARN, warn_after, block_after, since, days)
    return OfflineStatus(OK, warn_after, block_after, since, days)


def current_status(workspace: Workspace) -> OfflineStatus:
    with workspace.store.read() as session:
        return offline_status(session)


def login_notice(workspace: Workspace) -> str | None:
    """The warning shown at every login (GUI and command line), if any."""
    return current_status(workspace).message


def ensure_may_receive(session: Session, now: datetime | None = None) -> None:
    counting = rows.fetch_one(session, "SELECT last_synced_at IS NOT NULL OR counting_since "
                                       "IS NOT NULL FROM sync_governance WHERE id = ?", (ROW,))
    if not (counting and counting[0]):
        return  # the common case of a workstation without limits: one plain lookup
    status = offline_status(session, now)
    if not status.may_receive:
        assert status.message is not None
        raise OfflineBlockedError(status.message)


def record_sync_success(session: Session, at: datetime | None = None) -> None:
    """A sync with the central system succeeded: the count starts again, overrides end."""
    row = _row(session)
    row.last_synced_at = at or clock.now()
    row.override_until, row.override_by, row.override_reason = None, "", ""


def set_offline_limits(
    workspace: Workspace, actor: Actor, warn_after_days: int, block_after_days: int
) -> OfflineStatus:
    """The administrator's rule: warn after N days offline, stop receiving after M (0: off)."""
    check_permission(workspace, actor, "settings.manage", "settings", "offline_limits")
    for field, value in (("--warn-days", warn_after_days), ("--block-days", block_after_days)):
        if value < 0 or value > 365:
            raise InputError(field, "số ngày phải từ 0 đến 365.")
    if 0 < block_after_days < warn_after_days:
        raise InputError("--block-days", "phải lớn hơn hoặc bằng số ngày nhắc đồng bộ.")
    with workspace.store.write() as session:
        set_setting(session, WARN_KEY, warn_after_days)
        set_setting(session, BLOCK_KEY, block_after_days)
        row = _row(session)
        if row.counting_since is None:
            row.counting_since = clock.now()
        audit.record(session, actor, "offline_limits", "settings", "offline_limits",
                     f"warn={warn_after_days} block={block_after_days}")  # fmt: skip
        session.flush()
        return offline_status(session)


def override_offline_block(
    workspace: Workspace, actor: Actor, reason: str, hours: int = 8
) -> OfflineStatus:
    """A supervisor lets a blocked workstation receive again for ``hours`` (audited)."""
    check_permission(workspace, actor, "sync.override_offline", "settings", "offline_limits")
    reason = reason.strip()
    if len(reason) < 5:
        raise InputError("--reason", "cần ghi lý do cho phép tiếp nhận khi chưa đồng bộ.")
    if not 1 <= hours <= MAX_OVERRIDE_HOURS:
        raise InputError("--hours", f"từ 1 đến {MAX_OVERRIDE_HOURS} giờ.")
    now = clock.now()
    with workspace.store.write() as session:
        if offline_status(session, now).level != BLOCKED:
            raise InputError("", "Máy trạm không bị ngừng tiếp nhận: không cần cho phép tạm thời.")
        row = _row(session)
        row.override_until = now + timedelta(hours=hours)
        row.override_by, row.override_reason = actor.username, reason
        audit.record(session, actor, "offline_override", "settings", "offline_limits",
                     f"{hours}h: {reason}")  # fmt: skip
        session.flush()
        return offline_status(session, now)
