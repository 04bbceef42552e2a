"""Pushing the core's outbox in order, in batches; each message's fate recorded in the core's DB.

A batch is marked ``sent`` before it goes out, so a crash at any point only
means sending it again; the server answers ``duplicate`` for what it already
has, and acknowledged messages are never sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
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


def record_results(store: Store, results: Sequence[PushResult]) -> PushReport:
    """Acknowledge accepted and duplicate messages; keep the reason of conflicts and refusals."""
    received, refused = _answers(results)
    record_answers(store, received, [(r.id, _reason(r)) for r in refused])
    return _report(received, refused)


def record_and_take_next(
    store: Store, results: Sequence[PushResult], size: int, after: int
) -> tuple[PushReport, list[OutboxEntry]]:
    """``record_results`` and the next batch (placed after ``after``) in one transaction:
    one commit per batch sent. Atomic like each of them: after a crash the answers are
    recorded and the next batch marked ``sent`` (sent again at the next push), or neither."""
    received, refused = _answers(results)
    entries = record_answers_and_take(store, received, [(r.id, _reason(r)) for r in refused],
                                      size, after)
    return _report(received, refused), entries


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
    """Send everything waiting, batch by batch, in order; stops at the first transport error
    (raised).

    A batch goes out only once the one before it is answered; while it is on the wire, the
    answers to the one before are recorded and the next batch taken (one transaction), so
    the workstation's database work overlaps the network and the server's."""
    report = PushReport()
    limit = count_waiting(store) // max(batch_size, 1) + 2
    batch = take_batch(store, batch_size)
    answered: Sequence[PushResult] | None = None
    with ThreadPoolExecutor(1, thread_name_prefix="push") as wire:
        for round_number in range(1, limit + 1):
            if not batch:
                break
            on_the_wire = wire.submit(api.push, [as_protocol_message(e) for e in batch])
            following: list[OutboxEntry] = []
            if answered is not None:
                recorded, following = record_and_take_next(
                    store, answered, 0 if round_number == limit else batch_size,
                    batch[-1].position)
                report = report.plus(recorded)
            elif round_number < limit:
                following = take_batch(store, batch_size, batch[-1].position)
            try:
                answered = on_the_wire.result().results
            except Exception as error:
                note_failure(store, [e.message_id for e in batch], str(error))
                raise
            batch = following
    if answered is not None:
        report = report.plus(record_results(store, answered))
    return report
