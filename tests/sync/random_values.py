"""Random JSON values built from awkward pieces of text (NUL, lone surrogates, escapes that only
look like them), for the property tests of what the server takes in."""

from __future__ import annotations

import random
from typing import Any

PIECES = ["An", "Nguyễn", "\x00", "\ud800", "\udfff", "\\u0000", "\\", "u0000", '"', "\n", "",
          "\u00e9"]


def random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 4)))


def random_value(rng: random.Random, depth: int = 0) -> Any:
    """Text, a scalar, a list or an object (keys are random text too), nested up to 4 deep."""
    kind = rng.randrange(5 if depth < 4 else 3)
    if kind in (0, 2):
        return random_text(rng)
    if kind == 1:
        return rng.choice([None, True, 3, 2.5, "0912345678"])
    if kind == 3:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    return {random_text(rng): random_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))}
