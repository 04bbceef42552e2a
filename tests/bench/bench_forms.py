"""How long the printed forms take to render. Prints figures; asserts nothing.

    .venv/bin/python tests/bench/bench_forms.py [--runs 50] [--book-rows 1000]

Target: form 01 under 40 ms (median). The first render of the process also
loads the fonts; it is reported apart and left out of the medians. Form 01 is printed
beside its floor, measured in the same run: one ReportLab page of the same size with the
same TTF and the same text (taken from the form's own PDF), drawn line by line on a bare
canvas, timed in alternation with the form; and the ratio. The target is on that floor.
A second floor, labelled apart, adds what the form draws besides text: the same text plus
the receipt's QR code and Code 128 barcode, drawn with ReportLab's own widgets (its own
encoder, the symbol made afresh each time as for a new dossier) at the form's sizes.
A third line, "no layout", is what any renderer of form 01 must do whatever its layout: each
run of the form's text in the face and size the form sets it in (three faces embedded, where
the floor embeds one), the QR code encoded afresh and the barcode, drawn by the form's own
code, one run per line. Its ratio to the floor is the least any form 01 can reach.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counter.forms import (
    fonts,
    render_completion_request,
    render_control_slip,
    render_extension_apology,
    render_receipt,
    render_refusal,
    render_stop_notice,
    render_tracking_book,
)
from counter.forms.codes import (
    QR_QUIET_MODULES,
    barcode_flowable,
    forget_symbols,
    qr_flowable,
)
from counter.forms.receipt import receipt_qr
from counter.forms.receipt_qr import receipt_qr_text
from counter.forms.sheet import MM
from tests.forms import samples


def timed(render: Callable[[], bytes], runs: int) -> tuple[float, float, int]:
    """(median ms, max ms, size in bytes) over ``runs`` renders."""
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(render())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), size


def report(name: str, render: Callable[[], bytes], runs: int) -> None:
    median, worst, size = timed(render, runs)
    print(f"{name:<44} median {median:8.1f} ms   max {worst:8.1f} ms   {size / 1024:7.1f} KiB")


def floor_page(lines: list[str], page_size: tuple[float, float],
               draw_codes: Callable[[Canvas], None] | None = None) -> bytes:
    """The least ReportLab work for the same text: one canvas page, one face, no layout;
    with ``draw_codes``, that too on the page."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=page_size, invariant=1)
    canvas.setFont(fonts.REGULAR, 10)
    y = page_size[1] - 36
    for line in lines:
        canvas.drawString(36, y, line)
        y -= 12
    if draw_codes is not None:
        draw_codes(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# The A5 receipt's code sizes (counter.forms.receipt._code_block).
QR_SIZE = 24 * MM
BAR_MODULE = 0.26 * MM
BAR_HEIGHT = 8 * MM


def receipt_codes(canvas: Canvas) -> None:
    """The A5 receipt's codes drawn the simplest way: ReportLab's QR widget (its encoder,
    level M, a new symbol each time) and its Code 128 widget, at the form's sizes."""
    slip = samples.RECEIPT
    QrCode(receipt_qr_text(receipt_qr(slip)), width=QR_SIZE, height=QR_SIZE, qrLevel="M",
           qrBorder=QR_QUIET_MODULES).drawOn(canvas, 36, 250)
    Code128(slip.dossier_code, barWidth=BAR_MODULE, barHeight=BAR_HEIGHT, quiet=1,
            lquiet=10 * BAR_MODULE, rquiet=10 * BAR_MODULE, humanReadable=0).drawOn(canvas, 150, 250)


_FACES = {"NotoSerif-Regular": fonts.REGULAR, "NotoSerif-Bold": fonts.BOLD,
          "NotoSerif-Italic": fonts.ITALIC}


def text_runs(page: Any) -> list[tuple[str, float, str]]:
    """(face, size, text) of every run of text on ``page``, in order, as the form set it."""
    runs: list[tuple[str, float, str]] = []

    def visit(text: str, _cm: Any, _tm: Any, font: Any, size: float) -> None:
        if text.strip() and font is not None:
            face = str(font.get("/BaseFont", "")).split("+")[-1]
            runs.append((_FACES[face], size, text.strip("\n")))  # another face: a KeyError

    page.extract_text(visitor_text=visit)
    return runs


def unlaid_form(runs: list[tuple[str, float, str]], page_size: tuple[float, float]) -> bytes:
    """What no renderer of form 01 can skip, drawn with no layout at all: every run of its text
    in the face and size the form uses (so its three faces are embedded), its QR code encoded
    afresh and drawn by the form's own code, and its barcode; one run per line."""
    forget_symbols()
    slip = samples.RECEIPT
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=page_size, invariant=1)
    y = page_size[1] - 36
    for face, size, text in runs:
        canvas.setFont(face, size)
        canvas.drawString(36, y, text)
        y -= size * 1.2
    qr_flowable(receipt_qr_text(receipt_qr(slip)), QR_SIZE).drawOn(canvas, 36, 250)
    barcode_flowable(slip.dossier_code, module=BAR_MODULE, height=BAR_HEIGHT).drawOn(canvas, 150,
                                                                                     250)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def report_with_floor(name: str, render: Callable[[], bytes], runs: int) -> None:
    """Form and floors timed in alternation, so that a busy machine weighs on all alike."""
    pdf = render()
    page = PdfReader(BytesIO(pdf)).pages[0]
    lines = [line for line in page.extract_text().splitlines() if line.strip()]
    size = (float(page.mediabox.width), float(page.mediabox.height))
    runs_of_text = text_runs(page)
    app_times: list[float] = []
    floor_times: list[float] = []
    codes_times: list[float] = []
    unlaid_times: list[float] = []
    for _ in range(runs):
        for render_one, times in ((render, app_times),
                                  (lambda: floor_page(lines, size), floor_times),
                                  (lambda: floor_page(lines, size, receipt_codes), codes_times),
                                  (lambda: unlaid_form(runs_of_text, size), unlaid_times)):
            start = time.perf_counter()
            render_one()
            times.append((time.perf_counter() - start) * 1000)
    median, floor = statistics.median(app_times), statistics.median(floor_times)
    with_codes = statistics.median(codes_times)
    print(f"{name:<44} median {median:8.1f} ms   max {max(app_times):8.1f} ms   "
          f"{len(pdf) / 1024:7.1f} KiB")
    print(f"{'  floor: same TTF and text on a bare canvas':<44} median {floor:8.1f} ms   "
          f"ratio {median / floor:.1f}x   (target on this floor)")
    print(f"{'  second floor: + QR and barcode, RL widgets':<44} median {with_codes:8.1f} ms   "
          f"ratio {median / with_codes:.1f}x")
    unlaid = statistics.median(unlaid_times)
    print(f"{'  no layout: its faces, text and codes':<44} median {unlaid:8.1f} ms   "
          f"ratio {median / unlaid:.1f}x   (itself {unlaid / floor:.1f}x the floor)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--book-rows", type=int, default=1000)
    args = parser.parse_args()

    start = time.perf_counter()
    render_receipt(samples.RECEIPT, copies="Liên 1")
    print(f"first render, fonts included: {(time.perf_counter() - start) * 1000:.1f} ms")
    print(f"runs per figure: {args.runs}")

    def new_receipt(**options: object) -> bytes:
        """As for a new dossier: its QR symbol is encoded afresh (the copies share it)."""
        forget_symbols()
        return render_receipt(samples.RECEIPT, **options)  # type: ignore[arg-type]

    report_with_floor("form 01, A5, one copy", lambda: new_receipt(copies="Liên 1"), args.runs)
    report("form 01, A5, two copies (default)", new_receipt, args.runs)
    report("form 01, A4, two copies", lambda: new_receipt(page_size="A4"), args.runs)
    report("form 02", lambda: render_completion_request(samples.COMPLETION), args.runs)
    report("form 03", lambda: render_refusal(samples.REFUSAL), args.runs)
    report("form 04", lambda: render_extension_apology(samples.EXTENSION), args.runs)
    report("form 05", lambda: render_stop_notice(samples.STOP), args.runs)
    report("form 06", lambda: render_control_slip(samples.CONTROL), args.runs)

    rows = samples.book_rows(args.book_rows)
    last_day = rows[-1].received_at.date()
    book_runs = 5
    median, worst, size = timed(
        lambda: render_tracking_book(rows, date(2025, 6, 2), last_day, samples.HEADER), book_runs
    )
    book = render_tracking_book(rows, date(2025, 6, 2), last_day, samples.HEADER)
    pages = len(PdfReader(BytesIO(book)).pages)
    print(
        f"form 07, {args.book_rows} dossiers ({book_runs} runs)".ljust(44)
        + f" median {median:8.1f} ms   max {worst:8.1f} ms   {size / 1024:7.1f} KiB"
        + f"   {pages} pages"
    )


if __name__ == "__main__":
    main()
