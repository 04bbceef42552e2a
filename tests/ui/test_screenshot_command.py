"""``main.py screenshot --demo``: every main screen as a 1366×768 PNG, headless, in one go."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.qt import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("login", "intake", "desk", "detail", "day", "first-run")
CITIZEN_SCREENS = ("citizen-intake", "citizen-payment", "citizen-rating")  # 1024×600


def test_screenshots_of_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "data"), "screenshot",
         "--out", str(out), "--demo"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=True,
    )
    assert [Path(line).stem for line in done.stdout.split()] == [
        *SCREENS[:2], *CITIZEN_SCREENS, *SCREENS[2:]]
    for names, (width, height), least in ((SCREENS, (1366, 768), 8),
                                          (CITIZEN_SCREENS, (1024, 600), 2)):
        for name in names:
            image = QImage(str(out / f"{name}.png"))
            assert (image.width(), image.height()) == (width, height), name
            colours = {image.pixel(x, y) for x in range(0, width, 37)
                       for y in range(0, height, 29)}
            assert len(colours) > least, f"{name}.png looks blank"
