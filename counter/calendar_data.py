"""The decided days off and swapped working days shipped with the app, with their sources.

``resources/calendar/*.json`` hold, per year, the days the Government decided (or the law
fixes) where they differ from, or confirm, the ``holidays`` package's national calendar. The
records have the shape the central server publishes on its ``holidays`` stream (``date``,
``kind``, ``name``, plus ``source``), so the same file can be loaded there. Precedence when
the calendar is built: the package < these files < the central system's and the
administrator's overrides (:mod:`counter.calendar_overrides`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from counter.errors import InputError
from counter.paths import resources_dir

KINDS = ("day_off", "working_day")
MAX_RECORDS = 1000


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str  # day_off | working_day
    name: str
    source: str = ""


def parse_records(records: Any, where: str) -> list[CalendarDay]:
    """Every record checked before any is used: a bad one raises ``InputError`` naming it
    (``<where>[n].date``), so nothing is half-applied."""
    if not isinstance(records, list):
        raise InputError(where, "phải là một danh sách ngày (holidays).")
    if len(records) > MAX_RECORDS:
        raise InputError(where, f"quá nhiều ngày ({len(records)}, tối đa {MAX_RECORDS}).")
    days: list[CalendarDay] = []
    seen: set[date] = set()
    for position, record in enumerate(records):
        at = f"{where}[{position}]"
        if not isinstance(record, dict):
            raise InputError(at, "phải là một đối tượng JSON.")
        try:
            day = date.fromisoformat(str(record.get("date")))
        except ValueError:
            raise InputError(f"{at}.date", "phải là ngày dạng YYYY-MM-DD.") from None
        kind = record.get("kind")
        if kind not in KINDS:
            raise InputError(f"{at}.kind", "phải là day_off (ngày nghỉ) hoặc working_day "
                             "(ngày làm việc).")
        if day in seen:
            raise InputError(f"{at}.date", f"ngày {day:%d/%m/%Y} ghi hai lần.")
        seen.add(day)
        days.append(CalendarDay(day, str(kind), str(record.get("name") or ""),
                                str(record.get("source") or "")))
    return days


def read_calendar_file(path: Path) -> list[CalendarDay]:
    """The days of one calendar file (an object with ``holidays``, or a bare list)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(str(path), f"không đọc được tệp ({error.strerror}).") from None
    except ValueError as error:
        raise InputError(str(path), f"không phải JSON hợp lệ ({error}).") from None
    records = document.get("holidays") if isinstance(document, dict) else document
    return parse_records(records, f"{path.name}: holidays")


def calendar_folder() -> Path:
    return resources_dir() / "calendar"


@lru_cache(maxsize=1)
def shipped_days() -> tuple[CalendarDay, ...]:
    """The days of every shipped calendar file, in date order (a later file wins a day)."""
    merged: dict[date, CalendarDay] = {}
    for path in sorted(calendar_folder().glob("*.json")):
        merged.update((d.day, d) for d in read_calendar_file(path))
    return tuple(sorted(merged.values(), key=lambda d: d.day))


def merged_kinds(layers: Iterable[Sequence[CalendarDay]]) -> dict[date, CalendarDay]:
    """Day -> the deciding entry, later layers winning."""
    merged: dict[date, CalendarDay] = {}
    for layer in layers:
        merged.update((d.day, d) for d in layer)
    return merged
