"""Signing a PDF on a SoftHSM2 token and checking it: the verdicts shown as they are."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ContentStream

from counter.errors import ConfigurationError, InputError
from counter.signing.errors import SigningError, TokenMissingError, WrongPinError
from counter.signing.pdf_sign import sign_pdf
from counter.signing.token import find_signing_key, token_session
from counter.signing.trust import load_trust_store
from counter.signing.verify import INVALID, UNSIGNED, UNTRUSTED, VALID, verify_pdf
from tests.signing.conftest import sample_pdf
from tests.signing.softhsm import AGENCY, SoftToken, make_ca, write_trust_folder


def signed(token: SoftToken, pdf: bytes, pin: str | None = None) -> bytes:
    with token_session(token.module, token.pin if pin is None else pin, token.label) as session:
        key = find_signing_key(session)
        return sign_pdf(pdf, session, key, AGENCY, "Số hóa bản sao")


def test_a_good_signature_is_valid_and_keeps_the_original(token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    original = sample_pdf()
    result = signed(token, original)

    assert result.startswith(original)  # an incremental update: the original, byte for byte
    verdict = verify_pdf(result, load_trust_store(str(trust_folder)))
    assert verdict.status == VALID, verdict.describe()
    assert [check.signer for check in verdict.signatures] == [
        "Common Name: UBND xã Tân Lập, Organization: UBND xã Tân Lập, Country: VN"]
    assert verdict.signatures[0].signed_at is not None
    # the visible stamp names the agency, in Vietnamese, on the page
    reader = pypdf.PdfReader(__import__("io").BytesIO(result))
    annotations = [a.get_object() for a in reader.pages[-1]["/Annots"]]
    widget = next(a for a in annotations if a.get("/FT") == "/Sig")
    assert widget["/Rect"][2] > widget["/Rect"][0]
    stream = ContentStream(widget["/AP"]["/N"].get_object(), reader)
    lines = [operands[1]["/ActualText"] for operands, operator in stream.operations
             if operator == b"BDC" and "/ActualText" in operands[1]]
    assert lines[0] == f"Ký số bởi: {AGENCY}" and lines[1] == f"Người ký: {AGENCY}"
    assert re.fullmatch(r"Thời gian ký: \d\d:\d\d:\d\d ngày \d\d/\d\d/\d{4} \(GMT\+7\)", lines[2])
    text = reader.pages[-1].extract_text(extraction_mode="plain")
    assert "Nguyễn Văn An" in text


def test_a_changed_byte_after_signing_is_invalid(token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    original = sample_pdf()
    result = bytearray(signed(token, original))
    # a byte of the signed original (inside its page content stream) changed afterwards
    position = original.index(b"stream") + 20
    result[position] ^= 0x01
    verdict = verify_pdf(bytes(result), load_trust_store(str(trust_folder)))
    assert verdict.status == INVALID, verdict.describe()
    assert "thay đổi" in verdict.label


def test_content_appended_after_signing_is_invalid(token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    import io

    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    result = signed(token, sample_pdf())
    writer = IncrementalPdfFileWriter(io.BytesIO(result))
    page = writer.find_page_for_modification(0)[0].get_object()
    page[NameObject("/Contents")] = writer.add_object(writer.root["/Pages"]["/Kids"][0]
                                                      .get_object()["/Contents"].get_object())
    writer.root[NameObject("/Lang")] = TextStringObject("en")
    writer.update_container(page)
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    verdict = verify_pdf(out.getvalue(), load_trust_store(str(trust_folder)))
    assert verdict.status == INVALID, verdict.describe()


def test_a_certificate_from_an_untrusted_ca_is_not_trusted(token, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = signed(token, sample_pdf())
    other = write_trust_folder(tmp_path / "other", make_ca("Một CA khác"))
    verdict = verify_pdf(result, load_trust_store(str(other)))
    assert verdict.status == UNTRUSTED, verdict.describe()
    assert "Test Root CA Việt Nam" in verdict.reason
    empty = verify_pdf(result, load_trust_store(""))
    assert empty.status == UNTRUSTED
    assert "chưa cấu hình" in empty.reason


def test_an_unsigned_pdf_says_so(trust_folder) -> None:  # type: ignore[no-untyped-def]
    verdict = verify_pdf(sample_pdf(), load_trust_store(str(trust_folder)))
    assert verdict.status == UNSIGNED
    assert verify_pdf(b"not a pdf", load_trust_store("")).status == UNSIGNED


def test_a_wrong_pin_is_refused_clearly_and_the_right_one_still_works(token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    for _attempt in range(2):  # SoftHSM2 does not lock; a real token would after a few
        with pytest.raises(WrongPinError, match="PIN của token không đúng"):
            signed(token, sample_pdf(), pin="000000")
    with pytest.raises(WrongPinError, match="Chưa nhập"):
        signed(token, sample_pdf(), pin="")
    result = signed(token, sample_pdf())
    assert verify_pdf(result, load_trust_store(str(trust_folder))).status == VALID


def test_a_removed_token_or_library_gives_a_clear_message(token, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    signed(token, sample_pdf())  # the token works first
    shutil.rmtree(token.token_dir)  # unplugged: its slot is gone when the module looks again
    token.token_dir.mkdir()
    with pytest.raises(TokenMissingError, match="Không thấy token ký số"):
        signed(token, sample_pdf())
    with pytest.raises(TokenMissingError, match="Không tìm thấy thư viện"), token_session(str(tmp_path / "gone.so"), "123456"):
        pass
    with pytest.raises(SigningError, match="Chưa cấu hình"), token_session("", "123456"):
        pass
    not_a_library = tmp_path / "fake.so"
    not_a_library.write_bytes(b"\x7fELF nothing")
    with pytest.raises(SigningError, match="Không nạp được"), token_session(str(not_a_library), "123456"):
        pass


def test_a_token_with_another_label_is_not_used(token) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TokenMissingError, match="nhãn «khác»"), token_session(token.module, token.pin, "khác"):
        pass


def test_bad_files_are_refused_before_the_token_signs(token) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="chỉ ký được tệp PDF"):
        signed(token, b"\x89PNG....")
    with pytest.raises(InputError, match="bị hỏng"):
        signed(token, b"%PDF-1.4\n garbage")


def test_a_trust_folder_that_is_missing_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="Không thấy thư mục"):
        load_trust_store(str(tmp_path / "none"))
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "junk.pem").write_bytes(b"not a certificate")
    store = load_trust_store(str(folder))
    assert store.empty and store.problems


def test_a_long_agency_name_wraps_inside_the_stamp() -> None:
    from datetime import datetime

    from counter.signing.pdf_sign import STAMP_LINE_CHARS, STAMP_MAX_LINES, StampText

    agency = "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai, Bộ phận tiếp nhận và trả kết quả"
    lines = StampText(agency, "Nguyễn Văn An", datetime(2026, 3, 2, 9, 30)).lines()
    assert all(len(line) <= STAMP_LINE_CHARS for line in lines)
    assert " ".join(part.strip() for part in lines[:2]) == f"Ký số bởi: {agency}"
    assert lines[-1] == "Thời gian ký: 09:30:00 ngày 02/03/2026 (GMT+7)"
    many = StampText("x " * 400, "y " * 100, datetime(2026, 3, 2, 9, 30)).lines()
    assert len(many) == STAMP_MAX_LINES and many[3].endswith("…") and many[5].endswith("…")
