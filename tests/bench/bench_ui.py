"""Benchmark of the desktop app, offscreen. Prints figures; asserts nothing.

    python -m tests.bench.bench_ui [--runs 3] [--dossiers 100000] [--scroll-steps 120]
                                   [--start-only] [--no-compiled]

Measures, each in a fresh process (cold start): from launching Python to a painted
login window (beside its floor, a bare QApplication and QMainWindow painted in a fresh
process, and the ratio; peak memory of both), when the workspace's background open
finishes, and from pressing "log in" to a painted intake screen with its calendar loaded
(Argon2 check included), pressed at once and pressed after the open. The start-up figures
come twice: the project compiled from source as this environment runs it, then with its
bytecode compiled beforehand as an installed app has it (the floor unchanged). Then, with ``--dossiers`` bulk-inserted
(SQLAlchemy Core, not the services): the desk's time to first paint, and scrolling
through it (each step is a scroll plus a repaint; pages load in the background).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "mat-khau-1"
KEY_REPEAT_S = 1 / 30


class GcPauses:
    """Times Python's garbage collections (they stop every thread, the UI's too)."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.started = 0.0
        gc.callbacks.append(self.note)

    def note(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.times.append((time.perf_counter() - self.started) * 1000)

    def stop(self) -> None:
        gc.callbacks.remove(self.note)

    @property
    def longest(self) -> float:
        return max(self.times, default=0.0)


def child_start(data_dir: Path, launched: float, press_after_open: bool) -> None:
    """In a fresh process: the same start-up as ``run_gui`` (the login window first, the
    workspace opened in the background), then log in; print the times.

    "Log in" is pressed at once when the login window is painted (someone quicker than
    the open), or, with ``press_after_open``, once the open has finished (a password
    typed at human speed takes longer than the open)."""
    before_imports = time.time()
    from ui.app import App, make_application, start_context
    from ui.qt import QApplication

    app = make_application()
    context = start_context(data_dir, demo=False)
    main = App(context)
    window = main.start(data_dir, demo=False, language_given=False)
    window.repaint()
    QApplication.processEvents()
    login_ready = time.time()
    login_memory_mib = peak_memory_mib()
    if press_after_open:
        deadline = time.monotonic() + 30
        while not context.is_open and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)
    opened = time.time()
    assert main.window is not None  # a new one if the stored language differed
    window = main.window
    assert window.login is not None
    window.login.username.setText("canbo1")
    window.login.password.setText(PASSWORD)
    pressed = time.time()
    window.login.attempt()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        QApplication.processEvents()
        work = window.work
        if work is not None and work.intake is not None and work.intake.calendar_loaded:
            break
        time.sleep(0.001)
    window.repaint()
    QApplication.processEvents()
    intake_ready = time.time()
    print(f"{login_ready - launched:.3f} {intake_ready - pressed:.3f} "
          f"{before_imports - launched:.3f} {login_memory_mib:.1f} {opened - launched:.3f}")
    context.tasks.wait_idle(5_000)
    context.card.close()
    context.workspace.close()
    app.quit()


