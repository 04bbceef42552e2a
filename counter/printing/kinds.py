"""The forms that can be printed for a dossier (01-06): which step each is made
from, how its input is built from the dossier, and how it is rendered."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from counter.agencies import AgencyInfo
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import DossierView
from counter.errors import InputError
from counter.forms import from_dossier as adapt
from counter.forms import (
    render_completion_request,
    render_control_slip,
    render_extension_apology,
    render_receipt,
    render_refusal,
    render_stop_notice,
)
from counter.forms.model import (
    CompletionItem,
    ExtensionApology,
    Signatory,
)
from counter.payments.vietqr import Payee
from counter.printing.steps import (
    SourceStep,
    StepFinder,
    first_reception,
    latest_action,
    latest_entry_into,
    latest_step,
)

RECEIPT_COPIES = ("Liên 1", "Liên 2")


@dataclass(frozen=True)
class PrintExtras:
    """What the dossier does not say and some forms need.

    ``signatory``: who signs forms 04 and 05 (position and name), required there.
    ``officer_phone``: the number printed on form 02 for questions.
    """

    signatory: Signatory | None = None
    officer_phone: str | None = None


@dataclass(frozen=True)
class PrintContext:
    view: DossierView
    step: SourceStep
    agency: AgencyInfo
    names: Mapping[str, str]  # account name -> full name
    extras: PrintExtras
    payee: Payee | None = None  # the agency's account for fees, when set up correctly

    def name_of(self, username: str) -> str:
        return self.names.get(username, username)


@dataclass(frozen=True)
class Layout:
    page_size: str
    copies: tuple[str, ...]
    reprinted_at: datetime | None


Renderer = Callable[[PrintContext, Layout], bytes]


@dataclass(frozen=True)
class PrintableForm:
    key: str  # as in the command: receipt, completion-request, ...
    number: str  # "01" ... "06"
    title: str
    find_step: StepFinder
    render: Renderer
    missing_step: str = ""  # why there is nothing to print: "chưa bị từ chối giải quyết"
    default_copies: tuple[str, ...] = field(default=())
    issued_by: str = ""  # the lifecycle step that issues this form to the citizen, if any


def _receipt(context: PrintContext, layout: Layout) -> bytes:
    # the appointment as given at the counter, even if the due time moved since
    view = replace(context.view, due_at=context.step.due_at)
    slip = adapt.receipt_slip(view, context.agency, context.name_of(view.created_by),
                              context.payee)
    return render_receipt(
        slip, page_size=layout.page_size, copies=layout.copies, reprinted_at=layout.reprinted_at
    )


def _completion_request(context: PrintContext, layout: Layout) -> bytes:
    step = context.step
    request = adapt.completion_request(
        context.view, context.agency, context.name_of(step.actor), step.reason, step.at.date()
    )
    recorded = step.details.get("missing_items")
    if recorded:
        items = tuple(CompletionItem(i["name"], i["kind"], i["reason"]) for i in recorded)
        request = replace(request, items=items)
    if context.extras.officer_phone:
        request = replace(request, officer_phone=context.extras.officer_phone)
    return render_completion_request(
        request, page_size=layout.page_size, reprinted_at=layout.reprinted_at
    )


def _refusal(context: PrintContext, layout: Layout) -> bytes:
    step = context.step
    refusal = adapt.refusal(
        context.view, context.agency, context.name_of(step.actor), step.reason, step.at.date()
    )
    return render_refusal(refusal, page_size=layout.page_size, reprinted_at=layout.reprinted_at)


def _signatory(context: PrintContext, form: str) -> Signatory:
    if context.extras.signatory is None:
        raise InputError("Người ký", f"{form} cần chức vụ và họ tên người ký.")
    return context.extras.signatory


def _extension(context: PrintContext, layout: Layout) -> bytes:
    view, step = context.view, context.step
    letter = ExtensionApology(
        header=adapt.agency_header(context.agency),
        number=adapt.form_number(view, "VBXL"),
        issued_on=step.at.date(),
        dossier=adapt.form_dossier(view),
        original_due_at=step.previous_due_at,
        reason=step.reason,
        new_due_at=step.due_at,
        signatory=_signatory(context, "Văn bản xin lỗi và đề nghị gia hạn"),
    )
    return render_extension_apology(
        letter, page_size=layout.page_size, reprinted_at=layout.reprinted_at
    )


def _stop_notice(context: PrintContext, layout: Layout) -> bytes:
    step = context.step
    notice = adapt.stop_notice(
        context.view,
        context.agency,
        step.reason,
        _signatory(context, "Thông báo dừng giải quyết hồ sơ"),
        step.at.date(),
    )
    return render_stop_notice(notice, page_size=layout.page_size, reprinted_at=layout.reprinted_at)


def _control_slip(context: PrintContext, layout: Layout) -> bytes:
    slip = adapt.control_slip(context.view, context.agency, context.names)
    return render_control_slip(slip, page_size=layout.page_size, reprinted_at=layout.reprinted_at)


FORMS: dict[str, PrintableForm] = {
    form.key: form
    for form in (
        PrintableForm(
            "receipt",
            "01",
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
            first_reception,
            _receipt,
            "chưa có bước tiếp nhận",
            RECEIPT_COPIES,
        ),
        PrintableForm(
            "completion-request",
            "02",
            "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
            latest_entry_into(Status.SUPPLEMENT_REQUESTED),
            _completion_request,
            "chưa có yêu cầu bổ sung, hoàn thiện hồ sơ nào",
            issued_by="request_supplement",
        ),
        PrintableForm(
            "refusal",
            "03",
            "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
            latest_entry_into(Status.REFUSED),
            _refusal,
            "chưa bị từ chối giải quyết",
            issued_by="refuse",
        ),
        PrintableForm(
            "extension",
            "04",
            "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
            latest_action("extend_deadline"),
            _extension,
            "chưa được gia hạn thời gian giải quyết",
            issued_by="extend_deadline",
        ),
        PrintableForm(
            "stop-notice",
            "05",
            "Thông báo dừng giải quyết hồ sơ",
            latest_entry_into(Status.STOPPED),
            _stop_notice,
            "chưa bị dừng giải quyết",
            issued_by="stop",
        ),
        PrintableForm(
            "control-slip",
            "06",
            "Phiếu kiểm soát quá trình giải quyết hồ sơ",
            latest_step,
            _control_slip,
            "chưa có bước xử lý nào",
        ),
    )
}


def printable_form(key: str) -> PrintableForm:
    try:
        return FORMS[key]
    except KeyError:
        raise InputError(
            "Mẫu in", f"không có mẫu {key!r}; chọn một trong: {', '.join(FORMS)}."
        ) from None


def form_issued_by(action: str) -> PrintableForm | None:
    """The form a lifecycle step issues (02 for a request to complete, 03 for a refusal,
    04 for an extension, 05 for a stop), or ``None`` if the step issues none."""
    return next((form for form in FORMS.values() if form.issued_by == action), None)


def copies_for(form: PrintableForm, copies: tuple[str, ...] | None) -> tuple[str, ...]:
    """The copy labels to print: the form's own when ``None``; only form 01 has copies."""
    if copies is None:
        return form.default_copies
    if not form.default_copies and copies:
        raise InputError("Liên", f"{form.title} không in theo liên.")
    if form.default_copies and not copies:
        raise InputError("Liên", "cần ít nhất một liên, ví dụ “Liên 1”.")
    return copies
