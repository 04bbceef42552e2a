"""The launcher with two small fake versions (real folders, real processes, a real central
server on loopback): N stages N+1 at a sync, the launcher installs and tries it, switches
to it, or, when N+1 fails its self-check after writing to the database, brings N back
with the database as it was before."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter.workspace import Workspace
from sync.central.context import CentralContext
from sync.central.services.releases import publish
from sync.launcher import executable, launch, prepare, read_state, write_state
from tests.sync.fixtures import LiveServer
from tests.sync.test_updates import RELEASE_KEY, central, server  # noqa: F401 (fixtures)
from tests.sync.workstation import enrol_with, set_up, sync

PLATFORM = "linux-x86_64"
FAKE = """#!/bin/sh
# a fake onestop {version}: "self-check" stands for opening (migrating) the database
if [ "$3" = "self-check" ]; then
  printf 'migrated to {version}\\n' >> "$2/counter.db"
  exit {self_check_exit}
fi
printf '%s\\n' "{version} $*" > "$2/ran.txt"
"""


def fake_package(folder: Path, version: str, self_check_exit: int = 0) -> Path:
    package = folder / f"onestop-{version}.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("onestop", FAKE.format(version=version, self_check_exit=self_check_exit))
        archive.writestr("_internal/readme.txt", f"version {version}")
    return package


def install_first(root: Path, version: str) -> None:
    with zipfile.ZipFile(fake_package(root.parent, version)) as archive:
        archive.extractall(root / "versions" / version)
    executable(root, version).chmod(0o755)
    write_state(root, version, None)


@pytest.fixture
def staged_workstation(
    tmp_path: Path, central: CentralContext, server: LiveServer,  # noqa: F811
) -> Iterator[Path]:  # fmt: skip
    """An enrolled workstation's data folder, closed (as when the launcher starts)."""
    data = tmp_path / "ws"
    workspace: Workspace = set_up(data)
    enrol_with(workspace, data, central, server.url)
    workspace.close()
    yield data


def publish_fake(central: CentralContext, tmp_path: Path, version: str, exit_code: int) -> None:  # noqa: F811
    package = fake_package(tmp_path, version, exit_code)
    central.database.run(lambda s: publish(
        s, central.settings.home, version=version, platform=PLATFORM, package=package,
        min_schema="0015_fleet", notes="", key=RELEASE_KEY,
    ))  # fmt: skip


def stage(data: Path) -> None:
    with Workspace(data) as workspace:
        report = sync(workspace, data)
    assert report.update is not None and report.update.state == "staged", report.warnings


def database_digest(data: Path) -> str:
    return hashlib.sha256((data / "counter.db").read_bytes()).hexdigest()


def test_update_installs_and_the_new_version_runs(
    staged_workstation: Path, central: CentralContext, tmp_path: Path,  # noqa: F811
) -> None:  # fmt: skip
    root = tmp_path / "install"
    install_first(root, "0.1.0")
    publish_fake(central, tmp_path, "0.2.0", 0)
    stage(staged_workstation)
    assert launch(root, staged_workstation, ["--version"]) == 0
    assert read_state(root) == {"current": "0.2.0", "previous": "0.1.0"}
    assert (staged_workstation / "ran.txt").read_text().startswith("0.2.0 --data-dir")
    assert (staged_workstation / "counter.db").read_bytes().endswith(b"migrated to 0.2.0\n")
    assert executable(root, "0.1.0").is_file()  # the old version is kept
    assert prepare(root, staged_workstation).version == "0.2.0"  # nothing more to install


def test_a_failing_update_rolls_back_with_the_database_restored(
    staged_workstation: Path, central: CentralContext, tmp_path: Path,  # noqa: F811
) -> None:  # fmt: skip
    root = tmp_path / "install"
    install_first(root, "0.1.0")
    publish_fake(central, tmp_path, "0.2.0", 3)  # writes to the database, then fails
    stage(staged_workstation)
    before = database_digest(staged_workstation)
    outcome = prepare(root, staged_workstation)
    assert (outcome.version, outcome.rolled_back) == ("0.1.0", "0.2.0")
    assert outcome.message is not None and "quay lại bản 0.1.0" in outcome.message
    assert database_digest(staged_workstation) == before
    assert read_state(root)["current"] == "0.1.0"
    assert (staged_workstation / "updates" / "failed" / "0.2.0").is_dir()
    assert prepare(root, staged_workstation).rolled_back is None  # not tried again
    with Workspace(staged_workstation) as workspace:  # the restored database still opens
        assert workspace.identity().workstation.name == "Quầy 1"


def test_a_package_changed_after_staging_is_not_installed(
    staged_workstation: Path, central: CentralContext, tmp_path: Path,  # noqa: F811
) -> None:  # fmt: skip
    root = tmp_path / "install"
    install_first(root, "0.1.0")
    publish_fake(central, tmp_path, "0.2.0", 0)
    stage(staged_workstation)
    package = staged_workstation / "updates" / "staged" / "0.2.0" / "onestop-0.2.0.zip"
    package.write_bytes(package.read_bytes() + b"x")
    outcome = prepare(root, staged_workstation)
    assert (outcome.version, outcome.rolled_back) == ("0.1.0", "0.2.0")
    assert outcome.message is not None and "đã bị thay đổi" in outcome.message
    assert not (root / "versions" / "0.2.0").exists()


def test_leftovers_of_an_interrupted_copy_are_ignored(tmp_path: Path) -> None:
    root, data = tmp_path / "install", tmp_path / "data"
    install_first(root, "0.1.0")
    (root / "state.json").unlink()
    (root / "versions" / "0.9.0.partial").mkdir()
    staged = data / "updates" / "staged" / "0.2.0.partial"
    staged.mkdir(parents=True)
    (staged / "manifest.json").write_text("{}")
    assert read_state(root)["current"] == "0.1.0"
    assert prepare(root, data).version == "0.1.0"
