"""Early warning: how many of a person's open dossiers are overdue, due today and due
within the next days, each with the desk filter that lists exactly them.

An officer's dossiers are those the officer received; a supervisor or an administrator
watches every dossier of the agency. The counts are the desk's own filters counted, so
one click on a count shows the same dossiers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from counter import clock
from counter.dossiers.queries import DossierFilter, count_in
from counter.errors import InputError
from counter.roles import Actor, Role
from counter.settings import get_setting
from counter.workspace import Workspace

MAX_DAYS = 60


class Warning(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_WITHIN = "due_within"  # due within the next N days (overdue and today included)


WARNING_LABELS = {
    Warning.OVERDUE: "Quá hạn",
    Warning.DUE_TODAY: "Đến hạn hôm nay",
    Warning.DUE_WITHIN: "Đến hạn trong {days} ngày tới",
}


@dataclass(frozen=True)
class EarlyWarning:
    overdue: int
    due_today: int
    due_within: int
    days: int  # N of "due within N days"
    received_by: str | None  # None: the whole agency's dossiers

    def count(self, kind: Warning) -> int:
        return {Warning.OVERDUE: self.overdue, Warning.DUE_TODAY: self.due_today,
                Warning.DUE_WITHIN: self.due_within}[kind]

    def label(self, kind: Warning) -> str:
        return WARNING_LABELS[kind].format(days=self.days)

    def filter(self, kind: Warning) -> DossierFilter:
        """The desk filter listing the dossiers of ``kind``."""
        return desk_filter(kind, self.days, self.received_by)

    @property
    def anything(self) -> bool:
        return bool(self.overdue or self.due_today or self.due_within)


def desk_filter(kind: Warning, days: int, received_by: str | None) -> DossierFilter:
    base = DossierFilter(received_by=received_by)
    if kind == Warning.OVERDUE:
        return replace(base, overdue=True)
    if kind == Warning.DUE_TODAY:
        return replace(base, due_today=True)
    return replace(base, due_within_days=days)


def watched_by(actor: Actor) -> str | None:
    """Whose dossiers ``actor`` is warned about: their own, or (supervisors,
    administrators) the agency's."""
    return None if actor.role in (Role.SUPERVISOR, Role.ADMIN) else actor.username


def early_warning(workspace: Workspace, actor: Actor, days: int | None = None) -> EarlyWarning:
    """The counts for ``actor`` now; ``days`` defaults to the ``early_warning_days`` setting."""
    now = clock.now()
    received_by = watched_by(actor)
    with workspace.store.read() as session:
        if days is None:
            days = int(get_setting(session, "early_warning_days"))
        if not 1 <= days <= MAX_DAYS:
            raise InputError("early_warning_days", f"số ngày phải từ 1 đến {MAX_DAYS}.")
        overdue, due_today, due_within = (
            count_in(session, desk_filter(kind, days, received_by), now) for kind in Warning)
    return EarlyWarning(overdue, due_today, due_within, days=days, received_by=received_by)
