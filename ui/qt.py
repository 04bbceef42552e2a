"""The one entrance for Qt: every ui module imports Qt names from here.

A name is looked up in its PySide6 module when first imported from here (PEP 562), so
that the login window does not pay for the types (and the printing and SVG libraries)
that only later screens use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import (  # noqa: F401
        QT_TRANSLATE_NOOP,
        QAbstractTableModel,
        QByteArray,
        QCoreApplication,
        QDate,
        QDateTime,
        QEvent,
        QLibraryInfo,
        QLocale,
        QMarginsF,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        QPoint,
        QRect,
        QRectF,
        QRunnable,
        QSize,
        QSizeF,
        QStringListModel,
        Qt,
        QThread,
        QThreadPool,
        QTime,
        QTimer,
        QTranslator,
        QUrl,
        Signal,
        Slot,
        qInstallMessageHandler,
    )
    from PySide6.QtGui import (  # noqa: F401
        QAction,
        QBrush,
        QCloseEvent,
        QColor,
        QDesktopServices,
        QFont,
        QFontDatabase,
        QGuiApplication,
        QIcon,
        QImage,
        QInputMethodEvent,
        QKeyEvent,
        QKeySequence,
        QPageLayout,
        QPageSize,
        QPainter,
        QPaintEvent,
        QPalette,
        QPixmap,
        QResizeEvent,
        QScreen,
        QShortcut,
        QShowEvent,
        QValidator,
    )
    from PySide6.QtPrintSupport import (  # noqa: F401
        QPrintDialog,
        QPrinter,
        QPrinterInfo,
        QPrintPreviewDialog,
    )
    from PySide6.QtSvgWidgets import (  # noqa: F401
        QSvgWidget,
    )
    from PySide6.QtWidgets import (  # noqa: F401
        QAbstractButton,
        QAbstractItemView,
        QAbstractScrollArea,
        QApplication,
        QButtonGroup,
        QCheckBox,
        QComboBox,
        QCompleter,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QHeaderView,
        QLabel,
        QLayout,
        QLineEdit,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSizePolicy,
        QSpinBox,
        QSplitter,
        QStackedWidget,
        QStatusBar,
        QTableView,
        QTableWidget,
        QTableWidgetItem,
        QTabWidget,
        QTextEdit,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )
    from shiboken6 import isValid as is_alive  # noqa: F401

_NAMES = {
    "PySide6.QtCore": """
        QT_TRANSLATE_NOOP QAbstractTableModel QByteArray QCoreApplication QDate
        QDateTime QEvent QLibraryInfo QLocale QMarginsF QModelIndex QObject
        QPersistentModelIndex QPoint QRect QRectF QRunnable QSize QSizeF
        QStringListModel Qt QThread QThreadPool QTime QTimer QTranslator QUrl Signal
        Slot qInstallMessageHandler
    """,
    "PySide6.QtGui": """
        QAction QBrush QCloseEvent QColor QDesktopServices QFont QFontDatabase
        QGuiApplication QIcon QImage QInputMethodEvent QKeyEvent QKeySequence
        QPageLayout QPageSize QPainter QPaintEvent QPalette QPixmap QResizeEvent QScreen
        QShortcut QShowEvent QValidator
    """,
    "PySide6.QtPrintSupport": """
        QPrintDialog QPrinter QPrinterInfo QPrintPreviewDialog
    """,
    "PySide6.QtSvgWidgets": """
        QSvgWidget
    """,
    "PySide6.QtWidgets": """
        QAbstractButton QAbstractItemView QAbstractScrollArea QApplication QButtonGroup
        QCheckBox QComboBox QCompleter QDialog QDialogButtonBox QFileDialog QFormLayout
        QFrame QGridLayout QGroupBox QHBoxLayout QHeaderView QLabel QLayout QLineEdit
        QListWidget QListWidgetItem QMainWindow QMessageBox QPlainTextEdit QProgressBar
        QPushButton QRadioButton QScrollArea QSizePolicy QSpinBox QSplitter
        QStackedWidget QStatusBar QTableView QTableWidget QTableWidgetItem QTabWidget
        QTextEdit QToolButton QVBoxLayout QWidget
    """,
}
_MODULE_OF = {name: module for module, names in _NAMES.items() for name in names.split()}


def __getattr__(name: str) -> Any:
    if name == "is_alive":  # a Qt object not deleted yet
        from shiboken6 import isValid

        value: Any = isValid
    else:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next import finds it at once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF, "is_alive"])
