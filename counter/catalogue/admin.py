"""The administrator keeps the catalogue: add, edit (a new version), retire, and plan an
import before applying it. Every change is audited in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import audit, clock
from counter.access import check_permission
from counter.catalogue.model import ProcedureInfo
from counter.catalogue.service import ImportReport, import_procedures, retire_procedure, to_info
from counter.db.models import Procedure
from counter.errors import InputError, NotFoundError
from counter.roles import Actor
from counter.workspace import Workspace

PERMISSION = "catalogue.manage"


@dataclass(frozen=True)
class PlannedChange:
    """One line of an import's preview."""

    code: str
    version: str
    name: str
    action: str  # add | update | unchanged
    retires: tuple[str, ...] = ()  # versions of the same code that stop being active

    @property
    def label(self) -> str:
        words = {"add": "thêm", "update": "cập nhật", "unchanged": "không đổi"}[self.action]
        retired = f"; ngừng áp dụng phiên bản {', '.join(self.retires)}" if self.retires else ""
        return f"{words}: {self.code} phiên bản {self.version} — {self.name}{retired}"


def plan_import(session: Session, procedures: list[ProcedureInfo]) -> list[PlannedChange]:
    """What importing ``procedures`` would change, without changing anything."""
    plan = []
    for info in procedures:
        rows = session.scalars(select(Procedure).where(Procedure.code == info.code)).all()
        same = next((r for r in rows if r.version == info.version), None)
        if same is None:
            action = "add"
        elif to_info(same) == replace(info, active=same.active) and same.active == info.active:
            action = "unchanged"
        else:
            action = "update"
        retires = tuple(r.version for r in rows if r.active and r.version != info.version) \
            if info.active else ()
        plan.append(PlannedChange(info.code, info.version, info.name, action, retires))
    return plan


def apply_import(workspace: Workspace, procedures: list[ProcedureInfo], actor: Actor,
                 source: str) -> ImportReport:
    """All or nothing: one transaction for every procedure and the audit entry."""
    check_permission(workspace, actor, PERMISSION, "catalogue", source)
    with workspace.store.write() as session:
        report = import_procedures(session, procedures, source)
        audit.record(session, actor, "catalogue.import", "catalogue", source,
                     f"added={report.added} updated={report.updated} "
                     f"deactivated={report.deactivated}")
    return report


def _versions(session: Session, code: str) -> list[Procedure]:
    return list(session.scalars(select(Procedure).where(Procedure.code == code)).all())


def next_version(existing: list[str], today: date) -> str:
    """A new version named by the day, with a suffix when that day already has one."""
    base = today.strftime("%Y.%m.%d")
    if base not in existing:
        return base
    n = 2
    while f"{base}-{n}" in existing:
        n += 1
    return f"{base}-{n}"


def add_procedure(workspace: Workspace, info: ProcedureInfo, actor: Actor) -> ProcedureInfo:
    """A procedure new to this catalogue (its code has no version yet)."""
    check_permission(workspace, actor, PERMISSION, "procedure", info.code)
    if not info.code.strip():
        raise InputError("code", "nhập mã thủ tục (mã trên Cổng Dịch vụ công, hoặc mã riêng "
                                 "của tỉnh nếu chưa có).")
    with workspace.store.write() as session:
        if _versions(session, info.code):
            raise InputError("code", f"thủ tục {info.code} đã có trong danh mục: dùng “Sửa”.")
        version = info.version.strip() or next_version([], clock.now().date())
        saved = replace(info, version=version, active=True,
                        valid_from=info.valid_from or clock.now().date())
        import_procedures(session, [saved], "admin")
        audit.record(session, actor, "catalogue.add", "procedure", info.code,
                     f"version={version}")
    return saved


def edit_procedure(workspace: Workspace, info: ProcedureInfo, actor: Actor) -> ProcedureInfo:
    """A new version of an existing procedure; the old one is retired today and dossiers
    received under it keep it."""
    check_permission(workspace, actor, PERMISSION, "procedure", info.code)
    today = clock.now().date()
    with workspace.store.write() as session:
        rows = _versions(session, info.code)
        if not rows:
            raise NotFoundError(f"Không tìm thấy thủ tục {info.code} trong danh mục.")
        existing = [r.version for r in rows]
        version = info.version.strip()
        if not version or version in existing:
            version = next_version(existing, today)
        saved = replace(info, version=version, active=True, retired_on=None,
                        valid_from=today)
        report = import_procedures(session, [saved], "admin")
        audit.record(session, actor, "catalogue.edit", "procedure", info.code,
                     f"version={version} retired={report.deactivated}")
    return saved


def retire(workspace: Workspace, code: str, actor: Actor, on: date | None = None) -> int:
    """No new dossier under ``code`` from now on; returns how many versions were active."""
    check_permission(workspace, actor, PERMISSION, "procedure", code)
    with workspace.store.write() as session:
        if not _versions(session, code):
            raise NotFoundError(f"Không tìm thấy thủ tục {code} trong danh mục.")
        count = retire_procedure(session, code, on or clock.now().date())
        if count == 0:
            raise InputError("code", f"thủ tục {code} đã ngừng áp dụng từ trước.")
        audit.record(session, actor, "catalogue.retire", "procedure", code,
                     f"on={(on or clock.now().date()).isoformat()}")
    return count


def procedure_versions(workspace: Workspace, code: str) -> list[ProcedureInfo]:
    """Every version of ``code``, newest first (active and retired, with their dates)."""
    with workspace.store.read() as session:
        rows = session.scalars(select(Procedure).where(Procedure.code == code)
                               .order_by(Procedure.active.desc(), Procedure.imported_at.desc(),
                                         Procedure.id.desc())).all()
        if not rows:
            raise NotFoundError(f"Không tìm thấy thủ tục {code} trong danh mục.")
        return [to_info(r) for r in rows]
