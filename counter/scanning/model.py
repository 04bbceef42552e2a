"""Plain data of scanning: what to scan with, what a scanner and a scanned page are."""

from __future__ import annotations

from dataclasses import dataclass

from counter.errors import CounterError, InputError

MODES = ("color", "grey", "lineart")
MODE_LABELS = {"color": "Màu", "grey": "Thang xám", "lineart": "Đen trắng"}
SOURCES = ("flatbed", "adf")
SOURCE_LABELS = {"flatbed": "Mặt kính", "adf": "Khay nạp giấy (ADF)"}
MIN_DPI, MAX_DPI = 75, 600
MAX_PAGES = 200


@dataclass(frozen=True)
class ScanSettings:
    mode: str = "grey"
    dpi: int = 200
    source: str = "flatbed"

    def checked(self) -> ScanSettings:
        if self.mode not in MODES:
            raise InputError("mode", f"chế độ quét phải là một trong: {', '.join(MODES)}.")
        if self.source not in SOURCES:
            raise InputError("source", f"nguồn giấy phải là một trong: {', '.join(SOURCES)}.")
        if not MIN_DPI <= self.dpi <= MAX_DPI:
            raise InputError("dpi", f"độ phân giải phải từ {MIN_DPI} đến {MAX_DPI} dpi.")
        return self


@dataclass(frozen=True)
class ScannerInfo:
    name: str  # the device name the backend uses again on each scan
    label: str  # vendor and model, for people


@dataclass(frozen=True)
class ScannedPage:
    png: bytes  # the page as scanned, lossless
    mode: str
    dpi: int


class ScanError(CounterError):
    """Scanning failed in a way the officer can act on; ``pages_done`` were delivered."""

    code = "scan"

    def __init__(self, message: str, *, pages_done: int = 0, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.pages_done = pages_done


class NoScannerError(ScanError):
    code = "no_scanner"


class ScannerGoneError(ScanError):
    """The scanner disappeared (unplugged, switched off) during a scan."""

    code = "scanner_gone"


def gone_message(label: str, pages_done: int) -> str:
    kept = (f" Đã giữ lại {pages_done} trang quét được trước đó; cắm lại máy quét rồi quét "
            "tiếp từ trang sau." if pages_done else " Chưa quét được trang nào.")
    return f"Mất kết nối với máy quét “{label}” giữa chừng (máy bị rút cáp hoặc tắt).{kept}"
