"""How many keys a birth registration takes at the counter, typed as an officer would:
every character and every key (a chord such as Ctrl+D counts once) through the real intake
screen, from an empty form to the receipt's preview closed. The figure is printed, and it
must not grow past the 100 keys the walkthrough counted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtTest import QTest

from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle
from tests.ui.intake_driver import CTRL, focused, type_into_focus
from ui.qt import Qt

BIRTH = "1.001193"
WALKTHROUGH_KEYS = 100


@dataclass
class Keyboard:
    keys: int = 0

    def type(self, text: str) -> None:
        for character in text:  # one key per character, as an input method commits it
            type_into_focus(character)
        self.keys += len(text)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(focused(), key, modifier)
        self.keys += times


def test_a_birth_registration_takes_at_most_the_walkthrough_keys(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    window.activateWindow()
    keyboard = Keyboard()
    keyboard.press(Qt.Key.Key_F, CTRL)
    keyboard.type("khai sinh")
    picker = intake.picker
    qtbot.waitUntil(lambda: not picker.timer.isActive() and not picker.searching
                    and BIRTH in _codes(intake), timeout=TIMEOUT_MS)
    keyboard.press(Qt.Key.Key_Down, times=_codes(intake).index(BIRTH))
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    assert intake.picker.procedure.code == BIRTH
    assert focused() is intake.applicant.id_number
    keyboard.type("001190123456")  # the mother's ID: the sex comes from it
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("Phạm Thị Hồng Nhung")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("15031990")  # dd mm yyyy, without separators
    keyboard.press(Qt.Key.Key_Tab, times=2)  # over the sex, already "Nữ"
    assert focused() is intake.applicant.address
    keyboard.type("Thôn 3, xã Tân Phú")
    keyboard.press(Qt.Key.Key_D, CTRL)  # the required papers were brought
    keyboard.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: intake.print_dialog is not None, timeout=TIMEOUT_MS)
    dialog = intake.print_dialog
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=TIMEOUT_MS)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    keyboard.keys += 1
    settle(qtbot, window.context)
    assert intake.last is not None and intake.last.applicant.sex == "Nữ"
    print(f"\nbirth registration at the counter: {keyboard.keys} keys "
          f"(walkthrough: about {WALKTHROUGH_KEYS})")
    assert keyboard.keys <= WALKTHROUGH_KEYS


def _codes(intake) -> list[str]:  # type: ignore[no-untyped-def]
    results = intake.picker.results
    return [results.item(i).data(Qt.ItemDataRole.UserRole).code for i in range(results.count())]
