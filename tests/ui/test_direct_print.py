"""The receipt straight to the default printer after Ctrl+Enter (setting), and PDFium
rendering on a PDF printer read back."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from counter.settings import set_setting
from tests.ui.helpers import TIMEOUT_MS, press, settle, type_text
from tests.ui.test_intake import CTRL, open_intake
from ui import printing
from ui.qt import QPrinter, Qt


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def fill_and_receive(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, intake.picker.search, "tam tru")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    applicant = intake.applicant
    type_text(qtbot, applicant.id_number, "001090123456")
    type_text(qtbot, applicant.full_name, "Nguyễn Văn An")
    type_text(qtbot, applicant.birth_date, "01/02/1990")
    applicant.sex.setCurrentIndex(applicant.sex.findData("Nam"))
    type_text(qtbot, applicant.address, "Thôn 3, xã Tân Phú")
    intake.checklist.receive_required()
    press(qtbot, Qt.Key.Key_Return, CTRL)


def test_the_receipt_goes_straight_to_the_default_printer(qtbot, window, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "default_printer", lambda: pdf_printer(out))
    with window.context.workspace.store.write() as session:
        set_setting(session, "print_receipt_direct", True)
    intake = open_intake(qtbot, window)
    fill_and_receive(qtbot, intake)

    qtbot.waitUntil(lambda: "Đã gửi giấy tiếp nhận tới máy in" in intake.banner.text(),
                    timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert intake.print_dialog is None  # no preview, no dialog
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, timeout=60,
                          check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M), info  # both copies
    assert "(A5)" in info


def test_without_a_default_printer_the_preview_opens_and_says_why(
        qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    with window.context.workspace.store.write() as session:
        set_setting(session, "print_receipt_direct", True)
    intake = open_intake(qtbot, window)
    fill_and_receive(qtbot, intake)
    qtbot.waitUntil(lambda: intake.print_dialog is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert "chưa có máy in mặc định" in intake.banner.text()


def test_pages_are_rendered_in_process_and_printed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.signing.conftest import sample_pdf

    pdf = sample_pdf("Trang in thử", pages=3)
    pages = printing.render_pages(pdf, 100)
    assert len(pages.images) == 3
    assert (pages.images[0].width(), pages.images[0].height()) == (584, 827)  # 420x595 pt
    image = pages.images[0]
    assert image.pixelColor(5, 5).name() == "#ffffff"
    text_row = range(60, 80)  # the line drawn at 540 pt from the bottom, at 100 dpi
    assert any(image.pixelColor(x, y).lightness() < 100 for x in range(50, 400, 2) for y in text_row)
    out = tmp_path / "three.pdf"
    printing.print_pages(pages, pdf_printer(out))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, timeout=60,
                          check=True).stdout
    assert re.search(r"^Pages:\s+3$", info, re.M), info
    from counter.errors import InputError

    with pytest.raises(InputError, match="không đọc được tệp PDF"):
        printing.render_pages(b"%PDF-1.4 broken", 100)


def test_the_print_dialog_speaks_vietnamese(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_language
    from ui.qt import QLabel, QPrintDialog, QPushButton

    translator = install_language(qapp, "vi")
    assert translator is not None
    try:
        dialog = QPrintDialog(QPrinter(QPrinter.PrinterMode.HighResolution))
        qtbot.addWidget(dialog)
        texts = {w.text() for w in dialog.findChildren(QPushButton)} | {
            w.text() for w in dialog.findChildren(QLabel)}
        assert "&In" in texts and "Số bản:" in texts, texts
        assert dialog.windowTitle() == "In"
    finally:
        qapp.removeTranslator(translator)


def test_a_printer_that_cannot_be_opened_gives_a_message(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.signing.conftest import sample_pdf

    printer = pdf_printer(tmp_path / "no-such-folder" / "out.pdf")  # cannot be written
    errors: list[str] = []
    printed: list[str] = []
    printing.print_directly(window.context, sample_pdf(), printer, printed.append,
                            lambda error: errors.append(error.message))
    qtbot.waitUntil(lambda: bool(errors or printed), timeout=TIMEOUT_MS)
    assert printed == [] and "Không gửi được tới máy in" in errors[0]
