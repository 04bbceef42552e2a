"""Sub-commands of ``python main.py``.

Every module in this package (and in ``sync.cli``) that defines
``register(subparsers)`` adds its commands; each command sets ``run`` to a
function ``run(args) -> int``. Modules keep heavy imports inside their
functions so that ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import TextIO

from counter.cli._output import shown
from counter.errors import CounterError

COMMAND_PACKAGES = ("counter.cli", "sync.cli")


def command_modules(packages: Iterable[str] = COMMAND_PACKAGES) -> list[ModuleType]:
    modules = []
    for package_name in packages:
        try:
            package = importlib.import_module(package_name)
        except ModuleNotFoundError:
            continue
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            if info.name.startswith("_"):
                continue
            module = importlib.import_module(f"{package_name}.{info.name}")
            if hasattr(module, "register"):
                modules.append(module)
    return modules


def add_commands(parser: argparse.ArgumentParser) -> None:
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)


def run_command(args: argparse.Namespace, stderr: TextIO | None = None) -> int:
    """Run the chosen command; a :class:`CounterError` becomes a message and exit code 2."""
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return int(run(args) or 0)
    except CounterError as error:
        print(shown(f"Lỗi: {error.message}"), file=stderr or sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
