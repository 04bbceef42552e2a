"""One sync with the central system: clock check, push, attachments, pulls, code blocks."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from counter import clock
from counter.errors import ConfigurationError, CounterError
from counter.offline_limits import record_sync_success
from counter.remote_settings import apply_remote_settings
from counter.workspace import Workspace
from sync.client.api import CentralApi
from sync.client.attachments import upload_new_attachments
from sync.client.batches import forward_inbox
from sync.client.clock_check import ClockCheck
from sync.client.code_blocks import CodeBlockReport, ensure_code_blocks
from sync.client.config import SyncConfig, WorkspaceOrFolder, load_config
from sync.client.cursors import CursorStore
from sync.client.outbox import PushReport, count_waiting, push_outbox
from sync.client.peers import PeerStore
from sync.client.pull import pull_streams
from sync.client.updates import UpdateCheck, check_for_update
from sync.protocol import API_PREFIX, RemoteSettingsResponse
from sync.retry import RetryPolicy
from sync.transport import Transport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncReport:
    push: PushReport
    waiting: int
    attachments_uploaded: int
    pulled: dict[str, int]
    code_blocks: CodeBlockReport
    batches_forwarded: int
    clock: ClockCheck
    clock_warning: str | None
    warnings: list[str] = field(default_factory=list)
    update: UpdateCheck | None = None


def require_enrolment(where: WorkspaceOrFolder) -> SyncConfig:
    config = load_config(where)
    if not config.enrolled:
        raise ConfigurationError(
            "Máy trạm chưa đăng ký với hệ thống trung tâm. Hãy xin mã đăng ký từ quản trị viên "
            "rồi chạy: python main.py sync --server URL --enrol MÃ"
        )
    return config


def check_clock(api: CentralApi) -> ClockCheck:
    server_time = api.time().server_time
    return ClockCheck(server_time=server_time, local_time=clock.now())


def sync_now(
    workspace: Workspace, data_dir: Path, *, transport: Transport | None = None
) -> SyncReport:
    """Push and pull now; a transport error stops the sync and is raised (nothing is lost)."""
    config = require_enrolment(workspace)
    own_transport = transport is None
    transport = transport or Transport(config.transport_settings())
    try:
        api = CentralApi(transport)
        cursors = CursorStore(workspace.store)
        clock_check = check_clock(api)
        forwarded = forward_inbox(api, data_dir)
        pushed = push_outbox(workspace.store, api, config.push_batch_size)
        uploaded = upload_new_attachments(workspace, api, cursors)
        agency = config.agency_code or workspace.identity().agency.code
        pulled = pull_streams(workspace, api, cursors, agency, PeerStore(workspace.store))
        blocks = ensure_code_blocks(workspace, api, agency, config.code_block_size)
        settings_warnings = receive_settings(workspace, transport, config.workstation_id or "")
        with workspace.store.write() as session:
            record_sync_success(session)
        update, update_warning = look_for_update(workspace, transport, data_dir)
    finally:
        if own_transport:
            transport.close()
    return SyncReport(
        push=pushed,
        waiting=count_waiting(workspace.store),
        attachments_uploaded=uploaded,
        pulled=pulled.applied,
        code_blocks=blocks,
        batches_forwarded=len(forwarded),
        clock=clock_check,
        clock_warning=clock_check.warning(config.clock_tolerance_minutes),
        warnings=pulled.warnings + settings_warnings
        + ([update_warning] if update_warning else []),
        update=update,
    )


def receive_settings(workspace: Workspace, transport: Transport, workstation_id: str) -> list[str]:
    """The settings the central system set for this agency and workstation, applied."""
    answer = transport.request("GET", f"{API_PREFIX}/settings")
    given = RemoteSettingsResponse.model_validate(answer.body)
    with workspace.store.write() as session:
        return apply_remote_settings(
            session, given.agency, given.workstation, f"workstation:{workstation_id}"
        )


def look_for_update(
    workspace: Workspace, transport: Transport, data_dir: Path
) -> tuple[UpdateCheck | None, str | None]:
    """The update check after a sync: a refusal or a failed download is a warning of the
    sync, never its failure (the day's work went through)."""
    try:
        return check_for_update(workspace, transport, data_dir), None
    except CounterError as error:
        log.warning("update check: %s", error.message)
        return None, error.message


def run_sync(workspace: Workspace, policy: RetryPolicy, not_enrolled: str) -> SyncReport:
    """One sync with the given retry policy; ``not_enrolled`` is the message when there is
    nothing to sync with yet."""
    config = load_config(workspace)
    if not config.enrolled:
        raise ConfigurationError(not_enrolled)
    settings = config.transport_settings()
    settings.policy = policy
    with Transport(settings) as transport:
        return sync_as_workstation(workspace, transport=transport)


def sync_as_workstation(workspace: Workspace, transport: Transport | None = None) -> SyncReport:
    """One sync, done and audited as this workstation (never as a person)."""
    from counter import audit
    from counter.access import check_permission
    from counter.roles import workstation_actor

    workstation = workspace.identity().workstation
    actor = workstation_actor(workstation.id)
    check_permission(workspace, actor, "sync.run", "workstation", workstation.id)
    report = sync_now(workspace, workspace.data_dir, transport=transport)
    with workspace.store.write() as session:
        audit.record(
            session, actor, "sync.run", "workstation", workstation.id,
            f"acknowledged={report.push.acknowledged} rejected={report.push.rejected} "
            f"conflicts={report.push.conflicts} waiting={report.waiting} "
            + " ".join(f"{name}={count}" for name, count in report.pulled.items()),
        )
    return report
