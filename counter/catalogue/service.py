"""Catalogue operations: import a file, find and read procedures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counter import clock, validate
from counter.catalogue.fees import FeeRule
from counter.catalogue.model import (
    DocumentComponent,
    ProcedureInfo,
    parse_catalogue,
    parse_procedure,
)
from counter.db import rows
from counter.db.models import Procedure
from counter.db.store import Store
from counter.deadlines.compute import ProcessingTime
from counter.errors import NotFoundError
from counter.text import fold


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    deactivated: int


def read_catalogue_file(path: Path) -> list[ProcedureInfo]:
    data = validate.read_json_file(path)
    return parse_catalogue(data)


def _to_row_values(info: ProcedureInfo) -> dict[str, Any]:
    return {
        "code": info.code,
        "version": info.version,
        "name": info.name,
        "field": info.field,
        "level": info.level,
        "agency_level": info.agency_level,
        "processing_kind": info.processing.kind,
        "processing_amount": info.processing.amount,
        "processing_note": info.processing_note,
        "fee": info.fee.to_json(),
        "documents": [d.to_json() for d in info.documents],
        "result": info.result,
        "legal_basis": list(info.legal_basis),
        "conditions": info.conditions,
        "active": info.active,
        "search_text": info.search_text,
        "terms": info.terms_json(),
        "decision": info.decision,
        "handling_agency": info.handling_agency,
        "valid_from": info.valid_from,
        "retired_on": info.retired_on,
    }


def to_info(row: Procedure) -> ProcedureInfo:
    terms = row.terms or {}
    extra = parse_procedure({
        "code": row.code, "version": row.version, "name": row.name,
        "processing_time": {"kind": "same_day"},
        "channels": terms.get("channels"), "cases": terms.get("cases"),
        "exemptions": terms.get("exemptions"),
    }, "procedure")
    return ProcedureInfo(
        code=row.code,
        version=row.version,
        name=row.name,
        processing=ProcessingTime(row.processing_kind, row.processing_amount),  # type: ignore[arg-type]
        field=row.field,
        level=row.level,
        agency_level=row.agency_level,
        processing_note=row.processing_note,
        fee=FeeRule(**row.fee),
        documents=tuple(DocumentComponent(**d) for d in row.documents),
        result=row.result,
        legal_basis=tuple(row.legal_basis),
        conditions=row.conditions,
        active=row.active,
        channels=extra.channels,
        cases=extra.cases,
        exemptions=extra.exemptions,
        decision=row.decision,
        handling_agency=row.handling_agency,
        own_forms=tuple(terms.get("own_forms") or ()),
        forms_note=terms.get("forms_note") or "",
        valid_from=row.valid_from,
        retired_on=row.retired_on,
        sources=tuple(terms.get("sources") or ()),
        unverified=tuple(terms.get("unverified") or ()),
    )


def import_procedures(session: Session, procedures: list[ProcedureInfo], source: str) -> ImportReport:
    """Add new procedures and versions; a new version makes older versions inactive.

    Dossiers keep the code and version they were received under, so old versions stay.
    """
    added = updated = unchanged = deactivated = 0
    now = clock.now()
    for info in procedures:
        values = _to_row_values(info)
        row = session.scalar(
            select(Procedure).where(Procedure.code == info.code, Procedure.version == info.version)
        )
        if row is None:
            session.add(Procedure(**values, source=source, imported_at=now))
            added += 1
        elif any(getattr(row, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.imported_at = now
            row.source = source
            updated += 1
        else:
            unchanged += 1
        if info.active:
            older = session.scalars(
                select(Procedure).where(
                    Procedure.code == info.code,
                    Procedure.version != info.version,
                    Procedure.active.is_(True),
                )
            ).all()
            for old in older:
                old.active = False
                old.retired_on = old.retired_on or info.valid_from or now.date()
                deactivated += 1
    session.flush()
    return ImportReport(added, updated, unchanged, deactivated)


def retire_procedure(session: Session, code: str, on: date | None = None) -> int:
    """No new dossier under any version of procedure ``code`` (its dossiers keep it); the
    versions still active get ``on`` (default today) as their retirement date."""
    day = on or clock.now().date()
    result = session.execute(
        update(Procedure).where(Procedure.code == code, Procedure.active.is_(True))
        .values(active=False, retired_on=day)
    )
    session.execute(update(Procedure).where(Procedure.code == code).values(active=False))
    return int(getattr(result, "rowcount", 0) or 0)


def import_catalogue_file(store: Store, path: Path, source: str = "file") -> ImportReport:
    procedures = read_catalogue_file(path)
    with store.write() as session:
        return import_procedures(session, procedures, source)


_INFO_BY_STORED: dict[tuple[Any, ...], ProcedureInfo] = {}
_INFO_CACHE_SIZE = 512


def find_procedure(session: Session, code: str, version: str | None = None) -> ProcedureInfo:
    """The active version of ``code`` (or the one named), as the catalogue stores it now.

    The row is read on every call; it is parsed again only when its stored content differs
    from any seen before (the whole row is the cache's key, so an edit is never missed)."""
    which = "version = ?" if version else "active = 1"
    stored = rows.fetch_one(
        session, f"SELECT * FROM procedure WHERE code = ? AND {which} "
                 "ORDER BY imported_at DESC LIMIT 1", (code, version) if version else (code,))
    if stored is None:
        what = f"{code} phiên bản {version}" if version else code
        raise NotFoundError(f"Không tìm thấy thủ tục {what} trong danh mục.")
    info = _INFO_BY_STORED.get(stored)
    if info is None:
        if len(_INFO_BY_STORED) >= _INFO_CACHE_SIZE:
            _INFO_BY_STORED.clear()
        info = _INFO_BY_STORED[stored] = to_info(session.get_one(Procedure, stored[0]))
    return info


def get_procedure(store: Store, code: str, version: str | None = None) -> ProcedureInfo:
    with store.read() as session:
        return find_procedure(session, code, version)


def search_procedures(store: Store, query: str = "", limit: int = 50) -> list[ProcedureInfo]:
    """Active procedures whose code, name or field contain every word typed, accents ignored.

    The best first: a code typed exactly, then names that start with the words typed, then
    names that hold them as one phrase, the shortest first ("khai sinh" finds "Đăng ký
    khai sinh" before "Cấp bản sao ... Giấy khai sinh")."""
    folded = " ".join(fold(query).split())
    words = folded.split()
    statement = select(Procedure).where(Procedure.active.is_(True))
    for word in words:
        statement = statement.where(Procedure.search_text.contains(word, autoescape=True))
    with store.read() as session:
        rows = session.scalars(statement.order_by(Procedure.name)).all()
        found = [to_info(row) for row in rows]

    def rank(info: ProcedureInfo) -> tuple[int, int, int, int, str]:
        name = fold(info.name)
        return (0 if fold(info.code) == folded else 1,
                0 if name.startswith(folded) else 1,
                0 if folded in name else 1, len(name), name)

    return sorted(found, key=rank)[:limit]
