"""Machine readable zone (ICAO 9303 parts 3, 4 and 5): check digits, TD1 and TD3.

A CCCD carries a TD1 MRZ (3 lines of 30); a passport a TD3 MRZ (2 lines of 44).
:func:`parse_mrz` validates every check digit and returns :class:`MrzData`;
:class:`AccessKey` holds the three BAC inputs (document number, birth date,
expiry date) and builds the "MRZ information" the BAC key seed is hashed from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from counter.idcard.errors import MrzError

WEIGHTS = (7, 3, 1)
MRZ_CHARS = re.compile(r"^[A-Z0-9<]*$")
TD1_LINE, TD3_LINE = 30, 44


def char_value(char: str) -> int:
    if char.isdigit():
        return int(char)
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    if char == "<":
        return 0
    raise MrzError("MRZ", f"ký tự không hợp lệ trong MRZ: {char!r}")


def check_digit(text: str) -> str:
    """The ICAO 9303 check digit of ``text`` (weights 7, 3, 1, modulo 10)."""
    total = sum(char_value(c) * WEIGHTS[i % 3] for i, c in enumerate(text))
    return str(total % 10)


def yymmdd(value: dt.date) -> str:
    return value.strftime("%y%m%d")


def parse_yymmdd(text: str, *, future: bool) -> dt.date | None:
    """A MRZ date; birth dates lie in the past, expiry dates in the future century window."""
    if not re.fullmatch(r"\d{6}", text):
        return None
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:])
    if future:
        year = 2000 + yy if yy < 70 else 1900 + yy
    else:
        year = 1900 + yy if yy > dt.date.today().year % 100 else 2000 + yy
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None


@dataclass(frozen=True)
class MrzData:
    """One document's MRZ, as printed and as stored in DG1."""

    format: str  # "TD1" or "TD3"
    document_code: str
    issuing_state: str
    document_number: str
    birth_date_text: str
    sex: str
    expiry_date_text: str
    nationality: str
    surname: str
    given_names: str
    optional_data: str
    lines: tuple[str, ...]

    @property
    def birth_date(self) -> dt.date | None:
        return parse_yymmdd(self.birth_date_text, future=False)

    @property
    def expiry_date(self) -> dt.date | None:
        return parse_yymmdd(self.expiry_date_text, future=True)

    def access_key(self) -> AccessKey:
        birth, expiry = self.birth_date, self.expiry_date
        if birth is None or expiry is None:
            raise MrzError("MRZ", "ngày sinh hoặc ngày hết hạn trong MRZ không phải ngày hợp lệ")
        return AccessKey(self.document_number, birth, expiry)


def split_name(field: str) -> tuple[str, str]:
    surname, _, given = field.strip("<").partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def expect_check(field_name: str, text: str, digit: str) -> None:
    if check_digit(text) != digit:
        raise MrzError("MRZ", f"sai số kiểm tra của {field_name} ({text!r})")


