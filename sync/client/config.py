"""How this workstation reaches the central system.

The server address, trust settings, the credentials from enrolment and the workstation's
private keys (Ed25519 signs batch files, X25519 opens those sealed to it) are kept in the
installation's encrypted database (:mod:`counter.sync_state`): a copied data folder without
the installation's key can neither sync, nor sign, nor open a batch file.
``<data dir>/sync/`` keeps only what is not secret (the inbox, the signed day manifests).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from counter import sync_state
from counter.errors import ConfigurationError
from counter.sync_upgrade import SYNC_FOLDER
from counter.workspace import Workspace
from sync.transport import TransportSettings

# An open workspace, or the data folder of one (then opened for the call only).
WorkspaceOrFolder = Workspace | Path


@dataclass(frozen=True)
class SyncConfig(sync_state.SyncSettings):
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


def sync_dir(data_dir: Path) -> Path:
    return Path(data_dir) / SYNC_FOLDER


@contextmanager
def opened(where: WorkspaceOrFolder) -> Iterator[Workspace]:
    """The workspace itself, or the one of a data folder for the time of the call."""
    if isinstance(where, Workspace):
        yield where
        return
    with Workspace(Path(where)) as workspace:
        yield workspace


def folder_of(where: WorkspaceOrFolder) -> Path:
    """The data folder of an open workspace, or the folder itself."""
    return where.data_dir if isinstance(where, Workspace) else Path(where)


def load_config(where: WorkspaceOrFolder) -> SyncConfig:
    with opened(where) as workspace, workspace.store.read() as session:
        return SyncConfig(**asdict(sync_state.load_settings(session)))


def save_config(where: WorkspaceOrFolder, config: sync_state.SyncSettings) -> None:
    with opened(where) as workspace, workspace.store.write() as session:
        sync_state.save_settings(session, config)


def signing_key(where: WorkspaceOrFolder) -> Ed25519PrivateKey:
    """This workstation's Ed25519 key (made on first use)."""
    with opened(where) as workspace, workspace.store.write() as session:
        return sync_state.signing_key(session)


def sealing_key(where: WorkspaceOrFolder) -> X25519PrivateKey:
    """This workstation's X25519 key: batch files of the agency's villages are sealed to it too."""
    with opened(where) as workspace, workspace.store.write() as session:
        return sync_state.sealing_key(session)
