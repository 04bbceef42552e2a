"""Attaching scans and photos to a dossier: stored by hash, listed on the dossier, audited."""

from __future__ import annotations

import pytest

from counter.attachments import add_attachment, read_attachment
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import get_dossier
from counter.errors import InputError, NotFoundError, PermissionDeniedError
from counter.roles import Actor, Role
from tests.core.conftest import OFFICER, citizen


def test_a_scan_is_kept_and_listed(workspace) -> None:  # type: ignore[no-untyped-def]
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    added = add_attachment(workspace, code, "C:\\scans\\to-khai.pdf", b"%PDF-1.4 scan", OFFICER)

    assert (added.filename, added.media_type, added.size) == ("to-khai.pdf", "application/pdf", 13)
    view = get_dossier(workspace, code, OFFICER)
    assert [a.sha256 for a in view.attachments] == [added.sha256]
    assert read_attachment(workspace, code, added.sha256, OFFICER) == b"%PDF-1.4 scan"


def test_bad_attachments_change_nothing(workspace) -> None:  # type: ignore[no-untyped-def]
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    with pytest.raises(InputError, match="rỗng"):
        add_attachment(workspace, code, "empty.jpg", b"", OFFICER)
    with pytest.raises(NotFoundError):
        add_attachment(workspace, "000.00.12.H42-990101-0001", "a.jpg", b"x", OFFICER)
    with pytest.raises(PermissionDeniedError):
        add_attachment(workspace, code, "a.jpg", b"x", Actor("qt", Role.ADMIN))
    with pytest.raises(InputError, match="không thuộc"):
        read_attachment(workspace, code, "0" * 64, OFFICER)
    assert get_dossier(workspace, code, OFFICER).attachments == ()
