"""The report's charts as ReportLab drawings (the PDF and the screen draw the same ones)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from counter.forms.fonts import BOLD, REGULAR, register_fonts
from counter.reporting.report import PeriodReport

NOW_COLOUR = colors.HexColor("#1f5f99")
BEFORE_COLOUR = colors.HexColor("#9db9d6")
VERDICT_COLOURS = (colors.HexColor("#2e8b57"), colors.HexColor("#4f7fbf"),
                   colors.HexColor("#c0392b"))
MAX_PROCEDURES = 8


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - 14, text, fontName=BOLD, fontSize=11,
                       textAnchor="middle"))


def _legend(x: float, y: float, items: list[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.alignment = "right"
    legend.columnMaximum = len(items)
    legend.colorNamePairs = items
    return legend


def period_bars(report: PeriodReport, width: float = 360, height: float = 220) -> Drawing:
    """Received, finished, finished late and pending: this period beside the one before."""
    register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, "Kỳ này so với kỳ trước", width, height)
    now, before = report.figures, report.previous
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 45, width - 120, height - 95
    chart.data = [
        [before.received, before.finished, before.late, before.pending],
        [now.received, now.finished, now.late, now.pending],
    ]
    chart.categoryAxis.categoryNames = ["Tiếp nhận", "Đã giải quyết", "Quá hạn", "Đang giải quyết"]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BEFORE_COLOUR
    chart.bars[1].fillColor = NOW_COLOUR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(_legend(width - 75, height - 40, [(BEFORE_COLOUR, "Kỳ trước"),
                                                 (NOW_COLOUR, "Kỳ này")]))
    return drawing


def verdict_pie(report: PeriodReport, width: float = 300, height: float = 220) -> Drawing:
    """How the period's finished dossiers ended: early, on time, late."""
    register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, "Hồ sơ đã giải quyết trong kỳ", width, height)
    f = report.figures
    values = [f.early, f.on_time, f.late]
    labels = ["Trước hạn", "Đúng hạn", "Quá hạn"]
    if not f.finished:
        drawing.add(String(width / 2, height / 2, "Không có hồ sơ đã giải quyết",
                           fontName=REGULAR, fontSize=9, textAnchor="middle"))
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 20, 30, height - 80, height - 80
    pie.data = values
    pie.labels = [f"{v}" if v else "" for v in values]
    pie.slices.fontName = REGULAR
    pie.slices.fontSize = 8
    for index, colour in enumerate(VERDICT_COLOURS):
        pie.slices[index].fillColor = colour
    drawing.add(pie)
    drawing.add(_legend(height - 40, height - 50,
                        [(colour, f"{label}: {value}") for colour, label, value
                         in zip(VERDICT_COLOURS, labels, values, strict=True)]))
    return drawing


def procedure_bars(report: PeriodReport, width: float = 680, height: float = 240) -> Drawing:
    """Dossiers received by procedure (the most received first), this period and before."""
    register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, "Tiếp nhận theo thủ tục", width, height)
    slices = sorted(report.by_procedure, key=lambda s: (-s.figures.received, s.key))
    slices = slices[:MAX_PROCEDURES]
    if not slices:
        drawing.add(String(width / 2, height / 2, "Không có hồ sơ", fontName=REGULAR,
                           fontSize=9, textAnchor="middle"))
        return drawing
    slices.reverse()  # the chart draws from the bottom up
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 250, 20, width - 330, height - 50
    chart.data = [[s.previous.received for s in slices], [s.figures.received for s in slices]]
    chart.categoryAxis.categoryNames = [
        (s.label[:44] + "…") if len(s.label) > 45 else s.label for s in slices]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BEFORE_COLOUR
    chart.bars[1].fillColor = NOW_COLOUR
    drawing.add(chart)
    drawing.add(_legend(width - 65, height - 30, [(BEFORE_COLOUR, "Kỳ trước"),
                                                (NOW_COLOUR, "Kỳ này")]))
    return drawing
