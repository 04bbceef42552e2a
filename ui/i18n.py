"""Vietnamese by default, English selectable; labels of the core translated by context."""

from __future__ import annotations

from counter.dossiers.lifecycle import ACTIONS, STATUS_LABELS, Status
from counter.dossiers.model import CHANNEL_LABELS
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


def core_label(text: str) -> str:
    return QCoreApplication.translate(CORE_CONTEXT, text)


def status_label(status: Status) -> str:
    return core_label(STATUS_LABELS[status])


def action_label(name: str) -> str:
    return core_label(ACTIONS[name].label)


def role_label(role: Role) -> str:
    return core_label(ROLE_LABELS[role])


def channel_label(channel: str) -> str:
    return core_label(CHANNEL_LABELS.get(channel, channel))


def sync_state_label(state: str) -> str:
    """A dossier's sync state (waiting, sent, acknowledged, rejected) in the UI's language."""
    from sync.client.state import STATE_LABELS

    return core_label(STATE_LABELS.get(state, state))


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Load the English catalogue when asked; Vietnamese is the source language."""
    if language != "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "translations" / "onestop_en.qm")):
        app.installTranslator(translator)
        return translator
    return None
