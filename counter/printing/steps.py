"""The step of a dossier's history each form is made from.

A form is a paper about one step: the receipt about the reception, the request
to complete about the latest request, the refusal about the refusal... The
control slip is about the whole history as it stands, so its step is the latest.
Printing again from the same step is a reprint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from counter.db.models import DossierEvent
from counter.dossiers.lifecycle import Status


@dataclass(frozen=True)
class SourceStep:
    """One event of the dossier, as a form needs it (detached from the session)."""

    id: int
    at: datetime
    actor: str
    action: str
    to_status: str
    reason: str
    due_at: datetime
    previous_due_at: datetime  # the due time before this step
    details: dict[str, Any] = field(default_factory=dict)


StepFinder = Callable[[Sequence[DossierEvent]], int | None]


def first_reception(events: Sequence[DossierEvent]) -> int | None:
    return next((i for i, e in enumerate(events) if e.action == "receive"), 0 if events else None)


def latest_entry_into(status: Status) -> StepFinder:
    """The latest step that put the dossier into ``status`` (at the counter or centrally)."""

    def find(events: Sequence[DossierEvent]) -> int | None:
        for index in range(len(events) - 1, -1, -1):
            event = events[index]
            if event.to_status == status and event.from_status != status:
                return index
        return None

    return find


def latest_action(action: str) -> StepFinder:
    def find(events: Sequence[DossierEvent]) -> int | None:
        for index in range(len(events) - 1, -1, -1):
            if events[index].action == action:
                return index
        return None

    return find


def latest_step(events: Sequence[DossierEvent]) -> int | None:
    return len(events) - 1 if events else None


def source_step(events: Sequence[DossierEvent], finder: StepFinder) -> SourceStep | None:
    """The step ``finder`` picks from ``events`` (in order), or ``None`` if there is none."""
    index = finder(events)
    if index is None:
        return None
    event = events[index]
    previous = events[index - 1].due_at if index > 0 else event.due_at
    details = event.details if isinstance(event.details, dict) else {}
    return SourceStep(
        id=event.id,
        at=event.at,
        actor=event.actor,
        action=event.action,
        to_status=event.to_status,
        reason=event.reason,
        due_at=event.due_at,
        previous_due_at=previous,
        details=details,
    )
