"""Batch files imported by the central server: same idempotency as push, all or nothing."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select

from sync.batchfile import BatchIdentity, write_batch
from sync.central import admin
from sync.central.context import CentralContext
from sync.central.models import Dossier, Message
from sync.errors import BatchFileError, ServerRejectedError
from sync.keys import x25519_public_from_b64
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import (
    BASE_TIME,
    EnrolledWorkstation,
    dossier_code,
    enrol_workstation,
    event_message,
    received_message,
)


def _messages(station: EnrolledWorkstation, count: int) -> list[dict]:
    messages = [
        received_message(dossier_code(n), station.workstation_id, minute=n)
        for n in range(1, count + 1)
    ]
    messages.append(event_message(dossier_code(1), "received", "processing", minute=count + 1))
    return messages


def _batch(station: EnrolledWorkstation, messages: list[dict], **extra: object) -> bytes:
    return write_batch(
        BatchIdentity(station.workstation_id, station.agency_code, station.signing_key),
        messages,
        recipients=[x25519_public_from_b64(station.central_public_key)],
        created_at=BASE_TIME.isoformat(),
        **extra,  # type: ignore[arg-type]
    )


def _stored_messages(context: CentralContext) -> int:
    return context.database.run(lambda s: s.scalar(select(func.count()).select_from(Message)))


def test_a_batch_is_imported_once_and_reported(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    village = enrol_workstation(central_context, live_server.url, name="Tổ công nghệ số thôn 3")
    supervisor = enrol_workstation(central_context, live_server.url, name="Bộ phận một cửa xã")
    messages = _messages(village, 20)
    village.api.push(messages[:5])
    scan = b"scan bytes"
    data = _batch(village, messages, attachments={hashlib.sha256(scan).hexdigest(): scan})
    report = supervisor.api.upload_batch(data)
    assert (report.workstation_id, report.message_count) == (village.workstation_id, 21)
    assert (report.imported, report.duplicates, report.conflicts, report.rejected) == (16, 5, 0, 0)
    assert report.attachments_stored == 1
    again = supervisor.api.upload_batch(data)
    assert (again.imported, again.duplicates) == (0, 21)
    assert _stored_messages(central_context) == 21
    owners = central_context.database.run(lambda s: set(s.scalars(select(Dossier.workstation_id))))
    assert owners == {village.workstation_id}


@pytest.mark.parametrize("damage", ["tamper", "truncate"])
def test_a_damaged_batch_is_refused_whole_with_the_reason(
    central_context: CentralContext, live_server: LiveServer, damage: str
) -> None:
    village = enrol_workstation(central_context, live_server.url)
    data = bytearray(_batch(village, _messages(village, 10)))
    if damage == "tamper":
        data[len(data) // 2] ^= 0x20
    else:
        del data[-100:]
    with pytest.raises(ServerRejectedError, match="không có gì được nhập") as caught:
        village.api.upload_batch(bytes(data))
    assert caught.value.status == 422
    assert _stored_messages(central_context) == 0


def test_a_batch_from_a_revoked_or_unknown_signer_is_refused(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    village = enrol_workstation(central_context, live_server.url)
    supervisor = enrol_workstation(central_context, live_server.url)
    data = _batch(village, _messages(village, 3))
    admin.revoke_workstation(central_context, village.workstation_id, "thiết bị bị mất")
    with pytest.raises(ServerRejectedError, match="đã bị thu hồi"):
        supervisor.api.upload_batch(data)
    stranger = EnrolledWorkstation(
        village.api,
        "00000000-0000-4000-8000-000000000000",
        "",
        Ed25519PrivateKey.generate(),
        village.central_public_key,
        village.agency_code,
    )
    with pytest.raises(ServerRejectedError, match="không rõ"):
        supervisor.api.upload_batch(_batch(stranger, _messages(stranger, 2)))
    assert _stored_messages(central_context) == 0


def test_the_administrator_can_import_a_batch_file_directly(
    tmp_path, central_context: CentralContext, live_server: LiveServer
) -> None:
    village = enrol_workstation(central_context, live_server.url)
    path = tmp_path / "lo.oscb"
    path.write_bytes(_batch(village, _messages(village, 4)))
    report = admin.import_batch_file(central_context, path)
    assert report.imported == 5
    path.write_bytes(path.read_bytes()[:-1])
    with pytest.raises(BatchFileError, match="cắt cụt"):
        admin.import_batch_file(central_context, path)


def test_a_batch_sealed_for_another_central_system_is_refused(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    village = enrol_workstation(central_context, live_server.url)
    foreign = write_batch(
        BatchIdentity(village.workstation_id, village.agency_code, village.signing_key),
        _messages(village, 3),
        recipients=[X25519PrivateKey.generate().public_key()],
        created_at=BASE_TIME.isoformat(),
    )
    with pytest.raises(ServerRejectedError, match="hệ thống trung tâm khác") as caught:
        village.api.upload_batch(foreign)
    assert caught.value.status == 422
    assert _stored_messages(central_context) == 0
