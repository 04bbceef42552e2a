"""Demo data: a demo agency, one user per role, the seed catalogue and sample dossiers.

Everything is made through the core's public services, so the sample dossiers are
real dossiers with codes, due times, history, outbox messages and audit entries.
A data directory is marked as demo data; ``ensure_demo`` adds nothing the second
time, and refuses to put demo accounts (with a published password) into a real
installation.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counter import clock
from counter.accounts import create_account, create_first_admin, list_accounts
from counter.agencies import AgencyInfo
from counter.dossiers.model import IntakeRequest, Payment
from counter.dossiers.queries import count_dossiers
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.errors import ConfigurationError
from counter.idcard.virtual.identity import VirtualIdentity, demo_identity
from counter.payments.payee import set_payee
from counter.payments.vietqr import Payee
from counter.people import Applicant
from counter.roles import Actor, Role
from counter.setup import SetupRequest, load_seed_catalogue, set_up_workstation
from counter.workspace import Workspace

MARKER = "demo.json"
DEMO_PASSWORD = "demo1234"
DEMO_AGENCY = AgencyInfo(
    code="000.00.12.H42",
    name="Ủy ban nhân dân xã Tân Phú",
    level="commune",
    # since 1/7/2025 the commune's counter is its own public administration service centre
    parent_name="Ủy ban nhân dân xã Tân Phú",
    unit_name="Trung tâm Phục vụ hành chính công xã Tân Phú",
    place_name="Tân Phú",
    contact="Trung tâm Phục vụ hành chính công xã Tân Phú, số điện thoại 0251 3 888 999",
)
DEMO_WORKSTATION = "Quầy 1 (demo)"
# A made-up account for the demo's VietQR codes (Agribank's NAPAS BIN 970405): not an
# account of any agency; never pay to it.
DEMO_PAYEE = Payee("970405", "0000123456789", "UBND XA TAN PHU DEMO", "Agribank")
CARD_SEED = 7  # the citizen on the demo card in the virtual reader


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: Role


DEMO_USERS = (
    DemoUser("quantri", "Nguyễn Thị Quản", Role.ADMIN),
    DemoUser("canbo", "Trần Văn Bình", Role.OFFICER),
    DemoUser("giamsat", "Lê Thị Mai", Role.SUPERVISOR),
    DemoUser("tocnso", "Phạm Văn Hải", Role.VILLAGE_TEAM),
)
OFFICER = Actor("canbo", Role.OFFICER)
SUPERVISOR = Actor("giamsat", Role.SUPERVISOR)
VILLAGE = Actor("tocnso", Role.VILLAGE_TEAM)

# (procedure, days ago received, steps to take, who receives). Steps name lifecycle actions.
SAMPLES: tuple[tuple[str, int, tuple[str, ...], Actor], ...] = (
    ("1.001193", 0, (), OFFICER),
    ("2.000815", 0, ("record_result", "return_result"), OFFICER),
    ("2.000815", 0, ("record_result",), OFFICER),
    ("1.004194", 0, (), OFFICER),
    ("1.004222", 0, (), VILLAGE),
    ("1.000656", 0, ("start_processing",), OFFICER),
    ("1.001193", 0, ("record_result", "return_result"), OFFICER),
    ("1.004873", 0, (), OFFICER),
    ("1.000894", 0, ("start_processing",), OFFICER),
    ("1.004194", 1, ("start_processing",), OFFICER),
    ("1.004222", 1, ("start_processing",), OFFICER),
    ("1.004873", 1, ("start_processing", "record_result"), OFFICER),
    ("1.004222", 1, ("request_supplement",), OFFICER),
    ("1.004194", 2, ("start_processing", "record_result", "return_result"), OFFICER),
    ("1.004222", 2, (), VILLAGE),
    ("1.004873", 2, ("start_processing",), OFFICER),
    ("1.004222", 3, ("start_processing",), OFFICER),
    ("1.004194", 3, ("withdraw",), OFFICER),
    ("1.004222", 4, ("start_processing", "request_payment"), OFFICER),
    ("1.004194", 4, ("start_processing",), OFFICER),
    ("1.004222", 6, ("start_processing", "record_result"), OFFICER),
    ("1.004222", 7, ("start_processing",), OFFICER),
    ("1.004194", 7, ("start_processing", "record_result", "return_result"), OFFICER),
    ("1.004873", 8, ("refuse",), OFFICER),
    ("1.004222", 9, ("start_processing",), OFFICER),
    ("1.004222", 5, ("start_processing", "record_result", "return_result"), OFFICER),
    ("1.004194", 11, ("start_processing",), OFFICER),
    ("1.004222", 12, ("start_processing", "extend_deadline"), OFFICER),
    ("1.004222", 14, ("start_processing",), OFFICER),
    ("1.004222", 15, ("start_processing", "record_result", "return_result"), OFFICER),
    ("1.004194", 17, ("start_processing", "record_result", "return_result"), OFFICER),
    ("1.004222", 18, ("stop",), OFFICER),
    ("1.004873", 19, ("start_processing",), OFFICER),
    ("1.004222", 20, ("start_processing",), OFFICER),
    ("1.004194", 21, ("start_processing", "record_result", "return_result"), OFFICER),
)
REASONS = {
    "request_supplement": "Thiếu văn bản đồng ý của chủ hộ cho đăng ký thường trú.",
    "request_payment": "Chờ công dân nộp lệ phí theo thông báo.",
    "withdraw": "Công dân có đơn xin rút hồ sơ.",
    "refuse": "Người yêu cầu không thuộc thẩm quyền giải quyết của xã.",
    "stop": "Công dân không bổ sung hồ sơ theo yêu cầu.",
    "extend_deadline": "Cần xác minh chỗ ở hợp pháp với cơ quan quản lý đất đai.",
}
SUPERVISOR_ACTIONS = frozenset({"extend_deadline", "stop"})


@dataclass(frozen=True)
class DemoInfo:
    users: tuple[DemoUser, ...]
    password: str
    card_identity: VirtualIdentity
    card_qr: str
    dossiers_added: int


def card_qr_text(identity: VirtualIdentity) -> str:
    """The text of the QR code printed on the demo citizen's card (7-field CCCD layout)."""
    return "|".join((
        identity.id_number, identity.old_id_number or "", identity.full_name,
        f"{identity.birth_date:%d%m%Y}", identity.sex, identity.place_of_residence,
        f"{identity.issue_date:%d%m%Y}",
    ))


