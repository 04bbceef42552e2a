"""Driving the real screens: typing (Vietnamese too), waiting for background work."""

from __future__ import annotations

import subprocess

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.qt import QApplication, QInputMethodEvent, Qt, QWidget

TIMEOUT_MS = 10_000


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """ASCII as key clicks; anything else as a committed input-method string (what a
    Vietnamese IME sends), because key clicks of non-ASCII letters abort Qt."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def settle(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=TIMEOUT_MS)
    QApplication.processEvents()


def log_in(qtbot, window: MainWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    login = window.login
    assert login is not None
    login.username.clear()
    type_text(qtbot, login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Return)
    type_text(qtbot, login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def logged_in(qtbot, window: MainWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, username, password)
    qtbot.waitUntil(lambda: window.work is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,  # type: ignore[no-untyped-def]
          fallback: QWidget | None = None) -> None:
    """A key press where the keyboard focus is (else on ``fallback``), as a person types it.

    Never a key event without a widget: Qt's test library aborts the process on that.
    """
    widget = focused() or fallback
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, key, modifier=modifier)


def pdf_text(pdf: bytes) -> str:
    """The PDF's text through poppler, whitespace collapsed."""
    done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf,
                          capture_output=True, timeout=60, check=True)
    return " ".join(done.stdout.decode("utf-8").split())
