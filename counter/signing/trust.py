"""The trust store for signatures: a folder of CA certificates (PEM or DER).

A Vietnamese agency's signatures chain to the national root (Root CA of the Ministry of
Information and Communications, for commercial CAs) or to Ban Cơ yếu Chính phủ's root
(government CA); which roots a workstation trusts is its own choice, so the folder is a
setting. Files that are not certificates are skipped and named in ``problems``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from counter.errors import ConfigurationError

MAX_FILES = 2000
MAX_FILE_SIZE = 1024 * 1024
SUFFIXES = (".pem", ".crt", ".cer", ".der")


@dataclass(frozen=True)
class SignatureTrustStore:
    roots: tuple[Any, ...] = ()  # asn1crypto certificates
    problems: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.roots


def _certificates_in(data: bytes) -> list[Any]:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    if pem.detect(data):
        return [asn1_x509.Certificate.load(der) for kind, _headers, der in pem.unarmor(data, True)
                if kind == "CERTIFICATE"]
    certificate = asn1_x509.Certificate.load(data)
    certificate.native  # noqa: B018 - parse it all now, not on first use
    return [certificate]


def load_trust_store(folder: str) -> SignatureTrustStore:
    """The CA certificates in ``folder`` (empty path: an empty store, nothing trusted)."""
    if not folder.strip():
        return SignatureTrustStore()
    path = Path(folder)
    if not path.is_dir():
        raise ConfigurationError(
            f"Không thấy thư mục chứng thư gốc tin cậy {folder}: sửa trong Thiết lập."
        )
    roots: list[Any] = []
    problems: list[str] = []
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    for file in files[:MAX_FILES]:
        try:
            if file.stat().st_size > MAX_FILE_SIZE:
                raise ValueError("tệp quá lớn")
            roots.extend(_certificates_in(file.read_bytes()))
        except (OSError, ValueError, TypeError) as error:
            problems.append(f"{file.name}: {error}")
    return SignatureTrustStore(tuple(roots), tuple(problems))
