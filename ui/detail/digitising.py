"""Digitising a received dossier's documents from its detail screen: F8 scans the chosen
document into one PDF on its row (pages first held in the dossier's own draft), Ctrl+U
marks it reused from an electronic record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from counter.dossiers.model import DossierView
from counter.dossiers.transitions import get_dossier
from counter.scanning.digitise import digitise_document, document_scan_settings, mark_reused
from counter.scanning.drafts import DraftPage, dossier_draft
from counter.scanning.model import ScanSettings
from ui.qt import QObject
from ui.scanning.preview import ScanDialog
from ui.scanning.reuse import ReuseDialog

if TYPE_CHECKING:
    from ui.detail.screen import DetailScreen


class DocumentDigitising(QObject):
    def __init__(self, screen: DetailScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.dialog: ScanDialog | None = None
        self.reuse_dialog: ReuseDialog | None = None

    def state_text(self, view: DossierView, row: int) -> str:
        document = view.documents[row]
        if document.state == "digitised":
            return self.tr("Đã quét")
        if document.state == "reused":
            return self.tr("Dùng lại: %1").replace("%1", document.reused_from)
        return ""

    def chosen(self) -> tuple[DossierView, int] | None:
        screen = self.screen
        if screen.view is None or not screen.session.can("dossier.attach"):
            return None
        if not screen.view.documents:
            return None
        return screen.view, max(0, screen.documents.currentRow())

    def scan(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        if self.screen.context.scanner is None:
            self.screen.message.show_error(self.tr("Máy này chưa có máy quét."))
            return
        view, row = chosen
        name, workspace = view.documents[row].name, self.screen.context.workspace
        self.screen.context.tasks.run_query(
            lambda: document_scan_settings(workspace, name),
            on_done=lambda chosen: self.open(view.code, row, name, *chosen))

    def open(self, code: str, row: int, name: str, settings: ScanSettings,
             device: str | None) -> None:
        screen = self.screen
        self.dialog = ScanDialog(screen.context, screen.session, dossier_draft(code), row, name,
                                 settings, on_done=lambda pages: self.keep(code, row, pages),
                                 device=device, parent=screen)
        self.dialog.finished.connect(self.forget)
        self.dialog.open()
        self.dialog.scan_more()

    def forget(self) -> None:
        self.dialog = None

    def keep(self, code: str, row: int, pages: list[DraftPage]) -> None:
        """Xong: the pages become the document's PDF."""
        if not pages:
            return
        screen = self.screen
        workspace, actor = screen.context.workspace, screen.session.actor

        def store() -> DossierView:
            digitise_document(workspace, code, row, actor)
            return get_dossier(workspace, code, actor)

        screen.context.tasks.run_change(store, label=self.tr("Đang lưu bản quét…"),
                                        on_done=screen.show_dossier,
                                        on_error=lambda e: screen.message.show_error(e.message))

    def reuse(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        view, row = chosen
        document = view.documents[row]
        self.reuse_dialog = ReuseDialog(document.name, document.reused_from,
                                        lambda source: self.mark(view.code, row, source),
                                        self.screen)
        self.reuse_dialog.open()

    def mark(self, code: str, row: int, source: str) -> None:
        screen = self.screen
        workspace, actor = screen.context.workspace, screen.session.actor

        def store() -> DossierView:
            mark_reused(workspace, code, row, source, actor)
            return get_dossier(workspace, code, actor)

        screen.context.tasks.run_change(store, on_done=screen.show_dossier,
                                        on_error=lambda e: screen.message.show_error(e.message))
