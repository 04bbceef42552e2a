"""Tables of the central server (its own schema, separate from a workstation's).

Times are naive UTC. Message bodies and snapshots are canonical JSON text, so
they compare byte for byte.
"""

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
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(36)
CODE = String(64)
HASH = String(64)


class CentralBase(DeclarativeBase):
    pass


class SchemaInfo(CentralBase):
    """One row from before migrations, kept as a guard: servers of that time refuse a database
    whose version is above theirs (1), and revision c0002 sets it to 2. The schema's revision
    itself is in ``central_alembic_version`` (sync/central/migrate.py)."""

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
    # The last time it reached the server (any authenticated request), to the minute.
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)


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


OPEN_DOSSIER = text("finished_at IS NULL")


class Dossier(CentralBase):
    """The latest snapshot of each dossier, with the columns a province queries."""

    __tablename__ = "dossiers"
    __table_args__ = (
        Index("ix_dossiers_workstation_day", "workstation_id", "seq_day"),
        # The province's pages: received and finished in a period, open dossiers by due time.
        Index("ix_dossiers_received_agency", "received_at", "agency_code"),
        Index("ix_dossiers_finished_agency", "finished_at", "agency_code", "due_at"),
        Index("ix_dossiers_open_due", "due_at", "agency_code", "status",
              postgresql_where=OPEN_DOSSIER, sqlite_where=OPEN_DOSSIER),
    )

    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    agency_code: Mapped[str | None] = mapped_column(CODE, index=True)
    # the agency that handles it, when received for another one ("phi địa giới")
    handling_agency_code: Mapped[str | None] = mapped_column(CODE, index=True)
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
    # HMAC of the check code printed on the receipt (services/lookup.py); None: no lookup.
    check_hash: Mapped[str | None] = mapped_column(HASH)
    # When its processing ended (result ready, returned, stopped, refused, withdrawn).
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    channel: Mapped[str | None] = mapped_column(String(20))


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


class ReviewBudget(CentralBase):
    """How much each workstation has filled of its room for messages kept for review."""

    __tablename__ = "review_budgets"

    workstation_id: Mapped[str] = mapped_column(ID, primary_key=True)
    kept_items: Mapped[int] = mapped_column(Integer, default=0)
    kept_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    overflow_items: Mapped[int] = mapped_column(Integer, default=0)
    dropped_items: Mapped[int] = mapped_column(BigInteger, default=0)


class ReviewOverflow(CentralBase):
    """A message refused after its workstation's review room was full: what it was, not its body."""

    __tablename__ = "review_overflow"
    __table_args__ = (UniqueConstraint("message_id", "content_hash", "reason_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[str] = mapped_column(String(200), index=True)
    content_hash: Mapped[str] = mapped_column(HASH)
    size: Mapped[int] = mapped_column(BigInteger)
    reason_code: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    workstation_id: Mapped[str] = mapped_column(ID)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class AttachmentHolder(CentralBase):
    """An agency that proved it holds an attachment (uploaded it whole, or sent it in a batch)."""

    __tablename__ = "attachment_holders"

    sha256: Mapped[str] = mapped_column(HASH, primary_key=True)
    agency_code: Mapped[str] = mapped_column(CODE, primary_key=True)


class AttachmentUpload(CentralBase):
    """An unfinished upload: it belongs to the workstation that started it."""

    __tablename__ = "attachment_uploads"

    workstation_id: Mapped[str] = mapped_column(ID, primary_key=True)
    sha256: Mapped[str] = mapped_column(HASH, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class EnrolmentLimit(CentralBase):
    """Enrolment attempts not (yet) successful, per source address or per code.

    ``key`` is ``source:<address>`` (counted over a window that starts at
    ``window_start``) or ``code:<hash of the code>`` (counted for good).
    """

    __tablename__ = "enrolment_limits"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer)


class AuditHeadSeen(CentralBase):
    """A workstation's audit-trail head as one of its ``day.closed`` messages reported it.

    Kept so that a later head that goes backwards (fewer entries, a lower last id) or changes
    (the same last id with another MAC) gives a rewritten or truncated trail away.
    ``taken_at`` is when the workstation took the head (the message's time).
    """

    __tablename__ = "audit_heads"
    __table_args__ = (Index("ix_audit_heads_workstation_last", "workstation_id", "last_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workstation_id: Mapped[str] = mapped_column(ID)
    message_id: Mapped[str] = mapped_column(ID, unique=True)
    day: Mapped[str | None] = mapped_column(String(10))
    last_id: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(BigInteger)
    mac: Mapped[str] = mapped_column(HASH)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class Notification(CentralBase):
    """Word to a citizen who consented, for one event of one dossier: at most one per
    (dossier, event), sent by ``central-admin notify`` with retries (services/notifications.py)."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("dossier_code", "event_id"),
        Index("ix_notifications_state_next", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_code: Mapped[str] = mapped_column(CODE)
    event_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(10))
    contact: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class NotificationAttempt(CentralBase):
    """Every attempt to send a notification, with its outcome."""

    __tablename__ = "notification_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notification_id: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(16))  # sent | error
    detail: Mapped[str] = mapped_column(Text)


class Release(CentralBase):
    """A published release of the workstation app: the signed manifest and where its package is.

    ``manifest`` is the canonical JSON the province's release key signed; the package file
    lives under the server folder (``releases/<platform>/<version>/<package>``).
    """

    __tablename__ = "releases"
    __table_args__ = (UniqueConstraint("platform", "version", name="uq_releases_platform_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(40))
    version: Mapped[str] = mapped_column(String(40))
    version_order: Mapped[str] = mapped_column(String(40), index=True)  # zero-padded, sortable
    manifest: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(200))
    published_at: Mapped[datetime] = mapped_column(DateTime)


class WorkstationSetting(CentralBase):
    """A workstation setting the administrator set for an agency or for one workstation."""

    __tablename__ = "workstation_settings"

    scope: Mapped[str] = mapped_column(String(20), primary_key=True)  # agency | workstation
    target: Mapped[str] = mapped_column(String(80), primary_key=True)  # agency code or id
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ProvinceAccount(CentralBase):
    """A person of the province (or a commune's supervisor) who reads the province's pages.

    ``role`` is ``province`` (every agency) or ``commune_supervisor`` (``agency_code`` only).
    The password is kept as an Argon2id hash only.
    """

    __tablename__ = "province_accounts"

    username: Mapped[str] = mapped_column(String(40), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    agency_code: Mapped[str | None] = mapped_column(CODE)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class ProvinceSession(CentralBase):
    """A logged-in browser: the hash of its cookie, ending at ``expires_at`` or when idle."""

    __tablename__ = "province_sessions"

    token_hash: Mapped[str] = mapped_column(HASH, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
