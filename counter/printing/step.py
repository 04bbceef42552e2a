"""Take one lifecycle step and issue the form it comes with (02, 03, 04, 05).

The step is taken in the core (all or nothing); then, if the step issues a form and the
actor may print, the form is printed from that step and archived like any print. A form
that cannot be made (e.g. no signatory for form 04) does not undo the step: the outcome
says why, and the form can be printed later from the same step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from counter.dossiers.model import DossierView
from counter.dossiers.transitions import apply_action
from counter.errors import CounterError
from counter.forms.model import Signatory
from counter.printing.archive import PrintedForm
from counter.printing.kinds import PrintExtras, form_issued_by
from counter.printing.service import print_form
from counter.roles import Actor
from counter.workspace import Workspace


@dataclass(frozen=True)
class StepTaken:
    view: DossierView
    printed: PrintedForm | None  # the form the step issued, archived with the dossier
    form_error: str = ""  # the step was taken; only its form could not be made


def take_step(
    workspace: Workspace,
    code: str,
    action: str,
    actor: Actor,
    *,
    reason: str = "",
    new_due: datetime | None = None,
    satisfaction: int | None = None,
    details: Mapping[str, Any] | None = None,
    signatory: Signatory | None = None,
) -> StepTaken:
    """Apply ``action`` to dossier ``code``, then print the form it issues, if any."""
    view = apply_action(workspace, code, action, actor, reason=reason, new_due=new_due,
                        satisfaction=satisfaction, details=details)
    form = form_issued_by(action)
    if form is None or not actor.can("dossier.print"):
        return StepTaken(view, None)
    try:
        printed = print_form(workspace, view.code, form.key, actor,
                             extra=PrintExtras(signatory=signatory))
    except CounterError as error:
        return StepTaken(view, None, error.message)
    return StepTaken(view, printed)
