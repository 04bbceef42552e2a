"""The supervisor's side of "nobody is turned away": the day's dossiers of procedures not
in the catalogue, and a draft procedure made from one of them to add to the catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from counter.access import check_permission
from counter.catalogue.fees import FeeRule
from counter.catalogue.model import DocumentComponent, ProcedureInfo
from counter.day_review import day_bounds
from counter.db.models import Dossier
from counter.deadlines.compute import ProcessingTime
from counter.errors import NotFoundError
from counter.roles import Actor
from counter.workspace import Workspace


@dataclass(frozen=True)
class UnlistedDossier:
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    received_at_text: str
    created_by: str


def unlisted_dossiers(workspace: Workspace, day: date, actor: Actor) -> list[UnlistedDossier]:
    """Dossiers received on ``day`` under a procedure typed at the counter."""
    check_permission(workspace, actor, "dossier.view", "day", day.isoformat())
    start, end = day_bounds(day)
    with workspace.store.read() as session:
        rows = session.scalars(
            select(Dossier).where(Dossier.unlisted.is_(True), Dossier.received_at >= start,
                                  Dossier.received_at < end).order_by(Dossier.received_at)
        ).all()
        return [UnlistedDossier(r.code, r.procedure_code, r.procedure_name, r.applicant_name,
                                r.received_at.strftime("%H:%M"), r.created_by) for r in rows]


def draft_from_dossier(workspace: Workspace, dossier_code: str, actor: Actor) -> ProcedureInfo:
    """A procedure to add to the catalogue, filled from what the officer typed (the
    administrator completes and saves it with ``admin.add_procedure``)."""
    check_permission(workspace, actor, "catalogue.manage", "dossier", dossier_code)
    with workspace.store.read() as session:
        row = session.scalar(select(Dossier).where(Dossier.code == dossier_code))
        typed = (row.procedure_terms or {}).get("unlisted") if row is not None else None
        if row is None or not typed:
            raise NotFoundError(f"Hồ sơ {dossier_code} không phải hồ sơ thủ tục ngoài danh mục.")
    time = typed["processing_time"]
    processing = ProcessingTime(time["kind"], time.get("amount", 0))
    amount = int(typed.get("fee_amount", 0))
    return ProcedureInfo(
        code=typed.get("code", ""), version="", name=typed["name"], processing=processing,
        field=typed.get("field", ""),
        fee=FeeRule("fixed", amount=amount) if amount else FeeRule(),
        documents=tuple(DocumentComponent(d, originals=1) for d in typed.get("documents", [])),
        sources=(f"Tiếp nhận ngoài danh mục, hồ sơ {dossier_code}",),
        unverified=("decision", "processing_time", "fee", "documents"),
    )
