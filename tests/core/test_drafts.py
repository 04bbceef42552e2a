"""Intake drafts kept through an idle logout: for their author only, once, not for long,
plain values only, and never from someone who may not receive dossiers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from counter.db.models import AuditEvent, IntakeDraft
from counter.drafts import DRAFT_LIFETIME, MAX_DRAFT_BYTES, keep_intake_draft, take_intake_draft
from counter.errors import InputError, PermissionDeniedError
from counter.settings import set_setting
from counter.workspace import Workspace
from tests.core.conftest import ADMIN, OFFICER, SUPERVISOR

FIELDS = {"full_name": "Nguyễn Thị Hoà", "id_number": "001090123456", "sets_count": 1,
          "document:Tờ khai": [True, 1, 0], "procedure_code": None}


def test_a_draft_comes_back_once_to_its_author_only(workspace: Workspace) -> None:
    keep_intake_draft(workspace, OFFICER, FIELDS)
    assert take_intake_draft(workspace, SUPERVISOR) is None
    draft = take_intake_draft(workspace, OFFICER)
    assert draft is not None and draft.fields == FIELDS
    assert take_intake_draft(workspace, OFFICER) is None


def test_a_newer_draft_replaces_the_older(workspace: Workspace) -> None:
    keep_intake_draft(workspace, OFFICER, FIELDS)
    keep_intake_draft(workspace, OFFICER, {"full_name": "Lê Văn Tám"})
    draft = take_intake_draft(workspace, OFFICER)
    assert draft is not None and draft.fields == {"full_name": "Lê Văn Tám"}


def test_an_old_draft_is_dropped_not_handed_back(workspace: Workspace) -> None:
    keep_intake_draft(workspace, OFFICER, FIELDS)
    with workspace.store.read() as session:
        saved_at = session.get(IntakeDraft, "canbo1").saved_at  # type: ignore[union-attr]
    later = saved_at + DRAFT_LIFETIME + timedelta(minutes=1)
    assert take_intake_draft(workspace, OFFICER, now=later) is None
    assert take_intake_draft(workspace, OFFICER) is None  # and it is gone


@pytest.mark.parametrize("fields", [
    {"full_name": {"nested": "object"}},
    {"documents": [[1, 2]]},
    {"blob": 1.5},
    {"full_name": "x" * (MAX_DRAFT_BYTES + 1)},
])
def test_anything_but_small_plain_values_is_refused_and_nothing_kept(
        workspace: Workspace, fields: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(InputError):
        keep_intake_draft(workspace, OFFICER, fields)
    assert take_intake_draft(workspace, OFFICER) is None


def test_an_account_that_cannot_receive_keeps_no_draft_and_the_refusal_is_audited(
        workspace: Workspace) -> None:
    with pytest.raises(PermissionDeniedError):
        keep_intake_draft(workspace, ADMIN, FIELDS)
    assert take_intake_draft(workspace, ADMIN) is None
    with workspace.store.read() as session:
        refused = session.execute(select(AuditEvent.actor, AuditEvent.object_type).where(
            AuditEvent.action == "refused")).all()
    assert ("quantri", "intake_draft") in [tuple(row) for row in refused]


@pytest.mark.parametrize("minutes", [1, 0, -5, 241])
def test_the_idle_time_is_refused_outside_its_limits(workspace: Workspace, minutes: int) -> None:
    with pytest.raises(InputError, match="từ 2 đến 240"), workspace.store.write() as session:
        set_setting(session, "idle_logout_minutes", minutes)
    assert workspace.idle_logout_minutes() == 15
