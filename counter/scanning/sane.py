"""SANE through its own command-line front end, ``scanimage``.

The feeder is scanned in one batch (one device open; ``--batch-print`` names each page the
moment its file is complete, and it is handed over at once); the flatbed one sheet per
run. A scanner unplugged during a scan makes scanimage fail: the pages before are already
with the caller, and the device list says whether the scanner is gone or only failed.
Every call has a timeout; the device is looked up again on each scan.

The device's own options are read once per scan (``scanimage -A``) to map our settings
onto its words: modes (Color/Gray/Lineart, or Gray at depth 1), sources (Flatbed, ADF,
Automatic Document Feeder...), and the largest scan area up to A4.
"""

from __future__ import annotations

import io
import logging
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from counter.scanning.backend import PageSink
from counter.scanning.model import (
    NoScannerError,
    ScanError,
    ScannedPage,
    ScannerGoneError,
    ScannerInfo,
    ScanSettings,
    gone_message,
)

log = logging.getLogger(__name__)
LIST_TIMEOUT = 60.0  # probing USB and network scanners can take a while
OPTIONS_TIMEOUT = 30.0
PAGE_TIMEOUT = 180.0
A4_MM = (210.0, 297.0)
STATUS_NO_DOCS = 7  # scanimage's exit status: the feeder is empty
KNOWN_TROUBLE = (
    ("jammed", "Kẹt giấy trong máy quét: gỡ tờ giấy bị kẹt rồi quét lại."),
    ("cover", "Nắp máy quét đang mở: đóng nắp rồi quét lại."),
    ("busy", "Máy quét đang bận (một chương trình khác đang dùng): chờ rồi thử lại."),
    ("access", "Không có quyền dùng máy quét này (quyền truy cập thiết bị)."),
)


@dataclass
class DeviceOptions:
    modes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    depths: list[str] = field(default_factory=list)
    max_mm: tuple[float, float] = A4_MM


_OPTION = re.compile(r"^\s+--(mode|source|depth)\s+(.+?)\s+\[")
_AREA = re.compile(r"^\s+-([xy])\s+[\d.]+\.\.([\d.]+)mm")


def parse_options(text: str) -> DeviceOptions:
    options = DeviceOptions()
    width, height = A4_MM
    for line in text.splitlines():
        if match := _OPTION.match(line):
            values = [v.strip() for v in match.group(2).split("|")]
            setattr(options, {"mode": "modes", "source": "sources", "depth": "depths"}
                    [match.group(1)], values)
        elif match := _AREA.match(line):
            limit = float(match.group(2))
            if match.group(1) == "x":
                width = min(width, limit)
            else:
                height = min(height, limit)
    options.max_mm = (width, height)
    return options


def scan_arguments(options: DeviceOptions, settings: ScanSettings) -> list[str]:
    """The device's own words for our settings (its modes and sources differ by maker)."""
    lowered = {m.lower(): m for m in options.modes}
    args: list[str] = []
    if settings.mode == "color":
        args += ["--mode", lowered.get("color", "Color")]
    elif settings.mode == "grey":
        args += ["--mode", lowered.get("gray", lowered.get("grey", "Gray"))]
    elif "lineart" in lowered:
        args += ["--mode", lowered["lineart"]]
    else:  # no line-art mode: grey at one bit if it can, else grey made black and white later
        args += ["--mode", lowered.get("gray", "Gray")]
        if "1" in options.depths:
            args += ["--depth", "1"]
    if options.sources:
        args += ["--source", pick_source(options.sources, settings.source)]
    elif settings.source == "adf":
        raise ScanError("Máy quét này không có khay nạp giấy (ADF): hãy chọn quét mặt kính.")
    width, height = options.max_mm
    args += ["--resolution", str(settings.dpi), "-x", f"{width:g}", "-y", f"{height:g}"]
    return args


def pick_source(sources: list[str], wanted: str) -> str:
    def is_feeder(name: str) -> bool:
        lowered = name.lower()
        return "adf" in lowered or "feeder" in lowered or "automatic" in lowered

    if wanted == "adf":
        feeders = [s for s in sources if is_feeder(s)]
        if not feeders:
            raise ScanError("Máy quét này không có khay nạp giấy (ADF): hãy chọn quét mặt kính.")
        simplex = [s for s in feeders if "duplex" not in s.lower() and "back" not in s.lower()]
        return (simplex or feeders)[0]
    flatbeds = [s for s in sources if "flatbed" in s.lower()]
    return (flatbeds or [s for s in sources if not is_feeder(s)] or sources)[0]


def trouble_message(stderr: str) -> str | None:
    lowered = stderr.lower()
    for word, message in KNOWN_TROUBLE:
        if word in lowered:
            return message
    return None


