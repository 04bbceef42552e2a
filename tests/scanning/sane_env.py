"""A private SANE set-up with only the ``test`` backend: two virtual scanners, test:0 and
test:1, that can be made to leave the device list by emptying ``dll.conf``."""

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


SLOW = "read-delay true\nread-delay-duration 50000\n"


class SaneTestScanners:
    def __init__(self, folder: Path, picture: str = "Color pattern", *,
                 slow: bool = False) -> None:
        """``slow``: each buffer of image data comes after 50 ms (a page at 75 dpi in about
        half a second), so that a test can act while a scan is under way."""
        if shutil.which("scanimage") is None:
            missing("SANE scanner tests", "scanimage (Debian sane-utils) is not installed")
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "test.conf").write_text(TEST_CONF.format(picture=picture)
                                          + (SLOW if slow else ""))
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
        """The scanners leave SANE's device list (a USB cable pulled). Opening ``test:0`` by
        name would still work (SANE's dll loads the backend a device name starts with), so
        a test that pulls the cable mid-scan also ends the running scanimage itself."""
        (self.folder / "dll.conf").write_text("")

    def backend(self) -> SaneCliBackend:
        return SaneCliBackend(env=self.env)
