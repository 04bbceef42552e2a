"""How the server writes each pushed message (once) gives what writing it the plain way gave:
the same refusals, the same stored body and hash, the same snapshot text."""

from __future__ import annotations

import math
import random
import uuid
from typing import Any

import pytest
from pydantic import ValidationError

from sync.canonical import canonical_json, message_content_hash
from sync.central.services.ingest import _candidate, _without_check_code
from sync.central.services.message_checks import storable_text, unstorable_reason, unstorable_text
from sync.central.validation_text import describe_errors
from sync.protocol import OutboxMessage
from tests.sync.random_values import random_value

KEY = b"k" * 32
def _raw(rng: random.Random) -> dict[str, Any]:
    payload = {f"f{n}": random_value(rng) for n in range(rng.randrange(0, 4))}
    if rng.random() < 0.5:
        payload["check_code"] = rng.choice(["AB12CD", "x\x00", "y\ud800", 7, "", None, ["A"]])
    if rng.random() < 0.3:
        payload["check_hash"] = rng.choice(["a" * 64, "z\x00"])
    code = "000.00.12.H42-250915-" + rng.choice(["0001", "0002"])
    if rng.random() < 0.1:
        code += rng.choice(["\x00", "\ud800"])
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "kind": rng.choice(["dossier.received", "dossier.received", "dossier.event"]),
        "dossier_code": code,
        "created_at": "2025-09-15T08:00:00+07:00",
        "payload": payload,
    }


def _plain(raw: Any) -> tuple[str, str, str] | str:
    """The message written the plain way: (body, hash, payload text), or the refusal."""
    try:
        message = OutboxMessage.model_validate(raw)
    except ValidationError as error:
        return storable_text(
            "Thông điệp không hợp lệ: " + "; ".join(describe_errors(error.errors()))
        )
    where = unstorable_text(raw)
    if where is not None:
        return unstorable_reason(where)
    message = _without_check_code(message, KEY)
    body = canonical_json(message.model_dump())
    payload = canonical_json(message.payload).decode("utf-8")
    return body.decode("utf-8"), message_content_hash(message.model_dump()), payload


def _written(raw: Any) -> tuple[str, str, str] | str:
    candidate = _candidate(0, raw, KEY)
    if isinstance(candidate, str):
        return candidate
    return candidate.body, candidate.content_hash, candidate.payload_text


def test_same_refusals_bodies_and_hashes_as_the_plain_way() -> None:
    rng = random.Random(17)
    refused = 0
    for _ in range(3000):
        raw = _raw(rng)
        assert _written(raw) == _plain(raw), raw
        refused += isinstance(_plain(raw), str)
    assert 300 < refused < 2700  # both outcomes were exercised


def test_a_check_code_is_hashed_and_never_kept() -> None:
    raw = _raw(random.Random(1))
    raw["kind"] = "dossier.received"
    raw["dossier_code"] = "000.00.12.H42-250915-0001"
    raw["payload"] = {"check_code": "AB12CD", "status": "received"}
    written = _written(raw)
    assert not isinstance(written, str)
    assert "AB12CD" not in written[0] and '"check_hash":"' in written[2]
    assert written[0].endswith(',"payload":' + written[2] + "}")


def test_text_that_only_looks_like_nul_is_taken_in() -> None:
    raw = _raw(random.Random(2))
    raw["payload"] = {"note": "C:\\u0000 is only text"}
    raw["dossier_code"] = "000.00.12.H42-250915-0001"
    assert _written(raw) == _plain(raw)
    assert not isinstance(_written(raw), str)


def test_nan_is_still_an_error_unless_the_text_is_refused_first() -> None:
    raw = _raw(random.Random(3))
    raw["dossier_code"] = "000.00.12.H42-250915-0001"
    raw["payload"] = {"amount": math.nan}
    with pytest.raises(ValueError):
        _written(raw)
    raw["payload"] = {"amount": math.nan, "name": "x\x00"}
    assert _written(raw) == _plain(raw) == unstorable_reason("payload.name")
