"""The scanner as the GUI sees it: the core's scanner service, handed over to the UI thread.

Every call to the scanner stays on the service's device thread. Each page is stored as a
draft page there too, the moment it arrives (a scan broken off by an unplugged scanner
keeps every page before the break, whatever the screens are doing); the stored page, the
end of the scan and scanner changes come here as Qt signals on the main thread.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import TYPE_CHECKING

from counter.scanning.backend import FakeScanner, ScannerBackend, platform_backend
from counter.scanning.model import ScannedPage, ScannerInfo, ScanSettings
from counter.scanning.service import ScannerService
from ui.qt import QObject, Qt, Signal, Slot

if TYPE_CHECKING:  # the database layer is not needed to start the scanner service
    from counter.roles import Actor
    from counter.workspace import Workspace

log = logging.getLogger(__name__)


class _Relay(QObject):
    scanners = Signal(object)
    page = Signal(object)
    done = Signal(object, object)  # (pages or None, error or None)


class ScannerDevice(QObject):
    scanners_changed = Signal()
    page_stored = Signal(object)  # DraftPage
    scan_finished = Signal(int)  # pages scanned
    scan_failed = Signal(object)  # Exception (a ScanError says how many pages were kept)

    def __init__(self, service: ScannerService, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service: ScannerService | None = service
        self.kind = kind  # "sane", "fake" or "none"
        self.scanners: list[ScannerInfo] = []
        self.scanning = False
        self._relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.scanners.connect(self._on_scanners, queued)
        self._relay.page.connect(self.page_stored.emit, queued)
        self._relay.done.connect(self._on_done, queued)
        service.add_listener(self._relay.scanners.emit)
        service.start()

    def scan_into(self, workspace: Workspace, actor: Actor, draft: str, position: int,
                  settings: ScanSettings, count: int | None, device: str | None = None) -> bool:
        """Scan pages into document ``position`` of ``draft``; False if busy or closed."""
        if self.service is None or self.scanning:
            return False
        from counter.scanning.drafts import add_page

        self.scanning = True

        def keep(page: ScannedPage) -> None:
            self._relay.page.emit(add_page(workspace, draft, position, page, actor))

        future = self.service.scan(device, settings, count, keep)
        future.add_done_callback(self._deliver)
        return True

    def _deliver(self, future: Future[int]) -> None:
        error = future.exception()
        self._relay.done.emit(None if error else future.result(), error)

    @Slot(object, object)
    def _on_done(self, pages: int | None, error: BaseException | None) -> None:
        self.scanning = False
        if error is not None:
            self.scan_failed.emit(error)
        else:
            self.scan_finished.emit(pages or 0)

    @Slot(object)
    def _on_scanners(self, scanners: list[ScannerInfo]) -> None:
        self.scanners = scanners
        self.scanners_changed.emit()

    def close(self) -> None:
        if self.service is not None:
            self.service.close()
            self.service = None


def system_scanner(backend: ScannerBackend | None = None) -> ScannerDevice:
    """The machine's scanners (SANE on Linux; Windows says it has no support yet)."""
    return ScannerDevice(ScannerService(backend or platform_backend()), "sane")


def demo_scanner() -> ScannerDevice:
    """Demo mode: a scanner in memory whose feeder holds ten sheets per scan."""
    return ScannerDevice(ScannerService(_RefillingFake()), "fake")


class _RefillingFake(FakeScanner):
    def scan(self, device: str, settings: ScanSettings, count: int | None,
             on_page: object) -> int:
        self.sheets = 10
        return super().scan(device, settings, count, on_page)  # type: ignore[arg-type]


__all__ = ["ScannerDevice", "demo_scanner", "system_scanner"]
