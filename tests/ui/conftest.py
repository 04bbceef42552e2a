"""GUI tests: a set-up workstation with one account per role, the real window, offscreen.

The card reader is the in-process virtual reader (no PC/SC) holding a virtual CCCD
signed by a TEST PKI that the trust store holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter import clock
from counter.accounts import create_account, create_first_admin
from counter.agencies import AgencyInfo
from counter.idcard.virtual.identity import VirtualIdentity, demo_identity
from counter.roles import Actor, Role
from counter.setup import SetupRequest, load_seed_catalogue, set_up_workstation
from counter.workspace import Workspace
from ui.card import CardReader, virtual_reader
from ui.collector import MainThreadCollector
from ui.context import AppContext
from ui.errors import ErrorReporter
from ui.main_window import MainWindow
from ui.qt import QApplication, QTranslator
from ui.style import apply_style
from ui.tasks import TaskRunner

PASSWORD = "mat-khau-1"
CARD_SEED = 11
AGENCY = AgencyInfo(
    code="000.00.12.H42", name="Ủy ban nhân dân xã Tân Phú", level="commune",
    parent_name="Ủy ban nhân dân tỉnh Đồng Nai",
    unit_name="Bộ phận tiếp nhận và trả kết quả xã Tân Phú", place_name="Tân Phú",
)
USERS = {
    "quantri": ("Nguyễn Văn Quản", Role.ADMIN),
    "canbo1": ("Trần Văn Bình", Role.OFFICER),
    "giamsat": ("Lê Thị Mai", Role.SUPERVISOR),
    "tocnso": ("Phạm Văn Hải", Role.VILLAGE_TEAM),
}
ADMIN = Actor("quantri", Role.ADMIN)
OFFICER = Actor("canbo1", Role.OFFICER)


def set_up(data_dir: Path) -> None:
    with Workspace(data_dir) as workspace:
        set_up_workstation(workspace, SetupRequest(AGENCY, "Quầy 1"), ADMIN)
        load_seed_catalogue(workspace)
        create_first_admin(workspace, "quantri", USERS["quantri"][0], PASSWORD)
        for username, (name, role) in USERS.items():
            if role is not Role.ADMIN:
                create_account(workspace, ADMIN, username, name, role, PASSWORD)


@pytest.fixture(scope="session")
def prepared_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One set-up data directory, copied for each test (Argon2 hashing is slow on purpose)."""
    folder = tmp_path_factory.mktemp("prepared") / "data"
    set_up(folder)
    return folder


@pytest.fixture
def ready_dir(prepared_dir: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "data"
    shutil.copytree(prepared_dir, target)
    return target


@pytest.fixture
def card_identity() -> VirtualIdentity:
    return demo_identity(CARD_SEED, today=clock.now().date())


def make_context(data_dir: Path, card: CardReader | None = None) -> AppContext:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)
    errors = ErrorReporter()
    return AppContext(Workspace(data_dir), TaskRunner(errors.report), errors,
                      card or virtual_reader(data_dir, CARD_SEED))


@pytest.fixture
def context(qapp: QApplication, ready_dir: Path) -> Iterator[AppContext]:
    collector = MainThreadCollector()  # as in the app: cycles are collected on this thread
    collector.start()
    ctx = make_context(ready_dir)
    yield ctx
    ctx.tasks.shutdown(10_000)
    ctx.card.close()
    ctx.workspace.close()
    collector.stop()


@pytest.fixture
def window(qtbot, context: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(context)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def today() -> dt.date:
    return clock.now().date()


@pytest.fixture(autouse=True)
def no_language_left_installed(qapp: QApplication) -> Iterator[None]:
    """A test that starts the app installs its language catalogue on the one QApplication
    of the test run; take it off afterwards, so that the next test starts in the source
    language (Vietnamese, and Qt's own texts in English)."""
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
