"""The central server as a real separate process (``python main.py central --port 0``)."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30


class ServerProcess:
    def __init__(self, data_dir: Path, database_url: str | None = None, port: int = 0) -> None:
        command = [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(data_dir),
            "central",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ]
        if database_url:
            command += ["--db", database_url]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.url = self._wait_for_address()

    def _wait_for_address(self) -> str:
        lines: queue.Queue[str] = queue.Queue()

        def read() -> None:
            assert self.process.stdout is not None
            for line in self.process.stdout:
                lines.put(line)

        threading.Thread(target=read, daemon=True).start()
        seen = []
        try:
            while True:
                line = lines.get(timeout=START_TIMEOUT)
                seen.append(line)
                match = re.search(r"(https?://127\.0\.0\.1:\d+)", line)
                if match:
                    return match.group(1)
        except queue.Empty:
            self.stop()
            raise RuntimeError("central server did not start: " + "".join(seen)) from None

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def kill(self) -> None:
        """Kill at once (SIGKILL), as a power cut would."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
