"""Entry point of the frozen launcher (``onestop-launcher``), installed at the install root.

    onestop-launcher [--root DIR] [--data-dir DIR] [ARGS...]

Installs and tries a staged update if there is one (``sync.launcher``), then runs the
current version of the app with ``ARGS`` and exits with its exit code. ``--root``
defaults to the launcher's own folder, ``--data-dir`` to the app's data folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="onestop-launcher", add_help=False)
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=None)
    known, rest = parser.parse_known_args(argv)
    from counter.paths import default_data_dir
    from sync.launcher import launch

    root = known.root or Path(sys.executable).resolve().parent
    data_dir = known.data_dir or default_data_dir()
    return launch(root, data_dir, rest)


if __name__ == "__main__":
    sys.exit(main())
