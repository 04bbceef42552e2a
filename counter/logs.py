"""Application logs: a rotating file in the data folder, with personal data kept out.

Log lines name dossiers by code and people by account name only. As a second line of
defence, a filter masks what looks like an ID or phone number or an e-mail address, and
the database engine never puts query parameters into its error messages.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_FILE = "onestop.log"
_PATTERNS = (
    (re.compile(r"(?<![\w.-])\d{9,12}(?![\w.-])"), "[số]"),  # ID numbers, bare phones
    (re.compile(r"(?<![\w.])(?:\+84|0)\d{2,3}[ .-]\d{3}[ .-]\d{3,4}(?!\w)"), "[số]"),
    (re.compile(r"[^@\s'\"<>]+@[^@\s'\"<>]+\.[A-Za-z]{2,}"), "[email]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactPersonalData(logging.Formatter):
    """Formats as usual, then masks ID numbers, phone numbers and e-mail addresses."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def configure_logging(data_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Log to ``<data dir>/logs/onestop.log`` (1 MB × 5); None if the folder is not writable."""
    root = logging.getLogger()
    if any(getattr(h, "onestop", False) for h in root.handlers):
        return None
    formatter = RedactPersonalData("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder = data_dir / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1 << 20, backupCount=5, encoding="utf-8")
        path: Path | None = folder / LOG_FILE
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(formatter)
    handler.onestop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
