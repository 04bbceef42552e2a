"""The agency's token through PKCS#11: found again on each use, PIN given per signature.

A token can be unplugged at any moment, so the library is initialised afresh before each
use (its slot list is read again) and every PKCS#11 failure becomes a :class:`SigningError`
with a message for the counter. The PIN is passed through and never kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counter.signing.errors import SigningError, TokenMissingError, WrongPinError

MAX_PIN = 64


@dataclass(frozen=True)
class TokenKey:
    """The signing key found on the token and the certificate with the same CKA_ID."""

    key_id: bytes
    certificate_der: bytes
    token_label: str


def load_library(path: str) -> Any:
    """The PKCS#11 module at ``path``, initialised again so that its slots are read anew."""
    import pkcs11
    from pkcs11 import exceptions as p11

    if not path.strip():
        raise SigningError(
            "Chưa cấu hình thư viện PKCS#11 của token ký số: vào Thiết lập, mục "
            "«Thư viện token ký số», chọn tệp .dll/.so do nhà cung cấp token cài đặt."
        )
    if not Path(path).is_file():
        raise TokenMissingError(
            f"Không tìm thấy thư viện token ký số {path}: kiểm tra phần mềm của token đã được "
            "cài trên máy này, hoặc sửa đường dẫn trong Thiết lập."
        )
    try:
        library = pkcs11.lib(path)
        if library.initialized:
            library.reinitialize()
    except (OSError, RuntimeError, p11.PKCS11Error) as error:
        raise SigningError(
            f"Không nạp được thư viện token ký số {path}: tệp này có thể không phải thư viện "
            "PKCS#11 hoặc không hợp với máy (32/64 bit).", detail=repr(error),
        ) from None
    return library


def _find_token(library: Any, label: str) -> Any:
    from pkcs11 import exceptions as p11

    try:
        tokens = [slot.get_token() for slot in library.get_slots(token_present=True)]
    except p11.PKCS11Error as error:
        raise TokenMissingError(_NO_TOKEN, detail=repr(error)) from None
    tokens = [t for t in tokens if t.flags & _TOKEN_INITIALIZED]
    if label:
        tokens = [t for t in tokens if t.label.strip() == label]
    if not tokens:
        named = f" có nhãn «{label}»" if label else ""
        raise TokenMissingError(_NO_TOKEN.replace("token ký số", f"token ký số{named}", 1))
    if len(tokens) > 1:
        labels = ", ".join(sorted(t.label.strip() for t in tokens))
        raise SigningError(
            f"Có nhiều token ký số đang cắm ({labels}): rút bớt, hoặc ghi nhãn token cần dùng "
            "trong Thiết lập."
        )
    return tokens[0]


_NO_TOKEN = ("Không thấy token ký số: hãy cắm token vào máy (đèn của token sáng) rồi thử lại. "
             "Chưa có gì được ký.")
_TOKEN_INITIALIZED = 0x400  # CKF_TOKEN_INITIALIZED


@contextmanager
def token_session(library_path: str, pin: str, label: str = "") -> Iterator[Any]:
    """A logged-in session on the token; the PIN is checked by the token itself."""
    from pkcs11 import exceptions as p11

    if not pin:
        raise WrongPinError("Chưa nhập mã PIN của token.")
    if len(pin) > MAX_PIN:
        raise WrongPinError(f"Mã PIN dài quá {MAX_PIN} ký tự.")
    library = load_library(library_path)
    token = _find_token(library, label)
    try:
        session = token.open(user_pin=pin)
    except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange):
        raise WrongPinError(
            "Mã PIN của token không đúng. Lưu ý: nhập sai nhiều lần liên tiếp sẽ khoá token."
        ) from None
    except p11.PinLocked:
        raise WrongPinError(
            "Token đã bị khoá do nhập sai PIN quá số lần cho phép: liên hệ nơi cấp chứng thư "
            "số để mở khoá."
        ) from None
    except (p11.TokenNotPresent, p11.DeviceRemoved, p11.SlotIDInvalid):
        raise TokenMissingError(_NO_TOKEN) from None
    except p11.PKCS11Error as error:
        raise SigningError("Token ký số báo lỗi khi đăng nhập.", detail=repr(error)) from None
    try:
        yield session
    except (p11.TokenNotPresent, p11.DeviceRemoved, p11.SessionHandleInvalid,
            p11.SessionClosed) as error:
        raise TokenMissingError(
            "Token ký số bị rút ra trong khi ký: chưa có gì được ký. Cắm lại rồi thử lại.",
            detail=repr(error),
        ) from None
    finally:
        with suppress(p11.PKCS11Error):
            session.close()


def find_signing_key(session: Any) -> TokenKey:
    """The private key that can sign and has a certificate with the same CKA_ID."""
    from pkcs11 import Attribute, ObjectClass

    certificates: dict[bytes, bytes] = {}
    for certificate in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        certificates[bytes(certificate[Attribute.ID])] = bytes(certificate[Attribute.VALUE])
    for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                    Attribute.SIGN: True}):
        key_id = bytes(key[Attribute.ID])
        if key_id in certificates:
            return TokenKey(key_id, certificates[key_id], session.token.label.strip())
    raise SigningError(
        "Token không có khoá ký kèm chứng thư số: token này có thể chưa được nơi cấp chứng thư "
        "nạp chứng thư, hoặc cắm nhầm token."
    )
