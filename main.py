"""onestop-counter: start the GUI, or run one sub-command headless.

    python main.py [--data-dir DIR] [--demo]          the desktop app
    python main.py [--data-dir DIR] COMMAND ...       a command (see --help)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def version_text() -> str:
    from counter import APP_NAME, __version__

    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    return f"{APP_NAME} {__version__}{frozen}"


def build_parser(language: str | None = "vi") -> argparse.ArgumentParser:
    """Every command, its help in ``language`` (Vietnamese unless ``--lang en``; None: the
    texts as the command modules write them)."""
    from counter.cli import add_commands
    from counter.cli.language import CounterArgumentParser, localise

    parser = CounterArgumentParser(
        prog="main.py",
        description="onestop-counter: tiếp nhận hồ sơ tại Bộ phận Một cửa (one-stop counter).",
    )
    parser.add_argument("--version", action="version", version=version_text())
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="where the database and files live (default: the user data directory)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start with a demo agency, demo users, catalogue and a virtual card reader",
    )
    parser.add_argument(
        "--lang", choices=["vi", "en"], default=None, help="language of the interface"
    )
    add_commands(parser)
    if language is not None:
        localise(parser, language)
    return parser


def main(argv: list[str] | None = None) -> int:
    from counter.cli.language import chosen_language

    parser = build_parser(chosen_language(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if args.data_dir is None:
        from counter.paths import default_data_dir

        args.data_dir = default_data_dir()
    from counter.logs import configure_logging

    configure_logging(args.data_dir)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    from counter.cli import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
