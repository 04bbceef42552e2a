"""``main.py screenshot --demo``: every main screen as a 1366×768 PNG, headless, in one go."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.qt import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("login", "intake", "desk", "detail", "day", "first-run")


def test_screenshots_of_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "data"), "screenshot",
         "--out", str(out), "--demo"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=True,
    )
    assert [Path(line).stem for line in done.stdout.split()] == list(SCREENS)
    for name in SCREENS:
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1366, 768), name
        colours = {image.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 29)}
        assert len(colours) > 8, f"{name}.png looks blank"
