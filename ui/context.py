"""What every screen of one running app shares, and who is logged in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from counter.accounts import AccountInfo
from counter.roles import Actor
from counter.workspace import Identity, Workspace
from ui.card import CardReader
from ui.errors import ErrorReporter
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the demo (and the intake services it uses) loads only with --demo
    from counter.demo import DemoInfo
    from ui.citizen.window import CitizenWindow
    from ui.scanning.device import ScannerDevice


@dataclass
class AppContext:
    workspace: Workspace
    tasks: TaskRunner
    errors: ErrorReporter
    card: CardReader
    demo: DemoInfo | None = None
    language: str = "vi"
    citizen: CitizenWindow | None = None  # the screen facing the citizen, when there is one
    scanner: ScannerDevice | None = None  # None: no scanner support started


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
