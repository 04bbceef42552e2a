"""One round of sending: claim what is due, send each, record each attempt."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from sync.central.context import CentralContext
from sync.central.notify.channels import Channel, DeliveryError, Letter, channels_from
from sync.central.notify.compose import subject_of, text_of
from sync.central.services import notifications
from sync.central.services.common import utc_now
from sync.central.services.notifications import Outgoing, RetryPolicy

log = logging.getLogger(__name__)
ROUND_SIZE = 100


@dataclass
class NotifyReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _policy(context: CentralContext) -> RetryPolicy:
    settings = context.settings
    return RetryPolicy(settings.notify_retry_seconds, settings.notify_retry_max_seconds,
                       settings.notify_max_attempts)


def _letter(context: CentralContext, item: Outgoing) -> Letter:
    return Letter(
        reference=f"notification-{item.id}",
        contact=item.contact,
        subject=subject_of(context.settings, item),
        text=text_of(context.settings, item),
    )


def _deliver(context: CentralContext, channels: Mapping[str, Channel], item: Outgoing) -> str:
    channel = channels.get(item.channel)
    if channel is None:
        raise DeliveryError(f"kênh {item.channel} chưa được cấu hình trên máy chủ trung tâm")
    return channel.send(_letter(context, item))


def send_due(
    context: CentralContext,
    *,
    now: datetime | None = None,
    channels: Mapping[str, Channel] | None = None,
    limit: int = ROUND_SIZE,
) -> NotifyReport:
    """Send the notifications due at ``now`` (naive UTC; default: now), at most ``limit``."""
    moment = now or utc_now()
    chosen = channels if channels is not None else channels_from(context.settings)
    policy = _policy(context)
    claimed = context.database.run(lambda s: notifications.claim_due(s, moment, limit))
    report = NotifyReport()
    for item in claimed:
        try:
            said = _deliver(context, chosen, item)
        except Exception as error:  # every failure is an attempt, logged, retried later
            reason = str(error) if isinstance(error, DeliveryError) else repr(error)
            state = context.database.run(
                partial(notifications.record_failure, notification_id=item.id, at=moment,
                        error=reason, policy=policy)
            )
            report.errors.append(f"{item.dossier_code} ({item.channel}): {reason}")
            if state == "failed":
                report.failed += 1
            else:
                report.retrying += 1
            log.warning("notification %s not sent: %s", item.id, reason)
            continue
        context.database.run(
            partial(notifications.record_sent, notification_id=item.id, at=moment, detail=said)
        )
        report.sent += 1
    return report
