"""Plain data of dossiers as the core hands them out (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from counter.citizen.notification import NO_CONSENT, NotificationConsent
from counter.deadlines.urgency import Urgency
from counter.dossiers.lifecycle import STATUS_LABELS, Status
from counter.people import Applicant
from counter.roles import Role

CHANNELS = ("counter", "village_team", "post")
CHANNEL_LABELS = {"counter": "Trực tiếp tại quầy", "village_team": "Tổ công nghệ số cộng đồng",
                  "post": "Qua bưu chính"}
DELIVERIES = ("counter", "post")


def channel_of(role: Role) -> str:
    """How a dossier reaches the office when this role receives it: the village team takes
    it in the village, everyone else at the counter."""
    return "village_team" if role == Role.VILLAGE_TEAM else "counter"


PAYMENT_METHODS = ("cash", "transfer", "card", "")


@dataclass(frozen=True)
class ReceivedDocument:
    name: str
    originals: int = 0
    copies: int = 0
    pages: int = 0
    required: bool = True
    received: bool = True
    digitised: str = ""  # SHA-256 of its PDF among the dossier's attachments
    reused_from: str = ""  # the electronic record used instead of a scan

    @property
    def state(self) -> str:
        """``digitised``, ``reused``, ``paper`` (received, not digitised) or ``missing``."""
        if self.digitised:
            return "digitised"
        if self.reused_from:
            return "reused"
        return "paper" if self.received else "missing"

    @property
    def to_complete(self) -> bool:
        """Asked for by default in a request to complete the dossier: a required paper not
        received. A paper only some cases need (an abandoned child's record, surrogacy) is
        asked for only when the officer chooses it."""
        return self.required and not self.received


@dataclass(frozen=True)
class Payment:
    amount: int | None = None  # None: computed from the procedure's fee rule
    paid: bool = False
    method: str = ""
    receipt_number: str = ""
    pages: int = 0  # for per-page fees (certified copies)
    copies: int = 1


@dataclass(frozen=True)
class IntakeRequest:
    """What the officer enters to receive a dossier."""

    procedure_code: str
    applicant: Applicant
    procedure_version: str | None = None
    documents: tuple[ReceivedDocument, ...] | None = None  # None: the procedure's list, all received
    channel: str = "counter"
    sets_count: int = 1
    payment: Payment = Payment()
    received_at: datetime | None = None  # None: now
    result_delivery: str = "counter"
    delivery_address: str = ""
    notes: str = ""
    notification: NotificationConsent = NO_CONSENT
    scan_draft: str = ""  # pages scanned during intake, bound to the documents at receipt
    procedure_case: str = ""  # the case's key, when the procedure has cases
    fee_exemption: str = ""  # the exempt group's key, picked by the officer
    unlisted: Any = None  # counter.dossiers.unlisted.UnlistedProcedure: not in the catalogue
    # "phi địa giới": another agency of the province handles it (None: this one)
    handling_agency_code: str | None = None


@dataclass(frozen=True)
class DossierEventView:
    at: datetime
    actor: str
    action: str
    from_status: Status | None
    to_status: Status
    reason: str
    due_at: datetime
    details: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class AttachmentView:
    sha256: str
    filename: str
    media_type: str
    size: int
    kind: str
    added_at: datetime
    added_by: str
    id: int = 0  # the row's number, as the command line names an attachment


@dataclass(frozen=True)
class DossierSummary:
    """A row of the dossier desk."""

    code: str
    applicant_name: str
    applicant_id_number: str
    procedure_code: str
    procedure_name: str
    channel: str
    status: Status
    received_at: datetime
    due_at: datetime
    urgency: Urgency
    cursor: int = field(default=0, compare=False)  # where the next page starts (list_dossiers)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class DossierView:
    code: str
    procedure_code: str
    procedure_version: str
    procedure_name: str
    processing_kind: str
    processing_amount: float
    agency_code: str
    workstation_id: str
    channel: str
    applicant: Applicant
    documents: tuple[ReceivedDocument, ...]
    sets_count: int
    fee_amount: int
    fee_paid: bool
    fee_method: str
    fee_receipt_number: str
    received_at: datetime
    clock_started_at: datetime
    due_at: datetime
    paused_at: datetime | None
    finished_at: datetime | None
    status: Status
    urgency: Urgency
    result_delivery: str
    delivery_address: str
    notes: str
    satisfaction: int | None
    book_volume: str
    book_number: int
    created_by: str
    events: tuple[DossierEventView, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
    check_code: str = ""  # for the online status page; "" on dossiers from before it
    notification: NotificationConsent = NO_CONSENT
    # case, channel, fee exemption {key, group, legal_basis}, handling agency, its own forms,
    # and what was typed for a procedure not in the catalogue
    procedure_terms: dict[str, Any] = field(default_factory=dict, compare=False)
    unlisted: bool = False

    @property
    def fee_exemption_basis(self) -> str:
        """The legal basis of the fee exemption, for the receipt ("" when none)."""
        exemption = self.procedure_terms.get("exemption") or {}
        return str(exemption.get("legal_basis", ""))

    @property
    def procedure_case_name(self) -> str:
        return str(self.procedure_terms.get("case_name", ""))

    @property
    def handling_forms_note(self) -> str:
        """Set when the handling agency prints its own receipt (e.g. the police, CT04)."""
        return str(self.procedure_terms.get("forms_note", ""))
    # the agency that handles the dossier when not the receiving one ("phi địa giới"); the
    # code stays the receiving agency's, the due time is counted on the handling one's days
    handling_agency_code: str | None = None
    handling_agency_name: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def finished_on_time(self) -> bool | None:
        """Whether the processing ended by the due time; None while it goes on. (A result
        ready is not yet in the citizen's hands: the status says that, not this.)"""
        return None if self.finished_at is None else self.finished_at <= self.due_at
