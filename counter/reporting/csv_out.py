"""The report as CSV: one line per figure, for the whole agency and for each procedure,
field and channel, this period beside the one before (UTF-8 with BOM, for Excel)."""

from __future__ import annotations

import csv
from dataclasses import fields
from io import StringIO

from counter.reporting.figures import Figures
from counter.reporting.report import PeriodReport

HEADER = ("scope", "key", "label", "figure", "this_period", "previous_period")


def _lines(scope: str, key: str, label: str, now: Figures,
           before: Figures) -> list[tuple[str, ...]]:
    return [(scope, key, label, f.name, str(getattr(now, f.name)), str(getattr(before, f.name)))
            for f in fields(Figures)]


def report_csv(report: PeriodReport) -> bytes:
    out = StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("period", report.period.first.isoformat(), report.period.last.isoformat(),
                     "previous", report.previous_period.first.isoformat(),
                     report.previous_period.last.isoformat()))
    writer.writerow(HEADER)
    writer.writerows(_lines("agency", report.agency_code, report.agency_name,
                            report.figures, report.previous))
    for scope, slices in (("procedure", report.by_procedure), ("field", report.by_field),
                          ("channel", report.by_channel)):
        for item in slices:
            writer.writerows(_lines(scope, item.key, item.label, item.figures, item.previous))
    return ("\ufeff" + out.getvalue()).encode("utf-8")
