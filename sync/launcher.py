"""The launcher: installs a staged update at start, tries it, and falls back by itself.

Install root layout (made by the installer, then kept by this launcher):

    <root>/versions/<version>/onestop[.exe]   each installed version, side by side
    <root>/state.json                         {"current": "0.2.0", "previous": "0.1.0"}

At start, a package staged by the app (``<data>/updates/staged/<version>/``, see
``sync.client.updates``) newer than the current version is checked again (Ed25519
signature with the pinned release key, size and SHA-256, newer than current),
unpacked beside the current version, and tried: the database is copied to
``<data>/updates/backup-<old version>/`` first, then the new version runs
``self-check`` (it opens the data folder, so it migrates the database) within a
time limit. If that fails, the database files are put back from the backup, the
state stays on the old version and the package moves to ``updates/failed/`` so it
is not tried again. The old version's folder is kept either way.

The release key is read from ``<root>/release-key.pub`` (a per-province installer
can ship it) or else from ``<data>/updates/release-key.pub``, which the app writes
when it pins the key at enrolment. Only standard library and ``cryptography``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from counter.errors import CounterError
from sync.keys import ed25519_public_from_b64
from sync.releases import (
    VERSION_PATTERN,
    ReleaseManifest,
    UpdateRefused,
    check_not_downgrade,
    check_package,
    verify_manifest,
    version_key,
)

STATE_FILE = "state.json"
KEY_FILE = "release-key.pub"
EXECUTABLE = "onestop.exe" if os.name == "nt" else "onestop"
DATABASE_FILES = ("counter.db", "counter.db-wal", "counter.db-shm")
SELF_CHECK_SECONDS = 300


@dataclass(frozen=True)
class LaunchOutcome:
    version: str  # the version to run now
    installed: str | None = None  # a new version installed and checked this start
    rolled_back: str | None = None  # a new version that failed; the old one came back
    message: str | None = None


def is_version(name: str) -> bool:
    """A folder named like a version (not ``0.2.0.partial`` left by an interrupted copy)."""
    return VERSION_PATTERN.match(name) is not None


def read_state(root: Path) -> dict[str, str | None]:
    path = root / STATE_FILE
    if path.is_file():
        state = json.loads(path.read_text(encoding="utf-8"))
        return {"current": state["current"], "previous": state.get("previous")}
    versions = sorted(
        (p.name for p in (root / "versions").iterdir() if p.is_dir() and is_version(p.name)),
        key=version_key,
    )
    if not versions:
        raise CounterError(f"Không có phiên bản nào được cài trong {root / 'versions'}.")
    return {"current": versions[-1], "previous": None}


def write_state(root: Path, current: str, previous: str | None) -> None:
    partial = root / (STATE_FILE + ".partial")
    partial.write_text(json.dumps({"current": current, "previous": previous}), encoding="utf-8")
    os.replace(partial, root / STATE_FILE)


def executable(root: Path, version: str) -> Path:
    return root / "versions" / version / EXECUTABLE


def release_key_text(root: Path, data_dir: Path) -> str | None:
    for path in (root / KEY_FILE, data_dir / "updates" / KEY_FILE):
        if path.is_file():
            return path.read_text(encoding="ascii").strip()
    return None


def staged_releases(data_dir: Path) -> list[Path]:
    folder = data_dir / "updates" / "staged"
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if is_version(p.name) and (p / "manifest.json").is_file()]
    return sorted(found, key=lambda p: version_key(p.name))


def checked_manifest(staged: Path, key_text: str, current: str) -> ReleaseManifest:
    manifest = ReleaseManifest.from_dict(json.loads((staged / "manifest.json").read_text("utf-8")))
    if manifest.version != staged.name:
        raise UpdateRefused("Thư mục bản cập nhật không khớp phiên bản đã ký.")
    signature = (staged / "manifest.sig").read_text(encoding="ascii").strip()
    verify_manifest(manifest, signature, ed25519_public_from_b64(key_text, "release_public_key"))
    check_package(manifest, staged / manifest.package)
    check_not_downgrade(manifest, current)
    return manifest


def unpack(package: Path, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with zipfile.ZipFile(package) as archive:
        for member in archive.namelist():
            resolved = (partial / member).resolve()
            if not resolved.is_relative_to(partial.resolve()):
                raise UpdateRefused("Gói cập nhật chứa đường dẫn ra ngoài thư mục cài đặt.")
        archive.extractall(partial)
    program = partial / EXECUTABLE
    if not program.is_file():
        shutil.rmtree(partial, ignore_errors=True)
        raise UpdateRefused(f"Gói cập nhật không có tệp chạy {EXECUTABLE}.")
    program.chmod(0o755)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(partial, target)


def back_up_database(data_dir: Path, backup: Path) -> None:
    shutil.rmtree(backup, ignore_errors=True)
    backup.mkdir(parents=True)
    for name in DATABASE_FILES:
        if (data_dir / name).is_file():
            shutil.copy2(data_dir / name, backup / name)


def restore_database(data_dir: Path, backup: Path) -> None:
    for name in DATABASE_FILES:
        (data_dir / name).unlink(missing_ok=True)
        if (backup / name).is_file():
            shutil.copy2(backup / name, data_dir / name)


def self_check(program: Path, data_dir: Path, timeout: float) -> tuple[bool, str]:
    try:
        done = subprocess.run(
            [str(program), "--data-dir", str(data_dir), "self-check"], capture_output=True,
            text=True, timeout=timeout, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, str(error)
    return done.returncode == 0, (done.stderr or done.stdout)[-2000:]


def prepare(root: Path, data_dir: Path, *, timeout: float = SELF_CHECK_SECONDS) -> LaunchOutcome:
    """Install and try the newest staged update, if any; say which version to run."""
    state = read_state(root)
    current = str(state["current"])
    staged = staged_releases(data_dir)
    if not staged or version_key(staged[-1].name) <= version_key(current):
        return LaunchOutcome(current)
    candidate = staged[-1]
    key_text = release_key_text(root, data_dir)
    try:
        if key_text is None:
            raise UpdateRefused("Chưa có khóa phát hành đã ghim: không cài bản cập nhật.")
        manifest = checked_manifest(candidate, key_text, current)
        unpack(candidate / manifest.package, root / "versions" / manifest.version)
    except (UpdateRefused, zipfile.BadZipFile, OSError, ValueError) as error:
        set_aside(data_dir, candidate)
        message = error.message if isinstance(error, CounterError) else str(error)
        return LaunchOutcome(current, rolled_back=candidate.name, message=message)
    backup = data_dir / "updates" / f"backup-{current}"
    back_up_database(data_dir, backup)
    ok, output = self_check(executable(root, manifest.version), data_dir, timeout)
    if not ok:
        restore_database(data_dir, backup)
        set_aside(data_dir, candidate)
        return LaunchOutcome(
            current, rolled_back=manifest.version,
            message=f"Bản {manifest.version} không khởi động được; đã quay lại bản {current} "
                    f"với dữ liệu trước khi nâng cấp. {output.strip()}",
        )  # fmt: skip
    write_state(root, manifest.version, current)
    shutil.rmtree(candidate, ignore_errors=True)
    return LaunchOutcome(manifest.version, installed=manifest.version)


def set_aside(data_dir: Path, staged: Path) -> None:
    failed = data_dir / "updates" / "failed" / staged.name
    shutil.rmtree(failed, ignore_errors=True)
    failed.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staged, failed)


def launch(root: Path, data_dir: Path, args: list[str]) -> int:
    """Prepare, then run the chosen version with ``args``; its exit code."""
    outcome = prepare(root, data_dir)
    env = dict(os.environ)
    if outcome.message:
        env["ONESTOP_UPDATE_NOTICE"] = outcome.message
    command = [str(executable(root, outcome.version)), "--data-dir", str(data_dir), *args]
    return subprocess.run(command, env=env).returncode
