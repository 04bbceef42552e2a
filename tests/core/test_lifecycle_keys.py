"""Each step keeps its key whatever the status; the keys of one status never clash."""

from __future__ import annotations

from counter.dossiers.lifecycle import ACTIONS, Status, allowed_actions


def test_a_step_keeps_its_key_and_no_two_steps_of_a_status_share_one() -> None:
    assert all(1 <= action.key <= 9 for action in ACTIONS.values())
    for status in Status:
        keys = [action.key for action in allowed_actions(status)]
        assert keys == sorted(set(keys)), status
    assert [a.name for a in ACTIONS.values() if a.key == 1] == [
        "start_processing", "supplement", "record_payment", "return_result"]
    assert {a.name for a in ACTIONS.values() if a.final_decision} == {"stop", "refuse", "withdraw"}
