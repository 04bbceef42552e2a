"""First-run set-up of a workstation, headless (the GUI's first-run wizard calls the same)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from counter import audit
from counter.accounts import account_problems
from counter.agencies import (
    AgencyInfo,
    agency_problems,
    save_agency,
    set_local_workstation,
    workstation_name_problem,
)
from counter.catalogue.service import ImportReport, import_catalogue_file
from counter.codes.allocate import add_block, static_block
from counter.db.models import CodeBlock
from counter.paths import resources_dir
from counter.roles import Actor
from counter.workspace import Identity, Workspace

SEED_CATALOGUE = Path("catalogue") / "commune-procedures.json"


@dataclass(frozen=True)
class SetupRequest:
    agency: AgencyInfo
    workstation_name: str
    slot: int = 1  # this workstation's share of the daily numbers, until the central server
    slots: int = 1  # leases blocks: slot N of M equal shares of 0001–9999


def first_run_problems(request: SetupRequest, username: str, full_name: str,
                       password: str) -> dict[str, str]:
    """Every problem of the first-run form at once (field name → reason), so that the
    person setting up sees them all instead of one per attempt."""
    problems = agency_problems(request.agency)
    workstation = workstation_name_problem(request.workstation_name)
    if workstation:
        problems["workstation"] = workstation
    return problems | account_problems(username, full_name, password)


def set_up_workstation(workspace: Workspace, request: SetupRequest, actor: Actor) -> Identity:
    first, last = static_block(request.slot, request.slots)
    with workspace.store.write() as session:
        agency = save_agency(session, request.agency)
        workstation = set_local_workstation(session, request.workstation_name, agency.code)
        has_blocks = session.scalar(
            select(CodeBlock.id).where(CodeBlock.agency_code == agency.code).limit(1)
        )
        if not has_blocks:
            add_block(session, agency.code, first, last)
        audit.record(session, actor, "workstation.setup", "workstation", workstation.id,
                     f"agency={agency.code} slot={request.slot}/{request.slots}")
    workspace.forget_calendar()
    return Identity(agency, workstation)


def load_seed_catalogue(workspace: Workspace) -> ImportReport:
    return import_catalogue_file(workspace.store, resources_dir() / SEED_CATALOGUE, source="seed")
