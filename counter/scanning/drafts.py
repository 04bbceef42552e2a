"""Scanned pages held as drafts until they become a document's PDF.

A draft is named before the dossier has a code (during intake) or after it (a dossier's
own draft); each page is one row (order, rotation) and its image sits in the workspace's
file store, encrypted like every other file. A page is stored the moment it arrives from
the scanner, so a scan that breaks off keeps every page before the break.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from counter import clock
from counter.access import check_permission
from counter.db.models import Attachment, ScanPage
from counter.errors import InputError, NotFoundError
from counter.roles import Actor
from counter.scanning.model import MAX_PAGES, ScannedPage
from counter.scanning.pdf import ROTATIONS
from counter.workspace import Workspace

PERMISSION = "dossier.attach"


@dataclass(frozen=True)
class DraftPage:
    id: int
    position: int
    page_no: int
    sha256: str
    dpi: int
    mode: str
    rotation: int


def new_draft() -> str:
    """The name of a draft for a dossier still being entered (it has no code yet)."""
    return f"intake-{uuid.uuid4().hex}"


def dossier_draft(code: str) -> str:
    return f"dossier-{code}"


def _view(row: ScanPage) -> DraftPage:
    return DraftPage(row.id, row.position, row.page_no, row.sha256, row.dpi, row.mode,
                     row.rotation)


def _check_draft(draft: str) -> None:
    if not draft or len(draft) > 80:
        raise InputError("draft", "tên bản nháp quét không hợp lệ.")


def add_page(workspace: Workspace, draft: str, position: int, page: ScannedPage,
             actor: Actor) -> DraftPage:
    """Keep one scanned page at the end of document ``position`` of ``draft``."""
    check_permission(workspace, actor, PERMISSION, "scan", draft)
    _check_draft(draft)
    if position < 0:
        raise InputError("document", "số thứ tự giấy tờ không hợp lệ.")
    digest = workspace.files.put(page.png)
    with workspace.store.write() as session:
        count = session.scalar(select(func.count()).select_from(ScanPage).where(
            ScanPage.draft == draft, ScanPage.position == position)) or 0
        if count >= MAX_PAGES:
            raise InputError("pages", f"một giấy tờ quét tối đa {MAX_PAGES} trang.")
        last = session.scalar(select(func.max(ScanPage.page_no)).where(
            ScanPage.draft == draft, ScanPage.position == position))
        row = ScanPage(draft=draft, position=position, page_no=(last or 0) + 1, sha256=digest,
                       dpi=page.dpi, mode=page.mode, rotation=0, created_at=clock.now(),
                       created_by=actor.username)
        session.add(row)
        session.flush()
        return _view(row)


def pages_in(session: Session, draft: str, position: int | None = None) -> list[ScanPage]:
    query = select(ScanPage).where(ScanPage.draft == draft)
    if position is not None:
        query = query.where(ScanPage.position == position)
    return list(session.scalars(query.order_by(ScanPage.position, ScanPage.page_no,
                                               ScanPage.id)))


def draft_pages(workspace: Workspace, draft: str, position: int | None = None) -> list[DraftPage]:
    """The draft's pages in order (of one document, or of all)."""
    with workspace.store.read() as session:
        return [_view(row) for row in pages_in(session, draft, position)]


def page_image(workspace: Workspace, page: DraftPage) -> bytes:
    return workspace.files.get(page.sha256)


def _load(session: Session, page_id: int) -> ScanPage:
    row = session.get(ScanPage, page_id)
    if row is None:
        raise NotFoundError("Trang quét này không còn (đã xoá hoặc đã lưu vào hồ sơ).")
    return row


def rotate_page(workspace: Workspace, page_id: int, degrees: int, actor: Actor) -> DraftPage:
    """Turn a page clockwise by ``degrees`` (a multiple of 90)."""
    check_permission(workspace, actor, PERMISSION, "scan", str(page_id))
    if degrees % 90:
        raise InputError("rotation", "chỉ xoay được từng 90 độ.")
    with workspace.store.write() as session:
        row = _load(session, page_id)
        row.rotation = (row.rotation + degrees) % 360
        assert row.rotation in ROTATIONS
        return _view(row)


def delete_page(workspace: Workspace, page_id: int, actor: Actor) -> None:
    check_permission(workspace, actor, PERMISSION, "scan", str(page_id))
    with workspace.store.write() as session:
        session.delete(_load(session, page_id))


def move_page(workspace: Workspace, page_id: int, index: int, actor: Actor) -> list[DraftPage]:
    """Put a page at ``index`` (0-based) among its document's pages; the new order."""
    check_permission(workspace, actor, PERMISSION, "scan", str(page_id))
    with workspace.store.write() as session:
        row = _load(session, page_id)
        rows = [r for r in pages_in(session, row.draft, row.position) if r.id != row.id]
        rows.insert(max(0, min(index, len(rows))), row)
        for number, each in enumerate(rows, start=1):
            each.page_no = number
        return [_view(r) for r in rows]


def replace_page(workspace: Workspace, page_id: int, page: ScannedPage,
                 actor: Actor) -> DraftPage:
    """A page scanned again takes the place of the old one (same order, no rotation)."""
    check_permission(workspace, actor, PERMISSION, "scan", str(page_id))
    digest = workspace.files.put(page.png)
    with workspace.store.write() as session:
        row = _load(session, page_id)
        row.sha256, row.dpi, row.mode, row.rotation = digest, page.dpi, page.mode, 0
        return _view(row)


def discard(workspace: Workspace, draft: str, actor: Actor, position: int | None = None) -> int:
    """Forget the draft's pages (of one document, or all); how many."""
    check_permission(workspace, actor, PERMISSION, "scan", draft)
    with workspace.store.write() as session:
        query = delete(ScanPage).where(ScanPage.draft == draft)
        if position is not None:
            query = query.where(ScanPage.position == position)
        return session.execute(query).rowcount or 0  # type: ignore[attr-defined]


def page_thumbnail(workspace: Workspace, page: DraftPage, box: int = 200) -> bytes:
    """A small PNG of the page as it will be in the PDF (turned by its rotation)."""
    import io

    from PIL import Image

    image: Image.Image = Image.open(io.BytesIO(workspace.files.get(page.sha256)))
    image.thumbnail((box, box))
    if page.rotation:
        image = image.rotate(-page.rotation, expand=True)
    out = io.BytesIO()
    image.convert("L" if image.mode == "1" else image.mode).save(out, "PNG")
    return out.getvalue()


DRAFT_DAYS = 1  # pages of an intake never received are kept one day (ID cards are sensitive)


def discard_stale_drafts(workspace: Workspace, before: datetime) -> int:
    """Forget pages of intakes abandoned before ``before`` (a dossier never received: the
    app closed, the citizen left) and their files; how many pages. A dossier's own draft
    stays: it belongs to a received dossier and is finished from its detail screen."""
    with workspace.store.write() as session:
        stale = list(session.scalars(select(ScanPage).where(
            ScanPage.draft.startswith("intake-"), ScanPage.created_at < before)))
        digests = {row.sha256 for row in stale}
        for row in stale:
            session.delete(row)
        session.flush()
        kept = set(session.scalars(select(ScanPage.sha256).where(
            ScanPage.sha256.in_(sorted(digests)))))
        kept |= set(session.scalars(select(Attachment.sha256).where(
            Attachment.sha256.in_(sorted(digests)))))
    for digest in sorted(digests - kept):
        workspace.files.remove(digest)
    return len(stale)
