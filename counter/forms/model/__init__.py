"""What the printed forms need to know, as plain frozen dataclasses.

They do not depend on how dossiers are stored: an adapter builds them from a
dossier. Each checks itself when built and raises ``counter.errors.InputError``
with a Vietnamese message naming the field, so a bad value never reaches a
half-drawn page. Times must be aware; they are printed in Vietnam time.
Optional text left ``None`` or empty is simply not printed.
"""

from counter.forms.model.common import (
    DEFAULT_ISSUING_SYSTEM,
    AgencyHeader,
    Applicant,
    DossierSummary,
    ProcessingTime,
    Signatory,
    TimeUnit,
)
from counter.forms.model.history import (
    ControlSlip,
    ControlStep,
    TrackingBookRow,
)
from counter.forms.model.notices import (
    CompletionItem,
    CompletionKind,
    CompletionRequest,
    ExtensionApology,
    Refusal,
    StopNotice,
)
from counter.forms.model.receipt import (
    BookEntry,
    DeliveryMethod,
    DocumentLine,
    FeeQr,
    ReceiptSlip,
    ResultDelivery,
)

__all__ = [
    "DEFAULT_ISSUING_SYSTEM",
    "AgencyHeader",
    "Applicant",
    "BookEntry",
    "CompletionItem",
    "CompletionKind",
    "CompletionRequest",
    "ControlSlip",
    "ControlStep",
    "DeliveryMethod",
    "DocumentLine",
    "DossierSummary",
    "ExtensionApology",
    "FeeQr",
    "ProcessingTime",
    "ReceiptSlip",
    "Refusal",
    "ResultDelivery",
    "Signatory",
    "StopNotice",
    "TimeUnit",
    "TrackingBookRow",
]
