"""A counter workstation (the real core, on its own data directory) enrolled with a test server."""

from __future__ import annotations

from pathlib import Path

from counter.agencies import AgencyInfo
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.people import Applicant
from counter.roles import Actor, Role
from counter.setup import SetupRequest, load_seed_catalogue, set_up_workstation
from counter.workspace import Workspace
from sync.central import admin
from sync.central.context import CentralContext
from sync.client.config import load_config, save_config
from sync.client.enrol import enrol
from sync.client.runner import SyncReport, sync_now
from sync.transport import Transport
from tests.sync.helpers import AGENCY, fast_policy

OFFICER = Actor("canbo1", Role.OFFICER)
SUPERVISOR = Actor("giamsat", Role.SUPERVISOR)
ADMIN = Actor("quantri", Role.ADMIN)
AGENCY_INFO = AgencyInfo(
    code=AGENCY,
    name="Ủy ban nhân dân xã Tân Phú",
    level="commune",
    parent_name="Ủy ban nhân dân tỉnh Đồng Nai",
    unit_name="Bộ phận tiếp nhận và trả kết quả xã Tân Phú",
    place_name="Tân Phú",
)


def set_up(data_dir: Path, name: str = "Quầy 1") -> Workspace:
    workspace = Workspace(data_dir)
    set_up_workstation(workspace, SetupRequest(AGENCY_INFO, name), ADMIN)
    load_seed_catalogue(workspace)
    return workspace


def enrol_with(
    workspace: Workspace, data_dir: Path, context: CentralContext, url: str, **config: object
) -> None:
    code = admin.create_enrolment_code(context, AGENCY)
    enrol(workspace, data_dir, server_url=url, code=code, actor=ADMIN)
    if config:
        save_config(workspace, load_config(workspace).with_changes(**config))


def receive(workspace: Workspace, count: int, name: str = "Nguyễn Văn An") -> list[str]:
    applicant = Applicant(
        full_name=name,
        id_number="001090123456",
        sex="Nam",
        address="Thôn 3, xã Tân Phú, tỉnh Đồng Nai",
        phone="0912345678",
    )
    request = IntakeRequest(procedure_code="1.004194", applicant=applicant)
    return [receive_dossier(workspace, request, OFFICER).code for _ in range(count)]


def sync(workspace: Workspace, data_dir: Path, attempts: int = 3) -> SyncReport:
    """Sync with a quick retry policy (tests never wait long for an absent server)."""
    settings = load_config(workspace).transport_settings()
    settings.policy = fast_policy(attempts)
    with Transport(settings) as transport:
        return sync_now(workspace, data_dir, transport=transport)
