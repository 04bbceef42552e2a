"""Form 01: the receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả).

Fields in the order of the official form; the QR code (the data Circular
01/2023/TT-VPCP asks for) and a Code 128 barcode of the dossier code sit under
the title, clear of the text; while the fee is unpaid, its VietQR code sits on the right.

The check code for the online status page is printed under the dossier code but is not
in any QR code: the QR is read by scanners at the counter and at the post office, and the
lookup address it may carry ends up in browser histories and web server logs. The citizen
types the six symbols of the check code on the status page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Table

from counter.citizen.check_code import printed as printed_check_code
from counter.errors import InputError
from counter.forms import codes, fonts
from counter.forms.blocks import applicant_lines, column_fitting, grid_table
from counter.forms.document import PageHook, build_pdf
from counter.forms.formatting import (
    clean_text,
    format_clock_line,
    format_money,
    format_processing_time,
    markup,
    place_and_date,
)
from counter.forms.layout import (
    agency_header,
    labelled,
    para,
    signature_pair,
    spacer,
    table_style,
    title,
)
from counter.forms.model import DeliveryMethod, DocumentLine, ReceiptSlip
from counter.forms.receipt_qr import ReceiptQr, receipt_qr_text
from counter.forms.reprint import reprint_stamp
from counter.forms.sheet import MM, Sheet, sheet_named, styles_for

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
DEFAULT_COPIES = ("Liên 1", "Liên 2")


def render_receipt(
    slip: ReceiptSlip,
    *,
    page_size: str = "A5",
    copies: str | Sequence[str] = DEFAULT_COPIES,
    reprinted_at: datetime | None = None,
) -> bytes:
    """The slip as PDF bytes: one copy per label in ``copies``, each from a new page.

    ``copies="Liên 2"`` prints that copy only; ``reprinted_at`` marks every page
    as a reprint made at that time.
    """
    sheet = sheet_named(page_size)
    stamp = reprint_stamp(reprinted_at)
    labels = _copy_labels(copies)
    current = _CurrentCopy()
    story: list[Any] = []
    for label in labels:
        if story:
            story.append(PageBreak())
        story.append(_CopyStart(current, label))
        story += _one_copy(sheet, slip, label)
    return build_pdf(
        story,
        sheet,
        title=f"{TITLE.capitalize()} - {slip.dossier_code}",
        subject="Mẫu số 01",
        on_page_end=_continuation_mark(sheet, slip.dossier_code, current),
        stamp=stamp,
    )


@dataclass
class _CurrentCopy:
    label: str = ""
    first_page: int = 0


class _CopyStart(Flowable):
    """A mark of no size at the top of each copy: notes the copy and its first page."""

    def __init__(self, current: _CurrentCopy, label: str) -> None:
        super().__init__()
        self.current = current
        self.label = label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.current.label = self.label
        self.current.first_page = self.canv.getPageNumber()


def _continuation_mark(sheet: Sheet, code: str, current: _CurrentCopy) -> PageHook:
    """On the second and later pages of a copy, name the dossier and the copy in
    the top margin, so a loose page can be put back with its first page."""

    def draw(canvas: Any, doc: Any) -> None:
        page = canvas.getPageNumber() - current.first_page + 1
        if page <= 1:
            return
        canvas.saveState()
        canvas.setFont(fonts.ITALIC, 7.5)
        canvas.drawRightString(
            sheet.width - sheet.right,
            sheet.height - sheet.top + 3 * MM,
            f"Mã hồ sơ: {code} - {clean_text(current.label)} - trang {page}",
        )
        canvas.restoreState()

    return draw


def _copy_labels(copies: str | Sequence[str]) -> tuple[str, ...]:
    labels = (copies,) if isinstance(copies, str) else tuple(copies)
    if not labels or any(not isinstance(x, str) or not x.strip() for x in labels):
        raise InputError("Liên", "cần ít nhất một liên có tên, ví dụ “Liên 1”.")
    return labels


def _one_copy(sheet: Sheet, slip: ReceiptSlip, label: str) -> list[Any]:
    s = styles_for(sheet)
    header = slip.header
    story: list[Any] = [
        agency_header(
            sheet,
            header,
            f"Số: {markup(slip.number)}",
            markup(place_and_date(header.place_name, slip.received_at)),
        ),
        spacer(3),
        title(sheet, TITLE),
        _code_block(sheet, slip, label),
        spacer(1.5),
        para(markup(header.unit_name), s.body),
        labelled(sheet, "Tiếp nhận hồ sơ của", slip.applicant.name, bold=True),
    ]
    story += applicant_lines(sheet, slip.applicant)
    story.append(labelled(sheet, "Nội dung yêu cầu giải quyết", slip.procedure_name, bold=True))
    if slip.handling_agency.strip():
        story.append(
            para(
                f"Cơ quan giải quyết hồ sơ: <b>{markup(slip.handling_agency)}</b> "
                "<i>(tiếp nhận không phụ thuộc địa giới hành chính)</i>",
                s.body,
            )
        )
    story += _numbered_sections(sheet, slip)
    story += [
        spacer(2),
        signature_pair(
            sheet,
            ("Người nộp hồ sơ", slip.applicant.name),
            ("Người tiếp nhận hồ sơ", slip.officer_name),
        ),
        spacer(2),
        para(_note(slip), s.small_italic),
    ]
    return story


def _code_block(sheet: Sheet, slip: ReceiptSlip, label: str) -> Any:
    """QR code on the left (Circular 01/2023/TT-VPCP wants it at the upper left), then the
    dossier code, copy label, barcode and check code centred; while the fee is unpaid, its
    VietQR code on the right, captioned."""
    s = styles_for(sheet)
    qr_size = 24 * MM if sheet.body_size < 11 else 30 * MM
    pay_size = 20 * MM if sheet.body_size < 11 else 26 * MM
    pay_width = pay_size + 4 * MM if slip.fee_qr is not None else 0
    text_width = sheet.frame_width - qr_size - pay_width
    module = 0.26 * MM if sheet.body_size < 11 else 0.3 * MM
    middle = [
        para(f"Mã hồ sơ: <b>{markup(slip.dossier_code)}</b>", s.centred),
        para(f"({markup(label)})", s.italic_centred),
        codes.barcode_flowable(slip.dossier_code, module=module, height=8 * MM),
    ]
    if slip.check_code:
        middle.append(
            para(
                "Mã kiểm tra (tra cứu trực tuyến): "
                f"<b>{markup(printed_check_code(slip.check_code))}</b>",
                s.centred,
            )
        )
    qr = codes.qr_flowable(receipt_qr_text(receipt_qr(slip)), qr_size)
    row: list[Any] = [qr, middle]
    widths = [qr_size, text_width]
    if slip.fee_qr is not None:
        row.append([para("<b>VietQR nộp phí</b>", s.small_italic),
                    codes.qr_flowable(slip.fee_qr.payload, pay_size)])
        widths.append(pay_width)
    table = Table([row], colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def receipt_qr(slip: ReceiptSlip) -> ReceiptQr:
    """The data of the receipt's QR code (see :mod:`counter.forms.receipt_qr`)."""
    header = slip.header
    lookup = None
    if header.lookup_url_template:
        lookup = codes.qr_payload(slip.dossier_code, header)
    return ReceiptQr(
        dossier_code=slip.dossier_code,
        procedure_code=slip.procedure_code,
        applicant_id=slip.applicant.id_number or "",
        document_name=TITLE.capitalize(),
        issuing_system=header.issuing_system,
        issued_at=slip.received_at,
        appointment_at=slip.due_at,
        lookup_url=lookup,
    )


