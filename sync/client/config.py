"""How this workstation reaches the central system, kept in ``<data dir>/sync/``.

``sync.json`` (readable by its owner only) holds the server address, trust
settings and the credentials from enrolment; ``workstation-ed25519.pem`` is
the key that signs batch files. Both are written atomically.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from counter.atomic import write_atomically
from counter.errors import ConfigurationError
from sync.keys import load_or_create_ed25519, load_or_create_x25519
from sync.transport import TransportSettings

CONFIG_FILE = "sync.json"
SIGNING_KEY_FILE = "workstation-ed25519.pem"
SEALING_KEY_FILE = "workstation-x25519.pem"


@dataclass(frozen=True)
class SyncConfig:
    server_url: str = ""
    ca_bundle: str | None = None
    pinned_certificate: str | None = None
    workstation_id: str | None = None
    agency_code: str | None = None
    token: str | None = None
    central_public_key: str | None = None
    clock_tolerance_minutes: int = 5
    push_batch_size: int = 200
    code_block_size: int = 100

    @property
    def enrolled(self) -> bool:
        return bool(self.workstation_id and self.token and self.central_public_key)

    def transport_settings(self) -> TransportSettings:
        if not self.server_url:
            raise ConfigurationError(
                "Chưa có địa chỉ máy chủ trung tâm; hãy đăng ký máy trạm: "
                "python main.py sync --server URL --enrol MÃ"
            )
        return TransportSettings(
            base_url=self.server_url,
            token=self.token,
            ca_bundle=Path(self.ca_bundle) if self.ca_bundle else None,
            pinned_certificate=Path(self.pinned_certificate) if self.pinned_certificate else None,
        )

    def with_changes(self, **changes: Any) -> SyncConfig:
        return replace(self, **changes)


def sync_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "sync"


def load_config(data_dir: Path) -> SyncConfig:
    path = sync_dir(data_dir) / CONFIG_FILE
    if not path.exists():
        return SyncConfig()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return SyncConfig(**raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, TypeError) as error:
        raise ConfigurationError(f"Không đọc được cấu hình đồng bộ '{path}': {error}") from error


def save_config(data_dir: Path, config: SyncConfig) -> None:
    text = json.dumps(asdict(config), ensure_ascii=False, indent=2)
    write_atomically(sync_dir(data_dir) / CONFIG_FILE, text.encode("utf-8"))


def signing_key(data_dir: Path) -> Ed25519PrivateKey:
    """This workstation's Ed25519 key (made on first use)."""
    return load_or_create_ed25519(sync_dir(data_dir) / SIGNING_KEY_FILE)


def sealing_key(data_dir: Path) -> X25519PrivateKey:
    """This workstation's X25519 key: batch files of the agency's villages are sealed to it too."""
    return load_or_create_x25519(sync_dir(data_dir) / SEALING_KEY_FILE)
