"""Print the forms' PDFs through Qt's print support.

Qt here has no PDF renderer (no QtPdf in pyside6-essentials), so each page is rendered
in-process by PDFium (:mod:`counter.printing.render`) at the printer's resolution and drawn
with QPainter on a QPrinter sized like the PDF page: nothing else to install, on Linux or
Windows. "Save as PDF" writes the PDF itself.

With the setting ``print_receipt_direct`` the receipt goes straight to the default printer
(:func:`print_directly`): no preview and no dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counter.errors import CounterError
from counter.printing.render import MAX_PAGES, render_pdf
from ui.context import AppContext
from ui.qt import (
    QCoreApplication,
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
    QPrinterInfo,
    QPushButton,
    QSizeF,
    Qt,
    QVBoxLayout,
    QWidget,
    is_alive,
)

PRINT_DPI = 300
PREVIEW_DPI = 60


@dataclass(frozen=True)
class RenderedPages:
    dpi: int
    images: tuple[QImage, ...]
    sizes_points: tuple[QSizeF, ...] = ()

    def page_size_points(self) -> QSizeF:
        if self.sizes_points:
            return self.sizes_points[0]
        first = self.images[0]
        return QSizeF(first.width() * 72 / self.dpi, first.height() * 72 / self.dpi)


def render_pages(pdf: bytes, dpi: int, last_page: int = MAX_PAGES) -> RenderedPages:
    """Every page of ``pdf`` as an image (PDFium; call it off the UI thread)."""
    pages = render_pdf(pdf, dpi, last_page)
    images = tuple(
        QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()
        for page in pages
    )
    sizes = tuple(QSizeF(page.width_points, page.height_points) for page in pages)
    return RenderedPages(dpi, images, sizes)


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


def default_printer() -> QPrinter | None:
    """The system's default printer, or ``None`` when the workstation has none."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_directly(context: AppContext, pdf: bytes, printer: QPrinter,
                   on_printed: Callable[[str], None],
                   on_error: Callable[[CounterError], None] | None = None,
                   label: str = "", always: Callable[[], None] | None = None) -> None:
    """Render ``pdf`` and paint it on ``printer`` in the background (no dialog).

    Qt allows painting on a QPrinter outside the GUI thread; the printer is not a QObject
    and nothing else touches it meanwhile, so the screen stays responsive while the
    pages (about 0.4 s each at 300 dpi) are painted."""
    name = printer.outputFileName() or printer.printerName()

    refused = QCoreApplication.translate(
        "PrintDialog", "Không gửi được tới máy in %1: kiểm tra máy in đã bật và được nối với "
        "máy này.").replace("%1", name)

    def work() -> str:
        try:
            print_pages(render_pages(pdf, PRINT_DPI), printer)
        except OSError:
            raise CounterError(refused) from None
        return name

    context.tasks.run_query(work, label=label, on_done=on_printed, on_error=on_error,
                            always=always)


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
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """Render and paint on ``printer`` in the background (see :func:`print_directly`)."""
        self.status.setText(self.tr("Đang in…"))
        self.print_button.setEnabled(False)

        def printed(name: str) -> None:
            if not is_alive(self):  # closed while printing: the sheets are printed all the same
                return
            self.printed_to = name
            self.status.setText(self.tr("Đã gửi lệnh in."))

        def failed(error: CounterError) -> None:
            if is_alive(self):
                self.status.setText(error.message)

        print_directly(self.context, self.pdf, printer, printed, failed,
                       label=self.tr("Đang in…"), always=self.printing_settled)

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
