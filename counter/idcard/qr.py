"""The QR code printed on a CCCD / Căn cước card, as text from a barcode scanner.

Old CCCD (front): ``ID12|CMND9|Full name|ddmmyyyy|Sex|Address|ddmmyyyy``
(the old ID may be empty; some cards leave that field out: 6 fields).
The 2024 Căn cước card (back) adds fields after these: by the draft of its
circular (reported by luatvietnam.vn), the names and personal ID numbers of the
household head, father, mother, spouse and children, the old 9-digit ID and
cancelled ID numbers. Their order and separators are UNVERIFIED, so the first
seven fields are read as above and every further field is kept as it is in
``family_raw`` (shown raw as family data), never guessed into father or mother.
Keyboard-wedge scanners can garble Vietnamese letters: UTF-8 read as
Latin-1 is repaired, question marks in names are refused with a hint.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from counter.idcard.errors import QrFormatError
from counter.idcard.expiry import expiry_candidates
from counter.idcard.mrz import AccessKey
from counter.text import ascii_digits, hidden_character

MAX_LENGTH = 2000
MAX_FIELDS = 30
ID_PATTERN = re.compile(r"[0-9]{12}")
OLD_ID_PATTERN = re.compile(r"[0-9]{9}|[0-9]{12}")
SEXES = {"nam": "Nam", "nữ": "Nữ", "nu": "Nữ", "male": "Nam", "female": "Nữ"}


@dataclass(frozen=True)
class CccdQrData:
    id_number: str
    old_id_number: str | None
    full_name: str
    birth_date: dt.date
    sex: str
    address: str
    issue_date: dt.date | None
    family_raw: tuple[str, ...] = ()  # the 2024 card's further fields, as scanned
    variant: str = "cccd-7"

    def access_keys(self) -> list[AccessKey]:
        """BAC keys to try, most likely expiry first (the QR has no expiry date)."""
        if self.issue_date is None:
            raise QrFormatError("mã QR không có ngày cấp, không suy ra được ngày hết hạn thẻ")
        expiries = expiry_candidates(self.birth_date, self.issue_date)
        if not expiries:
            raise QrFormatError(
                "thẻ cấp sau tuổi 58 không có hạn: nhập ngày hết hạn in trên thẻ để đọc chip"
            )
        return [AccessKey.from_id_number(self.id_number, self.birth_date, e) for e in expiries]


def repair_mojibake(text: str) -> str:
    """UTF-8 bytes that a scanner passed on as Latin-1/cp1252 characters, put back."""
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired != text:
            return repaired
    return text


def parse_date(text: str, what: str) -> dt.date:
    text = ascii_digits(text)
    if not re.fullmatch(r"[0-9]{8}", text):
        raise QrFormatError(f"{what} phải có dạng ddmmyyyy (8 chữ số), nhận được {text!r}")
    try:
        return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError as error:
        raise QrFormatError(f"{what} {text!r} không phải ngày có thật") from error


def check_text(value: str, what: str) -> str:
    value = unicodedata.normalize("NFC", value.strip())
    if not value:
        raise QrFormatError(f"thiếu {what}")
    hidden = hidden_character(value)
    if hidden is not None:
        raise QrFormatError(f"{what} chứa ký tự điều khiển hoặc ký tự ẩn (U+{ord(hidden):04X})")
    if "?" in value or "\ufffd" in value:
        raise QrFormatError(
            f"{what} có ký tự bị máy quét làm hỏng ('?'): đặt máy quét ở chế độ Unicode/UTF-8"
        )
    return value


def check_name(value: str, what: str) -> str:
    value = check_text(value, what)
    if not all(c.isalpha() or c in " .'-" for c in value):
        raise QrFormatError(f"{what} chứa ký tự không phải chữ: {value!r}")
    return " ".join(value.split())


def check_raw(value: str) -> str:
    """A further field kept as scanned (NFC), refused only if it hides control characters."""
    value = unicodedata.normalize("NFC", value.strip())
    hidden = hidden_character(value)
    if hidden is not None:
        raise QrFormatError(f"trường bổ sung chứa ký tự điều khiển hoặc ký tự ẩn "
                            f"(U+{ord(hidden):04X})")
    return value


def split_fields(text: str) -> list[str]:
    if len(text) > MAX_LENGTH:
        raise QrFormatError(f"nội dung quá dài ({len(text)} ký tự)")
    text = repair_mojibake(text.strip().strip("\x00"))
    fields = text.split("|")
    if len(fields) > MAX_FIELDS:
        raise QrFormatError(f"quá nhiều trường ({len(fields)})")
    if len(fields) < 6:
        raise QrFormatError(
            f"cần ít nhất 6 trường ngăn bởi '|', chỉ có {len(fields)}: không phải mã QR CCCD"
        )
    return fields


def parse_cccd_qr(text: str, *, today: dt.date | None = None) -> CccdQrData:
    """Parse the card's QR text; malformed text raises :class:`QrFormatError` with the reason."""
    today = today or dt.date.today()
    fields = [f.strip() for f in split_fields(text)]
    fields[:2] = [ascii_digits(f) for f in fields[:2]]
    id_number = fields[0]
    if not ID_PATTERN.fullmatch(id_number):
        raise QrFormatError(f"số định danh phải gồm 12 chữ số, nhận được {id_number!r}")
    has_old_id = fields[1] == "" or bool(OLD_ID_PATTERN.fullmatch(fields[1]))
    if has_old_id and len(fields) < 7:
        raise QrFormatError("thiếu trường: mã QR có số CMND nhưng không đủ 7 trường")
    old_id = fields[1] or None if has_old_id else None
    rest = fields[2:] if has_old_id else fields[1:]
    name, birth_text, sex_text, address, issue_text, *tail = rest
    birth = parse_date(birth_text, "ngày sinh")
    if birth > today:
        raise QrFormatError("ngày sinh ở tương lai")
    sex = SEXES.get(check_text(sex_text, "giới tính").lower())
    if sex is None:
        raise QrFormatError(f"giới tính phải là Nam hoặc Nữ, nhận được {sex_text!r}")
    issue = parse_date(issue_text, "ngày cấp") if issue_text else None
    if issue is not None and not birth <= issue <= today:
        raise QrFormatError("ngày cấp phải sau ngày sinh và không ở tương lai")
    family = tuple(check_raw(t) for t in tail)
    variant = "cccd-7" if has_old_id else "cccd-6"
    if tail:
        variant = "can-cuoc-2024"
    return CccdQrData(
        id_number=id_number,
        old_id_number=old_id,
        full_name=check_name(name, "họ tên"),
        birth_date=birth,
        sex=sex,
        address=check_text(address, "nơi thường trú"),
        issue_date=issue,
        family_raw=family,
        variant=variant,
    )
