"""A readable summary written beside a batch file, so that whoever carries the USB stick can
check what is inside (the day, counts by kind, the manifest's hash) without opening it.

The summary holds no personal data: no names, no identity numbers, no dossier codes.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from counter.atomic import write_atomically

SUMMARY_SUFFIX = ".txt"
KIND_LABELS = {
    "dossier.received": "hồ sơ tiếp nhận",
    "dossier.event": "bước xử lý hồ sơ",
    "day.closed": "bản kê ngày đã duyệt",
}


@dataclass(frozen=True)
class BatchSummary:
    batch_name: str
    day: date | None  # None: every message the centre has not acknowledged yet
    workstation_id: str
    agency_code: str
    created_at: str
    counts_by_kind: tuple[tuple[str, int], ...]
    dossier_count: int
    attachment_count: int
    size: int
    file_sha256: str
    manifest_sha256: str

    @property
    def message_count(self) -> int:
        return sum(count for _kind, count in self.counts_by_kind)


def summarise(
    batch_path: Path,
    data: bytes,
    manifest: bytes,
    messages: Sequence[Mapping[str, Any]],
    *,
    day: date | None,
    workstation_id: str,
    agency_code: str,
    created_at: str,
    dossier_count: int,
    attachment_count: int,
) -> BatchSummary:
    kinds = Counter(str(m["kind"]) for m in messages)
    return BatchSummary(
        batch_path.name, day, workstation_id, agency_code, created_at,
        tuple(sorted(kinds.items())), dossier_count, attachment_count, len(data),
        hashlib.sha256(data).hexdigest(), hashlib.sha256(manifest).hexdigest(),
    )


def summary_path(batch_path: Path) -> Path:
    return batch_path.with_name(batch_path.name + SUMMARY_SUFFIX)


def summary_text(summary: BatchSummary) -> str:
    scope = (f"ngày {summary.day:%d/%m/%Y}" if summary.day
             else "mọi thông điệp chưa được trung tâm xác nhận")
    lines = [
        "TỆP LÔ ĐỒNG BỘ - BẢN TÓM TẮT ĐỂ ĐỐI CHIẾU (không chứa thông tin cá nhân)",
        f"Tệp lô: {summary.batch_name}",
        f"Phạm vi: {scope}",
        f"Máy trạm: {summary.workstation_id}",
        f"Cơ quan: {summary.agency_code}",
        f"Lập lúc: {summary.created_at}",
        f"Số thông điệp: {summary.message_count}",
        *(f"  - {KIND_LABELS.get(kind, kind)} ({kind}): {count}"
          for kind, count in summary.counts_by_kind),
        f"Số hồ sơ: {summary.dossier_count}",
        f"Số tệp đính kèm: {summary.attachment_count}",
        f"Kích thước tệp lô: {summary.size} byte",
        f"SHA-256 của tệp lô: {summary.file_sha256}",
        f"SHA-256 của bản kê (manifest) đã ký: {summary.manifest_sha256}",
        "",
        "Nội dung tệp lô được ký và mã hóa; chỉ hệ thống trung tâm và bộ phận một cửa "
        "của cơ quan mở được. Nếu SHA-256 của tệp trên USB khác dòng trên, tệp đã bị thay đổi.",
    ]
    return "\n".join(lines) + "\n"


def write_summary(summary: BatchSummary, batch_path: Path) -> Path:
    path = summary_path(batch_path)
    write_atomically(path, summary_text(summary).encode("utf-8"))
    return path