class SaneCliBackend:
    def __init__(self, program: str | None = None, env: dict[str, str] | None = None) -> None:
        self.program = program
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None  # the feeder's batch, while it runs

    def _program(self) -> str:
        found = self.program or shutil.which("scanimage")
        if not found:
            raise NoScannerError(
                "Máy này chưa cài SANE (gói sane-utils): chưa dùng được máy quét."
            )
        return found

    def _run(self, args: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
        env = {**os.environ, **self.env} if self.env is not None else None
        try:
            return subprocess.run([self._program(), *args], capture_output=True,
                                  timeout=timeout, env=env, check=False)
        except subprocess.TimeoutExpired as error:
            raise ScanError(f"Máy quét không trả lời sau {timeout:g} giây.",
                            detail=" ".join(args)) from error
        except OSError as error:
            raise NoScannerError(f"Không chạy được scanimage ({error.strerror}).") from error

    def list_scanners(self) -> list[ScannerInfo]:
        done = self._run(["-f", "%d\t%v %m\t%t%n"], LIST_TIMEOUT)
        if done.returncode != 0:
            raise ScanError("Không liệt kê được máy quét.",
                            detail=done.stderr.decode(errors="replace"))
        scanners = []
        for line in done.stdout.decode(errors="replace").splitlines():
            name, _, rest = line.partition("\t")
            label = rest.split("\t")[0].strip()
            if name.strip():
                scanners.append(ScannerInfo(name.strip(), label or name.strip()))
        return scanners

    def _label(self, device: str) -> str | None:
        """The device's label if it is still there, ``None`` if it is gone."""
        try:
            listed = self.list_scanners()
        except ScanError:
            return None
        return next((s.label for s in listed if s.name == device), None)

    def device_options(self, device: str) -> DeviceOptions:
        done = self._run(["-d", device, "-A"], OPTIONS_TIMEOUT)
        if done.returncode != 0:
            if self._label(device) is None:
                raise NoScannerError(
                    f"Không thấy máy quét “{device}”: máy đã bị rút cáp, tắt, hoặc chưa cắm."
                )
            raise ScanError(f"Không mở được máy quét “{device}”.",
                            detail=done.stderr.decode(errors="replace"))
        return parse_options(done.stdout.decode(errors="replace"))

    def scan(self, device: str, settings: ScanSettings, count: int | None,
             on_page: PageSink) -> int:
        settings = settings.checked()
        options = self.device_options(device)
        args = ["-d", device, "--format=png", *scan_arguments(options, settings)]
        if settings.source == "adf":
            return self._scan_feeder(device, args, settings, count, on_page)
        done = 0
        while done < (count or 1):  # the flatbed: one sheet per device open
            result = self._run(args, PAGE_TIMEOUT)
            if result.returncode != 0 or not result.stdout:
                self._fail(device, result.stderr.decode(errors="replace"), done)
            on_page(ScannedPage(self._page_image(result.stdout, settings), settings.mode,
                                settings.dpi))
            done += 1
        return done

    def _scan_feeder(self, device: str, args: list[str], settings: ScanSettings,
                     count: int | None, on_page: PageSink) -> int:
        """The feeder in one batch (one device open, as SANE means feeders to be used):
        each page is handed over as soon as scanimage says its file is complete."""
        done = 0
        with tempfile.TemporaryDirectory(prefix="scan-") as folder:
            batch = [*args, f"--batch={folder}/page-%04d.png", "--batch-print"]
            if count is not None:
                batch.append(f"--batch-count={count}")
            with open(Path(folder) / "stderr.txt", "w+b") as errors:
                env = {**os.environ, **self.env} if self.env is not None else None
                try:
                    process = subprocess.Popen([self._program(), *batch], stdout=subprocess.PIPE,
                                               stderr=errors, env=env)
                except OSError as error:
                    raise NoScannerError(f"Không chạy được scanimage ({error.strerror}).") \
                        from error
                self.process = process
                try:
                    for path in self._finished_pages(process):
                        on_page(ScannedPage(self._page_image(Path(path).read_bytes(), settings),
                                            settings.mode, settings.dpi))
                        done += 1
                finally:
                    if process.poll() is None:
                        process.kill()
                    returncode = process.wait(PAGE_TIMEOUT)
                    self.process = None
                errors.seek(0)
                stderr = errors.read().decode(errors="replace")
        if returncode == STATUS_NO_DOCS or (returncode == 0 and done):
            if done == 0:
                raise ScanError("Khay nạp giấy không có giấy: đặt giấy vào khay rồi quét lại.")
            return done  # every sheet asked for, or the feeder ran empty
        self._fail(device, stderr, done)
        return done

    @staticmethod
    def _finished_pages(process: subprocess.Popen[bytes]) -> Iterator[str]:
        """The file names scanimage prints as pages complete; a page that does not come
        within the page timeout ends the scan."""
        lines: queue.Queue[bytes] = queue.Queue()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.put(line)
            lines.put(b"")

        threading.Thread(target=read, name="scanimage-pages", daemon=True).start()
        while True:
            try:
                line = lines.get(timeout=PAGE_TIMEOUT)
            except queue.Empty:
                process.kill()
                raise ScanError(f"Máy quét không trả lời sau {PAGE_TIMEOUT:g} giây.") from None
            if not line:
                return
            yield line.decode(errors="replace").strip()

    def _fail(self, device: str, stderr: str, done: int) -> None:
        log.warning("scan of %s failed after %d pages: %s", device, done, stderr.strip())
        label = self._label(device)
        if label is None:
            raise ScannerGoneError(gone_message(device, done), pages_done=done, detail=stderr)
        kept = f" Đã giữ lại {done} trang quét được." if done else ""
        message = trouble_message(stderr) or f"Máy quét “{label}” báo lỗi khi quét."
        raise ScanError(message + kept, pages_done=done, detail=stderr)

    @staticmethod
    def _page_image(png: bytes, settings: ScanSettings) -> bytes:
        """Line art from a scanner without a one-bit mode is thresholded here."""
        if settings.mode != "lineart":
            return png
        from PIL import Image

        image = Image.open(io.BytesIO(png))
        if image.mode == "1":
            return png
        out = io.BytesIO()
        image.convert("L").point(lambda v: 255 if v >= 160 else 0).convert("1").save(out, "PNG")
        return out.getvalue()