def _numbered_sections(sheet: Sheet, slip: ReceiptSlip) -> list[Any]:
    s = styles_for(sheet)
    delivery = slip.delivery
    if delivery.method is DeliveryMethod.POST:
        returned_at = f"qua dịch vụ bưu chính công ích, địa chỉ: {markup(delivery.address)}"
    else:
        returned_at = markup(delivery.address.strip() or slip.header.unit_name)
    sections = [
        para("1. Thành phần hồ sơ nộp gồm:", s.body),
        _document_table(sheet, slip.documents),
        spacer(1),
        para(f"2. Số lượng hồ sơ: {slip.sets:02d} (bộ)", s.body),
        para(
            "3. Thời gian giải quyết hồ sơ theo quy định là: "
            f"{format_processing_time(slip.processing_time)}",
            s.body,
        ),
        para(f"4. Thời gian nhận hồ sơ: {format_clock_line(slip.received_at)}", s.body),
        para(
            f"5. Thời gian trả kết quả giải quyết hồ sơ: <b>{format_clock_line(slip.due_at)}</b>",
            s.body,
        ),
        para(f"6. Đăng ký nhận kết quả tại: {returned_at}", s.body),
    ]
    if slip.fee_vnd is not None:
        sections.append(para(f"7. Phí, lệ phí: {format_money(slip.fee_vnd)}{_unpaid(slip)}",
                             s.body))
    entry = slip.book_entry
    sections.append(
        para(
            f"Vào Sổ theo dõi hồ sơ, Quyển số: {markup(entry.volume)}"
            f"&nbsp;&nbsp;&nbsp;&nbsp;Số thứ tự: {entry.number}",
            s.body,
        )
    )
    return sections


def _unpaid(slip: ReceiptSlip) -> str:
    """What follows the fee while it is unpaid: how to pay it by transfer."""
    if slip.fee_qr is None:
        return ""
    return (
        " <b>(chưa nộp)</b>. Chuyển khoản: quét mã “VietQR nộp phí” ở trên "
        f"(tài khoản {markup(slip.fee_qr.account)}; nội dung: mã hồ sơ)."
    )


def _document_table(sheet: Sheet, documents: Sequence[DocumentLine]) -> Any:
    number_width = column_fitting(sheet, "STT")
    count_width = column_fitting(sheet, "Bản chính")
    name_width = sheet.frame_width - number_width - 2 * count_width
    rows = [
        (str(number), markup(line.name), str(line.originals), str(line.copies))
        for number, line in enumerate(documents, 1)
    ]
    return grid_table(
        sheet,
        ("STT", "Tên giấy tờ", "Bản chính", "Bản sao"),
        rows,
        (number_width, name_width, count_width, count_width),
    )


def _note(slip: ReceiptSlip) -> str:
    unit = markup(slip.header.unit_name)
    return (
        "<b>Ghi chú:</b> Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên: "
        f"Liên 1 giao người nộp hồ sơ, Liên 2 lưu tại {unit}. "
        "Người nộp hồ sơ có thể đăng ký nhận kết quả tại nơi tiếp nhận hoặc qua dịch vụ "
        "bưu chính công ích."
    )
