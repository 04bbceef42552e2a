"""The app start: the login window is up before the workspace opens in the background."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from counter.workspace import Workspace
from tests.ui.conftest import AGENCY, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle
from ui.app import LANGUAGE_FILE, App, remembered_language, start_context
from ui.card import CardReader
from ui.collector import MainThreadCollector
from ui.context import AppContext
from ui.qt import QApplication


@pytest.fixture
def started() -> Iterator[list[AppContext]]:
    """Contexts made by a test, closed after it."""
    collector = MainThreadCollector()
    collector.start()
    made: list[AppContext] = []
    yield made
    for context in made:
        context.tasks.shutdown(10_000)
        context.card.close()
        if context.scanner is not None:
            context.scanner.close()
        if context.opened is not None:
            context.opened.close()
    collector.stop()


def start(qtbot, data_dir: Path, made: list[AppContext],  # type: ignore[no-untyped-def]
          language: str | None = None) -> Any:  # an App; Any, as the window fixture
    """As ``run_gui``: the window first, the open just after it is shown."""
    context = start_context(data_dir, demo=False, language=language,
                            card=CardReader(None, "none"))
    made.append(context)
    app = App(context)
    window = app.start(data_dir, demo=False, language_given=language is not None)
    qtbot.addWidget(window)
    return app


def test_log_in_pressed_before_the_workspace_is_open_waits_for_it(qtbot, ready_dir, started) -> None:  # type: ignore[no-untyped-def]
    app = start(qtbot, ready_dir, started)
    window = app.window
    login = window.login
    assert not window.context.is_open  # painted with no database yet
    assert login.agency.text() == ""
    login.username.setText("canbo1")
    login.password.setText(PASSWORD)
    login.attempt()  # Enter at once
    assert login.message.text() == "Đang mở dữ liệu…"
    assert not login.submit.isEnabled() and app.window.work is None
    qtbot.waitUntil(lambda: window.work is not None, timeout=TIMEOUT_MS)
    assert window.context.is_open
    assert window.work.session.account.full_name == "Trần Văn Bình"
    window.log_out()
    assert window.login.agency.text() == AGENCY.name
    assert window.login.submit.isEnabled()


def test_the_agency_name_comes_when_the_open_finishes(qtbot, ready_dir, started) -> None:  # type: ignore[no-untyped-def]
    app = start(qtbot, ready_dir, started)
    window = app.window
    qtbot.waitUntil(lambda: window.context.is_open, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert window.login.agency.text() == AGENCY.name
    assert window.status.waiting.text() == "Chờ đồng bộ: 0"  # counted once open
    logged_in(qtbot, window, "canbo1", PASSWORD)
    assert window.stack.currentWidget() is window.work


def test_a_new_installation_opens_on_the_first_run_screen(qtbot, tmp_path, started) -> None:  # type: ignore[no-untyped-def]
    app = start(qtbot, tmp_path / "empty", started)
    window = app.window
    assert window.login is not None
    qtbot.waitUntil(lambda: window.first_run is not None, timeout=TIMEOUT_MS)
    assert window.login is None and window.stack.currentWidget() is window.first_run


class FakeMessageBox:
    shown: ClassVar[list[str]] = []

    @staticmethod
    def critical(_parent: object, _title: str, message: str) -> None:
        FakeMessageBox.shown.append(message)


def test_a_database_from_a_newer_version_is_refused_with_its_message(
        qtbot, ready_dir, started, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with Workspace(ready_dir) as workspace, workspace.store.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE alembic_version SET version_num = '9999_future'")
    monkeypatch.setattr("ui.app.QMessageBox", FakeMessageBox)
    FakeMessageBox.shown = []
    app = start(qtbot, ready_dir, started)
    app.window.login.attempt()  # pressed before the open failed: nothing else happens
    qtbot.waitUntil(lambda: app.exit_code is not None, timeout=TIMEOUT_MS)
    assert app.exit_code == 2
    assert len(FakeMessageBox.shown) == 1
    assert "phiên bản mới hơn của ứng dụng" in FakeMessageBox.shown[0]
    assert not app.window.isVisible() and not app.context.is_open


def test_an_unexpected_error_of_the_open_goes_to_the_error_handler(
        qtbot, ready_dir, started, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(_data_dir: Path, _demo: bool) -> object:
        raise OSError("disk on fire")

    monkeypatch.setattr("ui.app.open_workspace", broken)
    app = start(qtbot, ready_dir, started)
    errors = app.context.errors
    qtbot.waitUntil(lambda: errors.dialog is not None, timeout=TIMEOUT_MS)
    assert "ngoài dự kiến" in errors.dialog.message.text()
    assert "disk on fire" in errors.dialog.details
    assert app.exit_code == 1
    errors.dialog.accept()  # closing it ends the app
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=TIMEOUT_MS)


def test_the_language_is_remembered_beside_the_data(qtbot, ready_dir, started) -> None:  # type: ignore[no-untyped-def]
    assert remembered_language(ready_dir) == "vi"  # no file yet
    app = start(qtbot, ready_dir, started)
    try:
        qtbot.waitUntil(lambda: app.context.is_open, timeout=TIMEOUT_MS)
        app.change_language("en")
        settle(qtbot, app.context)
        assert (ready_dir / LANGUAGE_FILE).read_text().strip() == "en"
        assert app.window.login.submit.text() == "Log in (Enter)"
    finally:
        remove_translator(app)
    app.window.close()
    again = start(qtbot, ready_dir, started)
    try:
        assert again.window.login.submit.text() == "Log in (Enter)"  # before the open
        qtbot.waitUntil(lambda: again.context.is_open, timeout=TIMEOUT_MS)
        settle(qtbot, again.context)
        assert again.context.language == "en"
    finally:
        remove_translator(again)


def test_a_stale_language_file_gives_way_to_the_stored_setting(qtbot, ready_dir, started) -> None:  # type: ignore[no-untyped-def]
    """Say the language was changed by an older version: the file says Vietnamese, the
    database English. The window comes back in English when the open finishes, keeping
    what was typed and a log-in pressed meanwhile."""
    from counter.settings import set_setting

    with Workspace(ready_dir) as workspace, workspace.store.write() as session:
        set_setting(session, "language", "en")
    (ready_dir / LANGUAGE_FILE).write_text("vi\n")
    app = start(qtbot, ready_dir, started)
    try:
        first = app.window
        assert first.login.submit.text() == "Đăng nhập (Enter)"
        first.login.username.setText("canbo1")
        first.login.password.setText(PASSWORD)
        first.login.attempt()
        qtbot.waitUntil(lambda: app.window is not first, timeout=TIMEOUT_MS)
        qtbot.addWidget(app.window)
        window = app.window
        qtbot.waitUntil(lambda: window.work is not None, timeout=TIMEOUT_MS)
        assert window.work.session.account.full_name == "Trần Văn Bình"
        assert remembered_language(ready_dir) == "en"
        settle(qtbot, app.context)
    finally:
        remove_translator(app)


def test_a_language_chosen_while_the_workspace_opens_is_saved(qtbot, ready_dir, started) -> None:  # type: ignore[no-untyped-def]
    from counter.settings import get_setting

    app = start(qtbot, ready_dir, started)
    try:
        app.change_language("en")  # before the open finished
        qtbot.addWidget(app.window)
        qtbot.waitUntil(lambda: app.context.is_open, timeout=TIMEOUT_MS)
        settle(qtbot, app.context)
        assert app.window.login.submit.text() == "Log in (Enter)"
        with app.context.workspace.store.read() as session:
            assert get_setting(session, "language") == "en"
        assert remembered_language(ready_dir) == "en"
    finally:
        remove_translator(app)


def remove_translator(app: App) -> None:
    if app.translator is not None:
        QApplication.removeTranslator(app.translator)
