"""Reference cycles are collected on the GUI thread only, never in a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from ui.collector import MainThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self


def test_a_cycle_dropped_in_a_worker_waits_for_the_gui_thread(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = MainThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        refs: list[weakref.ref[Node]] = []

        def work() -> None:
            refs.append(weakref.ref(Node()))
            garbage = [[Node()] for _ in range(50_000)]  # far past every threshold
            del garbage

        worker = threading.Thread(target=work)
        worker.start()
        worker.join(timeout=30)
        assert refs[0]() is not None  # nothing was collected in the worker
        collector.collect_due()
        assert refs[0]() is None  # collected here, on the GUI thread
    finally:
        collector.stop()
    assert gc.isenabled()
