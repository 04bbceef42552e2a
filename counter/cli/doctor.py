"""``doctor``: check this installation and say what to do about each problem."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from counter.cli._output import shown

if TYPE_CHECKING:
    from counter.doctor import CheckResult

SYMBOLS = {"ok": "✔", "warning": "!", "problem": "✖"}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "doctor", help="check database, encryption, disk, clock, card reader, central server")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from counter.doctor import run_checks, workspace_checks
    from counter.errors import CounterError
    from counter.workspace import Workspace

    try:
        workspace = Workspace(args.data_dir)
    except CounterError as error:
        print(shown(f"✖ Mở dữ liệu: {error.message}"))
        return 1
    with workspace:
        checks = workspace_checks(workspace)
        try:
            from sync.doctor import check_audit_against_days, check_central

            checks.append(lambda: check_audit_against_days(workspace))
            checks.append(lambda: check_central(workspace))
        except ImportError:
            pass
        results: list[CheckResult] = run_checks(checks)
    return print_results(results)


def print_results(results: list[CheckResult]) -> int:
    """Each result with its advice, then the tally; the exit code (1 if any problem)."""
    from counter.doctor import Level

    for result in results:
        print(shown(f"{SYMBOLS[result.level]} {result.name}: {result.detail}"))
        if result.advice:
            print(shown(f"    → {result.advice}"))
    problems = sum(1 for r in results if r.level is Level.PROBLEM)
    print(f"\n{len(results)} mục kiểm tra, {problems} lỗi.")
    return 1 if problems else 0
