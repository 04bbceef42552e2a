"""A private pcscd with its own vpcd reader, for tests, benchmarks and demos.

Only one pcscd can own ``/run/pcscd``, and the vpcd driver listens on every
address of its network namespace. So this pcscd runs in new mount and
network namespaces (``unshare``): a temporary folder is bind-mounted over
``/run/pcscd`` (clients reach its socket through ``PCSCLITE_CSOCK_NAME``)
and the only network it can listen on is its own loopback interface. The
virtual card connects to vpcd from inside that namespace (a socket opened
by a short-lived thread that joined it). Needs root (or CAP_SYS_ADMIN).
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

VPCD_DRIVER_PATHS = (
    "/usr/lib/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/lib64/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/local/lib/pcsc/drivers/serial/libifdvpcd.so",
)
CLONE_NEWNET = 0x40000000
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
T = TypeVar("T")
START_SCRIPT = 'mkdir -p /run/pcscd && mount --bind "$1" /run/pcscd && exec pcscd -f -c "$2"'


class PcscdUnavailable(RuntimeError):
    """This machine cannot run a private pcscd; the message says why."""


def vpcd_driver() -> str | None:
    return next((p for p in VPCD_DRIVER_PATHS if os.path.exists(p)), None)


def unavailable_reason() -> str | None:
    """Why a private pcscd cannot start here, or ``None`` if it can."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root to create mount and network namespaces (unshare)"
    for program in ("pcscd", "unshare", "mount"):
        if shutil.which(program) is None:
            return f"{program} is not installed"
    if vpcd_driver() is None:
        return "the vsmartcard-vpcd driver (libifdvpcd.so) is not installed"
    return None


def in_network_namespace(pid: int, action: Callable[[], T], timeout: float = 5.0) -> T:
    """Run ``action`` on a short-lived thread that joined process ``pid``'s network namespace.

    Sockets keep the namespace they were created in, so a socket made here
    can be used from any thread afterwards.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    outcome: dict[str, object] = {}

    def worker() -> None:
        try:
            fd = os.open(f"/proc/{pid}/ns/net", os.O_RDONLY)
            try:
                if libc.setns(fd, CLONE_NEWNET) != 0:
                    error = ctypes.get_errno()
                    raise PcscdUnavailable(f"setns: {os.strerror(error)}")
            finally:
                os.close(fd)
            outcome["value"] = action()
        except BaseException as error:  # handed to the caller below
            outcome["error"] = error

    thread = threading.Thread(target=worker, name="pcscd-netns", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise PcscdUnavailable("timed out inside the private network namespace")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def bring_loopback_up() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH", b"lo", 0) + bytes(22)
        flags = struct.unpack("16sH", fcntl.ioctl(sock, SIOCGIFFLAGS, request)[:18])[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH", b"lo", flags | IFF_UP) + bytes(22))


class PrivatePcscd:
    """pcscd + one vpcd reader in private namespaces; a context manager."""

    def __init__(
        self, reader_name: str = "Virtual CCCD", port: int = 35963, workdir: Path | None = None
    ) -> None:
        self.reader_name = reader_name
        self.port = port
        if workdir is None:
            workdir = Path(tempfile.mkdtemp(prefix="pcscd-"))
        else:
            shutil.rmtree(workdir, ignore_errors=True)
            workdir.mkdir(parents=True)
        self.workdir = workdir
        self.run_dir = self.workdir / "run"
        self.conf_dir = self.workdir / "reader.conf.d"
        self.log_path = self.workdir / "pcscd.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def socket_path(self) -> Path:
        return self.run_dir / "pcscd.comm"

    @property
    def slot_names(self) -> tuple[str, str]:
        """vpcd offers two slots, on ``port`` and ``port + 1``."""
        return f"{self.reader_name} 00 00", f"{self.reader_name} 00 01"

    def client_environment(self) -> dict[str, str]:
        return {**os.environ, "PCSCLITE_CSOCK_NAME": str(self.socket_path)}

    def write_config(self) -> None:
        driver = vpcd_driver()
        self.run_dir.mkdir(exist_ok=True)
        self.conf_dir.mkdir(exist_ok=True)
        self.socket_path.unlink(missing_ok=True)  # left by a daemon that was killed
        (self.conf_dir / "vpcd").write_text(
            f'FRIENDLYNAME "{self.reader_name}"\n'
            f"DEVICENAME /dev/null:{self.port}\n"
            f"LIBPATH {driver}\n"
            f"CHANNELID {self.port}\n",
            encoding="ascii",
        )

    def start(self, timeout: float = 10.0) -> PrivatePcscd:
        reason = unavailable_reason()
        if reason:
            raise PcscdUnavailable(reason)
        self.write_config()
        command = ["unshare", "--mount", "--net", "--propagation", "private", "sh", "-c",
                   START_SCRIPT, "sh", str(self.run_dir), str(self.conf_dir)]  # fmt: skip
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while not self.socket_path.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                log_text = self.log_path.read_text(errors="replace")[-2000:]
                self.stop()
                raise PcscdUnavailable(f"pcscd did not start: {log_text.strip() or 'no output'}")
            time.sleep(0.05)
        in_network_namespace(self.process.pid, bring_loopback_up)
        return self

    def connect_card(self, slot: int = 0) -> socket.socket:
        """A connection to vpcd's slot, made inside the private network namespace."""
        if self.process is None or self.process.poll() is not None:
            raise PcscdUnavailable("the private pcscd is not running")
        port = self.port + slot

        def connect() -> socket.socket:
            deadline = time.monotonic() + 5
            while True:  # vpcd may still be opening its port right after start
                try:
                    return socket.create_connection(("127.0.0.1", port), timeout=5)
                except ConnectionRefusedError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)

        return in_network_namespace(self.process.pid, connect, timeout=10)

    def stop_daemon(self) -> None:
        """Stop pcscd and keep its folder: ``start()`` brings it back on the same socket.

        What a PC/SC service that stops under a running app looks like (Windows
        stops its Smart Card service when the last reader is unplugged).
        """
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        self.socket_path.unlink(missing_ok=True)

    def stop(self) -> None:
        self.stop_daemon()
        with contextlib.suppress(OSError):
            shutil.rmtree(self.workdir)

    def __enter__(self) -> PrivatePcscd:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
