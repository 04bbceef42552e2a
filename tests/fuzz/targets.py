"""Fuzz targets: every parser of outside data the core owns. Each must end in a clean
error (a ``CounterError``) or a value — never any other exception.

Used by the hypothesis tests (``tests/fuzz/test_parsers.py``) and by atheris
(``python -m tests.fuzz.atheris_run TARGET``) for coverage-guided runs.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counter.catalogue.model import parse_catalogue
from counter.codes.format import parse_code
from counter.dossiers.intake_file import parse_intake
from counter.errors import CounterError


def _json_or_error(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None


def intake_bytes(data: bytes) -> None:
    parsed = _json_or_error(data)
    if parsed is not None:
        intake_value(parsed)


def intake_value(value: Any) -> None:
    with contextlib.suppress(CounterError):
        parse_intake(value)


def catalogue_bytes(data: bytes) -> None:
    parsed = _json_or_error(data)
    if parsed is not None:
        catalogue_value(parsed)


def catalogue_value(value: Any) -> None:
    with contextlib.suppress(CounterError):
        parse_catalogue(value)


def dossier_code_bytes(data: bytes) -> None:
    with contextlib.suppress(CounterError):
        parse_code(data.decode("utf-8", errors="replace"))


TARGETS: dict[str, Callable[[bytes], None]] = {
    "intake": intake_bytes,
    "catalogue": catalogue_bytes,
    "dossier-code": dossier_code_bytes,
}
SEED_VALUES: dict[str, list[Any]] = {
    "intake": [
        {"procedure_code": "2.000815",
         "applicant": {"full_name": "Lê Thị Thu Hà", "id_number": "079185001234",
                       "birth_date": "1985-07-20", "sex": "Nữ", "phone": "0987654321",
                       "email": "ha@example.vn"},
         "documents": [{"name": "Bản sao cần chứng thực", "copies": 1, "pages": 3}],
         "payment": {"pages": 3, "copies": 1, "paid": True, "method": "cash", "amount": 6000},
         "received_at": "2026-03-02T09:30", "channel": "village_team",
         "result_delivery": "post", "delivery_address": "Thôn 3", "sets_count": 2},
    ],
    "dossier-code": ["000.00.12.H42-260302-0017"],
}
SEEDS: dict[str, list[Path]] = {
    "catalogue": [Path(__file__).resolve().parents[2] / "resources" / "catalogue"
                  / "commune-procedures.json"],
}
