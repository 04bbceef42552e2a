"""``self-check``: open the data folder (migrating its database) and exit 0 if all is well.

The launcher runs it once with a newly installed version before switching to it; a
version that cannot open or migrate the database exits non-zero and is rolled back.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "self-check", help="open the data folder (migrating it) and exit; used after an update"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from counter import __version__
    from counter.workspace import Workspace

    with Workspace(args.data_dir):
        pass  # opening brings the database to this version's schema
    print(f"onestop-counter {__version__}: OK")
    return 0
