"""The catalogue: the bundled seed, import and versions, bad files, search."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from counter.catalogue.fees import FeeRule, fee_amount
from counter.catalogue.model import parse_catalogue
from counter.catalogue.service import (
    get_procedure,
    import_catalogue_file,
    read_catalogue_file,
    search_procedures,
)
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import get_dossier
from counter.errors import InputError, NotFoundError
from counter.paths import resources_dir
from counter.text import format_money
from tests.core.conftest import OFFICER, citizen

SEED = resources_dir() / "catalogue" / "commune-procedures.json"


def test_seed_has_the_common_commune_procedures() -> None:
    procedures = {p.code: p for p in read_catalogue_file(SEED)}
    assert {"1.001193", "1.000894", "2.000815", "1.000656", "1.004873", "1.004222",
            "1.004194"} <= set(procedures)
    assert procedures["1.004222"].processing.amount == 7
    assert procedures["1.001193"].processing.kind == "same_day"
    assert procedures["2.000815"].fee.cap_per_copy == 200_000
    assert all(p.documents for p in procedures.values())
    assert procedures["1.004222"].fee.varies_by_province


def test_fees() -> None:
    per_page = FeeRule("per_page", first_pages=2, first_page_amount=2000, next_page_amount=1000,
                       cap_per_copy=200_000)
    assert fee_amount(per_page, pages=1) == 2000
    assert fee_amount(per_page, pages=2) == 4000
    assert fee_amount(per_page, pages=3, copies=2) == 10_000
    assert fee_amount(per_page, pages=1000) == 200_000
    assert fee_amount(FeeRule("fixed", amount=15_000), sets=2) == 30_000
    assert fee_amount(FeeRule()) == 0
    assert format_money(2000) == "2.000 đ"
    assert format_money(1_250_000) == "1.250.000 đ"
    with pytest.raises(InputError):
        fee_amount(per_page, pages=-1)


def test_search_as_you_type(workspace) -> None:  # type: ignore[no-untyped-def]
    assert search_procedures(workspace.store, "khai sinh")[0].code == "1.001193"
    assert "2.000815" in [p.code for p in search_procedures(workspace.store, "chung thuc")]
    assert search_procedures(workspace.store, "Đăng ký tạm")[0].code == "1.004194"
    assert search_procedures(workspace.store, "2.000815")[0].code == "2.000815"
    assert len(search_procedures(workspace.store, "")) >= 40
    assert search_procedures(workspace.store, "100%_") == []


def _catalogue(**changes: Any) -> dict[str, Any]:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    data["procedures"] = [dict(data["procedures"][0], **changes)]
    return data


def test_new_version_replaces_old_but_dossiers_keep_theirs(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = receive_dossier(workspace, IntakeRequest("1.001193", citizen()), OFFICER)
    path = tmp_path / "update.json"
    path.write_text(json.dumps(_catalogue(version="2027.01", name="Đăng ký khai sinh (mới)")),
                    encoding="utf-8")
    report = import_catalogue_file(workspace.store, path)
    assert (report.added, report.deactivated) == (1, 1)
    assert get_procedure(workspace.store, "1.001193").version == "2027.01"
    assert get_procedure(workspace.store, "1.001193", "2026.11").active is False
    kept = get_dossier(workspace, old.code, OFFICER)
    assert (kept.procedure_version, kept.procedure_name) == ("2026.11", "Đăng ký khai sinh")
    new = receive_dossier(workspace, IntakeRequest("1.001193", citizen()), OFFICER)
    assert new.procedure_version == "2027.01"
    again = import_catalogue_file(workspace.store, path)
    assert (again.added, again.unchanged) == (0, 1)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"format": "other"}, "format"),
        ({"format": "onestop-catalogue", "procedures": []}, "procedures"),
        (_catalogue(code=""), "procedures[0].code"),
        (_catalogue(processing_time={"kind": "weeks", "amount": 1}),
         "procedures[0].processing_time.kind"),
        (_catalogue(processing_time={"kind": "working_days", "amount": 0}),
         "procedures[0].processing_time.amount"),
        (_catalogue(fee={"kind": "fixed"}), "procedures[0].fee.amount"),
        (_catalogue(fee={"kind": "per_page", "first_page_amount": -5, "next_page_amount": 1}),
         "procedures[0].fee.first_page_amount"),
        (_catalogue(documents=[{"name": "X", "originals": "one"}]),
         "procedures[0].documents[0].originals"),
        (_catalogue(legal_basis=[1]), "procedures[0].legal_basis"),
        (_catalogue(level="district"), "procedures[0].level"),
    ],
)
def test_bad_catalogue_names_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_catalogue(data)
    assert caught.value.field == field


def test_duplicate_procedure_in_one_file() -> None:
    data = _catalogue()
    data["procedures"] = data["procedures"] * 2
    with pytest.raises(InputError, match="bị lặp"):
        parse_catalogue(data)


def test_unknown_procedure(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError):
        get_procedure(workspace.store, "0.000000")
