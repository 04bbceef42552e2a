"""Connecting a workstation to the central system is an administrator's act, and audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from counter.db.models import AuditEvent
from counter.errors import PermissionDeniedError
from sync.central import admin
from sync.central.context import CentralContext
from sync.client.config import load_config
from sync.client.enrol import enrol
from tests.core.conftest import OFFICER
from tests.sync.fixtures import StartServer
from tests.sync.workstation import ADMIN, AGENCY, set_up


def test_only_an_administrator_enrols_and_it_is_audited(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server = start_server(sqlite_context)
    workspace = set_up(tmp_path / "station")
    code = admin.create_enrolment_code(sqlite_context, AGENCY)
    with pytest.raises(PermissionDeniedError):
        enrol(workspace, tmp_path / "station", server_url=server.url, code=code, actor=OFFICER)
    assert not load_config(tmp_path / "station").enrolled
    enrol(workspace, tmp_path / "station", server_url=server.url, code=code, actor=ADMIN)
    assert load_config(tmp_path / "station").enrolled
    with workspace.store.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(
            AuditEvent.object_type == "workstation", AuditEvent.action != "workstation.setup")))
    assert actions == ["refused", "workstation.enrol"]
    workspace.close()
