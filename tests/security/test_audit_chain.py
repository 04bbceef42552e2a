"""The audit trail against someone holding the database key: edits, removals and cut tails.

Each attack goes through plain SQL on the real SQLCipher file, the way a person who has the
database key (but not the audit key) would do it, recomputing the old plain SHA-256 chain
where that used to fool ``doctor``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import select

from counter import audit, clock
from counter.audit_anchor import ANCHOR_FILE
from counter.audit_seal import RESEAL_ACTION
from counter.db import migrate
from counter.db.encrypt import key_pragma
from counter.db.models import AuditEvent
from counter.db.store import _make_engine
from counter.doctor import Level, check_audit
from counter.security.keys import installation_keys
from counter.setup import SetupRequest, set_up_workstation
from counter.workspace import Workspace
from sync.client.day_close import close_day
from sync.doctor import check_audit_against_days
from tests.core.conftest import ADMIN, AGENCY, OFFICER, SUPERVISOR, make_workspace

ROOT = Path(__file__).resolve().parents[2]
STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy keeps a DateTime in SQLite


def _trail_of(workspace: Workspace, extra: int = 6) -> int:
    """Add ``extra`` entries; the id of the last one."""
    with workspace.store.write() as session:
        for n in range(extra):
            audit.record(session, OFFICER, "dossier.print", "dossier", f"X-{n}", f"copy={n}")
    with workspace.store.read() as session:
        head = audit.current_head(session)
    assert head is not None
    return head.last_id


@contextmanager
def _raw_database(data_dir: Path) -> Iterator[Any]:
    """The SQLCipher file opened with the database key only, outside the app."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(data_dir / "counter.db"), isolation_level=None)
    try:
        connection.execute(key_pragma(installation_keys(data_dir).database))
        connection.execute("BEGIN IMMEDIATE")
        yield connection
        connection.execute("COMMIT")
    finally:
        connection.close()


def _recompute_plain_chain(connection: Any, from_id: int = 1) -> None:
    """What fooled the old doctor: every link from ``from_id`` on recomputed, plain SHA-256."""
    rows = connection.execute(
        "SELECT id, at, actor, action, object_type, object_ref, detail FROM audit_event "
        "WHERE id >= ? ORDER BY id", (from_id,)).fetchall()
    before = connection.execute("SELECT hash FROM audit_event WHERE id < ? ORDER BY id DESC "
                                "LIMIT 1", (from_id,)).fetchone()
    previous = before[0] if before else audit.GENESIS
    for entry_id, at, actor, action, object_type, object_ref, detail in rows:
        moment = clock.from_utc_naive(datetime.fromisoformat(at))
        digest = audit.legacy_digest(previous, moment, actor, action, object_type, object_ref,
                                     detail)
        connection.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?",
                           (previous, digest, entry_id))
        previous = digest


def _doctor(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), "doctor"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def _audit_verdict(data_dir: Path) -> tuple[Level, str]:
    with Workspace(data_dir) as workspace:
        result = check_audit(workspace)
    return result.level, result.detail


