"""Mutation testing of the core's rule modules, each against its own tests only.

    python -m tests.mutation                 # the four core rule modules
    python -m tests.mutation --extras        # ... and receive, applicant checks, fees
    python -m tests.mutation compute fees    # chosen modules (names from MODULES)
    python -m tests.mutation --survivors compute   # list what survived, with diffs

Each module is mutated in its own copy of the project under build/mutation/<name>/
(mutmut reads its settings from the copy's pyproject.toml). Each run starts afresh,
since mutmut would keep a verdict until the mutated code changes even when the tests
did; ``--keep`` reuses the earlier verdicts, ``--retest-survivors`` keeps the kills
and tests every other mutant again (quick after adding tests). The score of a module is the share of its
mutants that its tests kill; "no tests" (code its tests never reach) counts as not killed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "mutation"
COPIED = ("counter", "sync", "tests", "resources", "pyproject.toml", "main.py")
KILLED = {"killed", "timeout", "caught by type check", "segfault"}
NOT_RUN = {"not checked", "skipped", "check was interrupted by user"}


@dataclass(frozen=True)
class Module:
    path: str
    tests: tuple[str, ...]


MODULES: dict[str, Module] = {
    "compute": Module("counter/deadlines/compute.py", ("tests/core/test_deadlines.py",)),
    "calendar": Module("counter/deadlines/calendar.py", ("tests/core/test_deadlines.py",)),
    "allocate": Module("counter/codes/allocate.py", ("tests/core/test_codes.py",)),
    "transitions": Module(
        "counter/dossiers/transitions.py",
        ("tests/core/test_lifecycle.py", "tests/core/test_roles.py"),
    ),
}
EXTRAS: dict[str, Module] = {
    "receive": Module("counter/dossiers/receive.py", ("tests/core/test_intake.py",)),
    "applicant_checks": Module(
        "counter/applicant_checks.py", ("tests/core/test_applicant_checks.py",)
    ),
    "fees": Module("counter/catalogue/fees.py", ("tests/core/test_catalogue.py",)),
}


def mutmut_settings(module: Module) -> str:
    """The [tool.mutmut] table for one module: mutate it only, run its tests only, stop at
    the first failure."""
    tests = ", ".join(f'"{test}"' for test in module.tests)
    return (
        "[tool.mutmut]\n"
        'source_paths = ["counter"]\n'
        f'only_mutate = ["{module.path}"]\n'
        'also_copy = ["sync", "resources", "main.py"]\n'
        f"pytest_add_cli_args_test_selection = [{tests}]\n"
        'pytest_add_cli_args = ["-x", "-q", "-p", "no:randomly"]\n'
    )


def prepare(name: str, module: Module) -> Path:
    """A copy of the tracked project files whose pyproject.toml mutates ``module`` only."""
    work = WORK / name
    work.mkdir(parents=True, exist_ok=True)
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--", *COPIED], cwd=ROOT, check=True,
        capture_output=True, text=True,
    ).stdout
    for relative in filter(None, listed.split("\0")):
        source, target = ROOT / relative, work / relative
        if not source.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copy2(source, target)
    pyproject = work / "pyproject.toml"
    text = re.sub(r"(?ms)^\[tool\.mutmut\]\n.*?(?=^\[|\Z)", "", pyproject.read_text("utf-8"))
    pyproject.write_text(text.rstrip() + "\n\n" + mutmut_settings(module), "utf-8")
    return work


def mutmut(work: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "mutmut"), *arguments]
    return subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)


def statuses(work: Path) -> dict[str, str]:
    """Each mutant's status, from ``mutmut results --all true``."""
    listed = mutmut(work, "results", "--all", "true")
    if listed.returncode != 0:
        raise SystemExit(f"mutmut results failed:\n{listed.stderr}")
    found = {}
    for line in listed.stdout.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep:
            found[name] = status
    return found


def run_module(name: str, module: Module, show_survivors: bool, keep: bool,
               retest: bool) -> tuple[int, int, Counter[str]]:
    work = prepare(name, module)
    if not (keep or retest):
        # mutmut keeps a verdict until the mutated function changes, not when the tests do.
        shutil.rmtree(work / "mutants", ignore_errors=True)
    print(f"== {name}: {module.path} with {' '.join(module.tests)}", flush=True)
    ran = mutmut(work, "run", "--max-children", "2")
    if ran.returncode == 0 and retest:
        # Explicitly named mutants are tested again whatever their earlier verdict.
        survivors = [m for m, status in statuses(work).items() if status not in KILLED]
        if survivors:
            # Which tests reach which function was recorded with the old tests: forget it.
            (work / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
            ran = mutmut(work, "run", "--max-children", "2", *survivors)
    if ran.returncode != 0:
        raise SystemExit(f"mutmut run failed for {name}:\n{ran.stdout[-4000:]}\n{ran.stderr[-4000:]}")
    counted = Counter(statuses(work).values())
    total = sum(n for status, n in counted.items() if status not in NOT_RUN)
    killed = sum(counted[status] for status in KILLED)
    if show_survivors:
        for mutant, status in sorted(statuses(work).items()):
            if status not in KILLED:
                print(mutmut(work, "show", mutant).stdout)
    return killed, total, counted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"modules: {', '.join({**MODULES, **EXTRAS})}")
    parser.add_argument("--extras", action="store_true", help="also receive, checks and fees")
    parser.add_argument("--survivors", action="store_true", help="show every mutant not killed")
    parser.add_argument("--keep", action="store_true",
                        help="keep earlier verdicts (only for unchanged tests)")
    parser.add_argument("--retest-survivors", action="store_true",
                        help="keep the kills of the last run, test its survivors again")
    parser.add_argument("--minimum", type=float, default=0.0,
                        help="fail when a module scores below this percentage")
    args = parser.parse_args(argv)
    known = {**MODULES, **EXTRAS}
    unknown = [name for name in args.names if name not in known]
    if unknown:
        parser.error(f"unknown module(s): {', '.join(unknown)}")
    chosen = args.names or [*MODULES, *(EXTRAS if args.extras else ())]
    rows = []
    for name in chosen:
        killed, total, counted = run_module(name, known[name], args.survivors, args.keep,
                                             args.retest_survivors)
        rows.append((known[name].path, killed, total, counted))
    print(f"\n{'module':40} {'killed':>7} {'total':>6} {'score':>7}  other")
    below = []
    for path, killed, total, counted in rows:
        score = 100.0 * killed / total if total else 100.0
        other = ", ".join(f"{status} {n}" for status, n in sorted(counted.items())
                          if status not in KILLED)
        print(f"{path:40} {killed:7} {total:6} {score:6.1f}%  {other}")
        if score < args.minimum:
            below.append(path)
    if below:
        print(f"below {args.minimum}%: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
