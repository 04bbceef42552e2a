"""Batch files: round trip, and every kind of bad file refused whole with its reason."""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import batch_envelope
from sync.batchfile import BatchIdentity, read_batch, save_batch, write_batch
from sync.errors import BatchFileError
from tests.sync.helpers import AGENCY, BASE_TIME, dossier_code, event_message, received_message

WORKSTATION = "7f1d5a2e-1111-4222-8333-444455556666"
SIGNER = Ed25519PrivateKey.generate()
CENTRAL = X25519PrivateKey.generate()
IDENTITY = BatchIdentity(WORKSTATION, AGENCY, SIGNER)


def _known(key: Ed25519PublicKey) -> Callable[[str], Ed25519PublicKey | None]:
    return lambda workstation_id: key if workstation_id == WORKSTATION else None


def _messages() -> list[dict]:
    code = dossier_code(1)
    return [
        received_message(code, WORKSTATION),
        event_message(code, "received", "processing", minute=5),
        received_message(dossier_code(2), WORKSTATION, minute=9),
    ]


def _batch(
    messages: list[dict] | None = None, attachments: dict[str, bytes] | None = None
) -> bytes:
    return write_batch(
        IDENTITY,
        messages if messages is not None else _messages(),
        recipients=[CENTRAL.public_key()],
        created_at=BASE_TIME.isoformat(),
        period=(BASE_TIME.date(), BASE_TIME.date()),
        attachments=attachments,
    )


def test_round_trip_keeps_messages_attachments_and_manifest(tmp_path) -> None:
    messages = _messages()
    scan = b"%PDF-1.4 scan of the birth certificate"
    digest = hashlib.sha256(scan).hexdigest()
    path = tmp_path / "lo-2025-09-15.oscb"
    save_batch(path, _batch(messages, {digest: scan}))
    contents = read_batch(path.read_bytes(), CENTRAL, _known(SIGNER.public_key()))
    assert contents.messages == messages
    assert contents.attachments == {digest: scan}
    manifest = contents.manifest
    assert (manifest.workstation_id, manifest.agency_code, manifest.message_count) == (
        WORKSTATION,
        AGENCY,
        3,
    )
    assert manifest.dossier_codes == (dossier_code(1), dossier_code(2))
    assert manifest.period_from == BASE_TIME.date()
    assert contents.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_batch_for_two_recipients_opens_with_either_key() -> None:
    commune = X25519PrivateKey.generate()
    data = write_batch(
        IDENTITY,
        _messages(),
        recipients=[CENTRAL.public_key(), commune.public_key()],
        created_at=BASE_TIME.isoformat(),
    )
    for key in (CENTRAL, commune):
        assert read_batch(data, key, _known(SIGNER.public_key())).manifest.message_count == 3


def _reason(
    data: bytes, key: X25519PrivateKey = CENTRAL, signer: Ed25519PublicKey | None = None
) -> str:
    with pytest.raises(BatchFileError) as caught:
        read_batch(data, key, _known(signer or SIGNER.public_key()))
    return caught.value.message


@pytest.mark.parametrize("position", [20, 60, 150, -40, -1])
def test_any_changed_byte_is_refused(position: int) -> None:
    data = bytearray(_batch())
    data[position] ^= 0x01
    assert "sửa đổi" in _reason(bytes(data))


@pytest.mark.parametrize("keep", [0, 5, 11, 100, -1])
def test_a_truncated_file_is_refused(keep: int) -> None:
    data = _batch()
    reason = _reason(data[:keep])
    assert "cắt cụt" in reason or "không phải là tệp lô" in reason


def test_extra_bytes_at_the_end_are_refused() -> None:
    assert "thừa" in _reason(_batch() + b"\x00")


def test_a_file_for_another_central_system_is_refused() -> None:
    assert "hệ thống trung tâm khác" in _reason(_batch(), key=X25519PrivateKey.generate())


def test_an_unknown_signer_is_refused() -> None:
    with pytest.raises(BatchFileError, match="không rõ"):
        read_batch(_batch(), CENTRAL, lambda _id: None)


def test_a_signer_with_another_key_is_refused() -> None:
    reason = _reason(_batch(), signer=Ed25519PrivateKey.generate().public_key())
    assert "không phải khóa đã đăng ký" in reason


def test_a_newer_format_version_is_refused_with_its_number() -> None:
    data = bytearray(_batch())
    struct.pack_into(">H", data, len(batch_envelope.MAGIC), 7)
    assert "phiên bản 7" in _reason(bytes(data))


def test_something_that_is_not_a_batch_file_is_refused() -> None:
    assert "không phải là tệp lô" in _reason(b"PK\x03\x04 a zip file")


def test_a_forged_signature_is_refused_even_inside_a_valid_envelope() -> None:
    impostor = BatchIdentity(WORKSTATION, AGENCY, Ed25519PrivateKey.generate())
    forged = write_batch(
        impostor, _messages(), recipients=[CENTRAL.public_key()], created_at=BASE_TIME.isoformat()
    )
    assert "không phải khóa đã đăng ký" in _reason(forged)
