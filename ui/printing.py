"""Print the forms' PDFs through Qt's print support.

Qt here has no PDF renderer (no QtPdf in pyside6-essentials), so each page is
rasterised by poppler's ``pdftoppm`` at the printer's resolution and drawn with
QPainter on a QPrinter sized like the PDF page. On a Windows workstation,
``pdftoppm.exe`` must be on PATH (poppler for Windows); without it, "Print"
opens the PDF in the system's PDF viewer instead. "Save as PDF" writes the
PDF itself and needs nothing else.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from counter.errors import CounterError
from counter.viewing import write_view_copy
from ui.context import AppContext
from ui.qt import (
    QDesktopServices,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QImage,
    QLabel,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QPrintDialog,
    QPrinter,
    QPushButton,
    QSizeF,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    is_alive,
)

PRINT_DPI = 300
PREVIEW_DPI = 60
RENDER_TIMEOUT_S = 60
MAX_PAGES = 50


@dataclass(frozen=True)
class RenderedPages:
    dpi: int
    images: tuple[QImage, ...]

    def page_size_points(self) -> QSizeF:
        first = self.images[0]
        return QSizeF(first.width() * 72 / self.dpi, first.height() * 72 / self.dpi)


def rasteriser() -> str | None:
    return shutil.which("pdftoppm")


def render_pages(pdf: bytes, dpi: int, last_page: int = MAX_PAGES) -> RenderedPages:
    """Every page of ``pdf`` as an image (runs poppler; call it off the UI thread)."""
    program = rasteriser()
    if program is None:
        raise FileNotFoundError("pdftoppm")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "form.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [program, "-r", str(dpi), "-l", str(last_page), "-png", str(source),
             str(Path(folder) / "page")],
            check=True, capture_output=True, timeout=RENDER_TIMEOUT_S,
        )
        images = tuple(QImage(str(path)) for path in sorted(Path(folder).glob("page*.png")))
    return RenderedPages(dpi, images)


def print_pages(pages: RenderedPages, printer: QPrinter) -> None:
    """Draw each page image on its own sheet, scaled to the printable area."""
    layout = QPageLayout(QPageSize(pages.page_size_points(), QPageSize.Unit.Point),
                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    try:
        for index, image in enumerate(pages.images):
            if index:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()


class PrintDialog(QDialog):
    """A printed form's preview with Print, Save as PDF and Close.

    It deletes itself when closed, with its page image: a screen that opens one per
    dossier would otherwise keep every preview alive (about a page of pixels each).
    Whoever holds it forgets it on ``finished``.
    """

    def __init__(self, context: AppContext, pdf: bytes, title: str, filename: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context, self.pdf, self.filename = context, pdf, filename
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.preview = QLabel(self.tr("Đang dựng bản xem trước…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(360, 480)
        layout.addWidget(self.preview)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("In (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setObjectName("primary")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer)
        save = QPushButton(self.tr("Lưu PDF… (Ctrl+S)"))
        save.setShortcut("Ctrl+S")
        save.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Đóng (Esc)"))
        close.clicked.connect(self.reject)
        for button in (self.print_button, save, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.printed_to: str | None = None
        if rasteriser() is None:
            self.preview.setText(self.tr("Không có pdftoppm: bấm In để mở bằng trình xem PDF."))
        else:
            context.tasks.run_query(lambda: render_pages(pdf, PREVIEW_DPI, last_page=1),
                                    on_done=self.show_preview)

    def show_preview(self, pages: RenderedPages) -> None:
        if not is_alive(self):  # closed before its preview was ready
            return
        if pages.images:
            self.preview.setPixmap(QPixmap.fromImage(pages.images[0]).scaled(
                360, 480, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def choose_printer(self) -> None:
        if rasteriser() is None:
            self.open_in_viewer()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """Rasterise in the background, then paint on ``printer`` (main thread, as Qt needs)."""
        self.status.setText(self.tr("Đang in…"))
        self.print_button.setEnabled(False)
        pdf = self.pdf

        def printed(pages: RenderedPages) -> None:
            print_pages(pages, printer)
            if not is_alive(self):  # closed while printing: the sheets are printed all the same
                return
            self.printed_to = printer.outputFileName() or printer.printerName()
            self.status.setText(self.tr("Đã gửi lệnh in."))

        self.context.tasks.run_query(lambda: render_pages(pdf, PRINT_DPI),
                                     label=self.tr("Đang in…"), on_done=printed,
                                     always=self.printing_settled)

    def printing_settled(self) -> None:
        if is_alive(self):
            self.print_button.setEnabled(True)

    def save_as(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Lưu PDF"), self.filename,
                                                    "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            self.status.setText(self.tr("Không lưu được tệp: ") + (error.strerror or str(error)))
            return
        self.status.setText(self.tr("Đã lưu: ") + str(path))

    def open_in_viewer(self) -> None:
        try:
            path = write_view_copy(self.context.workspace.data_dir, self.filename, self.pdf)
        except CounterError as error:
            self.status.setText(error.message)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.status.setText(self.tr("Đã mở bằng trình xem PDF để in."))
