"""Sign a dossier's attachment with the agency's token; check a file's signatures.

Signing makes a new attachment (``<name>-da-ky.pdf``) next to the unsigned original,
which is never changed, and a :class:`AttachmentSignature` row linking the two; both are
written in one transaction with the audit entry, after the token has signed. A wrong PIN,
a missing token or a bad file stops before anything is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import select

from counter import audit, clock
from counter.access import check_permission
from counter.agencies import find_agency
from counter.db.models import Attachment, AttachmentSignature
from counter.dossiers.model import AttachmentView
from counter.dossiers.transitions import load_dossier
from counter.errors import InputError
from counter.roles import Actor
from counter.settings import get_setting
from counter.signing.errors import SigningError
from counter.signing.pdf_sign import check_pdf, sign_pdf
from counter.signing.token import find_signing_key, token_session
from counter.signing.trust import SignatureTrustStore, load_trust_store
from counter.signing.verify import SignatureVerdict, verify_pdf
from counter.workspace import Workspace

SIGNED_SUFFIX = "-da-ky"
REASON = "Ký số bản điện tử của hồ sơ"


@dataclass(frozen=True)
class TokenSettings:
    library: str
    label: str = ""


@dataclass(frozen=True)
class SignedAttachment:
    attachment: AttachmentView
    source_id: int
    signer: str
    issuer: str
    signed_at: datetime


def token_settings(workspace: Workspace) -> TokenSettings:
    with workspace.store.read() as session:
        return TokenSettings(str(get_setting(session, "signing_library")),
                             str(get_setting(session, "signing_token_label")))


def trust_store(workspace: Workspace) -> SignatureTrustStore:
    with workspace.store.read() as session:
        folder = str(get_setting(session, "signing_trust_folder"))
    return load_trust_store(folder)


def signed_name(filename: str) -> str:
    stem = PurePath(filename).stem
    return f"{stem[:280]}{SIGNED_SUFFIX}.pdf"


def _common_name(der: bytes, part: str) -> str:
    from asn1crypto import x509 as asn1_x509

    name = getattr(asn1_x509.Certificate.load(der), part)
    return str(name.native.get("common_name") or name.human_friendly)[:300]


def _source(workspace: Workspace, code: str, attachment_id: int) -> tuple[Attachment, str]:
    with workspace.store.read() as session:
        row = load_dossier(session, code)
        source = next((a for a in row.attachments if a.id == attachment_id), None)
        if source is None:
            raise InputError("attachment", f"hồ sơ {row.code} không có tệp số {attachment_id}.")
        if source.purged_at is not None:
            raise InputError("attachment", "tệp này đã được xoá khỏi máy trạm theo thời hạn lưu "
                                           "giữ: không ký được ở đây.")
        agency = find_agency(session, row.agency_code)
        session.expunge(source)
        return source, agency.name if agency else row.agency_code


def sign_attachment(workspace: Workspace, code: str, attachment_id: int, pin: str,
                    actor: Actor, token: TokenSettings | None = None) -> SignedAttachment:
    """Sign attachment ``attachment_id`` of dossier ``code`` into a new signed attachment."""
    check_permission(workspace, actor, "dossier.sign", "dossier", code)
    source, agency = _source(workspace, code, attachment_id)
    content = workspace.files.get(source.sha256)
    check_pdf(content)  # before the token is asked for anything
    token = token or token_settings(workspace)
    moment = clock.now()
    try:
        with token_session(token.library, pin, token.label) as session:
            key = find_signing_key(session)
            signed = sign_pdf(content, session, key, agency, REASON, moment)
    except SigningError as error:  # a wrong PIN or a missing token is worth a trace
        with workspace.store.write() as session:
            audit.record(session, actor, "dossier.sign_refused", "dossier", code,
                         f"attachment={attachment_id} {error.code}")
        raise
    signer = _common_name(key.certificate_der, "subject")
    issuer = _common_name(key.certificate_der, "issuer")
    digest = workspace.files.put(signed)
    name = signed_name(source.filename)
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        attachment = Attachment(
            dossier_id=row.id, sha256=digest, filename=name, media_type="application/pdf",
            size=len(signed), kind=source.kind, added_at=moment, added_by=actor.username,
        )
        session.add(attachment)
        session.flush()
        session.add(AttachmentSignature(
            attachment_id=attachment.id, source_id=source.id, signer=signer, issuer=issuer,
            certificate_sha256=hashlib.sha256(key.certificate_der).hexdigest(),
            signed_at=moment, signed_by=actor.username,
        ))
        row.updated_at = moment
        audit.record(session, actor, "dossier.sign_attachment", "dossier", row.code,
                     f"source={source.sha256} signed={digest} signer={signer}")
        view = AttachmentView(digest, name, "application/pdf", len(signed), source.kind, moment,
                              actor.username, attachment.id)
    return SignedAttachment(view, source.id, signer, issuer, moment)


def signed_versions(workspace: Workspace, source_id: int) -> list[int]:
    """The attachments that are signed versions of ``source_id``, oldest first."""
    with workspace.store.read() as session:
        return list(session.scalars(
            select(AttachmentSignature.attachment_id)
            .where(AttachmentSignature.source_id == source_id)
            .order_by(AttachmentSignature.id)
        ))


def verify_file(content: bytes, trust: SignatureTrustStore) -> SignatureVerdict:
    return verify_pdf(content, trust)


def verify_attachment(workspace: Workspace, code: str, attachment_id: int,
                      actor: Actor) -> SignatureVerdict:
    """The signature verdict on attachment ``attachment_id`` of dossier ``code``, checked
    against this workstation's trust store (shown when the file is opened)."""
    check_permission(workspace, actor, "dossier.view", "dossier", code)
    source, _agency = _source(workspace, code, attachment_id)
    content = workspace.files.get(source.sha256)
    return verify_pdf(content, trust_store(workspace))
