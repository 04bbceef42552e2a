"""Where an installation keeps its database and files."""

from __future__ import annotations

import os
from pathlib import Path

from counter import APP_NAME

DATA_DIR_ENV = "ONESTOP_DATA_DIR"


def default_data_dir() -> Path:
    """``$ONESTOP_DATA_DIR`` if set, else the platform's user data directory."""
    explicit = os.environ.get(DATA_DIR_ENV)
    if explicit:
        return Path(explicit)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The project's ``resources/`` folder (fonts, seed data, translations)."""
    return Path(__file__).resolve().parent.parent / "resources"
