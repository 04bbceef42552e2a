"""The report's files read back: the workbook's cells and formulas, the PDF's text and
its chart pages as pictures, the CSV; and the ``report`` command."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counter.reporting.csv_out import report_csv
from counter.reporting.pdf import report_pdf
from counter.reporting.period import Period
from counter.reporting.report import period_report
from counter.reporting.xlsx import report_xlsx
from tests.core.conftest import SUPERVISOR
from tests.environment import missing
from tests.reporting.fixtures import build_month

MARCH = Period.month(2026, 3)
SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "reports"


@pytest.fixture
def report(workspace, test_clock):  # type: ignore[no-untyped-def]
    build_month(workspace, test_clock)
    return period_report(workspace, MARCH, SUPERVISOR)


def test_the_workbook_follows_the_form_with_sums_as_formulas(report) -> None:  # type: ignore[no-untyped-def]
    book = load_workbook(io.BytesIO(report_xlsx(report)))
    assert book.sheetnames == ["Biểu 06", "Tổng hợp", "Theo thủ tục", "Theo kênh"]
    form = book["Biểu 06"]
    assert form["A1"].value == "Biểu số 06/VPCP/KSTT"
    assert "01/2020/TT-VPCP" in form["A2"].value
    assert form["C2"].value == "Kỳ báo cáo: Từ ngày 01/03/2026 đến ngày 31/03/2026"
    assert [form.cell(7, n).value for n in range(1, 14)] == [f"({n})" for n in range(1, 14)]
    assert form["C4"].value == "Số hồ sơ nhận giải quyết"
    assert form["H5"].value == "Trước hạn" and form["D6"].value == "Trực tuyến"
    # Rows by field, sorted: Chứng thực (K), then residence registration (the rest).
    assert form["B8"].value == "Chứng thực"
    assert [form.cell(8, n).value for n in range(4, 14)] == [
        0, 1, 0, "=SUM(H8:J8)", 0, 1, 0, "=SUM(L8:M8)", 0, 0]
    assert form["C8"].value == "=SUM(D8:F8)"
    assert form["B9"].value == "Đăng ký, quản lý cư trú"
    assert [form.cell(9, n).value for n in (4, 5, 6, 8, 9, 10, 12, 13)] == [
        0, 10, 2, 5, 1, 2, 3, 1]
    assert form["B10"].value == "Tổng cộng"
    assert form["C10"].value == "=SUM(C8:C9)" and form["M10"].value == "=SUM(M8:M9)"
    assert "C4:F4" in {str(r) for r in form.merged_cells.ranges}


def test_the_summary_sheet_has_real_numbers_and_says_what_is_not_recorded(report) -> None:  # type: ignore[no-untyped-def]
    sheet = load_workbook(io.BytesIO(report_xlsx(report)))["Tổng hợp"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=6, max_col=4, values_only=True)
            if row[0]}
    assert rows["Hồ sơ tiếp nhận trong kỳ"] == (11, 3, 8)
    assert rows["Đã giải quyết quá hạn"] == (2, 0, 2)
    assert rows["Hồ sơ đang giải quyết cuối kỳ"] == (4, 2, 2)
    assert rows["Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn)"][0] == pytest.approx(7 / 9)
    assert rows["Nộp phí trực tuyến"][:2] == ("chưa ghi nhận", "chưa ghi nhận")
    assert rows["Tỷ lệ hài lòng (4-5 trên 5)"][0] == pytest.approx(0.5)
    by_procedure = load_workbook(io.BytesIO(report_xlsx(report)))["Theo thủ tục"]
    assert by_procedure["A4"].value == "1.004194" and by_procedure["C4"].value == 7
    assert by_procedure["C7"].value == "=SUM(C4:C6)"


def test_the_pdf_reads_back_and_its_charts_are_pictures(report, tmp_path) -> None:  # type: ignore[no-untyped-def]
    content = report_pdf(report)
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 3
    first = reader.pages[0].extract_text()
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC" in first
    assert "Đăng ký, quản lý cư trú" in first and "Tổng cộng" in first
    second = reader.pages[1].extract_text()
    assert "Kỳ này so với kỳ trước" in second and "Trước hạn: 5" in second
    assert "77,8 %" in second  # the on-time rate, 7 of 9
    assert "Tiếp nhận theo thủ tục" in reader.pages[2].extract_text()
    if shutil.which("pdftoppm") is None:
        missing("pdftoppm", "poppler-utils is not installed")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(content)
    for page in (1, 2, 3):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(tmp_path / f"page-{page}")],
                       check=True, timeout=60)
        picture = tmp_path / f"page-{page}.png"
        assert picture.stat().st_size > 5000
        if os.environ.get("REPORT_SAMPLES") == "1":  # remake the samples in docs/reports
            SAMPLES.mkdir(parents=True, exist_ok=True)
            shutil.copy(picture, SAMPLES / f"report-page-{page}.png")


def test_the_csv_has_every_figure_for_every_slice(report) -> None:  # type: ignore[no-untyped-def]
    text = report_csv(report).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["period", "2026-03-01", "2026-03-31"]
    assert rows[1] == ["scope", "key", "label", "figure", "this_period", "previous_period"]
    found = {(r[0], r[1], r[3]): (r[4], r[5]) for r in rows[2:]}
    assert found[("agency", "000.00.12.H42", "received")] == ("11", "3")
    assert found[("agency", "000.00.12.H42", "pending_overdue")] == ("1", "1")
    assert found[("channel", "village_team", "digitised")] == ("1", "0")
    assert found[("procedure", "1.004222", "refused")] == ("1", "0")
