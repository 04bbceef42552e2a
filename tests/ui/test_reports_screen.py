"""The reports screen: a supervisor picks a period, sees its figures and charts, saves it."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook

from counter import clock
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, press, settle, type_text
from tests.ui.test_desk import receive
from tests.ui.test_layout_1366 import SCREEN, problems
from ui.qt import Qt


def test_a_supervisor_sees_and_saves_the_months_report(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    receive(workspace, OFFICER)
    receive(workspace, OFFICER, name="Trần Văn Long", procedure="1.004222")
    window.resize(SCREEN.size())
    logged_in(qtbot, window, "giamsat", PASSWORD)
    press(qtbot, Qt.Key.Key_F12, fallback=window.work)
    screen = window.work.reports
    settle(qtbot, window.context)
    qtbot.waitUntil(lambda: screen.report is not None, timeout=TIMEOUT_MS)
    assert screen.figures.item(0, 0).text() == "Hồ sơ tiếp nhận trong kỳ"
    assert screen.figures.item(0, 1).text() == "2"
    assert screen.bars.renderer().isValid() and screen.pie.renderer().isValid()
    assert problems(window) == []
    if os.environ.get("REPORT_SAMPLES") == "1":  # remake the sample in docs/reports
        window.grab().save(str(Path(__file__).resolve().parents[2] / "docs" / "reports"
                               / "reports-screen.png"))

    out = tmp_path / "thang.xlsx"
    screen.export_to(out, "xlsx")
    qtbot.waitUntil(out.exists, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert load_workbook(out)["Tổng hợp"]["B6"].value == 2
    assert "Đã lưu báo cáo" in screen.message.text()

    today = clock.now().date()
    screen.first.clear()
    type_text(qtbot, screen.first, f"{today:%d/%m/%Y}")
    screen.last.clear()
    type_text(qtbot, screen.last, f"{today - timedelta(days=3):%d/%m/%Y}")
    screen.load()
    assert "ngày cuối kỳ" in screen.message.text()


def test_officers_have_no_reports_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    assert not hasattr(window.work, "reports") or window.work.reports is None
