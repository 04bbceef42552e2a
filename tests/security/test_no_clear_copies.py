"""A decrypted attachment opened in an outside viewer leaves no clear copy behind: the copies
live in one folder the core owns and are removed at logout, at exit and at the next start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter.attachments import add_attachment
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.errors import InputError, StorageError
from counter.viewing import (
    open_attachment_for_viewing,
    remove_view_copies,
    view_copies_folder,
    write_view_copy,
)
from counter.workspace import Workspace
from tests.core.conftest import OFFICER, citizen, make_workspace
from tests.ui.conftest import (  # noqa: F401  (GUI fixtures)
    PASSWORD,
    card_identity,
    context,
    prepared_dir,
    ready_dir,
    window,
)
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle
from ui.main_window import MainWindow
from ui.qt import QDesktopServices, QObject, QUrl, Slot

ROOT = Path(__file__).resolve().parents[2]
SCAN = b"%PDF-1.4 to khai cua cong dan Nguyen Van An, so dinh danh 001090123456\n"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = make_workspace(data_dir)
    yield ws
    remove_view_copies(ws.data_dir)
    ws.close()


def _dossier_with_scan(workspace: Workspace, filename: str = "to-khai.pdf") -> tuple[str, object]:
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    attachment = add_attachment(workspace, code, filename, SCAN, OFFICER)
    return code, attachment


def test_a_viewer_copy_is_private_and_in_the_core_folder(workspace: Workspace) -> None:
    code, attachment = _dossier_with_scan(workspace)
    path = open_attachment_for_viewing(workspace, code, attachment, OFFICER)  # type: ignore[arg-type]
    folder = view_copies_folder(workspace.data_dir)
    assert path.read_bytes() == SCAN
    assert path.name == "to-khai.pdf"
    assert folder in path.parents
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    # Two openings of the same file do not overwrite each other.
    again = open_attachment_for_viewing(workspace, code, attachment, OFFICER)  # type: ignore[arg-type]
    assert again != path and again.read_bytes() == SCAN


def test_removing_takes_every_copy_and_only_this_installations(workspace: Workspace,
                                                              tmp_path: Path) -> None:
    code, attachment = _dossier_with_scan(workspace)
    first = open_attachment_for_viewing(workspace, code, attachment, OFFICER)  # type: ignore[arg-type]
    second = write_view_copy(workspace.data_dir, "../../bien-nhan.pdf", b"%PDF receipt")
    assert second.parent.parent == view_copies_folder(workspace.data_dir)
    other_installation = tmp_path / "other-data"
    other = write_view_copy(other_installation, "khac.pdf", b"%PDF other")
    try:
        assert remove_view_copies(workspace.data_dir) == 2
        assert not first.exists() and not second.exists()
        assert not view_copies_folder(workspace.data_dir).exists()
        assert other.read_bytes() == b"%PDF other"
        assert remove_view_copies(workspace.data_dir) == 0
    finally:
        remove_view_copies(other_installation)
    assert not other.exists()


def test_copies_left_by_a_killed_process_go_at_the_next_start(workspace: Workspace) -> None:
    code, _attachment = _dossier_with_scan(workspace)
    workspace.close()
    # Another process opens the scan and dies without cleaning up (a crash, a power cut).
    script = (
        "import os, sys\n"
        "from counter.dossiers.transitions import get_dossier\n"
        "from counter.viewing import open_attachment_for_viewing\n"
        "from counter.workspace import Workspace\n"
        "from tests.core.conftest import OFFICER\n"
        "ws = Workspace(sys.argv[1])\n"
        "view = get_dossier(ws, sys.argv[2], OFFICER)\n"
        "print(open_attachment_for_viewing(ws, sys.argv[2], view.attachments[0], OFFICER),"
        " flush=True)\n"
        "os._exit(0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(workspace.data_dir), code],
                            cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    left = Path(result.stdout.strip())
    assert left.read_bytes() == SCAN
    restarted = Workspace(workspace.data_dir)
    try:
        assert remove_view_copies(restarted.data_dir) == 1
    finally:
        restarted.close()
    assert not left.exists()


def test_no_copy_of_a_file_from_another_dossier(workspace: Workspace) -> None:
    _code, attachment = _dossier_with_scan(workspace)
    other = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    with pytest.raises(InputError):
        open_attachment_for_viewing(workspace, other, attachment, OFFICER)  # type: ignore[arg-type]
    assert not view_copies_folder(workspace.data_dir).exists()


def test_a_planted_link_is_not_followed(workspace: Workspace, tmp_path: Path) -> None:
    folder = view_copies_folder(workspace.data_dir)
    folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder.symlink_to(elsewhere)
    try:
        with pytest.raises(StorageError):
            write_view_copy(workspace.data_dir, "x.pdf", SCAN)
        assert list(elsewhere.iterdir()) == []
    finally:
        folder.unlink()


class _Viewer(QObject):
    """Stands in for the desktop's PDF viewer: Qt hands it the file URL it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


def _open_scan_in_viewer(qtbot, main: MainWindow, code: str, viewer: _Viewer) -> Path:  # type: ignore[no-untyped-def]
    logged_in(qtbot, main, "canbo1", PASSWORD)
    assert main.work is not None
    main.work.open_dossier(code)
    detail = main.work.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == code,
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: detail.attachments.count() == 1, timeout=TIMEOUT_MS)
    count = len(viewer.opened)
    detail.open_attachment(detail.attachments.item(0))
    qtbot.waitUntil(lambda: len(viewer.opened) == count + 1, timeout=TIMEOUT_MS)
    return viewer.opened[-1]


def test_gui_copies_are_gone_after_logout_and_exit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    workspace = window.context.workspace
    code, _attachment = _dossier_with_scan(workspace)
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        opened = _open_scan_in_viewer(qtbot, window, code, viewer)
        assert opened.read_bytes() == SCAN
        assert view_copies_folder(workspace.data_dir) in opened.parents
        window.log_out()
        settle(qtbot, window.context)
        assert not opened.exists()

        opened = _open_scan_in_viewer(qtbot, window, code, viewer)
        assert opened.read_bytes() == SCAN
        window.close()
        settle(qtbot, window.context)
        assert not opened.exists()
    finally:
        QDesktopServices.unsetUrlHandler("file")
