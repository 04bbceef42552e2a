"""An intake form kept through an idle logout: what is typed becomes plain named values
for :mod:`counter.drafts`, and comes back into the same widgets at the next login."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from counter.catalogue.model import ProcedureInfo
from counter.catalogue.service import get_procedure
from counter.clock import to_local
from counter.drafts import Draft, keep_intake_draft, take_intake_draft
from counter.errors import CounterError
from counter.workspace import Workspace
from ui.intake.checklist import COPIES, NAME, ORIGINALS, RECEIVED
from ui.qt import QCoreApplication, Qt

if TYPE_CHECKING:
    from ui.intake.screen import IntakeScreen

TEXT_FIELDS = ("id_number", "full_name", "birth_date", "address", "phone", "email")


def draft_fields(screen: IntakeScreen) -> dict[str, Any]:
    """Everything typed or chosen on the form (the fee's payment is confirmed again)."""
    applicant, checklist = screen.applicant, screen.checklist
    procedure = screen.picker.procedure
    fields: dict[str, Any] = {name: getattr(applicant, name).text() for name in TEXT_FIELDS}
    fields.update(
        procedure_code=procedure.code if procedure else None,
        procedure_version=procedure.version if procedure else None,
        id_type=applicant.id_type.currentData(), sex=applicant.sex.currentData(),
        delivery=screen.delivery.currentData(), delivery_address=screen.delivery_address.text(),
        sets_count=screen.fee.sets.value(),
    )
    for row in range(checklist.rowCount()):
        name = checklist.cell(row, NAME).data(Qt.ItemDataRole.UserRole)
        received = checklist.cell(row, RECEIVED).checkState() == Qt.CheckState.Checked
        fields[f"document:{name}"] = [received, checklist.count_at(row, ORIGINALS),
                                      checklist.count_at(row, COPIES)]
    return fields


def restore_draft(screen: IntakeScreen, fields: dict[str, Any],
                  procedure: ProcedureInfo | None) -> None:
    """Put a kept draft back; documents are matched by name, so a procedure changed since
    keeps what still applies."""
    if procedure is not None:
        screen.picker.choose(procedure)
    applicant = screen.applicant
    for name in TEXT_FIELDS:
        value = fields.get(name)
        if isinstance(value, str) and value:
            getattr(applicant, name).setText(value)
    for combo, value in ((applicant.id_type, fields.get("id_type")),
                         (applicant.sex, fields.get("sex")),
                         (screen.delivery, fields.get("delivery"))):
        index = combo.findData(value)
        if value is not None and index >= 0:
            combo.setCurrentIndex(index)
    if isinstance(fields.get("delivery_address"), str):
        screen.delivery_address.setText(fields["delivery_address"])
    if isinstance(fields.get("sets_count"), int):
        screen.fee.sets.setValue(fields["sets_count"])
    _restore_documents(screen, fields)


def _restore_documents(screen: IntakeScreen, fields: dict[str, Any]) -> None:
    checklist = screen.checklist
    for row in range(checklist.rowCount()):
        kept = fields.get(f"document:{checklist.cell(row, NAME).data(Qt.ItemDataRole.UserRole)}")
        if not (isinstance(kept, list) and len(kept) == 3):
            continue
        received, originals, copies = kept
        checklist.cell(row, RECEIVED).setCheckState(
            Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)
        checklist.cell(row, ORIGINALS).setData(Qt.ItemDataRole.EditRole, int(originals))
        checklist.cell(row, COPIES).setData(Qt.ItemDataRole.EditRole, int(copies))


def keep_draft(screen: IntakeScreen) -> None:
    """Idle logout: keep what was typed for the same person (nothing kept when empty)."""
    if not screen.filled():
        return
    fields = draft_fields(screen)
    workspace, actor = screen.context.workspace, screen.session.actor
    screen.context.tasks.run_change(lambda: keep_intake_draft(workspace, actor, fields),
                                    label=QCoreApplication.translate("draft", "Đang giữ hồ sơ đang nhập dở…"))


def offer_draft(screen: IntakeScreen) -> None:
    """At login: the person's kept draft, if any, comes back into the form."""
    workspace, actor = screen.context.workspace, screen.session.actor

    def take() -> tuple[Draft, ProcedureInfo | None] | None:
        draft = take_intake_draft(workspace, actor)
        if draft is None:
            return None
        return draft, _procedure_of(workspace, draft.fields)

    screen.context.tasks.run_change(take, on_done=lambda found: _restored(screen, found))


def _procedure_of(workspace: Workspace, fields: dict[str, Any]) -> ProcedureInfo | None:
    code, version = fields.get("procedure_code"), fields.get("procedure_version")
    if not isinstance(code, str):
        return None
    try:
        return get_procedure(workspace.store, code, version if isinstance(version, str) else None)
    except CounterError:  # retired or replaced since: the officer chooses it again
        return None


def _restored(screen: IntakeScreen, found: tuple[Draft, ProcedureInfo | None] | None) -> None:
    if found is None:
        return
    draft, procedure = found
    restore_draft(screen, draft.fields, procedure)
    screen.show_banner(QCoreApplication.translate("draft",
        "Đã khôi phục hồ sơ đang nhập dở lúc %1 (ứng dụng đã tự đăng xuất vì không thao tác). "
        "Kiểm tra lại với công dân và xác nhận lại lệ phí trước khi tiếp nhận.").replace(
            "%1", to_local(draft.saved_at).strftime("%H:%M %d/%m/%Y")), ok=True)
