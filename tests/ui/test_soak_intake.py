"""Soak: 200 intakes by keyboard through the real intake screen, each receipt previewed
and closed with Esc; the process's memory stays flat after the first 20.

Each closed preview used to stay alive with its page image (about 1.75 MB per intake)."""

from __future__ import annotations

import gc

import pytest

from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in
from tests.ui.intake_driver import receive_by_keyboard, rss_bytes
from ui.main_window import MainWindow
from ui.printing import PrintDialog

INTAKES = 200
WARM_UP = 20
MAX_GROWTH = 20 * 2**20  # bytes over the last 180 intakes

pytestmark = pytest.mark.slow  # about a minute and a half on two cores


def test_memory_stays_flat_over_200_intakes_with_their_receipts_previewed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, capsys,
) -> None:
    logged_in(qtbot, window, "canbo1", PASSWORD)
    assert window.work is not None
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)

    def wait(condition) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(condition, timeout=TIMEOUT_MS)

    codes: list[str] = []
    warm = 0
    for number in range(INTAKES):
        codes.append(receive_by_keyboard(intake, wait, number))
        if number + 1 == WARM_UP:
            gc.collect()
            warm = rss_bytes()
    gc.collect()
    growth = rss_bytes() - warm
    per_intake = growth / (INTAKES - WARM_UP)
    with capsys.disabled():
        print(f"\nRSS growth over the last {INTAKES - WARM_UP} intakes: "
              f"{growth / 2**20:.1f} MB ({per_intake / 1024:.0f} KB per intake)")
    assert len(set(codes)) == INTAKES  # every intake received its own dossier
    assert sum(isinstance(item, PrintDialog) for item in gc.get_objects()) <= 1
    assert growth < MAX_GROWTH, f"{growth / 2**20:.1f} MB over {INTAKES - WARM_UP} intakes"
