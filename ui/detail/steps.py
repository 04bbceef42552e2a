"""Take one lifecycle step through the core, which issues the form it comes with."""

from __future__ import annotations

from typing import Any

from counter.printing import StepTaken
from counter.printing import take_step as take_core_step
from counter.roles import Actor
from counter.workspace import Workspace
from ui.detail.action_dialog import StepInput
from ui.qt import QT_TRANSLATE_NOOP

FORM_TITLES = {
    "receipt": QT_TRANSLATE_NOOP("steps", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    "completion-request": QT_TRANSLATE_NOOP("steps", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    "refusal": QT_TRANSLATE_NOOP("steps", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    "extension": QT_TRANSLATE_NOOP("steps", "Văn bản xin lỗi và hẹn lại ngày trả kết quả"),
    "stop-notice": QT_TRANSLATE_NOOP("steps", "Thông báo dừng giải quyết hồ sơ"),
    "control-slip": QT_TRANSLATE_NOOP("steps", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
}


def take_step(workspace: Workspace, code: str, step: StepInput, actor: Actor) -> StepTaken:
    """The dialog's answers as one core call: the step, then the form it issues."""
    details: dict[str, Any] = {}
    if step.missing:
        details["missing_items"] = [{"name": name, "reason": step.reason} for name in step.missing]
    if step.collected_by is not None:
        details["collected_by"] = step.collected_by
    return take_core_step(workspace, code, step.action, actor, reason=step.reason,
                          new_due=step.new_due, satisfaction=step.satisfaction,
                          details=details or None, signatory=step.signatory)
