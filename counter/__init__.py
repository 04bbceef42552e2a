"""onestop-counter domain core: plain Python and SQLAlchemy, never Qt."""

import sys as _sys
from pathlib import Path as _Path

__version__ = "0.1.0"
APP_NAME = "onestop-counter"

# A frozen build carries its version in BUILD_VERSION (packaging/onestop.spec writes it
# from ONESTOP_BUILD_VERSION, else the version above): the version a release is built as.
if getattr(_sys, "frozen", False):
    _label = _Path(getattr(_sys, "_MEIPASS", "")) / "BUILD_VERSION"
    if _label.is_file():
        __version__ = _label.read_text(encoding="ascii").strip() or __version__
