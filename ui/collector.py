"""Garbage collection on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a
threshold is crossed: with background tasks that is often a worker thread. Collecting a
reference cycle that holds a Qt object there deletes the C++ object off its thread, and a
queued event still addressed to it later crashes the event loop. While the app runs,
automatic collection is off and this collector does the same generational work from a
timer of the GUI thread.
"""

from __future__ import annotations

import gc

from ui.qt import QObject, QTimer

CHECK_INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        """Back to automatic collection, after one full collection here."""
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()

    def collect_due(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] <= self.thresholds[level]:
                break
            generation = level
        if generation >= 0:
            gc.collect(generation)
