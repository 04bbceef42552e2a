"""Qt's own dialogs speak the app's language: the file, print and page set-up dialogs and
the standard buttons in Vietnamese (the project's qt_vi catalogue), in English when chosen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.i18n import install_language
from ui.qt import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPrintDialog,
    QPrinter,
)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    installed = []

    def use(code: str) -> None:
        translator = install_language(qapp, code)
        assert translator is not None, f"no catalogue for {code}"
        installed.append(translator)

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)


def texts(widget: object) -> set[str]:
    """Every caption a person reads on the dialog: labels, buttons, group titles."""
    found = set()
    for kind in (QLabel, QAbstractButton):
        found |= {w.text() for w in widget.findChildren(kind)}  # type: ignore[attr-defined]
    found |= {box.title() for box in widget.findChildren(QGroupBox)}  # type: ignore[attr-defined]
    return found - {""}


def test_the_file_dialog_is_in_vietnamese(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("vi")
    dialog = QFileDialog(None, "Chọn thư mục")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Tìm trong:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "&Tên tệp:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "&Loại tệp:"
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "&Lưu"
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Huỷ"


def test_the_print_dialog_is_in_vietnamese(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    english_dialog = QPrintDialog(QPrinter())
    qtbot.addWidget(english_dialog)
    english = texts(english_dialog)
    language("vi")
    dialog = QPrintDialog(QPrinter())
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    assert dialog.windowTitle() == "In"
    assert {"Máy in", "&Tên:", "Số bản:", "Các trang từ", "In tất cả", "&Nhóm trang:",
            "In hai mặt", "Huỷ"} <= shown, shown
    assert not (shown & english) - {"1"}, "every caption is translated"


def test_standard_buttons_are_in_vietnamese(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("vi")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"Đồng ý", "Huỷ"}


def test_english_keeps_qt_in_english(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    dialog = QFileDialog(None)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Look in:"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert "&Copy" in [a.text().split("\t")[0] for a in menu.actions()]
