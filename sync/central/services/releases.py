"""Publishing signed releases and telling workstations about the newest one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter.errors import InputError, NotFoundError
from sync.central.models import Release
from sync.central.services.common import utc_now
from sync.releases import ReleaseManifest, file_sha256, sign_manifest, version_key


def package_path(home: Path, manifest: ReleaseManifest) -> Path:
    return home / "releases" / manifest.platform / manifest.version / manifest.package


def order_of(version: str) -> str:
    return ".".join(f"{part:05d}" for part in version_key(version))


def publish(
    session: Session, home: Path, *, version: str, platform: str, package: Path,
    min_schema: str, notes: str, key: Ed25519PrivateKey,
) -> tuple[ReleaseManifest, str]:  # fmt: skip
    """Sign and record a release; the package is copied into the server folder."""
    if not package.is_file():
        raise InputError("--package", f"không thấy tệp gói {package}.")
    manifest = ReleaseManifest(
        version=version, platform=platform, package=package.name, size=package.stat().st_size,
        sha256=file_sha256(package), min_schema=min_schema, notes=notes,
    )  # fmt: skip
    manifest.check()
    taken = session.scalar(
        select(Release.id).where(Release.platform == platform, Release.version == version)
    )
    if taken is not None:
        raise InputError("--version", f"bản {version} cho {platform} đã được phát hành.")
    signature = sign_manifest(manifest, key)
    target = package_path(home, manifest)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(package, target)
    session.add(Release(
        platform=platform, version=version, version_order=order_of(version),
        manifest=manifest.canonical().decode("utf-8"), signature=signature,
        published_at=utc_now(),
    ))  # fmt: skip
    return manifest, signature


def latest(session: Session, platform: str) -> tuple[dict[str, object], str] | None:
    row = session.scalars(
        select(Release).where(Release.platform == platform)
        .order_by(Release.version_order.desc()).limit(1)
    ).first()  # fmt: skip
    if row is None:
        return None
    return json.loads(row.manifest), row.signature


def stored_package(session: Session, home: Path, platform: str, version: str) -> Path:
    row = session.scalars(
        select(Release).where(Release.platform == platform, Release.version == version)
    ).first()
    if row is None:
        raise NotFoundError(f"Không có bản phát hành {version} cho {platform}.")
    return package_path(home, ReleaseManifest(**json.loads(row.manifest)))
