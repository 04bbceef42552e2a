"""Pulling the central streams into the core: catalogue, agencies, holidays, back-office status,
dossiers handed over from other agencies (and the agency's workstations into :class:`PeerStore`).

Each page is applied in one write transaction of the core's database, its
cursor with it. An item the core cannot take (e.g. a procedure that
fails the core's checks) is skipped with a warning naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from counter.agencies import AgencyInfo, save_agency
from counter.calendar_overrides import remove_override, set_override
from counter.catalogue.model import parse_procedure
from counter.catalogue.service import import_procedures, retire_procedure
from counter.deadlines.calendar import WorkCalendar
from counter.dossiers.central_status import CentralStatus, apply_central_status
from counter.errors import CounterError
from counter.handover import save_incoming
from counter.workspace import Workspace
from sync.client.api import CentralApi
from sync.client.cursors import CursorStore
from sync.client.peers import PeerStore
from sync.protocol import STREAMS, PullItem

MAX_PAGES = 10_000


@dataclass
class PullReport:
    applied: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STREAMS, 0))
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Local:
    """What an item is applied against: this workstation's agency and working calendar."""

    agency_code: str
    calendar: WorkCalendar


Applier = Callable[[Session, PullItem, Local], None]


def _apply_procedure(session: Session, item: PullItem, _local: Local) -> None:
    if item.deleted or item.data is None:
        retire_procedure(session, item.key.split("|", 1)[0])
        return
    info = parse_procedure(item.data, f"catalogue[{item.key}]")
    import_procedures(session, [info], source="central")


def _apply_agency(session: Session, item: PullItem, _local: Local) -> None:
    if item.deleted or item.data is None:
        return
    data = item.data
    save_agency(
        session,
        AgencyInfo(
            code=str(data.get("code", item.key)),
            name=str(data.get("name", "")),
            level=str(data.get("level", "commune")),
            parent_code=data.get("parent_code"),
            parent_name=str(data.get("parent_name", "")),
            unit_name=str(data.get("unit_name", "")),
            place_name=str(data.get("place_name", "")),
            lookup_url=data.get("lookup_url"),
            issuing_system=str(data.get("issuing_system") or ""),
            contact=str(data.get("contact") or ""),
        ),
    )


def _holiday_scope(key: str, local_agency: str) -> tuple[str | None, date]:
    """``all|day``, ``agency:X|day`` or ``province:Hxx|day`` as the core's (agency, day)."""
    scope, day_text = key.rsplit("|", 1)
    day = date.fromisoformat(day_text)
    if scope == "all":
        return None, day
    if scope.startswith("agency:"):
        return scope.removeprefix("agency:"), day
    return local_agency, day


def _apply_holiday(session: Session, item: PullItem, local: Local) -> None:
    agency, day = _holiday_scope(item.key, local.agency_code)
    if item.deleted or item.data is None:
        remove_override(session, day, agency, source="central")
        return
    note = str(item.data.get("name") or item.data.get("note") or "")
    set_override(session, day, str(item.data.get("kind")), note, agency, source="central")


def _moment(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def _apply_status(session: Session, item: PullItem, local: Local) -> None:
    """A status set in the back office, taken by the core like a step at the counter."""
    if item.deleted or item.data is None:
        return
    data = item.data
    update = CentralStatus(
        code=item.key,
        status=str(data.get("status")),
        actor=str(data.get("actor") or ""),
        reason=str(data.get("reason") or ""),
        at=_moment(data.get("at")),
        due_at=_moment(data.get("due_at")),
    )
    apply_central_status(session, update, local.calendar)


def _apply_handover(session: Session, item: PullItem, _local: Local) -> None:
    """A dossier another agency received for this one ("phi địa giới")."""
    if item.deleted or item.data is None:
        return
    save_incoming(session, item.key, item.data)


APPLIERS: dict[str, Applier] = {
    "catalogue": _apply_procedure,
    "agencies": _apply_agency,
    "holidays": _apply_holiday,
    "dossier-status": _apply_status,
    "handover": _apply_handover,
}


def _apply_page(
    session: Session, stream: str, items: list[PullItem], local: Local, report: PullReport
) -> None:
    for item in items:
        try:
            with session.begin_nested():
                APPLIERS[stream](session, item, local)
        except (CounterError, ValueError, KeyError) as error:
            report.warnings.append(f"Luồng {stream}, mục {item.key}: bỏ qua ({error}).")
            continue
        report.applied[stream] += 1


def _save_peers(
    session: Session, peers: PeerStore, items: list[PullItem], report: PullReport
) -> None:
    records = [item.data for item in items if item.data is not None and not item.deleted]
    peers.save(session, records)
    report.applied["workstations"] += len(records)


def pull_streams(
    workspace: Workspace,
    api: CentralApi,
    cursors: CursorStore,
    agency_code: str,
    peers: PeerStore,
) -> PullReport:
    report = PullReport()
    for stream in STREAMS:
        cursor_name = f"stream:{stream}"
        cursor = cursors.get(cursor_name)
        for _ in range(MAX_PAGES):
            page = api.pull(stream, cursor)
            local = Local(agency_code, workspace.calendar())
            with workspace.store.write() as session:  # the page and its cursor, together
                if page.items and stream == "workstations":
                    _save_peers(session, peers, page.items, report)
                elif page.items:
                    _apply_page(session, stream, page.items, local, report)
                cursor = page.cursor
                cursors.advance(session, cursor_name, cursor)
            if page.items and stream == "holidays":
                workspace.forget_calendar()  # later pages count with the new days off
            if not page.more:
                break
    return report
