"""The receipt after Ctrl+Enter: a preview with Print, or straight to the default printer.

With the workstation setting ``print_receipt_direct`` the copies go to the default printer
at once (no preview, no dialog); with no default printer, the preview opens instead and
says why.
"""

from __future__ import annotations

from collections.abc import Callable

from counter.errors import CounterError
from counter.printing.direct import ReceiptToPrint
from ui import printing
from ui.context import AppContext
from ui.qt import QCoreApplication, QPrinter


def send_receipt(context: AppContext, receipt: ReceiptToPrint, preview: Callable[[bytes], None],
                 report: Callable[[str, bool], None],
                 printer: QPrinter | None = None) -> bool:
    """Print ``receipt`` straight away when the setting asks for it and a printer exists;
    otherwise open the preview. ``report(text, ok)`` tells the officer what happened.
    True when it was sent straight to the printer."""
    pdf = receipt.printed.pdf
    if not receipt.direct:
        preview(pdf)
        return False
    target = printer or printing.default_printer()
    if target is None:
        report(QCoreApplication.translate(
            "ReceiptPrint", "Máy này chưa có máy in mặc định: mở bản xem trước để chọn máy in."),
            False)
        preview(pdf)
        return False

    def sent(name: str) -> None:
        text = QCoreApplication.translate("ReceiptPrint", "Đã gửi giấy tiếp nhận tới máy in %1.")
        report(text.replace("%1", name), True)

    def failed(error: CounterError) -> None:
        report(error.message, False)

    printing.print_directly(context, pdf, target, sent, failed,
                            label=QCoreApplication.translate("ReceiptPrint",
                                                             "Đang in giấy tiếp nhận…"))
    return True
