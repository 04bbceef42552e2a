"""Closing a day: the supervisor's approval, and the day's manifest signed by the workstation.

The manifest also carries the audit trail's head right after the approval (last id, count,
MAC): a later trail that no longer holds it has been cut or rewritten (sync.doctor).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature

from counter import clock
from counter.atomic import write_atomically
from counter.audit import AuditHead
from counter.day_review import approve_day
from counter.roles import Actor
from counter.workspace import Workspace
from sync.batchfile import MANIFEST_SIGNATURE_CONTEXT, BatchIdentity, build_manifest
from sync.canonical import canonical_json
from sync.client.batches import messages_to_export
from sync.client.config import load_config, signing_key, sync_dir

MANIFEST_SUFFIX = ".manifest.json"


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
    manifest["audit_head"] = approval.audit_head.as_dict() if approval.audit_head else None
    manifest_bytes = canonical_json(manifest)
    signature = identity.signing_key.sign(MANIFEST_SIGNATURE_CONTEXT + manifest_bytes)
    path = days_dir(data_dir) / f"{day.isoformat()}{MANIFEST_SUFFIX}"
    document = {"manifest": manifest, "signature": base64.b64encode(signature).decode("ascii")}
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return DayCloseReport(day, approval.dossier_count, len(messages), path)


@dataclass(frozen=True)
class SignedDayHead:
    """The audit head a signed day manifest carries (None: unreadable or badly signed)."""

    day: str
    head: AuditHead | None


def days_dir(data_dir: Path) -> Path:
    return sync_dir(data_dir) / "days"


def signed_day_heads(workspace: Workspace) -> list[SignedDayHead]:
    """The audit heads of this workstation's day manifests whose signature checks out."""
    paths = sorted(days_dir(workspace.data_dir).glob(f"*{MANIFEST_SUFFIX}"))
    if not paths:
        return []
    public_key = signing_key(workspace).public_key()
    heads = []
    for path in paths:
        day = path.name.removesuffix(MANIFEST_SUFFIX)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            manifest = document["manifest"]
            signature = base64.b64decode(document["signature"], validate=True)
            public_key.verify(signature, MANIFEST_SIGNATURE_CONTEXT + canonical_json(manifest))
            raw = manifest.get("audit_head")
            if raw is None:
                continue  # closed before the trail was anchored
            heads.append(SignedDayHead(day, AuditHead.from_dict(raw)))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidSignature):
            heads.append(SignedDayHead(day, None))
    return heads
