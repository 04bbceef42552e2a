"""Scanning through the real SANE stack (scanimage and its ``test`` backend) into the
checklist rows of a dossier: one PDF per document, pages kept when the scanner vanishes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from counter.attachments import read_attachment
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import get_dossier
from counter.errors import InputError
from counter.scanning.digitise import digitise_document
from counter.scanning.drafts import add_page, dossier_draft, draft_pages, new_draft
from counter.scanning.model import NoScannerError, ScannedPage, ScannerGoneError, ScanSettings
from counter.scanning.service import ScannerService
from tests.core.conftest import OFFICER, citizen
from tests.scanning.sane_env import SaneTestScanners

TIMEOUT = 120


def pdf_pages(workspace, code: str, sha256: str) -> PdfReader:  # type: ignore[no-untyped-def]
    return PdfReader(io.BytesIO(read_attachment(workspace, code, sha256, OFFICER)))


def scan_into(workspace, service: ScannerService, draft: str, position: int,  # type: ignore[no-untyped-def]
              settings: ScanSettings, count: int | None, device: str | None = "test:0") -> int:
    def keep(page: ScannedPage) -> None:
        add_page(workspace, draft, position, page, OFFICER)

    return service.scan(device, settings, count, keep).result(TIMEOUT)


def test_the_test_scanners_are_listed(sane: SaneTestScanners) -> None:
    names = [s.name for s in sane.backend().list_scanners()]
    assert names == ["test:0", "test:1"]


def test_a_multi_page_document_lands_in_its_row_as_one_pdf(workspace, sane) -> None:  # type: ignore[no-untyped-def]
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    with ScannerService(sane.backend()) as service:
        done = scan_into(workspace, service, dossier_draft(code), 1,
                         ScanSettings("grey", 100, "adf"), 3)
    assert done == 3
    attachment = digitise_document(workspace, code, 1, OFFICER)

    view = get_dossier(workspace, code, OFFICER)
    assert [d.state for d in view.documents][:2] == ["paper", "digitised"]
    assert view.documents[1].digitised == attachment.sha256
    assert [a.sha256 for a in view.attachments] == [attachment.sha256]
    reader = pdf_pages(workspace, code, attachment.sha256)
    assert len(reader.pages) == 3
    assert draft_pages(workspace, dossier_draft(code)) == []
    # stored encrypted: the file on disk is not the PDF
    assert not workspace.files.path_of(attachment.sha256).read_bytes().startswith(b"%PDF")


def test_line_art_is_lossless_and_colour_is_jpeg(workspace, sane) -> None:  # type: ignore[no-untyped-def]
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    with ScannerService(sane.backend()) as service:
        scan_into(workspace, service, dossier_draft(code), 0,
                  ScanSettings("lineart", 150, "flatbed"), 1)
        scan_into(workspace, service, dossier_draft(code), 1,
                  ScanSettings("color", 100, "flatbed"), 1)
    filters = []
    for position in (0, 1):
        sha = digitise_document(workspace, code, position, OFFICER).sha256
        image = pdf_pages(workspace, code, sha).pages[0]["/Resources"]["/XObject"]["/Im0"]
        filters.append((image["/Filter"], image["/BitsPerComponent"], image["/ColorSpace"]))
    assert filters == [("/FlateDecode", 1, "/DeviceGray"), ("/DCTDecode", 8, "/DeviceRGB")]


def test_papers_scanned_during_intake_are_bound_at_receipt(workspace, sane) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    with ScannerService(sane.backend()) as service:
        scan_into(workspace, service, draft, 0, ScanSettings("grey", 75, "adf"), 2)
        scan_into(workspace, service, draft, 1, ScanSettings("color", 75, "flatbed"), None)
    view = receive_dossier(workspace, IntakeRequest("1.004194", citizen(), scan_draft=draft),
                           OFFICER)

    states = [d.state for d in view.documents]
    assert states == ["digitised", "digitised"]
    stored = get_dossier(workspace, view.code, OFFICER)
    assert len(stored.attachments) == 2
    counts = [len(pdf_pages(workspace, view.code, stored.documents[p].digitised).pages)
              for p in (0, 1)]
    assert counts == [2, 1]
    assert draft_pages(workspace, draft) == []


def test_a_scanner_unplugged_mid_scan_keeps_the_pages_already_scanned(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sane = SaneTestScanners(tmp_path / "slow-sane", slow=True)
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    draft = dossier_draft(code)

    backend = sane.backend()

    def keep_then_unplug(page: ScannedPage) -> None:
        add_page(workspace, draft, 0, page, OFFICER)
        if len(draft_pages(workspace, draft)) == 2:
            # The cable is pulled: the scanner leaves the device list, and the running scan
            # ends the way a USB I/O error ends it, its process gone mid-batch.
            sane.unplug()
            assert backend.process is not None
            backend.process.kill()

    with ScannerService(backend) as service:
        future = service.scan("test:0", ScanSettings("grey", 75, "adf"), 5, keep_then_unplug)
        with pytest.raises(ScannerGoneError) as raised:
            future.result(TIMEOUT)
        kept = raised.value.pages_done
        assert kept == 2
        assert "Mất kết nối với máy quét" in raised.value.message
        assert f"Đã giữ lại {kept} trang" in raised.value.message
        assert len(draft_pages(workspace, draft)) == kept
        with pytest.raises(NoScannerError, match="Không thấy máy quét nào"):
            service.scan(None, ScanSettings("grey", 75, "adf"), 1, keep_then_unplug).result(TIMEOUT)

        sane.plug()  # plugged in again: scanning goes on after the kept pages
        scan_into(workspace, service, draft, 0, ScanSettings("grey", 75, "flatbed"), 1)
    sha = digitise_document(workspace, code, 0, OFFICER).sha256
    assert len(pdf_pages(workspace, code, sha).pages) == kept + 1


def test_the_feeder_runs_empty_after_its_last_sheet(workspace, sane) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    with ScannerService(sane.backend()) as service:
        done = scan_into(workspace, service, draft, 0, ScanSettings("grey", 75, "adf"), None)
    assert done == 10  # the test backend's feeder holds 10 sheets
    assert len(draft_pages(workspace, draft)) == 10


def test_bad_scans_say_why(workspace, sane) -> None:  # type: ignore[no-untyped-def]
    with ScannerService(sane.backend()) as service:
        with pytest.raises(NoScannerError, match="test:9"):
            service.scan("test:9", ScanSettings(), 1, lambda page: None).result(TIMEOUT)
        with pytest.raises(InputError, match="độ phân giải"):
            service.scan("test:0", ScanSettings(dpi=5000), 1, lambda page: None).result(TIMEOUT)
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    with pytest.raises(InputError, match="chưa quét trang nào"):
        digitise_document(workspace, code, 0, OFFICER)
    with pytest.raises(InputError, match="không có số 99"):
        digitise_document(workspace, code, 98, OFFICER)
    assert get_dossier(workspace, code, OFFICER).attachments == ()
