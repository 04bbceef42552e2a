"""The dossier state machine (DOMAIN §4). "Quá hạn" is computed from the due time."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counter.errors import IllegalTransitionError


class Status(StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    AWAITING_PAYMENT = "awaiting_payment"
    STOPPED = "stopped"
    RESULT_READY = "result_ready"
    RETURNED = "returned"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


STATUS_LABELS = {
    Status.RECEIVED: "Đã tiếp nhận",
    Status.PROCESSING: "Đang xử lý",
    Status.SUPPLEMENT_REQUESTED: "Chờ bổ sung hồ sơ",
    Status.AWAITING_PAYMENT: "Chờ thực hiện nghĩa vụ tài chính",
    Status.STOPPED: "Dừng xử lý",
    Status.RESULT_READY: "Đã có kết quả",
    Status.RETURNED: "Đã trả kết quả",
    Status.REFUSED: "Từ chối giải quyết",
    Status.WITHDRAWN: "Công dân rút hồ sơ",
}

# Statuses in which the processing is over (the on-time verdict is taken on entering them).
FINISHED = frozenset(
    {Status.RESULT_READY, Status.RETURNED, Status.STOPPED, Status.REFUSED, Status.WITHDRAWN}
)
# Statuses in which the legal clock does not run: the citizen has to act.
WAITING_FOR_CITIZEN = frozenset({Status.SUPPLEMENT_REQUESTED, Status.AWAITING_PAYMENT})


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    sources: frozenset[Status]
    target: Status | None  # None: the status stays (a deadline extension)
    needs_reason: bool = False
    # The number that takes the step (Alt+key at the desk): the same step keeps its number
    # whatever the status; 1 is always the next step of the ordinary course.
    key: int = 0
    # Ends the dossier against the citizen's wish or for good: asked to be confirmed.
    final_decision: bool = False


_OPEN = frozenset({Status.RECEIVED, Status.PROCESSING})
ACTIONS: dict[str, Action] = {
    action.name: action
    for action in (
        Action("start_processing", "Chuyển xử lý", frozenset({Status.RECEIVED}), Status.PROCESSING,
               key=1),
        Action("request_supplement", "Yêu cầu bổ sung hồ sơ", _OPEN,
               Status.SUPPLEMENT_REQUESTED, needs_reason=True, key=3),
        Action("supplement", "Nhận hồ sơ bổ sung", frozenset({Status.SUPPLEMENT_REQUESTED}),
               Status.PROCESSING, key=1),
        Action("request_payment", "Yêu cầu thực hiện nghĩa vụ tài chính", _OPEN,
               Status.AWAITING_PAYMENT, needs_reason=True, key=4),
        Action("record_payment", "Đã thực hiện nghĩa vụ tài chính",
               frozenset({Status.AWAITING_PAYMENT}), Status.PROCESSING, key=1),
        Action("extend_deadline", "Xin lỗi và gia hạn", _OPEN, None, needs_reason=True, key=5),
        Action("stop", "Dừng giải quyết",
               _OPEN | WAITING_FOR_CITIZEN, Status.STOPPED, needs_reason=True, key=6,
               final_decision=True),
        Action("record_result", "Đã có kết quả", _OPEN, Status.RESULT_READY, key=2),
        Action("return_result", "Trả kết quả cho công dân", frozenset({Status.RESULT_READY}),
               Status.RETURNED, key=1),
        Action("refuse", "Từ chối giải quyết", _OPEN | {Status.SUPPLEMENT_REQUESTED},
               Status.REFUSED, needs_reason=True, key=8, final_decision=True),
        Action("withdraw", "Công dân rút hồ sơ", _OPEN | WAITING_FOR_CITIZEN,
               Status.WITHDRAWN, needs_reason=True, key=7, final_decision=True),
    )
}


def allowed_actions(status: Status) -> list[Action]:
    """The steps a dossier in ``status`` can take, by their key."""
    return sorted((action for action in ACTIONS.values() if status in action.sources),
                  key=lambda action: action.key)


def action_into(status: Status, target: Status) -> Action | None:
    """The step that takes a dossier from ``status`` to ``target``, if there is one."""
    return next(
        (a for a in ACTIONS.values() if status in a.sources and a.target == target), None
    )


def check_transition(status: Status, action_name: str, reason: str) -> Status:
    """The status after ``action_name``, or IllegalTransitionError saying why not."""
    action = ACTIONS.get(action_name)
    if action is None:
        raise IllegalTransitionError(f"Thao tác không tồn tại: {action_name!r}.")
    if status not in action.sources:
        raise IllegalTransitionError(
            f"Không thể «{action.label}» khi hồ sơ đang ở trạng thái «{STATUS_LABELS[status]}»."
        )
    if action.needs_reason and not reason.strip():
        raise IllegalTransitionError(f"Thao tác «{action.label}» cần ghi rõ lý do.")
    return action.target or status
