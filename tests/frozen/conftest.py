"""The frozen app (PyInstaller, one folder), built once per test session.

Building takes minutes: set ONESTOP_FROZEN_BUNDLE to a folder made by
``scripts/build-frozen.sh`` (``dist/onestop``) to test that one instead.
The bundle is run the way a user runs it: its own executable, an empty PATH
(no Python anywhere on it) and no PYTHON* variables.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.environment import missing

ROOT = Path(__file__).resolve().parents[2]
EXECUTABLE = "onestop.exe" if os.name == "nt" else "onestop"


@dataclass(frozen=True)
class Bundle:
    folder: Path
    bin_dir: Path  # the only folder on PATH: empty, so no python can be found

    @property
    def executable(self) -> Path:
        return self.folder / EXECUTABLE

    def environment(self, **extra: str) -> dict[str, str]:
        kept = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA")) and k != "PATH"
        }
        return {**kept, "PATH": str(self.bin_dir), "QT_QPA_PLATFORM": "offscreen", **extra}

    def run(
        self, *args: str, stdin: str = "", timeout: float = 180, **env: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.executable), *args], input=stdin, capture_output=True, text=True,
            timeout=timeout, env=self.environment(**env), cwd=self.bin_dir,
        )  # fmt: skip


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(work: Path) -> tuple[Path, float]:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as error:
        missing("PyInstaller (dev extras)", str(error))
    env = {**os.environ, "PYTHON": sys.executable, "DIST_DIR": str(work / "dist"),
           "WORK_DIR": str(work / "build")}  # fmt: skip
    started = time.monotonic()
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-frozen.sh")], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return work / "dist" / "onestop", time.monotonic() - started


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Bundle]:
    given = os.environ.get("ONESTOP_FROZEN_BUNDLE")
    work = tmp_path_factory.mktemp("frozen")
    if given:
        folder, seconds = Path(given), None
    else:
        folder, seconds = build(work)
    bin_dir = work / "empty-bin"
    bin_dir.mkdir()
    assert shutil.which("python3", path=str(bin_dir)) is None
    size = folder_size(folder)
    report = request.config.pluginmanager.get_plugin("terminalreporter")
    line = f"frozen bundle: {size / 1e6:.0f} MB in {folder}"
    if seconds is not None:
        line += f", built in {seconds:.0f} s"
    if report is not None:
        report.write_line("")
        report.write_line(line)
    print(line)
    yield Bundle(folder, bin_dir)
    if not given:
        shutil.rmtree(work / "build", ignore_errors=True)
