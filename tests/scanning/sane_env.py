"""A private SANE set-up with only the ``test`` backend: two virtual scanners, test:0 and
test:1, that can be made to vanish by emptying ``dll.conf`` (as if unplugged)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from counter.scanning.sane import SaneCliBackend
from tests.environment import missing

TEST_CONF = """number_of_devices 2
mode Gray
depth 8
resolution 75
test-picture "{picture}"
"""


class SaneTestScanners:
    def __init__(self, folder: Path, picture: str = "Color pattern") -> None:
        if shutil.which("scanimage") is None:
            missing("SANE scanner tests", "scanimage (Debian sane-utils) is not installed")
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "test.conf").write_text(TEST_CONF.format(picture=picture))
        self.plug()
        self.env = {"SANE_CONFIG_DIR": str(folder)}
        listed = subprocess.run(["scanimage", "-L"], capture_output=True, text=True,
                                timeout=60, env={"SANE_CONFIG_DIR": str(folder), "PATH": "/usr/bin:/bin"})
        if "test:0" not in listed.stdout:
            missing("SANE scanner tests", "the SANE test backend (Debian libsane1) does not "
                    f"list test:0: {listed.stdout or listed.stderr}")

    def plug(self) -> None:
        (self.folder / "dll.conf").write_text("test\n")

    def unplug(self) -> None:
        """The scanners vanish for every later device open (a USB cable pulled)."""
        (self.folder / "dll.conf").write_text("")

    def backend(self) -> SaneCliBackend:
        return SaneCliBackend(env=self.env)
