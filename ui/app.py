"""Start the desktop app: one workspace, one card reader, one window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import TracebackType

from counter.errors import CounterError
from counter.paths import resources_dir
from counter.settings import get_setting, set_setting
from counter.workspace import Workspace
from ui.card import CardReader, pcsc_reader, virtual_reader
from ui.collector import MainThreadCollector
from ui.context import AppContext
from ui.errors import ErrorReporter
from ui.i18n import LANGUAGES, install_language
from ui.main_window import MainWindow, remove_view_copies
from ui.qt import QApplication, QIcon, QMessageBox, QTranslator
from ui.style import apply_style
from ui.tasks import TaskRunner


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("onestop-counter")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
    apply_style(app)
    return app


def stored_language(workspace: Workspace) -> str:
    with workspace.store.read() as session:
        value = get_setting(session, "language")
    return value if value in LANGUAGES else "vi"


def open_context(data_dir: Path, demo: bool, language: str | None = None) -> AppContext:
    """Open the data directory (setting up the demo when asked) and the card reader."""
    workspace = Workspace(data_dir)
    errors = ErrorReporter()
    tasks = TaskRunner(errors.report)
    demo_info = None
    if demo:
        from counter.demo import CARD_SEED, ensure_demo

        demo_info = ensure_demo(workspace)
        card: CardReader = virtual_reader(data_dir, CARD_SEED)
    else:
        card = pcsc_reader(data_dir)
    from ui.scanning.device import demo_scanner, system_scanner

    return AppContext(workspace, tasks, errors, card, demo_info,
                      language or stored_language(workspace),
                      scanner=demo_scanner() if demo else system_scanner())


class App:
    """The running app; rebuilds its window when the language changes."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.translator: QTranslator | None = None
        self.window: MainWindow | None = None

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
        store = self.context.workspace.store

        def remember() -> None:
            with store.write() as session:
                set_setting(session, "language", language)

        self.context.tasks.run_change(remember)
        old = self.window
        geometry = old.geometry()
        old.retire()
        self.show().setGeometry(geometry)
        old.hide()
        old.deleteLater()


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
    try:
        context = open_context(args.data_dir, args.demo, args.lang)
    except CounterError as error:
        QMessageBox.critical(None, "onestop-counter", error.message)
        return 2
    sys.excepthook = report_uncaught(context)
    remove_view_copies(context.workspace.data_dir)  # left by a crash or a power cut
    collector = MainThreadCollector(app)
    collector.start()
    App(context).show()
    code = app.exec()
    context.tasks.shutdown(5_000)
    collector.stop()
    context.card.close()
    if context.scanner is not None:
        context.scanner.close()
    remove_view_copies(context.workspace.data_dir)
    context.workspace.close()
    return int(code)
