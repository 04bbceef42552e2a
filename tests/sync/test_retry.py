"""The retry policy as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from sync.retry import Failure, RetryPolicy, backoff_delay, parse_retry_after, retry_delay

NOW = datetime(2025, 9, 15, 1, 0, tzinfo=UTC)
POLICY = RetryPolicy(max_attempts=5, base_delay=1.0, factor=2.0, max_delay=10.0, jitter=0.5)


def test_backoff_grows_exponentially_and_is_capped() -> None:
    ceilings = [backoff_delay(POLICY, attempt, draw=1.0) for attempt in range(1, 7)]
    assert ceilings == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]


def test_jitter_stays_within_the_share_of_the_delay() -> None:
    assert backoff_delay(POLICY, 3, draw=0.0) == 2.0
    assert backoff_delay(POLICY, 3, draw=0.5) == 3.0
    assert backoff_delay(POLICY, 3, draw=0.999) == pytest.approx(3.998)


@pytest.mark.parametrize(
    "failure",
    [Failure(network_error=True), Failure(status=500), Failure(status=503), Failure(status=429)],
)
def test_network_errors_429_and_5xx_are_retried(failure: Failure) -> None:
    assert retry_delay(POLICY, 1, failure, now=NOW, draw=0.0) == 0.5


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 413, 422])
def test_4xx_answers_are_never_retried(status: int) -> None:
    assert retry_delay(POLICY, 1, Failure(status=status), now=NOW, draw=0.0) is None


def test_retries_stop_after_the_last_attempt() -> None:
    assert retry_delay(POLICY, 4, Failure(status=503), now=NOW, draw=0.0) == 4.0
    assert retry_delay(POLICY, 5, Failure(status=503), now=NOW, draw=0.0) is None


def test_retry_after_in_seconds_is_honoured() -> None:
    failure = Failure(status=429, retry_after="7")
    assert retry_delay(POLICY, 1, failure, now=NOW, draw=0.0) == 7.0


def test_retry_after_as_http_date_is_honoured() -> None:
    later = format_datetime(NOW + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, NOW) == 30.0
    assert retry_delay(POLICY, 1, Failure(status=503, retry_after=later), now=NOW, draw=0.0) == 30.0


def test_retry_after_shorter_than_the_backoff_keeps_the_backoff() -> None:
    assert retry_delay(POLICY, 4, Failure(status=429, retry_after="0"), now=NOW, draw=1.0) == 8.0


def test_a_retry_after_beyond_the_limit_stops_instead_of_waiting_forever() -> None:
    failure = Failure(status=429, retry_after=str(int(POLICY.max_retry_after) + 1))
    assert retry_delay(POLICY, 1, failure, now=NOW, draw=0.0) is None


@pytest.mark.parametrize("value", [None, "", "soon", "Tue, 99 Foo 2025"])
def test_unreadable_retry_after_falls_back_to_backoff(value: str | None) -> None:
    assert parse_retry_after(value, NOW) is None
    assert retry_delay(POLICY, 2, Failure(status=429, retry_after=value), now=NOW, draw=0.0) == 1.0