def test_a_healthy_trail_is_sealed_and_anchored(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    last = _trail_of(workspace)
    with workspace.store.read() as session:
        head = audit.current_head(session)
        formats = set(session.scalars(select(AuditEvent.chain_format)))
    workspace.close()
    assert formats == {audit.KEYED}
    anchor = json.loads((data_dir / ANCHOR_FILE).read_text(encoding="utf-8"))
    assert head is not None and (anchor["last_id"], anchor["count"], anchor["mac"]) == (
        last, last, head.mac)
    assert _audit_verdict(data_dir) == (
        Level.OK, f"liền mạch, {last} mục, niêm phong bằng khoá của bản cài đặt")


def test_a_changed_entry_with_the_plain_chain_recomputed_is_reported(data_dir: Path) -> None:
    make_workspace(data_dir).close()
    workspace = Workspace(data_dir)
    last = _trail_of(workspace)
    workspace.close()
    target = last - 3
    with _raw_database(data_dir) as connection:
        connection.execute("UPDATE audit_event SET actor = 'ai-do' WHERE id = ?", (target,))
        _recompute_plain_chain(connection, target)
    assert _audit_verdict(data_dir) == (
        Level.PROBLEM,
        f"chuỗi băm bị đứt tại mục {target}: mục này đã bị sửa (mã xác thực không khớp)",
    )
    report = _doctor(data_dir)
    assert report.returncode == 1
    assert f"✖ Nhật ký kiểm toán: chuỗi băm bị đứt tại mục {target}: mục này đã bị sửa" \
        in report.stdout


def test_an_entry_deleted_in_the_middle_with_the_chain_recomputed_is_reported(
    data_dir: Path,
) -> None:
    workspace = make_workspace(data_dir)
    last = _trail_of(workspace)
    workspace.close()
    target = last - 3
    with _raw_database(data_dir) as connection:
        connection.execute("DELETE FROM audit_event WHERE id = ?", (target,))
        _recompute_plain_chain(connection, target)
    assert _audit_verdict(data_dir) == (
        Level.PROBLEM,
        f"chuỗi băm bị đứt tại mục {target + 1}: 1 mục ngay trước nó đã bị xoá",
    )


def test_the_last_three_entries_deleted_are_reported_against_the_local_anchor(
    data_dir: Path,
) -> None:
    workspace = make_workspace(data_dir)
    last = _trail_of(workspace)
    workspace.close()
    with _raw_database(data_dir) as connection:
        connection.execute("DELETE FROM audit_event WHERE id > ?", (last - 3,))
    expected = (f"3 mục cuối đã bị xoá (so với mốc cục bộ {ANCHOR_FILE}): mốc ghi đến mục "
                f"{last}, nhật ký không còn mục đó")
    assert _audit_verdict(data_dir) == (Level.PROBLEM, expected)
    report = _doctor(data_dir)
    assert report.returncode == 1
    assert f"✖ Nhật ký kiểm toán: {expected}" in report.stdout


def test_after_a_cut_the_anchor_stays_and_new_entries_do_not_hide_it(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    last = _trail_of(workspace)
    workspace.close()
    anchored = (data_dir / ANCHOR_FILE).read_bytes()
    with _raw_database(data_dir) as connection:
        connection.execute("DELETE FROM audit_event WHERE id > ?", (last - 3,))
    workspace = Workspace(data_dir)
    assert _trail_of(workspace, extra=4) == last + 1  # ids reused over the cut
    workspace.close()
    assert (data_dir / ANCHOR_FILE).read_bytes() == anchored
    assert _audit_verdict(data_dir) == (
        Level.PROBLEM,
        f"mục {last} không còn là mục đã được ghi mốc (so với mốc cục bộ {ANCHOR_FILE}): "
        "nhật ký bị viết lại",
    )


def test_an_edited_or_missing_anchor_file_is_reported(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    last = _trail_of(workspace)
    workspace.close()
    path = data_dir / ANCHOR_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, "last_id": last - 3, "count": last - 3}),
                    encoding="utf-8")
    assert _audit_verdict(data_dir) == (
        Level.PROBLEM, f"tệp mốc {ANCHOR_FILE} đã bị sửa ngoài ứng dụng")
    path.unlink()
    assert _audit_verdict(data_dir) == (
        Level.PROBLEM,
        f"thiếu tệp mốc {ANCHOR_FILE}: không kiểm tra được các mục cuối có bị xoá hay không",
    )


