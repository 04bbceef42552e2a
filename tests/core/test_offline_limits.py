"""Offline limits: warn after N days without a sync, stop receiving after M, overrides."""

from __future__ import annotations

import pytest

from counter import audit
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.errors import InputError, PermissionDeniedError
from counter.offline_limits import (
    BLOCKED,
    OK,
    OVERRIDDEN,
    WARN,
    OfflineBlockedError,
    current_status,
    login_notice,
    override_offline_block,
    record_sync_success,
    set_offline_limits,
)
from counter.workspace import Workspace

from .conftest import ADMIN, OFFICER, SUPERVISOR, FixedClock, citizen


def receive(workspace: Workspace) -> str:
    return receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code


def test_no_limit_by_default(workspace: Workspace, test_clock: FixedClock) -> None:
    test_clock.advance(days=400)
    assert current_status(workspace).level == OK
    assert login_notice(workspace) is None
    receive(workspace)


def test_warn_then_block_then_sync_starts_again(
    workspace: Workspace, test_clock: FixedClock
) -> None:
    status = set_offline_limits(workspace, ADMIN, 3, 7)
    assert (status.level, status.days_offline) == (OK, 0)
    test_clock.advance(days=3)
    assert current_status(workspace).level == OK  # exactly 3 days: not past it yet
    test_clock.advance(minutes=1)
    assert current_status(workspace).level == WARN
    notice = login_notice(workspace)
    assert notice is not None and "3 ngày chưa đồng bộ" in notice
    receive(workspace)  # a warning only
    test_clock.advance(days=4)
    status = current_status(workspace)
    assert (status.level, status.days_offline, status.may_receive) == (BLOCKED, 7, False)
    with pytest.raises(OfflineBlockedError, match="không tiếp nhận hồ sơ mới"):
        receive(workspace)
    with workspace.store.write() as session:
        record_sync_success(session)
    assert current_status(workspace).level == OK
    receive(workspace)


def test_supervisor_override_is_audited_and_ends(
    workspace: Workspace, test_clock: FixedClock
) -> None:
    set_offline_limits(workspace, ADMIN, 0, 2)
    test_clock.advance(days=2, hours=1)
    with pytest.raises(OfflineBlockedError):
        receive(workspace)
    with pytest.raises(PermissionDeniedError):
        override_offline_block(workspace, OFFICER, "Mất mạng cả xã, cần tiếp nhận")
    with pytest.raises(InputError, match="lý do"):
        override_offline_block(workspace, SUPERVISOR, "  ")
    with pytest.raises(InputError, match="--hours"):
        override_offline_block(workspace, SUPERVISOR, "Mất mạng cả xã", hours=100)
    status = override_offline_block(workspace, SUPERVISOR, "Mất mạng cả xã", hours=4)
    assert (status.level, status.override_by) == (OVERRIDDEN, "giamsat")
    assert status.message is not None and "giamsat" in status.message
    receive(workspace)
    with workspace.store.read() as session:
        entries = audit.entries_for(session, "offline_limits")
    assert [(e.actor, e.action) for e in entries][-3:] == [
        ("quantri", "offline_limits"), ("canbo1", "refused"),
        ("giamsat", "offline_override"),
    ]
    assert entries[-1].detail == "4h: Mất mạng cả xã"
    test_clock.advance(hours=4)
    assert current_status(workspace).level == BLOCKED
    with pytest.raises(InputError, match="không cần"):
        with workspace.store.write() as session:
            record_sync_success(session)
        override_offline_block(workspace, SUPERVISOR, "Mất mạng cả xã")


def test_bad_limits_are_refused_and_need_an_administrator(
    workspace: Workspace, test_clock: FixedClock
) -> None:
    with pytest.raises(PermissionDeniedError):
        set_offline_limits(workspace, SUPERVISOR, 3, 7)
    with pytest.raises(InputError, match="--block-days"):
        set_offline_limits(workspace, ADMIN, 7, 3)
    with pytest.raises(InputError, match="--warn-days"):
        set_offline_limits(workspace, ADMIN, -1, 3)
    assert current_status(workspace).warn_after_days == 0
