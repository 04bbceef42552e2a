"""What an accepted message does to the central picture of dossiers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from sync.canonical import canonical_text
from sync.central.models import Dossier, DossierEvent
from sync.central.services.bulk import insert_rows, member_of
from sync.central.services.common import WorkstationIdentity, stored_moment
from sync.central.services.streams import publish
from sync.protocol import OutboxMessage, parse_dossier_code


def _text(value: Any, limit: int) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)[:limit]


def _procedure(payload: dict[str, Any], field: str) -> Any:
    """The procedure's code or version: ``procedure: {code, version}`` or flat ``procedure_<field>``."""
    nested = payload.get("procedure")
    if isinstance(nested, dict) and field in nested:
        return nested[field]
    return payload.get(f"procedure_{field}")


# Statuses in which the processing is over (as counter.dossiers.lifecycle.FINISHED says).
FINISHED_STATUSES = ("result_ready", "returned", "stopped", "refused", "withdrawn")


def _dossier_values(
    workstation: WorkstationIdentity, message: OutboxMessage, snapshot: str | None = None
) -> dict[str, Any]:
    """The row of a snapshot; ``snapshot`` is the payload's canonical JSON if already made."""
    code = str(message.dossier_code)
    payload = message.payload
    parsed = parse_dossier_code(code)
    snapshot_at = stored_moment(message.created_at)
    agency = _text(payload.get("agency_code"), 64) or (parsed[0][:64] if parsed else None)
    return {
        "code": code,
        "agency_code": agency,
        "handling_agency_code": _text(payload.get("handling_agency_code"), 64) or agency,
        "procedure_code": _text(_procedure(payload, "code"), 64),
        "procedure_version": _text(_procedure(payload, "version"), 32),
        "status": _text(payload.get("status"), 64) or "received",
        "received_at": stored_moment(payload.get("received_at")),
        "due_at": stored_moment(payload.get("due_at")),
        "workstation_id": workstation.id,
        "seq_day": parsed[1] if parsed else None,
        "seq_number": parsed[2] if parsed else None,
        "snapshot_at": snapshot_at,
        "status_at": snapshot_at,
        "message_id": message.id,
        "snapshot": snapshot if snapshot is not None else canonical_text(payload),
        "check_hash": _check_hash(payload),
        "channel": _text(payload.get("channel"), 20),
        "finished_at": snapshot_at
        if (_text(payload.get("status"), 64) or "received") in FINISHED_STATUSES else None,
    }


def _check_hash(payload: dict[str, Any]) -> str | None:
    value = payload.get("check_hash")
    return value if isinstance(value, str) and len(value) == 64 else None


def _on_conflict(insert: Any) -> Any:
    """A snapshot refreshes the stored one only if the same workstation took it, not earlier."""
    table = Dossier.__table__
    values: dict[str, Any] = {
        c.name: insert.excluded[c.name] for c in table.columns if c.name != "code"}
    values["finished_at"] = func.coalesce(table.c.finished_at, insert.excluded.finished_at)
    return insert.on_conflict_do_update(
        index_elements=[table.c.code],
        set_=values,
        where=(table.c.workstation_id == insert.excluded.workstation_id)
        & (table.c.snapshot_at <= insert.excluded.snapshot_at),
    ).returning(table.c.code)


def _upsert(session: Session, rows: list[dict[str, Any]]) -> set[str]:
    """Insert or refresh snapshots (one statement for all the rows); the codes written."""
    return set(insert_rows(session, Dossier, rows, _on_conflict).scalars())