def test_a_cut_tail_is_reported_against_the_last_signed_day_manifest(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    _trail_of(workspace)
    closed = close_day(workspace, data_dir, clock.now().date(), SUPERVISOR)
    manifest = json.loads(closed.manifest_path.read_text(encoding="utf-8"))["manifest"]
    with workspace.store.read() as session:
        head = audit.current_head(session)
    assert head is not None and manifest["audit_head"] == head.as_dict()
    assert check_audit_against_days(workspace).level is Level.OK
    workspace.close()
    with _raw_database(data_dir) as connection:
        connection.execute("DELETE FROM audit_event WHERE id > ?", (head.last_id - 3,))
    (data_dir / ANCHOR_FILE).unlink()  # the local anchor removed too
    with Workspace(data_dir) as reopened:
        result = check_audit_against_days(reopened)
    day = clock.now().date().isoformat()
    assert (result.level, result.detail) == (
        Level.PROBLEM,
        f"3 mục cuối đã bị xoá (so với bản kê đã ký ngày {day}): mốc ghi đến mục "
        f"{head.last_id}, nhật ký không còn mục đó",
    )


def _legacy_database(data_dir: Path, entries: int, *, break_at: int | None = None) -> str:
    """A workspace database at revision 0005 with a plain SHA-256 trail; its last hash."""
    keys = installation_keys(data_dir)
    engine = _make_engine(f"sqlite:///{data_dir / 'counter.db'}", "BEGIN IMMEDIATE",
                          keys.database)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    previous = audit.GENESIS
    with engine.begin() as connection:
        for entry_id in range(1, entries + 1):
            at = clock.now() - timedelta(days=entries - entry_id)
            detail = f"dossiers={entry_id}"
            digest = audit.legacy_digest(previous, at, "giamsat", "day.approve", "day", "",
                                         detail)
            if entry_id == break_at:
                detail = "dossiers=999"
            connection.exec_driver_sql(
                "INSERT INTO audit_event (id, at, actor, action, object_type, object_ref, "
                "detail, prev_hash, hash) VALUES (?, ?, 'giamsat', 'day.approve', 'day', '', "
                "?, ?, ?)",
                (entry_id, clock.to_utc_naive(at).strftime(STORED_TIME), detail, previous, digest),
            )
            previous = digest
    engine.dispose()
    return previous


def test_upgrade_from_0005_reseals_the_trail_and_says_so(data_dir: Path) -> None:
    legacy_head = _legacy_database(data_dir, 5)
    workspace = Workspace(data_dir)
    assert migrate.current_revision(workspace.store.writer) >= "0006"
    with workspace.store.read() as session:
        rows = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        assert audit.find_break(session) is None
    assert [(r.id, r.seq, r.chain_format) for r in rows] == [
        (n, n, audit.KEYED) for n in range(1, 7)]
    assert [r.detail for r in rows[:5]] == [f"dossiers={n}" for n in range(1, 6)]
    assert (rows[-1].actor, rows[-1].action, rows[-1].detail) == (
        "system", RESEAL_ACTION, f"entries=5 from=sha256 to=hmac-sha256 legacy_head={legacy_head}")
    workspace.close()
    assert json.loads((data_dir / ANCHOR_FILE).read_text(encoding="utf-8"))["last_id"] == 6
    Workspace(data_dir).close()  # a second open re-seals nothing
    with Workspace(data_dir) as again:
        assert check_audit(again).level is Level.OK
        with again.store.read() as session:
            assert session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())) == 6


def test_upgrade_does_not_reseal_a_trail_that_was_already_broken(data_dir: Path) -> None:
    _legacy_database(data_dir, 5, break_at=3)
    with Workspace(data_dir) as workspace:
        with workspace.store.read() as session:
            formats = set(session.scalars(select(AuditEvent.chain_format)))
        result = check_audit(workspace)
    assert formats == {audit.LEGACY}
    assert not (data_dir / ANCHOR_FILE).exists()
    assert (result.level, result.detail) == (
        Level.PROBLEM, "chuỗi băm bị đứt tại mục 3: mục này đã bị sửa (mã xác thực không khớp)")


def test_a_trail_downgraded_to_plain_hashes_is_not_resealed(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    _trail_of(workspace)
    workspace.close()
    with _raw_database(data_dir) as connection:
        connection.execute("UPDATE audit_event SET actor = 'ai-do' WHERE id = 2")
        connection.execute("UPDATE audit_event SET chain_format = 'sha256'")
        _recompute_plain_chain(connection)
    assert _audit_verdict(data_dir) == (
        Level.PROBLEM,
        "mục 1 không được niêm phong bằng khoá của bản cài đặt (có thể đã bị viết lại bằng "
        "băm thường)",
    )


def test_an_unencrypted_installation_is_resealed_when_it_is_encrypted(data_dir: Path) -> None:
    plain = Workspace(data_dir, encrypted=False)
    set_up_workstation(plain, SetupRequest(AGENCY, "Quầy 1"), ADMIN)
    _trail_of(plain, extra=3)
    with plain.store.read() as session:
        assert set(session.scalars(select(AuditEvent.chain_format))) == {audit.LEGACY}
        assert audit.find_break(session) is None
    plain.close()
    assert not (data_dir / ANCHOR_FILE).exists()
    with Workspace(data_dir) as encrypted:
        with encrypted.store.read() as session:
            rows = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        assert {r.chain_format for r in rows} == {audit.KEYED}
        assert (rows[-1].action, rows[-1].detail.split()[0]) == (RESEAL_ACTION, "entries=4")
        assert check_audit(encrypted).level is Level.OK
