"""Limits on enrolment attempts, kept in the database so that several server processes agree.

Every attempt is counted before it runs, per source address (over a window)
and per code (for good); a successful one is given back in the transaction
that enrols. So failures and attempts still running count: ten wrong codes
from one address wait for the window to pass, and a code tried and refused
``enrol_failures_per_code`` times is burnt, whatever the real one is for.
The counter rows are locked while they change (``SELECT ... FOR UPDATE`` on
PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.central.database import Database
from sync.central.errors import TooManyAttemptsError
from sync.central.models import EnrolmentLimit
from sync.central.services import workstations
from sync.central.services.common import upsert_for, utc_now
from sync.central.settings import CentralSettings
from sync.protocol import EnrolRequest, normalise_enrolment_code

BURNT_CODE_RETRY_AFTER_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class AttemptKeys:
    source: str
    code: str


def attempt_keys(source: str, code: str) -> AttemptKeys:
    code_hash = workstations.code_digest(normalise_enrolment_code(code))
    return AttemptKeys(source=f"source:{source}"[:100], code=f"code:{code_hash}")


def enrol_within_limits(
    database: Database, settings: CentralSettings, request: EnrolRequest, source: str
) -> workstations.Enrolment:
    """Count the attempt, enrol, and give the attempt back if it succeeded (429 over a limit)."""
    keys = attempt_keys(source, request.code)
    database.run(lambda s: count_attempt(s, settings, keys))

    def enrol_and_forgive(session: Session) -> workstations.Enrolment:
        enrolment = workstations.enrol(session, request)
        forgive_attempt(session, keys)
        return enrolment

    return database.run(enrol_and_forgive)


def _locked_row(session: Session, key: str, moment: datetime) -> EnrolmentLimit:
    session.execute(
        upsert_for(session)(EnrolmentLimit)
        .values(key=key, window_start=moment, attempts=0)
        .on_conflict_do_nothing()
    )
    return session.execute(
        select(EnrolmentLimit).where(EnrolmentLimit.key == key).with_for_update()
    ).scalar_one()


def count_attempt(session: Session, settings: CentralSettings, keys: AttemptKeys) -> None:
    """Refuse if the source or the code is over its limit; else count one more attempt."""
    moment = utc_now()
    window = timedelta(seconds=settings.enrol_window_seconds)
    by_source = _locked_row(session, keys.source, moment)
    if by_source.window_start + window <= moment:
        by_source.window_start, by_source.attempts = moment, 0
    by_code = _locked_row(session, keys.code, moment)
    if by_code.attempts >= settings.enrol_failures_per_code:
        raise TooManyAttemptsError(
            "Mã đăng ký máy trạm này đã bị khóa vì bị dùng sai quá nhiều lần; "
            "hãy xin quản trị viên hệ thống trung tâm một mã mới.",
            retry_after=BURNT_CODE_RETRY_AFTER_SECONDS,
        )
    if by_source.attempts >= settings.enrol_attempts_per_source:
        wait = (by_source.window_start + window - moment).total_seconds()
        raise TooManyAttemptsError(
            "Có quá nhiều lần đăng ký máy trạm không thành công từ địa chỉ này; "
            f"hãy thử lại sau {math.ceil(wait / 60)} phút.",
            retry_after=max(1, math.ceil(wait)),
        )
    by_source.attempts += 1
    by_code.attempts += 1


def forgive_attempt(session: Session, keys: AttemptKeys) -> None:
    """A successful attempt does not count against its source or its code."""
    for key in (keys.source, keys.code):
        row = session.execute(
            select(EnrolmentLimit).where(EnrolmentLimit.key == key).with_for_update()
        ).scalar_one_or_none()
        if row is not None and row.attempts > 0:
            row.attempts -= 1
