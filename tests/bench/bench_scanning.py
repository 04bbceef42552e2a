"""Scanning from the SANE test scanner to the stored PDF, against scanimage alone writing
the same pages (the floor), and the size of a page at each kind's settings. Prints figures;
asserts nothing.

    .venv/bin/python -m tests.bench.bench_scanning [--pages 5] [--picture Grid]

The app's figure runs the whole path: scanimage through the device thread, each page kept
encrypted as a draft page in the database and file store, then one PDF made, encrypted and
recorded on the document's row. The floor is one scanimage batch writing the same pages
as PNG files. The test scanner's largest area is 200 x 200 mm, so bytes per A4 page
(210 x 297 mm) are scaled by area; its pictures (a grid, a colour pattern) are not real
papers, so sizes of real scans differ (text compresses better than a grid, photos worse).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.scanning.digitise import digitise_document
from counter.scanning.drafts import add_page, dossier_draft
from counter.scanning.model import ScannedPage
from counter.scanning.profiles import DEFAULT_SCAN_PROFILES, ScanProfile
from counter.scanning.sane import SaneCliBackend
from counter.scanning.service import ScannerService
from tests.core.conftest import OFFICER, citizen, make_workspace
from tests.scanning.sane_env import TEST_CONF

AREA_MM2 = 200 * 200
A4_MM2 = 210 * 297
FLOOR_MODES = {"color": ["--mode", "Color"], "grey": ["--mode", "Gray"],
               "lineart": ["--mode", "Gray", "--depth", "1"]}


def floor_seconds(env: dict[str, str], profile: ScanProfile, pages: int, folder: Path) -> float:
    """scanimage alone: one batch from the feeder into PNG files."""
    start = time.perf_counter()
    subprocess.run(
        ["scanimage", "-d", "test:0", "--source", "Automatic Document Feeder",
         *FLOOR_MODES[profile.mode], "--resolution", str(profile.dpi), "-x", "200", "-y", "200",
         "--format=png", f"--batch={folder}/p%d.png", f"--batch-count={pages}"],
        env=env, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - start


def app_seconds(workspace, env: dict[str, str], profile: ScanProfile,  # type: ignore[no-untyped-def]
                pages: int) -> tuple[float, int]:
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    draft = dossier_draft(code)

    def keep(page: ScannedPage) -> None:
        add_page(workspace, draft, 0, page, OFFICER)

    with ScannerService(SaneCliBackend(env=env)) as service:
        start = time.perf_counter()
        service.scan("test:0", profile.settings("adf"), pages, keep).result(600)
        stored = digitise_document(workspace, code, 0, OFFICER)
        seconds = time.perf_counter() - start
    return seconds, stored.size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--picture", default="Grid", help='"Grid" or "Color pattern"')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sane = root / "sane"
        sane.mkdir()
        (sane / "dll.conf").write_text("test\n")
        (sane / "test.conf").write_text(TEST_CONF.format(picture=args.picture))
        env = {"SANE_CONFIG_DIR": str(sane), "PATH": "/usr/bin:/bin"}
        workspace = make_workspace(root / "data")
        print(f"{args.pages} pages from the feeder, test picture {args.picture!r}; "
              "per A4 page = per 200x200 mm page x 1.56")
        for kind, raw in DEFAULT_SCAN_PROFILES.items():
            profile = ScanProfile(kind, raw["mode"], raw["dpi"], raw["quality"] or 75)
            pngs = root / f"floor-{kind}"
            pngs.mkdir()
            floor = floor_seconds(env, profile, args.pages, pngs)
            seconds, size = app_seconds(workspace, env, profile, args.pages)
            per_a4 = size / args.pages * A4_MM2 / AREA_MM2
            png_a4 = sum(p.stat().st_size for p in pngs.iterdir()) / args.pages * A4_MM2 / AREA_MM2
            compression = ("Flate, 1 bit" if profile.mode == "lineart"
                           else f"JPEG q{profile.quality}")
            print(f"{kind:9s} {profile.mode:8s} {profile.dpi} dpi ({compression}): "
                  f"app {args.pages / seconds:6.2f} pages/s, floor {args.pages / floor:6.2f} "
                  f"pages/s, ratio {seconds / floor:5.2f}x; PDF {per_a4 / 1024:7.1f} KB per A4 "
                  f"page (scanimage PNG {png_a4 / 1024:7.1f} KB)")
        workspace.close()


if __name__ == "__main__":
    main()
