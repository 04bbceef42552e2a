"""Early warning: overdue, due today, due within N days, for the person who logs in."""

from __future__ import annotations

import pytest

from counter.dossiers.model import IntakeRequest
from counter.dossiers.queries import count_dossiers, list_dossiers
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.errors import InputError
from counter.reporting.early_warning import Warning, early_warning
from counter.roles import Actor, Role
from counter.settings import set_setting
from tests.core.conftest import OFFICER, SUPERVISOR, citizen

OTHER = Actor("canbo2", Role.OFFICER)


def test_counts_for_the_officer_and_for_the_supervisor(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    def receive(procedure: str, actor: Actor, at: str) -> str:
        test_clock.set(at)
        return receive_dossier(workspace, IntakeRequest(procedure, citizen()), actor).code

    overdue = receive("1.004194", OFFICER, "2026-02-23T09:00")     # due 26 Feb 09:00
    receive("1.004194", OTHER, "2026-02-23T09:00")                 # someone else's, overdue
    today = receive("1.004194", OFFICER, "2026-02-26T11:00")       # due 3 Mar 11:00
    soon = receive("1.004222", OFFICER, "2026-02-24T10:00")        # due 5 Mar 10:00
    later = receive("1.004222", OFFICER, "2026-03-02T08:00")       # due 11 Mar
    done = receive("1.004194", OFFICER, "2026-02-23T10:00")        # overdue but finished
    apply_action(workspace, done, "record_result", OFFICER)
    test_clock.set("2026-03-03T09:00")

    mine = early_warning(workspace, OFFICER)
    assert (mine.overdue, mine.due_today, mine.due_within, mine.days) == (1, 1, 3, 3)
    assert mine.received_by == "canbo1"
    assert [d.code for d in list_dossiers(workspace, mine.filter(Warning.OVERDUE))] == [overdue]
    assert [d.code for d in list_dossiers(workspace, mine.filter(Warning.DUE_TODAY))] == [today]
    assert {d.code for d in list_dossiers(workspace, mine.filter(Warning.DUE_WITHIN))} == {
        overdue, today, soon}
    assert later not in {d.code for d in list_dossiers(workspace, mine.filter(Warning.DUE_WITHIN))}
    for kind in Warning:  # one click shows as many dossiers as the count says
        assert count_dossiers(workspace, mine.filter(kind)) == mine.count(kind)

    everyone = early_warning(workspace, SUPERVISOR)
    assert (everyone.overdue, everyone.due_today, everyone.due_within) == (2, 1, 4)
    assert everyone.received_by is None
    assert everyone.label(Warning.DUE_WITHIN) == "Đến hạn trong 3 ngày tới"

    with workspace.store.write() as session:
        set_setting(session, "early_warning_days", 10)
    assert early_warning(workspace, OFFICER).due_within == 4
    with pytest.raises(InputError):
        early_warning(workspace, OFFICER, days=0)