def peak_memory_mib() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not the parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def floor_child(launched: float) -> None:
    """The floor of a cold start: a bare QApplication and QMainWindow, painted."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(900, 600)
    window.show()
    window.repaint()
    QApplication.processEvents()
    print(f"{time.time() - launched:.3f} {peak_memory_mib():.1f}")
    app.quit()


def floor_start() -> tuple[float, float]:
    launched = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_ui", "--floor-child",
         "--launched", repr(launched)],
        capture_output=True, text=True, timeout=120, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    first, second = (float(x) for x in done.stdout.split()[-2:])
    return first, second


def prepare(folder: Path) -> Path:
    from tests.ui.conftest import set_up

    data_dir = folder / "data"
    set_up(data_dir)
    return data_dir


ROOT = Path(__file__).resolve().parents[2]
PROJECT_CODE = ("main.py", "counter", "sync", "ui")


def app_start(data_dir: Path, press_after_open: bool,
              env: dict[str, str] | None) -> list[float]:
    launched = time.time()
    command = [sys.executable, "-m", "tests.bench.bench_ui", "--child", str(data_dir),
               "--launched", repr(launched)]
    if press_after_open:
        command.append("--press-after-open")
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True,
                          cwd=ROOT, env=env)
    return [float(x) for x in done.stdout.split()[-5:]]


def compiled_env(folder: Path, data_dir: Path) -> dict[str, str]:
    """The environment of an app run with its bytecode compiled beforehand, as an installed
    app has it: ``compileall`` of the project into a PYTHONPYCACHEPREFIX folder, and one
    untimed start that writes the bytecode of the libraries it loads there too."""
    cache = folder / "pycache"
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", *PROJECT_CODE], cwd=ROOT,
                   env=env, check=True, capture_output=True, timeout=600)
    app_start(data_dir, True, env)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def bench_start(data_dir: Path, runs: int, compiled: dict[str, str] | None = None) -> None:
    """The app and the floor started in alternation, so that a busy machine weighs on both.

    Each round starts the app twice: "log in" pressed as soon as the login window is
    painted (the open of the workspace still under way), and pressed once it is open."""
    login, intake, interpreter, memory, floors, floor_memory = [], [], [], [], [], []
    opened, intake_after_open = [], []
    for _ in range(runs):
        floor_time, floor_peak = floor_start()
        floors.append(floor_time)
        floor_memory.append(floor_peak)
        first, second, third, fourth, _ = app_start(data_dir, False, compiled)
        login.append(first)
        intake.append(second)
        interpreter.append(third)
        memory.append(fourth)
        _, after, _, _, open_done = app_start(data_dir, True, compiled)
        opened.append(open_done)
        intake_after_open.append(after)
    floor = statistics.median(floors)
    how = ("the project's bytecode compiled beforehand (compileall into a PYTHONPYCACHEPREFIX "
           "folder, as an installed app ships it)" if compiled is not None else
           "compiled from source at each start (PYTHONDONTWRITEBYTECODE as set here)"
           if os.environ.get("PYTHONDONTWRITEBYTECODE") else "bytecode as Python caches it")
    print(f"app runs: {how}; the floor runs unchanged")
    print(f"cold start to a painted login window: median {statistics.median(login):.2f} s, "
          f"max {max(login):.2f} s, peak {statistics.median(memory):.0f} MiB (Python itself up "
          f"in {statistics.median(interpreter):.2f} s; n={runs})")
    print(f"  floor: bare QApplication+QMainWindow: median {floor:.2f} s, peak "
          f"{statistics.median(floor_memory):.0f} MiB; ratio {statistics.median(login) / floor:.1f}x")
    print(f"  the workspace open in the background, finished at: median "
          f"{statistics.median(opened):.2f} s after launch")
    print(f"log in to a painted intake screen, pressed as soon as the login window is painted "
          f"(waits for the open): median {statistics.median(intake):.2f} s, max {max(intake):.2f} s; "
          f"launch to intake {statistics.median([a + b for a, b in zip(login, intake, strict=True)]):.2f} s")
    print(f"log in to a painted intake screen, pressed after the open (a password typed at "
          f"human speed): median {statistics.median(intake_after_open):.2f} s, "
          f"max {max(intake_after_open):.2f} s (n={runs})")


def bench_desk(data_dir: Path, dossiers: int, steps: int) -> None:
    from counter.dossiers.queries import DossierFilter, count_dossiers, list_dossiers
    from counter.workspace import Workspace
    from tests.bench.synthetic import bulk_dossiers
    from ui.app import App, make_application, open_context
    from ui.qt import QApplication

    with Workspace(data_dir) as workspace:
        started = time.perf_counter()
        bulk_dossiers(workspace, dossiers)
        print(f"bulk insert of {dossiers:,} dossiers (SQLAlchemy Core): "
              f"{time.perf_counter() - started:.1f} s")
        for offset in (0, dossiers // 2, max(0, dossiers - 200)):
            started = time.perf_counter()
            page = list_dossiers(workspace, DossierFilter(), offset=offset, limit=200)
            print(f"  one page of 200 at offset {offset:>7,}: "
                  f"{(time.perf_counter() - started) * 1000:.0f} ms")
            if offset and page:
                started = time.perf_counter()
                list_dossiers(workspace, DossierFilter(), after=page[0].cursor + 1, limit=200)
                print(f"  the same page by cursor (what the desk does): "
                      f"{(time.perf_counter() - started) * 1000:.0f} ms")
        started = time.perf_counter()
        count_dossiers(workspace)
        print(f"  count of all dossiers: {(time.perf_counter() - started) * 1000:.0f} ms")

    make_application()
    context = open_context(data_dir, demo=False)
    window = App(context).show()
    window.resize(1366, 768)
    assert window.login is not None
    window.login.username.setText("canbo1")
    window.login.password.setText(PASSWORD)
    window.login.attempt()
    wait(lambda: window.work is not None)
    assert window.work is not None
    desk = window.work.desk
    window.work.show_screen(desk)
    wait(lambda: desk.model.rowCount() > 0 and not context.tasks.busy)
    started = time.perf_counter()
    desk.scope.setCurrentIndex(desk.scope.findData("all"))  # every dossier
    wait(lambda: desk.model.total > 0 and desk.model.rowCount() > 0)
    desk.table.viewport().repaint()
    first_paint = (time.perf_counter() - started) * 1000
    print(f"desk with {dossiers:,} dossiers: first paint {first_paint:.0f} ms "
          f"({desk.model.rowCount()} rows loaded, total shown {desk.model.total:,})")

    bar = desk.table.verticalScrollBar()
    pauses = GcPauses()
    frames = []
    scroll_started = time.perf_counter()
    for _ in range(steps):  # Page Down held: ~30 key repeats a second
        step_started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        desk.table.viewport().repaint()
        QApplication.processEvents()
        frames.append((time.perf_counter() - step_started) * 1000)
        while time.perf_counter() - step_started < KEY_REPEAT_S:
            QApplication.processEvents()
            time.sleep(0.002)
    scrolled = time.perf_counter() - scroll_started
    pauses.stop()
    ordered = sorted(frames)
    print(f"scrolling: {steps} Page Downs in {scrolled:.1f} s reach row "
          f"{desk.table.rowAt(0) + 1:,} of {desk.model.rowCount():,} loaded; UI thread per "
          f"step median {statistics.median(ordered):.1f} ms, p95 "
          f"{ordered[int(len(ordered) * 0.95)]:.1f} ms, max {ordered[-1]:.1f} ms; "
          f"Python GC pauses meanwhile: {len(pauses.times)}, longest {pauses.longest:.0f} ms")
    context.tasks.wait_idle(10_000)
    context.card.close()
    context.workspace.close()


def wait(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    from ui.qt import QApplication

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():
        QApplication.processEvents()
        time.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--scroll-steps", type=int, default=300)
    parser.add_argument("--start-only", action="store_true", help="only the start-up figures")
    parser.add_argument("--no-compiled", action="store_true",
                        help="skip the second start-up figures (with compiled bytecode)")
    parser.add_argument("--press-after-open", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--floor-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--launched", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_start(args.child, args.launched, args.press_after_open)
        return
    if args.floor_child:
        floor_child(args.launched)
        return
    with tempfile.TemporaryDirectory() as folder:
        data_dir = prepare(Path(folder))
        bench_start(data_dir, args.runs)
        if not args.no_compiled:
            bench_start(data_dir, args.runs, compiled_env(Path(folder), data_dir))
        if args.start_only:
            return
        bench_desk(data_dir, args.dossiers, args.scroll_steps)


if __name__ == "__main__":
    main()
