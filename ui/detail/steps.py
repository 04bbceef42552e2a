"""Take one lifecycle step and print the form it comes with (02, 03, 04, 05)."""

from __future__ import annotations

from dataclasses import dataclass

from counter.dossiers.model import DossierView
from counter.dossiers.transitions import apply_action
from counter.errors import CounterError
from counter.printing import PrintExtras, print_form
from counter.roles import Actor
from counter.workspace import Workspace
from ui.detail.action_dialog import StepInput
from ui.qt import QT_TRANSLATE_NOOP

FORM_OF_STEP = {"request_supplement": "completion-request", "refuse": "refusal",
                "extend_deadline": "extension", "stop": "stop-notice"}
FORM_TITLES = {
    "receipt": QT_TRANSLATE_NOOP("steps", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    "completion-request": QT_TRANSLATE_NOOP("steps", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    "refusal": QT_TRANSLATE_NOOP("steps", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    "extension": QT_TRANSLATE_NOOP("steps", "Văn bản xin lỗi và hẹn lại ngày trả kết quả"),
    "stop-notice": QT_TRANSLATE_NOOP("steps", "Thông báo dừng giải quyết hồ sơ"),
    "control-slip": QT_TRANSLATE_NOOP("steps", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
}


@dataclass(frozen=True)
class StepOutcome:
    view: DossierView
    form_pdf: bytes | None
    form_key: str | None
    form_error: str = ""  # the step was taken; only its printed form could not be made


def take_step(workspace: Workspace, code: str, step: StepInput, actor: Actor) -> StepOutcome:
    """The step in the core (all or nothing), then the form it comes with, printed and kept."""
    details = {"missing_items": [{"name": name, "reason": step.reason} for name in step.missing]}
    after = apply_action(workspace, code, step.action, actor, reason=step.reason,
                         new_due=step.new_due, satisfaction=step.satisfaction,
                         details=details if step.missing else None)
    form = FORM_OF_STEP.get(step.action)
    if form is None or not actor.can("dossier.print"):
        return StepOutcome(after, None, None)
    try:
        printed = print_form(workspace, code, form, actor,
                             extra=PrintExtras(signatory=step.signatory))
    except CounterError as error:
        return StepOutcome(after, None, None, error.message)
    return StepOutcome(after, printed.pdf, form)
