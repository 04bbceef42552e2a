"""The printed one-stop forms (Circular 03/2025/TT-VPCP, Appendix I) as PDF bytes.

Pure functions of the dataclasses in :mod:`counter.forms.model`: nothing is
read but the bundled fonts, nothing is written. Text is set in the bundled
Noto Serif so every Vietnamese letter prints.

    01 render_receipt               02 render_completion_request
    03 render_refusal               04 render_extension_apology
    05 render_stop_notice           06 render_control_slip
    07 render_tracking_book
"""

from counter.forms.completion import render_completion_request
from counter.forms.control_slip import render_control_slip
from counter.forms.extension import render_extension_apology
from counter.forms.receipt import render_receipt
from counter.forms.refusal import render_refusal
from counter.forms.stopping import render_stop_notice
from counter.forms.tracking_book import render_tracking_book

__all__ = [
    "render_completion_request",
    "render_control_slip",
    "render_extension_apology",
    "render_receipt",
    "render_refusal",
    "render_stop_notice",
    "render_tracking_book",
]
