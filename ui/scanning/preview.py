"""Scan one document of the checklist and look at its pages before they are kept.

Keyboard first: F8 scans (more) pages, F5 scans the chosen page again, Ctrl+R / Ctrl+L
turn it right / left, Ctrl+Left / Ctrl+Right move it, Delete removes it, Enter is done.
Esc closes too: the pages stay in the draft (nothing scanned is thrown away by closing).
"""

from __future__ import annotations

from collections.abc import Callable

from counter.errors import CounterError
from counter.scanning.drafts import (
    DraftPage,
    delete_page,
    draft_pages,
    move_page,
    page_thumbnail,
    rotate_page,
)
from counter.scanning.model import (
    MAX_DPI,
    MIN_DPI,
    MODES,
    SOURCES,
    ScanSettings,
)
from ui.context import AppContext, Session
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDialog,
    QHBoxLayout,
    QIcon,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPixmap,
    QPushButton,
    QSize,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import FieldMessage, shortcut

THUMBNAIL = 180
MODE_LABELS = {"color": QT_TRANSLATE_NOOP("ScanDialog", "Màu"),
               "grey": QT_TRANSLATE_NOOP("ScanDialog", "Thang xám"),
               "lineart": QT_TRANSLATE_NOOP("ScanDialog", "Đen trắng")}
SOURCE_LABELS = {"flatbed": QT_TRANSLATE_NOOP("ScanDialog", "Mặt kính"),
                 "adf": QT_TRANSLATE_NOOP("ScanDialog", "Khay nạp giấy (ADF)")}


def translated(text: object) -> str:
    return QCoreApplication.translate("ScanDialog", str(text))


