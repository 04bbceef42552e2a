"""Small building blocks shared by the screens: titled sections, inline field errors."""

from __future__ import annotations

from collections.abc import Callable

from ui.i18n import core_message
from ui.qt import (
    QFrame,
    QKeySequence,
    QLabel,
    QLayout,
    QLineEdit,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QScrollArea,
    QShortcut,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
)


def title_label(text: str, name: str = "screenTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class FieldMessage(QLabel):
    """The line under a field: an error (red) or a hint (amber); hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        self._show(text, "fieldError")

    def show_hint(self, text: str) -> None:
        self._show(text, "fieldHint")

    def _show(self, text: str, name: str) -> None:
        """The core writes reasons to follow a field's name ("ngày này không có thật."):
        shown alone under the field, they start with a capital letter."""
        text = core_message(text)
        self.setObjectName(name)
        self.setText(text[:1].upper() + text[1:])
        self.setVisible(bool(text))
        self.style().unpolish(self)
        self.style().polish(self)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Never shorter than its wrapped lines: a dialog grows to show a two-line message
        whole instead of cutting its first and last line."""
        if self.width() > 0:
            self.setMinimumHeight(max(0, self.heightForWidth(self.width())))

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)

    @property
    def is_error(self) -> bool:
        return self.isVisible() and self.objectName() == "fieldError"


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class LabelledField(QWidget):
    """The input and the message under it; with its caption on top, or kept apart
    (``caption_on_top=False``) for a form with captions in their own column."""

    def __init__(self, caption: str, field: QWidget, parent: QWidget | None = None, *,
                 caption_on_top: bool = True) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.caption = QLabel(caption)
        self.caption.setBuddy(field)
        self.field = field
        self.message = FieldMessage()
        if caption_on_top:
            layout.addWidget(self.caption)
        layout.addWidget(field)
        layout.addWidget(self.message)

    def set_error(self, text: str) -> None:
        mark_invalid(self.field, bool(text))
        if text:
            self.message.show_error(text)
        else:
            self.message.clear_message()


def line_edit(placeholder: str = "", max_length: int = 300) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def shortcut(key: str, parent: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A keyboard shortcut active while ``parent``'s window is, calling ``slot``."""
    made = QShortcut(QKeySequence(key), parent)
    made.activated.connect(slot)
    return made


def scrolling(layout: QLayout) -> QScrollArea:
    """``layout`` in a frameless area that scrolls up and down when field messages make it
    taller than the screen, instead of growing the window past a 1366×768 screen."""
    body = QWidget()
    body.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    return area


class ElidedLabel(QLabel):
    """One line that ends in "…" when its space is short, never cut mid-letter; the whole
    text is its tooltip. It never widens the window."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(),
                                  int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                                  self.palette(), self.isEnabled(), self.shown_text(),
                                  QPalette.ColorRole.WindowText)


def centre_over(widget: QWidget, parent: QWidget | None) -> None:
    """Put a dialog in the middle of its parent's window (not in a corner of the screen)."""
    if parent is None:
        return
    widget.adjustSize()
    frame = widget.frameGeometry()
    frame.moveCenter(parent.window().frameGeometry().center())
    widget.move(frame.topLeft())
