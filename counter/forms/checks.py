"""Input checks shared by the form models; each failure is an ``InputError``
naming the field the way the form labels it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from counter.errors import InputError

# Code 128 and the lookup address carry the dossier code: keep it to the
# characters of real codes ("000.00.12.H42-230601-0003").
_DOSSIER_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-/_]*")
MAX_DOSSIER_CODE = 40
E = TypeVar("E", bound=StrEnum)


def require_text(field: str, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InputError(field, "không được để trống.")


def require_optional_text(field: str, value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise InputError(field, "phải là chữ.")


def require_count(field: str, value: int, *, minimum: int = 0) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, f"phải là số nguyên (nhận được: {value!r}).")
    if value < minimum:
        if minimum == 0:
            raise InputError(field, f"không được là số âm (nhận được: {value}).")
        raise InputError(field, f"phải từ {minimum} trở lên (nhận được: {value}).")


def require_aware(field: str, moment: datetime) -> None:
    if not isinstance(moment, datetime):
        raise InputError(field, "phải là ngày giờ.")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InputError(field, "thiếu múi giờ (cần giờ Việt Nam, Asia/Ho_Chi_Minh).")


def require_date(field: str, day: date) -> None:
    if not isinstance(day, date):
        raise InputError(field, "phải là ngày.")
    if isinstance(day, datetime):
        require_aware(field, day)


def require_after(field: str, later: datetime, earlier_label: str, earlier: datetime) -> None:
    """``later`` must come strictly after ``earlier`` (both already checked aware)."""
    if later <= earlier:
        from counter.forms.formatting import format_time_and_date

        raise InputError(
            field,
            f"phải sau {earlier_label} ({format_time_and_date(earlier)}); "
            f"nhận được {format_time_and_date(later)}.",
        )


def require_items(field: str, items: Sequence[object], kind: type) -> None:
    if not isinstance(items, tuple):
        raise InputError(field, "phải là một danh sách (tuple).")
    if not items:
        raise InputError(field, "cần ít nhất một mục.")
    for item in items:
        if not isinstance(item, kind):
            raise InputError(field, f"có mục không hợp lệ: {item!r}.")


def require_dossier_code(field: str, code: str) -> None:
    require_text(field, code)
    if len(code) > MAX_DOSSIER_CODE or not _DOSSIER_CODE.fullmatch(code):
        raise InputError(
            field,
            "chỉ gồm chữ cái không dấu, chữ số và các dấu . - / _ "
            f"(tối đa {MAX_DOSSIER_CODE} ký tự); nhận được: {code!r}.",
        )


def require_lookup_template(field: str, template: str | None) -> None:
    if template is None:
        return
    require_text(field, template)
    if "{code}" not in template:
        raise InputError(field, "phải chứa chỗ điền mã hồ sơ {code}.")


def set_enum(owner: object, attribute: str, kind: type[E], field: str) -> None:
    """Accept an enum member or its value (``"working_days"``) for a frozen
    dataclass attribute, storing the member."""
    value = getattr(owner, attribute)
    try:
        member = kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise InputError(field, f"không hợp lệ: {value!r} (chỉ nhận: {allowed}).") from None
    object.__setattr__(owner, attribute, member)
