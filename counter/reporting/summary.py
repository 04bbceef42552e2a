"""The plain summary: each indicator of the period, the period before, and the change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from counter.reporting.figures import Figures

NOT_RECORDED_TEXT = "chưa ghi nhận"


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    value: Callable[[Figures], int | float | None]
    share: bool = False  # a share (0-1) shown as a percentage


INDICATORS = (
    Indicator("received", "Hồ sơ tiếp nhận trong kỳ", lambda f: f.received),
    Indicator("received_online", "Trong đó: trực tuyến", lambda f: f.received_online),
    Indicator("received_in_person", "Trong đó: trực tiếp, bưu chính, tổ công nghệ số",
              lambda f: f.received_in_person),
    Indicator("carried_over", "Hồ sơ từ kỳ trước chuyển sang", lambda f: f.carried_over),
    Indicator("finished", "Hồ sơ đã giải quyết", lambda f: f.finished),
    Indicator("early", "Đã giải quyết trước hạn", lambda f: f.early),
    Indicator("on_time", "Đã giải quyết đúng hạn", lambda f: f.on_time),
    Indicator("late", "Đã giải quyết quá hạn", lambda f: f.late),
    Indicator("returned", "Có kết quả, đã trả", lambda f: f.returned),
    Indicator("refused", "Từ chối giải quyết", lambda f: f.refused),
    Indicator("withdrawn", "Công dân rút hồ sơ", lambda f: f.withdrawn),
    Indicator("stopped", "Dừng giải quyết", lambda f: f.stopped),
    Indicator("pending", "Hồ sơ đang giải quyết cuối kỳ", lambda f: f.pending),
    Indicator("pending_overdue", "Trong đó: quá hạn", lambda f: f.pending_overdue),
    Indicator("on_time_rate", "Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn)",
              lambda f: f.on_time_rate, share=True),
    Indicator("online_share", "Tỷ lệ hồ sơ trực tuyến", lambda f: f.online_share, share=True),
    Indicator("digitised_share", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận",
              lambda f: f.digitised_share, share=True),
    Indicator("digitised_result", "Kết quả điện tử đã lưu", lambda f: f.digitised_result),
    Indicator("cashless_share", "Tỷ lệ nộp phí không dùng tiền mặt (trong hồ sơ có phí)",
              lambda f: f.cashless_share, share=True),
    Indicator("fee_online", "Nộp phí trực tuyến", lambda f: None),
    Indicator("rated", "Lượt đánh giá mức độ hài lòng", lambda f: f.rated),
    Indicator("satisfied_share", "Tỷ lệ hài lòng (4-5 trên 5)",
              lambda f: f.satisfied_share, share=True),
    Indicator("average_rating", "Điểm hài lòng trung bình (1-5)", lambda f: f.average_rating),
)


def shown(indicator: Indicator, value: int | float | None) -> str:
    """The value as a person reads it: a percentage, a count, or why it is missing."""
    if value is None:
        return NOT_RECORDED_TEXT if indicator.key == "fee_online" else "—"
    if indicator.share:
        return f"{value * 100:.1f} %".replace(".", ",")
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return f"{value:,}".replace(",", ".")
