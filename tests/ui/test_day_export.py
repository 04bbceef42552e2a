"""The supervisor carries the day to the commune office on a USB stick, from the day screen."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import batch_envelope
from sync.client.config import load_config, save_config
from sync.keys import public_key_b64
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, press, settle
from tests.ui.test_desk import receive
from ui.qt import Qt


def open_day(qtbot, window):  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "giamsat", PASSWORD)
    day = window.work.day
    press(qtbot, Qt.Key.Key_F4, fallback=window.work)
    qtbot.waitUntil(lambda: day.picture is not None, timeout=TIMEOUT_MS)
    return day


def enrolled_as(workspace, central: X25519PrivateKey) -> None:  # type: ignore[no-untyped-def]
    """What enrolment leaves behind: an id, a token and the centre's sealing key."""
    config = load_config(workspace).with_changes(
        server_url="https://127.0.0.1:9", workstation_id="ws-quay-1", agency_code="000.00.12.H42",
        token="t", central_public_key=public_key_b64(central.public_key()))
    save_config(workspace, config)


def test_the_supervisor_exports_the_day_to_a_folder_with_a_readable_summary(
        qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    central = X25519PrivateKey.generate()
    enrolled_as(workspace, central)
    receive(workspace, OFFICER)
    receive(workspace, OFFICER, name="Trần Văn Long")
    day = open_day(qtbot, window)
    usb = tmp_path / "usb"
    usb.mkdir()

    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier, fallback=day)
    export = day.export
    qtbot.waitUntil(lambda: export.folder_dialog is not None
                    and export.folder_dialog.isVisible(), timeout=TIMEOUT_MS)
    export.folder_dialog.fileSelected.emit(str(usb))
    qtbot.waitUntil(lambda: export.report is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)

    batch = usb / f"lo-000.00.12.H42-{day.day.isoformat()}.oscb"
    summary = usb / f"{batch.name}.txt"
    assert sorted(p.name for p in usb.iterdir()) == [batch.name, summary.name]
    text = summary.read_text("utf-8")
    assert f"Phạm vi: ngày {day.day:%d/%m/%Y}" in text
    assert "Số thông điệp: 2" in text
    assert "  - hồ sơ tiếp nhận (dossier.received): 2" in text
    assert "Số hồ sơ: 2" in text
    data = batch.read_bytes()
    assert f"SHA-256 của tệp lô: {hashlib.sha256(data).hexdigest()}" in text
    plain = batch_envelope.open_sealed(data, central)
    (length,) = struct.unpack(">I", plain[:4])
    manifest_hash = hashlib.sha256(plain[4:4 + length]).hexdigest()
    assert f"SHA-256 của bản kê (manifest) đã ký: {manifest_hash}" in text
    assert "Phạm Thị Hồng Nhung" not in text and "001190123456" not in text
    assert "2 thông điệp, 2 hồ sơ" in day.message.text() and not day.message.is_error


def test_before_enrolment_the_export_says_why_and_asks_for_no_folder(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    receive(window.context.workspace, OFFICER)
    day = open_day(qtbot, window)
    qtbot.mouseClick(day.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: day.message.is_error, timeout=TIMEOUT_MS)
    assert "chưa đăng ký với hệ thống trung tâm" in day.message.text()
    assert "Kết nối trung tâm" in day.message.text()
    assert day.export.folder_dialog is None


def test_a_village_team_exports_what_the_centre_has_not_acknowledged(
        qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    enrolled_as(workspace, X25519PrivateKey.generate())
    receive(workspace, OFFICER)
    logged_in(qtbot, window, "tocnso", PASSWORD)
    export = window.work.export
    assert window.work.day is None and export is not None
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier, fallback=window.work)
    qtbot.waitUntil(lambda: export.folder_dialog is not None
                    and export.folder_dialog.isVisible(), timeout=TIMEOUT_MS)
    export.folder_dialog.fileSelected.emit(str(tmp_path))
    qtbot.waitUntil(lambda: export.report is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    batch = tmp_path / "lo-000.00.12.H42-chua-xac-nhan.oscb"
    assert batch.is_file()
    text = (tmp_path / f"{batch.name}.txt").read_text("utf-8")
    assert "Phạm vi: mọi thông điệp chưa được trung tâm xác nhận" in text
    assert "Số hồ sơ: 1" in text
    assert batch.name in window.work.export_message.text()
