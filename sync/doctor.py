"""Installation checks that need the central system: reachable, and the clock agrees."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from counter.doctor import CheckResult, Level
from counter.errors import CounterError
from sync.client.api import CentralApi
from sync.client.config import load_config
from sync.client.runner import check_clock
from sync.retry import RetryPolicy
from sync.transport import LAB_HTTP_ENV, Transport, insecure_http_problem

QUICK = RetryPolicy(max_attempts=1)


def check_central(data_dir: Path) -> CheckResult:
    name = "Hệ thống trung tâm"
    config = load_config(data_dir)
    if not config.server_url:
        return CheckResult(
            name,
            Level.WARNING,
            "máy trạm chưa đăng ký với hệ thống trung tâm",
            "Xin mã đăng ký từ quản trị viên rồi chạy: python main.py sync --server URL --enrol MÃ",
        )
    insecure = insecure_http_problem(config.server_url)
    if insecure is not None:
        return CheckResult(
            name, Level.PROBLEM, insecure,
            "Đăng ký lại máy trạm với địa chỉ https:// của máy chủ trung tâm "
            f"(http:// chỉ dùng khi thử nghiệm, với biến môi trường {LAB_HTTP_ENV}=1).",
        )
    settings = replace(config.transport_settings(), timeout=(5.0, 10.0), policy=QUICK)
    transport = Transport(settings)
    try:
        result = check_clock(CentralApi(transport))
    except CounterError as error:
        return CheckResult(
            name,
            Level.WARNING,
            f"không kết nối được {config.server_url}: {error.message}",
            "Kiểm tra mạng; hồ sơ vẫn nhập được ngoại tuyến và sẽ gửi sau.",
        )
    finally:
        transport.close()
    warning = result.warning(config.clock_tolerance_minutes)
    if warning:
        return CheckResult(
            "Đồng hồ so với máy chủ",
            Level.PROBLEM,
            warning,
            "Chỉnh giờ máy tính (múi giờ UTC+7) rồi kiểm tra lại.",
        )
    return CheckResult(
        name, Level.OK, f"{config.server_url} trả lời; lệch giờ {result.skew_seconds:+.0f} giây"
    )
