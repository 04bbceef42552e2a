"""Everything the command line prints of stored or outside text goes through here, so a
name holding ESC sequences, backspaces or bidi marks cannot steer the officer's terminal."""

from __future__ import annotations

from typing import Any

from counter.text import escape_hidden


def shown(text: str) -> str:
    """``text`` safe for a terminal: hidden characters as visible ``\\uXXXX`` escapes."""
    return escape_hidden(text)


def print_json(value: Any) -> None:
    """``value`` as indented JSON (Vietnamese kept readable), hidden characters escaped."""
    from counter.jsonable import dumps

    print(shown(dumps(value)))
