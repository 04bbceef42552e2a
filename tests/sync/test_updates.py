"""Signed updates through a real central server on loopback: publish, check, download
(resumable), verify, stage; a wrong key, a changed manifest, a changed package and a
downgrade are each refused and nothing is staged."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from counter.release_pin import pinned_release_key
from counter.workspace import Workspace
from sync.central.context import CentralContext, open_context
from sync.central.models import Release
from sync.central.services.releases import package_path, publish
from sync.central.settings import load_settings
from sync.client.config import load_config
from sync.client.updates import (
    MANIFEST_FILE,
    SIGNATURE_FILE,
    check_for_update,
    staged_dir,
)
from sync.keys import public_key_b64
from sync.releases import ReleaseManifest, UpdateRefused, verify_manifest
from sync.transport import Transport
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.helpers import fast_policy
from tests.sync.workstation import enrol_with, set_up, sync

PLATFORM = "linux-x86_64"
RELEASE_KEY = Ed25519PrivateKey.generate()


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralContext]:
    context = open_context(load_settings(tmp_path / "central-data"))
    context.settings = dataclasses.replace(
        context.settings, release_public_key=public_key_b64(RELEASE_KEY.public_key())
    )
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def server(central: CentralContext, start_server: StartServer) -> LiveServer:
    return start_server(central)


@pytest.fixture
def workstation(tmp_path: Path, central: CentralContext, server: LiveServer) -> Iterator[Workspace]:
    data = tmp_path / "ws"
    workspace = set_up(data)
    enrol_with(workspace, data, central, server.url)
    yield workspace
    workspace.close()


def make_package(folder: Path, version: str, size: int = 300_000) -> Path:
    path = folder / f"onestop-{version}-{PLATFORM}.zip"
    path.write_bytes(os.urandom(size))
    return path


def release(central: CentralContext, tmp_path: Path, version: str,
            key: Ed25519PrivateKey = RELEASE_KEY) -> Path:  # fmt: skip
    package = make_package(tmp_path, version)
    central.database.run(lambda s: publish(
        s, central.settings.home, version=version, platform=PLATFORM, package=package,
        min_schema="0007", notes=f"Bản {version}", key=key,
    ))  # fmt: skip
    return package


def check(workspace: Workspace, running: str = "0.1.0") -> object:
    settings = load_config(workspace).transport_settings()
    settings.policy = fast_policy(2)
    with Transport(settings) as transport:
        return check_for_update(workspace, transport, workspace.data_dir, running=running,
                                platform=PLATFORM)  # fmt: skip


def test_enrolment_pins_the_key_and_a_sync_stages_the_new_release(
    workstation: Workspace, central: CentralContext, tmp_path: Path
) -> None:
    assert pinned_release_key(workstation) == public_key_b64(RELEASE_KEY.public_key())
    package = release(central, tmp_path, "0.2.0")
    report = sync(workstation, workstation.data_dir)
    assert report.update is not None and report.update.state == "staged"
    staged = staged_dir(workstation.data_dir, "0.2.0")
    manifest = ReleaseManifest.from_dict(
        json.loads((staged / MANIFEST_FILE).read_text())
    )
    verify_manifest(manifest, (staged / SIGNATURE_FILE).read_text(), RELEASE_KEY.public_key())
    assert (staged / package.name).read_bytes() == package.read_bytes()
    assert check(workstation).state == "already_staged"  # type: ignore[attr-defined]
    assert check(workstation, running="0.2.0").state == "up_to_date"  # type: ignore[attr-defined]


def test_download_resumes_with_a_range_request(
    workstation: Workspace, central: CentralContext, tmp_path: Path
) -> None:
    package = release(central, tmp_path, "0.2.0")
    content = package.read_bytes()
    downloads = workstation.data_dir / "updates" / "downloads"
    downloads.mkdir(parents=True)
    manifest_sha = hashlib.sha256(content).hexdigest()
    part = downloads / f"{manifest_sha}.part"
    part.write_bytes(content[:100_000])  # an interrupted download
    assert check(workstation).state == "staged"  # type: ignore[attr-defined]
    assert (staged_dir(workstation.data_dir, "0.2.0") / package.name).read_bytes() == content
    assert not part.exists()

    # Proof that only the rest was asked for: a wrong beginning is kept, then the hash refuses
    package_b = release(central, tmp_path, "0.3.0")
    content_b = package_b.read_bytes()
    part_b = downloads / f"{hashlib.sha256(content_b).hexdigest()}.part"
    part_b.write_bytes(b"\0" * 50_000)
    with pytest.raises(UpdateRefused, match="đã bị thay đổi"):
        check(workstation)
    assert not part_b.exists()  # a wrong file is not resumed
    assert check(workstation).state == "staged"  # type: ignore[attr-defined]
    assert (staged_dir(workstation.data_dir, "0.3.0") / package_b.name).read_bytes() == content_b


def test_tampered_package_is_refused(
    workstation: Workspace, central: CentralContext, tmp_path: Path
) -> None:
    release(central, tmp_path, "0.2.0")
    manifest = latest_manifest(central)
    stored = package_path(central.settings.home, manifest)
    data = bytearray(stored.read_bytes())
    data[1234] ^= 0xFF
    stored.write_bytes(bytes(data))
    report = sync(workstation, workstation.data_dir)
    assert report.update is None
    assert any("đã bị thay đổi" in w for w in report.warnings)
    assert not staged_dir(workstation.data_dir, "0.2.0").exists()


def latest_manifest(central: CentralContext) -> ReleaseManifest:
    def read(session):  # type: ignore[no-untyped-def]
        row = session.scalars(select(Release).order_by(Release.id.desc())).first()
        return ReleaseManifest.from_dict(json.loads(row.manifest))

    return central.database.run(read)


def test_wrong_key_changed_manifest_and_downgrade_are_refused(
    workstation: Workspace, central: CentralContext, tmp_path: Path
) -> None:
    release(central, tmp_path, "0.2.0", key=Ed25519PrivateKey.generate())  # not the province's
    with pytest.raises(UpdateRefused, match=r"Chữ ký .* không hợp lệ"):
        check(workstation)

    release(central, tmp_path, "0.3.0")

    def change_notes(session):  # type: ignore[no-untyped-def]
        row = session.scalars(select(Release).where(Release.version == "0.3.0")).one()
        row.manifest = row.manifest.replace("Bản 0.3.0", "Bản 0.3.0 (sửa)")

    central.database.run(change_notes)
    with pytest.raises(UpdateRefused, match=r"Chữ ký .* không hợp lệ"):
        check(workstation)

    release(central, tmp_path, "0.4.0")
    with pytest.raises(UpdateRefused, match="không hạ cấp"):
        check(workstation, running="0.5.0")
    assert not (workstation.data_dir / "updates" / "staged").exists()


def test_publish_command_and_release_key(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    data = tmp_path / "central"

    def admin(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(data), "central-admin", *args],
            cwd=root, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    key_file = tmp_path / "release.pem"
    made = admin("release-key", "--out", str(key_file))
    assert made.returncode == 0, made.stderr
    assert len(made.stdout.strip()) == 44 and key_file.stat().st_mode & 0o077 == 0
    assert admin("release-key", "--out", str(key_file)).returncode == 2  # never overwritten
    package = make_package(tmp_path, "0.2.0", 1000)
    publish_args = ("release", "publish", "--version", "0.2.0", "--platform", PLATFORM,
                    "--package", str(package), "--key", str(key_file), "--min-schema", "0007")
    done = admin(*publish_args)
    assert done.returncode == 0, done.stderr
    assert "Đã phát hành 0.2.0" in done.stdout
    again = admin(*publish_args)
    assert again.returncode == 2 and "đã được phát hành" in again.stderr
    bad = admin("release", "publish", "--version", "abc", "--platform", PLATFORM,
                "--package", str(package), "--key", str(key_file), "--min-schema", "0007")
    assert bad.returncode == 2 and "phiên bản không hợp lệ" in bad.stderr
