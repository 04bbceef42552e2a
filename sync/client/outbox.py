"""Pushing the core's outbox in order, in batches; each message's fate recorded in the core's DB.

A batch is marked ``sent`` before it goes out, so a crash at any point only
means sending it again; the server answers ``duplicate`` for what it already
has, and acknowledged messages are never sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from counter import clock
from counter.db.store import Store
from counter.outbox import (
    OutboxEntry,
    count_waiting,
    note_failure,
    record_answers,
    record_answers_and_take,
    take_batch,
)

if TYPE_CHECKING:  # counting what waits (the status bar at start-up) needs neither
    from sync.client.api import CentralApi
    from sync.protocol import PushResult

__all__ = ["PushReport", "as_protocol_message", "count_waiting", "push_outbox"]


@dataclass(frozen=True)
class PushReport:
    acknowledged: int = 0
    rejected: int = 0
    conflicts: int = 0
    batches: int = 0

    def plus(self, other: PushReport) -> PushReport:
        return PushReport(
            self.acknowledged + other.acknowledged,
            self.rejected + other.rejected,
            self.conflicts + other.conflicts,
            self.batches + other.batches,
        )


def as_protocol_message(entry: OutboxEntry) -> dict[str, Any]:
    """The wire form of an outbox message; the same message always gives the same hash."""
    return {
        "id": entry.message_id,
        "kind": entry.kind,
        "dossier_code": entry.dossier_code,
        "created_at": clock.to_local(entry.created_at).isoformat(),
        "payload": entry.payload,
    }


def next_batch(store: Store, size: int) -> list[dict[str, Any]]:
    """The oldest messages not yet acknowledged nor rejected, marked ``sent``."""
    return [as_protocol_message(entry) for entry in take_batch(store, size)]


def record_results(store: Store, results: Sequence[PushResult]) -> PushReport:
    """Acknowledge accepted and duplicate messages; keep the reason of conflicts and refusals."""
    received, refused = _answers(results)
    record_answers(store, received, [(r.id, _reason(r)) for r in refused])
    return _report(received, refused)


def record_and_take_next(
    store: Store, results: Sequence[PushResult], size: int
) -> tuple[PushReport, list[dict[str, Any]]]:
    """``record_results`` and ``next_batch`` in one transaction: one commit per batch sent.

    Atomic like each of them: after a crash the answers are recorded and the next batch
    marked ``sent`` (sent again at the next push), or neither."""
    received, refused = _answers(results)
    entries = record_answers_and_take(store, received, [(r.id, _reason(r)) for r in refused],
                                      size)
    return _report(received, refused), [as_protocol_message(entry) for entry in entries]


def _answers(results: Sequence[PushResult]) -> tuple[list[str], list[PushResult]]:
    received = [r.id for r in results if r.result in ("accepted", "duplicate")]
    refused = [r for r in results if r.result not in ("accepted", "duplicate")]
    return received, refused


def _report(received: list[str], refused: list[PushResult]) -> PushReport:
    return PushReport(
        acknowledged=len(received),
        rejected=sum(r.result == "rejected" for r in refused),
        conflicts=sum(r.result == "conflict" for r in refused),
        batches=1,
    )


def _reason(result: PushResult) -> str:
    prefix = "Xung đột: " if result.result == "conflict" else "Bị từ chối: "
    return prefix + (result.reason or "máy chủ trung tâm không nêu lý do.")


def push_outbox(store: Store, api: CentralApi, batch_size: int) -> PushReport:
    """Send everything waiting, batch by batch; stops at the first transport error (raised)."""
    report = PushReport()
    limit = count_waiting(store) // max(batch_size, 1) + 2
    batch = next_batch(store, batch_size)
    for round_number in range(1, limit + 1):
        if not batch:
            break
        try:
            answer = api.push(batch)
        except Exception as error:
            note_failure(store, [m["id"] for m in batch], str(error))
            raise
        if round_number == limit:
            report = report.plus(record_results(store, answer.results))
            break
        recorded, batch = record_and_take_next(store, answer.results, batch_size)
        report = report.plus(recorded)
    return report
