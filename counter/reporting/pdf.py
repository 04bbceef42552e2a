"""The report as a PDF: the official form's table, the summary beside the period before,
and the charts (A4 landscape, the bundled Vietnamese fonts)."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from counter.forms.fonts import BOLD, ITALIC, REGULAR, register_fonts
from counter.reporting.charts import period_bars, procedure_bars, verdict_pie
from counter.reporting.report import PeriodReport
from counter.reporting.summary import INDICATORS, shown
from counter.reporting.template import (
    COLUMNS,
    FORM_NUMBER,
    FORM_SOURCE,
    FORM_TITLE,
    GROUPS,
    IN_WHICH,
    UNIT,
    form_values,
)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11)
    return {
        "base": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.5, alignment=1),
        "left": ParagraphStyle("left", parent=base, fontSize=8, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=12, leading=15,
                                alignment=1),
        "italic": ParagraphStyle("italic", parent=base, fontName=ITALIC, alignment=1),
        "right": ParagraphStyle("right", parent=base, fontName=ITALIC, alignment=2),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8, leading=9.5,
                               alignment=1),
    }


def _form_table(report: PeriodReport, s: dict[str, ParagraphStyle]) -> Table:
    def head(text: str) -> Paragraph:
        return Paragraph(text, s["head"])

    width = len(COLUMNS)
    row0: list[object] = [head(COLUMNS[0].heading), head(COLUMNS[1].heading)]
    row0 += [""] * (width - 2)
    row1: list[object] = [""] * width
    row2: list[object] = [""] * width
    for title, first, _final in GROUPS:
        row0[first - 1] = head(title)
    for column in COLUMNS[2:]:
        target = row2 if column.number in (4, 5) else row1
        target[column.number - 1] = Paragraph(column.heading, s["cell"] if target is row2
                                              else s["head"])
    row1[3] = head(IN_WHICH)
    numbers: list[object] = [Paragraph(f"({c.number})", s["cell"]) for c in COLUMNS]
    rows: list[list[object]] = [row0, row1, row2, numbers]
    for index, field in enumerate(report.by_field, 1):
        values = form_values(field.figures)
        rows.append([str(index), Paragraph(field.label, s["left"]),
                     *(str(values[c.number]) for c in COLUMNS[2:])])
    totals = form_values(report.figures)
    rows.append(["", Paragraph("<b>Tổng cộng</b>", s["left"]),
                 *(str(totals[c.number]) for c in COLUMNS[2:])])
    spans = [("SPAN", (0, 0), (0, 2)), ("SPAN", (1, 0), (1, 2)), ("SPAN", (3, 1), (4, 1))]
    spans += [("SPAN", (first - 1, 0), (final - 1, 0)) for _t, first, final in GROUPS]
    spans += [("SPAN", (c.number - 1, 1), (c.number - 1, 2))
              for c in COLUMNS[2:] if c.number not in (4, 5)]
    widths = [10 * mm, 62 * mm] + [18 * mm] * (width - 2)
    table = Table(rows, colWidths=widths, repeatRows=4)
    table.setStyle(TableStyle([
        *spans,
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTNAME", (0, -1), (-1, -1), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _summary_table(report: PeriodReport, s: dict[str, ParagraphStyle]) -> Table:
    rows: list[list[object]] = [[Paragraph(h, s["head"]) for h in
                                 ("Chỉ tiêu", "Kỳ này", "Kỳ trước")]]
    for indicator in INDICATORS:
        rows.append([Paragraph(indicator.label, s["left"]),
                     shown(indicator, indicator.value(report.figures)),
                     shown(indicator, indicator.value(report.previous))])
    table = Table(rows, colWidths=[95 * mm, 25 * mm, 25 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def report_pdf(report: PeriodReport) -> bytes:
    register_fonts()
    s = _styles()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
        topMargin=12 * mm, bottomMargin=12 * mm,
        title=f"Báo cáo kết quả giải quyết TTHC — {report.period.label}",
        author=report.unit_name or report.agency_name,
    )
    unit = report.unit_name or report.agency_name
    heading = Table([[
        Paragraph(f"<b>{FORM_NUMBER}</b><br/><i>{FORM_SOURCE}</i>", s["left"]),
        Paragraph(FORM_TITLE, s["title"]),
        Paragraph(f"Đơn vị báo cáo: {unit}<br/>Đơn vị nhận báo cáo: "
                  f"{report.parent_name or '...'}", s["left"]),
    ]], colWidths=[60 * mm, 150 * mm, 60 * mm])
    heading.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    made = report.made_at
    story: list[object] = [
        heading,
        Paragraph(f"Kỳ báo cáo: {report.period.label}", s["italic"]),
        Paragraph(UNIT, s["right"]),
        Spacer(1, 2 * mm),
        _form_table(report, s),
        Spacer(1, 4 * mm),
        Paragraph(f"{report.place_name or '...'}, ngày {made:%d} tháng {made:%m} năm "
                  f"{made:%Y}. Người lập biểu: {report.made_by}", s["right"]),
        PageBreak(),
        Paragraph(f"TÓM TẮT VÀ BIỂU ĐỒ — {unit}", s["title"]),
        Paragraph(f"Kỳ này: {report.period.label}; kỳ trước: {report.previous_period.label}",
                  s["italic"]),
        Spacer(1, 3 * mm),
        Table([[_summary_table(report, s), [period_bars(report), verdict_pie(report)]]],
              colWidths=[150 * mm, 120 * mm],
              style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])),
        PageBreak(),
        procedure_bars(report),
        Spacer(1, 4 * mm),
        Paragraph("<b>Ghi chú</b>", s["base"]),
        *(Paragraph(f"- {note}", s["base"]) for note in report.notes),
    ]
    document.build(story)
    return buffer.getvalue()
