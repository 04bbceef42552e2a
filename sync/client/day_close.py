"""Closing a day: the supervisor's approval, and the day's manifest signed by the workstation."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from counter import clock
from counter.atomic import write_atomically
from counter.day_review import approve_day
from counter.roles import Actor
from counter.workspace import Workspace
from sync.batchfile import MANIFEST_SIGNATURE_CONTEXT, BatchIdentity, build_manifest
from sync.canonical import canonical_json
from sync.client.batches import messages_to_export
from sync.client.config import load_config, signing_key, sync_dir


@dataclass(frozen=True)
class DayCloseReport:
    day: date
    dossier_count: int
    message_count: int
    manifest_path: Path


def close_day(
    workspace: Workspace, data_dir: Path, day: date, actor: Actor, note: str = ""
) -> DayCloseReport:
    """Approve ``day`` in the core, then write its manifest (counts, codes, hashes), signed."""
    approval = approve_day(workspace, day, actor, note)
    config = load_config(workspace)
    workstation_id = config.workstation_id or workspace.identity().workstation.id
    identity = BatchIdentity(
        workstation_id, workspace.identity().agency.code, signing_key(workspace)
    )
    messages = messages_to_export(workspace, day)
    manifest = build_manifest(
        identity, messages, {}, created_at=clock.now().isoformat(), scope="day", period=(day, day)
    )
    manifest_bytes = canonical_json(manifest)
    signature = identity.signing_key.sign(MANIFEST_SIGNATURE_CONTEXT + manifest_bytes)
    path = sync_dir(data_dir) / "days" / f"{day.isoformat()}.manifest.json"
    document = {"manifest": manifest, "signature": base64.b64encode(signature).decode("ascii")}
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return DayCloseReport(day, approval.dossier_count, len(messages), path)
