"""Importing a batch file at the central server, with the same idempotency as a push."""

from __future__ import annotations

from collections import Counter

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.orm import Session

from sync.batchfile import read_batch
from sync.central.errors import ForbiddenError
from sync.central.models import BatchImport, Workstation
from sync.central.services.attachments import AttachmentStore
from sync.central.services.common import WorkstationIdentity, utc_now
from sync.central.services.ingest import ingest_messages
from sync.central.services.reviews import ReviewLimits
from sync.central.services.workstations import identity_of
from sync.keys import ed25519_public_from_b64
from sync.protocol import BatchImportReport


def _registered_key(session: Session, workstation_id: str) -> Ed25519PublicKey | None:
    workstation = session.get(Workstation, workstation_id)
    if workstation is None or workstation.revoked_at is not None:
        return None
    return ed25519_public_from_b64(workstation.public_key)


def import_batch(
    session: Session,
    data: bytes,
    *,
    private_key: X25519PrivateKey,
    store: AttachmentStore,
    uploaded_by: WorkstationIdentity | None,
    limits: ReviewLimits,
    check_key: bytes | None = None,
) -> BatchImportReport:
    """Check the whole file, then take in its messages and attachments; a report of what happened.

    The messages are the signer's: each must concern a dossier of the signer's agency. A batch
    may be brought by another workstation of the same agency (a village team's file handed in
    at the commune office), never by a workstation of another agency."""
    contents = read_batch(data, private_key, lambda ws_id: _registered_key(session, ws_id))
    signer_row = session.get(Workstation, contents.manifest.workstation_id)
    assert signer_row is not None  # read_batch refused unknown signers
    signer = identity_of(signer_row)
    _check_uploader(signer, uploaded_by)
    received_at = utc_now()
    results = ingest_messages(
        session,
        signer,
        contents.messages,
        source="batch",
        received_at=received_at,
        limits=limits,
        check_key=check_key,
    )
    stored = sum(
        store.keep_bytes(session, signer, digest, blob)
        for digest, blob in sorted(contents.attachments.items())
    )
    outcomes = Counter(result.result for result in results)
    report = BatchImportReport(
        batch_sha256=contents.file_sha256,
        workstation_id=signer.id,
        message_count=len(results),
        imported=outcomes["accepted"],
        duplicates=outcomes["duplicate"],
        conflicts=outcomes["conflict"],
        rejected=outcomes["rejected"],
        attachments_stored=stored,
        results=results,
    )
    session.add(
        BatchImport(
            file_sha256=contents.file_sha256,
            workstation_id=signer.id,
            uploaded_by=uploaded_by.id if uploaded_by else None,
            imported_at=received_at,
            report=report.model_dump_json(exclude={"results"}),
        )
    )
    return report


def _check_uploader(signer: WorkstationIdentity, uploaded_by: WorkstationIdentity | None) -> None:
    if uploaded_by is not None and uploaded_by.agency_code != signer.agency_code:
        raise ForbiddenError(
            f"Tệp lô do máy trạm của cơ quan {signer.agency_code} ký; máy trạm của cơ quan "
            f"{uploaded_by.agency_code} không được nộp tệp lô của cơ quan khác."
        )
