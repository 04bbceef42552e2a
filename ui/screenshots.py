"""Render each main screen to a PNG, headless: what ``python main.py screenshot`` does.

With the demo data: login, intake filled from the virtual card, the desk, a dossier's
detail and the supervisor's day, at 1366×768; the citizen screen (intake, a fee's VietQR
code, the rating question) at 1024×600, a small display's size. Without it: the first-run or login
screen of the data directory as it is.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from counter.demo import DEMO_PASSWORD
from ui.app import App, make_application, open_context
from ui.context import AppContext
from ui.main_window import CITIZEN_SIZE, WINDOW_SIZE, MainWindow
from ui.qt import QApplication, QWidget, qInstallMessageHandler

SETTLE_TIMEOUT_S = 20.0
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def quiet_offscreen(kind: object, context: object, message: str) -> None:
    """Qt's messages as usual, less the offscreen platform's note on every window."""
    if message != OFFSCREEN_NOISE:
        sys.stderr.write(message + "\n")
RESIDENCE_SEARCH = "thuong tru"


def settle(context: AppContext, until: Callable[[], bool] = lambda: True,
           timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """Let background work and events finish (bounded), until ``until()`` holds."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        context.tasks.wait_idle(200)
        QApplication.processEvents()
        if not context.tasks.busy and until():
            break
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()


def grab(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path), "PNG")
    return path


def log_in(window: MainWindow, context: AppContext, username: str) -> None:
    assert window.login is not None
    window.login.username.setText(username)
    window.login.password.setText(DEMO_PASSWORD)
    window.login.attempt()
    settle(context, lambda: window.work is not None)
    if window.work is None:
        raise RuntimeError(f"could not log in as {username}: {window.login.message.text()}")


def fill_intake(window: MainWindow, context: AppContext) -> None:
    """The officer's view: a procedure chosen, the applicant read from the demo card."""
    assert window.work is not None and window.work.intake is not None
    intake = window.work.intake
    intake.picker.search.setText(RESIDENCE_SEARCH)
    intake.picker.run_search()
    settle(context, lambda: intake.picker.results.count() > 0)
    intake.picker.choose_current()
    settle(context)
    intake.card.scan_demo_qr()
    settle(context)
    intake.card.read_chip()
    settle(context, lambda: not context.card.reading)
    intake.applicant.phone.setText("0912 345 678")
    intake.applicant.leave_field("phone")
    settle(context)


def open_detail(window: MainWindow, context: AppContext) -> None:
    assert window.work is not None
    desk = window.work.desk
    code = next((row.code for row in desk.model.rows if row.status == "supplement_requested"),
                desk.model.code_at(0))
    if code is not None:
        window.work.open_dossier(code)
        settle(context, lambda: window.work is not None and window.work.detail.view is not None)


def citizen_shots(window: MainWindow, context: AppContext, out: Path) -> list[Path]:
    """The citizen screen at a small display's size: the intake being recorded, a demo
    dossier's unpaid fee as a VietQR code, and the rating question."""
    from counter.payments.payee import payment_qr
    from counter.payments.records import unpaid_in

    citizen = context.citizen
    assert citizen is not None
    settle(context, lambda: citizen.pages.currentWidget() is citizen.intake)
    shots = [grab(citizen, out / "citizen-intake.png")]
    with context.workspace.store.read() as session:
        unpaid = unpaid_in(session, limit=1)
    if unpaid:
        citizen.show_payment(payment_qr(context.workspace, unpaid[0].dossier_code))
        shots.append(grab(citizen, out / "citizen-payment.png"))
        citizen.ask_rating(unpaid[0].dossier_code)
        shots.append(grab(citizen, out / "citizen-rating.png"))
    citizen.clear()
    return shots


def demo_shots(window: MainWindow, context: AppContext, out: Path) -> list[Path]:
    shots = [grab(window, out / "login.png")]
    window.open_citizen_screen(size=CITIZEN_SIZE)
    log_in(window, context, "canbo")
    fill_intake(window, context)
    shots.append(grab(window, out / "intake.png"))
    shots += citizen_shots(window, context, out)
    assert window.work is not None
    window.work.show_screen(window.work.desk)
    window.work.desk.scope.setCurrentIndex(window.work.desk.scope.findData("all"))
    settle(context, lambda: window.work is not None and window.work.desk.model.rowCount() > 0)
    shots.append(grab(window, out / "desk.png"))
    open_detail(window, context)
    shots.append(grab(window, out / "detail.png"))
    window.log_out()
    settle(context)
    log_in(window, context, "giamsat")
    assert window.work is not None and window.work.day is not None
    window.work.show_screen(window.work.day)
    settle(context, lambda: window.work is not None and window.work.day is not None
           and window.work.day.picture is not None)
    shots.append(grab(window, out / "day.png"))
    return shots


def first_run_shot(out: Path) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        context = open_context(Path(folder), demo=False)
        try:
            window = App(context).show()
            window.resize(*WINDOW_SIZE)
            settle(context)
            return grab(window, out / "first-run.png")
        finally:
            window.close()
            context.workspace.close()


def render_screenshots(data_dir: Path, out: Path, demo: bool) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(quiet_offscreen)
    make_application()
    out.mkdir(parents=True, exist_ok=True)
    context = open_context(data_dir, demo, language="vi")
    try:
        window = App(context).show()
        window.resize(*WINDOW_SIZE)
        settle(context, lambda: bool(context.card.readers) or not demo)
        if demo:
            shots = demo_shots(window, context, out)
            shots.append(first_run_shot(out))
        elif window.first_run is not None:
            shots = [grab(window, out / "first-run.png")]
        else:
            shots = [grab(window, out / "login.png")]
        window.close()
        return shots
    finally:
        context.card.close()
        context.workspace.close()
