"""Flow: master data, back-office status and code blocks reach the core through a sync."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from counter.calendar_overrides import overrides_for
from counter.catalogue.service import find_procedure
from counter.db.models import CodeBlock, Dossier, DossierEvent
from counter.paths import resources_dir
from counter.workspace import Workspace
from sync.central import admin
from sync.central.context import CentralContext
from tests.sync.fixtures import StartServer
from tests.sync.helpers import AGENCY
from tests.sync.workstation import enrol_with, receive, set_up, sync


@pytest.fixture
def counter_dir(tmp_path: Path) -> Path:
    return tmp_path / "counter"


@pytest.fixture
def workspace(counter_dir: Path) -> Iterator[Workspace]:
    workspace = set_up(counter_dir)
    yield workspace
    workspace.close()


def test_catalogue_holidays_and_status_flow_into_the_core(
    tmp_path: Path,
    workspace: Workspace,
    counter_dir: Path,
    sqlite_context: CentralContext,
    start_server: StartServer,
) -> None:
    server = start_server(sqlite_context)
    enrol_with(workspace, counter_dir, sqlite_context, server.url)
    catalogue = json.loads(
        (resources_dir() / "catalogue" / "commune-procedures.json").read_text(encoding="utf-8")
    )
    newer = dict(catalogue["procedures"][0], version="2026.01", name="Đăng ký khai sinh (mới)")
    broken = {"code": "9.999999", "version": "1"}
    document = {
        "procedures": [newer, broken],
        "holidays": [
            {"date": "2026-09-03", "kind": "day_off", "name": "Nghỉ bù", "province": "H42"},
            {"date": "2026-09-05", "kind": "working_day", "province": "H01"},
        ],
    }
    path = tmp_path / "central-catalogue.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    admin.load_catalogue(sqlite_context, path)
    [code] = receive(workspace, 1)
    report = sync(workspace, counter_dir)
    assert report.pulled["catalogue"] == 1 and report.pulled["holidays"] == 1
    assert any("9.999999" in warning for warning in report.warnings)
    with workspace.store.read() as session:
        pulled = find_procedure(session, "1.001193")
        assert pulled.name == "Đăng ký khai sinh (mới)"
        assert pulled.exemptions and pulled.sources  # the catalogue's new fields came through
        overrides = overrides_for(session, AGENCY)
    assert [(o.day, o.kind, o.source) for o in overrides] == [
        (date(2026, 9, 3), "day_off", "central")
    ]
    assert not workspace.calendar().is_working_day(date(2026, 9, 3))

    admin.set_dossier_status(
        sqlite_context, code, "result_ready", actor="chuyên viên Lan", reason="Đã ký"
    )
    report = sync(workspace, counter_dir)
    assert report.pulled["dossier-status"] == 1
    with workspace.store.read() as session:
        row = session.scalars(select(Dossier).where(Dossier.code == code)).one()
        event = session.scalars(
            select(DossierEvent)
            .where(DossierEvent.dossier_id == row.id)
            .order_by(DossierEvent.id.desc())
        ).first()
        assert row.status == "result_ready" and row.finished_at is not None
        assert (
            event is not None
            and event.actor == "trung tâm: chuyên viên Lan"
            and event.reason == "Đã ký"
        )
    assert set(sync(workspace, counter_dir).pulled.values()) == {0}


def test_codes_come_from_leased_blocks_after_the_first_sync(
    workspace: Workspace,
    counter_dir: Path,
    sqlite_context: CentralContext,
    start_server: StartServer,
    tmp_path: Path,
) -> None:
    server = start_server(sqlite_context)
    enrol_with(workspace, counter_dir, sqlite_context, server.url, code_block_size=50)
    other_dir = tmp_path / "other"
    other = set_up(other_dir, name="Quầy 2")
    try:
        enrol_with(other, other_dir, sqlite_context, server.url, code_block_size=50)
        first_report = sync(workspace, counter_dir)
        other_report = sync(other, other_dir)
        assert first_report.code_blocks.leased == other_report.code_blocks.leased == 1
        mine = receive(workspace, 3)
        theirs = receive(other, 3)
        assert not set(mine) & set(theirs)
        assert [c[-4:] for c in mine] == ["0001", "0002", "0003"]
        assert [c[-4:] for c in theirs] == ["0051", "0052", "0053"]
        with workspace.store.read() as session:
            sources = {
                (row.source, row.valid_to is None) for row in session.scalars(select(CodeBlock))
            }
        # Central blocks end too (max_code_block_days), so no workstation holds numbers for good.
        assert sources == {("static", False), ("central", False)}
    finally:
        other.close()