def apply_received(
    session: Session,
    workstation: WorkstationIdentity,
    messages: list[OutboxMessage],
    snapshots: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Store or refresh dossier snapshots, in code order; a reason per message whose code
    belongs to another workstation's dossier. ``snapshots``: the canonical JSON of payloads
    already written, by message id."""
    ordered = sorted(messages, key=lambda m: (str(m.dossier_code), m.created_at))
    known = snapshots or {}
    rows = [_dossier_values(workstation, m, known.get(m.id)) for m in ordered]
    written: set[str] = set()
    for round_rows in _rounds(rows):
        written |= _upsert(session, round_rows)
    refused = _refused(session, workstation, {row["code"] for row in rows} - written)
    _apply_later_events(session, written)
    _hand_over(session, [row for row in rows if row["code"] in written])
    return {
        message.id: refused[str(message.dossier_code)]
        for message in ordered
        if str(message.dossier_code) in refused
    }


def _hand_over(session: Session, rows: list[dict[str, Any]]) -> None:
    """A dossier received for another agency ("phi địa giới") is published to that agency's
    workstations on the ``handover`` stream (the latest snapshot of each code)."""
    latest = {row["code"]: row for row in rows}
    for code, row in latest.items():
        handler = row["handling_agency_code"]
        if not handler or handler == row["agency_code"]:
            continue
        publish(session, "handover", code, json.loads(row["snapshot"]),
                scope=f"agency:{handler}")


def _rounds(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split rows so that no code is twice in a round (one statement may not touch a row twice);
    later snapshots of a code go in later rounds."""
    rounds: list[list[dict[str, Any]]] = []
    seen: dict[str, int] = {}
    for row in rows:
        depth = seen.get(row["code"], 0)
        seen[row["code"]] = depth + 1
        if depth == len(rounds):
            rounds.append([])
        rounds[depth].append(row)
    return rounds


def _refused(session: Session, workstation: WorkstationIdentity, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    owners = session.execute(
        select(Dossier.code, Dossier.workstation_id).where(
            member_of(session, Dossier.code, sorted(codes))
        )
    ).all()
    return {
        code: (
            f"Mã hồ sơ {code} đã được máy trạm khác ({owner}) gửi lên với một hồ sơ khác; "
            "hai hồ sơ trùng mã được giữ lại để cán bộ trung tâm xem xét."
        )
        for code, owner in owners
        if owner != workstation.id
    }


def apply_event(
    session: Session,
    workstation: WorkstationIdentity,
    message: OutboxMessage,
    payload_text: str | None = None,
) -> None:
    """Record a lifecycle event and move the dossier's status if the event is the latest
    (``payload_text``: the payload's canonical JSON if already written)."""
    payload = message.payload
    at = stored_moment(payload.get("at")) or stored_moment(message.created_at)
    assert at is not None  # created_at is checked to carry an offset
    to_status = _text(payload.get("to_status"), 64)
    due_at = stored_moment(payload.get("due_at"))
    session.add(
        DossierEvent(
            message_id=message.id,
            dossier_code=str(message.dossier_code),
            workstation_id=workstation.id,
            action=_text(payload.get("action"), 64),
            from_status=_text(payload.get("from_status"), 64),
            to_status=to_status,
            at=at,
            due_at=due_at,
            payload=payload_text if payload_text is not None else canonical_text(payload),
        )
    )
    session.flush()
    if to_status is not None:
        _move_status(session, str(message.dossier_code), to_status, at, due_at)


def finished_values(status: str, at: Any) -> dict[str, Any]:
    """The end of the processing, set once when the dossier enters a finished status."""
    if status not in FINISHED_STATUSES:
        return {}
    return {"finished_at": case((Dossier.finished_at.is_(None), at), else_=Dossier.finished_at)}


def _move_status(session: Session, code: str, status: str, at: Any, due_at: Any) -> None:
    values: dict[str, Any] = {"status": status, "status_at": at, **finished_values(status, at)}
    if due_at is not None:
        values["due_at"] = due_at
    session.execute(
        update(Dossier).where(Dossier.code == code, Dossier.status_at <= at).values(**values)
    )


def _apply_later_events(session: Session, codes: set[str]) -> None:
    """Events that reached the server before their dossier (e.g. from a batch file)."""
    if not codes:
        return
    with_events = session.scalars(
        select(DossierEvent.dossier_code)
        .where(member_of(session, DossierEvent.dossier_code, sorted(codes)))
        .distinct()
    ).all()
    for code in sorted(with_events):
        status_at = session.scalar(select(Dossier.status_at).where(Dossier.code == code))
        latest = session.scalars(
            select(DossierEvent)
            .where(
                DossierEvent.dossier_code == code,
                DossierEvent.at > status_at,
                DossierEvent.to_status.is_not(None),
            )
            .order_by(DossierEvent.at.desc())
            .limit(1)
        ).first()
        if latest is not None and latest.to_status is not None:
            _move_status(session, code, latest.to_status, latest.at, latest.due_at)
