"""Batch files on the workstation: export for a USB stick, and import at the commune office.

A batch file is sealed to the central system's key and to the keys of the
agency's other workstations that the village knew at its last sync (the
``workstations`` stream). The commune office opens it with its own key and
checks signature, signer and every hash offline, counting new, duplicate and
conflicting messages; a file not sealed to it is only checked for format,
version and length. Either way the file goes to the central server, which
checks everything again and imports it; without network it waits in
``<data dir>/sync/inbox/`` for the next sync.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from counter import audit, clock
from counter.access import check_permission
from counter.attachments import attachment_digests
from counter.errors import ConfigurationError, InputError
from counter.outbox import messages_between
from counter.roles import Actor
from counter.workspace import Workspace
from sync import batch_envelope
from sync.batch_summary import BatchSummary, summarise, write_summary
from sync.batchfile import BatchIdentity, read_batch, save_batch, sealed_batch
from sync.client.api import CentralApi
from sync.client.config import (
    SyncConfig,
    WorkspaceOrFolder,
    folder_of,
    load_config,
    opened,
    sealing_key,
    signing_key,
    sync_dir,
)
from sync.client.ledger import BatchLedger, LedgerCount
from sync.client.outbox import as_protocol_message
from sync.client.peers import PeerStore
from sync.errors import ForeignBatchError, ServerRejectedError, ServerUnreachableError
from sync.keys import x25519_public_from_b64
from sync.protocol import BatchImportReport


@dataclass(frozen=True)
class ExportReport:
    path: Path
    message_count: int
    dossier_count: int
    attachment_count: int
    size: int
    summary: BatchSummary
    summary_path: Path


@dataclass(frozen=True)
class LocalCheck:
    """A batch file opened and checked here (signature, signer, every hash), offline."""

    workstation_id: str
    message_count: int
    dossier_codes: tuple[str, ...]
    counts: LedgerCount


@dataclass(frozen=True)
class ImportOutcome:
    """The local check (if the file is sealed to this office too), and the server's report
    or where the file waits for the network."""

    local: LocalCheck | None
    report: BatchImportReport | None
    queued_at: Path | None


def day_range(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0, 0), clock.VN_TZ)
    return start, start + timedelta(days=1)


def messages_to_export(workspace: Workspace, day: date | None) -> list[dict[str, Any]]:
    """The day's messages (whatever their state), or every message not yet acknowledged."""
    start, end = day_range(day) if day is not None else (None, None)
    return [as_protocol_message(e) for e in messages_between(workspace.store, start, end)]


def _attachments(workspace: Workspace, codes: set[str]) -> dict[str, bytes]:
    digests = attachment_digests(workspace, codes)
    return {digest: workspace.files.get(digest) for digest in sorted(digests)}


def batch_identity(workspace: Workspace, config: SyncConfig) -> BatchIdentity:
    if not config.enrolled or not config.workstation_id:
        raise ConfigurationError(
            "Máy trạm chưa đăng ký với hệ thống trung tâm nên chưa xuất được tệp lô: tệp lô "
            "được mã hóa bằng khóa của trung tâm và ký bằng khóa mà trung tâm chỉ biết sau lần "
            "đăng ký đầu tiên. Hãy đăng ký một lần khi có mạng (quản trị viên: nút “Kết nối "
            "trung tâm…”, hoặc python main.py sync --server URL --enrol MÃ)."
        )
    agency = config.agency_code or workspace.identity().agency.code
    return BatchIdentity(config.workstation_id, agency, signing_key(workspace))


BATCH_SUFFIX = ".oscb"


def require_export_ready(workspace: Workspace) -> None:
    """Refuse early, before anyone picks a folder, when no batch file can be made here."""
    batch_identity(workspace, load_config(workspace))


def batch_file_in(folder: Path, agency_code: str, day: date | None) -> Path:
    """A new file name in ``folder`` (a USB stick) that says whose and which day it is."""
    if not folder.is_dir():
        raise InputError(str(folder), "không phải một thư mục (USB đã được cắm chưa?).")
    stem = f"lo-{agency_code}-{day.isoformat() if day else 'chua-xac-nhan'}"
    for number in range(1, 1000):
        path = folder / (f"{stem}{BATCH_SUFFIX}" if number == 1 else f"{stem}-{number}{BATCH_SUFFIX}")
        if not path.exists():
            return path
    raise InputError(str(folder), "đã có quá nhiều tệp lô cùng tên trong thư mục này.")


def export_batch_to_folder(
    workspace: Workspace, data_dir: Path, folder: Path, *, actor: Actor, day: date | None
) -> ExportReport:
    """Export into a folder (the USB stick) under a new, telling file name."""
    out = batch_file_in(folder, workspace.identity().agency.code, day)
    return export_batch(workspace, data_dir, out, actor=actor, day=day)


