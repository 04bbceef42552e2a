"""Writing and reading dossier codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from counter.errors import InputError

MAX_DAILY_NUMBER = 9999
_CODE = re.compile(r"^(?P<agency>[0-9A-Z.]+)-(?P<day>\d{6})-(?P<number>\d{4})$")


@dataclass(frozen=True)
class DossierCode:
    agency_code: str
    day: date
    number: int

    def __str__(self) -> str:
        return format_code(self.agency_code, self.day, self.number)


def format_code(agency_code: str, day: date, number: int) -> str:
    if not 1 <= number <= MAX_DAILY_NUMBER:
        raise InputError("number", f"số thứ tự {number} nằm ngoài 1–{MAX_DAILY_NUMBER}.")
    return f"{agency_code}-{day:%y%m%d}-{number:04d}"


def parse_code(text: str) -> DossierCode:
    match = _CODE.match(text.strip().upper())
    if not match:
        raise InputError("code", f"mã hồ sơ {text!r} không đúng dạng <mã cơ quan>-YYMMDD-NNNN.")
    try:
        day = datetime.strptime(match["day"], "%y%m%d").date()
    except ValueError:
        raise InputError("code", f"mã hồ sơ {text!r} có ngày không hợp lệ.") from None
    number = int(match["number"])
    if number == 0:
        raise InputError("code", f"mã hồ sơ {text!r} có số thứ tự 0000.")
    return DossierCode(match["agency"], day, number)
