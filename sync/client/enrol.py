"""Enrolling this workstation with the central system (once, with a one-time code)."""

from __future__ import annotations

from pathlib import Path

from counter import audit, sync_state
from counter.access import check_permission
from counter.release_pin import pin_release_key
from counter.roles import Actor
from counter.workspace import Workspace
from sync.client.api import CentralApi
from sync.client.config import SyncConfig, load_config, sealing_key, signing_key
from sync.client.updates import write_launcher_key
from sync.keys import ed25519_public_from_b64
from sync.transport import Transport


def enrol(
    workspace: Workspace,
    data_dir: Path,
    *,
    server_url: str,
    code: str,
    actor: Actor,
    ca_bundle: str | None = None,
    pinned_certificate: str | None = None,
) -> SyncConfig:
    """Register with ``code``; the credentials are saved in the encrypted database.

    Only an administrator may connect a workstation to a central system; it is audited in
    the same transaction. ``data_dir`` is the workspace's own folder (kept for callers).
    """
    check_permission(workspace, actor, "settings.manage", "workstation", "enrol")
    identity = workspace.identity()
    config = load_config(workspace).with_changes(
        server_url=server_url,
        ca_bundle=ca_bundle,
        pinned_certificate=pinned_certificate,
        token=None,
    )
    with Transport(config.transport_settings()) as transport:
        answer = CentralApi(transport).enrol(
            code,
            identity.workstation.name,
            identity.agency.code,
            signing_key(workspace),
            sealing_key(workspace).public_key(),
        )
    config = config.with_changes(
        workstation_id=answer.workstation_id,
        agency_code=answer.agency_code,
        token=answer.token,
        central_public_key=answer.central_public_key,
    )
    if answer.release_public_key:  # refuse what is not a key before keeping anything
        ed25519_public_from_b64(answer.release_public_key, "release_public_key")
    with workspace.store.write() as session:
        sync_state.save_settings(session, config)
        if answer.release_public_key:
            pin_release_key(session, answer.release_public_key)
        audit.record(session, actor, "workstation.enrol", "workstation", identity.workstation.id,
                     f"central={answer.workstation_id}")
    if answer.release_public_key:
        write_launcher_key(workspace.data_dir, answer.release_public_key)
    return config
