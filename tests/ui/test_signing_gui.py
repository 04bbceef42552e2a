"""Signing a dossier's scan from the detail screen: PIN dialog, verdict shown as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter.attachments import add_attachment
from counter.roles import Actor, Role
from counter.settings import set_setting
from tests.signing.conftest import sample_pdf
from tests.signing.softhsm import make_ca, make_token, write_trust_folder
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle
from tests.ui.test_desk import receive
from ui.detail.signing import PinDialog
from ui.qt import QDialogButtonBox, Qt


@pytest.fixture
def signing_setup(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    ca = make_ca()
    token = make_token(tmp_path / "softhsm", ca)
    trust = write_trust_folder(tmp_path / "trust", ca)
    workspace = window.context.workspace
    with workspace.store.write() as session:
        set_setting(session, "signing_library", token.module)
        set_setting(session, "signing_trust_folder", str(trust))
    code = receive(workspace, OFFICER).code
    scan = add_attachment(workspace, code, "giay-khai-sinh.pdf", sample_pdf(), OFFICER)
    add_attachment(workspace, code, "anh.jpg", b"\xff\xd8\xff jpeg", OFFICER)
    return token, code, scan


def open_detail(qtbot, window, code: str, user: str = "canbo1"):  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, user, PASSWORD)
    window.work.open_dossier(code)
    detail = window.work.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == code,
                    timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    return detail


def enter_pin(qtbot, detail, pin: str) -> None:  # type: ignore[no-untyped-def]
    dialog = detail.signing.dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.pin, pin)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.pin.text() == ""  # the PIN is not kept in the field


def test_sign_a_scan_and_see_the_verdict(qtbot, window, signing_setup) -> None:  # type: ignore[no-untyped-def]
    token, code, _scan = signing_setup
    detail = open_detail(qtbot, window, code)
    assert detail.sign_button.isVisibleTo(detail)

    detail.attachments.setCurrentRow(1)  # the photo: not a PDF
    qtbot.keyClick(detail, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "Chỉ ký số được tệp PDF" in detail.message.text()

    detail.attachments.setCurrentRow(0)
    detail.sign_selected()
    enter_pin(qtbot, detail, "000000")
    qtbot.waitUntil(lambda: "PIN của token không đúng" in detail.message.text(),
                    timeout=TIMEOUT_MS)
    assert len(detail.view.attachments) == 2

    detail.sign_selected()
    enter_pin(qtbot, detail, token.pin)
    qtbot.waitUntil(lambda: len(detail.view.attachments) == 3, timeout=TIMEOUT_MS * 2)
    qtbot.waitUntil(lambda: detail.signature_line.isVisibleTo(detail), timeout=TIMEOUT_MS)
    assert "giay-khai-sinh-da-ky.pdf: Chữ ký số hợp lệ" in detail.signature_line.text()
    assert "#e7f5ec" in detail.signature_line.styleSheet()
    settle(qtbot, window.context)

    # opening the unsigned original shows that it carries no signature
    detail.signing.check(code, detail.view.attachments[0])
    qtbot.waitUntil(lambda: "không có chữ ký số" in detail.signature_line.text(),
                    timeout=TIMEOUT_MS)
    settle(qtbot, window.context)


def test_the_sign_action_is_not_offered_to_the_village_team(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    code = receive(window.context.workspace, Actor("tocnso", Role.VILLAGE_TEAM)).code
    detail = open_detail(qtbot, window, code, user="tocnso")
    assert not detail.sign_button.isVisibleTo(detail)
    detail.attachments.setCurrentRow(0)
    detail.sign_selected()
    assert detail.signing.dialog is None
