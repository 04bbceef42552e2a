"""Every legal and illegal transition; pauses, extensions, events, outbox and audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from counter import audit
from counter.clock import parse_local
from counter.db.models import AuditEvent, Dossier, DossierEvent, OutboxMessage
from counter.dossiers.lifecycle import ACTIONS, Status, allowed_actions, check_transition
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action, check_details, get_dossier
from counter.errors import IllegalTransitionError, InputError, NotFoundError, PermissionDeniedError
from counter.roles import Actor, Role
from tests.core.conftest import OFFICER, SUPERVISOR, VILLAGE, citizen

# How to bring a fresh dossier to each status.
PATHS: dict[Status, list[str]] = {
    Status.RECEIVED: [],
    Status.PROCESSING: ["start_processing"],
    Status.SUPPLEMENT_REQUESTED: ["request_supplement"],
    Status.AWAITING_PAYMENT: ["request_payment"],
    Status.STOPPED: ["stop"],
    Status.RESULT_READY: ["record_result"],
    Status.RETURNED: ["record_result", "return_result"],
    Status.REFUSED: ["refuse"],
    Status.WITHDRAWN: ["withdraw"],
}

LEGAL = {
    (status, name)
    for name, action in ACTIONS.items()
    for status in action.sources
}


def test_the_table_is_what_the_domain_says() -> None:
    assert {a.name for a in allowed_actions(Status.RETURNED)} == set()
    assert {a.name for a in allowed_actions(Status.REFUSED)} == set()
    assert {a.name for a in allowed_actions(Status.RESULT_READY)} == {"return_result"}
    assert {a.name for a in allowed_actions(Status.SUPPLEMENT_REQUESTED)} == {
        "supplement", "stop", "refuse", "withdraw"}
    with pytest.raises(IllegalTransitionError, match="lý do"):
        check_transition(Status.RECEIVED, "refuse", " ")
    with pytest.raises(IllegalTransitionError, match="không tồn tại"):
        check_transition(Status.RECEIVED, "teleport", "x")


def _dossier_in(workspace, status: Status) -> str:  # type: ignore[no-untyped-def]
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    for name in PATHS[status]:
        apply_action(workspace, code, name, SUPERVISOR, reason="lý do")
    return code


@pytest.mark.parametrize("status", list(Status))
def test_every_action_from_every_status(workspace, status: Status) -> None:  # type: ignore[no-untyped-def]
    for name, action in ACTIONS.items():
        code = _dossier_in(workspace, status)
        before = get_dossier(workspace, code, SUPERVISOR)
        kwargs = {"reason": "Công dân đề nghị"}
        if name == "extend_deadline":
            kwargs["new_due"] = before.due_at + timedelta(days=3)  # type: ignore[assignment]
        if (status, name) in LEGAL:
            after = apply_action(workspace, code, name, SUPERVISOR, **kwargs)  # type: ignore[arg-type]
            assert after.status == (action.target or status)
            assert after.events[-1].action == name
            assert after.events[-1].from_status == status
        else:
            with pytest.raises(IllegalTransitionError, match=rf"^Không thể «{action.label}» khi "):
                apply_action(workspace, code, name, SUPERVISOR, **kwargs)  # type: ignore[arg-type]
            unchanged = get_dossier(workspace, code, SUPERVISOR)
            assert unchanged.status == before.status
            assert len(unchanged.events) == len(before.events)


def test_waiting_for_the_citizen_does_not_count(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    # Received Monday 2/3 09:30; 3 working days: due Thursday 5/3 09:30.
    code = _dossier_in(workspace, Status.PROCESSING)
    test_clock.set("2026-03-02T10:30")
    paused = apply_action(workspace, code, "request_supplement", OFFICER, reason="Thiếu CT01")
    assert paused.paused_at == parse_local("2026-03-02T10:30")
    assert paused.due_at == parse_local("2026-03-05T09:30")
    # Back on Wednesday 10:30: two working days of waiting move the due time two days.
    test_clock.set("2026-03-04T10:30")
    resumed = apply_action(workspace, code, "supplement", OFFICER)
    assert resumed.paused_at is None
    assert resumed.due_at == parse_local("2026-03-09T09:30")
    assert resumed.events[-1].due_at == parse_local("2026-03-09T09:30")
    # A second wait counts from its own start, not from the first one.
    test_clock.set("2026-03-04T14:00")
    waiting = apply_action(workspace, code, "request_payment", OFFICER, reason="Nộp lệ phí")
    assert waiting.paused_at == parse_local("2026-03-04T14:00")
    test_clock.set("2026-03-05T14:00")
    paid = apply_action(workspace, code, "record_payment", OFFICER)
    assert paid.paused_at is None
    assert paid.due_at == parse_local("2026-03-10T09:30")
    assert [e.action for e in paid.events] == [
        "receive", "start_processing", "request_supplement", "supplement", "request_payment",
        "record_payment"]
    assert [e.at for e in paid.events][-4:] == [parse_local(t) for t in (
        "2026-03-02T10:30", "2026-03-04T10:30", "2026-03-04T14:00", "2026-03-05T14:00")]


def test_stopping_a_waiting_dossier_ends_the_pause(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.SUPPLEMENT_REQUESTED)
    test_clock.set("2026-03-03T09:30")  # one working day later
    stopped = apply_action(workspace, code, "stop", SUPERVISOR, reason="Quá hạn bổ sung")
    assert stopped.paused_at is None
    assert stopped.finished_at == parse_local("2026-03-03T09:30")
    assert stopped.due_at == parse_local("2026-03-06T09:30")


def test_a_step_that_does_not_wait_leaves_the_due_time(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RECEIVED)
    test_clock.set("2026-03-04T09:30")
    started = apply_action(workspace, code, "start_processing", OFFICER)
    assert (started.status, started.paused_at, started.finished_at) == (
        Status.PROCESSING, None, None)
    assert started.due_at == parse_local("2026-03-05T09:30")


def test_extension_needs_a_later_date(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.PROCESSING)
    due = get_dossier(workspace, code, SUPERVISOR).due_at
    assert due == parse_local("2026-03-05T09:30")
    for earlier_or_same in (due - timedelta(hours=1), due):
        with pytest.raises(InputError, match=r"^new_due: thời hạn mới phải sau thời hạn hiện tại"):
            apply_action(workspace, code, "extend_deadline", SUPERVISOR, reason="x",
                         new_due=earlier_or_same)
    with pytest.raises(InputError, match=r"^new_due: cần thời hạn mới khi gia hạn"):
        apply_action(workspace, code, "extend_deadline", SUPERVISOR, reason="x")
    extended = apply_action(workspace, code, "extend_deadline", SUPERVISOR, reason="Cần xác minh",
                            new_due=due + timedelta(minutes=1))
    assert extended.due_at == parse_local("2026-03-05T09:31")
    assert extended.status == Status.PROCESSING
    assert len(get_dossier(workspace, code, SUPERVISOR).events) == 3


def test_each_step_goes_to_the_outbox_and_the_audit(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    other = _dossier_in(workspace, Status.RESULT_READY)
    code = _dossier_in(workspace, Status.RETURNED)
    with workspace.store.read() as session:
        messages = list(session.execute(
            select(OutboxMessage.kind, OutboxMessage.payload)
            .where(OutboxMessage.dossier_code == code).order_by(OutboxMessage.id)))
        steps = list(session.execute(
            select(DossierEvent.action, DossierEvent.from_status, DossierEvent.to_status)
            .join(Dossier, Dossier.id == DossierEvent.dossier_id)
            .where(Dossier.code == code).order_by(DossierEvent.id)))
        actions = [tuple(row) for row in session.execute(
            select(AuditEvent.actor, AuditEvent.action, AuditEvent.object_type)
            .where(AuditEvent.object_ref == code).order_by(AuditEvent.id))]
        assert audit.verify_chain(session) is None
    assert [kind for kind, _ in messages] == ["dossier.received", "dossier.event", "dossier.event"]
    sent = [(p["dossier_code"], p["action"], p["from_status"], p["to_status"], p["actor"])
            for _, p in messages[1:]]
    assert sent == [
        (code, "record_result", "received", "result_ready", SUPERVISOR.username),
        (code, "return_result", "result_ready", "returned", SUPERVISOR.username),
    ]
    assert messages[2][1]["at"] == "2026-03-02T09:30:00+07:00"
    assert [tuple(step) for step in steps] == [
        ("receive", None, "received"),
        ("record_result", "received", "result_ready"),
        ("return_result", "result_ready", "returned"),
    ]
    assert actions == [
        (OFFICER.username, "dossier.create", "dossier"),
        (SUPERVISOR.username, "dossier.record_result", "dossier"),
        (SUPERVISOR.username, "dossier.return_result", "dossier"),
    ]
    assert other != code
    get_dossier(workspace, code, VILLAGE)  # viewing a citizen's data is audited too
    with workspace.store.read() as session:
        viewed = session.execute(
            select(AuditEvent.actor, AuditEvent.action, AuditEvent.object_type,
                   AuditEvent.object_ref).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert tuple(viewed) == (VILLAGE.username, "dossier.view", "dossier", code)


@pytest.mark.parametrize("satisfaction", [0, 6, -1])
def test_satisfaction_outside_1_to_5_is_refused(workspace, satisfaction: int) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RESULT_READY)
    with pytest.raises(InputError, match=r"^satisfaction: mức hài lòng \(1–5\) chỉ ghi khi trả kết quả"):
        apply_action(workspace, code, "return_result", OFFICER, satisfaction=satisfaction)
    assert get_dossier(workspace, code, OFFICER).status == Status.RESULT_READY


@pytest.mark.parametrize("satisfaction", [1, 5])
def test_satisfaction_from_1_to_5_is_kept_when_returning(workspace, test_clock, satisfaction: int) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RESULT_READY)
    test_clock.set("2026-03-03T08:15")
    returned = apply_action(workspace, code, "return_result", OFFICER, satisfaction=satisfaction)
    assert returned.satisfaction == satisfaction
    assert returned.status == Status.RETURNED
    # Finished when the result was ready, not when it was handed over.
    assert returned.finished_at == parse_local("2026-03-02T09:30")


def test_satisfaction_is_refused_on_any_other_step(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.PROCESSING)
    with pytest.raises(InputError, match=r"^satisfaction: mức hài lòng \(1–5\)"):
        apply_action(workspace, code, "record_result", OFFICER, satisfaction=3)
    dossier = get_dossier(workspace, code, OFFICER)
    assert (dossier.status, dossier.satisfaction) == (Status.PROCESSING, None)
    returned = apply_action(workspace, code, "record_result", OFFICER)
    returned = apply_action(workspace, code, "return_result", OFFICER)
    assert returned.satisfaction is None


def test_roles_are_enforced_and_refusals_audited(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.PROCESSING)
    with pytest.raises(PermissionDeniedError, match=(
        r"^Tài khoản tocnso \(Tổ công nghệ số cộng đồng\) không được phép thực hiện thao tác này\.$"
    )):
        apply_action(workspace, code, "refuse", VILLAGE, reason="x")
    with pytest.raises(PermissionDeniedError, match=r"^Tài khoản canbo1 "):
        apply_action(workspace, code, "stop", OFFICER, reason="x")
    machine = Actor("workstation:quay-1", Role.WORKSTATION)
    with pytest.raises(PermissionDeniedError, match=r"^Tài khoản workstation:quay-1 "):
        get_dossier(workspace, code, machine)
    with workspace.store.read() as session:
        refused = [tuple(row) for row in session.execute(
            select(AuditEvent.actor, AuditEvent.object_type, AuditEvent.object_ref,
                   AuditEvent.detail)
            .where(AuditEvent.action == "refused").order_by(AuditEvent.id))]
    assert refused == [
        ("tocnso", "dossier", code, "dossier.refuse"),
        ("canbo1", "dossier", code, "dossier.stop"),
        ("workstation:quay-1", "dossier", code, "dossier.view"),
    ]
    assert get_dossier(workspace, code, OFFICER).status == Status.PROCESSING


# What a step may record in its details (checked before anything is written).

ITEM = {"name": "Tờ khai CT01", "reason": "Chưa có chữ ký"}
FIRST = "Nội dung cần bổ sung thứ 1"


def test_no_details_record_nothing() -> None:
    assert check_details("start_processing", None) == {}
    assert check_details("request_supplement", {}) == {}


def test_missing_items_are_kept_cleaned_with_their_kind() -> None:
    recorded = check_details("request_supplement", {"missing_items": (
        {"name": "  Tờ khai  CT01 ", "reason": "Chưa có\nchữ ký"},
        {"name": "Sổ hộ khẩu", "reason": "Sai tên chủ hộ", "kind": "incorrect"},
    )})
    assert recorded == {"missing_items": [
        {"name": "Tờ khai CT01", "reason": "Chưa có chữ ký", "kind": "missing"},
        {"name": "Sổ hộ khẩu", "reason": "Sai tên chủ hộ", "kind": "incorrect"},
    ]}


@pytest.mark.parametrize("count", [1, 50])
def test_from_1_to_50_missing_items(count: int) -> None:
    recorded = check_details("request_supplement", {"missing_items": [ITEM] * count})
    assert recorded["missing_items"] == [{**ITEM, "kind": "missing"}] * count


@pytest.mark.parametrize("value", [[], [ITEM] * 51, "Tờ khai", None, {"name": "A"}])
def test_missing_items_must_be_a_list_of_1_to_50(value) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=(
        r"^Nội dung cần bổ sung: cần danh sách từ 1 đến 50 giấy tờ\.$"
    )):
        check_details("request_supplement", {"missing_items": value})


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("Tờ khai", r"^Nội dung cần bổ sung thứ 2: cần tên giấy tờ \(name\), lý do \(reason\) "
                    r"và loại \(kind\)\.$"),
        ({**ITEM, "note": "x"}, r"^Nội dung cần bổ sung thứ 2: cần tên giấy tờ"),
        ({**ITEM, "kind": "lost"},
         r"^Nội dung cần bổ sung thứ 2, loại: phải là một trong: missing, incorrect\.$"),
        ({"reason": "x"}, r"^Nội dung cần bổ sung thứ 2, tên giấy tờ: không được để trống\.$"),
        ({"name": 5, "reason": "x"}, r"^Nội dung cần bổ sung thứ 2, tên giấy tờ: không được để trống\.$"),
        ({"name": " \n ", "reason": "x"}, r"^Nội dung cần bổ sung thứ 2, tên giấy tờ: không được để trống\.$"),
        ({"name": "A", "reason": ""}, r"^Nội dung cần bổ sung thứ 2, lý do: không được để trống\.$"),
        ({"name": "A" * 501, "reason": "x"},
         r"^Nội dung cần bổ sung thứ 2, tên giấy tờ: dài quá 500 ký tự\.$"),
        ({"name": "A", "reason": "x" * 1001},
         r"^Nội dung cần bổ sung thứ 2, lý do: dài quá 1000 ký tự\.$"),
    ],
)
def test_each_missing_item_is_checked_and_named_by_its_place(item, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=message):
        check_details("request_supplement", {"missing_items": [ITEM, item]})


def test_names_and_reasons_at_exactly_their_limits_are_kept() -> None:
    longest = {"name": "A" * 500 + "   ", "reason": "x" * 1000}
    recorded = check_details("request_supplement", {"missing_items": [longest]})
    assert recorded == {"missing_items": [{"name": "A" * 500, "reason": "x" * 1000,
                                           "kind": "missing"}]}


def test_details_an_action_does_not_record_are_refused() -> None:
    with pytest.raises(InputError, match=(
        r"^details: thao tác «Yêu cầu bổ sung hồ sơ» không ghi thông tin: deadline, note\.$"
    )):
        check_details("request_supplement", {"note": "x", "deadline": "mai"})
    with pytest.raises(InputError, match=r"^details: thao tác «Chuyển xử lý» không ghi thông tin: missing_items\.$"):
        check_details("start_processing", {"missing_items": [ITEM]})
    with pytest.raises(InputError, match=r"^details: phải là một bảng khóa - giá trị\.$"):
        check_details("request_supplement", [("missing_items", [ITEM])])  # type: ignore[arg-type]


def test_an_unknown_action_is_refused_before_anything_else(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RECEIVED)
    with pytest.raises(IllegalTransitionError, match=r"^Thao tác không tồn tại: 'teleport'\.$"):
        apply_action(workspace, code, "teleport", VILLAGE)
    assert len(get_dossier(workspace, code, OFFICER).events) == 1


def test_an_unknown_dossier_is_named(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match=r"^Không tìm thấy hồ sơ có mã 000\.00\.12\.H42-260302-9999\.$"):
        apply_action(workspace, " 000.00.12.H42-260302-9999 ".strip(), "start_processing", OFFICER)
    code = _dossier_in(workspace, Status.RECEIVED)
    assert get_dossier(workspace, f"  {code} ", OFFICER).code == code


def test_a_step_keeps_its_reason_trimmed_and_its_details(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RECEIVED)
    started = apply_action(workspace, code, "start_processing", OFFICER)
    assert (started.events[-1].reason, started.events[-1].details) == ("", {})
    asked = apply_action(workspace, code, "request_supplement", OFFICER,
                         reason="  Thiếu tờ khai CT01 ", details={"missing_items": [ITEM]})
    recorded = {"missing_items": [{**ITEM, "kind": "missing"}]}
    assert (asked.events[-1].reason, asked.events[-1].details) == ("Thiếu tờ khai CT01", recorded)
    with workspace.store.read() as session:
        sent = session.scalars(select(OutboxMessage.payload).where(
            OutboxMessage.dossier_code == code).order_by(OutboxMessage.id.desc()).limit(1)).one()
    assert (sent["action"], sent["reason"], sent["details"]) == (
        "request_supplement", "Thiếu tờ khai CT01", recorded)



def test_the_return_always_records_who_took_the_result(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RESULT_READY)
    view = apply_action(workspace, code, "return_result", OFFICER)
    assert view.events[-1].details == {"collected_by": {"kind": "applicant"}}
    other = _dossier_in(workspace, Status.RESULT_READY)
    view = apply_action(workspace, other, "return_result", OFFICER, details={"collected_by": {
        "kind": "authorised", "name": "  Lê Văn  Tám ", "id_number": "001085000111",
        "authorisation": "Giấy ủy quyền số 12/UQ"}})
    assert view.events[-1].details["collected_by"] == {
        "kind": "authorised", "name": "Lê Văn Tám", "id_number": "001085000111",
        "authorisation": "Giấy ủy quyền số 12/UQ"}


@pytest.mark.parametrize("collector", [
    {"kind": "authorised", "name": "Lê Văn Tám", "id_number": "001085000111"},
    {"kind": "authorised", "name": "", "id_number": "1", "authorisation": "x"},
    {"kind": "neighbour"},
    {"kind": "applicant", "phone": "0912"},
    "Lê Văn Tám",
])
def test_an_incomplete_collector_is_refused_and_the_result_stays_ready(  # type: ignore[no-untyped-def]
        workspace, collector) -> None:
    code = _dossier_in(workspace, Status.RESULT_READY)
    with pytest.raises(InputError, match="Người nhận kết quả"):
        apply_action(workspace, code, "return_result", OFFICER,
                     details={"collected_by": collector})
    assert get_dossier(workspace, code, OFFICER).status is Status.RESULT_READY


def test_only_the_return_records_a_collector(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RECEIVED)
    with pytest.raises(InputError):
        apply_action(workspace, code, "start_processing", OFFICER,
                     details={"collected_by": {"kind": "applicant"}})
