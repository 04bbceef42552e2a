"""Fixtures for the core: a workstation set up on a fresh data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counter.agencies import AgencyInfo
from counter.people import Applicant
from counter.roles import Actor, Role
from counter.setup import SetupRequest, load_seed_catalogue, set_up_workstation
from counter.workspace import Workspace

AGENCY = AgencyInfo(
    code="000.00.12.H42",
    name="Ủy ban nhân dân xã Tân Phú",
    level="commune",
    parent_name="Ủy ban nhân dân tỉnh Đồng Nai",
    unit_name="Bộ phận tiếp nhận và trả kết quả xã Tân Phú",
    place_name="Tân Phú",
)
OFFICER = Actor("canbo1", Role.OFFICER)
SUPERVISOR = Actor("giamsat", Role.SUPERVISOR)
VILLAGE = Actor("tocnso", Role.VILLAGE_TEAM)
ADMIN = Actor("quantri", Role.ADMIN)


def make_workspace(data_dir: Path, slot: int = 1, slots: int = 1) -> Workspace:
    workspace = Workspace(data_dir)
    set_up_workstation(workspace, SetupRequest(AGENCY, f"Quầy {slot}", slot, slots), ADMIN)
    load_seed_catalogue(workspace)
    return workspace


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = make_workspace(data_dir)
    yield ws
    ws.close()


def citizen(name: str = "Nguyễn Văn An", id_number: str = "001090123456") -> Applicant:
    return Applicant(
        full_name=name,
        id_number=id_number,
        sex="Nam",
        address="Thôn 3, xã Tân Phú, tỉnh Đồng Nai",
        phone="0912345678",
    )
