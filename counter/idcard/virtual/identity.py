"""Identities for the virtual card: given ones or realistic demo citizens.

Demo addresses follow the two-level local government in force since
1 July 2025: commune or ward, then province or city (no district).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from counter.idcard.expiry import anniversary, cccd_expiry
from counter.text import fold

CCCD, PASSPORT = "CCCD", "PASSPORT"

FAMILY_NAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
)  # fmt: skip
MIDDLE_NAMES = {
    "Nam": ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Xuân", "Công"),
    "Nữ": ("Thị", "Ngọc", "Thu", "Minh", "Thanh", "Bảo", "Hồng", "Kim"),
}
GIVEN_NAMES = {
    "Nam": ("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
            "Phúc", "Quang", "Sơn", "Tuấn", "Việt", "Đạt", "Thắng"),
    "Nữ": ("Anh", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Ngân",
           "Phương", "Thảo", "Trang", "Yến", "Hằng", "Nhung", "Tâm"),
}  # fmt: skip
# (province code of the ID number, commune or ward, province or city)
PLACES = (
    ("001", "phường Ba Đình", "Thành phố Hà Nội"),
    ("001", "xã Đông Anh", "Thành phố Hà Nội"),
    ("079", "phường Sài Gòn", "Thành phố Hồ Chí Minh"),
    ("079", "phường Bến Thành", "Thành phố Hồ Chí Minh"),
    ("048", "phường Hải Châu", "Thành phố Đà Nẵng"),
    ("092", "phường Ninh Kiều", "Thành phố Cần Thơ"),
    ("046", "phường Thuận Hóa", "Thành phố Huế"),
    ("031", "phường Hồng Bàng", "Thành phố Hải Phòng"),
    ("038", "phường Hạc Thành", "tỉnh Thanh Hóa"),
    ("040", "phường Trường Vinh", "tỉnh Nghệ An"),
    ("056", "phường Nha Trang", "tỉnh Khánh Hòa"),
    ("066", "phường Buôn Ma Thuột", "tỉnh Đắk Lắk"),
    ("089", "phường Long Xuyên", "tỉnh An Giang"),
    ("027", "phường Kinh Bắc", "tỉnh Bắc Ninh"),
)
STREETS = ("Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt",
           "Quang Trung", "Phan Chu Trinh", "Hùng Vương")  # fmt: skip
FEATURES = (
    "Nốt ruồi C:1cm trên trước đầu lông mày trái",
    "Sẹo chấm C:2cm dưới sau đuôi mắt phải",
    "Nốt ruồi C:1,5cm dưới trước cánh mũi phải",
)


@dataclass(frozen=True)
class VirtualIdentity:
    id_number: str
    full_name: str
    birth_date: dt.date
    sex: str  # "Nam" or "Nữ"
    issue_date: dt.date
    expiry_date: dt.date
    place_of_origin: str
    place_of_residence: str
    nationality: str = "Việt Nam"
    ethnicity: str = "Kinh"
    religion: str = "Không"
    identifying_features: str = ""
    father_name: str | None = None
    mother_name: str | None = None
    spouse_name: str | None = None
    old_id_number: str | None = None
    document_type: str = CCCD
    passport_number: str | None = None
    # A 2024 "Căn cước" card: DG13 field numbers written encrypted (Circular 16/2024/TT-BCA),
    # and the raw bytes of field 16 (meaning unknown).
    encrypted_fields: tuple[int, ...] = ()
    field_16: bytes | None = None

    @property
    def document_number(self) -> str:
        """What BAC is keyed with: the last 9 ID digits, or the passport number."""
        if self.document_type == PASSPORT and self.passport_number:
            return self.passport_number
        return self.id_number[-9:]

    @property
    def mrz_sex(self) -> str:
        return "F" if self.sex == "Nữ" else "M"


def ascii_name(text: str) -> str:
    """Upper-case ASCII for the MRZ: diacritics dropped, Đ written D."""
    return fold(text).upper()


def mrz_name_parts(full_name: str) -> tuple[str, str]:
    """Family name first in Vietnamese order: (surname, given names)."""
    words = ascii_name(full_name).split()
    return (words[0], " ".join(words[1:])) if words else ("", "")


def id_number_for(province_code: str, sex: str, birth: dt.date, serial: int) -> str:
    century = 0 if birth.year < 2000 else 2
    gender = century + (1 if sex == "Nữ" else 0)
    return f"{province_code}{gender}{birth.year % 100:02d}{serial:06d}"


def random_person(rng: random.Random, sex: str, family: str | None = None) -> str:
    surname = family or rng.choice(FAMILY_NAMES)
    return f"{surname} {rng.choice(MIDDLE_NAMES[sex])} {rng.choice(GIVEN_NAMES[sex])}"


def demo_identity(seed: int = 1, *, today: dt.date | None = None) -> VirtualIdentity:
    """A deterministic, realistic demo citizen (fictional: any match is chance)."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    sex = rng.choice(("Nam", "Nữ"))
    family = rng.choice(FAMILY_NAMES)
    birth = dt.date(rng.randint(1965, 2003), rng.randint(1, 12), rng.randint(1, 28))
    code, commune, province = rng.choice(PLACES)
    _, origin_commune, origin_province = rng.choice(PLACES)
    issue = today - dt.timedelta(days=rng.randint(30, 900))
    expiry = cccd_expiry(birth, issue) or anniversary(birth, 100)
    if expiry <= today:
        issue, expiry = today - dt.timedelta(days=30), anniversary(birth, 60)
    married = today.year - birth.year > 27 and rng.random() < 0.7
    spouse_sex = "Nữ" if sex == "Nam" else "Nam"
    return VirtualIdentity(
        id_number=id_number_for(code, sex, birth, rng.randint(0, 999_999)),
        full_name=random_person(rng, sex, family),
        birth_date=birth,
        sex=sex,
        issue_date=issue,
        expiry_date=expiry,
        place_of_origin=f"{origin_commune}, {origin_province}",
        place_of_residence=(
            f"Số {rng.randint(1, 199)} đường {rng.choice(STREETS)}, {commune}, {province}"
        ),
        identifying_features=rng.choice(FEATURES),
        father_name=random_person(rng, "Nam", family),
        mother_name=random_person(rng, "Nữ"),
        spouse_name=random_person(rng, spouse_sex) if married else None,
        old_id_number=f"{rng.randint(0, 999_999_999):09d}" if birth.year < 1995 else None,
    )


def demo_passport(seed: int = 2, *, today: dt.date | None = None) -> VirtualIdentity:
    """A demo Vietnamese passport holder (TD3 MRZ, no DG13)."""
    person = demo_identity(seed, today=today)
    rng = random.Random(seed * 7919)
    issue = (today or dt.date.today()) - dt.timedelta(days=rng.randint(30, 1500))
    return VirtualIdentity(
        **{
            **person.__dict__,
            "document_type": PASSPORT,
            "passport_number": f"{rng.choice('CPN')}{rng.randint(0, 9_999_999):07d}",
            "issue_date": issue,
            "expiry_date": anniversary(issue, 10) - dt.timedelta(days=1),
        }
    )