def ensure_demo(workspace: Workspace) -> DemoInfo:
    """Set up the demo installation in ``workspace`` once; later calls add nothing."""
    marker = workspace.data_dir / MARKER
    accounts = list_accounts(workspace)
    if (accounts or _has_workstation(workspace)) and not marker.exists():
        raise ConfigurationError(
            "Thư mục dữ liệu này là của một cơ quan thật, không phải dữ liệu demo. "
            "Chạy --demo với một thư mục dữ liệu khác (--data-dir)."
        )
    if not accounts:
        _set_up(workspace)
        marker.write_text(json.dumps({"demo": True}), encoding="utf-8")
    added = 0
    if count_dossiers(workspace) == 0:
        added = add_sample_dossiers(workspace, clock.now())
    card = demo_identity(CARD_SEED, today=clock.now().date())
    return DemoInfo(DEMO_USERS, DEMO_PASSWORD, card, card_qr_text(card), added)


def _has_workstation(workspace: Workspace) -> bool:
    try:
        workspace.identity()
    except ConfigurationError:
        return False
    return True


def _set_up(workspace: Workspace) -> None:
    admin = DEMO_USERS[0]
    set_up_workstation(workspace, SetupRequest(DEMO_AGENCY, DEMO_WORKSTATION),
                       Actor(admin.username, Role.ADMIN))
    load_seed_catalogue(workspace)
    create_first_admin(workspace, admin.username, admin.full_name, DEMO_PASSWORD)
    set_payee(workspace, DEMO_PAYEE, Actor(admin.username, Role.ADMIN))
    for user in DEMO_USERS[1:]:
        create_account(workspace, Actor(admin.username, Role.ADMIN), user.username,
                       user.full_name, user.role, DEMO_PASSWORD)


def working_day_before(workspace: Workspace, today: date, days_ago: int) -> date:
    """The working day ``days_ago`` working days before ``today``."""
    calendar = workspace.calendar()
    day, counted = today, 0
    for _ in range(7 * days_ago + 60):
        if counted >= days_ago:
            break
        day -= timedelta(days=1)
        counted += calendar.is_working_day(day)
    return day


def _received_at(workspace: Workspace, now: datetime, days_ago: int, seed: int,
                 rng: random.Random) -> datetime:
    """Today's samples in the last hours, one after the other; older ones in office hours."""
    if days_ago == 0:
        received_today = sum(1 for sample in SAMPLES if sample[1] == 0)
        return now - timedelta(minutes=5 * (received_today - seed))
    day = working_day_before(workspace, now.date(), days_ago)
    start = time(rng.randint(8, 15), rng.choice((0, 10, 20, 30, 40, 50)))
    return datetime.combine(day, start, clock.VN_TZ)


def _applicant(seed: int, today: date) -> Applicant:
    person = demo_identity(1000 + seed, today=today)
    return Applicant(
        full_name=person.full_name, id_number=person.id_number, birth_date=person.birth_date,
        sex=person.sex, address=person.place_of_residence,
        phone=f"09{seed * 7919 % 100_000_000:08d}", source="chip" if seed % 3 else "typed",
    )


def _request(procedure: str, received_at: datetime, seed: int, actor: Actor) -> IntakeRequest:
    pages = 2 + seed % 5
    payment = Payment(pages=pages, copies=1 + seed % 3, paid=True, method="cash") \
        if procedure == "2.000815" else Payment(paid=seed % 4 != 0, method="cash")
    channel = "village_team" if actor.role is Role.VILLAGE_TEAM else "counter"
    return IntakeRequest(procedure, _applicant(seed, received_at.date()), payment=payment,
                         received_at=received_at, channel=channel)


def _take_step(workspace: Workspace, code: str, step: str, due: datetime, seed: int) -> None:
    actor = SUPERVISOR if step in SUPERVISOR_ACTIONS else OFFICER
    new_due = due + timedelta(days=5) if step == "extend_deadline" else None
    satisfaction = 3 + seed % 3 if step == "return_result" else None
    apply_action(workspace, code, step, actor, reason=REASONS.get(step, ""), new_due=new_due,
                 satisfaction=satisfaction)


def add_sample_dossiers(workspace: Workspace, now: datetime) -> int:
    """Receive the sample dossiers (oldest first) and move each through its steps."""
    rng = random.Random(2025)
    ordered = sorted(enumerate(SAMPLES), key=lambda item: -item[1][1])
    for seed, (procedure, days_ago, steps, actor) in ordered:
        received_at = _received_at(workspace, now, days_ago, seed, rng)
        view = receive_dossier(workspace, _request(procedure, received_at, seed, actor), actor)
        for step in steps:
            _take_step(workspace, view.code, step, view.due_at, seed)
    return len(SAMPLES)
