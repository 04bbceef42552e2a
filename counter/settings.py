"""Settings declared once: key, type, default and label; stored in the database.

The stored settings (the rows of ``setting``) are one document with a version, kept in the
reserved row ``settings_version`` (no row: version 0, from before settings had versions).
Reading an older document runs the upgrade steps in order; :func:`upgrade_stored_settings`
writes the result back when the installation opens. A document written by a newer version
of the app is read as it is but not changed (:func:`set_setting` refuses, saying why).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counter.db.models import RemoteSetting, Setting
from counter.deadlines.calendar import WorkingHours
from counter.errors import DatabaseTooNewError, InputError, StorageError
from counter.scanning.profiles import (
    DEFAULT_KIND_KEYWORDS,
    DEFAULT_SCAN_PROFILES,
    check_kind_keywords,
    check_profiles,
)

if TYPE_CHECKING:
    from counter.db.store import Store

SETTINGS_VERSION = 1
VERSION_KEY = "settings_version"
Document = dict[str, Any]
UpgradeStep = Callable[[Document], Document]


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
        SettingSpec("early_warning_days", int, 3,
                    "Cảnh báo sớm khi đăng nhập: hồ sơ đến hạn trong bao nhiêu ngày tới"),
        SettingSpec("retention_days", int, 90,
                    "Giữ ảnh, bản quét trên máy trạm bao nhiêu ngày sau khi hồ sơ kết thúc "
                    "và hệ thống trung tâm đã nhận"),
        SettingSpec("code_journal_path", str, "", "Tệp nhật ký số mã hồ sơ (để trống: mặc định)"),
        SettingSpec("language", str, "vi", "Ngôn ngữ giao diện"),
        SettingSpec("idle_logout_minutes", int, 15,
                    "Tự đăng xuất sau bao nhiêu phút không thao tác (cảnh báo trước 1 phút)"),
        SettingSpec("signing_library", str, "",
                    "Thư viện PKCS#11 của token ký số (tệp .dll/.so của nhà cung cấp)"),
        SettingSpec("signing_token_label", str, "",
                    "Nhãn token ký số (để trống: token duy nhất đang cắm)"),
        SettingSpec("signing_trust_folder", str, "",
                    "Thư mục chứng thư gốc tin cậy để kiểm tra chữ ký số"),
        SettingSpec("print_receipt_direct", bool, False,
                    "In các liên giấy tiếp nhận thẳng ra máy in mặc định sau Ctrl+Enter"),
        SettingSpec("payee_bank_bin", str, "", "Mã BIN ngân hàng (NAPAS) của tài khoản nhận phí"),
        SettingSpec("payee_account", str, "", "Số tài khoản nhận phí, lệ phí"),
        SettingSpec("payee_account_name", str, "", "Tên chủ tài khoản nhận phí"),
        SettingSpec("payee_bank_name", str, "", "Tên ngân hàng của tài khoản nhận phí"),
        SettingSpec("citizen_screen", str, "off",
                    "Màn hình hướng về công dân: off (tắt, khi chỉ có một màn hình), "
                    "auto (màn hình thứ hai) hoặc số thứ tự màn hình (1, 2, ...)"),
        SettingSpec("scanner_device", str, "", "Máy quét dùng (để trống: máy đầu tiên tìm thấy)"),
        SettingSpec("scan_source", str, "flatbed",
                    "Nguồn giấy khi quét: flatbed (mặt kính) hoặc adf (khay nạp giấy)"),
        SettingSpec("scan_profiles", dict, DEFAULT_SCAN_PROFILES,
                    "Chế độ quét theo loại giấy tờ (màu/xám/đen trắng, dpi, chất lượng JPEG)"),
        SettingSpec("scan_kind_keywords", dict, DEFAULT_KIND_KEYWORDS,
                    "Từ khoá trong tên giấy tờ chọn loại giấy tờ khi quét"),
        SettingSpec("sync_warn_after_days", int, 0,
                    "Nhắc đồng bộ khi quá bao nhiêu ngày chưa đồng bộ (0: không nhắc)"),
        SettingSpec("sync_block_after_days", int, 0,
                    "Ngừng tiếp nhận hồ sơ mới khi quá bao nhiêu ngày chưa đồng bộ (0: không ngừng)"),
    )
}

# Numbers that only make sense within limits: (lowest, highest).
BOUNDS: dict[str, tuple[int, int]] = {
    "idle_logout_minutes": (2, 240),  # the warning comes a minute before the logout
}


def _numbers_stored_as_text(document: Document) -> Document:
    """0 -> 1: a number setting may hold its number as text (``"90"``, a hand-edited or
    imported value); from version 1 every value has its declared type. Text that is not a
    whole number stops the upgrade with the setting's name rather than being guessed at."""
    upgraded = dict(document)
    for key, value in document.items():
        spec = SPECS.get(key)
        if spec is None or spec.kind is not int or not isinstance(value, str):
            continue
        try:
            upgraded[key] = int(value.strip())
        except ValueError:
            raise StorageError(
                f"Thiết lập “{spec.label}” ({key}) đang lưu {value!r}, không phải một số: "
                "hãy sửa lại thiết lập này rồi mở lại ứng dụng."
            ) from None
    return upgraded


