"""Render the sample pictures of this folder from the test samples.

    .venv/bin/python docs/forms/make_samples.py

Needs poppler-utils (pdftoppm). Pictures are 100 dpi PNGs of the first page.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from counter import forms  # noqa: E402
from tests.forms import samples  # noqa: E402


def rendered() -> dict[str, bytes]:
    rows = samples.book_rows(120)
    return {
        "form-01-receipt": forms.render_receipt(
            replace(samples.RECEIPT, header=samples.HEADER_WITH_LOOKUP,
                    fee_qr=samples.demo_fee_qr()),
            copies="Liên 1",
        ),
        "form-01-receipt-for-another-agency": forms.render_receipt(
            replace(
                samples.RECEIPT,
                procedure_name="Đăng ký tạm trú",
                procedure_code="1.004194",
                handling_agency="Công an xã Phú Lập",
            ),
            copies="Liên 1",
        ),
        "form-02-request-to-complete": forms.render_completion_request(samples.COMPLETION),
        "form-03-refusal": forms.render_refusal(samples.REFUSAL),
        "form-04-apology-extension": forms.render_extension_apology(samples.EXTENSION),
        "form-05-stop-notice": forms.render_stop_notice(samples.STOP),
        "form-06-control-slip": forms.render_control_slip(samples.CONTROL),
        "form-07-tracking-book": forms.render_tracking_book(
            rows, date(2025, 6, 2), rows[-1].received_at.date(), samples.HEADER
        ),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, pdf in rendered().items():
            source = Path(folder) / f"{name}.pdf"
            source.write_bytes(pdf)
            target = HERE / name
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "100",
                    "-png",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(source),
                    str(target),
                ],
                check=True,
                timeout=60,
            )
            print(f"{target.name}.png")


if __name__ == "__main__":
    main()
