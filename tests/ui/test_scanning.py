"""Scanning during intake through the real SANE test backend: two papers into their rows
by keyboard (scan, scan another page, turn it, scan a page again), receive, both stored as
one PDF each on their documents."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from counter.attachments import read_attachment
from counter.dossiers.queries import search_dossiers
from counter.dossiers.transitions import get_dossier
from counter.scanning.drafts import draft_pages
from tests.scanning.sane_env import SaneTestScanners
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, focused, logged_in, press, settle, type_text
from ui.context import AppContext
from ui.intake.checklist import NAME
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.scanning.device import system_scanner

CTRL = Qt.KeyboardModifier.ControlModifier
SCAN_MS = 60_000


@pytest.fixture
def scanning_window(qtbot, context: AppContext, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    sane = SaneTestScanners(tmp_path / "sane")
    context.scanner = system_scanner(sane.backend())
    yield shown_window(qtbot, context)
    context.scanner.close()


def shown_window(qtbot, context: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(context)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def start_intake(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    type_text(qtbot, intake.picker.search, "tam tru")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    return intake


def scan_row(qtbot, window: MainWindow, row: int, pages: int) -> None:  # type: ignore[no-untyped-def]
    intake = window.work.intake
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    intake.checklist.setFocus()
    intake.checklist.setCurrentCell(row, NAME)
    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: intake.scan_dialog is not None, timeout=TIMEOUT_MS)
    dialog = intake.scan_dialog
    qtbot.waitUntil(lambda: len(dialog.pages) == 1 and not window.context.scanner.scanning,
                    timeout=SCAN_MS)
    for count in range(2, pages + 1):
        press(qtbot, Qt.Key.Key_F8, fallback=dialog)
        qtbot.waitUntil(lambda n=count: len(dialog.pages) == n, timeout=SCAN_MS)
        qtbot.waitUntil(lambda: not window.context.scanner.scanning, timeout=SCAN_MS)
    return dialog


def test_two_papers_scanned_during_intake_are_stored_on_their_rows(qtbot, scanning_window) -> None:  # type: ignore[no-untyped-def]
    window = scanning_window
    intake = start_intake(qtbot, window)
    type_text(qtbot, focused(), "001090123456")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Nguyễn Văn An")
    type_text(qtbot, intake.applicant.address, "Thôn 3, xã Tân Phú, tỉnh Đồng Nai")

    first = scan_row(qtbot, window, 0, 2)  # the declaration: two pages, the second turned
    assert [first.device.itemData(i) for i in range(first.device.count())] == [
        None, "test:0", "test:1"]  # the scanners SANE lists, found on the device thread
    press(qtbot, Qt.Key.Key_End, fallback=first.list)
    press(qtbot, Qt.Key.Key_R, CTRL, fallback=first)
    qtbot.waitUntil(lambda: first.pages[1].rotation == 90, timeout=TIMEOUT_MS)
    turned = first.pages[1].id
    press(qtbot, Qt.Key.Key_Left, CTRL, fallback=first)  # the turned page goes first
    qtbot.waitUntil(lambda: first.pages[0].id == turned, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_Return, fallback=first)
    qtbot.waitUntil(lambda: intake.scan_dialog is None and intake.checklist.pages[0] == 2,
                    timeout=TIMEOUT_MS)
    assert "2 trang" in intake.checklist.item(0, 4).text()

    second = scan_row(qtbot, window, 1, 1)  # proof of residence: one page, scanned again
    replaced = second.pages[0].id
    press(qtbot, Qt.Key.Key_F5, fallback=second)
    qtbot.waitUntil(lambda: len(second.pages) == 1 and second.pages[0].id != replaced,
                    timeout=SCAN_MS)
    press(qtbot, Qt.Key.Key_Escape, fallback=second)  # Esc keeps the pages too
    qtbot.waitUntil(lambda: intake.checklist.pages[1] == 1, timeout=TIMEOUT_MS)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_Return, CTRL, fallback=intake)
    qtbot.waitUntil(lambda: intake.print_dialog is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    workspace = window.context.workspace
    [found] = search_dossiers(workspace, "nguyen van an")
    view = get_dossier(workspace, found.code, OFFICER)
    assert [d.state for d in view.documents] == ["digitised", "digitised"]
    assert len(view.attachments) == 2
    readers = [PdfReader(io.BytesIO(read_attachment(workspace, found.code, d.digitised, OFFICER)))
               for d in view.documents]
    assert [len(r.pages) for r in readers] == [2, 1]
    filters = [r.pages[0]["/Resources"]["/XObject"]["/Im0"]["/Filter"] for r in readers]
    assert filters == ["/FlateDecode", "/DCTDecode"]  # a declaration in line art, the rest in colour
    assert intake.checklist.rowCount() == 0  # ready for the next citizen, a new draft


def test_a_received_dossiers_document_is_scanned_from_its_detail_screen(  # type: ignore[no-untyped-def]
        qtbot, scanning_window) -> None:
    from counter.dossiers.model import IntakeRequest
    from counter.dossiers.receive import receive_dossier
    from tests.core.conftest import citizen

    window = scanning_window
    workspace = window.context.workspace
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    logged_in(qtbot, window, "canbo1", PASSWORD)
    window.work.open_dossier(code)
    detail = window.work.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == code,
                    timeout=TIMEOUT_MS)
    detail.documents.setFocus()
    detail.documents.setCurrentCell(1, 0)
    press(qtbot, Qt.Key.Key_F8, fallback=detail)
    qtbot.waitUntil(lambda: detail.digitising.dialog is not None, timeout=TIMEOUT_MS)
    dialog = detail.digitising.dialog
    qtbot.waitUntil(lambda: len(dialog.pages) == 1 and not window.context.scanner.scanning,
                    timeout=SCAN_MS)
    press(qtbot, Qt.Key.Key_Return, fallback=dialog)
    qtbot.waitUntil(lambda: detail.view.documents[1].state == "digitised", timeout=SCAN_MS)
    assert detail.documents.item(1, 4).text() == "Đã quét"
    assert len(detail.view.attachments) == 1


def test_a_scanner_unplugged_mid_scan_says_so_and_keeps_the_pages(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from counter.scanning.backend import FakeScanner
    from counter.scanning.service import ScannerService
    from counter.settings import set_setting
    from ui.scanning.device import ScannerDevice

    with context.workspace.store.write() as session:
        set_setting(session, "scan_source", "adf")
    context.scanner = ScannerDevice(ScannerService(FakeScanner(sheets=5, unplug_after=2)), "fake")
    try:
        window = shown_window(qtbot, context)
        intake = start_intake(qtbot, window)
        intake.checklist.setFocus()
        intake.checklist.setCurrentCell(0, NAME)
        press(qtbot, Qt.Key.Key_F8, fallback=intake)
        qtbot.waitUntil(lambda: intake.scan_dialog is not None, timeout=TIMEOUT_MS)
        dialog = intake.scan_dialog
        qtbot.waitUntil(lambda: "Mất kết nối với máy quét" in dialog.message.text(),
                        timeout=SCAN_MS)
        assert "Đã giữ lại 2 trang" in dialog.message.text()
        qtbot.waitUntil(lambda: len(dialog.pages) == 2, timeout=TIMEOUT_MS)
        press(qtbot, Qt.Key.Key_Escape, fallback=dialog)
        qtbot.waitUntil(lambda: intake.checklist.pages[0] == 2, timeout=TIMEOUT_MS)

        draft = intake.scan_draft  # another procedure: those pages are not its papers
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
        intake.picker.search.clear()
        type_text(qtbot, intake.picker.search, "thuong tru")
        press(qtbot, Qt.Key.Key_Return, fallback=intake.picker.search)
        qtbot.waitUntil(lambda: intake.picker.procedure.code == "1.004222", timeout=TIMEOUT_MS)
        settle(qtbot, context)
        assert intake.scan_draft != draft and not any(intake.checklist.pages)
        assert draft_pages(context.workspace, draft) == []
    finally:
        context.scanner.close()


def test_two_papers_scanned_then_one_key_receives_and_prints_the_receipt(  # type: ignore[no-untyped-def]
        qtbot, scanning_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's counter flow: scan two papers into their rows during intake, then Ctrl+Enter
    receives and sends the receipt's copies straight to the default printer (a PDF printer
    here), with no preview and no dialog."""
    from counter.settings import set_setting
    from tests.ui.test_direct_print import pdf_printer
    from ui import printing

    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "default_printer", lambda: pdf_printer(printed))
    window = scanning_window
    with window.context.workspace.store.write() as session:
        set_setting(session, "print_receipt_direct", True)
    intake = start_intake(qtbot, window)
    type_text(qtbot, focused(), "001090123456")
    type_text(qtbot, intake.applicant.full_name, "Nguyễn Văn An")
    type_text(qtbot, intake.applicant.address, "Thôn 3, xã Tân Phú, tỉnh Đồng Nai")
    for row in (0, 1):
        dialog = scan_row(qtbot, window, row, 1)
        press(qtbot, Qt.Key.Key_Return, fallback=dialog)
        qtbot.waitUntil(lambda r=row: intake.scan_dialog is None
                        and intake.checklist.pages[r] == 1, timeout=TIMEOUT_MS)
    intake.checklist.receive_required()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_Return, CTRL, fallback=intake)  # the one key
    qtbot.waitUntil(lambda: "Đã gửi giấy tiếp nhận tới máy in" in intake.banner.text(),
                    timeout=SCAN_MS)
    settle(qtbot, window.context)
    assert intake.print_dialog is None  # no preview, no print dialog
    assert len(PdfReader(str(printed)).pages) == 2  # both copies of form 01
    [found] = search_dossiers(window.context.workspace, "nguyen van an")
    view = get_dossier(window.context.workspace, found.code, OFFICER)
    assert [d.state for d in view.documents][:2] == ["digitised", "digitised"]
