"""Property tests: random and mutated outside data never crashes the core's parsers."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.errors import CounterError
from counter.text import fold
from tests.fuzz.targets import (
    SEEDS,
    catalogue_bytes,
    catalogue_value,
    dossier_code_bytes,
    intake_bytes,
    intake_value,
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=25,
)
GOOD_INTAKE: dict[str, Any] = {
    "procedure_code": "2.000815",
    "applicant": {"full_name": "Lê Thị Thu Hà", "id_number": "079185001234",
                  "birth_date": "1985-07-20", "sex": "Nữ", "phone": "0987654321"},
    "documents": [{"name": "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao",
                   "originals": 1},
                  {"name": "Bản sao cần chứng thực", "copies": 1, "pages": 3}],
    "payment": {"pages": 3, "copies": 1, "paid": True, "method": "cash"},
    "received_at": "2026-03-02T09:30",
}


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, original: Any) -> Any:
    """The original with one to three parts replaced, removed or duplicated."""
    value = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(value) if p]
        if not paths:
            return draw(JSON)
        path = draw(st.sampled_from(paths))
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "remove", "double"]))
        if action == "replace":
            parent[path[-1]] = draw(JSON)
        elif action == "remove" and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent[path[-1]], str):
            parent[path[-1]] = parent[path[-1]] * 50
    return value


@given(JSON)
def test_random_json_intake(value: Any) -> None:
    intake_value(value)


@given(mutated(GOOD_INTAKE))
def test_mutated_intake(value: Any) -> None:
    intake_value(value)


@given(st.binary(max_size=400))
def test_random_bytes_intake_and_codes(data: bytes) -> None:
    intake_bytes(data)
    dossier_code_bytes(data)


@settings(max_examples=60)
@given(mutated(json.loads(SEEDS["catalogue"][0].read_text(encoding="utf-8"))))
def test_mutated_catalogue(value: Any) -> None:
    catalogue_value(value)


@given(st.binary(max_size=400))
def test_random_bytes_catalogue(data: bytes) -> None:
    catalogue_bytes(data)


@given(st.text(max_size=60))
def test_fold_never_fails(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=mutated(GOOD_INTAKE))
def test_mutated_intake_received_end_to_end(workspace_for_fuzz: Any, value: Any) -> None:
    """Whatever parses is either received whole or refused with a clean error."""
    from counter.dossiers.intake_file import parse_intake
    from tests.core.conftest import OFFICER

    before = _stored(workspace_for_fuzz)
    try:
        request: IntakeRequest = parse_intake(value)
        received = receive_dossier(workspace_for_fuzz, request, OFFICER)
    except CounterError as error:
        assert error.message.strip(), repr(error)
        assert _stored(workspace_for_fuzz) == before  # nothing half-written
        return
    after = _stored(workspace_for_fuzz)
    assert after == (before[0] + 1, before[1] + 1)
    assert received.applicant.id_number == request.applicant.id_number
    assert received.procedure_code == request.procedure_code


def _stored(workspace: Any) -> tuple[int, int]:
    """(dossiers, outbox messages) in the fuzzed workspace."""
    from sqlalchemy import func, select

    from counter.db.models import Dossier, OutboxMessage

    with workspace.store.read() as session:
        return (session.scalar(select(func.count()).select_from(Dossier)) or 0,
                session.scalar(select(func.count()).select_from(OutboxMessage)) or 0)
