"""How long form 01 takes from PDF to a printer: PDFium renders each page at 300 dpi and
Qt paints it on a PDF printer (QPrinter in PdfFormat, the stand-in for the default
printer). Floor: writing the same PDF bytes to a file. Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_print_direct [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.bench_signing import form_01


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    from ui.printing import PRINT_DPI, print_pages, render_pages
    from ui.qt import QApplication, QPrinter

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    pdf = form_01()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "printed.pdf"

        def to_printer() -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            print_pages(render_pages(pdf, PRINT_DPI), printer)

        to_printer()  # first use: PDFium and fonts load
        render, _ = median_ms(lambda: render_pages(pdf, PRINT_DPI), args.runs)
        whole, whole_max = median_ms(to_printer, args.runs)
        printed = out.stat().st_size
        floor, floor_max = median_ms(lambda: (Path(folder) / "copy.pdf").write_bytes(pdf),
                                     args.runs)
    print(f"form 01 ({len(pdf) // 1024} KiB, 2 pages) at {PRINT_DPI} dpi, {args.runs} runs:")
    print(f"  app: render (PDFium) + paint on a PDF printer: median {whole:.1f} ms "
          f"(max {whole_max:.1f}); render alone {render:.1f} ms; printer file "
          f"{printed // 1024} KiB")
    print(f"  floor: write the PDF bytes to a file: median {floor:.2f} ms (max {floor_max:.2f})")
    print(f"  ratio app / floor: {whole / floor:.0f}x")
    del app


if __name__ == "__main__":
    main()
