"""Bad input gives an InputError with a Vietnamese message naming the field,
before anything is drawn."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from counter.errors import CounterError, InputError
from counter.forms import render_receipt, render_tracking_book
from counter.forms.model import (
    AgencyHeader,
    Applicant,
    BookEntry,
    CompletionItem,
    DeliveryMethod,
    DocumentLine,
    ProcessingTime,
    ResultDelivery,
    TimeUnit,
)
from tests.forms.samples import EXTENSION, HEADER, RECEIPT, VN, book_rows


def _message(error: pytest.ExceptionInfo[InputError]) -> str:
    assert isinstance(error.value, CounterError)
    return error.value.message


def test_due_before_received() -> None:
    with pytest.raises(InputError) as error:
        replace(RECEIPT, due_at=RECEIPT.received_at - timedelta(hours=1))
    assert _message(error) == (
        "Thời gian trả kết quả: phải sau thời gian nhận hồ sơ (08:30 ngày 05/06/2025); "
        "nhận được 07:30 ngày 05/06/2025."
    )
    assert error.value.field == "Thời gian trả kết quả"


def test_due_equal_to_received_is_refused_too() -> None:
    with pytest.raises(InputError, match="phải sau thời gian nhận hồ sơ"):
        replace(RECEIPT, due_at=RECEIPT.received_at)


def test_naive_times() -> None:
    with pytest.raises(InputError, match="Thời gian nhận hồ sơ: thiếu múi giờ"):
        replace(RECEIPT, received_at=datetime(2025, 6, 5, 8, 30))


def test_negative_counts() -> None:
    with pytest.raises(InputError) as error:
        DocumentLine("Tờ khai", originals=-1)
    assert _message(error) == "Số bản chính của “Tờ khai”: không được là số âm (nhận được: -1)."
    with pytest.raises(InputError, match="Số bản sao của “Tờ khai”: không được là số âm"):
        DocumentLine("Tờ khai", originals=1, copies=-2)
    with pytest.raises(InputError, match="cần ít nhất một bản chính hoặc bản sao"):
        DocumentLine("Tờ khai")
    with pytest.raises(InputError, match=r"Số lượng hồ sơ \(bộ\): phải từ 1 trở lên"):
        replace(RECEIPT, sets=0)
    with pytest.raises(InputError, match="Phí, lệ phí: không được là số âm"):
        replace(RECEIPT, fee_vnd=-2000)
    with pytest.raises(InputError, match="Số thứ tự trong sổ: phải từ 1 trở lên"):
        BookEntry("01", 0)


def test_counts_must_be_whole_numbers() -> None:
    for count in (1.5, True):
        with pytest.raises(InputError) as error:
            DocumentLine("Tờ khai", originals=count)  # type: ignore[arg-type]
        assert _message(error) == (
            f"Số bản chính của “Tờ khai”: phải là số nguyên (nhận được: {count})."
        )


def test_empty_required_text() -> None:
    with pytest.raises(InputError, match="Họ tên người nộp hồ sơ: không được để trống"):
        Applicant(name="   ")
    with pytest.raises(InputError, match="Nội dung yêu cầu giải quyết: không được để trống"):
        replace(RECEIPT, procedure_name="")
    with pytest.raises(InputError, match="Người tiếp nhận hồ sơ: không được để trống"):
        replace(RECEIPT, officer_name="")
    with pytest.raises(InputError, match="Thành phần hồ sơ: cần ít nhất một mục"):
        replace(RECEIPT, documents=())


CODE_RULE = "Mã hồ sơ: chỉ gồm chữ cái không dấu, chữ số và các dấu . - / _ (tối đa 40 ký tự)"


def test_dossier_code_must_fit_the_barcode() -> None:
    for code in ("HỒ-SƠ-1", "A" * 41):
        with pytest.raises(InputError) as error:
            replace(RECEIPT, dossier_code=code)
        assert _message(error) == f"{CODE_RULE}; nhận được: {code!r}."
    assert replace(RECEIPT, dossier_code="A" * 40).dossier_code == "A" * 40


def test_processing_time() -> None:
    with pytest.raises(InputError) as error:
        ProcessingTime.working_days(0)
    assert _message(error) == "Thời gian giải quyết theo quy định: phải từ 1 trở lên (nhận được: 0)."
    with pytest.raises(InputError) as error:
        ProcessingTime(TimeUnit.SAME_DAY, 2)
    assert _message(error) == (
        "Thời gian giải quyết theo quy định: hồ sơ giải quyết trong ngày không ghi số ngày, số giờ."
    )
    assert ProcessingTime.working_days(1).amount == 1


def test_post_delivery_needs_an_address() -> None:
    with pytest.raises(InputError, match="Địa chỉ nhận kết quả qua bưu chính: không được để"):
        ResultDelivery(DeliveryMethod.POST)


def test_lookup_template_needs_the_code_placeholder() -> None:
    with pytest.raises(InputError, match=r"Địa chỉ tra cứu hồ sơ: phải chứa chỗ điền mã"):
        replace(HEADER, lookup_url_template="https://example.vn/tra-cuu")
    assert isinstance(
        AgencyHeader("UBND", "Bộ phận", "Nơi", "000", "https://e.vn/?ma={code}"), AgencyHeader
    )


def test_render_options() -> None:
    with pytest.raises(InputError, match="Khổ giấy: chỉ hỗ trợ A5 hoặc A4"):
        render_receipt(RECEIPT, page_size="Letter")
    with pytest.raises(InputError, match="Liên: cần ít nhất một liên"):
        render_receipt(RECEIPT, copies=())


def test_new_date_of_an_extension_must_be_later() -> None:
    with pytest.raises(InputError, match="Ngày hẹn trả kết quả mới: phải sau ngày hẹn trả"):
        replace(EXTENSION, new_due_at=EXTENSION.original_due_at - timedelta(days=1))


def test_completion_item_needs_a_reason() -> None:
    with pytest.raises(InputError, match="Lý do yêu cầu với “Tờ khai”: không được để trống"):
        CompletionItem("Tờ khai", "missing", "")  # type: ignore[arg-type]


def test_tracking_book_range() -> None:
    rows = book_rows(3)
    with pytest.raises(InputError, match="Đến ngày: phải từ ngày 05/06/2025 trở đi"):
        render_tracking_book(rows, date(2025, 6, 5), date(2025, 6, 1), HEADER)
    with pytest.raises(InputError) as error:
        render_tracking_book(rows, date(2025, 6, 3), date(2025, 6, 4), HEADER)
    assert _message(error) == (
        "Hồ sơ 000.00.12.H42-250602-0001: nhận ngày 02/06/2025, ngoài khoảng "
        "03/06/2025 - 04/06/2025."
    )


def test_times_in_other_zones_are_shown_in_vietnam_time() -> None:
    from datetime import UTC

    late_utc = datetime(2025, 6, 4, 23, 30, tzinfo=UTC)  # 06:30 on 5 June in Vietnam
    slip = replace(RECEIPT, received_at=late_utc)
    assert slip.received_at.astimezone(VN).day == 5
    with pytest.raises(InputError, match="06:30 ngày 05/06/2025"):
        replace(slip, due_at=late_utc - timedelta(minutes=1))


def test_enum_fields_take_members_or_their_values() -> None:
    assert ProcessingTime("working_days", 3).unit is TimeUnit.WORKING_DAYS  # type: ignore[arg-type]
    assert ResultDelivery("counter").method is DeliveryMethod.COUNTER  # type: ignore[arg-type]
    with pytest.raises(InputError) as error:
        ResultDelivery("drone")  # type: ignore[arg-type]
    assert _message(error) == (
        "Cách nhận kết quả: không hợp lệ: 'drone' (chỉ nhận: counter, post)."
    )


def test_new_fields_of_the_2025_forms_are_checked() -> None:
    from counter.forms.model import CompletionKind, ControlStep

    with pytest.raises(InputError, match="Kết quả giải quyết: phải là một trong Trước hạn"):
        ControlStep(RECEIPT.received_at, "Trung tâm", "Công an xã", "Sớm")
    with pytest.raises(InputError, match="Tên hệ thống cấp giấy tờ: không được để trống"):
        replace(HEADER, issuing_system=" ")
    with pytest.raises(InputError, match="Số bản sao của “Tờ khai”: không được là số âm"):
        CompletionItem("Tờ khai", CompletionKind.MISSING, "Thiếu", copies=-1)
    with pytest.raises(InputError, match="Cơ quan giải quyết hồ sơ: phải là chữ"):
        replace(RECEIPT, handling_agency=12)  # type: ignore[arg-type]
