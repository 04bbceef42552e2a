"""Settings of the central server, declared once with their defaults.

They live in ``<data dir>/central/settings.json`` (every key optional); the
command line may override the database URL. The server's X25519 key pair is
kept next to them.
"""

from __future__ import annotations

import dataclasses
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counter.errors import ConfigurationError, InputError
from counter.validate import read_json_file

SETTINGS_FILE = "settings.json"
PRIVATE_KEY_FILE = "central-x25519.pem"
FILE_KEY_FILE = "central-files.key"
CHECK_KEY_FILE = "central-check-codes.key"
_TYPES: dict[str, type] = {"str": str, "int": int, "bool": bool}
_TYPE_NAMES = {str: "chuỗi", int: "số nguyên", bool: "true hoặc false"}


@dataclass(frozen=True)
class CentralSettings:
    home: Path
    database_url: str = ""
    max_code_block: int = 500
    default_code_block: int = 100
    enrolment_code_days: int = 7
    max_attachment_bytes: int = 200 * 1024 * 1024
    max_chunk_bytes: int = 8 * 1024 * 1024
    max_batch_bytes: int = 512 * 1024 * 1024
    pull_page_size: int = 500
    # Messages kept for review, per workstation: whole bodies up to these two limits, then a
    # short record (id, reason, hash, size) up to the third, then only a count.
    review_items_per_workstation: int = 1000
    review_bytes_per_workstation: int = 16 * 1024 * 1024
    review_records_per_workstation: int = 10_000
    # An unfinished attachment upload untouched this long is discarded.
    partial_upload_hours: int = 24
    max_inflating_bytes: int = 128 * 1024 * 1024
    max_outstanding_numbers: int = 2000
    max_code_block_days: int = 31
    enrol_attempts_per_source: int = 10
    enrol_window_seconds: int = 600
    enrol_failures_per_code: int = 5
    max_enrolment_code_days: int = 90
    # The public status page (/tra-cuu): lookups per client address per window, counted
    # like enrolment attempts (see counter/citizen/check_code.py for the arithmetic).
    lookup_attempts_per_source: int = 20
    lookup_window_seconds: int = 600
    # Word to citizens (docs/notifications.md). E-mail by SMTP; SMS and Zalo through an
    # HTTP gateway each (empty URL: that channel is not sent, its messages wait).
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_from: str = ""
    smtp_starttls: bool = False
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_ca_file: str = ""  # PEM certificates to trust for STARTTLS ("": the system's)
    sms_gateway_url: str = ""
    sms_gateway_token: str = ""
    zalo_gateway_url: str = ""
    zalo_gateway_token: str = ""
    gateway_timeout_seconds: int = 15
    notify_max_attempts: int = 8
    notify_retry_seconds: int = 60  # the first wait after a failure; doubles, up to the cap
    notify_retry_max_seconds: int = 6 * 3600
    status_page_url: str = ""  # named in the messages, e.g. https://tracuu.example.vn/tra-cuu
    template_result_ready: str = (
        "Ho so {code} da co ket qua. Moi ong/ba den noi nop ho so de nhan ket qua. {url}"
    )
    template_supplement_requested: str = (
        "Ho so {code} can bo sung: {missing}. Moi ong/ba bo sung tai noi nop ho so. {url}"
    )
    template_deadline_moved: str = "Ho so {code} duoc hen tra ket qua vao {due}. {url}"
    email_subject: str = "Thông báo về hồ sơ {code}"
    # The province's Ed25519 release public key (raw, base64): handed to workstations at
    # enrolment, who pin it and install only releases it signed. Empty: no updates.
    release_public_key: str = ""
    # The province's pages: a session lasts this long at most, or until idle this long; a
    # workstation silent for stale_sync_days is a warning; the early-warning list shows
    # open dossiers due within early_warning_days.
    province_session_hours: int = 8
    province_idle_minutes: int = 60
    stale_sync_days: int = 2
    early_warning_days: int = 3

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'central.sqlite3'}"

    @property
    def private_key_path(self) -> Path:
        return self.home / PRIVATE_KEY_FILE

    @property
    def file_key_path(self) -> Path:
        """The AES key stored attachments are encrypted with (owner-only, like the X25519 key)."""
        return self.home / FILE_KEY_FILE

    @property
    def check_key_path(self) -> Path:
        """The key of the HMAC under which check codes are kept (never the codes themselves)."""
        return self.home / CHECK_KEY_FILE

    @property
    def attachments_dir(self) -> Path:
        return self.home / "attachments"


def central_home(data_dir: Path) -> Path:
    """The central server's own folder inside a data directory."""
    return data_dir / "central"


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by its owner only; tighten it if it
    exists (it holds citizens' data and the server's keys)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        folder.chmod(0o700)


def load_settings(data_dir: Path, *, database_url: str | None = None) -> CentralSettings:
    """Read the settings file (if any) under ``data_dir``; ``database_url`` overrides it."""
    home = central_home(data_dir)
    make_private_folder(home)
    values: dict[str, Any] = {}
    path = home / SETTINGS_FILE
    if path.exists():
        values = _read_settings_file(path)
    if database_url:
        values["database_url"] = database_url
    settings = CentralSettings(home=home, **values)
    for name in TEMPLATE_FIELDS:
        check_template(getattr(settings, name), name)
    return settings


TEMPLATE_FIELDS = (
    "template_result_ready",
    "template_supplement_requested",
    "template_deadline_moved",
    "email_subject",
)
# What a message template may name (sync/central/notify/compose.py fills them in).
TEMPLATE_NAMES = frozenset({"code", "due", "missing", "url"})


def check_template(text: str, name: str) -> None:
    """Refuse a message template that names an unknown field or is malformed."""
    try:
        names = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError as error:
        raise ConfigurationError(f"Mẫu tin '{name}' sai cú pháp: {error}.") from error
    unknown = names - TEMPLATE_NAMES
    if unknown:
        raise ConfigurationError(
            f"Mẫu tin '{name}' dùng trường không có: {', '.join(sorted(unknown))} "
            f"(chỉ có: {', '.join(sorted(TEMPLATE_NAMES))})."
        )


def _read_settings_file(path: Path) -> dict[str, Any]:
    try:
        raw = read_json_file(path)
    except InputError as error:
        raise ConfigurationError(f"Không đọc được tệp cấu hình '{path}': {error.reason}") from error
    if not isinstance(raw, dict):
        raise ConfigurationError(f"Tệp cấu hình '{path}' phải là một đối tượng JSON.")
    fields = {f.name: f for f in dataclasses.fields(CentralSettings) if f.name != "home"}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in fields:
            raise ConfigurationError(f"Tệp cấu hình '{path}': không có thiết lập '{name}'.")
        expected = _TYPES[str(fields[name].type)]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigurationError(
                f"Tệp cấu hình '{path}': '{name}' phải là {_TYPE_NAMES[expected]}."
            )
        values[name] = value
    return values
