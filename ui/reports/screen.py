"""The reports screen: a period, its figures beside the period before, the same charts as
the PDF (drawn as SVG), and the report saved as Excel, PDF or CSV."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from reportlab.graphics import renderSVG

from counter import clock
from counter.errors import CounterError
from counter.reporting.charts import period_bars, verdict_pie
from counter.reporting.output import write_report
from counter.reporting.period import Period
from counter.reporting.report import PeriodReport, period_report
from counter.reporting.summary import INDICATORS, shown
from ui.context import AppContext, Session
from ui.day.screen import table
from ui.formatting import format_day, parse_day
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSvgWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import FieldMessage, title_label

PRESETS = (
    QT_TRANSLATE_NOOP("ReportsScreen", "Tháng này"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Tháng trước"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Quý này"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Năm nay"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Tùy chọn"),
)
EXPORTS = (
    ("xlsx", QT_TRANSLATE_NOOP("ReportsScreen", "Xuất Excel…")),
    ("pdf", QT_TRANSLATE_NOOP("ReportsScreen", "Xuất PDF…")),
    ("csv", QT_TRANSLATE_NOOP("ReportsScreen", "Xuất CSV…")),
)
FILTERS = {"xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)"}


def preset_period(name: str, today: date) -> Period | None:
    if name == "Tháng này":
        return Period(today.replace(day=1), today)
    if name == "Tháng trước":
        last = today.replace(day=1) - timedelta(days=1)
        return Period.month(last.year, last.month)
    if name == "Quý này":
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return Period(first, today)
    if name == "Năm nay":
        return Period(date(today.year, 1, 1), today)
    return None


_PERCENT_RGB = re.compile(r"rgb\(([\d.]+)%,\s*([\d.]+)%,\s*([\d.]+)%\)")


_CLIP = re.compile(r"<clipPath.*?</clipPath>", re.DOTALL)


def _hex(match: re.Match[str]) -> str:
    return "#" + "".join(f"{round(float(part) * 2.55):02x}" for part in match.groups())


def svg_of(drawing: object) -> QByteArray:
    """The drawing as SVG that Qt's SVG renderer (SVG Tiny) reads: no percentage colours,
    no clip path."""
    svg = _PERCENT_RGB.sub(_hex, renderSVG.drawToString(drawing))
    svg = _CLIP.sub("", svg).replace("clip-path: url(#clip)", "")  # Qt would paint the clip
    return QByteArray(svg.encode("utf-8"))


class ReportsScreen(QWidget):
    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.report: PeriodReport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(title_label(self.tr("Báo cáo theo kỳ")))
        self.preset = QComboBox()
        for name in PRESETS:
            self.preset.addItem(self.tr(str(name)), str(name))
        self.preset.currentIndexChanged.connect(self.preset_chosen)
        row.addWidget(self.preset)
        row.addWidget(QLabel(self.tr("Từ")))
        self.first = QLineEdit()
        self.first.setFixedWidth(110)
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("đến")))
        self.last = QLineEdit()
        self.last.setFixedWidth(110)
        row.addWidget(self.last)
        for field in (self.first, self.last):
            field.returnPressed.connect(self.load)
        show = QPushButton(self.tr("Xem"))
        show.clicked.connect(self.load)
        row.addWidget(show)
        row.addStretch(1)
        self.exports: dict[str, QPushButton] = {}
        for form, label in EXPORTS:
            button = QPushButton(self.tr(str(label)))
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, f=form: self.choose_file(f))
            row.addWidget(button)
            self.exports[form] = button
        layout.addLayout(row)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.caption = QLabel()
        layout.addWidget(self.caption)
        body = QHBoxLayout()
        self.figures = table([self.tr("Chỉ tiêu"), self.tr("Kỳ này"), self.tr("Kỳ trước")])
        body.addWidget(self.figures, 3)
        charts = QVBoxLayout()
        self.bars = QSvgWidget()
        self.pie = QSvgWidget()
        for chart in (self.bars, self.pie):
            chart.setMinimumSize(300, 180)
            charts.addWidget(chart, 1)
        body.addLayout(charts, 2)
        layout.addLayout(body, 1)
        self.preset_chosen()

    def activate(self) -> None:
        if self.report is None:
            self.load()

    def preset_chosen(self) -> None:
        period = preset_period(self.preset.currentData(), clock.now().date())
        if period is not None:
            self.first.setText(format_day(period.first))
            self.last.setText(format_day(period.last))

    def period(self) -> Period:
        first, last = parse_day(self.first.text()), parse_day(self.last.text())
        if first is None or last is None:
            raise ValueError(self.tr("Cần nhập ngày đầu và ngày cuối kỳ (dd/mm/yyyy)."))
        return Period(first, last)

    def load(self) -> None:
        try:
            period = self.period()
        except ValueError as error:
            self.message.show_error(str(error))
            return
        except CounterError as error:  # a period the wrong way round, or too long
            self.message.show_error(error.message)
            return
        self.message.clear_message()
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_query(lambda: period_report(workspace, period, actor),
                                     label=self.tr("Đang tổng hợp…"), on_done=self.show_report,
                                     on_error=lambda e: self.message.show_error(e.message))

    def show_report(self, report: PeriodReport) -> None:
        self.report = report
        self.caption.setText(self.tr("Kỳ này: %1 — kỳ trước: %2").replace(
            "%1", report.period.label).replace("%2", report.previous_period.label))
        self.figures.setRowCount(len(INDICATORS))
        for row, indicator in enumerate(INDICATORS):
            values = (self.tr(indicator.label),
                      shown(indicator, indicator.value(report.figures)),
                      shown(indicator, indicator.value(report.previous)))
            for column, value in enumerate(values):
                self.figures.setItem(row, column, QTableWidgetItem(value))
        for column in (1, 2):
            self.figures.resizeColumnToContents(column)
        self.bars.load(svg_of(period_bars(report)))
        self.pie.load(svg_of(verdict_pie(report)))
        for button in self.exports.values():
            button.setEnabled(True)

    def choose_file(self, form: str) -> None:
        if self.report is None:
            return
        suggested = f"bao-cao-{self.report.period.first:%Y%m%d}-{self.report.period.last:%Y%m%d}.{form}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), suggested,
                                                    FILTERS[form])
        if path:
            self.export_to(Path(path), form)

    def export_to(self, path: Path, form: str) -> None:
        report = self.report
        if report is None:
            return
        self.context.tasks.run_query(
            lambda: write_report(report, form, path), label=self.tr("Đang ghi tệp…"),
            on_done=lambda _size: self.message.show_hint(
                self.tr("Đã lưu báo cáo: %1").replace("%1", str(path))),
            on_error=lambda e: self.message.show_error(e.message))
