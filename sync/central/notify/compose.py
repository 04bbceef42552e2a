"""The text of a notification, from the templates in the server's settings.

Templates may use ``{code}`` (dossier code), ``{due}`` (appointment, Vietnam time),
``{missing}`` (papers to bring, ``; ``-separated) and ``{url}`` (the status page with the
dossier code filled in, empty if ``status_page_url`` is not set).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from counter.clock import to_local
from sync.central.services.notifications import (
    DEADLINE_MOVED,
    RESULT_READY,
    SUPPLEMENT_REQUESTED,
    Outgoing,
)
from sync.central.settings import CentralSettings, check_template


def _template(settings: CentralSettings, kind: str) -> str:
    return {
        RESULT_READY: settings.template_result_ready,
        SUPPLEMENT_REQUESTED: settings.template_supplement_requested,
        DEADLINE_MOVED: settings.template_deadline_moved,
    }[kind]


def _due(details: dict[str, Any]) -> str:
    value = details.get("due_at")
    if not isinstance(value, str):
        return ""
    try:
        return f"{to_local(datetime.fromisoformat(value)):%H:%M %d/%m/%Y}"
    except ValueError:
        return ""


def status_url(settings: CentralSettings, code: str) -> str:
    base = settings.status_page_url.strip()
    if not base:
        return ""
    return f"{base}{'&' if '?' in base else '?'}ma={quote(code, safe='')}"


def text_of(settings: CentralSettings, item: Outgoing) -> str:
    template = _template(settings, item.kind)
    check_template(template, f"template_{item.kind}")
    values = {
        "code": item.dossier_code,
        "due": _due(item.details),
        "missing": "; ".join(item.details.get("missing") or []),
        "url": status_url(settings, item.dossier_code),
    }
    return " ".join(template.format(**values).split())


def subject_of(settings: CentralSettings, item: Outgoing) -> str:
    check_template(settings.email_subject, "email_subject")
    return settings.email_subject.format(code=item.dossier_code, due="", missing="", url="")
