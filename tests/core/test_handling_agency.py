"""Receiving for another agency of the province ("phi địa giới"): both agencies recorded,
the code the receiving agency's, the handling agency's days off for the due time, its name
on the forms, and both in the message to the central system."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from counter.agencies import AgencyInfo, save_agency
from counter.calendar_overrides import set_override
from counter.clock import format_minute
from counter.db.models import Dossier, OutboxMessage
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.errors import InputError
from counter.forms.from_dossier import control_slip, receipt_pdf
from counter.workspace import Workspace
from tests.core.conftest import AGENCY, OFFICER, FixedClock, citizen
from tests.forms import pdf_tools

NEIGHBOUR = AgencyInfo(
    code="000.00.13.H42", name="Ủy ban nhân dân xã Phú Lập", level="commune",
    parent_name="Ủy ban nhân dân xã Phú Lập",
    unit_name="Trung tâm Phục vụ hành chính công xã Phú Lập", place_name="Phú Lập",
)
REQUEST = IntakeRequest(procedure_code="1.004194", applicant=citizen())  # 3 working days


@pytest.fixture
def neighbour(workspace: Workspace) -> AgencyInfo:
    with workspace.store.write() as session:
        save_agency(session, NEIGHBOUR)
        # a day off of the neighbouring commune only (its local festival)
        set_override(session, date(2026, 3, 3), "day_off", "Lễ hội xã Phú Lập",
                     agency_code=NEIGHBOUR.code, source="central")
    return NEIGHBOUR


def test_received_here_handled_there(
    workspace: Workspace, neighbour: AgencyInfo, test_clock: FixedClock
) -> None:
    own = receive_dossier(workspace, REQUEST, OFFICER)
    other = receive_dossier(
        workspace, replace(REQUEST, handling_agency_code=neighbour.code), OFFICER
    )
    assert own.handling_agency_code is None
    assert format_minute(own.due_at) == "2026-03-05T09:30"
    # the code is the receiving agency's; the neighbour's day off counts for its deadline
    assert other.code.startswith(f"{AGENCY.code}-")
    assert other.agency_code == AGENCY.code
    assert (other.handling_agency_code, other.handling_agency_name) == (
        neighbour.code, neighbour.name,
    )  # fmt: skip
    assert format_minute(other.due_at) == "2026-03-06T09:30"

    with workspace.store.read() as session:
        payload = session.scalar(
            select(OutboxMessage.payload).where(OutboxMessage.dossier_code == other.code)
        )
        plain = session.scalar(
            select(OutboxMessage.payload).where(OutboxMessage.dossier_code == own.code)
        )
    assert payload["agency_code"] == AGENCY.code
    assert payload["handling_agency_code"] == neighbour.code
    assert payload["handling_agency_name"] == neighbour.name
    assert plain["handling_agency_code"] == AGENCY.code

    text = " ".join(pdf_tools.page_texts(receipt_pdf(other, AGENCY, "Trần Văn Bình")))
    assert f"Cơ quan giải quyết hồ sơ: {neighbour.name}" in text
    assert "Cơ quan giải quyết hồ sơ" not in " ".join(
        pdf_tools.page_texts(receipt_pdf(own, AGENCY, "Trần Văn Bình"))
    )
    slip = control_slip(other, AGENCY)
    assert slip.handling_unit == neighbour.name
    assert slip.steps[0].to_party == neighbour.name


def test_unknown_or_malformed_handling_agency_is_refused_and_nothing_written(
    workspace: Workspace, test_clock: FixedClock
) -> None:
    with pytest.raises(InputError) as error:
        receive_dossier(workspace, replace(REQUEST, handling_agency_code="000.00.99.H42"),
                        OFFICER)
    assert error.value.field == "handling_agency_code"
    assert "chưa có cơ quan 000.00.99.H42" in str(error.value)
    with pytest.raises(InputError, match="QCVN 102"):
        receive_dossier(workspace, replace(REQUEST, handling_agency_code="xa Phu Lap"), OFFICER)
    with workspace.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_own_code_as_handling_agency_is_the_ordinary_case(
    workspace: Workspace, test_clock: FixedClock
) -> None:
    view = receive_dossier(workspace, replace(REQUEST, handling_agency_code=AGENCY.code),
                           OFFICER)
    assert view.handling_agency_code is None and view.handling_agency_name == ""
