"""Draft pages (rotate, reorder, delete, rescan), reuse of electronic records, scan settings
per kind of document, and the device thread's hot-plug: the core without a real scanner."""

from __future__ import annotations

import io
import threading
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from counter.attachments import read_attachment
from counter.dossiers.model import IntakeRequest, ReceivedDocument
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import get_dossier
from counter.errors import InputError, NotFoundError, PermissionDeniedError
from counter.roles import Actor, Role
from counter.scanning.backend import FakeScanner, UnsupportedBackend
from counter.scanning.digitise import digitise_document, mark_reused
from counter.scanning.drafts import (
    add_page,
    delete_page,
    dossier_draft,
    draft_pages,
    move_page,
    new_draft,
    replace_page,
    rotate_page,
)
from counter.scanning.model import NoScannerError, ScannedPage, ScannerInfo, ScanSettings
from counter.scanning.profiles import DEFAULT_KIND_KEYWORDS, DEFAULT_SCAN_PROFILES, profile_for
from counter.scanning.service import ScannerService
from counter.settings import get_setting, set_setting
from tests.core.conftest import OFFICER, citizen

SETTINGS = ScanSettings("grey", 100, "adf")


def fake_pages(count: int) -> list[ScannedPage]:
    pages: list[ScannedPage] = []
    FakeScanner(sheets=count).scan("fake:0", SETTINGS, count, pages.append)
    return pages


def test_pages_are_turned_reordered_deleted_and_rescanned(workspace) -> None:  # type: ignore[no-untyped-def]
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    draft = dossier_draft(code)
    first, second, third = (add_page(workspace, draft, 0, p, OFFICER) for p in fake_pages(3))

    rotate_page(workspace, second.id, 90, OFFICER)
    assert [p.id for p in move_page(workspace, third.id, 0, OFFICER)] == [third.id, first.id,
                                                                           second.id]
    delete_page(workspace, first.id, OFFICER)
    rescanned = replace_page(workspace, third.id, fake_pages(1)[0], OFFICER)
    assert [(p.id, p.rotation) for p in draft_pages(workspace, draft)] == [
        (third.id, 0), (second.id, 90)]
    assert rescanned.sha256 != third.sha256

    pdf = PdfReader(io.BytesIO(read_attachment(
        workspace, code, digitise_document(workspace, code, 0, OFFICER).sha256, OFFICER)))
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pdf.pages]
    assert sizes == [(122, 173), (173, 122)]  # 170x240 px at 100 dpi; the second turned
    with pytest.raises(NotFoundError):
        rotate_page(workspace, first.id, 90, OFFICER)
    with pytest.raises(InputError, match="90 độ"):
        rotate_page(workspace, second.id, 45, OFFICER)


def test_a_document_reused_from_an_electronic_record_needs_no_scan(workspace) -> None:  # type: ignore[no-untyped-def]
    documents = (
        ReceivedDocument("Tờ khai thay đổi thông tin cư trú (mẫu CT01)", 1, 0),
        ReceivedDocument("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", 0, 0, received=False,
                         reused_from="Cơ sở dữ liệu quốc gia về dân cư"),
    )
    view = receive_dossier(workspace, IntakeRequest("1.004194", citizen(), documents=documents),
                           OFFICER)
    assert [d.state for d in view.documents] == ["paper", "reused"]

    mark_reused(workspace, view.code, 0, "Hồ sơ 000.00.12.H42-260301-0001", OFFICER)
    mark_reused(workspace, view.code, 1, "", OFFICER)
    stored = get_dossier(workspace, view.code, OFFICER).documents
    assert [(d.state, d.reused_from) for d in stored] == [
        ("reused", "Hồ sơ 000.00.12.H42-260301-0001"), ("missing", "")]
    with pytest.raises(InputError, match="reused_from"):
        mark_reused(workspace, view.code, 0, "x\u202ey", OFFICER)
    with pytest.raises(InputError, match="không có số 5"):
        mark_reused(workspace, view.code, 4, "CSDL", OFFICER)
    with pytest.raises(PermissionDeniedError):
        mark_reused(workspace, view.code, 0, "CSDL", Actor("qt", Role.ADMIN))


def test_a_bad_reuse_source_at_intake_receives_nothing(workspace) -> None:  # type: ignore[no-untyped-def]
    documents = (ReceivedDocument("Tờ khai thay đổi thông tin cư trú (mẫu CT01)", 1, 0,
                                  reused_from="x" * 301),
                 ReceivedDocument("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", 1, 0))
    with pytest.raises(InputError, match="300"):
        receive_dossier(workspace, IntakeRequest("1.004194", citizen(), documents=documents),
                        OFFICER)


def test_intake_pages_of_a_receipt_that_fails_stay_in_the_draft(workspace) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    add_page(workspace, draft, 0, fake_pages(1)[0], OFFICER)
    bad = IntakeRequest("1.004194", replace(citizen(), full_name=""), scan_draft=draft)
    with pytest.raises(InputError):
        receive_dossier(workspace, bad, OFFICER)
    assert len(draft_pages(workspace, draft)) == 1
    ok = receive_dossier(workspace, replace(bad, applicant=citizen()), OFFICER)
    assert ok.documents[0].state == "digitised"


