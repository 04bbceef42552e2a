"""Signed releases: what the central system offers and what a workstation may install.

A release is a manifest (version, platform, package file name, size, SHA-256, the
lowest workstation schema it can migrate from, notes) and an Ed25519 signature over
its canonical JSON by the province's release key. The workstation pins the release
public key at enrolment and installs nothing whose signature, hash or version does
not hold: a wrong key, a changed manifest, a changed package or a version not newer
than the running one are each refused with a message saying which.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from counter.errors import CounterError, InputError
from sync.canonical import canonical_json

VERSION_PATTERN = re.compile(r"^\d{1,4}(\.\d{1,4}){1,3}$")
PLATFORMS = ("linux-x86_64", "windows-x86_64")


class UpdateRefused(CounterError):
    """A release that must not be installed; the message says why."""

    code = "update_refused"


def version_key(version: str) -> tuple[int, ...]:
    if not VERSION_PATTERN.match(version):
        raise InputError("version", f"phiên bản không hợp lệ: {version!r} (cần dạng 1.2.3).")
    parts = tuple(int(p) for p in version.split("."))
    return parts + (0,) * (4 - len(parts))


def is_newer(candidate: str, current: str) -> bool:
    return version_key(candidate) > version_key(current)


@dataclass(frozen=True)
class ReleaseManifest:
    version: str
    platform: str
    package: str  # file name
    size: int
    sha256: str
    min_schema: str  # the lowest workstation database revision it migrates from
    notes: str = ""

    def canonical(self) -> bytes:
        return canonical_json(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReleaseManifest:
        try:
            manifest = cls(**{k: data[k] for k in
                              ("version", "platform", "package", "size", "sha256", "min_schema",
                               "notes")})  # fmt: skip
        except (KeyError, TypeError) as error:
            raise UpdateRefused("Bản phát hành thiếu thông tin bắt buộc.", detail=str(error)) from None
        manifest.check()
        return manifest

    def check(self) -> None:
        version_key(self.version)
        if self.platform not in PLATFORMS:
            raise InputError("platform", f"nền tảng không hợp lệ: {self.platform!r}.")
        if not re.fullmatch(r"[0-9a-f]{64}", self.sha256):
            raise InputError("sha256", "mã băm SHA-256 không hợp lệ.")
        if not re.fullmatch(r"[A-Za-z0-9._-]{1,120}", self.package) or self.package[0] == ".":
            raise InputError("package", f"tên tệp gói không hợp lệ: {self.package!r}.")
        if isinstance(self.size, bool) or not isinstance(self.size, int) or self.size <= 0:
            raise InputError("size", "kích thước gói không hợp lệ.")


def sign_manifest(manifest: ReleaseManifest, key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.sign(manifest.canonical())).decode("ascii")


def verify_manifest(manifest: ReleaseManifest, signature: str, public_key: Ed25519PublicKey) -> None:
    try:
        raw = base64.b64decode(signature, validate=True)
        public_key.verify(raw, manifest.canonical())
    except (InvalidSignature, binascii.Error, ValueError):
        raise UpdateRefused(
            f"Chữ ký của bản cập nhật {manifest.version} không hợp lệ với khóa phát hành đã ghim "
            "khi đăng ký máy trạm: không cài đặt."
        ) from None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_package(manifest: ReleaseManifest, path: Path) -> None:
    size = path.stat().st_size
    if size != manifest.size or file_sha256(path) != manifest.sha256:
        raise UpdateRefused(
            f"Gói cập nhật {manifest.version} đã bị thay đổi (mã băm không khớp bản phát hành "
            "đã ký): không cài đặt."
        )


def check_not_downgrade(manifest: ReleaseManifest, running: str) -> None:
    if not is_newer(manifest.version, running):
        raise UpdateRefused(
            f"Bản {manifest.version} không mới hơn bản đang chạy ({running}): không hạ cấp."
        )
