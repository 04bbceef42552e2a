"""When to try a request again: exponential back-off with jitter, as pure functions.

Retried: network errors, 429 (honouring ``Retry-After``) and 5xx. Never
retried: other 4xx answers, which are the server's judgement on the request
itself and go to the supervisor with the server's reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long to wait. ``jitter`` is the share of each delay drawn at random."""

    max_attempts: int = 6
    base_delay: float = 0.5
    factor: float = 2.0
    max_delay: float = 60.0
    jitter: float = 0.5
    max_retry_after: float = 300.0


@dataclass(frozen=True)
class Failure:
    """What went wrong with one attempt: a network error, or an HTTP status."""

    status: int | None = None
    network_error: bool = False
    retry_after: str | None = None


def is_retryable_status(status: int) -> bool:
    """An answer worth asking again: too many requests, or the server's own trouble."""
    return status == 429 or 500 <= status <= 599


def is_retryable(failure: Failure) -> bool:
    if failure.network_error:
        return True
    return failure.status is not None and is_retryable_status(failure.status)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds asked by a ``Retry-After`` header (delta-seconds or an HTTP date), if readable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, (moment - now).total_seconds())


def backoff_delay(policy: RetryPolicy, attempt: int, draw: float) -> float:
    """The delay after the ``attempt``-th failed attempt (1-based); ``draw`` is in [0, 1)."""
    ceiling = min(policy.max_delay, policy.base_delay * policy.factor ** (attempt - 1))
    return ceiling * (1.0 - policy.jitter) + ceiling * policy.jitter * draw


def retry_delay(
    policy: RetryPolicy, attempt: int, failure: Failure, *, now: datetime, draw: float
) -> float | None:
    """Seconds to wait before the next attempt, or None to stop trying.

    ``attempt`` counts the attempts already made (1 after the first failure).
    A ``Retry-After`` longer than the policy allows stops the retries instead
    of waiting without bound.
    """
    if attempt >= policy.max_attempts or not is_retryable(failure):
        return None
    delay = backoff_delay(policy, attempt, draw)
    asked = parse_retry_after(failure.retry_after, now) if failure.status in (429, 503) else None
    if asked is not None:
        if asked > policy.max_retry_after:
            return None
        delay = max(delay, asked)
    return delay
