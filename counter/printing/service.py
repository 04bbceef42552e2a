"""Print a form of a dossier: build it from the dossier's history, mark a reprint,
keep the PDF with the dossier and audit the print, all in one write transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import audit, clock
from counter.access import check_permission
from counter.agencies import find_agency
from counter.db.models import PrintedForm as PrintedFormRow
from counter.db.models import UserAccount
from counter.dossiers.transitions import load_dossier
from counter.dossiers.views import to_view
from counter.errors import CounterError
from counter.forms.sheet import sheet_named
from counter.payments.payee import usable_payee
from counter.printing.archive import PrintedForm, is_reprint, next_sequence, to_record
from counter.printing.kinds import (
    Layout,
    PrintContext,
    PrintExtras,
    copies_for,
    printable_form,
)
from counter.printing.steps import source_step
from counter.roles import Actor
from counter.workspace import Workspace


class NothingToPrintError(CounterError):
    """The dossier has not been through the step the form is about (e.g. no refusal)."""

    code = "nothing_to_print"


def account_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """Full names of the local accounts among ``usernames`` (others print as they are)."""
    wanted = sorted(set(usernames))
    rows = session.execute(
        select(UserAccount.username, UserAccount.full_name).where(
            UserAccount.username.in_(wanted)
        )
    )
    return {username: full_name for username, full_name in rows if full_name.strip()}


def print_form(
    workspace: Workspace,
    code: str,
    form: str,
    actor: Actor,
    *,
    page_size: str = "A5",
    copies: Sequence[str] | None = None,
    extra: PrintExtras | None = None,
) -> PrintedForm:
    """Print ``form`` (``receipt``, ``completion-request``, ``refusal``, ``extension``,
    ``stop-notice`` or ``control-slip``) of dossier ``code`` and archive it.

    ``copies`` is for the receipt only (default both "Liên 1" and "Liên 2"). A print
    from the same step of the dossier as an earlier one (for the receipt: with one of
    the same copies) is a reprint, and every page of it says so with the time.
    """
    kind = printable_form(form)
    check_permission(workspace, actor, "dossier.print", "dossier", code)
    labels = copies_for(kind, tuple(copies) if copies is not None else None)
    size = str(page_size).strip().upper()
    sheet_named(size)
    identity = workspace.identity()
    calendar = workspace.calendar()
    due_soon = workspace.due_soon_minutes()
    now = clock.now()
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        view = to_view(row, calendar, now, due_soon)
        step = source_step(row.events, kind.find_step)
        if step is None:
            raise NothingToPrintError(
                f"Hồ sơ {row.code} {kind.missing_step} (trạng thái: {view.status_label}), "
                f"nên không có {kind.title} để in."
            )
        reprint = is_reprint(session, row.id, kind.key, step.id, labels)
        context = PrintContext(
            view=view,
            step=step,
            agency=find_agency(session, row.agency_code) or identity.agency,
            names=account_names(session, [row.created_by, *(e.actor for e in row.events)]),
            extras=extra or PrintExtras(),
            payee=usable_payee(session),
        )
        pdf = kind.render(context, Layout(size, labels, now if reprint else None))
        digest = workspace.files.put(pdf)
        archived = PrintedFormRow(
            dossier_id=row.id,
            source_event_id=step.id,
            form=kind.key,
            form_number=kind.number,
            copies=list(labels),
            page_size=size,
            sha256=digest,
            size=len(pdf),
            printed_at=now,
            printed_by=actor.username,
            reprint=reprint,
            sequence=next_sequence(session, row.id, kind.key),
        )
        session.add(archived)
        session.flush()
        audit.record(
            session,
            actor,
            "dossier.print",
            "dossier",
            row.code,
            f"form={kind.number} {kind.key};reprint={'yes' if reprint else 'no'};"
            f"sequence={archived.sequence};sha256={digest[:16]}",
        )
        record = to_record(archived, row.code)
    return PrintedForm(**record.__dict__, pdf=pdf)
