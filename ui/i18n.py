"""Vietnamese by default, English selectable; labels of the core translated by context."""

from __future__ import annotations

from counter.dossiers.lifecycle import ACTIONS, STATUS_LABELS, Status
from counter.paths import resources_dir
from counter.roles import ROLE_LABELS, Role
from ui.qt import QT_TRANSLATE_NOOP, QApplication, QCoreApplication, QTranslator

LANGUAGES = ("vi", "en")
CORE_CONTEXT = "core"

# The core's Vietnamese labels, listed so that lupdate offers them for translation.
_CORE_LABELS = (
    QT_TRANSLATE_NOOP("core", "Đã tiếp nhận"),
    QT_TRANSLATE_NOOP("core", "Đang xử lý"),
    QT_TRANSLATE_NOOP("core", "Chờ bổ sung hồ sơ"),
    QT_TRANSLATE_NOOP("core", "Chờ thực hiện nghĩa vụ tài chính"),
    QT_TRANSLATE_NOOP("core", "Dừng xử lý"),
    QT_TRANSLATE_NOOP("core", "Đã có kết quả"),
    QT_TRANSLATE_NOOP("core", "Đã trả kết quả"),
    QT_TRANSLATE_NOOP("core", "Từ chối giải quyết"),
    QT_TRANSLATE_NOOP("core", "Công dân rút hồ sơ"),
    QT_TRANSLATE_NOOP("core", "Chuyển xử lý"),
    QT_TRANSLATE_NOOP("core", "Yêu cầu bổ sung hồ sơ"),
    QT_TRANSLATE_NOOP("core", "Nhận hồ sơ bổ sung"),
    QT_TRANSLATE_NOOP("core", "Yêu cầu thực hiện nghĩa vụ tài chính"),
    QT_TRANSLATE_NOOP("core", "Đã thực hiện nghĩa vụ tài chính"),
    QT_TRANSLATE_NOOP("core", "Xin lỗi và gia hạn"),
    QT_TRANSLATE_NOOP("core", "Dừng giải quyết"),
    QT_TRANSLATE_NOOP("core", "Trả kết quả cho công dân"),
    QT_TRANSLATE_NOOP("core", "Cán bộ tiếp nhận"),
    QT_TRANSLATE_NOOP("core", "Giám sát / lãnh đạo bộ phận"),
    QT_TRANSLATE_NOOP("core", "Tổ công nghệ số cộng đồng"),
    QT_TRANSLATE_NOOP("core", "Quản trị hệ thống"),
    QT_TRANSLATE_NOOP("core", "Trực tiếp tại quầy"),
    QT_TRANSLATE_NOOP("core", "Qua bưu chính"),
    QT_TRANSLATE_NOOP("core", "Chờ gửi"),
    QT_TRANSLATE_NOOP("core", "Đã gửi, chờ xác nhận"),
    QT_TRANSLATE_NOOP("core", "Trung tâm đã nhận"),
    QT_TRANSLATE_NOOP("core", "Bị từ chối"),
)


# Fields of procedures (lĩnh vực) in the catalogue.
_PROCEDURE_FIELDS = (
    QT_TRANSLATE_NOOP("core", "Chứng thực"),
    QT_TRANSLATE_NOOP("core", "Hộ tịch"),
    QT_TRANSLATE_NOOP("core", "Đăng ký, quản lý cư trú"),
)
# Reasons the core gives for a field, shown under it; a reason ending in the refused
# value ("số điện thoại không hợp lệ: '12'.") is listed by its fixed part.
_CORE_FIELD_REASONS = (
    QT_TRANSLATE_NOOP("core", "thiếu họ và tên người nộp hồ sơ."),
    QT_TRANSLATE_NOOP("core", "họ và tên dài quá 200 ký tự."),
    QT_TRANSLATE_NOOP("core", "họ và tên không được chứa chữ số."),
    QT_TRANSLATE_NOOP("core", "thiếu tên tổ chức."),
    QT_TRANSLATE_NOOP("core", "số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số."),
    QT_TRANSLATE_NOOP("core", "thiếu số giấy tờ tùy thân."),
    QT_TRANSLATE_NOOP("core", "ngày sinh không hợp lệ (sau 1900 và không ở tương lai)."),
    QT_TRANSLATE_NOOP("core", "giới tính phải là Nam hoặc Nữ."),
    QT_TRANSLATE_NOOP("core", "số điện thoại không hợp lệ"),
    QT_TRANSLATE_NOOP("core", "địa chỉ thư điện tử không hợp lệ"),
    QT_TRANSLATE_NOOP("core", "địa chỉ dài quá 1000 ký tự."),
    QT_TRANSLATE_NOOP("core", "Số định danh không khớp với năm sinh: kiểm tra lại số CCCD "
                              "hoặc ngày sinh."),
    QT_TRANSLATE_NOOP("core", "Số định danh không khớp với giới tính: kiểm tra lại."),
    QT_TRANSLATE_NOOP("core", "tên đăng nhập 3–40 ký tự: chữ thường không dấu, số, . _ -"),
    QT_TRANSLATE_NOOP("core", "thiếu họ và tên."),
    QT_TRANSLATE_NOOP("core", "mật khẩu phải có ít nhất 8 ký tự."),
    QT_TRANSLATE_NOOP("core", "thiếu tên cơ quan."),
    QT_TRANSLATE_NOOP("core", "thiếu tên máy trạm (ví dụ: Quầy 1)."),
    QT_TRANSLATE_NOOP("core", "cần số trang của bản cần chứng thực để tính phí."),
    QT_TRANSLATE_NOOP("core", "thiếu giấy tờ bắt buộc"),
)


def core_label(text: str) -> str:
    return QCoreApplication.translate(CORE_CONTEXT, text)


def core_message(text: str) -> str:
    """A reason written by the core in the interface's language when it is a known one:
    whole, or its fixed part before the refused value; else as the core wrote it."""
    whole = core_label(text)
    if whole != text:
        return whole
    head, separator, rest = text.partition(": ")
    translated = core_label(head) if separator else head
    return f"{translated}: {rest}" if separator and translated != head else text


def procedure_field_label(field: str) -> str:
    """The field of a procedure (lĩnh vực) from the catalogue."""
    return core_label(field)


def status_label(status: Status) -> str:
    return core_label(STATUS_LABELS[status])


def action_label(name: str) -> str:
    return core_label(ACTIONS[name].label)


def role_label(role: Role) -> str:
    return core_label(ROLE_LABELS[role])


def channel_label(channel: str) -> str:
    from counter.dossiers.model import CHANNEL_LABELS  # with the dossier screens, not at login

    return core_label(CHANNEL_LABELS.get(channel, channel))


def sync_state_label(state: str) -> str:
    """A dossier's sync state (waiting, sent, acknowledged, rejected) in the UI's language."""
    from sync.client.state import STATE_LABELS

    return core_label(STATE_LABELS.get(state, state))


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Load the English catalogue when asked. Vietnamese is the app's source language; Qt
    ships no Vietnamese for its own dialogs (file, print, page set-up, text menus), so the
    project's ``qt_vi`` catalogue translates those."""
    catalogue = "onestop_en.qm" if language == "en" else "qt_vi.qm"
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "translations" / catalogue)):
        app.installTranslator(translator)
        return translator
    return None
