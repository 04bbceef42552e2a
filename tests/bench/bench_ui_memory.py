"""Benchmark: memory the desktop app keeps per intake. Prints figures; asserts nothing.

    python -m tests.bench.bench_ui_memory [--intakes 120] [--warm-up 20]

Drives keyboard intakes through the real intake screen (receipt previewed, then closed
with Esc) and prints the bytes of resident memory retained per intake, beside a floor
measured in the same process: the same number of bare dialogs shown and closed with Esc.
The ratio says how much an intake keeps beyond what showing any dialog costs.
"""

from __future__ import annotations

import argparse
import gc
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    from ui.qt import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.001)


def retained_per_cycle(cycle: Callable[[int], None], cycles: int, warm_up: int) -> float:
    """Resident bytes kept per cycle after ``warm_up`` cycles."""
    from tests.ui.intake_driver import rss_bytes

    for number in range(warm_up):
        cycle(number)
    gc.collect()
    before = rss_bytes()
    for number in range(warm_up, warm_up + cycles):
        cycle(number)
    gc.collect()
    return (rss_bytes() - before) / cycles


def bare_dialog_cycle(parent: object) -> Callable[[int], None]:
    from PySide6.QtTest import QTest

    from ui.qt import QDialog, QLabel, Qt, QVBoxLayout

    def cycle(_number: int) -> None:
        dialog = QDialog(parent)  # type: ignore[call-overload]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QVBoxLayout(dialog).addWidget(QLabel("Giấy tiếp nhận"))
        dialog.open()
        wait(dialog.isVisible)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        wait(lambda: not dialog.isVisible())

    return cycle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--intakes", type=int, default=120)
    parser.add_argument("--warm-up", type=int, default=20)
    args = parser.parse_args()

    from tests.ui.conftest import PASSWORD, make_context, set_up
    from tests.ui.intake_driver import receive_by_keyboard
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        set_up(data_dir)
        context = make_context(data_dir)
        window = MainWindow(context)
        window.show()
        assert window.login is not None
        window.login.username.setText("canbo1")
        window.login.password.setText(PASSWORD)
        window.login.attempt()
        wait(lambda: window.work is not None and window.work.intake.calendar_loaded)
        assert window.work is not None
        intake = window.work.intake

        started = time.perf_counter()
        per_intake = retained_per_cycle(lambda n: receive_by_keyboard(intake, wait, n),
                                        args.intakes, args.warm_up)
        seconds = time.perf_counter() - started
        floor = retained_per_cycle(bare_dialog_cycle(window), args.intakes, args.warm_up)
        ratio = per_intake / floor if floor > 0 else float("inf")
        print(f"intakes: {args.intakes} after {args.warm_up} to warm up "
              f"({seconds / (args.intakes + args.warm_up) * 1000:.0f} ms each)")
        print(f"retained per intake:      {per_intake / 1024:8.1f} KB")
        print(f"floor (bare dialog):      {floor / 1024:8.1f} KB")
        print(f"ratio intake / floor:     {ratio:8.1f}")
        window.close()
        context.tasks.shutdown(10_000)
        context.card.close()
        context.workspace.close()
    app.quit()


if __name__ == "__main__":
    main()
