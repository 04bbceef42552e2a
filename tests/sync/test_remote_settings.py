"""Settings set on the central server per agency or workstation, delivered at sync, with
their source shown on the workstation."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter import audit
from counter.errors import InputError
from counter.offline_limits import set_offline_limits
from counter.remote_settings import current_setting_values
from counter.settings import get_setting, set_setting
from counter.workspace import Workspace
from sync.central.context import CentralContext
from sync.central.services.remote_settings import set_value, unset_value
from sync.client.config import load_config
from tests.sync.fixtures import StartServer
from tests.sync.helpers import AGENCY
from tests.sync.workstation import ADMIN, enrol_with, set_up, sync


def sources(workspace: Workspace) -> dict[str, tuple[object, str]]:
    return {v.key: (v.value, v.source) for v in current_setting_values(workspace)}


def test_agency_and_workstation_values_arrive_at_sync(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server = start_server(sqlite_context)
    data = tmp_path / "ws"
    with set_up(data) as workspace:
        enrol_with(workspace, data, sqlite_context, server.url)
        me = load_config(workspace).workstation_id
        assert me is not None
        run = sqlite_context.database.run
        run(lambda s: set_value(s, "agency", AGENCY, "idle_logout_minutes", 10))
        run(lambda s: set_value(s, "agency", AGENCY, "retention_days", 30))
        run(lambda s: set_value(s, "workstation", me, "retention_days", 60))
        run(lambda s: set_value(s, "agency", "000.00.99.H99", "due_soon_working_hours", 2))
        sync(workspace, data)
        seen = sources(workspace)
        assert seen["idle_logout_minutes"] == (10, "agency")
        assert seen["retention_days"] == (60, "workstation")
        assert seen["due_soon_working_hours"] == (8, "local")  # another agency's value
        assert seen["language"] == ("vi", "local")
        with (pytest.raises(InputError, match="do hệ thống trung tâm đặt"),
              workspace.store.write() as session):
            set_setting(session, "retention_days", 5)
        with workspace.store.read() as session:
            entries = audit.entries_for(session, "remote")
        assert entries[-1].action == "settings.remote"
        assert entries[-1].detail == "idle_logout_minutes,retention_days"

        run(lambda s: unset_value(s, "workstation", me, "retention_days"))
        run(lambda s: unset_value(s, "agency", AGENCY, "idle_logout_minutes"))
        sync(workspace, data)
        seen = sources(workspace)
        assert seen["retention_days"] == (30, "agency")
        assert seen["idle_logout_minutes"] == (15, "local")

        run(lambda s: set_value(s, "agency", AGENCY, "sync_block_after_days", 5))
        sync(workspace, data)
        with pytest.raises(InputError, match="do hệ thống trung tâm đặt"):
            set_offline_limits(workspace, ADMIN, 3, 7)
        with workspace.store.read() as session:
            assert get_setting(session, "sync_block_after_days") == 5


def test_bad_values_are_refused_by_the_central_administrator(
    sqlite_context: CentralContext,
) -> None:
    run = sqlite_context.database.run
    for key, value, reason in (
        ("language", "en", "không đặt được"),
        ("retention_days", "30", "kiểu int"),
        ("retention_days", True, "kiểu int"),
        ("idle_logout_minutes", 1, "từ 2 đến 240"),
        ("retention_days", 99999, "từ 0 đến 3650"),
    ):
        with pytest.raises(InputError, match=reason):
            run(lambda s, k=key, v=value: set_value(s, "agency", AGENCY, k, v))
    with pytest.raises(InputError, match="agency hoặc workstation"):
        run(lambda s: set_value(s, "province", "H42", "retention_days", 1))
