"""An append-only journal of issued dossier numbers, kept outside the database.

A number is written here (and flushed to disk) before the dossier that uses it is
committed. When the database is restored from an older backup, or a transaction is
lost, the journal still remembers the numbers issued, so they are never issued twice.
A crash between the journal and the commit leaves a gap in the sequence, never a
duplicate. Lines: ``<agency code>|<YYMMDD>|<number>``; a torn last line is ignored.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from counter.atomic import write_atomically
from counter.errors import storage_error_from_os

COMPACT_ABOVE_BYTES = 1 << 20


class CodeJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._highest: dict[tuple[str, str], int] = {}
        self._inode: int | None = None
        self._offset = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch(exist_ok=True)
        except OSError as error:
            raise storage_error_from_os(error, "Không ghi được nhật ký số mã hồ sơ") from error

    def _refresh(self) -> None:
        """Read what other processes appended since the last look."""
        stat = self.path.stat()
        if stat.st_ino != self._inode or stat.st_size < self._offset:
            self._highest.clear()
            self._inode, self._offset = stat.st_ino, 0
        if stat.st_size == self._offset:
            return
        with self.path.open("rb") as handle:
            handle.seek(self._offset)
            chunk = handle.read()
        complete = chunk[: chunk.rfind(b"\n") + 1]
        self._offset += len(complete)
        for line in complete.decode("ascii", errors="replace").splitlines():
            parts = line.split("|")
            if len(parts) != 3 or not parts[2].isdigit():
                continue
            key = (parts[0], parts[1])
            self._highest[key] = max(self._highest.get(key, 0), int(parts[2]))

    def highest(self, agency_code: str, day: date) -> int:
        self._refresh()
        return self._highest.get((agency_code, f"{day:%y%m%d}"), 0)

    def record(self, agency_code: str, day: date, number: int) -> None:
        line = f"{agency_code}|{day:%y%m%d}|{number}\n".encode("ascii")
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(descriptor, line)
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        except OSError as error:
            raise storage_error_from_os(
                error, "Không ghi được nhật ký số mã hồ sơ; hồ sơ chưa được lưu"
            ) from error
        if self.path.stat().st_size > COMPACT_ABOVE_BYTES:
            self.compact()

    def compact(self) -> None:
        """Rewrite keeping only the highest number per agency and day (under the DB write lock)."""
        self._refresh()
        body = "".join(
            f"{agency}|{day}|{number}\n" for (agency, day), number in sorted(self._highest.items())
        )
        write_atomically(self.path, body.encode("ascii"))
        self._inode, self._offset = None, 0
