"""The database schema. Rows never leave the core: services hand out dataclasses.

Every change of schema comes with an Alembic migration in ``counter/db/migrations``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from counter.db.types import JsonText, UtcDateTime


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """One typed setting (see ``counter.settings``), its value as JSON."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText)


class Agency(Base):
    """A receiving agency, identified by its QCVN 102 code (province or commune level)."""

    __tablename__ = "agency"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20))  # province | commune
    parent_code: Mapped[str | None] = mapped_column(String(40))
    parent_name: Mapped[str] = mapped_column(String(300), default="")
    unit_name: Mapped[str] = mapped_column(String(300), default="")
    place_name: Mapped[str] = mapped_column(String(120), default="")
    lookup_url: Mapped[str | None] = mapped_column(String(500))
    issuing_system: Mapped[str] = mapped_column(String(300), default="", server_default="")
    contact: Mapped[str] = mapped_column(String(300), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Workstation(Base):
    """A counter PC; exactly one row has ``is_local`` (this installation)."""

    __tablename__ = "workstation"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    agency_code: Mapped[str] = mapped_column(ForeignKey("agency.code"))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CalendarOverride(Base):
    """A local or central exception to the national calendar."""

    __tablename__ = "calendar_override"
    __table_args__ = (UniqueConstraint("agency_code", "day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_code: Mapped[str | None] = mapped_column(String(40))  # None: every agency
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))  # day_off | working_day
    note: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(20), default="local")  # local | central


class Procedure(Base):
    """One version of an administrative procedure (TTHC) of the catalogue."""

    __tablename__ = "procedure"
    __table_args__ = (UniqueConstraint("code", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), index=True)
    version: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(500))
    field: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(40), default="")
    agency_level: Mapped[str] = mapped_column(String(40), default="")
    processing_kind: Mapped[str] = mapped_column(String(20))
    processing_amount: Mapped[float] = mapped_column(default=0)
    processing_note: Mapped[str] = mapped_column(Text, default="")
    fee: Mapped[Any] = mapped_column(JsonText)
    documents: Mapped[Any] = mapped_column(JsonText)
    result: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[Any] = mapped_column(JsonText)
    conditions: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(40), default="file")
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # channels, cases, exemptions, own forms, sources (counter.catalogue.model.terms_json)
    terms: Mapped[Any] = mapped_column(JsonText, default=dict)
    decision: Mapped[str] = mapped_column(String(300), default="")
    handling_agency: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    retired_on: Mapped[date | None] = mapped_column(Date)


class Person(Base):
    """A citizen seen before, found again by ID number ("declare once")."""

    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("id_type", "id_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_type: Mapped[str] = mapped_column(String(20), default="cccd")
    id_number: Mapped[str] = mapped_column(String(40))
    full_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(10), default="")
    nationality: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(20), default="typed")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Dossier(Base):
    """A received dossier (hồ sơ); the applicant is a snapshot as at receipt."""

    __tablename__ = "dossier"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    procedure_code: Mapped[str] = mapped_column(String(40))
    procedure_version: Mapped[str] = mapped_column(String(40))
    procedure_name: Mapped[str] = mapped_column(String(500))
    processing_kind: Mapped[str] = mapped_column(String(20))
    processing_amount: Mapped[float] = mapped_column(default=0)
    agency_code: Mapped[str] = mapped_column(String(40))
    # "phi địa giới": the agency that handles the dossier when it is not the receiving one
    # (None: the receiving agency handles it); the dossier code stays the receiving one's.
    handling_agency_code: Mapped[str | None] = mapped_column(String(40))
    handling_agency_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    workstation_id: Mapped[str] = mapped_column(String(36))
    channel: Mapped[str] = mapped_column(String(20))
    applicant_kind: Mapped[str] = mapped_column(String(20), default="person")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    applicant: Mapped[Any] = mapped_column(JsonText)
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_id_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    sets_count: Mapped[int] = mapped_column(default=1)
    fee_amount: Mapped[int] = mapped_column(default=0)
    fee_detail: Mapped[Any] = mapped_column(JsonText)
    fee_paid: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_method: Mapped[str] = mapped_column(String(20), default="")
    fee_receipt_number: Mapped[str] = mapped_column(String(60), default="")
    # the case, channel, exemption, handling agency and, for an unlisted procedure, what the
    # officer typed (counter.dossiers.procedure_terms)
    procedure_terms: Mapped[Any] = mapped_column(JsonText, default=dict)
    unlisted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    clock_started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(30), index=True)
    result_delivery: Mapped[str] = mapped_column(String(20), default="counter")
    delivery_address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    book_volume: Mapped[str] = mapped_column(String(20), default="")
    book_number: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Printed on the receipt for the online status page (None: received before it existed).
    check_code: Mapped[str | None] = mapped_column(String(16))
    notify_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    notify_channel: Mapped[str] = mapped_column(String(10), default="")
    notify_contact: Mapped[str] = mapped_column(String(200), default="")

    documents: Mapped[list[DossierDocument]] = relationship(
        back_populates="dossier", order_by="DossierDocument.position", cascade="all"
    )
    events: Mapped[list[DossierEvent]] = relationship(
        back_populates="dossier", order_by="DossierEvent.id", cascade="all"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="dossier", order_by="Attachment.id", cascade="all"
    )


