"""Early warning: the logged-in person's dossiers overdue, due today and due within the
next days, each count one click from the desk listing exactly those dossiers."""

from __future__ import annotations

from counter.dossiers.queries import DossierFilter
from counter.reporting.early_warning import EarlyWarning, Warning, early_warning
from ui import style
from ui.context import AppContext, Session
from ui.qt import QT_TRANSLATE_NOOP, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Signal

LABELS = {
    Warning.OVERDUE: QT_TRANSLATE_NOOP("WarningBar", "Quá hạn: %1"),
    Warning.DUE_TODAY: QT_TRANSLATE_NOOP("WarningBar", "Đến hạn hôm nay: %1"),
    Warning.DUE_WITHIN: QT_TRANSLATE_NOOP("WarningBar", "Đến hạn trong %2 ngày tới: %1"),
}
COLOURS = {Warning.OVERDUE: style.OVERDUE, Warning.DUE_TODAY: style.DUE_TODAY,
           Warning.DUE_WITHIN: style.DUE_SOON}


class WarningBar(QWidget):
    """One line of three counts; ``show_list`` carries the desk filter of a clicked count."""

    show_list = Signal(object)  # DossierFilter

    def __init__(self, context: AppContext, session: Session, caption: str,
                 closable: bool = False, vertical: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.warning: EarlyWarning | None = None
        row = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setObjectName("sectionTitle")
        row.addWidget(self.caption)
        self.buttons: dict[Warning, QPushButton] = {}
        for kind in Warning:
            button = QPushButton("…")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.clicked(k))
            row.addWidget(button)
            self.buttons[kind] = button
        if not vertical:
            row.addStretch(1)
        if closable:
            close = QPushButton(self.tr("Ẩn"))
            close.clicked.connect(self.hide)
            row.addWidget(close)

    def refresh(self) -> None:
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_query(lambda: early_warning(workspace, actor),
                                     on_done=self.show_warning)

    def show_warning(self, warning: EarlyWarning) -> None:
        self.warning = warning
        for kind, button in self.buttons.items():
            count = warning.count(kind)
            button.setText(self.tr(str(LABELS[kind])).replace("%1", str(count))
                           .replace("%2", str(warning.days)))
            button.setEnabled(count > 0)
            colour = COLOURS[kind].name() if count else "#f2f4f7"
            button.setStyleSheet(f"QPushButton {{ background: {colour}; color: #101828; "
                                 "border: 1px solid #d0d5dd; padding: 2px 10px; }")

    def clicked(self, kind: Warning) -> None:
        if self.warning is not None:
            self.show_list.emit(self.warning.filter(kind))

    def filter_of(self, kind: Warning) -> DossierFilter | None:
        return None if self.warning is None else self.warning.filter(kind)
