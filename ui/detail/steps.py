"""Take one lifecycle step and print the form it comes with (02, 03, 04, 05)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from counter import clock
from counter.agencies import AgencyInfo
from counter.dossiers.model import DossierView
from counter.dossiers.transitions import apply_action
from counter.errors import CounterError
from counter.forms.from_dossier import (
    completion_request_pdf,
    extension_apology_pdf,
    refusal_pdf,
    stop_notice_pdf,
)
from counter.roles import Actor
from counter.workspace import Workspace
from ui.detail.action_dialog import StepInput
from ui.qt import QT_TRANSLATE_NOOP

FORM_TITLES = {
    "request_supplement": QT_TRANSLATE_NOOP("steps", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    "refuse": QT_TRANSLATE_NOOP("steps", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    "extend_deadline": QT_TRANSLATE_NOOP("steps", "Văn bản xin lỗi và hẹn lại ngày trả kết quả"),
    "stop": QT_TRANSLATE_NOOP("steps", "Thông báo dừng giải quyết hồ sơ"),
}
FORM_FILES = {"request_supplement": "phieu-yeu-cau-bo-sung", "refuse": "phieu-tu-choi",
              "extend_deadline": "van-ban-xin-loi-gia-han", "stop": "thong-bao-dung-giai-quyet"}


@dataclass(frozen=True)
class StepOutcome:
    view: DossierView
    form_pdf: bytes | None
    form_key: str | None
    form_error: str = ""  # the step was taken; only its printed form could not be made


def _form(step: StepInput, before: DossierView, after: DossierView, agency: AgencyInfo,
          officer_name: str) -> bytes | None:
    today = clock.now().date()
    builders: dict[str, Callable[[], bytes]] = {
        "request_supplement": lambda: completion_request_pdf(after, agency, officer_name,
                                                             step.reason, today),
        "refuse": lambda: refusal_pdf(after, agency, officer_name, step.reason, today),
    }
    if step.signatory is not None:
        signatory = step.signatory
        builders["extend_deadline"] = lambda: extension_apology_pdf(
            after, agency, before.due_at, step.reason, signatory, today)
        builders["stop"] = lambda: stop_notice_pdf(after, agency, step.reason, signatory, today)
    build = builders.get(step.action)
    return build() if build else None


def take_step(workspace: Workspace, before: DossierView, step: StepInput, actor: Actor,
              agency: AgencyInfo, officer_name: str) -> StepOutcome:
    """The step in the core (all or nothing), then its form from the dossier as it now is."""
    after = apply_action(workspace, before.code, step.action, actor, reason=step.reason,
                         new_due=step.new_due, satisfaction=step.satisfaction)
    try:
        pdf = _form(step, before, after, agency, officer_name)
    except CounterError as error:
        return StepOutcome(after, None, None, error.message)
    return StepOutcome(after, pdf, step.action if pdf else None)