# UPGRADES[n] takes a document of version n to version n + 1.
UPGRADES: tuple[UpgradeStep, ...] = (_numbers_stored_as_text,)
assert len(UPGRADES) == SETTINGS_VERSION, "one upgrade step per settings version"


def upgrade_document(
    document: Document, version: int, steps: Sequence[UpgradeStep] = UPGRADES
) -> Document:
    """The document brought from ``version`` to ``len(steps)``, step after step."""
    for step in steps[version:]:
        document = step(dict(document))
    return document


def stored_version(session: Session) -> int:
    row = session.get(Setting, VERSION_KEY)
    if row is None:
        return 0
    if isinstance(row.value, bool) or not isinstance(row.value, int) or row.value < 0:
        raise StorageError(f"Phiên bản thiết lập đã lưu không hợp lệ: {row.value!r}.")
    return row.value


def stored_document(session: Session) -> Document:
    """The stored settings as they are, without the version row."""
    rows = session.scalars(select(Setting).where(Setting.key != VERSION_KEY))
    return {row.key: row.value for row in rows}


def current_document(session: Session) -> Document:
    """The stored settings brought to this version (read as they are if newer)."""
    version = stored_version(session)
    document = stored_document(session)
    return upgrade_document(document, version) if version < SETTINGS_VERSION else document


def upgrade_stored_settings(store: Store) -> None:
    """Write an older settings document back upgraded (nothing to do if current or newer)."""
    with store.read() as session:
        if stored_version(session) >= SETTINGS_VERSION:
            return
    with store.write() as session:
        _write_upgraded(session)


def _write_upgraded(session: Session) -> None:
    version = stored_version(session)
    if version >= SETTINGS_VERSION:
        return
    document = upgrade_document(stored_document(session), version)
    session.execute(delete(Setting).where(Setting.key.not_in([*document, VERSION_KEY])))
    for key, value in {**document, VERSION_KEY: SETTINGS_VERSION}.items():
        session.merge(Setting(key=key, value=value))
    session.flush()


def _refuse_newer(session: Session) -> None:
    version = stored_version(session)
    if version > SETTINGS_VERSION:
        raise DatabaseTooNewError(
            f"Thiết lập được lưu bởi phiên bản mới hơn của ứng dụng (phiên bản thiết lập {version}, "
            f"ứng dụng này biết đến {SETTINGS_VERSION}): chỉ đọc được, không sửa được. "
            "Hãy cập nhật ứng dụng."
        )


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise InputError("setting", f"không có thiết lập tên {key!r}.") from None


# Settings the central system may set per agency or per workstation (delivered at sync);
# a value from there wins over the one set on this PC (counter/remote_settings.py).
REMOTE_KEYS = frozenset({
    "idle_logout_minutes", "retention_days", "due_soon_working_hours",
    "sync_warn_after_days", "sync_block_after_days",
})


SOURCE_LABELS = {"local": "máy này", "agency": "cơ quan", "workstation": "máy trạm"}


def get_setting(session: Session, key: str) -> Any:
    spec = _spec(key)
    if key in REMOTE_KEYS:
        remote = session.get(RemoteSetting, key)
        if remote is not None:
            return remote.value
    if stored_version(session) < SETTINGS_VERSION:
        return current_document(session).get(key, spec.default)
    row = session.get(Setting, key)
    return spec.default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    spec = _spec(key)
    remote = session.get(RemoteSetting, key) if key in REMOTE_KEYS else None
    if remote is not None:
        raise InputError(key, f"thiết lập “{spec.label}” do hệ thống trung tâm đặt (cấp "
                              f"{SOURCE_LABELS[remote.source]}): không sửa được trên máy này.")
    _refuse_newer(session)
    _write_upgraded(session)
    if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
        raise InputError(key, f"giá trị phải có kiểu {spec.kind.__name__}.")
    low_high = BOUNDS.get(key)
    if low_high is not None and not low_high[0] <= _number(value) <= low_high[1]:
        raise InputError(key, f"“{spec.label}” phải từ {low_high[0]} đến {low_high[1]}.")
    if key == "citizen_screen" and str(value).strip().lower() not in ("off", "auto") \
            and not str(value).strip().isdigit():
        raise InputError(key, "chọn off (tắt), auto (màn hình thứ hai) hoặc số thứ tự màn hình.")
    if key in ("working_periods", "working_weekdays", "same_day_cutoff"):
        values = {k: get_setting(session, k) for k in ("working_periods", "working_weekdays", "same_day_cutoff")}
        values[key] = value
        working_hours_from(values)
    if key == "scan_profiles":
        check_profiles(value)
    elif key == "scan_kind_keywords":
        check_kind_keywords(value, get_setting(session, "scan_profiles"))
    elif key == "scan_source" and value not in ("flatbed", "adf"):
        raise InputError(key, "nguồn giấy phải là flatbed (mặt kính) hoặc adf (khay nạp giấy).")
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _number(value: Any) -> int:
    return int(value)


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
