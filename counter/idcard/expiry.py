"""When a CCCD / Căn cước card expires, from the birth and issue dates.

Cards are renewed at the ages of 14, 25, 40 and 60; a card issued less than
two years before one of those ages stays valid until the next one, and a
card issued after 58 has no expiry. This lets BAC be keyed from the QR code,
which has no expiry date. The exact expiry written in the MRZ of cards with
no expiry is UNVERIFIED, so none is guessed.
"""

from __future__ import annotations

import datetime as dt

RENEWAL_AGES = (14, 25, 40, 60)
BOUNDARY_DAYS = 90


def anniversary(birth: dt.date, age: int) -> dt.date:
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:  # born on 29 February
        return dt.date(birth.year + age, 3, 1)


def cccd_expiry(birth: dt.date, issue: dt.date) -> dt.date | None:
    """The renewal birthday a card issued on ``issue`` is valid until (``None``: no expiry)."""
    for age in RENEWAL_AGES:
        if issue < anniversary(birth, age - 2):
            return anniversary(birth, age)
    return None


def expiry_candidates(birth: dt.date, issue: dt.date) -> list[dt.date]:
    """The likely expiry first, then the neighbour when the issue date is near a boundary."""
    candidates: list[dt.date] = []
    for shift in (0, BOUNDARY_DAYS, -BOUNDARY_DAYS):
        expiry = cccd_expiry(birth, issue + dt.timedelta(days=shift))
        if expiry is not None and expiry not in candidates:
            candidates.append(expiry)
    return candidates
