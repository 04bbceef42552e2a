"""Realistic inputs for the form tests, the benchmark and the sample pictures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from counter.forms.model import (
    AgencyHeader,
    Applicant,
    BookEntry,
    CompletionItem,
    CompletionKind,
    CompletionRequest,
    ControlSlip,
    ControlStep,
    DeliveryMethod,
    DocumentLine,
    DossierSummary,
    ExtensionApology,
    FeeQr,
    ProcessingTime,
    ReceiptSlip,
    Refusal,
    ResultDelivery,
    Signatory,
    StopNotice,
    TrackingBookRow,
)

VN = ZoneInfo("Asia/Ho_Chi_Minh")
CODE = "000.00.12.H42-250605-0003"

HEADER = AgencyHeader(
    parent_authority="Ủy ban nhân dân xã Tân Phú",
    unit_name="Trung tâm Phục vụ hành chính công xã Tân Phú",
    place_name="Tân Phú",
    agency_code="000.00.12.H42",
    contact="Trung tâm Phục vụ hành chính công xã Tân Phú, số điện thoại 0251 3 777 888",
)
HEADER_WITH_LOOKUP = replace(
    HEADER, lookup_url_template="https://dichvucong.example.vn/tra-cuu?ma={code}"
)

APPLICANT = Applicant(
    name="Nguyễn Thị Hồng Nhung",
    address="Số 12, ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai",
    phone="0912 345 678",
    email="nhung.nguyen@example.vn",
    id_number="075190001234",
)

RECEIPT = ReceiptSlip(
    header=HEADER,
    number="125/GTN",
    dossier_code=CODE,
    applicant=APPLICANT,
    procedure_name="Đăng ký thường trú",
    documents=(
        DocumentLine("Tờ khai thay đổi thông tin cư trú (Mẫu CT01)", originals=1),
        DocumentLine("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", originals=1, copies=1),
        DocumentLine("Văn bản đồng ý cho đăng ký thường trú của chủ hộ", originals=1),
    ),
    sets=1,
    processing_time=ProcessingTime.working_days(7),
    received_at=datetime(2025, 6, 5, 8, 30, tzinfo=VN),
    due_at=datetime(2025, 6, 16, 16, 0, tzinfo=VN),
    delivery=ResultDelivery(DeliveryMethod.COUNTER),
    book_entry=BookEntry(volume="01/2025", number=125),
    officer_name="Trần Văn Bình",
    fee_vnd=20000,
    procedure_code="1.004222",
)

DOSSIER = DossierSummary(
    code=CODE,
    procedure_name="Đăng ký thường trú",
    applicant=APPLICANT,
    received_at=RECEIPT.received_at,
)

COMPLETION = CompletionRequest(
    header=HEADER,
    number="18/PYC",
    issued_on=date(2025, 6, 5),
    dossier=DOSSIER,
    items=(
        CompletionItem(
            "Văn bản đồng ý cho đăng ký thường trú của chủ hộ",
            CompletionKind.MISSING,
            "Hồ sơ chưa có văn bản đồng ý của chủ hộ Lê Văn Tư.",
            originals=1,
        ),
        CompletionItem(
            "Tờ khai thay đổi thông tin cư trú (Mẫu CT01)",
            CompletionKind.INCORRECT,
            "Số định danh cá nhân ghi trên tờ khai không khớp với thẻ căn cước.",
        ),
    ),
    officer_name="Trần Văn Bình",
    officer_phone="0251 3 888 999",
)

REFUSAL = Refusal(
    header=HEADER,
    number="04/PTC",
    issued_on=date(2025, 6, 5),
    dossier=DOSSIER,
    reasons=(
        "Chỗ ở đề nghị đăng ký thường trú nằm trong khu vực cấm, khu vực không được đăng ký "
        "thường trú theo quy định của pháp luật.",
        "Người đề nghị chưa đủ điều kiện đăng ký thường trú tại chỗ ở hợp pháp do thuê, mượn.",
    ),
    officer_name="Trần Văn Bình",
)

EXTENSION = ExtensionApology(
    header=HEADER,
    number="56/UBND-VP",
    issued_on=date(2025, 6, 16),
    dossier=DOSSIER,
    original_due_at=RECEIPT.due_at,
    reason="Cần xác minh thêm thông tin về chỗ ở hợp pháp với cơ quan quản lý đất đai.",
    new_due_at=datetime(2025, 6, 20, 16, 0, tzinfo=VN),
    signatory=Signatory("Chủ tịch", "Phạm Minh Quân"),
)

STOP = StopNotice(
    header=HEADER,
    number="12/TB-UBND",
    issued_on=date(2025, 6, 12),
    dossier=DOSSIER,
    reason="Người nộp hồ sơ có văn bản đề nghị rút hồ sơ ngày 11/06/2025.",
    signatory=Signatory("Chủ tịch", "Phạm Minh Quân"),
)

CONTROL = ControlSlip(
    header=HEADER,
    dossier=DOSSIER,
    due_at=RECEIPT.due_at,
    handling_unit="Công an xã Tân Phú",
    coordinating_units=("Văn phòng đăng ký đất đai chi nhánh Tân Phú",),
    steps=(
        ControlStep(
            datetime(2025, 6, 5, 9, 0, tzinfo=VN),
            "Trung tâm Phục vụ hành chính công xã Tân Phú",
            "Công an xã Tân Phú",
            "Trước hạn",
            from_officer="Trần Văn Bình",
            to_officer="Lê Thị Mai",
        ),
        ControlStep(
            datetime(2025, 6, 16, 14, 15, tzinfo=VN),
            "Công an xã Tân Phú",
            "Trung tâm Phục vụ hành chính công xã Tân Phú",
            "Đúng hạn",
            "Đã có kết quả",
            from_officer="Lê Thị Mai",
            to_officer="Trần Văn Bình",
        ),
        ControlStep(
            datetime(2025, 6, 17, 10, 5, tzinfo=VN),
            "Trung tâm Phục vụ hành chính công xã Tân Phú",
            "Nguyễn Thị Hồng Nhung",
            "Quá hạn",
            "Đã trả kết quả",
            from_officer="Trần Văn Bình",
            to_officer="Nguyễn Thị Hồng Nhung",
        ),
    ),
)

_PROCEDURES = (
    ("Đăng ký khai sinh", 0),
    ("Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp", 0),
    ("Đăng ký thường trú", 7),
    ("Đăng ký tạm trú", 3),
    ("Xác nhận tình trạng hôn nhân", 3),
)
_NAMES = ("Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Phúc", "Phạm Thị Ánh Tuyết")


def book_rows(count: int, first_day: date = date(2025, 6, 2)) -> tuple[TrackingBookRow, ...]:
    """``count`` dossiers received over working hours from ``first_day``, 40 a day."""
    rows = []
    for index in range(count):
        day = first_day + timedelta(days=index // 40)
        received = datetime(day.year, day.month, day.day, 7, 30, tzinfo=VN) + timedelta(
            minutes=12 * (index % 40)
        )
        procedure, days = _PROCEDURES[index % len(_PROCEDURES)]
        due = received + timedelta(days=days, hours=0 if days else 3)
        rows.append(
            TrackingBookRow(
                number=index + 1,
                dossier_code=f"000.00.12.H42-{received:%y%m%d}-{index % 40 + 1:04d}",
                procedure_name=procedure,
                sets=1 + index % 2,
                applicant_name=_NAMES[index % len(_NAMES)],
                applicant_address=f"Số {index % 90 + 1}, ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai",
                applicant_phone="0912 345 678" if index % 3 else None,
                handling_unit="Công an xã Tân Phú" if days else "UBND xã Tân Phú",
                received_at=received,
                due_at=due,
                returned_at=due if index % 4 == 0 else None,
                note="Nhận qua bưu chính" if index % 7 == 0 else "",
            )
        )
    return tuple(rows)


def demo_fee_qr() -> FeeQr:
    """The VietQR code of RECEIPT's fee to the demo agency's made-up account."""
    from counter.demo import DEMO_PAYEE
    from counter.payments.vietqr import payment_payload

    payee = DEMO_PAYEE
    return FeeQr(payment_payload(payee, RECEIPT.fee_vnd or 0, RECEIPT.dossier_code),
                 f"{payee.bank_name} số {payee.account}, {payee.account_name}")
