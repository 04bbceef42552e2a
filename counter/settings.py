"""Settings declared once: key, type, default and label; stored in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlalchemy.orm import Session

from counter.db.models import Setting
from counter.deadlines.calendar import WorkingHours
from counter.errors import InputError


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: Any
    label: str


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            "working_periods",
            list,
            [["08:00", "12:00"], ["13:00", "17:00"]],
            "Giờ làm việc trong ngày",
        ),
        SettingSpec("working_weekdays", list, [0, 1, 2, 3, 4], "Ngày làm việc trong tuần (0 = thứ Hai)"),
        SettingSpec("same_day_cutoff", str, "15:00", "Giờ giới hạn cho thủ tục trả trong ngày"),
        SettingSpec("due_soon_working_hours", int, 8, "Cảnh báo sắp đến hạn trước (giờ làm việc)"),
        SettingSpec("retention_days", int, 90,
                    "Giữ ảnh, bản quét trên máy trạm bao nhiêu ngày sau khi hồ sơ kết thúc "
                    "và hệ thống trung tâm đã nhận"),
        SettingSpec("code_journal_path", str, "", "Tệp nhật ký số mã hồ sơ (để trống: mặc định)"),
        SettingSpec("language", str, "vi", "Ngôn ngữ giao diện"),
    )
}


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise InputError("setting", f"không có thiết lập tên {key!r}.") from None


def get_setting(session: Session, key: str) -> Any:
    spec = _spec(key)
    row = session.get(Setting, key)
    return spec.default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    spec = _spec(key)
    if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
        raise InputError(key, f"giá trị phải có kiểu {spec.kind.__name__}.")
    if key in ("working_periods", "working_weekdays", "same_day_cutoff"):
        values = {k: get_setting(session, k) for k in ("working_periods", "working_weekdays", "same_day_cutoff")}
        values[key] = value
        working_hours_from(values)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _parse_time(text: Any, field: str) -> time:
    try:
        return time.fromisoformat(str(text))
    except ValueError:
        raise InputError(field, f"giờ không hợp lệ: {text!r} (cần dạng HH:MM).") from None


def working_hours_from(values: dict[str, Any]) -> WorkingHours:
    """Build (and so validate) the working hours from stored setting values."""
    periods_raw = values["working_periods"]
    if not isinstance(periods_raw, list) or not all(
        isinstance(p, list | tuple) and len(p) == 2 for p in periods_raw
    ):
        raise InputError("working_periods", "cần danh sách các cặp [giờ bắt đầu, giờ kết thúc].")
    periods = tuple(
        (_parse_time(start, "working_periods"), _parse_time(end, "working_periods"))
        for start, end in periods_raw
    )
    weekdays_raw = values["working_weekdays"]
    if not isinstance(weekdays_raw, list) or not all(isinstance(d, int) for d in weekdays_raw):
        raise InputError("working_weekdays", "cần danh sách số từ 0 (thứ Hai) đến 6 (Chủ nhật).")
    return WorkingHours(
        periods=periods,
        weekdays=frozenset(weekdays_raw),
        same_day_cutoff=_parse_time(values["same_day_cutoff"], "same_day_cutoff"),
    )


def load_working_hours(session: Session) -> WorkingHours:
    return working_hours_from(
        {k: get_setting(session, k) for k in ("working_periods", "working_weekdays", "same_day_cutoff")}
    )
