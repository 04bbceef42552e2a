"""``screenshot --out DIR [--demo]``: render the app's main screens to PNG files, headless."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "screenshot", help="render the main screens to PNG files (offscreen) and exit"
    )
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--demo", action="store_true", dest="screenshot_demo",
                        help="use (and create if needed) the demo data in the data directory")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.screenshots import render_screenshots

    demo = bool(args.screenshot_demo or args.demo)
    for path in render_screenshots(args.data_dir, args.out, demo):
        print(path)
    return 0
