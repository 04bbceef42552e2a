"""Demo mode: demo data once, users on the login screen, the virtual reader; never on real data."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter import clock
from counter.accounts import list_accounts
from counter.demo import DEMO_PAYEE, ensure_demo
from counter.dossiers.lifecycle import Status
from counter.dossiers.queries import DossierFilter, count_dossiers
from counter.errors import ConfigurationError
from counter.setup import SetupRequest, set_up_workstation
from counter.workspace import Workspace
from tests.ui.conftest import ADMIN, AGENCY
from tests.ui.helpers import TIMEOUT_MS, logged_in
from ui.app import App, open_context
from ui.qt import QLabel


def test_demo_data_is_made_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The samples are dated from "now": fix the app's clock on a Wednesday morning.
    wednesday = clock.parse_local("2026-03-04T10:00")
    monkeypatch.setattr(clock, "now", lambda: wednesday)
    with Workspace(tmp_path / "demo") as workspace:
        first = ensure_demo(workspace)
        assert first.dossiers_added == count_dossiers(workspace) == 35
        assert sorted((u.username, u.role.value) for u in first.users) == [
            ("canbo", "officer"), ("giamsat", "supervisor"), ("quantri", "admin"),
            ("tocnso", "village_team")]
        assert {u.role for u in first.users} == {a.role for a in list_accounts(workspace)}
        by_status = {s.value: count_dossiers(workspace, DossierFilter(statuses=(s,)))
                     for s in Status}
        assert by_status == {
            "received": 5, "processing": 14, "supplement_requested": 1, "awaiting_payment": 1,
            "stopped": 1, "result_ready": 3, "returned": 8, "refused": 1, "withdrawn": 1}
        # 9: the status certificate 1.004873 is same day unless it needs verification
        assert count_dossiers(workspace, DossierFilter(overdue=True)) == 9
        from counter.payments.payee import agency_payee
        from counter.payments.records import unpaid_in

        assert agency_payee(workspace) == DEMO_PAYEE  # so the demo shows the VietQR code
        with workspace.store.read() as session:
            assert unpaid_in(session)  # and some fees are still to be paid
        assert ensure_demo(workspace).dossiers_added == 0
        assert count_dossiers(workspace) == 35


def test_demo_accounts_never_go_into_a_real_installation(ready_dir: Path,
                                                         tmp_path: Path) -> None:
    with Workspace(ready_dir) as workspace, pytest.raises(ConfigurationError, match="demo"):
        ensure_demo(workspace)
    with Workspace(tmp_path / "set-up-only") as workspace:  # agency set up, no account yet
        set_up_workstation(workspace, SetupRequest(AGENCY, "Quầy 1"), ADMIN)
        with pytest.raises(ConfigurationError, match="demo"):
            ensure_demo(workspace)
        assert list_accounts(workspace) == []


def test_the_demo_app_shows_its_users_and_reads_the_demo_card(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = open_context(tmp_path / "demo", demo=True)
    try:
        window = App(context).show()
        qtbot.addWidget(window)
        assert window.login is not None
        shown = window.login.findChild(QLabel, "demoUsers").text()
        assert all(user in shown for user in ("canbo", "giamsat", "tocnso", "quantri")), shown
        logged_in(qtbot, window, "canbo", "demo1234")
        intake = window.work.intake
        qtbot.waitUntil(lambda: context.card.card_present, timeout=TIMEOUT_MS)
        intake.card.scan_demo_qr()
        intake.card.read_chip()
        qtbot.waitUntil(lambda: intake.applicant.source == "chip", timeout=TIMEOUT_MS)
        assert intake.applicant.full_name.text() == context.demo.card_identity.full_name
    finally:
        context.tasks.wait_idle()
        context.card.close()
        context.workspace.close()