def normalise_lines(text: str) -> list[str]:
    lines = [line.strip().upper() for line in text.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if len(lines) == 1 and len(lines[0]) in (3 * TD1_LINE, 2 * TD3_LINE):
        width = TD1_LINE if len(lines[0]) == 3 * TD1_LINE else TD3_LINE
        lines = [lines[0][i : i + width] for i in range(0, len(lines[0]), width)]
    for line in lines:
        if not MRZ_CHARS.match(line):
            raise MrzError("MRZ", "MRZ chỉ gồm chữ in hoa A–Z, chữ số và dấu '<'")
    return lines


def document_number_with_overflow(number: str, digit: str, optional: str) -> tuple[str, str]:
    """ICAO long document numbers: a '<' check digit moves the rest into optional data."""
    if digit != "<":
        return number.rstrip("<"), digit
    overflow = optional.split("<", 1)[0]
    if len(overflow) < 2:
        raise MrzError("MRZ", "số giấy tờ dài nhưng thiếu phần tiếp theo và số kiểm tra")
    return number + overflow[:-1], overflow[-1]


def parse_td1(lines: list[str]) -> MrzData:
    one, two, three = lines
    number, digit = document_number_with_overflow(one[5:14], one[14], one[15:30])
    expect_check("số giấy tờ", number if one[14] == "<" else one[5:14], digit)
    expect_check("ngày sinh", two[0:6], two[6])
    expect_check("ngày hết hạn", two[8:14], two[14])
    expect_check("toàn dòng (composite)", one[5:30] + two[0:7] + two[8:15] + two[18:29], two[29])
    surname, given = split_name(three)
    return MrzData(
        format="TD1",
        document_code=one[0:2].rstrip("<"),
        issuing_state=one[2:5].rstrip("<"),
        document_number=number,
        birth_date_text=two[0:6],
        sex=two[7],
        expiry_date_text=two[8:14],
        nationality=two[15:18].rstrip("<"),
        surname=surname,
        given_names=given,
        optional_data=(one[15:30] + two[18:29]).strip("<"),
        lines=(one, two, three),
    )


def parse_td3(lines: list[str]) -> MrzData:
    one, two = lines
    expect_check("số hộ chiếu", two[0:9], two[9])
    expect_check("ngày sinh", two[13:19], two[19])
    expect_check("ngày hết hạn", two[21:27], two[27])
    if two[28:42].strip("<") or two[42] != "<":
        expect_check("số cá nhân", two[28:42], two[42])
    expect_check("toàn dòng (composite)", two[0:10] + two[13:20] + two[21:43], two[43])
    surname, given = split_name(one[5:44])
    return MrzData(
        format="TD3",
        document_code=one[0:2].rstrip("<"),
        issuing_state=one[2:5].rstrip("<"),
        document_number=two[0:9].rstrip("<"),
        birth_date_text=two[13:19],
        sex=two[20],
        expiry_date_text=two[21:27],
        nationality=two[10:13].rstrip("<"),
        surname=surname,
        given_names=given,
        optional_data=two[28:42].strip("<"),
        lines=(one, two),
    )


def parse_mrz(text: str) -> MrzData:
    """Parse and validate a TD1 or TD3 MRZ; any defect raises :class:`MrzError`."""
    lines = normalise_lines(text)
    if len(lines) == 3 and all(len(line) == TD1_LINE for line in lines):
        return parse_td1(lines)
    if len(lines) == 2 and all(len(line) == TD3_LINE for line in lines):
        return parse_td3(lines)
    shape = "+".join(str(len(line)) for line in lines) or "0"
    raise MrzError("MRZ", f"không phải TD1 (3×30) hay TD3 (2×44) ký tự (có {shape})")


@dataclass(frozen=True)
class AccessKey:
    """The access inputs printed on the document: BAC's three, and PACE's CAN when known."""

    document_number: str
    birth_date: dt.date
    expiry_date: dt.date
    can: str | None = None  # card access number for PACE (CCCD: last 6 ID digits)
    bac: bool = True  # False: only the CAN is known (PACE-CAN; no BAC, no PACE-MRZ)

    def __post_init__(self) -> None:
        if not self.bac:
            if self.can is None:
                raise MrzError("Mã CAN", "cần 6 chữ số khi không có ngày sinh và hạn thẻ")
        elif not re.fullmatch(r"[A-Z0-9<]{1,30}", self.document_number):
            raise MrzError("Số giấy tờ", "chỉ gồm chữ in hoa và chữ số (tối đa 30 ký tự)")
        if self.can is not None and not re.fullmatch(r"\d{6}", self.can):
            raise MrzError("Mã CAN", "phải gồm đúng 6 chữ số")

    @classmethod
    def from_id_number(cls, id_number: str, birth: dt.date, expiry: dt.date) -> AccessKey:
        """A CCCD's key: its document number is the last 9 digits of the 12-digit ID."""
        id_number = id_number.strip()
        if not re.fullmatch(r"\d{12}", id_number):
            raise MrzError("Số định danh", "phải gồm đúng 12 chữ số")
        return cls(id_number[-9:], birth, expiry, can=id_number[-6:])

    @classmethod
    def from_can(cls, can: str) -> AccessKey:
        """Only the card access number: opens a chip that offers PACE (a CCCD's CAN is the
        last 6 digits of its ID number), and no other."""
        return cls("", dt.date.min, dt.date.min, can=can.strip(), bac=False)

    @property
    def padded_number(self) -> str:
        return self.document_number.ljust(9, "<")

    def mrz_information(self) -> str:
        """Document number, birth date, expiry, each followed by its check digit."""
        number = self.padded_number
        birth, expiry = yymmdd(self.birth_date), yymmdd(self.expiry_date)
        return (
            number + check_digit(number) + birth + check_digit(birth) + expiry + check_digit(expiry)
        )
