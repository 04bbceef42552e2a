"""Printing from the core: forms 01-06 of a dossier, archived and audited, and the
tracking book (form 07).

    print_form(workspace, code, "receipt", actor, page_size="A5", copies=None, extra=None)
    list_printed(workspace, code)            the dossier's history of prints
    get_printed_pdf(workspace, code, id, actor)
    print_tracking_book(workspace, actor, date_from, date_to)
    take_step(workspace, code, action, actor, ...)   a step and the form it issues

Each form is made from one step of the dossier's history (see ``steps``); printing
again from the same step is a reprint, marked "BẢN IN LẠI" with the time on every
page. No Qt here: the GUI previews and sends the PDF bytes to a printer.
"""

from counter.printing.archive import PrintedForm, PrintRecord, get_printed_pdf, list_printed
from counter.printing.book import PrintedBook, book_rows, print_tracking_book
from counter.printing.kinds import FORMS, RECEIPT_COPIES, PrintExtras, form_issued_by
from counter.printing.service import NothingToPrintError, print_form
from counter.printing.step import StepTaken, take_step

__all__ = [
    "FORMS",
    "RECEIPT_COPIES",
    "NothingToPrintError",
    "PrintExtras",
    "PrintRecord",
    "PrintedBook",
    "PrintedForm",
    "StepTaken",
    "book_rows",
    "form_issued_by",
    "get_printed_pdf",
    "list_printed",
    "print_form",
    "print_tracking_book",
    "take_step",
]
