"""Column types: aware Vietnam times stored as naive UTC, JSON stored as text."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from counter.clock import from_utc_naive, to_utc_naive


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware Asia/Ho_Chi_Minh datetimes out; UTC in the database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else to_utc_naive(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_utc_naive(value)


class JsonText(TypeDecorator[Any]):
    """A JSON value kept as compact UTF-8 text (readable with any SQLite tool)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)
