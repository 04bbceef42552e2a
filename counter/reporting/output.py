"""Write a period report to a file in one of its formats, whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from counter.atomic import write_atomically
from counter.errors import InputError
from counter.reporting.report import PeriodReport

FORMATS = ("xlsx", "pdf", "csv")


def render(report: PeriodReport, form: str) -> bytes:
    writers: dict[str, Callable[[PeriodReport], bytes]] = {}
    if form == "xlsx":
        from counter.reporting.xlsx import report_xlsx
        writers[form] = report_xlsx
    elif form == "pdf":
        from counter.reporting.pdf import report_pdf
        writers[form] = report_pdf
    elif form == "csv":
        from counter.reporting.csv_out import report_csv
        writers[form] = report_csv
    else:
        raise InputError("--format", f"định dạng phải là một trong: {', '.join(FORMATS)}.")
    return writers[form](report)


def write_report(report: PeriodReport, form: str, path: Path) -> int:
    """Write the report; the file appears only once complete. Returns its size."""
    content = render(report, form)
    write_atomically(path, content)
    return len(content)
