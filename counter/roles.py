"""Who may do what. Enforced in the core services, not only hidden in the UI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counter.errors import PermissionDeniedError


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    VILLAGE_TEAM = "village_team"
    ADMIN = "admin"
    WORKSTATION = "workstation"  # the machine itself (sync), never a person's account


ACCOUNT_ROLES = (Role.OFFICER, Role.SUPERVISOR, Role.VILLAGE_TEAM, Role.ADMIN)
WORKSTATION_PREFIX = "workstation:"


ROLE_LABELS = {
    Role.OFFICER: "Cán bộ tiếp nhận",
    Role.SUPERVISOR: "Giám sát / lãnh đạo bộ phận",
    Role.VILLAGE_TEAM: "Tổ công nghệ số cộng đồng",
    Role.ADMIN: "Quản trị hệ thống",
    Role.WORKSTATION: "Máy trạm (đồng bộ tự động)",
}

_STAFF = frozenset({Role.OFFICER, Role.SUPERVISOR})
PERMISSIONS: dict[str, frozenset[Role]] = {
    "dossier.receive": frozenset({Role.OFFICER, Role.SUPERVISOR, Role.VILLAGE_TEAM}),
    "dossier.view": frozenset(ACCOUNT_ROLES),
    "dossier.print": frozenset({Role.OFFICER, Role.SUPERVISOR, Role.VILLAGE_TEAM}),
    "dossier.attach": frozenset({Role.OFFICER, Role.SUPERVISOR, Role.VILLAGE_TEAM}),
    "dossier.sign": _STAFF,  # with the agency's token, which stays at the counter
    "dossier.start_processing": _STAFF,
    "dossier.request_supplement": _STAFF,
    "dossier.supplement": frozenset({Role.OFFICER, Role.SUPERVISOR, Role.VILLAGE_TEAM}),
    "dossier.request_payment": _STAFF,
    "dossier.record_payment": frozenset({Role.OFFICER, Role.SUPERVISOR, Role.VILLAGE_TEAM}),
    "dossier.extend_deadline": frozenset({Role.SUPERVISOR}),
    "dossier.stop": frozenset({Role.SUPERVISOR}),
    "dossier.record_result": _STAFF,
    "dossier.return_result": _STAFF,
    "dossier.refuse": _STAFF,
    "dossier.withdraw": _STAFF,
    "day.approve": frozenset({Role.SUPERVISOR}),
    "payments.import": _STAFF,
    "report.view": frozenset({Role.SUPERVISOR, Role.ADMIN}),
    "retention.purge": frozenset({Role.ADMIN, Role.SUPERVISOR}),
    "batch.export": frozenset({Role.SUPERVISOR, Role.VILLAGE_TEAM}),
    "catalogue.manage": frozenset({Role.ADMIN, Role.SUPERVISOR}),
    "settings.manage": frozenset({Role.ADMIN}),
    "sync.override_offline": frozenset({Role.SUPERVISOR}),
    "accounts.manage": frozenset({Role.ADMIN}),
    "sync.run": frozenset({Role.WORKSTATION}),
}


@dataclass(frozen=True)
class Actor:
    """The person doing an action: an account name and its role."""

    username: str
    role: Role

    def can(self, permission: str) -> bool:
        return self.role in PERMISSIONS.get(permission, frozenset())


def workstation_actor(workstation_id: str) -> Actor:
    """The workstation itself, for machine work (sync, pulls): not a person, and allowed
    nothing but that work. Audit entries name it ``workstation:<id>``."""
    return Actor(f"{WORKSTATION_PREFIX}{workstation_id}", Role.WORKSTATION)


def require(actor: Actor, permission: str) -> None:
    if not actor.can(permission):
        raise PermissionDeniedError(
            f"Tài khoản {actor.username} ({ROLE_LABELS[actor.role]}) không được phép thực hiện "
            "thao tác này."
        )
