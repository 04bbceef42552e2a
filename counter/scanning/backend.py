"""What a scanner backend offers, whatever the platform: list the scanners, scan pages.

Linux uses SANE (:mod:`counter.scanning.sane`). Windows would use WIA or TWAIN behind this
same interface; that is NOT implemented yet: :class:`UnsupportedBackend` says so to the
officer instead of pretending there is no scanner. :class:`FakeScanner` makes pages in
memory for demos and for tests that are not about the device.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from typing import Protocol

from counter.scanning.model import (
    NoScannerError,
    ScanError,
    ScannedPage,
    ScannerGoneError,
    ScannerInfo,
    ScanSettings,
    gone_message,
)

PageSink = Callable[[ScannedPage], None]
UNTIL_EMPTY = None  # scan the feeder until it is empty


class ScannerBackend(Protocol):
    def list_scanners(self) -> list[ScannerInfo]: ...

    def scan(self, device: str, settings: ScanSettings, count: int | None,
             on_page: PageSink) -> int:
        """Scan up to ``count`` pages (``None``: the feeder until empty, one from the
        flatbed), handing each one to ``on_page`` as soon as it is complete; returns how
        many. A failure after some pages raises a :class:`ScanError` whose ``pages_done``
        says how many were already handed over (they are the caller's to keep)."""
        ...


class UnsupportedBackend:
    """A platform without a scanner backend yet (Windows: WIA/TWAIN not written)."""

    def __init__(self, platform: str) -> None:
        self.platform = platform

    def _refuse(self) -> NoScannerError:
        return NoScannerError(
            f"Ứng dụng chưa hỗ trợ máy quét trên {self.platform} (WIA/TWAIN chưa được làm). "
            "Hãy quét bằng phần mềm của máy quét rồi đính kèm tệp."
        )

    def list_scanners(self) -> list[ScannerInfo]:
        raise self._refuse()

    def scan(self, device: str, settings: ScanSettings, count: int | None,
             on_page: PageSink) -> int:
        raise self._refuse()


def platform_backend() -> ScannerBackend:
    if sys.platform.startswith("win"):
        return UnsupportedBackend("Windows")
    from counter.scanning.sane import SaneCliBackend

    return SaneCliBackend()


def make_page_image(number: int, settings: ScanSettings, size: tuple[int, int]) -> bytes:
    """A recognisable page (a frame and the page number) as PNG, for the fake scanner."""
    from PIL import Image, ImageDraw

    mode = {"color": "RGB", "grey": "L", "lineart": "1"}[settings.mode]
    image = Image.new(mode, size, "white" if mode == "RGB" else 255 if mode == "L" else 1)
    draw = ImageDraw.Draw(image)
    ink = "navy" if mode == "RGB" else 0
    draw.rectangle((10, 10, size[0] - 10, size[1] - 10), outline=ink, width=4)
    draw.text((size[0] // 3, size[1] // 3), f"PAGE {number}", fill=ink)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


class FakeScanner:
    """Scanners in memory: ``sheets`` pages in the feeder; ``unplug_after`` pages makes the
    scanner vanish mid-scan (listed no more, the scan fails)."""

    def __init__(self, names: tuple[str, ...] = ("fake:0",), *, sheets: int = 10,
                 unplug_after: int | None = None, size: tuple[int, int] = (170, 240)) -> None:
        self.names = list(names)
        self.sheets = sheets
        self.unplug_after = unplug_after
        self.size = size
        self.scanned = 0

    def list_scanners(self) -> list[ScannerInfo]:
        return [ScannerInfo(name, f"Máy quét thử ({name})") for name in self.names]

    def scan(self, device: str, settings: ScanSettings, count: int | None,
             on_page: PageSink) -> int:
        if device not in self.names:
            raise NoScannerError(f"Không thấy máy quét “{device}”.")
        wanted = count if count is not None else (self.sheets if settings.source == "adf" else 1)
        done = 0
        while done < wanted:
            if self.unplug_after is not None and self.scanned >= self.unplug_after:
                self.names.remove(device)
                raise ScannerGoneError(gone_message(device, done), pages_done=done)
            if settings.source == "adf" and self.sheets <= 0:
                if done == 0:
                    raise ScanError("Khay nạp giấy không có giấy: đặt giấy vào khay rồi quét lại.")
                break
            self.sheets -= settings.source == "adf"
            self.scanned += 1
            done += 1
            on_page(ScannedPage(make_page_image(self.scanned, settings, self.size),
                                settings.mode, settings.dpi))
        return done
