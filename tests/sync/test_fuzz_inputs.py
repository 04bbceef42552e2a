"""Outside data reaching the sync layer never crashes it: damaged batch files (inside the
encryption too) and server answers of any shape end in a clean error."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from counter.errors import CounterError
from sync import batch_envelope
from sync.batchfile import BatchIdentity, read_batch, write_batch
from sync.client.api import _parse
from sync.errors import BatchFileError, SyncError
from sync.protocol import CodeBlock, PullResponse, PushResponse, TimeResponse
from tests.sync.helpers import AGENCY, BASE_TIME, dossier_code, received_message

WORKSTATION = "7f1d5a2e-1111-4222-8333-444455556666"
SIGNER = Ed25519PrivateKey.generate()
CENTRAL = X25519PrivateKey.generate()
VALID = write_batch(
    BatchIdentity(WORKSTATION, AGENCY, SIGNER),
    [received_message(dossier_code(n), WORKSTATION, minute=n) for n in range(1, 4)],
    recipients=[CENTRAL.public_key()],
    created_at=BASE_TIME.isoformat(),
    period=(BASE_TIME.date(), BASE_TIME.date()),
    attachments={},
)
PLAIN = batch_envelope.open_sealed(VALID, CENTRAL)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=10), c, max_size=5),
    max_leaves=20,
)


def _signer(workstation_id: str) -> Any:
    return SIGNER.public_key() if workstation_id == WORKSTATION else None


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    raw = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "zero"]))
        at = draw(st.integers(0, max(0, len(raw) - 1)))
        if kind == "flip" and raw:
            raw[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del raw[at:at + draw(st.integers(1, 64))]
        elif kind == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif raw:
            raw[at:at + 8] = bytes(min(8, len(raw) - at))
    return bytes(raw)


def test_the_valid_file_reads() -> None:
    assert len(read_batch(VALID, CENTRAL, _signer).messages) == 3


@settings(max_examples=150, deadline=None)
@given(damaged(VALID))
def test_damaged_sealed_files_are_refused_cleanly(data: bytes) -> None:
    if data == VALID:
        return
    with pytest.raises(BatchFileError):
        read_batch(data, CENTRAL, _signer)


@settings(max_examples=300, deadline=None)
@given(damaged(PLAIN))
def test_damage_inside_the_encryption_is_refused_cleanly(plain: bytes) -> None:
    """Re-sealed after the damage, so the parser and signature check see it."""
    if plain == PLAIN:
        return
    with pytest.raises(BatchFileError):
        read_batch(batch_envelope.seal(plain, [CENTRAL.public_key()]), CENTRAL, _signer)


@settings(max_examples=200, deadline=None)
@given(JSON, st.sampled_from([TimeResponse, PushResponse, PullResponse, CodeBlock]))
def test_server_answers_of_any_shape(body: Any, model: Any) -> None:
    try:
        _parse(model, body)
    except SyncError as error:
        assert "không đúng định dạng" in error.message
    except CounterError:
        pytest.fail("only SyncError is expected here")
