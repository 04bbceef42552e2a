"""Clear copies handed to an outside viewer (a decrypted scan, a printed form), kept in one
folder that the core owns and empties at logout, at exit and at the next start.

Attachments and prints are encrypted at rest; a viewer program needs an ordinary file.
Each installation has its own folder under the system temp folder, readable by its user
only, so removing them all never touches another installation's or another user's files.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path, PurePath

from counter.attachments import read_attachment
from counter.dossiers.model import AttachmentView
from counter.errors import StorageError, storage_error_from_os
from counter.roles import Actor
from counter.workspace import Workspace

FOLDER_PREFIX = "onestop-viewing-"


def _user_folder() -> Path:
    user = "".join(c for c in getpass.getuser() if c.isalnum() or c in "-_") or "user"
    return Path(tempfile.gettempdir()) / f"{FOLDER_PREFIX}{user}"


def view_copies_folder(data_dir: Path) -> Path:
    """Where the viewer copies of the installation in ``data_dir`` go (not created here)."""
    installation = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()
    return _user_folder() / installation[:16]


def _private_folder(path: Path) -> None:
    """Create ``path`` for this user only; refuse one planted by someone else or a link."""
    path.mkdir(mode=0o700, exist_ok=True)
    info = os.lstat(path)
    foreign = hasattr(os, "getuid") and info.st_uid != os.getuid()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or foreign:
        raise StorageError(f"Thư mục tạm {path} không thuộc người dùng này; không mở tệp ở đó.")
    os.chmod(path, 0o700)


def write_view_copy(data_dir: Path, filename: str, content: bytes) -> Path:
    """A clear copy of ``content`` named ``filename`` for an outside viewer."""
    name = PurePath(filename.replace("\\", "/")).name.strip() or "tep"
    folder = view_copies_folder(data_dir)
    try:
        _private_folder(folder.parent)
        _private_folder(folder)
        target = Path(tempfile.mkdtemp(dir=folder)) / name
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
    except OSError as error:
        raise storage_error_from_os(error, "Không tạo được bản xem tạm của tệp") from error
    return target


def open_attachment_for_viewing(workspace: Workspace, code: str, attachment: AttachmentView,
                                actor: Actor) -> Path:
    """Decrypt one attachment of dossier ``code`` into the viewer folder (audited as a read)."""
    content = read_attachment(workspace, code, attachment.sha256, actor)
    return write_view_copy(workspace.data_dir, attachment.filename, content)


def remove_view_copies(data_dir: Path) -> int:
    """Remove every viewer copy of this installation; how many files were removed."""
    folder = view_copies_folder(data_dir)
    if not folder.is_dir() or folder.is_symlink():
        return 0
    before = sum(1 for path in folder.rglob("*") if path.is_file())
    # A file a viewer still holds open (Windows) stays until the next start removes it.
    shutil.rmtree(folder, ignore_errors=True)
    left = sum(1 for path in folder.rglob("*") if path.is_file()) if folder.exists() else 0
    return before - left
