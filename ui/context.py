"""What every screen of one running app shares, and who is logged in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ui.card import CardReader
from ui.errors import ErrorReporter
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the database layer loads while the login window is up, not before
    from counter.accounts import AccountInfo
    from counter.demo import DemoInfo  # only with --demo
    from counter.roles import Actor
    from counter.workspace import Identity, Workspace
    from ui.citizen.window import CitizenWindow
    from ui.scanning.device import ScannerDevice


@dataclass
class AppContext:
    opened: Workspace | None  # None while the app start opens it in the background
    tasks: TaskRunner
    errors: ErrorReporter
    card: CardReader
    demo: DemoInfo | None = None
    language: str = "vi"
    citizen: CitizenWindow | None = None  # the screen facing the citizen, when there is one
    scanner: ScannerDevice | None = None  # None: no scanner support started
    folder: Path | None = None  # the data directory, known before the workspace is open

    @property
    def is_open(self) -> bool:
        return self.opened is not None

    @property
    def workspace(self) -> Workspace:
        """The open workspace; screens that need it exist only once it is open."""
        if self.opened is None:
            raise RuntimeError("the workspace is still being opened")
        return self.opened

    @property
    def data_dir(self) -> Path:
        if self.opened is not None:
            return self.opened.data_dir
        assert self.folder is not None
        return self.folder


@dataclass(frozen=True)
class Session:
    """The logged-in account at this workstation."""

    account: AccountInfo
    identity: Identity

    @property
    def actor(self) -> Actor:
        return self.account.actor

    def can(self, permission: str) -> bool:
        return self.actor.can(permission)
