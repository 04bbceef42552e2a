"""Where each pull stream (and the attachment upload) got to, in ``<data dir>/sync/cursors.json``.

A cursor is saved only after what it covers is committed in the core's
database, and every pull applies idempotently, so a crash in between only
repeats a page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from counter.atomic import write_atomically
from counter.errors import ConfigurationError
from sync.client.config import sync_dir

CURSORS_FILE = "cursors.json"


class CursorStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = sync_dir(data_dir) / CURSORS_FILE

    def _read(self) -> dict[str, Any]:
        if not self.path.exists():
            return {}
        try:
            value = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ConfigurationError(f"Không đọc được '{self.path}': {error}") from error
        return value if isinstance(value, dict) else {}

    def get(self, name: str) -> Any:
        return self._read().get(name)

    def put(self, name: str, value: Any) -> None:
        values = self._read()
        values[name] = value
        write_atomically(self.path, json.dumps(values).encode("utf-8"))
