"""The central server's tables as they were before migrations (sync/central/models.py at the
commit before the security work), for tests that build an old database with ``create_all``
the way the server of that time did. Do not change: it is a record of a past schema."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(36)
CODE = String(64)
HASH = String(64)


class CentralBase(DeclarativeBase):
    pass


SCHEMA_VERSION = 1


class SchemaInfo(CentralBase):
    """One row: the schema version that created or last upgraded this database."""

    __tablename__ = "schema_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class Workstation(CentralBase):
    __tablename__ = "workstations"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    agency_code: Mapped[str] = mapped_column(CODE, index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    encryption_key: Mapped[str | None] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(HASH, unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoke_reason: Mapped[str | None] = mapped_column(Text)


class EnrolmentCode(CentralBase):
    __tablename__ = "enrolment_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code_hash: Mapped[str] = mapped_column(HASH, unique=True)
    agency_code: Mapped[str] = mapped_column(CODE)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    workstation_id: Mapped[str | None] = mapped_column(ID)


class Message(CentralBase):
    """Every accepted outbox message, exactly once (its id is the key)."""

    __tablename__ = "messages"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    content_hash: Mapped[str] = mapped_column(HASH)
    kind: Mapped[str] = mapped_column(String(32))
    dossier_code: Mapped[str | None] = mapped_column(CODE, index=True)
    workstation_id: Mapped[str] = mapped_column(ID, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)


class ReviewItem(CentralBase):
    """A message kept for a person to review: a conflicting version, or a refused one."""

    __tablename__ = "review_items"
    __table_args__ = (UniqueConstraint("message_id", "content_hash", "reason_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[str] = mapped_column(String(200), index=True)
    content_hash: Mapped[str] = mapped_column(HASH)
    reason_code: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    workstation_id: Mapped[str] = mapped_column(ID)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    body: Mapped[str] = mapped_column(Text)


class Dossier(CentralBase):
    """The latest snapshot of each dossier, with the columns a province queries."""

    __tablename__ = "dossiers"
    __table_args__ = (Index("ix_dossiers_workstation_day", "workstation_id", "seq_day"),)

    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    agency_code: Mapped[str | None] = mapped_column(CODE, index=True)
    procedure_code: Mapped[str | None] = mapped_column(String(64))
    procedure_version: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime | None] = mapped_column(DateTime)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    workstation_id: Mapped[str] = mapped_column(ID)
    seq_day: Mapped[date | None] = mapped_column(Date)
    seq_number: Mapped[int | None] = mapped_column(Integer)
    snapshot_at: Mapped[datetime] = mapped_column(DateTime)
    status_at: Mapped[datetime] = mapped_column(DateTime)
    message_id: Mapped[str] = mapped_column(ID)
    snapshot: Mapped[str] = mapped_column(Text)


class DossierEvent(CentralBase):
    __tablename__ = "dossier_events"

    message_id: Mapped[str] = mapped_column(ID, primary_key=True)
    dossier_code: Mapped[str] = mapped_column(CODE, index=True)
    workstation_id: Mapped[str] = mapped_column(ID)
    action: Mapped[str | None] = mapped_column(String(64))
    from_status: Mapped[str | None] = mapped_column(String(64))
    to_status: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    payload: Mapped[str] = mapped_column(Text)


class AgencyLock(CentralBase):
    """One row per agency, locked while a code block is leased for it."""

    __tablename__ = "agency_locks"

    agency_code: Mapped[str] = mapped_column(CODE, primary_key=True)


class CodeBlock(CentralBase):
    __tablename__ = "code_blocks"
    __table_args__ = (UniqueConstraint("workstation_id", "request_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agency_code: Mapped[str] = mapped_column(CODE, index=True)
    workstation_id: Mapped[str] = mapped_column(ID, index=True)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    leased_at: Mapped[datetime] = mapped_column(DateTime)
    request_id: Mapped[str | None] = mapped_column(String(64))


class StreamCounter(CentralBase):
    """The last sequence number of a pull stream; its row lock orders the stream's writers."""

    __tablename__ = "stream_counters"

    stream: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class StreamItem(CentralBase):
    """The current state of one item of a pull stream; ``seq`` moves on every change."""

    __tablename__ = "stream_items"
    __table_args__ = (
        UniqueConstraint("stream", "key"),
        Index("ix_stream_items_stream_seq", "stream", "seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    stream: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str | None] = mapped_column(String(100))
    seq: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Attachment(CentralBase):
    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(HASH, primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[datetime] = mapped_column(DateTime)
    workstation_id: Mapped[str] = mapped_column(ID)


class BatchImport(CentralBase):
    __tablename__ = "batch_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_sha256: Mapped[str] = mapped_column(HASH, index=True)
    workstation_id: Mapped[str] = mapped_column(ID)
    uploaded_by: Mapped[str | None] = mapped_column(ID)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    report: Mapped[str] = mapped_column(Text)
