"""Signing a dossier's digitised copy: a new signed version beside the untouched original."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter.attachments import add_attachment, read_attachment
from counter.db.models import AttachmentSignature, AuditEvent
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import get_dossier
from counter.errors import InputError, PermissionDeniedError
from counter.roles import Actor, Role
from counter.settings import set_setting
from counter.signing.errors import WrongPinError
from counter.signing.service import (
    TokenSettings,
    sign_attachment,
    signed_versions,
    token_settings,
    trust_store,
    verify_file,
)
from counter.signing.verify import VALID
from tests.core.conftest import OFFICER, citizen
from tests.signing.conftest import sample_pdf


def configure(workspace, token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    with workspace.store.write() as session:
        set_setting(session, "signing_library", token.module)
        set_setting(session, "signing_token_label", token.label)
        set_setting(session, "signing_trust_folder", str(trust_folder))


def test_signing_adds_a_signed_version_and_keeps_the_original(workspace, token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    configure(workspace, token, trust_folder)
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    original = sample_pdf()
    scan = add_attachment(workspace, code, "giay-khai-sinh.pdf", original, OFFICER)

    result = sign_attachment(workspace, code, scan.id, token.pin, OFFICER)

    assert result.attachment.filename == "giay-khai-sinh-da-ky.pdf"
    assert result.source_id == scan.id and result.signer == "UBND xã Tân Lập"
    view = get_dossier(workspace, code, OFFICER)
    assert [a.id for a in view.attachments] == [scan.id, result.attachment.id]
    assert read_attachment(workspace, code, scan.sha256, OFFICER) == original
    signed = read_attachment(workspace, code, result.attachment.sha256, OFFICER)
    assert verify_file(signed, trust_store(workspace)).status == VALID
    assert signed_versions(workspace, scan.id) == [result.attachment.id]
    with workspace.store.read() as session:
        row = session.scalars(select(AttachmentSignature)).one()
        assert (row.signed_by, row.issuer) == (OFFICER.username, "Test Root CA Việt Nam")
        actions = list(session.scalars(select(AuditEvent.action)))
    assert "dossier.sign_attachment" in actions


def test_a_failed_signature_writes_nothing(workspace, token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    configure(workspace, token, trust_folder)
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    scan = add_attachment(workspace, code, "a.pdf", sample_pdf(), OFFICER)
    photo = add_attachment(workspace, code, "a.jpg", b"\xff\xd8\xff jpeg", OFFICER)

    with pytest.raises(WrongPinError):
        sign_attachment(workspace, code, scan.id, "999999", OFFICER)
    with pytest.raises(InputError, match="chỉ ký được tệp PDF"):
        sign_attachment(workspace, code, photo.id, token.pin, OFFICER)
    with pytest.raises(InputError, match="không có tệp số"):
        sign_attachment(workspace, code, 9999, token.pin, OFFICER)
    with pytest.raises(PermissionDeniedError):
        sign_attachment(workspace, code, scan.id, token.pin, Actor("team", Role.VILLAGE_TEAM))
    assert [a.id for a in get_dossier(workspace, code, OFFICER).attachments] == [scan.id, photo.id]
    with workspace.store.read() as session:
        assert session.scalars(select(AttachmentSignature)).all() == []
        refused = session.execute(select(AuditEvent.action, AuditEvent.detail)
                                  .where(AuditEvent.action == "dossier.sign_refused")).all()
    assert refused == [("dossier.sign_refused", f"attachment={scan.id} wrong_pin")]


def test_settings_name_the_token_and_the_trust_store(workspace, token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    assert token_settings(workspace) == TokenSettings("", "")
    assert trust_store(workspace).empty
    configure(workspace, token, trust_folder)
    assert token_settings(workspace) == TokenSettings(token.module, token.label)
    assert len(trust_store(workspace).roots) == 1
