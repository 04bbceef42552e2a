"""Fixtures for the core: a workstation set up on a fresh data directory."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from counter import clock
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


class FixedClock:
    """The app's clock (``counter.clock.now``) at a time the test sets and moves."""

    def __init__(self, start: str) -> None:
        self.moment = clock.parse_local(start)

    def now(self) -> datetime:
        return self.moment

    def set(self, moment: str) -> datetime:
        self.moment = clock.parse_local(moment)
        return self.moment

    def advance(self, **delta: float) -> datetime:
        self.moment += timedelta(**delta)
        return self.moment


@pytest.fixture
def test_clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    """Monday 2 March 2026, 09:30 in Vietnam, until the test moves it."""
    fixed = FixedClock("2026-03-02T09:30")
    monkeypatch.setattr(clock, "now", fixed.now)
    return fixed


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
