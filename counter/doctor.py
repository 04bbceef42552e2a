"""Installation checks for support staff: what is wrong, and what to do about it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select

from counter import audit, clock
from counter.audit_anchor import ANCHOR_FILE, AnchorDamaged
from counter.codes.allocate import blocks_for
from counter.db import migrate
from counter.db.encrypt import is_plaintext_sqlite
from counter.db.models import OutboxMessage
from counter.errors import CounterError
from counter.security.keys import KEYINFO
from counter.sync_upgrade import clear_sync_files
from counter.workspace import Workspace

LOW_DISK_BYTES = 1 << 30
CRITICAL_DISK_BYTES = 200 << 20
OUTBOX_AGE_WARNING = timedelta(days=1)


class Level(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


@dataclass(frozen=True)
class CheckResult:
    name: str
    level: Level
    detail: str
    advice: str = ""


def _ok(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Level.OK, detail)


def check_database(workspace: Workspace) -> CheckResult:
    name = "Cơ sở dữ liệu"
    with workspace.store.read() as session:
        verdict = session.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
    revision = migrate.current_revision(workspace.store.writer)
    if verdict != "ok":
        return CheckResult(name, Level.PROBLEM, f"kiểm tra toàn vẹn báo lỗi: {verdict}",
                           "Ngừng nhập hồ sơ, sao lưu thư mục dữ liệu và liên hệ hỗ trợ kỹ thuật.")
    return _ok(name, f"toàn vẹn, lược đồ {revision}")


def check_encryption(workspace: Workspace) -> CheckResult:
    name = "Mã hoá dữ liệu"
    if not workspace.store.encrypted or is_plaintext_sqlite(workspace.store.path):
        return CheckResult(name, Level.PROBLEM, "cơ sở dữ liệu không được mã hoá",
                           "Mở ứng dụng bình thường (không tắt mã hoá) để mã hoá lại tại chỗ.")
    info = (workspace.data_dir / KEYINFO).read_text(encoding="utf-8")
    if '"config-file"' in info:
        return CheckResult(name, Level.WARNING,
                           "đã mã hoá; khoá nằm trong thư mục cấu hình của người dùng",
                           "Trên máy xách tay, đặt mã bí mật cài đặt (ONESTOP_SECRET) để khoá "
                           "không nằm cùng ổ đĩa với dữ liệu.")
    return _ok(name, "cơ sở dữ liệu và tệp đính kèm đã mã hoá")


def check_sync_secrets(data_dir: Path) -> CheckResult:
    """Files of earlier versions hold the sync token and private keys in clear."""
    name = "Bí mật đồng bộ"
    left = clear_sync_files(data_dir)
    if left:
        listing = ", ".join(path.name for path in left)
        return CheckResult(
            name, Level.PROBLEM,
            f"còn tệp cũ không mã hoá trong thư mục sync: {listing}",
            "Các tệp này chứa mã truy cập hoặc khoá bí mật ở dạng rõ và không chuyển được vào "
            "cơ sở dữ liệu (xem nhật ký). Sao lưu chúng ra nơi an toàn rồi xoá khỏi thư mục "
            "dữ liệu; nếu máy trạm mất kết nối, đăng ký lại với mã đăng ký mới.")
    return _ok(name, "mã truy cập và khoá của máy trạm nằm trong cơ sở dữ liệu mã hoá")


def check_disk(data_dir: Path) -> CheckResult:
    name = "Dung lượng đĩa"
    free = shutil.disk_usage(data_dir).free
    detail = f"còn trống {free / (1 << 30):.1f} GB"
    if free < CRITICAL_DISK_BYTES:
        return CheckResult(name, Level.PROBLEM, detail,
                           "Giải phóng dung lượng ngay: hồ sơ mới có thể không lưu được.")
    if free < LOW_DISK_BYTES:
        return CheckResult(name, Level.WARNING, detail, "Nên giải phóng dung lượng ổ đĩa.")
    return _ok(name, detail)


AUDIT_ADVICE = ("Nhật ký đã bị sửa hoặc xoá: báo ngay cho người phụ trách an toàn thông tin; "
                "không ghi đè hay khôi phục dữ liệu trước khi họ xem.")


def describe_break(found: audit.ChainBreak, against: str = "") -> str:
    """What a break in the audit trail means, in words."""
    where = f" (so với {against})" if against else ""
    if found.kind == "changed":
        return (f"chuỗi băm bị đứt tại mục {found.entry_id}: mục này đã bị sửa "
                "(mã xác thực không khớp)")
    if found.kind == "deleted":
        return (f"chuỗi băm bị đứt tại mục {found.entry_id}: {found.missing} mục ngay trước "
                f"nó đã bị xoá{where}")
    if found.kind == "truncated":
        return (f"{found.missing} mục cuối đã bị xoá{where}: mốc ghi đến mục {found.entry_id}, "
                "nhật ký không còn mục đó")
    if found.kind == "rewritten":
        return f"mục {found.entry_id} không còn là mục đã được ghi mốc{where}: nhật ký bị viết lại"
    if found.kind == "unsealed":
        return (f"mục {found.entry_id} không được niêm phong bằng khoá của bản cài đặt "
                "(có thể đã bị viết lại bằng băm thường)")
    return f"mục {found.entry_id} được niêm phong nhưng không có khoá để kiểm tra"


def check_audit(workspace: Workspace) -> CheckResult:
    name = "Nhật ký kiểm toán"
    anchor = workspace.audit_anchor
    try:
        anchored = anchor.read() if anchor is not None else None
    except AnchorDamaged:
        return CheckResult(name, Level.PROBLEM, f"tệp mốc {ANCHOR_FILE} đã bị sửa ngoài ứng dụng",
                           AUDIT_ADVICE)
    with workspace.store.read() as session:
        found = audit.find_break(session)
        if found is None and anchored is not None:
            found = audit.compare_with_anchor(session, anchored)
            against = f"mốc cục bộ {ANCHOR_FILE}"
        else:
            against = ""
        head = audit.current_head(session)
    if found is not None:
        return CheckResult(name, Level.PROBLEM, describe_break(found, against), AUDIT_ADVICE)
    if anchor is not None and anchored is None and head is not None:
        return CheckResult(name, Level.PROBLEM, f"thiếu tệp mốc {ANCHOR_FILE}: không kiểm tra "
                           "được các mục cuối có bị xoá hay không", AUDIT_ADVICE)
    count = head.count if head is not None else 0
    return _ok(name, f"liền mạch, {count} mục, niêm phong bằng khoá của bản cài đặt"
               if anchor is not None else f"liền mạch, {count} mục (không có khoá niêm phong)")


def check_codes(workspace: Workspace) -> CheckResult:
    name = "Dải số mã hồ sơ"
    identity = workspace.identity()
    today = clock.now().date()
    with workspace.store.read() as session:
        blocks = blocks_for(session, identity.agency.code, today)
    if not blocks:
        return CheckResult(name, Level.PROBLEM, "không có dải số cho hôm nay",
                           "Đồng bộ với hệ thống trung tâm, hoặc thiết lập số thứ tự máy trạm.")
    size = sum(last - first + 1 for first, last in blocks)
    return _ok(name, f"{size} số mỗi ngày ({', '.join(f'{a}–{b}' for a, b in blocks)})")


def check_outbox(workspace: Workspace) -> CheckResult:
    name = "Dữ liệu chờ đồng bộ"
    with workspace.store.read() as session:
        waiting = session.scalar(select(func.count()).where(
            OutboxMessage.state.in_(["pending", "sent"]))) or 0
        oldest = session.scalar(select(func.min(OutboxMessage.created_at)).where(
            OutboxMessage.state.in_(["pending", "sent"])))
        rejected = session.scalar(select(func.count()).where(
            OutboxMessage.state == "rejected")) or 0
    if rejected:
        return CheckResult(name, Level.PROBLEM, f"{rejected} mục bị máy chủ từ chối",
                           "Giám sát viên xem lý do trong màn hình đồng bộ và xử lý từng hồ sơ.")
    if waiting and oldest is not None and clock.now() - oldest > OUTBOX_AGE_WARNING:
        return CheckResult(name, Level.WARNING,
                           f"{waiting} mục chờ gửi, cũ nhất từ {oldest:%d/%m/%Y %H:%M}",
                           "Kết nối mạng và đồng bộ, hoặc xuất lô ra USB cho xã.")
    return _ok(name, f"{waiting} mục chờ gửi")


def check_clock() -> CheckResult:
    name = "Đồng hồ máy"
    now = clock.now()
    if now.year < 2025:
        return CheckResult(name, Level.PROBLEM, f"ngày giờ máy là {now:%d/%m/%Y %H:%M}",
                           "Chỉnh lại ngày giờ máy tính: giờ tiếp nhận và hạn trả phụ thuộc vào nó.")
    return _ok(name, f"{now:%d/%m/%Y %H:%M} (giờ Việt Nam); so với máy chủ khi đồng bộ")


def check_card_readers() -> CheckResult:
    name = "Đầu đọc thẻ CCCD"
    try:
        from counter.idcard.pcsc import PcscBackend

        backend = PcscBackend()
        try:
            states = backend.reader_states()
        finally:
            backend.close()
    except CounterError as error:
        return CheckResult(name, Level.WARNING, error.message,
                           "Cắm đầu đọc thẻ và kiểm tra dịch vụ Smart Card (Windows) hoặc pcscd.")
    except ImportError as error:
        return CheckResult(name, Level.WARNING, f"thiếu thư viện PC/SC ({error.name})",
                           "Cài lại ứng dụng (gói pyscard).")
    if not states:
        return CheckResult(name, Level.WARNING, "không thấy đầu đọc nào",
                           "Cắm đầu đọc thẻ; vẫn có thể nhập tay hoặc quét mã QR trên thẻ.")
    listing = ", ".join(f"{name} ({'có thẻ' if card else 'trống'})" for name, card in states.items())
    return _ok(name, listing)


def workspace_checks(workspace: Workspace) -> list[Callable[[], CheckResult]]:
    return [
        lambda: check_database(workspace),
        lambda: check_encryption(workspace),
        lambda: check_sync_secrets(workspace.data_dir),
        lambda: check_disk(workspace.data_dir),
        lambda: check_audit(workspace),
        lambda: check_codes(workspace),
        lambda: check_outbox(workspace),
        check_clock,
        check_card_readers,
    ]


def run_checks(checks: list[Callable[[], CheckResult]]) -> list[CheckResult]:
    """Run every check; one that fails with an error the user can act on says so."""
    results = []
    for check in checks:
        try:
            results.append(check())
        except CounterError as error:
            results.append(CheckResult("Kiểm tra", Level.PROBLEM, error.message))
    return results
