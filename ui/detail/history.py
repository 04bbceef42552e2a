"""The dossier's history as a timeline: when, who, which step, why, the due time after it."""

from __future__ import annotations

from html import escape

from counter.dossiers.lifecycle import ACTIONS
from counter.dossiers.model import DossierView
from ui.formatting import format_moment
from ui.i18n import action_label, status_label
from ui.qt import QCoreApplication


def _step_name(action: str) -> str:
    if action in ACTIONS:
        return action_label(action)
    return QCoreApplication.translate("history", "Tiếp nhận hồ sơ")


def history_html(view: DossierView) -> str:
    due = QCoreApplication.translate("history", "hẹn trả")
    items = []
    for event in reversed(view.events):
        line = (f"<p style='margin:0 0 8px 0'><b>{format_moment(event.at)}</b> — "
                f"{escape(event.actor)}<br><b>{escape(_step_name(event.action))}</b>: "
                f"{escape(status_label(event.to_status))}")
        if event.reason:
            line += f"<br><i>{escape(event.reason)}</i>"
        line += f"<br><span style='color:#5f6b76'>{due} {format_moment(event.due_at)}</span></p>"
        items.append(line)
    return "".join(items)
