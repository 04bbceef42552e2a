"""A hand-counted month: dossiers received, paused, refused, withdrawn, extended and
finished around February and March 2026, each step at the time the clock says.

The expected figures in the tests are counted by hand from the list in ``build_month``
(working hours 08:00-12:00 and 13:00-17:00, Monday to Friday; Tết 2026 is 14-22 February).
"""

from __future__ import annotations

from datetime import datetime

from counter.attachments import add_attachment
from counter.dossiers.model import IntakeRequest, Payment
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.workspace import Workspace
from tests.core.conftest import OFFICER, SUPERVISOR, FixedClock, citizen

TEMPORARY = "1.004194"  # temporary residence: 3 working days, fee 15.000 đ
PERMANENT = "1.004222"  # permanent residence: 7 working days, fee 20.000 đ
COPY = "2.000815"  # certified copy: the same day, 2.000 đ a page


def build_month(workspace: Workspace, clock: FixedClock) -> dict[str, str]:
    """The dossiers by letter (A..P) -> their codes. The clock ends on 2 April 09:00."""
    codes: dict[str, str] = {}

    def at(moment: str) -> None:
        clock.set(moment)

    def receive(letter: str, procedure: str, **options: object) -> None:
        request = IntakeRequest(procedure, citizen(id_number=f"0010901234{len(codes):02d}"),
                                **options)  # type: ignore[arg-type]
        codes[letter] = receive_dossier(workspace, request, OFFICER).code

    def act(letter: str, action: str, **options: object) -> None:
        actor = SUPERVISOR if action in ("extend_deadline", "stop") else OFFICER
        reason = "" if action in ("record_result", "return_result", "supplement") else "lý do"
        apply_action(workspace, codes[letter], action, actor, reason=reason,
                     **options)  # type: ignore[arg-type]

    at("2026-02-02T09:00")
    receive("B", PERMANENT)          # due 11 Feb 09:00
    at("2026-02-24T10:00")
    receive("N", TEMPORARY)          # due 27 Feb 10:00
    at("2026-02-25T10:00")
    act("N", "record_result")        # Feb: early
    at("2026-02-26T10:00")
    receive("A", TEMPORARY)          # due 3 Mar 10:00
    at("2026-03-02T09:30")
    act("A", "record_result")                                # Mar: early (carried over)
    receive("C", TEMPORARY)                                  # due 5 Mar 09:30
    receive("D", TEMPORARY)                                  # due 5 Mar 09:30, then paused
    at("2026-03-02T10:00")
    receive("L", PERMANENT, channel="village_team")          # due 11 Mar 10:00, extended
    add_attachment(workspace, codes["L"], "to-khai.png", b"\x89PNG scan", OFFICER)
    receive("M", TEMPORARY)                                  # due 5 Mar 10:00
    at("2026-03-03T09:30")
    act("D", "request_supplement")   # 8 working hours spent
    at("2026-03-05T09:00")
    act("C", "record_result")        # on time (same day, before)
    at("2026-03-05T10:00")
    act("B", "record_result")                                # late (carried over)
    receive("K", COPY, payment=Payment(paid=True, method="transfer", pages=2))
    at("2026-03-05T11:00")
    act("K", "record_result")        # on time (same day)
    act("K", "return_result", satisfaction=5)
    add_attachment(workspace, codes["K"], "ban-sao.pdf", b"%PDF result", OFFICER, "result")
    at("2026-03-06T10:00")
    act("M", "record_result")        # late
    act("M", "return_result", satisfaction=2)
    at("2026-03-09T10:00")
    receive("E", PERMANENT)          # due 18 Mar 10:00
    at("2026-03-10T10:00")
    act("E", "refuse")                                       # refused, early
    receive("F", TEMPORARY)                                  # due 13 Mar 10:00, then paused
    act("L", "extend_deadline", new_due=datetime.fromisoformat("2026-03-16T17:00+07:00"))
    at("2026-03-11T10:00")
    act("F", "request_supplement")
    at("2026-03-13T10:00")
    act("L", "record_result")        # early (extended to 16 Mar)
    at("2026-03-16T09:30")
    act("D", "supplement")           # due moves to 18 Mar 09:30
    at("2026-03-17T15:00")
    act("D", "record_result")        # early (late without the pause)
    at("2026-03-20T10:00")
    act("F", "withdraw")             # withdrawn, early
    at("2026-03-23T10:00")
    receive("H", TEMPORARY)                                  # due 26 Mar 10:00: overdue
    receive("I", TEMPORARY)                                  # due 26 Mar 10:00, paused
    at("2026-03-24T10:00")
    act("I", "request_supplement")   # waiting at the end of March
    at("2026-03-30T10:00")
    receive("G", PERMANENT)          # due 8 Apr: in time
    at("2026-03-31T16:00")
    receive("J", TEMPORARY)          # received in March, open then
    at("2026-04-01T10:00")
    act("J", "record_result")                                # finished in April
    receive("P", TEMPORARY)                                  # April only
    at("2026-04-02T09:00")
    return codes