def export_batch(
    workspace: Workspace,
    data_dir: Path,
    out: Path,
    *,
    actor: Actor,
    day: date | None = None,
    with_attachments: bool = True,
) -> ExportReport:
    """Write the day's (or all unacknowledged) messages to one signed, encrypted file.

    An export carries citizens' data off the workstation: only a supervisor or a village
    team member may do it, and it is audited.
    """
    check_permission(workspace, actor, "batch.export", "batch", day.isoformat() if day else "")
    config = load_config(workspace)
    identity = batch_identity(workspace, config)
    messages = messages_to_export(workspace, day)
    if not messages:
        what = f"ngày {day:%d/%m/%Y}" if day else "chưa được trung tâm xác nhận"
        raise InputError("batch", f"không có thông điệp nào {what} để xuất.")
    codes = {str(m["dossier_code"]) for m in messages if m.get("dossier_code")}
    files = _attachments(workspace, codes) if with_attachments else {}
    office_keys = PeerStore(workspace.store).sealing_keys(identity.agency_code, identity.workstation_id)
    created_at = clock.now().isoformat()
    sealed = sealed_batch(
        identity,
        messages,
        recipients=[x25519_public_from_b64(str(config.central_public_key)), *office_keys],
        created_at=created_at,
        scope="day" if day else "unacknowledged",
        period=(day, day),
        attachments=files,
    )
    summary = summarise(out, sealed.data, sealed.manifest, messages, day=day,
                        workstation_id=identity.workstation_id, agency_code=identity.agency_code,
                        created_at=created_at, dossier_count=len(codes), attachment_count=len(files))
    try:
        save_batch(out, sealed.data)
        summary_file = write_summary(summary, out)
    except OSError as error:
        raise InputError(str(out), f"không ghi được tệp ({error.strerror})") from error
    with workspace.store.write() as session:
        audit.record(session, actor, "batch.export", "batch", day.isoformat() if day else "all",
                     f"messages={len(messages)} dossiers={len(codes)} files={len(files)}")
    return ExportReport(out, len(messages), len(codes), len(files), len(sealed.data), summary,
                        summary_file)


def _inbox(data_dir: Path) -> Path:
    return sync_dir(data_dir) / "inbox"


def read_batch_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"không đọc được tệp ({error.strerror})") from error
    batch_envelope.check_envelope(data)
    return data


def check_locally(where: WorkspaceOrFolder, data: bytes) -> LocalCheck | None:
    """Open the file with this office's key and check it whole; None if not sealed to us."""
    with opened(where) as workspace:
        peers = PeerStore(workspace.store)
        try:
            contents = read_batch(data, sealing_key(workspace), peers.signing_key_for)
        except ForeignBatchError:
            return None
        counts = BatchLedger(workspace.store).record(
            contents.file_sha256, contents.manifest.message_hashes
        )
    manifest = contents.manifest
    return LocalCheck(
        manifest.workstation_id, manifest.message_count, manifest.dossier_codes, counts
    )


def import_batch(api: CentralApi, where: WorkspaceOrFolder, path: Path) -> ImportOutcome:
    """Check a batch file here when it is sealed to this office, then send it to the central
    server; without network keep it for the next sync. A bad file is refused whole."""
    data = read_batch_bytes(path)
    local = check_locally(where, data)
    try:
        return ImportOutcome(local, api.upload_batch(data), None)
    except ServerUnreachableError:
        inbox = _inbox(folder_of(where))
        inbox.mkdir(parents=True, exist_ok=True)
        target = inbox / f"{hashlib.sha256(data).hexdigest()[:16]}-{path.name}"
        shutil.copyfile(path, target)
        return ImportOutcome(local, None, target)


def forward_inbox(api: CentralApi, data_dir: Path) -> list[BatchImportReport]:
    """Send the batch files waiting in the inbox; refused ones are set aside with the reason."""
    inbox = _inbox(data_dir)
    reports = []
    for path in sorted(inbox.glob("*")) if inbox.exists() else []:
        if not path.is_file():
            continue
        try:
            report = api.upload_batch(path.read_bytes())
        except ServerRejectedError as error:
            _set_aside(path, inbox / "rejected", {"reason": error.message})
            continue
        reports.append(report)
        _set_aside(path, inbox / "done", report.model_dump(mode="json", exclude={"results"}))
    return reports


def _set_aside(path: Path, folder: Path, note: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    (folder / f"{path.name}.json").write_text(json.dumps(note, ensure_ascii=False), "utf-8")
    path.replace(target)
