"""Look and feel: a font with every Vietnamese letter, large type, clear colours."""

from __future__ import annotations

from counter.paths import resources_dir
from ui.qt import QApplication, QColor, QFont, QFontDatabase

UI_FAMILIES = ("Noto Sans", "Segoe UI", "DejaVu Sans", "Arial")
BASE_POINT_SIZE = 11
OVERDUE = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#9b1c1c")
DUE_TODAY = QColor("#fff1c2")
DUE_SOON = QColor("#fff8e1")
FINISHED_TEXT = QColor("#5f6b76")

STYLESHEET = """
QWidget { font-size: 11pt; }
QLabel#screenTitle { font-size: 15pt; font-weight: 600; color: #1d3557; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; color: #1d3557; }
QLabel#fieldError { color: #b42318; font-size: 10pt; }
QLabel#fieldHint { color: #8a5a00; font-size: 10pt; }
QLabel#muted { color: #5f6b76; }
QLabel#banner { background: #e7f5ec; border: 1px solid #7cc397; border-radius: 4px;
                padding: 6px 10px; color: #14532d; }
QLabel#bannerError { background: #fdecec; border: 1px solid #e59b9b; border-radius: 4px;
                     padding: 6px 10px; color: #7f1d1d; }
QLabel#badge { border-radius: 4px; padding: 2px 8px; font-weight: 600; }
QLabel#appointment { font-size: 13pt; font-weight: 600; color: #14532d; }
QLabel#fee { font-size: 13pt; font-weight: 600; }
QLabel#demoUsers { background: #fff8e1; border: 1px solid #e8c36a; border-radius: 4px;
                   padding: 8px; }
QPushButton { padding: 5px 12px; }
QPushButton#primary { background: #1d4ed8; color: white; font-weight: 600; padding: 8px 18px;
                      border-radius: 4px; border: 1px solid #1e40af; }
QPushButton#primary:disabled { background: #9db0e6; border-color: #9db0e6; }
QPushButton#primary:focus { border: 2px solid #f59e0b; }
QTableWidget:focus { border: 2px solid #f59e0b; }
QPushButton#navButton { padding: 6px 14px; border: none; border-bottom: 3px solid transparent;
                        font-weight: 600; color: #344054; }
QPushButton#navButton:checked { border-bottom: 3px solid #1d4ed8; color: #1d4ed8; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 2px solid #d92d20; }
QGroupBox { font-weight: 600; margin-top: 12px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QTableView { gridline-color: #d0d5dd; }
QStatusBar QLabel { padding: 0 8px; border-left: 1px solid #c0c6cc; }
QHeaderView::section { padding: 4px; font-weight: 600; }
"""


def pick_ui_family() -> str:
    available = set(QFontDatabase.families())
    return next((name for name in UI_FAMILIES if name in available), QFont().family())


def register_bundled_fonts() -> None:
    """Fonts shipped in resources/fonts (with their licences) are usable by the UI too."""
    folder = resources_dir() / "fonts"
    for path in sorted(folder.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def apply_style(app: QApplication) -> None:
    register_bundled_fonts()
    font = QFont(pick_ui_family(), BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
