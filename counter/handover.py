"""Dossiers another agency received for this one ("phi địa giới").

A counter may receive a dossier that another agency of the province handles. The receiving
workstation records both agencies (:mod:`counter.dossiers.receive`) and sends both to the
central system, which hands the dossier over to the handling agency's workstations on its
``handover`` stream. Here they are kept, read-only, until this agency's back office acts on
them (its own handling is not modelled on the workstation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import clock
from counter.agencies import AgencyInfo, to_agency_info
from counter.db.models import Agency, IncomingDossier
from counter.errors import InputError
from counter.workspace import Workspace, identity_in


@dataclass(frozen=True)
class IncomingView:
    code: str
    receiving_agency_code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    received_at: datetime | None
    due_at: datetime | None
    status: str


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def save_incoming(session: Session, code: str, snapshot: dict[str, Any]) -> None:
    """Keep (or refresh) a dossier handed over by the central system."""
    if not code.strip():
        raise InputError("handover", "hồ sơ chuyển đến thiếu mã hồ sơ.")
    procedure = snapshot.get("procedure") or {}
    applicant = snapshot.get("applicant") or {}
    name = applicant.get("organisation_name") if applicant.get("kind") == "organisation" else None
    row = session.get(IncomingDossier, code) or IncomingDossier(code=code)
    row.receiving_agency_code = str(snapshot.get("agency_code") or "")[:40]
    row.procedure_code = str(procedure.get("code") or "")[:40]
    row.procedure_name = str(procedure.get("name") or "")[:500]
    row.applicant_name = str(name or applicant.get("full_name") or "")[:200]
    row.received_at = _moment(snapshot.get("received_at"))
    row.due_at = _moment(snapshot.get("due_at"))
    row.status = str(snapshot.get("status") or "")[:30]
    row.snapshot = snapshot
    row.updated_at = clock.now()
    session.add(row)
    session.flush()


def list_incoming(session: Session) -> list[IncomingView]:
    rows = session.scalars(select(IncomingDossier).order_by(IncomingDossier.due_at,
                                                            IncomingDossier.code))
    return [
        IncomingView(r.code, r.receiving_agency_code, r.procedure_code, r.procedure_name,
                     r.applicant_name, r.received_at, r.due_at, r.status)
        for r in rows
    ]


def other_agencies(workspace: Workspace) -> list[AgencyInfo]:
    """The agencies this workstation knows besides its own, by name: those a dossier can be
    received for ("phi địa giới")."""
    with workspace.store.read() as session:
        own = identity_in(session).agency.code
        rows = session.scalars(select(Agency).where(Agency.code != own).order_by(Agency.name))
        return [to_agency_info(row) for row in rows]
