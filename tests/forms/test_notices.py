"""Forms 02-06 read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from counter.forms import (
    render_completion_request,
    render_control_slip,
    render_extension_apology,
    render_refusal,
    render_stop_notice,
)
from counter.forms.model import Applicant, ControlStep
from counter.forms.sheet import A5
from tests.forms import pdf_tools
from tests.forms.samples import (
    CODE,
    COMPLETION,
    CONTROL,
    DOSSIER,
    EXTENSION,
    HEADER,
    REFUSAL,
    STOP,
)

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def test_form_02_request_to_complete() -> None:
    pages = pdf_tools.page_texts(render_completion_request(COMPLETION))
    assert len(pages) == 1
    pdf_tools.assert_in_order(
        pages[0],
        [
            *MOTTO,
            "Số: 18/PYC",
            "Tân Phú, ngày 05 tháng 06 năm 2025",
            "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
            f"Mã hồ sơ: {CODE}",
            "Trung tâm Phục vụ hành chính công xã Tân Phú:",
            "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
            "Nội dung yêu cầu giải quyết: Đăng ký thường trú",
            "Thời gian nhận hồ sơ: 08:30 ngày 05/06/2025",
            "Yêu cầu Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:",
            "STT Thành phần hồ sơ, nội dung cần bổ sung,",
            "Yêu cầu Số lượng",
            "Bản chính Bản sao",
            "1 Văn bản đồng ý cho đăng ký",
            "Bổ sung 1",
            "2 Tờ khai thay đổi thông tin cư",
            "Sửa đổi,",
            "Lý do:",
            "1. Hồ sơ chưa có văn bản đồng ý",
            "2. Số định danh cá nhân ghi trên tờ khai",
            "liên hệ với Trần Văn Bình, số điện thoại 0251 3 888 999 hoặc Trung tâm Phục vụ "
            "hành chính công xã Tân Phú, số điện thoại 0251 3 777 888 để được hướng dẫn./.",
            "NGƯỜI HƯỚNG DẪN",
            "Trần Văn Bình",
        ],
    )


def test_form_02_without_officer_phone_or_agency_contact() -> None:
    request = replace(COMPLETION, officer_phone=None, header=replace(HEADER, contact=""))
    page = pdf_tools.text(render_completion_request(request))
    assert "liên hệ với Trần Văn Bình để được hướng dẫn./." in page
    assert "số điện thoại 0" not in page


def test_form_03_refusal_lists_every_reason() -> None:
    pages = pdf_tools.page_texts(render_refusal(REFUSAL))
    assert len(pages) == 1
    pdf_tools.assert_in_order(
        pages[0],
        [
            *MOTTO,
            "Số: 04/PTC",
            "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
            f"Mã hồ sơ: {CODE}",
            "Trung tâm Phục vụ hành chính công xã Tân Phú:",
            "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
            "Địa chỉ: Số 12, ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai",
            "Nội dung yêu cầu giải quyết: Đăng ký thường trú",
            "Qua xem xét, Trung tâm Phục vụ hành chính công xã Tân Phú thông báo không tiếp "
            "nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
            f"1. {REFUSAL.reasons[0]}",
            f"2. {REFUSAL.reasons[1]}",
            "Xin thông báo cho Ông/Bà được biết và thực hiện./.",
            "liên hệ với Trung tâm Phục vụ hành chính công xã Tân Phú, số điện thoại "
            "0251 3 777 888 để được hướng dẫn.",
            "NGƯỜI NỘP HỒ SƠ",
            "Nguyễn Thị Hồng Nhung",
            "NGƯỜI TIẾP NHẬN HỒ SƠ",
            "Trần Văn Bình",
        ],
    )


def test_form_03_has_two_signature_blocks_side_by_side() -> None:
    _, words = pdf_tools.words(render_refusal(REFUSAL))
    applicant = [w for w in words if w.text == "NGƯỜI" and w.x_min < A5.width / 2]
    officer = [w for w in words if w.text == "NGƯỜI" and w.x_min > A5.width / 2]
    assert len(applicant) == 1 and len(officer) == 1
    assert abs(applicant[0].y_min - officer[0].y_min) < 1


def test_form_04_apology_gives_both_dates_and_the_reason() -> None:
    pages = pdf_tools.page_texts(render_extension_apology(EXTENSION))
    assert len(pages) == 1
    pdf_tools.assert_in_order(
        pages[0],
        [
            "Số: 56/UBND-VP",
            "V/v xin lỗi và đề nghị gia hạn thời gian giải",
            "Tân Phú, ngày 16 tháng 06 năm 2025",
            "Kính gửi: Nguyễn Thị Hồng Nhung",
            "Ngày 05/06/2025, Trung tâm Phục vụ hành chính công xã Tân Phú tiếp nhận hồ sơ",
            f"mã hồ sơ {CODE}",
            "Thời gian hẹn trả kết quả: 16:00 ngày 16/06/2025.",
            f"Lý do: {EXTENSION.reason}",
            "xin lỗi Ông/Bà và đề nghị gia hạn thời gian trả kết quả giải quyết hồ sơ đến "
            "16:00 ngày 20/06/2025.",
            "Xin trân trọng cảm ơn./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT.",
            "CHỦ TỊCH",
            "Phạm Minh Quân",
        ],
    )


def test_form_05_stop_notice() -> None:
    pages = pdf_tools.page_texts(render_stop_notice(STOP))
    assert len(pages) == 1
    pdf_tools.assert_in_order(
        pages[0],
        [
            *MOTTO,
            "Số: 12/TB-UBND",
            "Tân Phú, ngày 12 tháng 06 năm 2025",
            "THÔNG BÁO",
            "Về việc dừng giải quyết hồ sơ",
            "Kính gửi: Nguyễn Thị Hồng Nhung",
            f"mã hồ sơ {CODE}, nội dung yêu cầu giải quyết: Đăng ký thường trú.",
            f"thông báo dừng giải quyết hồ sơ nêu trên. Lý do: {STOP.reason}",
            "CHỦ TỊCH",
            "Phạm Minh Quân",
        ],
    )


def test_form_06_control_slip_lists_every_step() -> None:
    pages = pdf_tools.page_texts(render_control_slip(CONTROL))
    assert len(pages) == 1
    pdf_tools.assert_in_order(
        pages[0],
        [
            *MOTTO,
            "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
            f"Mã hồ sơ: {CODE}",
            "Người nộp hồ sơ: Nguyễn Thị Hồng Nhung",
            "Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 05/06/2025",
            "Thời gian hẹn trả kết quả: 16 giờ 00 phút, ngày 16/06/2025",
            "Cơ quan (bộ phận) giải quyết hồ sơ: Công an xã Tân Phú",
            "Cơ quan phối hợp giải quyết hồ sơ: Văn phòng đăng ký đất đai chi nhánh Tân Phú",
            "TÊN CƠ QUAN",
            "THỜI GIAN GIAO, NHẬN HỒ SƠ",
            "GHI CHÚ",
            "1. Giao: Trung tâm Phục vụ hành chính công xã Tân Phú Nhận: Công an xã Tân Phú",
            "09 giờ 00 phút, ngày 05/06/2025",
            "Người giao Trần Văn Bình Người nhận Lê Thị Mai",
            "Trước hạn",
            "2. Giao: Công an xã Tân Phú",
            "14 giờ 15 phút, ngày 16/06/2025",
            "Người giao Lê Thị Mai Người nhận Trần Văn Bình",
            "Đúng hạn",
            "Đã có kết quả",
            "3. Giao: Trung tâm Phục vụ",
            "10 giờ 05 phút, ngày 17/06/2025",
            "Quá hạn",
            "Đã trả kết quả",
        ],
    )
    text = pages[0]
    assert text.count("Người giao") == 3 and text.count("Người nhận") == 3
    assert "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ đúng hạn/ quá hạn)" in text
    assert "Trang" not in pages[0], "a one-page form carries no page number"


def test_long_control_slip_runs_over_pages_with_its_header_repeated() -> None:
    start = CONTROL.steps[0].at
    steps = tuple(
        ControlStep(
            start + timedelta(hours=index),
            f"Cán bộ thụ lý số {index}",
            f"Lãnh đạo phòng số {index}",
            "Đúng hạn",
            f"Bước {index}",
        )
        for index in range(1, 61)
    )
    pdf = render_control_slip(replace(CONTROL, steps=steps))
    pages = pdf_tools.page_texts(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert "TÊN CƠ QUAN THỜI GIAN GIAO, NHẬN HỒ SƠ" in page
        assert f"Trang {number}/{len(pages)}" in page
    body = " ".join(pages)
    assert all(f"Bước {index} " in body + " " for index in range(1, 61))


def test_forms_02_to_06_stay_inside_the_margins_with_long_text() -> None:
    long_address = "Thôn Đông Xuân, " * 12 + "xã Hòa Phú, tỉnh Đắk Lắk"
    dossier = replace(DOSSIER, applicant=Applicant("Y Bhăm Niê Kdăm", long_address, "0905"))
    forms = [
        render_completion_request(replace(COMPLETION, dossier=dossier)),
        render_refusal(replace(REFUSAL, dossier=dossier)),
        render_extension_apology(replace(EXTENSION, dossier=dossier)),
        render_stop_notice(replace(STOP, dossier=dossier)),
        render_control_slip(replace(CONTROL, dossier=dossier)),
    ]
    for pdf in forms:
        boxes, words = pdf_tools.words(pdf)
        assert words
        for word in words:
            box = boxes[word.page - 1]
            assert A5.left - 0.5 <= word.x_min, word
            assert word.x_max <= box.width - A5.right + 0.5, word


def test_a4_versions() -> None:
    for render, form in (
        (render_completion_request, COMPLETION),
        (render_refusal, REFUSAL),
        (render_extension_apology, EXTENSION),
        (render_stop_notice, STOP),
        (render_control_slip, CONTROL),
    ):
        pdf = render(form, page_size="A4")  # type: ignore[operator]
        assert [round(w) for w in pdf_tools.page_sizes(pdf)[0]] == [595, 842]
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pdf_tools.text(pdf)
