"""Export a day's batch file to a USB stick: a button, a folder, and what was written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from counter.errors import CounterError
from sync.client.batches import ExportReport, export_batch_to_folder, require_export_ready
from ui.context import AppContext, Session
from ui.qt import QFileDialog, QPushButton, QWidget
from ui.widgets import FieldMessage


class BatchExport(QPushButton):
    """“Export to USB…”: refused at once (with the reason) when no batch can be made here,
    else a folder is chosen and the batch file and its readable summary are written there.
    ``day`` gives the day to export (None: every message the centre has not acknowledged)."""

    def __init__(self, context: AppContext, session: Session, day: Callable[[], date | None],
                 message: FieldMessage, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Xuất tệp lô ra USB… (Ctrl+Shift+E)"), parent)
        self.context, self.session, self.day, self.message = context, session, day, message
        self.setShortcut("Ctrl+Shift+E")
        self.clicked.connect(self.start)
        self.folder_dialog: QFileDialog | None = None
        self.report: ExportReport | None = None

    def start(self) -> None:
        workspace = self.context.workspace
        self.message.clear_message()
        self.context.tasks.run_query(lambda: require_export_ready(workspace),
                                     on_done=lambda _none: self.choose_folder(),
                                     on_error=self.refused)

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Chọn thư mục (USB) để ghi tệp lô"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        self.folder_dialog = dialog
        dialog.open()

    def export_to(self, folder: Path) -> None:
        workspace, actor, day = self.context.workspace, self.session.actor, self.day()
        self.setEnabled(False)
        self.context.tasks.run_change(
            lambda: export_batch_to_folder(workspace, workspace.data_dir, folder, actor=actor,
                                           day=day),
            label=self.tr("Đang xuất tệp lô…"), on_done=self.exported,
            on_error=self.refused, always=lambda: self.setEnabled(True))

    def exported(self, report: ExportReport) -> None:
        self.report = report
        self.message.show_hint(
            self.tr("Đã ghi %1 (%2 thông điệp, %3 hồ sơ) và bản tóm tắt %4 để đối chiếu.")
            .replace("%1", report.path.name).replace("%2", str(report.message_count))
            .replace("%3", str(report.dossier_count)).replace("%4", report.summary_path.name))

    def refused(self, error: CounterError) -> None:
        self.message.show_error(error.message)
