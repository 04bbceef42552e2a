"""One intake through the real intake screen by keyboard, as at the counter: procedure,
applicant, documents, "receive and print", the receipt's preview shown, then closed with
Esc. Shared by the memory soak test and the UI memory benchmark (which runs without
pytest-qt, hence plain QTest and a given ``wait``)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtTest import QTest

from ui.intake.screen import IntakeScreen
from ui.qt import QApplication, QInputMethodEvent, Qt, QWidget

Wait = Callable[[Callable[[], bool]], None]
CTRL = Qt.KeyboardModifier.ControlModifier


def rss_bytes() -> int:
    """The process's resident memory, from /proc/self/status."""
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def type_into_focus(text: str) -> None:
    """ASCII as key clicks; Vietnamese as an input method's committed string."""
    widget = focused()
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def receive_by_keyboard(intake: IntakeScreen, wait: Wait, number: int) -> str:
    """One dossier received and its receipt previewed and closed; the dossier's code."""
    previous = intake.print_dialog
    window = intake.window()
    window.activateWindow()  # what the window manager does when the preview closes
    wait(window.isActiveWindow)
    intake.picker.focus_search()
    wait(intake.picker.search.hasFocus)
    type_into_focus("tam tru")
    press(Qt.Key.Key_Return)
    wait(lambda: intake.picker.procedure is not None)
    wait(intake.applicant.id_number.hasFocus)
    type_into_focus(f"0010{number:08d}")
    press(Qt.Key.Key_Tab)
    type_into_focus("Nguyễn Văn An")
    intake.applicant.address.setFocus()
    wait(intake.applicant.address.hasFocus)
    type_into_focus("Thôn 3, xã Tân Phú, tỉnh Đồng Nai")
    press(Qt.Key.Key_D, CTRL)  # the citizen brought every required paper
    assert intake.checklist.documents()  # the procedure's papers, required ones ticked
    press(Qt.Key.Key_Return, CTRL)
    wait(lambda: intake.print_dialog is not None and intake.print_dialog is not previous)
    dialog = intake.print_dialog
    assert dialog is not None
    wait(lambda: not dialog.preview.pixmap().isNull())  # the receipt's page is on screen
    assert intake.last is not None
    code = intake.last.code
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    wait(lambda: not dialog.isVisible())
    return code