class DossierDocument(Base):
    """A document component received with the dossier, with original/copy counts."""

    __tablename__ = "dossier_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    position: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(Text)
    originals: Mapped[int] = mapped_column(default=0)
    copies: Mapped[int] = mapped_column(default=0)
    pages: Mapped[int] = mapped_column(default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    received: Mapped[bool] = mapped_column(Boolean, default=True)
    digitised_sha256: Mapped[str | None] = mapped_column(String(64))  # its PDF, an attachment
    reused_from: Mapped[str | None] = mapped_column(Text)  # electronic record it came from
    dossier: Mapped[Dossier] = relationship(back_populates="documents")


class DossierEvent(Base):
    """One step of a dossier's life: who, when, why (the process control slip)."""

    __tablename__ = "dossier_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    details: Mapped[Any] = mapped_column(JsonText)
    dossier: Mapped[Dossier] = relationship(back_populates="events")


class Attachment(Base):
    """A scanned file or photo of a dossier, stored once by its SHA-256."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(30), default="scan")
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(80))
    uploaded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # the central system has it
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # removed locally (retention)
    dossier: Mapped[Dossier] = relationship(back_populates="attachments")


class AttachmentSignature(Base):
    """A signed version of an attachment: the agency's token signed ``source`` into
    ``attachment`` (a new file; the unsigned original stays as it was)."""

    __tablename__ = "attachment_signature"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), index=True)
    signer: Mapped[str] = mapped_column(String(300))  # the certificate's subject
    issuer: Mapped[str] = mapped_column(String(300))
    certificate_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    signed_by: Mapped[str] = mapped_column(String(80))
class ScanPage(Base):
    """A scanned page waiting to become part of a document's PDF (a draft): during intake
    the draft is named before the dossier has a code; the image is in the file store."""

    __tablename__ = "scan_page"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft: Mapped[str] = mapped_column(String(80), index=True)
    position: Mapped[int] = mapped_column()  # the checklist row
    page_no: Mapped[int] = mapped_column()  # order within the document
    sha256: Mapped[str] = mapped_column(String(64))
    dpi: Mapped[int] = mapped_column()
    mode: Mapped[str] = mapped_column(String(20))
    rotation: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(80))


class CodeBlock(Base):
    """Daily sequence numbers this workstation may use for dossier codes."""

    __tablename__ = "code_block"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_code: Mapped[str] = mapped_column(String(40))
    first: Mapped[int] = mapped_column()
    last: Mapped[int] = mapped_column()
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20), default="static")  # static | central


class SequenceCounter(Base):
    """The last number used in a named sequence (a day's dossier codes, a book volume)."""

    __tablename__ = "sequence_counter"
    scope: Mapped[str] = mapped_column(String(120), primary_key=True)
    last: Mapped[int] = mapped_column(default=0)


class AuditEvent(Base):
    """Append-only audit trail, chained by HMAC (see counter.audit); never holds personal data.

    ``seq`` is the entry's place in the chain (1, 2, 3...), so the last entry's ``seq`` is the
    number of entries; ``chain_format`` says how ``hash`` was made.
    """

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    chain_format: Mapped[str] = mapped_column(String(16), server_default="sha256")
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_ref: Mapped[str] = mapped_column(String(80), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxMessage(Base):
    """A change that must reach the central system, written with the change itself."""

    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_state_id", "state", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    dossier_code: Mapped[str | None] = mapped_column(String(60), index=True)
    payload: Mapped[Any] = mapped_column(JsonText)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # pending | sent | acknowledged | rejected
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class UserAccount(Base):
    """A local account: works offline; the password is kept as an Argon2id hash only."""

    __tablename__ = "user_account"
    username: Mapped[str] = mapped_column(String(80), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PrintedForm(Base):
    """A printed form kept with its dossier: the PDF (in the file store, by SHA-256),
    who printed it and when, and whether it was a reprint.

    ``source_event_id`` is the step of the dossier the form was made from (the receipt,
    the request to complete, ...): a second print from the same step is a reprint.
    ``sequence`` counts the prints of this form for this dossier, from 1.
    """

    __tablename__ = "printed_form"
    __table_args__ = (UniqueConstraint("dossier_id", "form", "sequence"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    source_event_id: Mapped[int] = mapped_column(ForeignKey("dossier_event.id"))
    form: Mapped[str] = mapped_column(String(30))  # receipt | completion-request | ...
    form_number: Mapped[str] = mapped_column(String(4))  # "01" ... "06"
    copies: Mapped[Any] = mapped_column(JsonText)  # copy labels, e.g. ["Liên 1", "Liên 2"]
    page_size: Mapped[str] = mapped_column(String(4))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column()
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    printed_by: Mapped[str] = mapped_column(String(80))
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    sequence: Mapped[int] = mapped_column()


class FeePayment(Base):
    """A fee paid for a dossier, as confirmed by a person: how (cash, transfer, card), the
    reference (receipt number or the bank's transaction reference), when it was paid, who
    confirmed it and from what (``source``: the counter, or a line of a bank statement)."""

    __tablename__ = "fee_payment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), unique=True)
    amount: Mapped[int] = mapped_column()
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(120), default="", index=True)
    paid_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(20), default="counter")  # counter | statement
    source_detail: Mapped[str] = mapped_column(Text, default="")


class SyncConfigRow(Base):
    """How this workstation reaches the central system, and its credentials (one row)."""

    __tablename__ = "sync_config"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    server_url: Mapped[str] = mapped_column(String(500), default="")
    ca_bundle: Mapped[str | None] = mapped_column(String(1000))
    pinned_certificate: Mapped[str | None] = mapped_column(String(1000))
    workstation_id: Mapped[str | None] = mapped_column(String(80))
    agency_code: Mapped[str | None] = mapped_column(String(40))
    token: Mapped[str | None] = mapped_column(String(500))
    central_public_key: Mapped[str | None] = mapped_column(String(100))
    clock_tolerance_minutes: Mapped[int] = mapped_column(default=5)
    push_batch_size: Mapped[int] = mapped_column(default=200)
    code_block_size: Mapped[int] = mapped_column(default=100)


class SyncKey(Base):
    """A private key of this workstation (``signing`` Ed25519, ``sealing`` X25519), raw bytes."""

    __tablename__ = "sync_key"
    purpose: Mapped[str] = mapped_column(String(20), primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SyncCursor(Base):
    """Where a pull stream (or the attachment upload) got to."""

    __tablename__ = "sync_cursor"
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText)


class SyncPeer(Base):
    """Another workstation of the agency, as the central server announces it."""

    __tablename__ = "sync_peer"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    agency_code: Mapped[str] = mapped_column(String(40), default="")
    signing_key: Mapped[str] = mapped_column(String(100))
    encryption_key: Mapped[str | None] = mapped_column(String(100))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class BatchLedgerEntry(Base):
    """A message seen in a checked batch file: new, duplicate or conflicting next time."""

    __tablename__ = "batch_ledger_entry"
    message_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    batch_sha256: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class IntakeDraft(Base):
    """A half-filled intake form kept for the person who was filling it (idle logout).

    It lives in the encrypted database like every other record and is handed back once, to
    the same account, then removed."""

    __tablename__ = "intake_draft"
    username: Mapped[str] = mapped_column(String(80), primary_key=True)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)
    fields: Mapped[Any] = mapped_column(JsonText)


class IncomingDossier(Base):
    """A dossier another agency received for this one ("phi địa giới"), as the central system
    hands it over: this agency handles it; the code stays the receiving agency's."""

    __tablename__ = "incoming_dossier"
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    receiving_agency_code: Mapped[str] = mapped_column(String(40), default="")
    procedure_code: Mapped[str] = mapped_column(String(40), default="")
    procedure_name: Mapped[str] = mapped_column(String(500), default="")
    applicant_name: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(30), default="")
    snapshot: Mapped[Any] = mapped_column(JsonText)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SyncGovernance(Base):
    """How long this workstation has gone without the central system (one row).

    ``counting_since`` is when an offline limit was first set (the clock of a workstation
    that never synced starts there); an override lets a blocked workstation receive again
    until ``override_until`` or the next successful sync, whichever comes first.
    """

    __tablename__ = "sync_governance"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    counting_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    override_by: Mapped[str] = mapped_column(String(80), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ReleasePin(Base):
    """The province's release public key (Ed25519, raw base64), pinned at enrolment (one row)."""

    __tablename__ = "release_pin"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    public_key: Mapped[str] = mapped_column(String(100))
    pinned_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RemoteSetting(Base):
    """A setting the central system sets for this workstation, and from which level
    (``agency`` or ``workstation``); it wins over the value set on this PC."""

    __tablename__ = "remote_setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText)
    source: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
