"""Find dossiers: the desk's filters and search by code, ID number or name (accents ignored)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, TypeAlias

from sqlalchemy import Select, column, false, func, literal_column, select, table
from sqlalchemy.orm import Session

from counter import clock
from counter.db.models import Dossier
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import DossierSummary
from counter.dossiers.views import SUMMARY_COLUMNS, to_summary
from counter.text import ascii_digits, fold
from counter.workspace import Workspace

_ID_NUMBER = re.compile(r"^[0-9]{6,12}$")
_CODE_LIKE = re.compile(r"^[0-9A-Z]{3}\.[0-9A-Z.]*")
# The end of a code as read out at the counter: "0010", "261130-0010", "H42-261130-0010".
_CODE_TAIL = re.compile(r"^(?:[0-9A-Z.]*-)?(?:[0-9]{6}-)?[0-9]{1,4}$")
_WORD = re.compile(r"[a-z0-9]+")
_FTS = table("dossier_fts", column("rowid"))
_AnySelect: TypeAlias = Select[*tuple[Any, ...]]  # any columns


@dataclass(frozen=True)
class DossierFilter:
    query: str = ""
    statuses: tuple[Status, ...] = ()
    overdue: bool = False
    due_today: bool = False
    due_within_days: int | None = None
    procedure_code: str | None = None
    channel: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    received_by: str | None = None  # the account that received it (an officer's own)

    @property
    def across_days(self) -> bool:
        """A search or a deadline filter looks through every day's dossiers, whatever the
        received period: an overdue dossier was received days ago, and a code read out at
        the counter may be last month's."""
        return (bool(self.query.strip()) or self.overdue or self.due_today
                or self.due_within_days is not None)


def _fts_match(query: str) -> str | None:
    """Whole words as typed, the last one also as a prefix (it may still be being typed)."""
    words = _WORD.findall(fold(query))
    if not words:
        return None
    return " AND ".join([*(f'"{word}"' for word in words[:-1]), f'"{words[-1]}"*'])


def _is_name_query(query: str) -> bool:
    query = ascii_digits(query.strip())
    upper = query.upper()
    return not (_CODE_LIKE.match(upper) or _ID_NUMBER.match(query) or _CODE_TAIL.match(upper))


def _apply_query(statement: _AnySelect, query: str) -> _AnySelect:
    query = ascii_digits(query.strip())
    if not query:
        return statement
    upper = query.upper()
    if _CODE_LIKE.match(upper):
        return statement.where(Dossier.code >= upper, Dossier.code < upper + "\uffff")
    if _ID_NUMBER.match(query):
        return statement.where(
            Dossier.applicant_id_number >= query, Dossier.applicant_id_number < query + "\uffff"
        )
    if _CODE_TAIL.match(upper):
        return statement.where(Dossier.code.endswith(upper, autoescape=True))
    match = _fts_match(query)
    if match is None:
        return statement.where(false())
    return statement.join(_FTS, _FTS.c.rowid == Dossier.id).where(
        literal_column("dossier_fts").op("MATCH")(match)
    )


def _apply_filter(statement: _AnySelect, flt: DossierFilter, now: datetime) -> _AnySelect:
    statement = _apply_query(statement, flt.query)
    if flt.statuses:
        statement = statement.where(Dossier.status.in_([str(s) for s in flt.statuses]))
    open_only = Dossier.finished_at.is_(None)
    if flt.overdue:
        statement = statement.where(open_only, Dossier.due_at < now)
    if flt.due_today:
        end_of_day = datetime.combine(now.date(), time(23, 59, 59), clock.VN_TZ)
        statement = statement.where(open_only, Dossier.due_at >= now, Dossier.due_at <= end_of_day)
    if flt.due_within_days is not None:
        statement = statement.where(
            open_only, Dossier.due_at <= now + timedelta(days=flt.due_within_days)
        )
    if flt.procedure_code:
        statement = statement.where(Dossier.procedure_code == flt.procedure_code)
    if flt.channel:
        statement = statement.where(Dossier.channel == flt.channel)
    if flt.received_by:
        statement = statement.where(Dossier.created_by == flt.received_by)
    if flt.across_days:
        return statement
    if flt.received_from:
        start = datetime.combine(flt.received_from, time(0, 0), clock.VN_TZ)
        statement = statement.where(Dossier.received_at >= start)
    if flt.received_to:
        end = datetime.combine(flt.received_to + timedelta(days=1), time(0, 0), clock.VN_TZ)
        statement = statement.where(Dossier.received_at < end)
    return statement


def list_dossiers(workspace: Workspace, flt: DossierFilter = DossierFilter(), *,
                  offset: int = 0, limit: int = 100,
                  after: int | None = None) -> list[DossierSummary]:
    """Newest first, one page at a time.

    ``after`` is the ``cursor`` of the last row of the previous page: the next page then
    costs the same however deep it is (``offset`` counts through every row it skips).
    """
    now = clock.now()
    calendar = workspace.calendar()
    due_soon = workspace.due_soon_minutes()
    statement = _apply_filter(select(*SUMMARY_COLUMNS), flt, now)  # no whole ORM objects
    # With a name query, FTS5 hands matches out newest first when ordered by its own rowid
    # (the same number as the dossier id); ordering by dossier.id would sort every match.
    by_name = bool(_fts_match(flt.query)) and _is_name_query(flt.query)
    row_id = _FTS.c.rowid if by_name else Dossier.id
    if after is not None:
        statement = statement.where(row_id < after)
    statement = statement.order_by(row_id.desc()).offset(offset).limit(limit)
    with workspace.store.read() as session:
        rows = session.execute(statement).all()
        return [to_summary(row, calendar, now, due_soon) for row in rows]


def count_dossiers(workspace: Workspace, flt: DossierFilter = DossierFilter()) -> int:
    with workspace.store.read() as session:
        return count_in(session, flt, clock.now())


def count_in(session: Session, flt: DossierFilter, now: datetime) -> int:
    """:func:`count_dossiers` at ``now``, read in ``session``."""
    match = _fts_match(flt.query)
    if match is not None and _name_query_alone(flt):
        # Every dossier has its one search row (written in the same transaction): the
        # matches are counted in the index alone, not looked up one by one (a common name
        # matches hundreds of thousands of dossiers).
        statement = select(func.count()).select_from(_FTS).where(
            literal_column("dossier_fts").op("MATCH")(match))
        return int(session.scalar(statement) or 0)
    return int(session.scalar(_apply_filter(select(func.count(Dossier.id)), flt, now)) or 0)


def _name_query_alone(flt: DossierFilter) -> bool:
    """A name search with no other filter (a search ignores the received period)."""
    return _is_name_query(flt.query) and \
        replace(flt, received_from=None, received_to=None) == DossierFilter(query=flt.query)


def search_dossiers(workspace: Workspace, query: str, limit: int = 50) -> list[DossierSummary]:
    return list_dossiers(workspace, DossierFilter(query=query), limit=limit)
