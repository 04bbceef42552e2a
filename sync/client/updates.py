"""Updates from the central system: check at each sync, download, verify, stage.

The newest release for this platform is fetched with its signature and checked
against the release key pinned at enrolment; a version not newer than the running
one is not taken (an older one is refused as a downgrade). The package downloads
into ``<data>/updates/downloads/`` and resumes where an interrupted download
stopped (HTTP Range); once its size and SHA-256 match the signed manifest it is
moved to ``<data>/updates/staged/<version>/`` with the manifest and signature,
where the launcher finds it at the next start (and checks it again).
"""

from __future__ import annotations

import os
import platform as platform_module
import shutil
from dataclasses import dataclass
from pathlib import Path

from counter import __version__
from counter.atomic import write_atomically
from counter.release_pin import pinned_release_key
from counter.workspace import Workspace
from sync.keys import ed25519_public_from_b64
from sync.protocol import API_PREFIX, LatestReleaseResponse
from sync.releases import (
    ReleaseManifest,
    UpdateRefused,
    check_not_downgrade,
    check_package,
    verify_manifest,
    version_key,
)
from sync.transport import Transport

MANIFEST_FILE, SIGNATURE_FILE = "manifest.json", "manifest.sig"


@dataclass(frozen=True)
class UpdateCheck:
    state: str  # no_key | up_to_date | staged | already_staged
    version: str | None = None


def current_platform() -> str:
    machine = platform_module.machine().lower().replace("amd64", "x86_64")
    return f"{'windows' if os.name == 'nt' else 'linux'}-{machine}"


def updates_dir(data_dir: Path) -> Path:
    return data_dir / "updates"


def staged_dir(data_dir: Path, version: str) -> Path:
    return updates_dir(data_dir) / "staged" / version


def write_launcher_key(data_dir: Path, public_key: str) -> None:
    """A copy of the pinned key for the launcher, which runs before the database is open."""
    folder = updates_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / "release-key.pub", public_key.encode("ascii") + b"\n")


def check_release(answer: LatestReleaseResponse, pinned: str, running: str) -> ReleaseManifest | None:
    """The signed manifest if it is newer than ``running``; ``None`` if up to date."""
    if answer.manifest is None or answer.signature is None:
        return None
    manifest = ReleaseManifest.from_dict(answer.manifest)
    verify_manifest(manifest, answer.signature, ed25519_public_from_b64(pinned))
    if version_key(manifest.version) == version_key(running):
        return None
    check_not_downgrade(manifest, running)
    return manifest


def check_for_update(
    workspace: Workspace, transport: Transport, data_dir: Path, *,
    running: str = __version__, platform: str | None = None,
) -> UpdateCheck:  # fmt: skip
    """Ask for the newest release; download, verify and stage it if it is newer."""
    pinned = pinned_release_key(workspace)
    if pinned is None:
        return UpdateCheck("no_key")
    platform = platform or current_platform()
    answer = transport.request("GET", f"{API_PREFIX}/releases/latest", params={"platform": platform})
    latest = LatestReleaseResponse.model_validate(answer.body)
    manifest = check_release(latest, pinned, running)
    if manifest is None:
        return UpdateCheck("up_to_date")
    target = staged_dir(data_dir, manifest.version)
    if (target / MANIFEST_FILE).is_file():
        return UpdateCheck("already_staged", manifest.version)
    downloads = updates_dir(data_dir) / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    part = downloads / f"{manifest.sha256}.part"
    transport.download(
        f"{API_PREFIX}/releases/{manifest.platform}/{manifest.version}/package", part,
        max_bytes=manifest.size,
    )  # fmt: skip
    if part.stat().st_size < manifest.size:
        raise UpdateRefused(f"Tải bản cập nhật {manifest.version} chưa xong; sẽ tải tiếp lần sau.")
    try:
        check_package(manifest, part)
    except UpdateRefused:
        part.unlink(missing_ok=True)  # a wrong file is not resumed
        raise
    assert latest.signature is not None
    stage(manifest, latest.signature, part, target)
    return UpdateCheck("staged", manifest.version)


def stage(manifest: ReleaseManifest, signature: str, package: Path, target: Path) -> None:
    """Move the checked package beside its manifest and signature; the manifest last."""
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    os.replace(package, partial / manifest.package)
    (partial / SIGNATURE_FILE).write_text(signature, encoding="ascii")
    (partial / MANIFEST_FILE).write_bytes(manifest.canonical())
    shutil.rmtree(target, ignore_errors=True)
    os.replace(partial, target)
