"""A full disk and a read-only data folder give a clear message and lose nothing saved.

These need root and a private mount namespace (``unshare``) to mount a tiny tmpfs or a
read-only bind mount; CI runs as root. Elsewhere they are skipped, saying why; under
CI=true a missing namespace fails the run.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counter.errors import DISK_FULL, READ_ONLY
from tests.environment import missing

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def _namespace_available() -> str | None:
    if os.geteuid() != 0:
        return "needs root to mount a test filesystem"
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"],
                           capture_output=True, timeout=20)
    if probe.returncode != 0:
        return f"private mount namespaces are not allowed here: {probe.stderr.decode()[:200]}"
    return None


@pytest.fixture(autouse=True)
def _private_mount_namespace() -> None:
    problem = _namespace_available()
    if problem is not None:
        missing("the disk fault tests (root + unshare)", problem)


def _in_namespace(script: str) -> list[dict[str, object]]:
    result = subprocess.run(["unshare", "--mount", "--propagation", "private", "bash", "-ec",
                             script], cwd=ROOT, capture_output=True, text=True, timeout=240,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_disk_full_is_a_message_and_nothing_saved_is_lost(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    (report,) = _in_namespace(
        f"mount -t tmpfs -o size=6m tmpfs {mount}\n"
        f"{sys.executable} -m tests.core.fault_scenarios disk-full {mount}\n"
    )
    assert report["message"] == DISK_FULL, report
    assert report["stored_when_full"] == report["committed"]
    assert report["integrity"] == "ok"
    assert report["total"] == int(report["committed"]) + 1  # type: ignore[call-overload]


def test_read_only_data_folder_is_a_message_and_nothing_is_lost(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run = f"{sys.executable} -m tests.core.fault_scenarios"
    prepared, blocked = _in_namespace(
        f"{run} prepare {data}\n"
        f"mount --bind {data} {data}\nmount -o remount,bind,ro {data}\n"
        f"{run} read-only {data}\n"
    )
    assert blocked["stage"] in ("open", "receive"), blocked
    assert blocked["message"] == READ_ONLY
    verified = subprocess.run([sys.executable, "-m", "tests.core.fault_scenarios", "verify",
                               str(data)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert verified.returncode == 0, verified.stderr
    report = json.loads(verified.stdout)
    assert report["integrity"] == "ok"
    assert report["codes"] == sorted(prepared["codes"])  # type: ignore[arg-type]
