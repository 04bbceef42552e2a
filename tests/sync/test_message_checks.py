"""Text no database stores (NUL, lone surrogates) is found wherever it hides in a message."""

from __future__ import annotations

import random
from typing import Any

from sync.central.services.message_checks import unstorable_text
from tests.sync.random_values import random_value


def _holds_unstorable(value: Any) -> bool:
    if isinstance(value, str):
        return any(ch == "\x00" or "\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, list):
        return any(_holds_unstorable(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_unstorable(k) or _holds_unstorable(v) for k, v in value.items())
    return False


def test_found_exactly_when_some_string_or_key_holds_it() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(3000):
        value = random_value(rng)
        where = unstorable_text(value)
        assert (where is not None) == _holds_unstorable(value), value
        found += where is not None
    assert 300 < found < 2700  # both outcomes were exercised


def test_the_place_is_named() -> None:
    message = {"payload": {"applicant": {"full_name": "Nguy\x00n"}, "notes": ["ok", "x\ud800"]}}
    assert unstorable_text(message) in ("payload.applicant.full_name", "payload.notes[1]")
    assert unstorable_text({"payload": {"notes": "C:\\u0000 is only text"}}) is None
    assert unstorable_text("\x00") == "nội dung"
