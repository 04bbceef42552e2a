"""The catalogue by channel and case, fee exemptions, admin changes, unlisted procedures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from counter.catalogue.admin import (
    add_procedure,
    edit_procedure,
    next_version,
    plan_import,
    procedure_versions,
    retire,
)
from counter.catalogue.fees import FeeRule
from counter.catalogue.model import DocumentComponent, ProcedureInfo
from counter.catalogue.service import get_procedure, read_catalogue_file, search_procedures
from counter.catalogue.terms import ChannelTerms, ProcedureCase, resolve_terms
from counter.catalogue.unlisted_review import draft_from_dossier, unlisted_dossiers
from counter.db.models import AuditEvent
from counter.deadlines.compute import ProcessingTime
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import get_dossier
from counter.dossiers.unlisted import UnlistedProcedure
from counter.errors import InputError, NotFoundError, PermissionDeniedError
from counter.paths import resources_dir
from tests.core.conftest import ADMIN, OFFICER, SUPERVISOR, citizen

SEED = resources_dir() / "catalogue" / "commune-procedures.json"


def test_seed_has_forty_procedures_with_sources() -> None:
    procedures = {p.code: p for p in read_catalogue_file(SEED)}
    assert len(procedures) >= 40
    assert all(p.sources for p in procedures.values())
    fields = {p.field for p in procedures.values()}
    assert {"Hộ tịch", "Chứng thực"} <= fields
    sources = (SEED.parent / "SOURCES.md").read_text(encoding="utf-8")
    assert all(code in sources for code in procedures)


def test_seed_corrections_from_public_sources() -> None:
    procedures = {p.code: p for p in read_catalogue_file(SEED)}
    residence = procedures["1.004194"]
    fees = {(case.key, channel): resolve_terms(residence, case.key, channel).fee.amount
            for case in residence.cases for channel in ("in_person", "online")}
    assert sorted(fees.values()) == [5000, 7000, 10000, 15000]
    assert residence.own_forms == ("CT04", "CT05", "CT06")
    assert "bàn Công an in giấy tiếp nhận riêng" in residence.forms_note
    marriage = procedures["1.000894"]
    assert marriage.fee.kind == "free" and not marriage.fee.varies_by_province
    assert resolve_terms(marriage, "thuong").processing == ProcessingTime.same_day()
    assert resolve_terms(marriage, "xac_minh").processing == ProcessingTime.days(5)
    assert any("Điều 11" in e.legal_basis for e in procedures["1.001193"].exemptions)


def _two_cases() -> ProcedureInfo:
    return ProcedureInfo(
        code="9.000001", version="", name="Thủ tục thử hai trường hợp",
        processing=ProcessingTime.days(3), fee=FeeRule("fixed", amount=20_000),
        documents=(DocumentComponent("Đơn đề nghị"),),
        channels=(ChannelTerms("online", fee=FeeRule("fixed", amount=10_000)),),
        cases=(
            ProcedureCase("a", "Trường hợp A"),
            ProcedureCase("b", "Trường hợp B", processing=ProcessingTime.days(7),
                          fee=FeeRule("fixed", amount=50_000),
                          documents=(DocumentComponent("Đơn đề nghị"),
                                     DocumentComponent("Bản sao giấy tờ")),
                          channels=(ChannelTerms("online", fee=FeeRule("fixed", amount=25_000)),)),
        ),
    )


def test_terms_resolve_by_case_then_channel() -> None:
    info = _two_cases()
    a, b = resolve_terms(info, "a"), resolve_terms(info, "b")
    assert (a.processing.amount, a.fee.amount, len(a.documents)) == (3, 20_000, 1)
    assert (b.processing.amount, b.fee.amount, len(b.documents)) == (7, 50_000, 2)
    assert resolve_terms(info, "a", "online").fee.amount == 10_000
    assert resolve_terms(info, "b", "online").fee.amount == 25_000
    assert resolve_terms(info, "").case_key == "a"  # the ordinary case by default
    with pytest.raises(InputError) as error:
        resolve_terms(info, "c")
    assert error.value.field == "procedure_case"
    with pytest.raises(InputError):
        resolve_terms(info, "a", "fax")


def test_roundtrip_through_the_database(workspace) -> None:  # type: ignore[no-untyped-def]
    saved = add_procedure(workspace, _two_cases(), ADMIN)
    back = get_procedure(workspace.store, "9.000001")
    assert back.cases == saved.cases and back.channels == saved.channels
    assert back.valid_from == saved.valid_from and back.version == saved.version


def test_receive_by_case_and_exemption(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    add_procedure(workspace, _two_cases(), ADMIN)
    one = receive_dossier(workspace, IntakeRequest("9.000001", citizen(), procedure_case="a"),
                          OFFICER)
    two = receive_dossier(workspace, IntakeRequest("9.000001", citizen(), procedure_case="b"),
                          OFFICER)
    assert (one.processing_amount, one.fee_amount) == (3, 20_000)
    assert (two.processing_amount, two.fee_amount) == (7, 50_000)
    assert two.due_at > one.due_at and two.procedure_case_name == "Trường hợp B"
    free = receive_dossier(workspace, IntakeRequest("1.004873", citizen(),
                                                    fee_exemption="ho_ngheo"), OFFICER)
    assert free.fee_amount == 0 and "Điều 11" in free.fee_exemption_basis
    with pytest.raises(InputError) as error:
        receive_dossier(workspace, IntakeRequest("1.004873", citizen(), fee_exemption="x"),
                        OFFICER)
    assert error.value.field == "fee_exemption"
    police = receive_dossier(workspace, IntakeRequest("1.004194", citizen(),
                                                      procedure_case="khac"), OFFICER)
    assert police.fee_amount == 10_000 and "CT04" in police.handling_forms_note


def test_edit_makes_a_version_and_dossiers_keep_theirs(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    first = add_procedure(workspace, _two_cases(), ADMIN)
    old = receive_dossier(workspace, IntakeRequest("9.000001", citizen(), procedure_case="a"),
                          OFFICER)
    changed = replace(first, processing=ProcessingTime.days(10), cases=())
    second = edit_procedure(workspace, changed, ADMIN)
    assert second.version != first.version
    versions = procedure_versions(workspace, "9.000001")
    assert [v.active for v in versions] == [True, False]
    assert versions[1].retired_on == date(2026, 3, 2)
    kept = get_dossier(workspace, old.code, OFFICER)
    assert (kept.procedure_version, kept.processing_amount) == (first.version, 3)
    assert retire(workspace, "9.000001", ADMIN) == 1
    assert search_procedures(workspace.store, "9.000001") == []
    with pytest.raises(InputError):
        retire(workspace, "9.000001", ADMIN)
    with pytest.raises(PermissionDeniedError):
        add_procedure(workspace, replace(_two_cases(), code="9.000002"), OFFICER)
    with pytest.raises(InputError):
        add_procedure(workspace, _two_cases(), ADMIN)  # the code exists: edit it
    with pytest.raises(NotFoundError):
        edit_procedure(workspace, replace(_two_cases(), code="9.999999"), ADMIN)
    with workspace.store.read() as session:
        trail = session.scalars(select(AuditEvent.action).where(
            AuditEvent.object_ref == "9.000001").order_by(AuditEvent.id)).all()
    assert trail == ["catalogue.add", "catalogue.edit", "catalogue.retire"]


def test_plan_names_changes_and_changes_nothing(workspace) -> None:  # type: ignore[no-untyped-def]
    seed = {p.code: p for p in read_catalogue_file(SEED)}
    new = replace(seed["1.001193"], version="2027.01")
    with workspace.store.read() as session:
        plan = plan_import(session, [seed["2.000815"], new, _two_cases()])
    assert [c.action for c in plan] == ["unchanged", "add", "add"]
    assert plan[1].retires == (seed["1.001193"].version,)
    assert get_procedure(workspace.store, "1.001193").version == seed["1.001193"].version


def test_unlisted_procedure_received_flagged_and_drafted(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    typed = UnlistedProcedure("Cấp phép xây dựng nhà ở nông thôn", ProcessingTime.days(15),
                              fee_amount=50_000, documents=("Đơn đề nghị", "Bản vẽ"))
    view = receive_dossier(workspace, IntakeRequest("", citizen(), unlisted=typed), OFFICER)
    assert view.unlisted and view.fee_amount == 50_000 and view.processing_amount == 15
    day = unlisted_dossiers(workspace, date(2026, 3, 2), SUPERVISOR)
    assert [d.code for d in day] == [view.code]
    draft = draft_from_dossier(workspace, view.code, SUPERVISOR)
    assert draft.name == typed.name and len(draft.documents) == 2
    saved = add_procedure(workspace, replace(draft, code="9.100000"), SUPERVISOR)
    assert get_procedure(workspace.store, "9.100000").version == saved.version
    for bad, field in ((replace(typed, name=" "), "unlisted.name"),
                       (replace(typed, documents=()), "unlisted.documents"),
                       (replace(typed, fee_amount=-1), "unlisted.fee")):
        with pytest.raises(InputError) as error:
            receive_dossier(workspace, IntakeRequest("", citizen(), unlisted=bad), OFFICER)
        assert error.value.field == field
    with pytest.raises(NotFoundError):
        draft_from_dossier(workspace, "nope", SUPERVISOR)


def test_next_version() -> None:
    assert next_version([], date(2026, 3, 2)) == "2026.03.02"
    assert next_version(["2026.03.02", "2026.03.02-2"], date(2026, 3, 2)) == "2026.03.02-3"
