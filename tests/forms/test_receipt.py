"""Form 01 read back from the PDF: every field, in order, with full diacritics;
the QR code and barcode decoded from the printed page; wrapping and margins."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC

import pytest
from reportlab.platypus import Paragraph

from counter.errors import InputError
from counter.forms import render_receipt
from counter.forms.layout import LaidOutParagraph
from counter.forms.model import Applicant, DeliveryMethod, DocumentLine, ResultDelivery
from counter.forms.receipt_qr import ReceiptQr, read_receipt_qr, receipt_qr_text
from counter.forms.sheet import A4, A5
from tests.forms import pdf_tools
from tests.forms.samples import CODE, HEADER_WITH_LOOKUP, RECEIPT

A5_POINTS = (419.5, 595.3)
A4_POINTS = (595.3, 841.9)


@pytest.fixture(scope="module")
def two_copies() -> bytes:
    return render_receipt(RECEIPT)


def test_every_field_of_form_01_in_order_on_each_copy(two_copies: bytes) -> None:
    pages = pdf_tools.page_texts(two_copies)
    assert len(pages) == 2
    for page, label in zip(pages, ("Liên 1", "Liên 2"), strict=True):
        pdf_tools.assert_in_order(
            page,
            [
                "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
                "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN PHÚ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 125/GTN",
                "Tân Phú, ngày 05 tháng 06 năm 2025",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                f"Mã hồ sơ: {CODE}",
                f"({label})",
                "Trung tâm Phục vụ hành chính công xã Tân Phú",
                "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
                "Địa chỉ: Số 12, ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai",
                "Số điện thoại: 0912 345 678",
                "Email: nhung.nguyen@example.vn",
                "Nội dung yêu cầu giải quyết: Đăng ký thường trú",
                "1. Thành phần hồ sơ nộp gồm:",
                "1 Tờ khai thay đổi thông tin cư trú (Mẫu CT01) 1 0",
                "2 Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp 1 1",
                "3 Văn bản đồng ý cho đăng ký thường trú của chủ hộ 1 0",
                "2. Số lượng hồ sơ: 01 (bộ)",
                "3. Thời gian giải quyết hồ sơ theo quy định là: 7 ngày làm việc",
                "4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 05 tháng 06 năm 2025",
                "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, "
                "ngày 16 tháng 06 năm 2025",
                "6. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã Tân Phú",
                "7. Phí, lệ phí: 20.000 đ",
                "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2025 Số thứ tự: 125",
                "NGƯỜI NỘP HỒ SƠ",
                "Nguyễn Thị Hồng Nhung",
                "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "Trần Văn Bình",
                "Ghi chú: Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên",
            ],
        )


def test_header_columns_in_their_places(two_copies: bytes) -> None:
    boxes, words = pdf_tools.words(two_copies)
    middle = boxes[0].width / 2
    first_page = [w for w in words if w.page == 1]
    # the authority on the left half, the national name on the right half
    assert next(w for w in first_page if w.text == "ỦY").x_max < middle
    assert next(w for w in first_page if w.text == "CỘNG").x_min > middle - 20
    date_word = next(
        w for w in first_page if w.text == "Tân" and w.y_min < 100 and w.x_min > middle
    )
    number_word = next(w for w in first_page if w.text == "Số:")
    assert abs(date_word.y_min - number_word.y_min) < 2, "Số and the date share a line"
    assert number_word.x_max < middle < date_word.x_min


def test_a5_by_default_and_a4_on_request() -> None:
    assert [
        tuple(round(v, 1) for v in size)
        for size in pdf_tools.page_sizes(render_receipt(RECEIPT, copies="Liên 1"))
    ] == [A5_POINTS]
    a4 = render_receipt(RECEIPT, page_size="A4", copies="Liên 2")
    assert [tuple(round(v, 1) for v in size) for size in pdf_tools.page_sizes(a4)] == [A4_POINTS]
    page = pdf_tools.page_texts(a4)[0]
    assert "(Liên 2)" in page and "(Liên 1)" not in page
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in page


def _qr_and_barcode(pdf: bytes, *, page: int = 1, dpi: int = 300) -> tuple[ReceiptQr, str]:
    found = pdf_tools.decode_codes(pdf, page=page, dpi=dpi)
    kinds = sorted(kind for kind, _ in found)
    assert kinds == ["CODE-128", "QR-Code"], found
    data = dict(found)
    return read_receipt_qr(data["QR-Code"]), data["CODE-128"]


def test_qr_code_carries_what_circular_01_2023_asks_for(two_copies: bytes) -> None:
    """Decoded with zbarimg from each printed copy: dossier code, procedure code, the
    applicant's ID number, the paper's name, the issuing system, the time of issue and
    the appointment (Circular 01/2023/TT-VPCP, Art. 26)."""
    for page in (1, 2):
        qr, barcode = _qr_and_barcode(two_copies, page=page)
        assert barcode == CODE
        assert qr.dossier_code == CODE
        assert qr.procedure_code == "1.004222"
        assert qr.applicant_id == "075190001234"
        assert qr.document_name == "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
        assert qr.issuing_system == "Phần mềm tiếp nhận hồ sơ một cửa onestop-counter"
        assert qr.issued_at == RECEIPT.received_at
        assert qr.appointment_at == RECEIPT.due_at
        assert qr.lookup_url is None


def test_qr_code_names_the_agency_system_and_its_lookup_address() -> None:
    header = replace(HEADER_WITH_LOOKUP, issuing_system="Hệ thống thông tin giải quyết TTHC tỉnh")
    pdf = render_receipt(replace(RECEIPT, header=header), copies="Liên 1")
    qr, _ = _qr_and_barcode(pdf)
    assert qr.issuing_system == "Hệ thống thông tin giải quyết TTHC tỉnh"
    assert qr.lookup_url == f"https://dichvucong.example.vn/tra-cuu?ma={CODE}"


def test_qr_code_of_an_organisation_carries_its_tax_code_and_times_in_vietnam_time() -> None:
    applicant = replace(RECEIPT.applicant, id_number="0312345678")
    utc = RECEIPT.received_at.astimezone(UTC)
    pdf = render_receipt(replace(RECEIPT, applicant=applicant, received_at=utc), copies="Liên 1")
    qr, _ = _qr_and_barcode(pdf, dpi=200)
    assert qr.applicant_id == "0312345678"
    assert receipt_qr_text(qr).count('"ThoiGianCap":"20250605083000"') == 1


def test_a_foreign_qr_text_is_refused_with_the_reason() -> None:
    with pytest.raises(InputError, match="JSON"):
        read_receipt_qr(CODE)
    with pytest.raises(InputError, match="MaTTHC"):
        read_receipt_qr('{"MaHoSo": "x"}')
    text = receipt_qr_text(read_receipt_qr(receipt_qr_text(_sample_qr())))
    with pytest.raises(InputError, match="yyyyMMddHHmmss"):
        read_receipt_qr(text.replace("20250605083000", "05/06/2025"))


def _sample_qr() -> ReceiptQr:
    return ReceiptQr(CODE, "1.004222", "075190001234", "Giấy tiếp nhận", "Hệ thống",
                     RECEIPT.received_at, RECEIPT.due_at)


def test_codes_still_decode_on_a4() -> None:
    pdf = render_receipt(RECEIPT, page_size="A4", copies="Liên 1")
    qr, barcode = _qr_and_barcode(pdf, dpi=200)
    assert (qr.dossier_code, barcode) == (CODE, CODE)


def test_codes_do_not_overlap_text(two_copies: bytes) -> None:
    """No word of page 1 lies in the band of the QR code and barcode, except the
    dossier code line and the copy label printed above the barcode."""
    _, words = pdf_tools.words(render_receipt(RECEIPT, copies="Liên 1"))
    code_line = next(w for w in words if w.text == CODE)
    label = next(w for w in words if w.text == "1)")
    unit_line = next(w for w in words if w.text == "Trung" and w.y_min > label.y_max)
    # the QR column: the left 24 mm of the frame
    qr_right = A5.left + 24 * 72 / 25.4
    between = [w for w in words if code_line.y_min - 15 < w.y_min < unit_line.y_min]
    assert all(w.x_min > qr_right for w in between), between
    # the barcode band (below the copy label, above the first body line) has no words
    assert not [w for w in words if label.y_max < w.y_min < unit_line.y_min - 1]


ADDRESS_200 = (
    "Số nhà 1234/56/78 hẻm 9, đường Nguyễn Thị Minh Khai, khu phố Bình Minh 3, "
    "phường Bến Thành, thành phố Hồ Chí Minh, gần chợ Bến Thành, đối diện trường "
    "Tiểu học Lê Ngọc Hân, cạnh nhà văn hóa Quang-Trung"
)


def _assert_inside_margins(pdf: bytes, sheet: object) -> None:
    boxes, words = pdf_tools.words(pdf)
    assert len(words) > 100
    for word in words:
        box = boxes[word.page - 1]
        assert word.x_min >= sheet.left - 0.5, word  # type: ignore[attr-defined]
        assert word.x_max <= box.width - sheet.right + 0.5, word  # type: ignore[attr-defined]
        assert word.y_max <= box.height - sheet.bottom + 0.5, word  # type: ignore[attr-defined]


def test_200_character_address_wraps_inside_the_page() -> None:
    assert len(ADDRESS_200) == 200
    slip = replace(RECEIPT, applicant=replace(RECEIPT.applicant, address=ADDRESS_200))
    pdf = render_receipt(slip, copies="Liên 1")
    assert len(pdf_tools.page_sizes(pdf)) == 1
    assert f"Địa chỉ: {ADDRESS_200}" in pdf_tools.text(pdf)
    _assert_inside_margins(pdf, A5)
    _, words = pdf_tools.words(pdf)
    first = next(w for w in words if w.text == "1234/56/78")
    last = next(w for w in words if w.text == "Quang-Trung")
    assert last.y_min > first.y_max, "the address runs over more than one line"


def test_long_procedure_name_and_documents_wrap_inside_the_page() -> None:
    procedure = (
        "Thủ tục cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác "
        "gắn liền với đất cho hộ gia đình, cá nhân đang sử dụng đất ổn định mà không có "
        "giấy tờ về quyền sử dụng đất và không vi phạm pháp luật về đất đai"
    )
    documents = tuple(
        DocumentLine(
            f"Bản sao giấy tờ chứng minh số {i}: văn bản xác nhận của Ủy ban nhân dân cấp xã "
            "về tình trạng tranh chấp, nguồn gốc và thời điểm sử dụng đất",
            originals=i % 2,
            copies=1,
        )
        for i in range(1, 7)
    )
    slip = replace(RECEIPT, procedure_name=procedure, documents=documents)
    for sheet, size in ((A5, "A5"), (A4, "A4")):
        pdf = render_receipt(slip, page_size=size, copies="Liên 1")
        body = pdf_tools.text(pdf)
        assert f"Nội dung yêu cầu giải quyết: {procedure}" in body
        assert "6 Bản sao giấy tờ chứng minh số 6" in body
        _assert_inside_margins(pdf, sheet)


def test_missing_phone_and_email_leave_no_empty_labels() -> None:
    bare = replace(RECEIPT, applicant=Applicant(name="Lò Văn Páo", address="Bản Nà Hẩu"))
    page = pdf_tools.text(render_receipt(bare, copies="Liên 1"))
    assert "Tiếp nhận hồ sơ của: Lò Văn Páo Địa chỉ: Bản Nà Hẩu Nội dung yêu cầu" in page
    assert "Số điện thoại" not in page and "Email" not in page and "None" not in page

    phone_only = replace(RECEIPT, applicant=Applicant(name="Lò Văn Páo", phone="0987 000 111"))
    page = pdf_tools.text(render_receipt(phone_only, copies="Liên 1"))
    assert "Tiếp nhận hồ sơ của: Lò Văn Páo Số điện thoại: 0987 000 111 Nội dung" in page
    assert "Email" not in page and "Địa chỉ:" not in page


def test_optional_fee_and_postal_delivery() -> None:
    slip = replace(
        RECEIPT,
        fee_vnd=None,
        delivery=ResultDelivery(DeliveryMethod.POST, "Số 7 đường Lê Lợi, phường Sài Gòn"),
        processing_time=replace(RECEIPT.processing_time, amount=15),
    )
    page = pdf_tools.text(render_receipt(slip, copies="Liên 1"))
    assert "Phí, lệ phí" not in page
    assert (
        "6. Đăng ký nhận kết quả tại: qua dịch vụ bưu chính công ích, "
        "địa chỉ: Số 7 đường Lê Lợi, phường Sài Gòn"
    ) in page
    assert "theo quy định là: 15 ngày làm việc" in page


def test_markup_characters_and_decomposed_accents_print_as_written() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung")
    assert decomposed != "Nguyễn Thị Hồng Nhung"
    applicant = Applicant(name=decomposed, address='Lô <B2> & C, khu "Hòa Bình"')
    page = pdf_tools.text(render_receipt(replace(RECEIPT, applicant=applicant), copies="Liên 1"))
    assert "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung" in page
    assert 'Địa chỉ: Lô <B2> & C, khu "Hòa Bình"' in page


def test_only_the_bundled_font_is_used_and_it_is_embedded(two_copies: bytes) -> None:
    used = pdf_tools.fonts_used(two_copies)
    assert used, "the PDF has fonts"
    for name, embedded in used:
        assert name.split("+")[-1].startswith("NotoSerif"), name
        assert embedded, name


def test_same_input_gives_the_same_bytes(two_copies: bytes) -> None:
    assert render_receipt(RECEIPT) == two_copies


def test_a_copy_that_runs_over_names_itself_on_its_next_page() -> None:
    documents = tuple(
        DocumentLine(f"Giấy tờ số {i}: văn bản xác nhận nguồn gốc và thời điểm sử dụng đất", 1)
        for i in range(1, 25)
    )
    pdf = render_receipt(replace(RECEIPT, documents=documents))
    pages = pdf_tools.page_texts(pdf)
    assert len(pages) == 4
    assert "trang 2" not in pages[0] and "trang 2" not in pages[2]
    assert f"Mã hồ sơ: {CODE} - Liên 1 - trang 2" in pages[1]
    assert f"Mã hồ sơ: {CODE} - Liên 2 - trang 2" in pages[3]
    assert "(Liên 2)" in pages[2]
    assert pages[1].startswith("STT Tên giấy tờ Bản chính Bản sao")  # header row repeated
    assert "24 Giấy tờ số 24" in pages[1] and "Trần Văn Bình" in pages[1]
    # the mark sits in the top margin, above everything else on the page
    _, words = pdf_tools.words(pdf)
    second = [w for w in words if w.page == 2]
    mark = next(w for w in second if w.text == "trang")
    assert mark.y_max < min(w.y_min for w in second if w.text == "STT")
    assert mark.y_min > 0


def test_lines_broken_once_per_width_give_the_same_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paragraphs keep their lines between the wraps of one width (tables wrap twice) and
    break them again after a split or a move to the next page: the PDFs are the ones plain
    ReportLab paragraphs make, here for receipts running onto a second page."""
    procedure = (
        "Thủ tục cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác "
        "gắn liền với đất cho hộ gia đình, cá nhân đang sử dụng đất ổn định"
    )
    documents = tuple(
        DocumentLine(f"Bản sao giấy tờ chứng minh số {i}: văn bản xác nhận của Ủy ban nhân dân "
                     "cấp xã về tình trạng tranh chấp, nguồn gốc và thời điểm sử dụng đất",
                     originals=i % 2, copies=1)
        for i in range(1, 17)
    )
    slips = [replace(RECEIPT, procedure_name=procedure * repeat, documents=documents[:count])
             for count in (5, 6, 7, 16) for repeat in (1, 2)]
    sizes = ("A5", "A4")
    quick = [render_receipt(slip, page_size=size) for slip in slips for size in sizes]
    assert max(len(pdf_tools.page_sizes(pdf)) for pdf in quick) > 2
    monkeypatch.setattr(LaidOutParagraph, "wrap", Paragraph.wrap)
    assert quick == [render_receipt(slip, page_size=size) for slip in slips for size in sizes]
