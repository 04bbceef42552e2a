"""One installation opened from its data directory: database, calendar, files, code journal."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from counter.agencies import AgencyInfo, WorkstationInfo, local_workstation
from counter.audit_anchor import ANCHOR_FILE, AuditAnchor
from counter.audit_seal import reseal_legacy
from counter.calendar_data import shipped_days
from counter.calendar_overrides import build_calendar, overrides_for
from counter.codes.journal import CodeJournal
from counter.db import rows
from counter.db.store import Store
from counter.deadlines.calendar import WorkCalendar
from counter.errors import ConfigurationError
from counter.files import FileStore
from counter.security.keys import installation_keys
from counter.settings import get_setting, load_working_hours, upgrade_stored_settings
from counter.sync_upgrade import import_clear_sync_files


@dataclass(frozen=True)
class Identity:
    agency: AgencyInfo
    workstation: WorkstationInfo


_IDENTITY = (
    "SELECT w.id, w.name, w.agency_code, a.code, a.name, a.level, a.parent_code, a.parent_name,"
    " a.unit_name, a.place_name, a.lookup_url, a.issuing_system, a.contact FROM workstation w"
    " LEFT JOIN agency a ON a.code = w.agency_code WHERE w.is_local = 1 LIMIT 1"
)  # the columns of WorkstationInfo, then AgencyInfo's in its order


def identity_in(session: Session) -> Identity:
    """As ``Workspace.identity``, read in a transaction the caller has open already."""
    found = rows.fetch_one(session, _IDENTITY)
    workstation = WorkstationInfo(*found[:3]) if found else None
    agency = None
    if found and found[3]:
        code, name, level, parent_code, parent_name, unit, place, url, system, contact = found[3:]
        agency = AgencyInfo(code, name, level, parent_code, parent_name, unit, place, url,
                            system or "", contact or "")
    if workstation is None or agency is None:
        raise ConfigurationError(
            "Máy trạm chưa được thiết lập cơ quan. Hãy chạy thiết lập lần đầu "
            "(python main.py setup ...) hoặc mở ứng dụng với --demo."
        )
    return Identity(agency, workstation)


class Workspace:
    def __init__(self, data_dir: Path, *, encrypted: bool = True) -> None:
        """Open (or create) the installation in ``data_dir``; encrypted at rest by default."""
        self.data_dir = Path(data_dir)
        keys = installation_keys(self.data_dir) if encrypted else None
        self.store = Store(self.data_dir / "counter.db", keys.database if keys else None,
                           keys.audit if keys else None)
        self.audit_anchor = AuditAnchor(self.data_dir / ANCHOR_FILE, keys.audit) if keys else None
        if self.audit_anchor is not None:
            anchor, store = self.audit_anchor, self.store
            store.after_commit.append(lambda session: anchor.advance(session, store))
            reseal_legacy(store, anchor)
        import_clear_sync_files(self.store, self.data_dir)
        upgrade_stored_settings(self.store)
        self.files = FileStore(self.data_dir / "files", keys.files if keys else None)
        self.files.encrypt_existing()
        self._calendar: WorkCalendar | None = None
        self._due_soon_minutes: int | None = None
        self._journal: CodeJournal | None = None

    def close(self) -> None:
        if self.audit_anchor is not None:
            self.audit_anchor.close()
        self.store.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def identity(self) -> Identity:
        """This workstation and its agency, or a message saying how to set them up."""
        with self.store.read() as session:
            return identity_in(session)

    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            with self.store.read() as session:
                workstation = local_workstation(session)
                agency_code = workstation.agency_code if workstation else None
                self._calendar = build_calendar(
                    load_working_hours(session), overrides_for(session, agency_code),
                    shipped_days(),
                )
            self._calendar.load_holidays()  # here (a background task in the app), not in a search
        return self._calendar

    def forget_calendar(self) -> None:
        """Call after settings or overrides change."""
        self._calendar = None
        self._due_soon_minutes = None

    def journal(self) -> CodeJournal:
        if self._journal is None:
            with self.store.read() as session:
                configured = get_setting(session, "code_journal_path")
            path = Path(configured) if configured else self.data_dir / "journal" / "codes.journal"
            self._journal = CodeJournal(path)
        return self._journal

    def idle_logout_minutes(self) -> int:
        with self.store.read() as session:
            return int(get_setting(session, "idle_logout_minutes"))

    def due_soon_minutes(self) -> int:
        if self._due_soon_minutes is None:
            with self.store.read() as session:
                hours = int(get_setting(session, "due_soon_working_hours"))
            self._due_soon_minutes = hours * 60
        return self._due_soon_minutes