def test_scan_settings_follow_the_kind_of_document(workspace) -> None:  # type: ignore[no-untyped-def]
    profiles, words = DEFAULT_SCAN_PROFILES, DEFAULT_KIND_KEYWORDS
    assert profile_for("Tờ khai đăng ký khai sinh", profiles, words).mode == "lineart"
    assert profile_for("Bản sao Căn cước công dân", profiles, words).dpi == 300
    assert profile_for("Giấy chứng sinh", profiles, words).kind == "document"
    with workspace.store.write() as session:
        with pytest.raises(InputError, match="dpi"):
            set_setting(session, "scan_profiles", {"document": {"mode": "grey", "dpi": 5}})
        with pytest.raises(InputError, match="không có chế độ quét"):
            set_setting(session, "scan_kind_keywords", {"x-ray": ["phim"]})
        with pytest.raises(InputError, match="nguồn giấy"):
            set_setting(session, "scan_source", "tray")
        set_setting(session, "scan_profiles",
                    {**profiles, "document": {"mode": "grey", "dpi": 150, "quality": 60}})
    with workspace.store.read() as session:
        stored = get_setting(session, "scan_profiles")
    assert profile_for("Giấy chứng sinh", stored, words).quality == 60


def test_the_device_thread_reports_scanners_coming_and_going() -> None:
    fake = FakeScanner(("fake:0",))
    seen: list[list[ScannerInfo]] = []
    changed = threading.Event()

    def listener(scanners: list[ScannerInfo]) -> None:
        seen.append(scanners)
        changed.set()

    service = ScannerService(fake, poll_interval=0.05)
    service.add_listener(listener)
    with service:
        assert changed.wait(10)
        changed.clear()
        fake.names.append("fake:1")
        assert changed.wait(10)
        threads = {t.name for t in threading.enumerate()}
        assert "scanner-device" in threads
    assert [[s.name for s in scanners] for scanners in seen[:2]] == [["fake:0"],
                                                                    ["fake:0", "fake:1"]]
    with pytest.raises(Exception, match="đã dừng"):
        service.scanners().result(5)


def test_windows_says_plainly_that_it_has_no_scanner_support_yet() -> None:
    with pytest.raises(NoScannerError, match="WIA/TWAIN chưa được làm"):
        UnsupportedBackend("Windows").list_scanners()


def test_the_supervisors_day_shows_the_digitisation_rate(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    from counter.reports import day_summary

    draft = new_draft()
    add_page(workspace, draft, 0, fake_pages(1)[0], OFFICER)
    documents = (
        ReceivedDocument("Tờ khai thay đổi thông tin cư trú (mẫu CT01)", 1, 0),
        ReceivedDocument("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", 0, 0, received=False,
                         reused_from="Cơ sở dữ liệu quốc gia về dân cư"),
    )
    receive_dossier(workspace, IntakeRequest("1.004194", citizen(), documents=documents,
                                             scan_draft=draft), OFFICER)
    receive_dossier(workspace, IntakeRequest("1.004194", citizen("Lê Văn Bình", "001090123457")),
                    OFFICER)
    summary = day_summary(workspace, test_clock.now().date())
    assert (summary.documents_digitised, summary.documents_received) == (2, 4)
    assert summary.digitisation_rate == 0.5
    assert day_summary(workspace, date(2026, 3, 1)).digitisation_rate is None


def test_pages_of_an_abandoned_intake_go_with_the_retention_purge(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    from counter.retention import purge_expired_files
    from tests.core.conftest import ADMIN, SUPERVISOR

    abandoned, today_s = new_draft(), new_draft()
    first, second, third = fake_pages(3)
    old = add_page(workspace, abandoned, 0, first, OFFICER)
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    waiting = add_page(workspace, dossier_draft(code), 0, second, OFFICER)
    test_clock.advance(days=2)
    fresh = add_page(workspace, today_s, 0, third, OFFICER)
    assert len({old.sha256, waiting.sha256, fresh.sha256}) == 3

    actor = next(a for a in (SUPERVISOR, ADMIN) if a.can("retention.purge"))
    report = purge_expired_files(workspace, actor)
    assert report.draft_pages == 1
    assert draft_pages(workspace, abandoned) == []
    assert not workspace.files.exists(old.sha256)
    assert [p.id for p in draft_pages(workspace, today_s)] == [fresh.id]
    assert [p.id for p in draft_pages(workspace, dossier_draft(code))] == [waiting.id]


def test_the_received_message_says_which_documents_were_digitised_or_reused(workspace) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from counter.db.models import OutboxMessage

    draft = new_draft()
    add_page(workspace, draft, 1, fake_pages(1)[0], OFFICER)
    documents = (
        ReceivedDocument("Tờ khai thay đổi thông tin cư trú (mẫu CT01)", 1, 0,
                         reused_from="Cơ sở dữ liệu quốc gia về dân cư"),
        ReceivedDocument("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", 0, 1),
    )
    view = receive_dossier(workspace, IntakeRequest("1.004194", citizen(), documents=documents,
                                                    scan_draft=draft), OFFICER)
    with workspace.store.read() as session:
        payload = session.scalars(select(OutboxMessage.payload).where(
            OutboxMessage.dossier_code == view.code)).one()
    sent = [(d["digitised"], d["reused_from"]) for d in payload["documents"]]
    assert sent == [("", "Cơ sở dữ liệu quốc gia về dân cư"), (view.documents[1].digitised, "")]
    assert view.documents[1].digitised
