"""Flow: the back office asks for a supplement (pulled from a real central server), the
counter records it, and the due time moves by the time waited, with an audit entry for
each; a move the counter could not make itself is refused by name and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from counter import audit, clock
from counter.deadlines import due_time_after_pause
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action, get_dossier
from counter.people import Applicant
from counter.workspace import Workspace
from sync.central import admin
from sync.central.context import CentralContext
from sync.central.services.streams import publish
from tests.sync.fixtures import StartServer
from tests.sync.helpers import AGENCY
from tests.sync.workstation import OFFICER, SUPERVISOR, enrol_with, receive, set_up, sync

BACK_OFFICE = "chuyên viên Lan"


@pytest.fixture
def counter_dir(tmp_path: Path) -> Path:
    return tmp_path / "counter"


@pytest.fixture
def workspace(counter_dir: Path) -> Iterator[Workspace]:
    workspace = set_up(counter_dir)
    yield workspace
    workspace.close()


def _ask_for_supplement(context: CentralContext, code: str, at: datetime, due: datetime) -> None:
    """What the back office publishes when it asks for a supplement (at a chosen time)."""

    def run(session: Session) -> None:
        publish(session, "dossier-status", code, {
            "dossier_code": code, "status": "supplement_requested", "at": at.isoformat(),
            "actor": BACK_OFFICE, "reason": "Thiếu giấy xác nhận nơi cư trú",
            "due_at": due.isoformat(),
        }, scope=f"agency:{AGENCY}")

    context.database.run(run)


def _audit(workspace: Workspace, code: str) -> list[tuple[str, str]]:
    with workspace.store.read() as session:
        return [(e.actor, e.action) for e in audit.entries_for(session, code)]


def test_a_supplement_asked_centrally_moves_the_due_time_by_the_wait(
    workspace: Workspace,
    counter_dir: Path,
    sqlite_context: CentralContext,
    start_server: StartServer,
) -> None:
    server = start_server(sqlite_context)
    enrol_with(workspace, counter_dir, sqlite_context, server.url)
    applicant = Applicant(full_name="Nguyễn Văn An", id_number="001090123456", sex="Nam",
                          address="Thôn 3, xã Tân Phú, tỉnh Đồng Nai", phone="0912345678")
    request = IntakeRequest("1.004194", applicant, received_at=clock.now() - timedelta(days=21))
    received = receive_dossier(workspace, request, OFFICER)
    code = received.code
    assert sync(workspace, counter_dir).push.acknowledged == 1

    asked_at = clock.now() - timedelta(days=7)
    _ask_for_supplement(sqlite_context, code, asked_at, received.due_at)
    report = sync(workspace, counter_dir)
    assert report.pulled["dossier-status"] == 1 and report.warnings == []
    waiting = get_dossier(workspace, code, SUPERVISOR)
    assert waiting.status == "supplement_requested"
    assert waiting.paused_at == asked_at and waiting.due_at == received.due_at
    central = waiting.events[-1]
    assert (central.action, central.actor, central.at, central.reason) == (
        "central_update", f"trung tâm: {BACK_OFFICE}", asked_at,
        "Thiếu giấy xác nhận nơi cư trú")

    before = clock.now()
    resumed = apply_action(workspace, code, "supplement", OFFICER)
    after = clock.now()
    calendar = workspace.calendar()
    expected = {due_time_after_pause(calendar, received.due_at, asked_at, moment)
                for moment in (before, after)}
    assert resumed.due_at > received.due_at + timedelta(days=4)
    assert min(expected) <= resumed.due_at <= max(expected)
    assert resumed.status == "processing" and resumed.paused_at is None
    trail = _audit(workspace, code)
    assert (f"trung tâm: {BACK_OFFICE}", "dossier.central_update") in trail
    assert trail[-1] == (OFFICER.username, "dossier.supplement")
    assert set(sync(workspace, counter_dir).pulled.values()) == {0}


def test_a_move_the_counter_could_not_make_is_refused_by_name(
    workspace: Workspace,
    counter_dir: Path,
    sqlite_context: CentralContext,
    start_server: StartServer,
) -> None:
    server = start_server(sqlite_context)
    enrol_with(workspace, counter_dir, sqlite_context, server.url)
    returned, unreasoned = receive(workspace, 2)
    apply_action(workspace, returned, "record_result", OFFICER)
    apply_action(workspace, returned, "return_result", OFFICER)
    sync(workspace, counter_dir)
    before = {code: get_dossier(workspace, code, SUPERVISOR) for code in (returned, unreasoned)}

    admin.set_dossier_status(sqlite_context, returned, "processing", actor=BACK_OFFICE,
                             reason="Xem lại")
    admin.set_dossier_status(sqlite_context, unreasoned, "refused", actor=BACK_OFFICE,
                             reason=None)
    report = sync(workspace, counter_dir)
    assert sorted(report.warnings) == sorted([
        f"Luồng dossier-status, mục {returned}: bỏ qua (Hồ sơ {returned} không thể chuyển từ "
        "«Đã trả kết quả» sang «Đang xử lý».).",
        f"Luồng dossier-status, mục {unreasoned}: bỏ qua (Thao tác «Từ chối giải quyết» cần "
        "ghi rõ lý do.).",
    ])
    for code, view in before.items():
        after = get_dossier(workspace, code, SUPERVISOR)
        assert (after.status, after.due_at, len(after.events)) == (
            view.status, view.due_at, len(view.events))
        assert not any(action == "dossier.central_update" for _a, action in _audit(workspace, code))
