"""The check code: made at receipt, kept with the dossier, printed on form 01 (not in its QR
code), sent in dossier.received; the consent to be told recorded and checked at intake."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from counter import outbox
from counter.agencies import AgencyInfo
from counter.citizen.check_code import ALPHABET, LENGTH, new_check_code, normalise_check_code
from counter.citizen.notification import NotificationConsent, check_consent
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.errors import InputError
from counter.forms.from_dossier import receipt_slip
from counter.forms.receipt import render_receipt
from counter.forms.receipt_qr import read_receipt_qr
from counter.people import Applicant
from counter.workspace import Workspace
from tests.sync.workstation import AGENCY_INFO, OFFICER, set_up

APPLICANT = Applicant(
    full_name="Nguyễn Văn An", id_number="001090123456", sex="Nam",
    address="Thôn 3, xã Tân Phú, tỉnh Đồng Nai", phone="0912345678",
)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = set_up(tmp_path / "counter")
    yield workspace
    workspace.close()


def test_check_codes_use_the_alphabet_and_differ() -> None:
    codes = {new_check_code() for _ in range(2000)}
    assert len(ALPHABET) == 32 and len(set(ALPHABET)) == 32
    assert not set("01IO") & set(ALPHABET)
    assert all(len(c) == LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert len(codes) > 1990  # 2**30 codes: a repeat in 2000 is very unlikely
    assert normalise_check_code(" abc-23 4 ") == "ABC234"


def test_a_received_dossier_has_a_check_code_sent_in_its_message(workspace: Workspace) -> None:
    view = receive_dossier(workspace, IntakeRequest("1.004194", APPLICANT), OFFICER)
    assert len(view.check_code) == LENGTH
    [message] = outbox.messages_between(workspace.store)
    assert message.kind == "dossier.received"
    assert message.payload["check_code"] == view.check_code
    assert "notification" not in message.payload  # no consent: no contact goes out


def test_consent_channel_and_contact_are_checked_and_sent(workspace: Workspace) -> None:
    consent = NotificationConsent(True, "sms", "0912 345 678")
    request = IntakeRequest("1.004194", APPLICANT, notification=consent)
    view = receive_dossier(workspace, request, OFFICER)
    assert view.notification == NotificationConsent(True, "sms", "+84912345678")
    [message] = outbox.messages_between(workspace.store)
    assert message.payload["notification"] == {"channel": "sms", "contact": "+84912345678"}


@pytest.mark.parametrize(
    ("consent", "words"),
    [
        (NotificationConsent(True, "fax", "0912345678"), "kênh"),
        (NotificationConsent(True, "sms", ""), "cần số điện thoại"),
        (NotificationConsent(True, "sms", "12345"), "không hợp lệ"),
        (NotificationConsent(True, "zalo", "0212345678"), "không hợp lệ"),
        (NotificationConsent(True, "email", "an@"), "thư điện tử không hợp lệ"),
    ],
)
def test_bad_consent_is_refused_and_nothing_is_saved(
    workspace: Workspace, consent: NotificationConsent, words: str
) -> None:
    with pytest.raises(InputError, match=words):
        receive_dossier(workspace, IntakeRequest("1.004194", APPLICANT, notification=consent),
                        OFFICER)
    assert outbox.messages_between(workspace.store) == []


def test_without_consent_nothing_is_kept() -> None:
    assert check_consent(NotificationConsent(False, "sms", "0912345678")) == NotificationConsent()
    assert check_consent(NotificationConsent(True, "email", " an@example.vn ")).contact == (
        "an@example.vn"
    )


def _pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "receipt.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout


def _qr_texts(pdf: bytes, folder: Path) -> list[str]:
    path = folder / "receipt.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(path),
                    str(folder / "page")], check=True, timeout=60)
    [page] = folder.glob("page*.png")
    found = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
                           capture_output=True, text=True, timeout=60)
    return found.stdout.splitlines()


def test_form_01_prints_the_check_code_and_its_qr_holds_the_lookup_address_only(
    workspace: Workspace, tmp_path: Path
) -> None:
    view = receive_dossier(workspace, IntakeRequest("1.004194", APPLICANT), OFFICER)
    agency: AgencyInfo = replace(
        AGENCY_INFO, lookup_url="https://tracuu.example.vn/tra-cuu?ma={code}"
    )
    pdf = render_receipt(receipt_slip(view, agency, "Trần Thị Bình"), copies="Liên 1")
    text = _pdf_text(pdf, tmp_path)
    printed = f"{view.check_code[:3]}-{view.check_code[3:]}"
    assert "Mã kiểm tra (tra cứu trực tuyến):" in text and printed in text
    texts = _qr_texts(pdf, tmp_path)  # the receipt's own QR, and the unpaid fee's VietQR
    [own] = [t for t in texts if t.startswith("{")]
    assert read_receipt_qr(own).lookup_url == \
        f"https://tracuu.example.vn/tra-cuu?ma={view.code}"
    assert all(view.check_code not in text for text in texts)
