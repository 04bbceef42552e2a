"""A counter workstation that receives dossiers and syncs them to a real central server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counter.citizen.notification import NO_CONSENT, NotificationConsent
from counter.dossiers.model import DossierView, IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.people import Applicant
from counter.workspace import Workspace
from tests.sync.workstation import OFFICER, SUPERVISOR, sync

APPLICANT = Applicant(
    full_name="Nguyễn Văn An", id_number="001090123456", sex="Nam",
    address="Thôn 3, xã Tân Phú, tỉnh Đồng Nai", phone="0912345678",
)


@dataclass
class Counter:
    workspace: Workspace
    data_dir: Path

    def receive(self, consent: NotificationConsent = NO_CONSENT,
                applicant: Applicant = APPLICANT) -> DossierView:
        request = IntakeRequest("1.004194", applicant, notification=consent)
        return receive_dossier(self.workspace, request, OFFICER)

    def step(self, code: str, action: str, **options: object) -> DossierView:
        """A step as the supervisor (who may take every one, extending a deadline too)."""
        return apply_action(self.workspace, code, action, SUPERVISOR, **options)  # type: ignore[arg-type]

    def sync(self) -> int:
        """Push everything waiting; the number of messages the server took in."""
        report = sync(self.workspace, self.data_dir)
        assert report.push.rejected == 0 and report.push.conflicts == 0
        assert report.waiting == 0
        return report.push.acknowledged
