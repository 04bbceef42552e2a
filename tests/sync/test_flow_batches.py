"""Flow: a village workstation without network carries its day to the commune office on USB."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter import clock
from counter.accounts import create_first_admin
from counter.db.models import AuditEvent
from counter.workspace import Workspace
from sync.batchfile import MANIFEST_SIGNATURE_CONTEXT
from sync.canonical import canonical_json
from sync.central.context import CentralContext
from sync.central.models import Message
from sync.client.api import CentralApi
from sync.client.batches import export_batch, import_batch
from sync.client.config import load_config, save_config, signing_key
from sync.client.day_close import close_day
from sync.errors import BatchFileError, ServerRejectedError
from sync.transport import Transport
from tests.core.conftest import VILLAGE
from tests.sync.fixtures import StartServer
from tests.sync.helpers import fast_policy
from tests.sync.processes import ROOT
from tests.sync.workstation import SUPERVISOR, enrol_with, receive, set_up, sync

pytestmark = pytest.mark.slow


@pytest.fixture
def village(tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    data_dir = tmp_path / "village"
    workspace = set_up(data_dir, name="Tổ công nghệ số thôn 3")
    yield data_dir, workspace
    workspace.close()


@pytest.fixture
def commune(tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    data_dir = tmp_path / "commune"
    workspace = set_up(data_dir, name="Bộ phận một cửa xã")
    yield data_dir, workspace
    workspace.close()


def _api(data_dir: Path) -> CentralApi:
    settings = load_config(data_dir).transport_settings()
    settings.policy = fast_policy(2)
    return CentralApi(Transport(settings))


def _stored(context: CentralContext) -> int:
    return context.database.run(lambda s: s.scalar(select(func.count()).select_from(Message)))


def test_day_closed_exported_imported_at_the_commune_then_synced_without_duplicates(
    tmp_path: Path,
    village: tuple[Path, Workspace],
    commune: tuple[Path, Workspace],
    central_context: CentralContext,
    start_server: StartServer,
) -> None:
    village_dir, village_ws = village
    commune_dir, commune_ws = commune
    server = start_server(central_context)
    enrol_with(village_ws, village_dir, central_context, server.url)
    enrol_with(commune_ws, commune_dir, central_context, server.url)
    codes = receive(village_ws, 20)
    today = clock.now().date()
    closed = close_day(village_ws, village_dir, today, SUPERVISOR)
    assert (closed.dossier_count, closed.message_count) == (20, 21)
    document = json.loads(closed.manifest_path.read_text(encoding="utf-8"))
    signing_key(village_dir).public_key().verify(
        base64.b64decode(document["signature"]),
        MANIFEST_SIGNATURE_CONTEXT + canonical_json(document["manifest"]),
    )
    assert document["manifest"]["dossier_codes"] == sorted(codes)

    usb = tmp_path / "usb" / f"lo-{today}.oscb"
    usb.parent.mkdir()
    exported = export_batch(village_ws, village_dir, usb, actor=VILLAGE, day=today)
    assert (exported.message_count, exported.dossier_count) == (21, 20)

    outcome = import_batch(_api(commune_dir), commune_dir, usb)
    assert outcome.report is not None
    assert (outcome.report.imported, outcome.report.duplicates) == (21, 0)
    again = import_batch(_api(commune_dir), commune_dir, usb)
    assert again.report is not None and (again.report.imported, again.report.duplicates) == (0, 21)
    assert _stored(central_context) == 21

    report = sync(village_ws, village_dir)
    assert report.push.acknowledged == 21 and report.waiting == 0
    assert _stored(central_context) == 21


def test_damaged_batch_files_are_refused_at_the_commune_with_nothing_imported(
    tmp_path: Path,
    village: tuple[Path, Workspace],
    commune: tuple[Path, Workspace],
    sqlite_context: CentralContext,
    start_server: StartServer,
) -> None:
    village_dir, village_ws = village
    commune_dir, commune_ws = commune
    server = start_server(sqlite_context)
    enrol_with(village_ws, village_dir, sqlite_context, server.url)
    enrol_with(commune_ws, commune_dir, sqlite_context, server.url)
    receive(village_ws, 5)
    good = tmp_path / "lo.oscb"
    export_batch(village_ws, village_dir, good, actor=VILLAGE)
    data = good.read_bytes()
    truncated, tampered = tmp_path / "cut.oscb", tmp_path / "tampered.oscb"
    truncated.write_bytes(data[: len(data) // 2])
    changed = bytearray(data)
    changed[-30] ^= 0xFF
    tampered.write_bytes(bytes(changed))
    with pytest.raises(BatchFileError, match="cắt cụt"):
        import_batch(_api(commune_dir), commune_dir, truncated)
    with pytest.raises(ServerRejectedError, match="không có gì được nhập"):
        import_batch(_api(commune_dir), commune_dir, tampered)
    assert _stored(sqlite_context) == 0


def test_without_network_the_commune_keeps_the_file_and_forwards_it_at_the_next_sync(
    tmp_path: Path,
    village: tuple[Path, Workspace],
    commune: tuple[Path, Workspace],
    sqlite_context: CentralContext,
    start_server: StartServer,
) -> None:
    village_dir, village_ws = village
    commune_dir, commune_ws = commune
    server = start_server(sqlite_context)
    enrol_with(village_ws, village_dir, sqlite_context, server.url)
    enrol_with(commune_ws, commune_dir, sqlite_context, server.url)
    receive(village_ws, 4)
    usb = tmp_path / "lo.oscb"
    export_batch(village_ws, village_dir, usb, actor=VILLAGE)
    online = load_config(commune_dir)
    save_config(commune_dir, online.with_changes(server_url="http://127.0.0.1:9"))
    outcome = import_batch(_api(commune_dir), commune_dir, usb)
    assert outcome.report is None and outcome.queued_at is not None and outcome.queued_at.exists()
    save_config(commune_dir, online)
    report = sync(commune_ws, commune_dir)
    assert report.batches_forwarded == 1
    assert _stored(sqlite_context) == 4
    assert not outcome.queued_at.exists()


def test_the_commands_day_close_batch_export_and_import(
    tmp_path: Path,
    village: tuple[Path, Workspace],
    commune: tuple[Path, Workspace],
    sqlite_context: CentralContext,
    start_server: StartServer,
) -> None:
    village_dir, village_ws = village
    commune_dir, commune_ws = commune
    server = start_server(sqlite_context)
    enrol_with(village_ws, village_dir, sqlite_context, server.url)
    enrol_with(commune_ws, commune_dir, sqlite_context, server.url)
    receive(village_ws, 3)

    def main(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            input=stdin,
        )

    def as_supervisor(*args: str) -> subprocess.CompletedProcess[str]:
        return main(village_dir, *args, "--user", "giamsat", "--password-stdin",
                    stdin="mat-khau-2\n")

    create_first_admin(village_ws, "quantri", "Nguyễn Văn Quản", "mat-khau-1")
    made = main(village_dir, "accounts", "create", "giamsat", "--name", "Lê Thị Thu Hà",
                "--account-role", "supervisor", "--user", "quantri", "--password-stdin",
                stdin="mat-khau-1\nmat-khau-2\n")
    assert made.returncode == 0, made.stderr
    anonymous = main(village_dir, "day", "close")
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    closed = as_supervisor("day", "close")
    assert closed.returncode == 0, closed.stderr
    assert "3 hồ sơ" in closed.stdout
    usb = tmp_path / "lo.oscb"
    exported = as_supervisor("batch", "export", "--out", str(usb))
    assert exported.returncode == 0 and "4 thông điệp" in exported.stdout
    imported = main(commune_dir, "batch", "import", str(usb))
    assert imported.returncode == 0 and "nhập mới 4" in imported.stdout, imported.stderr
    refused = main(commune_dir, "batch", "import", str(tmp_path / "missing.oscb"))
    assert refused.returncode == 2 and refused.stderr.startswith("Lỗi:")
    synced = main(village_dir, "sync")
    assert synced.returncode == 0 and "4 được xác nhận" in synced.stdout, synced.stderr
    status = main(village_dir, "sync", "--status")
    assert status.returncode == 0 and "Còn 0 thông điệp chờ gửi" in status.stdout
    workstation = f"workstation:{village_ws.identity().workstation.id}"
    with village_ws.store.read() as session:
        actors = dict(session.execute(
            select(AuditEvent.action, AuditEvent.actor).where(
                AuditEvent.action.in_(("day.approve", "batch.export", "sync.run"))
            )
        ).all())
    assert actors == {"day.approve": "giamsat", "batch.export": "giamsat",
                      "sync.run": workstation}


def test_the_commune_office_checks_a_village_file_offline_before_forwarding_it(
    tmp_path: Path,
    village: tuple[Path, Workspace],
    commune: tuple[Path, Workspace],
    sqlite_context: CentralContext,
    start_server: StartServer,
) -> None:
    village_dir, village_ws = village
    commune_dir, commune_ws = commune
    server = start_server(sqlite_context)
    enrol_with(commune_ws, commune_dir, sqlite_context, server.url)
    enrol_with(village_ws, village_dir, sqlite_context, server.url)
    assert sync(village_ws, village_dir).pulled["workstations"] == 2
    sync(commune_ws, commune_dir)
    receive(village_ws, 6)
    usb = tmp_path / "lo.oscb"
    export_batch(village_ws, village_dir, usb, actor=VILLAGE)
    online = load_config(commune_dir)
    save_config(commune_dir, online.with_changes(server_url="http://127.0.0.1:9"))

    first = import_batch(_api(commune_dir), commune_dir, usb)
    assert first.local is not None and first.report is None
    assert (first.local.workstation_id, first.local.message_count) == (
        load_config(village_dir).workstation_id,
        6,
    )
    assert (first.local.counts.new, first.local.counts.duplicates) == (6, 0)
    again = import_batch(_api(commune_dir), commune_dir, usb)
    assert again.local is not None and again.local.counts.duplicates == 6

    changed = bytearray(usb.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    tampered = tmp_path / "tampered.oscb"
    tampered.write_bytes(bytes(changed))
    with pytest.raises(BatchFileError, match="sửa đổi"):
        import_batch(_api(commune_dir), commune_dir, tampered)
    inbox = commune_dir / "sync" / "inbox"
    assert len([p for p in inbox.iterdir() if p.is_file()]) == 1  # the same file waits once

    save_config(commune_dir, online)
    report = sync(commune_ws, commune_dir)
    assert report.batches_forwarded == 1
    assert _stored(sqlite_context) == 6


def test_an_officer_cannot_export_and_exports_are_audited(
    tmp_path: Path,
    village: tuple[Path, Workspace],
    central_context: CentralContext,
    start_server: StartServer,
) -> None:
    from sqlalchemy import select

    from counter.db.models import AuditEvent
    from counter.errors import PermissionDeniedError
    from tests.core.conftest import OFFICER

    village_dir, village_ws = village
    server = start_server(central_context)
    enrol_with(village_ws, village_dir, central_context, server.url)
    receive(village_ws, 1)
    with pytest.raises(PermissionDeniedError):
        export_batch(village_ws, village_dir, tmp_path / "x.oscb", actor=OFFICER)
    assert not (tmp_path / "x.oscb").exists()
    export_batch(village_ws, village_dir, tmp_path / "ok.oscb", actor=VILLAGE)
    with village_ws.store.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(
            AuditEvent.object_type == "batch")))
    assert actions == ["refused", "batch.export"]