class ScanDialog(QDialog):
    def __init__(self, context: AppContext, session: Session, draft: str, position: int,
                 document_name: str, settings: ScanSettings,
                 on_done: Callable[[list[DraftPage]], None] | None = None,
                 device: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.draft, self.position = draft, position
        self.on_done = on_done
        self.pages: list[DraftPage] = []
        self.rescanning: DraftPage | None = None
        self.finished_once = False
        self.preferred_device = device  # the workstation's scanner setting, if any
        self.generation = 0
        self.setWindowTitle(self.tr("Quét giấy tờ: %1").replace("%1", document_name))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        name = QLabel(document_name)
        name.setWordWrap(True)
        name.setObjectName("sectionTitle")
        layout.addWidget(name)
        layout.addLayout(self._settings_row(settings))
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(8)
        self.list.itemActivated.connect(lambda _item: self.finish())
        layout.addWidget(self.list, 1)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        for key, slot in (("F8", self.scan_more), ("F5", self.rescan),
                          ("Ctrl+R", lambda: self.rotate(90)), ("Ctrl+L", lambda: self.rotate(-90)),
                          ("Ctrl+Left", lambda: self.shift(-1)), ("Ctrl+Right", lambda: self.shift(1)),
                          ("Delete", self.delete)):
            shortcut(key, self, slot)
        scanner = self.listening_to = context.scanner
        if scanner is not None:
            scanner.page_stored.connect(self.page_arrived)
            scanner.scan_finished.connect(self.scan_ended)
            scanner.scan_failed.connect(self.scan_broke)
            scanner.scanners_changed.connect(self.show_scanners)
        self.refresh()

    def _settings_row(self, settings: ScanSettings) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Chế độ:")))
        self.mode = QComboBox()
        for mode in MODES:
            self.mode.addItem(translated(MODE_LABELS[mode]), mode)
        self.mode.setCurrentIndex(MODES.index(settings.mode))
        row.addWidget(self.mode)
        row.addWidget(QLabel(self.tr("Độ phân giải:")))
        self.dpi = QSpinBox()
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(" dpi")
        self.dpi.setValue(settings.dpi)
        row.addWidget(self.dpi)
        row.addWidget(QLabel(self.tr("Nguồn giấy:")))
        self.source = QComboBox()
        for source in SOURCES:
            self.source.addItem(translated(SOURCE_LABELS[source]), source)
        self.source.setCurrentIndex(SOURCES.index(settings.source))
        row.addWidget(self.source)
        row.addWidget(QLabel(self.tr("Máy quét:")))
        self.device = QComboBox()
        self.device.setMinimumWidth(180)
        row.addWidget(self.device, 1)
        self.show_scanners()
        return row

    def show_scanners(self) -> None:
        """The scanners found now (listed again when one is plugged in or pulled out)."""
        scanner = self.context.scanner
        found = scanner.scanners if scanner is not None else []
        chosen = self.device.currentData() if self.device.count() else self.preferred_device
        self.device.clear()
        self.device.addItem(self.tr("Máy đầu tiên tìm thấy"), None)
        for info in found:
            self.device.addItem(f"{info.label} ({info.name})", info.name)
        if chosen and self.device.findData(chosen) < 0:  # set, but not plugged in now
            self.device.addItem(self.tr("%1 (không thấy)").replace("%1", chosen), chosen)
        self.device.setCurrentIndex(max(0, self.device.findData(chosen)))

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in ((self.tr("Quét (F8)"), self.scan_more),
                           (self.tr("Quét lại trang (F5)"), self.rescan),
                           (self.tr("Xoay phải (Ctrl+R)"), lambda: self.rotate(90)),
                           (self.tr("Xoá trang (Delete)"), self.delete)):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.done_button = QPushButton(self.tr("Xong (Enter)"))
        self.done_button.setObjectName("primary")
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.finish)
        row.addWidget(self.done_button)
        return row

    # Scanning ---------------------------------------------------------------------------

    def settings(self) -> ScanSettings:
        return ScanSettings(self.mode.currentData(), self.dpi.value(), self.source.currentData())

    def scan_more(self) -> None:
        self._scan(None)

    def rescan(self) -> None:
        page = self.current()
        if page is not None:
            self.rescanning = page
            self._scan(1)

    def _scan(self, count: int | None) -> None:
        scanner = self.context.scanner
        if scanner is None:
            self.message.show_error(self.tr("Máy này chưa có máy quét."))
            return
        settings = self.settings()
        if count is None and settings.source == "flatbed":
            count = 1
        started = scanner.scan_into(self.context.workspace, self.session.actor, self.draft,
                                    self.position, settings, count, self.device.currentData())
        if started:
            self.message.show_hint(self.tr("Đang quét…"))
        else:
            self.message.show_error(self.tr("Máy quét đang bận với một lần quét khác."))

    def page_arrived(self, page: DraftPage) -> None:
        if page.position == self.position:
            self.refresh()

    def scan_ended(self, count: int) -> None:
        self.message.show_hint(self.tr("Đã quét %1 trang.").replace("%1", str(count)))
        self._settle_rescan()

    def scan_broke(self, error: BaseException) -> None:
        self.rescanning = None
        text = error.message if isinstance(error, CounterError) else str(error)
        self.message.show_error(text)
        self.refresh()

    def _settle_rescan(self) -> None:
        """The page scanned again (the last one) takes the old page's place."""
        old, self.rescanning = self.rescanning, None
        if old is None:
            self.refresh()
            return
        workspace, actor, draft, position = (self.context.workspace, self.session.actor,
                                             self.draft, self.position)

        def swap() -> None:
            pages = draft_pages(workspace, draft, position)
            index = next((i for i, p in enumerate(pages) if p.id == old.id), None)
            if index is None or pages[-1].id == old.id:
                return
            move_page(workspace, pages[-1].id, index, actor)
            delete_page(workspace, old.id, actor)

        self._change(swap)

    # Editing ----------------------------------------------------------------------------

    def current(self) -> DraftPage | None:
        row = self.list.currentRow()
        return self.pages[row] if 0 <= row < len(self.pages) else None

    def rotate(self, degrees: int) -> None:
        page = self.current()
        if page is not None:
            workspace, actor = self.context.workspace, self.session.actor
            self._change(lambda: rotate_page(workspace, page.id, degrees, actor))

    def shift(self, step: int) -> None:
        page = self.current()
        row = self.list.currentRow()
        if page is None or not 0 <= row + step < len(self.pages):
            return
        workspace, actor = self.context.workspace, self.session.actor
        self._change(lambda: move_page(workspace, page.id, row + step, actor), select=row + step)

    def delete(self) -> None:
        page = self.current()
        if page is not None:
            workspace, actor = self.context.workspace, self.session.actor
            self._change(lambda: delete_page(workspace, page.id, actor))

    def _change(self, work: Callable[[], object], select: int | None = None) -> None:
        self.context.tasks.run_change(work, on_done=lambda _r: self.refresh(select),
                                      on_error=lambda e: self.message.show_error(e.message))

    def refresh(self, select: int | None = None) -> None:
        """Load the pages again; only the latest load is shown (loads run side by side).
        The chosen page stays chosen, or the one at ``select`` is chosen."""
        workspace, draft, position = self.context.workspace, self.draft, self.position
        self.generation += 1
        generation = self.generation

        def load() -> list[tuple[DraftPage, bytes]]:
            return [(p, page_thumbnail(workspace, p, THUMBNAIL))
                    for p in draft_pages(workspace, draft, position)]

        self.context.tasks.run_query(
            load, on_done=lambda pages: self.show_pages(pages, select, generation))

    def show_pages(self, pages: list[tuple[DraftPage, bytes]], select: int | None,
                   generation: int) -> None:
        if generation != self.generation:
            return  # a later load is on its way
        chosen = self.current()
        self.pages = [page for page, _png in pages]
        self.list.clear()
        for number, (_page, png) in enumerate(pages, start=1):
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            label = self.tr("Trang %1").replace("%1", str(number))
            self.list.addItem(QListWidgetItem(QIcon(pixmap), label))
        ids = [page.id for page in self.pages]
        if select is None:
            select = ids.index(chosen.id) if chosen is not None and chosen.id in ids \
                else len(ids) - 1
        if pages:
            self.list.setCurrentRow(max(0, min(select, len(pages) - 1)))
        self.list.setFocus()

    def finish(self) -> None:
        if self.finished_once:
            return
        if self.context.scanner is not None and self.context.scanner.scanning:
            self.message.show_error(self.tr("Đang quét: chờ quét xong rồi bấm Xong."))
            return
        self.finished_once = True
        if self.on_done is not None:
            self.on_done(list(self.pages))
        self.accept()

    def done(self, result: int) -> None:
        """Closed by Xong, Esc or the window's button: stop listening to the scanner."""
        scanner, self.listening = self.context.scanner, False
        if scanner is not None and self.listening_to is scanner:
            self.listening_to = None
            scanner.page_stored.disconnect(self.page_arrived)
            scanner.scan_finished.disconnect(self.scan_ended)
            scanner.scan_failed.disconnect(self.scan_broke)
            scanner.scanners_changed.disconnect(self.show_scanners)
        super().done(result)
