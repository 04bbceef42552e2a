"""English is selectable; every text of the interface is in the translation file."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from counter.dossiers.lifecycle import Status
from counter.paths import resources_dir
from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in
from ui.app import App
from ui.i18n import status_label

TS = resources_dir() / "translations" / "onestop_en.ts"
ROOT = Path(__file__).resolve().parents[2]


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def test_every_text_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    committed = messages(TS)
    missing = sorted(set(messages(fresh)) - set(committed))
    assert missing == [], "run pyside6-lupdate and translate (resources/translations/README.md)"
    untranslated = [key for key, t in committed.items()
                    if t is None or t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert untranslated == []


def test_the_app_in_english(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    context.language = "en"
    app = App(context)
    window = app.show()
    qtbot.addWidget(window)
    try:
        assert window.login.submit.text() == "Log in (Enter)"
        assert status_label(Status.RETURNED) == "Result returned"
        logged_in(qtbot, window, "canbo1", PASSWORD)
        assert window.work.intake.submit.text() == "Receive and print (Ctrl+Enter)"
        window.log_out()
        app.change_language("vi")  # chosen on the login screen: the window comes back in Vietnamese
        qtbot.waitUntil(lambda: app.window is not window, timeout=TIMEOUT_MS)
        assert app.window.login.submit.text() == "Đăng nhập (Enter)"
        qtbot.addWidget(app.window)
    finally:
        if app.translator is not None:
            from ui.qt import QApplication

            QApplication.removeTranslator(app.translator)


def test_field_errors_procedure_details_and_appointments_in_english(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from counter.clock import parse_local
    from tests.ui.helpers import press, type_text
    from ui.qt import QApplication, Qt

    context.language = "en"
    app = App(context)
    window = app.show()
    qtbot.addWidget(window)
    try:
        logged_in(qtbot, window, "canbo1", PASSWORD)
        intake = window.work.intake
        qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
        type_text(qtbot, intake.picker.search, "chung thuc ban sao")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
        selected = intake.picker.selected.text()
        assert "version 2026" in selected and "<br>Certification" in selected
        assert "phiên bản" not in selected
        intake.fee.update_appointment(parse_local("2026-03-02T16:00"))
        assert intake.fee.appointment.text() == (
            "17:00, Tuesday 03/03/2026  (Same day: received after 15:00, so due the next "
            "working day)")
        applicant = intake.applicant
        type_text(qtbot, applicant.id_number, "00109012345")
        type_text(qtbot, applicant.phone, "12")
        applicant.leave_field("id_number")
        applicant.leave_field("phone")
        assert applicant.fields["id_number"].message.text() == (
            "A personal ID number (CCCD) has exactly 12 digits.")
        assert applicant.fields["phone"].message.text() == "Invalid phone number: '12'."
    finally:
        if app.translator is not None:
            QApplication.removeTranslator(app.translator)
