"""The command line's texts in Vietnamese (the default) and English (``--lang en``).

Each help text written in a command module (whatever its language) is a key of
``resources/translations/cli_texts.json``, with its Vietnamese and English wording;
``tests/core/test_cli_language.py`` fails while a help text of any command is missing there
or an entry is no longer used.
"""

from __future__ import annotations

import json

from counter.paths import resources_dir

CATALOGUE = resources_dir() / "translations" / "cli_texts.json"


def _load() -> dict[str, tuple[str, str]]:
    with CATALOGUE.open(encoding="utf-8") as file:
        entries = json.load(file)
    return {source: (pair["vi"], pair["en"]) for source, pair in entries.items()}


TEXTS: dict[str, tuple[str, str]] = _load()
