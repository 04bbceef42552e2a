"""The workstation clock against the server's: receipt times and deadlines depend on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ClockCheck:
    server_time: datetime
    local_time: datetime

    @property
    def skew_seconds(self) -> float:
        """Positive when the workstation is ahead of the server."""
        return (self.local_time - self.server_time).total_seconds()

    def warning(self, tolerance_minutes: int) -> str | None:
        skew = self.skew_seconds
        if abs(skew) <= tolerance_minutes * 60:
            return None
        direction = "nhanh" if skew > 0 else "chậm"
        minutes = round(abs(skew) / 60)
        return (
            f"Đồng hồ máy trạm đang {direction} {minutes} phút so với máy chủ trung tâm. "
            "Giờ tiếp nhận và hạn trả kết quả phụ thuộc vào đồng hồ này: hãy chỉnh lại giờ máy."
        )
