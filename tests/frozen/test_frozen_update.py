"""A frozen N updates to a frozen N+1 from a real central server on loopback.

N is the bundle built for this session; N+1 is the same build labelled 0.2.0 (its
BUILD_VERSION file), packaged as a zip and published signed. N syncs, stages N+1;
the frozen launcher (``onestop-launcher``, no Python on PATH either) installs it beside
N, N+1's ``self-check`` opens (migrates) the data and N+1 runs with the data intact.
Then a broken N+2 (its Python library removed) is published: it fails to start, and
N+1 comes back by itself with the database as it was.
Both builds share one schema, so no migration step actually runs here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.central import admin
from sync.central.context import CentralContext, open_context
from sync.central.services.releases import publish
from sync.central.settings import load_settings
from sync.keys import public_key_b64
from sync.launcher import executable, prepare, read_state, write_state
from tests.sync.fixtures import LiveServer, StartServer

from .conftest import Bundle

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]
PLATFORM = "linux-x86_64"
KEY = Ed25519PrivateKey.generate()
ADMIN, OFFICER = "quan-tri-1", "can-bo-123"


@pytest.fixture
def central(tmp_path: Path, start_server: StartServer) -> Iterator[tuple[CentralContext, LiveServer]]:
    context = open_context(load_settings(tmp_path / "central-data"))
    context.settings = dataclasses.replace(
        context.settings, release_public_key=public_key_b64(KEY.public_key())
    )
    try:
        yield context, start_server(context)
    finally:
        context.close()


def package_of(bundle: Path, out: Path, version: str, *, broken: bool = False) -> Path:
    """The bundle as a release zip, labelled ``version`` (stored: quick to make)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_dir():
                continue
            name = path.relative_to(bundle).as_posix()
            if name == "_internal/BUILD_VERSION":
                archive.writestr(name, version + "\n")
            elif broken and name == "_internal/base_library.zip":
                continue
            else:
                archive.write(path, name)
    return out


def publish_package(context: CentralContext, package: Path, version: str) -> None:
    context.database.run(lambda s: publish(
        s, context.settings.home, version=version, platform=PLATFORM, package=package,
        min_schema="0015_fleet", notes="", key=KEY,
    ))  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_frozen_n_updates_to_n_plus_1_and_a_broken_update_rolls_back(
    bundle: Bundle, central: tuple[CentralContext, LiveServer], tmp_path: Path
) -> None:
    context, server = central
    running = bundle.run("--version").stdout.split()[1]
    assert (bundle.folder / "_internal" / "BUILD_VERSION").read_text().strip() == running
    root = tmp_path / "install"
    (root / "versions").mkdir(parents=True)
    os.symlink(bundle.folder, root / "versions" / running)  # N, as the installer left it
    write_state(root, running, None)
    data = tmp_path / "data"
    d = ("--data-dir", str(data))

    def n(*args: str, stdin: str = "", version: str = running) -> object:
        program = Bundle(root / "versions" / version, bundle.bin_dir)
        return program.run(*d, *args, stdin=stdin)

    setup = n("setup", "--agency-code", "000.00.12.H42", "--agency-name", "Ủy ban nhân dân xã A",
              "--workstation", "Quầy 1", "--seed-catalogue", "--admin-user", "quantri",
              "--admin-name", "Nguyễn Văn Quản", "--password-stdin", stdin=f"{ADMIN}\n")
    assert setup.returncode == 0, setup.stderr  # type: ignore[attr-defined]
    code = admin.create_enrolment_code(context, "000.00.12.H42")
    enrolled = n("sync", "--server", server.url, "--enrol", code, "--user", "quantri",
                 "--password-stdin", stdin=f"{ADMIN}\n")
    assert enrolled.returncode == 0, enrolled.stderr  # type: ignore[attr-defined]
    assert (data / "updates" / "release-key.pub").is_file()

    publish_package(context, package_of(bundle.folder, tmp_path / "n1.zip", "0.2.0"), "0.2.0")
    synced = n("sync")
    assert synced.returncode == 0, synced.stderr  # type: ignore[attr-defined]
    assert "bản cập nhật 0.2.0" in synced.stdout  # type: ignore[attr-defined]
    launcher = bundle.folder.parent / "onestop-launcher" / "onestop-launcher"
    root_args = ("--root", str(root), "--data-dir", str(data))

    def launch(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(launcher), *root_args, *args], capture_output=True, text=True,
                              timeout=600, env=bundle.environment(), cwd=bundle.bin_dir)

    shown = launch("--version")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "onestop-counter 0.2.0 (frozen)"
    assert read_state(root) == {"current": "0.2.0", "previous": running}
    status = n("offline-limits", "show", "--json", version="0.2.0")
    assert json.loads(status.stdout)["level"] == "ok"  # type: ignore[attr-defined]

    broken = package_of(bundle.folder, tmp_path / "n2.zip", "0.3.0", broken=True)
    publish_package(context, broken, "0.3.0")
    assert n("sync", version="0.2.0").returncode == 0  # type: ignore[attr-defined]
    before = digest(data / "counter.db")
    again = launch("offline-limits", "show", "--json")  # N+2 is tried, fails, N+1 runs
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["level"] == "ok"
    assert digest(data / "counter.db") == before
    assert read_state(root)["current"] == "0.2.0"
    assert (data / "updates" / "failed" / "0.3.0").is_dir()
    assert not (root / "versions" / "0.3.0" / "_internal" / "base_library.zip").exists()
    assert executable(root, running).exists()
    assert prepare(root, data).version == "0.2.0"  # nothing left to try
