"""Encryption at rest: no readable personal data on disk, wrong keys, old data migrated."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from counter.db.encrypt import is_plaintext_sqlite
from counter.db.models import Dossier
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.errors import StorageError
from counter.security.keys import SECRET_ENV
from counter.setup import SetupRequest, load_seed_catalogue, set_up_workstation
from counter.workspace import Workspace
from tests.core.conftest import ADMIN, AGENCY, OFFICER, citizen, make_workspace

NAME = "Nguyễn Thị Bích Ngọc"
ID_NUMBER = "001190054321"
ADDRESS = "Xóm Đồng Chùa, xã Tân Phú"


def _receive(workspace: Workspace) -> str:
    applicant = citizen(NAME, ID_NUMBER)
    request = IntakeRequest("1.004194", applicant, notes=ADDRESS)
    return receive_dossier(workspace, request, OFFICER).code


def _readable_anywhere(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            found += [f"{path.name}: {n!r}" for n in needles if n in content]
    return found


def _needles() -> list[bytes]:
    return [NAME.encode("utf-8"), ID_NUMBER.encode("ascii"), b"Bich Ngoc", b"bich ngoc",
            "Bích".encode("utf-16-le"), ADDRESS.encode("utf-8")]


def test_no_personal_data_readable_in_the_data_folder(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    code = _receive(workspace)
    digest = workspace.files.put(f"Ảnh chụp CCCD của {NAME}, số {ID_NUMBER}".encode())
    assert NAME in workspace.files.get(digest).decode()
    workspace.close()
    assert is_plaintext_sqlite(data_dir / "counter.db") is False
    assert _readable_anywhere(data_dir, _needles()) == []
    reopened = Workspace(data_dir)
    with reopened.store.read() as session:
        assert session.scalar(select(Dossier.applicant_name).where(Dossier.code == code)) == NAME
    reopened.close()


def test_the_same_data_unencrypted_is_readable(data_dir: Path) -> None:
    """The check above can fail: without encryption the needles are found."""
    workspace = Workspace(data_dir, encrypted=False)
    set_up_workstation(workspace, SetupRequest(AGENCY, "Quầy 1"), ADMIN)
    load_seed_catalogue(workspace)
    _receive(workspace)
    workspace.close()
    assert _readable_anywhere(data_dir, _needles())


def test_an_unencrypted_installation_is_migrated_in_place(data_dir: Path) -> None:
    plain = Workspace(data_dir, encrypted=False)
    set_up_workstation(plain, SetupRequest(AGENCY, "Quầy 1"), ADMIN)
    load_seed_catalogue(plain)
    code = _receive(plain)
    digest = plain.files.put(f"scan of {NAME}".encode())
    plain.close()
    assert is_plaintext_sqlite(data_dir / "counter.db")
    encrypted = Workspace(data_dir)
    with encrypted.store.read() as session:
        assert session.scalar(select(Dossier.applicant_name).where(Dossier.code == code)) == NAME
    assert encrypted.files.get(digest) == f"scan of {NAME}".encode()
    _receive(encrypted)
    encrypted.close()
    assert not is_plaintext_sqlite(data_dir / "counter.db")
    assert _readable_anywhere(data_dir, _needles()) == []


def test_wrong_secret_is_refused_and_nothing_changes(data_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "mã bí mật đúng")
    workspace = make_workspace(data_dir)
    _receive(workspace)
    workspace.close()
    snapshot = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    monkeypatch.setenv(SECRET_ENV, "mã bí mật sai")
    with pytest.raises(StorageError, match="Sai khoá giải mã"):
        Workspace(data_dir)
    monkeypatch.delenv(SECRET_ENV)
    with pytest.raises(StorageError, match=SECRET_ENV):
        Workspace(data_dir)
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == snapshot
    monkeypatch.setenv(SECRET_ENV, "mã bí mật đúng")
    Workspace(data_dir).close()


def test_a_lost_key_file_gives_a_clear_message(data_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    make_workspace(data_dir).close()
    monkeypatch.setenv("ONESTOP_KEY_DIR", str(tmp_path / "elsewhere"))
    with pytest.raises(StorageError, match="khoá giải mã"):
        Workspace(data_dir)


def test_a_tampered_file_is_detected(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    digest = workspace.files.put(b"scanned page")
    path = workspace.files.path_of(digest)
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(StorageError, match="bị hỏng"):
        workspace.files.get(digest)
    workspace.close()
