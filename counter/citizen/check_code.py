"""The check code printed on the receipt, asked with the dossier code on the status page.

Six symbols from an alphabet of 32 with no look-alikes (no 0/O, no 1/I): 32**6 = 2**30,
about 1.07 billion codes. The dossier code itself is guessable (agency, date, sequence),
so the check code carries all the secrecy. The central server allows
``lookup_attempts_per_source`` (default 20) lookups per address per 10 minutes, i.e.
2,880 a day: guessing one dossier's code takes on average 2**29 tries, about 500 years
from one address, and still months from a thousand addresses, for a page that shows a
status, a date and initials only. The code is made with ``secrets`` (a CSPRNG).
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # A-Z without I and O, then 2-9
LENGTH = 6
_SEPARATORS = re.compile(r"[\s\-.]")


def new_check_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_check_code(text: str) -> str:
    """As typed by a citizen: any case, with or without spaces, dashes or dots."""
    return _SEPARATORS.sub("", text).upper()


def printed(code: str) -> str:
    """Split in two groups of three for reading aloud and typing: ``ABC-234``."""
    return f"{code[:3]}-{code[3:]}" if len(code) == LENGTH else code
