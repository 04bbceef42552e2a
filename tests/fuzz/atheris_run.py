"""Coverage-guided fuzzing of a core parser with atheris (where it installs).

    python -m tests.fuzz.atheris_run intake -runs=200000
    python -m tests.fuzz.atheris_run catalogue -max_total_time=600

Any exception other than a clean ``CounterError`` is a finding: atheris stops and
writes the input that caused it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path


def seed_corpus(name: str) -> Path:
    """A corpus folder started from valid inputs, so mutations reach past the JSON parser."""
    from tests.fuzz.targets import SEED_VALUES, SEEDS

    folder = Path(tempfile.mkdtemp(prefix=f"fuzz-{name}-"))
    for index, path in enumerate(SEEDS.get(name, [])):
        (folder / f"seed-file-{index}").write_bytes(path.read_bytes())
    for index, value in enumerate(SEED_VALUES.get(name, [])):
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        (folder / f"seed-{index}").write_bytes(text.encode("utf-8"))
    return folder


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["counter"]):
        from tests.fuzz.targets import TARGETS

    name, *options = sys.argv[1:]
    target = TARGETS[name]
    if not any(not option.startswith("-") for option in options):
        options.append(str(seed_corpus(name)))
    atheris.Setup([sys.argv[0], *options], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
