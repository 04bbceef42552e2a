"""A checklist document becomes digitised: its draft pages become one PDF, stored like any
attachment (encrypted, by content hash) and named on the document's row; or the document
is reused from an electronic record already held, with where it came from.

During intake the PDFs are made before the receiving transaction and bound inside it
(:func:`prepare_draft`, :func:`bind_prepared`): the dossier, its documents' files and the
draft's end are one commit. Later, :func:`digitise_document` does the same for one row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from counter import audit, clock, validate
from counter.access import check_permission
from counter.db.models import Attachment, Dossier, ScanPage
from counter.dossiers.model import AttachmentView
from counter.dossiers.transitions import load_dossier
from counter.errors import CounterError, InputError
from counter.roles import Actor
from counter.scanning.drafts import dossier_draft, pages_in
from counter.scanning.model import ScanSettings
from counter.scanning.pdf import PdfPage, pages_to_pdf
from counter.scanning.profiles import profile_for
from counter.settings import get_setting
from counter.workspace import Workspace

MAX_SOURCE = 300


@dataclass(frozen=True)
class PreparedDocument:
    position: int
    sha256: str
    size: int
    page_ids: tuple[int, ...]


def _quality(session: Session, name: str) -> int:
    return profile_for(name, get_setting(session, "scan_profiles"),
                       get_setting(session, "scan_kind_keywords")).quality


def document_scan_settings(workspace: Workspace, name: str) -> tuple[ScanSettings, str | None]:
    """How to scan the document called ``name`` (its kind's profile, the paper source) and
    on which scanner (``None``: the first found), from the settings."""
    with workspace.store.read() as session:
        profile = profile_for(name, get_setting(session, "scan_profiles"),
                              get_setting(session, "scan_kind_keywords"))
        return (profile.settings(get_setting(session, "scan_source")),
                get_setting(session, "scanner_device") or None)


def prepare_draft(workspace: Workspace, draft: str, names: Sequence[str],
                  positions: Sequence[int] | None = None) -> list[PreparedDocument]:
    """One PDF per document of ``draft`` that has pages, written to the file store (files
    before rows: a PDF left over by a failed transaction is harmless, never a row without
    its file). ``names[position]`` is each document's name."""
    with workspace.store.read() as session:
        rows = pages_in(session, draft)
        qualities = {p: _quality(session, names[p]) for p in range(len(names))}
    by_position: dict[int, list[ScanPage]] = {}
    for row in rows:
        if positions is None or row.position in positions:
            by_position.setdefault(row.position, []).append(row)
    prepared = []
    for position, pages in sorted(by_position.items()):
        if position >= len(names):
            raise InputError("document", f"bản quét thuộc giấy tờ số {position + 1}, "
                             f"thủ tục chỉ có {len(names)} giấy tờ.")
        pdf = pages_to_pdf(
            [PdfPage(workspace.files.get(p.sha256), p.dpi, p.rotation) for p in pages],
            qualities[position], title=names[position])
        digest = workspace.files.put(pdf)
        prepared.append(PreparedDocument(position, digest, len(pdf),
                                         tuple(p.id for p in pages)))
    return prepared


def bind_prepared(session: Session, row: Dossier, draft: str,
                  prepared: Sequence[PreparedDocument], actor: Actor) -> list[Attachment]:
    """Inside the caller's transaction: each prepared PDF becomes an attachment of ``row``,
    named on its document's row; its draft pages are gone."""
    now = clock.now()
    made = []
    current = {p.id for p in pages_in(session, draft)}
    for document in prepared:
        if not set(document.page_ids) <= current:
            raise CounterError("Các trang quét vừa thay đổi trong lúc lưu: hãy lưu lại.")
        target = next((d for d in row.documents if d.position == document.position), None)
        if target is None:
            raise InputError("document", f"hồ sơ không có giấy tờ số {document.position + 1}.")
        attachment = Attachment(
            sha256=document.sha256, filename=f"{row.code}_giay-to-{document.position + 1:02d}.pdf",
            media_type="application/pdf", size=document.size, kind="scan", added_at=now,
            added_by=actor.username,
        )
        row.attachments.append(attachment)
        target.digitised_sha256 = document.sha256
        target.reused_from = None
        session.execute(delete(ScanPage).where(ScanPage.id.in_(document.page_ids)))
        audit.record(session, actor, "dossier.digitise", "dossier", row.code,
                     f"document={document.position + 1} sha256={document.sha256} "
                     f"pages={len(document.page_ids)}")
        made.append(attachment)
    row.updated_at = now
    session.flush()
    return made


def digitise_document(workspace: Workspace, code: str, position: int, actor: Actor,
                      draft: str | None = None) -> AttachmentView:
    """Document ``position`` of dossier ``code`` from its draft pages (the dossier's own
    draft unless ``draft`` is named) into one stored PDF."""
    check_permission(workspace, actor, "dossier.attach", "dossier", code)
    draft = draft or dossier_draft(code)
    with workspace.store.read() as session:
        names = [d.name for d in load_dossier(session, code).documents]
    if not 0 <= position < len(names):
        raise InputError("document", f"hồ sơ có {len(names)} giấy tờ; không có số {position + 1}.")
    prepared = prepare_draft(workspace, draft, names, [position])
    if not prepared:
        raise InputError("pages", "chưa quét trang nào cho giấy tờ này.")
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        attachment = bind_prepared(session, row, draft, prepared, actor)[0]
        return AttachmentView(attachment.sha256, attachment.filename, attachment.media_type,
                              attachment.size, attachment.kind, attachment.added_at,
                              attachment.added_by)


def mark_reused(workspace: Workspace, code: str, position: int, source: str,
                actor: Actor) -> None:
    """Document ``position`` is taken from an electronic record already held (``source``:
    which database or earlier dossier); no scan is needed. An empty source clears it."""
    check_permission(workspace, actor, "dossier.attach", "dossier", code)
    source = validate.visible(source, "reused_from")
    if len(source) > MAX_SOURCE:
        raise InputError("reused_from", f"nguồn dữ liệu dài quá {MAX_SOURCE} ký tự.")
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        target = next((d for d in row.documents if d.position == position), None)
        if target is None:
            raise InputError("document", f"hồ sơ có {len(row.documents)} giấy tờ; "
                             f"không có số {position + 1}.")
        if target.digitised_sha256 and source:
            raise InputError("document", "giấy tờ này đã được số hoá bằng bản quét.")
        target.reused_from = source or None
        row.updated_at = clock.now()
        audit.record(session, actor, "dossier.reuse_document", "dossier", row.code,
                     f"document={position + 1} source={source}")
