"""The ``card`` command without a card: QR parsing, input errors, no PC/SC service."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counter.cli import run_command
from main import build_parser

QR = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn Đoài, xã Đông Anh, Thành phố Hà Nội|15042021"


def card(data_dir: Path, *args: str) -> tuple[int, str]:
    """Run ``main.py card ARGS`` in-process: (exit code, what went to stderr)."""
    parsed = build_parser().parse_args(["--data-dir", str(data_dir), "card", *args])
    errors = io.StringIO()
    return run_command(parsed, stderr=errors), errors.getvalue()


def test_qr_prints_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert card(data_dir, "qr", QR) == (0, "")
    out = json.loads(capsys.readouterr().out)
    assert out["full_name"] == "Nguyễn Văn An"
    assert (out["birth_date"], out["issue_date"], out["variant"]) == (
        "1990-01-01", "2021-04-15", "cccd-7",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["qr", "001090123456|x"], "Lỗi: Mã QR: cần ít nhất 6 trường ngăn bởi '|', chỉ có 2"),
        (
            [
                "read",
                "--id-number",
                "001090123456",
                "--birth",
                "31/02/1990",
                "--expiry",
                "2030-01-01",
            ],
            "Lỗi: --birth: ngày không hợp lệ: '31/02/1990'",
        ),
        (
            [
                "read",
                "--id-number",
                "00109012345",
                "--birth",
                "1990-01-01",
                "--expiry",
                "2030-01-01",
            ],
            "Lỗi: Số định danh: phải gồm đúng 12 chữ số",
        ),
        (
            ["read", "--doc-number", "C1234567", "--birth", "1990-01-01"],
            "Lỗi: Đọc chip: nhập hạn thẻ — hoặc quét mã QR trên thẻ.",
        ),
        (["virtual", "--vpcd", "localhost"], "Lỗi: --vpcd: cần dạng HOST:PORT"),
    ],
)
def test_bad_input_exits_2_with_the_reason(data_dir: Path, args: list[str], message: str) -> None:
    code, errors = card(data_dir, *args)
    assert code == 2
    assert errors.startswith(message)


def test_without_pcsc_service_the_reason_is_given(project_root: Path, data_dir: Path) -> None:
    env = {**os.environ, "PCSCLITE_CSOCK_NAME": str(data_dir / "no-pcscd.comm")}
    for args in (["readers"], ["read", "--qr", QR]):
        done = subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(data_dir), "card", *args],
            cwd=project_root, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 2
        assert done.stderr.startswith("Lỗi: Dịch vụ thẻ thông minh (PC/SC) không chạy.")
