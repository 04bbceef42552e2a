"""The printed one-stop forms (Circular 03/2025/TT-VPCP, Appendix I) as PDF bytes.

Pure functions of the dataclasses in :mod:`counter.forms.model`: nothing is
read but the bundled fonts, nothing is written. Text is set in the bundled
Noto Serif so every Vietnamese letter prints.
"""

from counter.forms.receipt import render_receipt

__all__ = ["render_receipt"]
