"""The chosen procedure's case (trường hợp) and fee exemption (miễn phí theo nhóm), and a
plain word when the handling agency prints its own forms (the police desk's CT04)."""

from __future__ import annotations

from dataclasses import replace

from counter.catalogue.fees import FeeRule
from counter.catalogue.model import ProcedureInfo
from counter.catalogue.terms import resolve_terms
from ui.qt import QComboBox, QHBoxLayout, QLabel, Qt, QVBoxLayout, QWidget, Signal


class CasePanel(QWidget):
    changed = Signal(object)  # ProcedureInfo with the case's time, fee and documents, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.procedure: ProcedureInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.case_label = QLabel(self.tr("Trường hợp:"))
        self.case = QComboBox()
        self.case.setObjectName("procedureCase")
        row.addWidget(self.case_label)
        row.addWidget(self.case, 1)
        self.exemption_label = QLabel(self.tr("Miễn phí:"))
        self.exemption = QComboBox()
        self.exemption.setObjectName("feeExemption")
        row.addWidget(self.exemption_label)
        row.addWidget(self.exemption, 1)
        layout.addLayout(row)
        self.forms_note = QLabel()
        self.forms_note.setObjectName("fieldHint")
        self.forms_note.setWordWrap(True)
        layout.addWidget(self.forms_note)
        self.case.currentIndexChanged.connect(lambda _i: self.emit_terms())
        self.exemption.currentIndexChanged.connect(lambda _i: self.emit_terms())
        self.show_procedure(None)

    def show_procedure(self, procedure: ProcedureInfo | None) -> None:
        self.procedure = procedure
        for box in (self.case, self.exemption):
            box.blockSignals(True)
            box.clear()
            # long case and group names must not widen the window past the screen: the box
            # keeps a fixed share of the row, its list shows the whole names
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
            box.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        cases = procedure.cases if procedure else ()
        for case in cases:
            self.case.addItem(case.name, case.key)
        exemptions = procedure.exemptions if procedure else ()
        if exemptions:
            self.exemption.addItem(self.tr("Không thuộc nhóm được miễn"), "")
        for exemption in exemptions:
            self.exemption.addItem(exemption.group, exemption.key)
            self.exemption.setItemData(self.exemption.count() - 1, exemption.legal_basis,
                                       Qt.ItemDataRole.ToolTipRole)
        for box in (self.case, self.exemption):
            box.blockSignals(False)
        for widget in (self.case, self.case_label):
            widget.setVisible(bool(cases))
        for widget in (self.exemption, self.exemption_label):
            widget.setVisible(bool(exemptions))
        note = procedure.forms_note if procedure else ""
        self.forms_note.setText(note)
        self.forms_note.setVisible(bool(note))
        self.emit_terms()

    def case_key(self) -> str:
        return str(self.case.currentData() or "")

    def exemption_key(self) -> str:
        return str(self.exemption.currentData() or "")

    def exemption_basis(self) -> str:
        if not self.exemption_key() or self.procedure is None:
            return ""
        return next(e.legal_basis for e in self.procedure.exemptions
                    if e.key == self.exemption_key())

    def effective(self, channel: str = "in_person") -> ProcedureInfo | None:
        """The procedure as this dossier will have it: the case's time, fee, documents."""
        if self.procedure is None:
            return None
        terms = resolve_terms(self.procedure, self.case_key(), channel)
        fee = terms.fee
        if self.exemption_key():
            fee = FeeRule(note=self.tr("Miễn phí: %1").replace("%1", self.exemption_basis()))
        return replace(self.procedure, processing=terms.processing,
                       processing_note=terms.processing_note, fee=fee,
                       documents=terms.documents)

    def emit_terms(self) -> None:
        self.changed.emit(self.effective())
