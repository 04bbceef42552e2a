"""Flow: a counter receives a dossier another commune handles ("phi địa giới"); the central
server records both agencies and hands the dossier over to the handling agency's
workstations only, on its ``handover`` stream (a real central server on loopback)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter.agencies import AgencyInfo, save_agency
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.handover import list_incoming
from counter.people import Applicant
from counter.setup import SetupRequest, load_seed_catalogue, set_up_workstation
from counter.workspace import Workspace
from sync.central import admin
from sync.central.context import CentralContext
from sync.central.models import Dossier
from sync.client.enrol import enrol
from tests.sync.fixtures import StartServer
from tests.sync.helpers import AGENCY
from tests.sync.workstation import ADMIN, AGENCY_INFO, OFFICER, enrol_with, set_up, sync

PHU_LAP = AgencyInfo(
    code="000.00.13.H42", name="Ủy ban nhân dân xã Phú Lập", level="commune",
    parent_name="Ủy ban nhân dân xã Phú Lập",
    unit_name="Trung tâm Phục vụ hành chính công xã Phú Lập", place_name="Phú Lập",
)


def _workstation_of(agency: AgencyInfo, data_dir: Path, context: CentralContext,
                    url: str) -> Workspace:
    workspace = Workspace(data_dir)
    set_up_workstation(workspace, SetupRequest(agency, "Quầy 1"), ADMIN)
    load_seed_catalogue(workspace)
    code = admin.create_enrolment_code(context, agency.code)
    enrol(workspace, data_dir, server_url=url, code=code, actor=ADMIN)
    return workspace


def test_a_dossier_received_for_another_commune_reaches_its_workstations_only(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server = start_server(sqlite_context)
    tan_phu_dir, other_dir, phu_lap_dir = (tmp_path / n for n in ("tp", "tp2", "pl"))
    tan_phu = set_up(tan_phu_dir)
    enrol_with(tan_phu, tan_phu_dir, sqlite_context, server.url)
    other_counter = set_up(other_dir, "Quầy 2")
    enrol_with(other_counter, other_dir, sqlite_context, server.url)
    phu_lap = _workstation_of(PHU_LAP, phu_lap_dir, sqlite_context, server.url)
    try:
        with tan_phu.store.write() as session:
            save_agency(session, PHU_LAP)  # as the agencies stream would bring it
        applicant = Applicant(full_name="Nguyễn Văn An", id_number="001090123456", sex="Nam",
                              address="Thôn 3, xã Phú Lập, tỉnh Đồng Nai", phone="0912345678")
        request = IntakeRequest("1.004194", applicant)
        handed = receive_dossier(tan_phu, replace(request, handling_agency_code=PHU_LAP.code),
                                 OFFICER)
        own = receive_dossier(tan_phu, request, OFFICER)
        assert handed.code.startswith(f"{AGENCY_INFO.code}-")
        assert sync(tan_phu, tan_phu_dir).push.acknowledged == 2

        def stored(session: Session) -> dict[str, tuple[str | None, str | None]]:
            rows = session.execute(select(Dossier.code, Dossier.agency_code,
                                          Dossier.handling_agency_code))
            return {code: (agency, handler) for code, agency, handler in rows}

        central = sqlite_context.database.run(stored)
        assert central[handed.code] == (AGENCY, PHU_LAP.code)
        assert central[own.code] == (AGENCY, AGENCY)

        report = sync(phu_lap, phu_lap_dir)
        assert report.pulled["handover"] == 1 and report.warnings == []
        with phu_lap.store.read() as session:
            incoming = list_incoming(session)
        assert [(i.code, i.receiving_agency_code, i.applicant_name) for i in incoming] == [
            (handed.code, AGENCY, "Nguyễn Văn An")]
        assert incoming[0].due_at == handed.due_at
        assert incoming[0].procedure_code == "1.004194"

        assert sync(other_counter, other_dir).pulled["handover"] == 0
        with other_counter.store.read() as session:
            assert list_incoming(session) == []
        assert sync(phu_lap, phu_lap_dir).pulled["handover"] == 0  # nothing twice
    finally:
        for workspace in (tan_phu, other_counter, phu_lap):
            workspace.close()
