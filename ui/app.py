"""Start the desktop app: one workspace, one card reader, one window."""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from counter.errors import CounterError
from counter.paths import resources_dir
from ui.card import CardReader, pcsc_reader, virtual_reader
from ui.collector import MainThreadCollector
from ui.context import AppContext
from ui.errors import ErrorReporter
from ui.i18n import LANGUAGES, install_language
from ui.main_window import MainWindow, first_run_needed, remove_view_copies
from ui.qt import QApplication, QIcon, QMessageBox, QTimer, QTranslator
from ui.style import apply_style
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the database layer loads in the background while the login window is up
    from counter.demo import DemoInfo
    from counter.workspace import Workspace

log = logging.getLogger("ui")
# The language chosen last, beside the data: the login window shows in it before the
# database (which keeps the setting) is open.
LANGUAGE_FILE = "language"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("onestop-counter")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
    apply_style(app)
    return app


def stored_language(workspace: Workspace) -> str:
    from counter.settings import get_setting

    with workspace.store.read() as session:
        value = get_setting(session, "language")
    return value if value in LANGUAGES else "vi"


def remembered_language(data_dir: Path) -> str:
    """The language last chosen, from the small file beside the data ("vi" without one)."""
    try:
        value = (data_dir / LANGUAGE_FILE).read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return "vi"
    return value if value in LANGUAGES else "vi"


def remember_language(data_dir: Path, language: str) -> None:
    """Best effort: without the file the next start shows the login in Vietnamese first."""
    try:
        (data_dir / LANGUAGE_FILE).write_text(language + "\n", encoding="ascii")
    except OSError as error:
        log.warning("could not remember the language beside the data: %s", error)


def open_context(data_dir: Path, demo: bool, language: str | None = None) -> AppContext:
    """Open the data directory (setting up the demo when asked) and the card reader."""
    opened = open_workspace(data_dir, demo)
    context = start_context(data_dir, demo, language or opened.language)
    context.opened, context.demo = opened.workspace, opened.demo
    return context


def start_context(data_dir: Path, demo: bool, language: str | None = None,
                  card: CardReader | None = None) -> AppContext:
    """What the app needs before its workspace is open: the task runner, the error handler,
    the card reader (unless given) and the scanner; the language given, else the one last
    chosen."""
    errors = ErrorReporter()
    tasks = TaskRunner(errors.report)
    if card is None and demo:
        from counter.demo import CARD_SEED

        card = virtual_reader(data_dir, CARD_SEED)
    elif card is None:
        card = pcsc_reader(data_dir)
    from ui.scanning.device import demo_scanner, system_scanner

    return AppContext(None, tasks, errors, card, None,
                      language or remembered_language(data_dir),
                      scanner=demo_scanner() if demo else system_scanner(), folder=data_dir)


@dataclass
class Opened:
    """What opening the workspace found (made on the change worker)."""

    workspace: Workspace
    demo: DemoInfo | None
    language: str  # the stored setting
    first_run: bool


def open_workspace(data_dir: Path, demo: bool) -> Opened:
    """Open the data directory, setting up the demo when asked (safe off the UI thread)."""
    from counter.workspace import Workspace

    workspace = Workspace(data_dir)
    try:
        demo_info = None
        if demo:
            from counter.demo import ensure_demo

            demo_info = ensure_demo(workspace)
        language = stored_language(workspace)
        if remembered_language(data_dir) != language:
            remember_language(data_dir, language)
        remove_view_copies(data_dir)  # left by a crash or a power cut
        return Opened(workspace, demo_info, language, first_run_needed(workspace))
    except BaseException:
        workspace.close()
        raise


