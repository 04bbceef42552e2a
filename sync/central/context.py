"""Everything a running central server holds: settings, database, key, attachment store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.central.database import Database
from sync.central.sealed_files import load_or_create_key
from sync.central.services.attachments import AttachmentStore
from sync.central.settings import CentralSettings
from sync.keys import load_or_create_x25519, public_key_b64


@dataclass
class CentralContext:
    settings: CentralSettings
    database: Database
    private_key: X25519PrivateKey
    attachments: AttachmentStore
    check_key: bytes = b""  # the HMAC key of check codes (sync/central/services/lookup.py)

    @property
    def public_key_b64(self) -> str:
        return public_key_b64(self.private_key.public_key())

    def close(self) -> None:
        self.database.dispose()


def open_context(settings: CentralSettings) -> CentralContext:
    """Open the database (creating missing tables) and load or create the server's key pair."""
    database = Database(settings.effective_database_url)
    database.create_schema()
    return CentralContext(
        settings=settings,
        database=database,
        private_key=load_or_create_x25519(settings.private_key_path),
        attachments=AttachmentStore(
            settings.attachments_dir,
            max_bytes=settings.max_attachment_bytes,
            max_chunk=settings.max_chunk_bytes,
            key=load_or_create_key(settings.file_key_path),
            partial_ttl=timedelta(hours=settings.partial_upload_hours),
        ),
        check_key=load_or_create_key(settings.check_key_path),
    )
