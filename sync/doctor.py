"""Installation checks that need the central system: reachable, and the clock agrees."""

from __future__ import annotations

from dataclasses import replace

from counter.doctor import CheckResult, Level
from counter.errors import CounterError
from sync.client.api import CentralApi
from sync.client.config import WorkspaceOrFolder, load_config
from sync.client.runner import check_clock
from sync.retry import RetryPolicy
from sync.transport import Transport

QUICK = RetryPolicy(max_attempts=1)


def check_central(where: WorkspaceOrFolder) -> CheckResult:
    name = "Hệ thống trung tâm"
    config = load_config(where)
    if not config.server_url:
        return CheckResult(
            name,
            Level.WARNING,
            "máy trạm chưa đăng ký với hệ thống trung tâm",
            "Xin mã đăng ký từ quản trị viên rồi chạy: python main.py sync --server URL --enrol MÃ",
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
