"""A period report as the supervisor sends it: the period's figures, by procedure, field
and channel, with the period before beside them (read only, one read transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter import clock
from counter.access import check_permission
from counter.dossiers.model import CHANNEL_LABELS
from counter.reporting.figures import FigureRow, Figures, grouped, period_rows, total
from counter.reporting.period import Period
from counter.roles import Actor
from counter.workspace import Workspace

NOT_RECORDED = (
    "Hồ sơ trực tuyến: ứng dụng tiếp nhận tại quầy, qua tổ công nghệ số và bưu chính, "
    "chưa ghi nhận hồ sơ nộp trực tuyến (cột «Trực tuyến» bằng 0).",
    "Phí, lệ phí nộp trực tuyến: chưa ghi nhận; báo cáo nêu số hồ sơ nộp phí không dùng "
    "tiền mặt (chuyển khoản, thẻ).",
)
CHANNEL_NAMES = {**CHANNEL_LABELS, "online": "Trực tuyến"}


@dataclass(frozen=True)
class Slice:
    key: str
    label: str
    figures: Figures
    previous: Figures


@dataclass(frozen=True)
class PeriodReport:
    agency_code: str
    agency_name: str
    parent_name: str
    unit_name: str
    place_name: str
    period: Period
    previous_period: Period
    figures: Figures
    previous: Figures
    by_procedure: tuple[Slice, ...]
    by_field: tuple[Slice, ...]
    by_channel: tuple[Slice, ...]
    made_at: datetime
    made_by: str
    notes: tuple[str, ...] = NOT_RECORDED


def _slices(rows: list[FigureRow], before: list[FigureRow], key: str) -> tuple[Slice, ...]:
    now = {name: (label, figures) for name, label, figures in grouped(rows, key)}
    then = {name: (label, figures) for name, label, figures in grouped(before, key)}
    slices = []
    for name in sorted(set(now) | set(then)):
        label = (now.get(name) or then[name])[0]
        if key == "channel":
            label = CHANNEL_NAMES.get(name, name)
        slices.append(Slice(name, label, now.get(name, ("", Figures()))[1],
                            then.get(name, ("", Figures()))[1]))
    return tuple(slices)


def period_report(workspace: Workspace, period: Period, actor: Actor) -> PeriodReport:
    """The report of ``period`` for this agency (every workstation's dossiers this database
    holds), with the period before; supervisors and administrators only."""
    check_permission(workspace, actor, "report.view", "report", period.label)
    identity = workspace.identity()
    previous_period = period.previous()
    with workspace.store.read() as session:
        rows = period_rows(session, period)
        before = period_rows(session, previous_period)
    agency = identity.agency
    return PeriodReport(
        agency_code=agency.code,
        agency_name=agency.name,
        parent_name=agency.parent_name,
        unit_name=agency.unit_name,
        place_name=agency.place_name,
        period=period,
        previous_period=previous_period,
        figures=total(rows),
        previous=total(before),
        by_procedure=_slices(rows, before, "procedure"),
        by_field=_slices(rows, before, "field"),
        by_channel=_slices(rows, before, "channel"),
        made_at=clock.now(),
        made_by=actor.username,
    )
