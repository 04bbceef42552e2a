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
