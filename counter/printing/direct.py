"""Whether the receipt goes straight to the printer, with the receipt itself."""

from __future__ import annotations

from dataclasses import dataclass

from counter.printing.archive import PrintedForm
from counter.printing.service import print_form
from counter.roles import Actor
from counter.settings import get_setting
from counter.workspace import Workspace


@dataclass(frozen=True)
class ReceiptToPrint:
    printed: PrintedForm
    direct: bool  # the setting print_receipt_direct: no preview, no dialog


def direct_printing(workspace: Workspace) -> bool:
    with workspace.store.read() as session:
        return bool(get_setting(session, "print_receipt_direct"))


def receipt_to_print(workspace: Workspace, code: str, actor: Actor) -> ReceiptToPrint:
    """Form 01 of dossier ``code`` (archived and audited as any print) and how to print it."""
    printed = print_form(workspace, code, "receipt", actor)
    return ReceiptToPrint(printed, direct_printing(workspace))
