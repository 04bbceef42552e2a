"""Installation checks that need the sync side: the central system is reachable, the clock
agrees, and the audit trail still holds the heads the signed day manifests anchored."""

from __future__ import annotations

from dataclasses import replace

from counter import audit
from counter.doctor import AUDIT_ADVICE, CheckResult, Level, describe_break
from counter.errors import CounterError
from counter.workspace import Workspace
from sync.client.api import CentralApi
from sync.client.config import WorkspaceOrFolder, load_config
from sync.client.day_close import signed_day_heads
from sync.client.runner import check_clock
from sync.retry import RetryPolicy
from sync.transport import LAB_HTTP_ENV, Transport, insecure_http_problem

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


def check_audit_against_days(workspace: Workspace) -> CheckResult:
    """The audit trail still holds every head the signed day manifests anchored."""
    name = "Nhật ký so với bản kê ngày đã ký"
    heads = signed_day_heads(workspace)
    bad = [signed.day for signed in heads if signed.head is None]
    if bad:
        return CheckResult(name, Level.PROBLEM,
                           f"bản kê ngày {', '.join(bad)} không đọc được hoặc sai chữ ký",
                           AUDIT_ADVICE)
    anchored = [(signed.day, signed.head) for signed in heads if signed.head is not None]
    with workspace.store.read() as session:
        for day, head in anchored:
            found = audit.compare_with_anchor(session, head)
            if found is not None:
                detail = describe_break(found, f"bản kê đã ký ngày {day}")
                return CheckResult(name, Level.PROBLEM, detail, AUDIT_ADVICE)
    if not heads:
        return CheckResult(name, Level.OK, "chưa có ngày nào được chốt với mốc nhật ký")
    return CheckResult(name, Level.OK, f"khớp mốc của {len(heads)} ngày đã chốt")
