"""At 1366×768, in Vietnamese and English, with the longest messages showing: the window
keeps its size, every widget stays inside it, and no message is cut."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counter.dossiers.transitions import apply_action
from tests.ui.conftest import OFFICER, PASSWORD, make_context
from tests.ui.helpers import TIMEOUT_MS, logged_in, press, settle, type_text
from tests.ui.test_desk import receive
from ui.app import App
from ui.context import AppContext
from ui.detail.action_dialog import ActionDialog
from ui.firstrun import FirstRunScreen
from ui.main_window import MainWindow
from ui.qt import QAbstractScrollArea, QApplication, QLabel, QPoint, QRect, Qt, QWidget
from ui.syncing.enrol_dialog import EnrolDialog
from ui.widgets import FieldMessage

SCREEN = QRect(0, 0, 1366, 768)
# The longest message the core writes (the batch export refused before enrolment).
LONGEST = ("Máy trạm chưa đăng ký với hệ thống trung tâm nên chưa xuất được tệp lô: tệp lô "
           "được mã hóa bằng khóa của trung tâm và ký bằng khóa mà trung tâm chỉ biết sau lần "
           "đăng ký đầu tiên. Hãy đăng ký một lần khi có mạng (quản trị viên: nút “Kết nối "
           "trung tâm…”, hoặc python main.py sync --server URL --enrol MÃ).")
SHORT_ERROR = "số định danh phải gồm 12 chữ số; kiểm tra lại với thẻ căn cước của công dân."


def scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area: its content may reach past the window, the area shows it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def problems(top: QWidget) -> list[str]:
    for _ in range(3):
        QApplication.processEvents()
    found = []
    if not SCREEN.contains(QRect(QPoint(0, 0), top.size())):
        found.append(f"window {top.width()}×{top.height()}")
    hint = top.minimumSizeHint()
    if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
        found.append(f"minimum size {hint.width()}×{hint.height()}")
    inside = top.rect()
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(top):
            continue
        name = f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r:.40}"
        if not scrolled(widget, top):
            place = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
            if not inside.contains(place):
                found.append(f"{name} outside the window at {place}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                found.append(f"{name} cut: {widget.height()} < {needed} px")
    return found


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def app_window(qtbot, context: AppContext, language: str) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    context.language = language
    app = App(context)
    window = app.show()
    qtbot.addWidget(window)
    window.resize(SCREEN.size())
    try:
        yield window
    finally:
        if app.translator is not None:
            QApplication.removeTranslator(app.translator)


def show_every_message(root: QWidget, text: str = LONGEST) -> None:
    for message in root.findChildren(FieldMessage):
        message.show_error(text)


def test_intake_with_every_field_in_error(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = app_window
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    type_text(qtbot, intake.picker.search, "khai sinh")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    show_every_message(intake, SHORT_ERROR)
    intake.documents_message.show_error(LONGEST)
    intake.returning.setText(LONGEST)
    intake.returning.setVisible(True)
    intake.show_banner(LONGEST, ok=False)
    assert problems(window) == []
    assert intake.submit.isVisible() and window.status.isVisible()


def test_desk_detail_and_a_step_dialog(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = app_window
    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    apply_action(workspace, code, "start_processing", OFFICER)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    press(qtbot, Qt.Key.Key_F3, fallback=window.work)
    desk = window.work.desk
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1, timeout=TIMEOUT_MS)
    assert problems(window) == []
    window.work.open_dossier(code)
    detail = window.work.detail
    qtbot.waitUntil(lambda: detail.view is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    show_every_message(detail)
    assert problems(window) == []
    for action in ("request_supplement", "refuse", "extend_deadline"):
        dialog = ActionDialog(detail.view, action, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.message.show_error(LONGEST)
        assert problems(dialog) == [], action
        dialog.reject()


def test_the_supervisors_day(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = app_window
    receive(window.context.workspace, OFFICER)
    logged_in(qtbot, window, "giamsat", PASSWORD)
    day = window.work.day
    window.work.show_screen(day)
    qtbot.waitUntil(lambda: day.picture is not None, timeout=TIMEOUT_MS)
    day.message.show_error(LONGEST)
    day.approval.setText(LONGEST)
    assert problems(window) == []


def test_accounts_and_the_enrolment_dialog(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = app_window
    logged_in(qtbot, window, "quantri", PASSWORD)
    accounts = window.work.accounts
    window.work.show_screen(accounts)
    settle(qtbot, window.context)
    show_every_message(accounts)
    assert problems(window) == []
    dialog = EnrolDialog(window.context, window.work.session.actor, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, window.context)
    dialog.message.show_error(LONGEST)
    assert problems(dialog) == []
    dialog.reject()


def test_login_with_its_longest_refusal(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = app_window
    show_every_message(window.login)
    assert problems(window) == []


def test_first_run_with_every_field_in_error(qtbot, qapp, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    context = make_context(tmp_path / "fresh")
    context.language = language
    app = App(context)
    try:
        window = app.show()
        qtbot.addWidget(window)
        window.resize(SCREEN.size())
        first_run = window.first_run
        assert isinstance(first_run, FirstRunScreen)
        show_every_message(first_run)
        assert problems(window) == []
    finally:
        if app.translator is not None:
            QApplication.removeTranslator(app.translator)
        context.tasks.wait_idle(10_000)
        context.card.close()
        context.workspace.close()


def test_the_sync_line_is_whole_and_the_enrolment_dialog_centred(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = app_window
    logged_in(qtbot, window, "quantri", PASSWORD)
    status = window.status
    line = window.sync.tr("Đồng bộ lúc %1: gửi %2, trung tâm xác nhận %3, bị từ chối %4; "
                          "nhận về %5 mục; còn chờ %6.")
    for marker, value in zip(("%1", "%2", "%3", "%4", "%5", "%6"),
                             ("16:45", "128", "127", "1", "12", "0"), strict=True):
        line = line.replace(marker, value)
    status.show_outcome(line, False)
    assert problems(window) == []
    assert status.outcome.shown_text() == line
    status.show_outcome(LONGEST, True)  # longer than any screen: ends in "…", whole on hover
    QApplication.processEvents()
    assert status.outcome.shown_text().endswith("…") and status.outcome.toolTip() == LONGEST

    window.work.open_enrolment()
    dialog = window.work.enrol_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    offset = dialog.frameGeometry().center() - window.frameGeometry().center()
    assert abs(offset.x()) <= 2 and abs(offset.y()) <= 2, offset
    dialog.reject()


def test_the_village_teams_screens(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = app_window
    logged_in(qtbot, window, "tocnso", PASSWORD)
    window.work.export_message.show_error(LONGEST)
    assert problems(window) == []


def test_intake_with_the_fee_code_after_receipt(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from counter.payments.payee import set_payee
    from counter.payments.vietqr import Payee
    from tests.ui.conftest import ADMIN
    from tests.ui.intake_driver import receive_by_keyboard

    window = app_window
    set_payee(window.context.workspace, Payee("970405", "0000123456789"), ADMIN)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    receive_by_keyboard(intake, lambda c: qtbot.waitUntil(c, timeout=TIMEOUT_MS), 3)
    qtbot.waitUntil(lambda: intake.payment.view.qr is not None, timeout=TIMEOUT_MS)
    intake.show_banner(LONGEST, ok=True)
    intake.payment.message.show_error(SHORT_ERROR)
    assert problems(window) == []
    assert intake.payment.view.image.isVisible() and intake.submit.isVisible()