class App:
    """The running app; rebuilds its window when the language changes."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.translator: QTranslator | None = None
        self.window: MainWindow | None = None
        self.language_given = False  # --lang: the stored language does not apply
        self.language_chosen: str | None = None  # on the login window while it opened
        self.exit_code: int | None = None  # set when the workspace could not be opened

    def start(self, data_dir: Path, demo: bool, language_given: bool) -> MainWindow:
        """The app start: the login window at once, the workspace opened in the background
        (on the change worker) just after it is shown."""
        self.language_given = language_given
        window = self.show()
        QTimer.singleShot(0, lambda: self.open_in_background(data_dir, demo))
        return window

    def open_in_background(self, data_dir: Path, demo: bool) -> None:
        def work() -> Opened | BaseException:
            try:
                return open_workspace(data_dir, demo)
            except Exception as error:  # shown by opened(), then the app ends
                return error

        login = self.window.login if self.window is not None else None
        self.context.tasks.run_change(work, self.opened,
                                      label=login.opening_text() if login is not None else "")

    def opened(self, outcome: Opened | BaseException) -> None:
        if isinstance(outcome, BaseException):
            self.failed_to_open(outcome)
            return
        context = self.context
        context.opened, context.demo = outcome.workspace, outcome.demo
        window = self.window
        if window is None:
            return
        if self.language_chosen is not None:
            self.save_language(self.language_chosen)
        elif not self.language_given and outcome.language != context.language:
            window = self.rebuild_in(outcome.language)  # the file beside the data was stale
        window.workspace_opened(outcome.first_run)

    def failed_to_open(self, error: BaseException) -> None:
        """As before the open moved off the start: the message, then the app ends (its one
        window closes; ``run_gui`` returns ``exit_code``)."""
        if isinstance(error, CounterError):
            QMessageBox.critical(self.window, "onestop-counter", error.message)
            self.exit_code = 2
            self.end()
            return
        self.exit_code = 1  # a bug: logged, shown with its details by the one error handler
        self.context.errors.report(error, "opening the data")
        dialog = self.context.errors.dialog
        if dialog is None:
            self.end()
        else:
            dialog.finished.connect(lambda _result: self.end())

    def end(self) -> None:
        if self.window is not None:
            self.window.close()

    def rebuild_in(self, language: str) -> MainWindow:
        """The login window again in ``language``, keeping what was typed."""
        old = self.window
        assert old is not None and old.login is not None
        typed = (old.login.username.text(), old.login.password.text(),
                 old.login.waiting_to_log_in)
        self.context.language = language
        window = self.replace_window()
        if window.login is not None:
            window.login.username.setText(typed[0])
            window.login.password.setText(typed[1])
            window.login.waiting_to_log_in = typed[2]
            if typed[2]:
                window.login.submit.setEnabled(False)
        return window

    def show(self) -> MainWindow:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if self.translator is not None:
            app.removeTranslator(self.translator)
        self.translator = install_language(app, self.context.language)
        self.window = MainWindow(self.context)
        self.window.language_chosen.connect(self.change_language)
        self.window.show()
        return self.window

    def change_language(self, language: str) -> None:
        if language == self.context.language or self.window is None:
            return
        self.context.language = language
        if self.context.is_open:
            self.save_language(language)
        else:
            self.language_chosen = language  # saved once the workspace is open
        self.replace_window()

    def replace_window(self) -> MainWindow:
        """A new main window in the context's language, where the old one was."""
        old = self.window
        assert old is not None
        geometry = old.geometry()
        old.retire()
        window = self.show()
        window.setGeometry(geometry)
        old.hide()
        old.deleteLater()
        return window

    def save_language(self, language: str) -> None:
        store, data_dir = self.context.workspace.store, self.context.data_dir

        def remember() -> None:
            from counter.settings import set_setting

            with store.write() as session:
                set_setting(session, "language", language)
            remember_language(data_dir, language)

        self.context.tasks.run_change(remember)


def report_uncaught(context: AppContext):  # type: ignore[no-untyped-def]
    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        context.errors.report(error.with_traceback(trace), "ui")

    return hook


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    context = start_context(args.data_dir, args.demo, args.lang)
    sys.excepthook = report_uncaught(context)
    collector = MainThreadCollector(app)
    collector.start()
    main = App(context)
    main.start(args.data_dir, args.demo, language_given=args.lang is not None)
    code = app.exec()
    context.tasks.shutdown(5_000)
    collector.stop()
    context.card.close()
    if context.scanner is not None:
        context.scanner.close()
    if context.opened is not None:
        remove_view_copies(context.data_dir)
        context.opened.close()
    return main.exit_code if main.exit_code is not None else int(code)
