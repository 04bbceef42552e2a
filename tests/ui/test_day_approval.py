"""A day approved before its last citizen came is approved again, and the screen says why."""

from __future__ import annotations

from tests.ui.conftest import OFFICER
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.test_day_export import open_day
from tests.ui.test_desk import receive


def test_a_dossier_received_after_approval_asks_for_a_new_approval(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    receive(workspace, OFFICER)
    day = open_day(qtbot, window)
    day.approve()
    qtbot.waitUntil(lambda: "Đã duyệt" in day.approval.text(), timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert not day.approve_button.isEnabled()

    receive(workspace, OFFICER, name="Trần Văn Long")  # a late citizen
    day.activate()
    qtbot.waitUntil(lambda: "cần duyệt lại" in day.approval.text(), timeout=TIMEOUT_MS)
    assert "1 hồ sơ tiếp nhận sau khi duyệt" in day.approval.text()
    assert day.approve_button.isEnabled()
    day.approve()
    qtbot.waitUntil(lambda: "(2 hồ sơ)" in day.approval.text(), timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert "cần duyệt lại" not in day.approval.text()
    assert not day.approve_button.isEnabled()
