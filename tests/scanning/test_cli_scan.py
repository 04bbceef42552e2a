"""``main.py scan ...`` through the real SANE test backend, as a logged-in officer."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from counter.attachments import read_attachment
from counter.dossiers.transitions import get_dossier
from counter.workspace import Workspace
from tests.core.conftest import OFFICER
from tests.core.test_cli import OFFICER_PASSWORD, set_up
from tests.scanning.sane_env import SaneTestScanners

ROOT = Path(__file__).resolve().parents[2]


def main(data_dir: Path, sane: SaneTestScanners, *args: str,
         stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, input=stdin,
                          env={**os.environ, **sane.env})


def officer(data_dir: Path, sane: SaneTestScanners, *args: str) -> subprocess.CompletedProcess[str]:
    return main(data_dir, sane, *args, "--user", "canbo1", "--password-stdin",
                stdin=f"{OFFICER_PASSWORD}\n")


def test_scan_list_and_scan_into_a_dossiers_document(tmp_path: Path) -> None:
    sane = SaneTestScanners(tmp_path / "sane")
    data = tmp_path / "data"
    listed = main(data, sane, "scan", "list")
    assert listed.returncode == 0 and "test:0" in listed.stdout and "test:1" in listed.stdout

    set_up(data)
    intake = tmp_path / "in.json"
    intake.write_text('{"procedure_code": "1.004194", "applicant": {"full_name": '
                      '"Phạm Minh Tuấn", "id_number": "036095001122"}}', encoding="utf-8")
    code = officer(data, sane, "intake", "--json", str(intake)).stdout.strip()

    anonymous = main(data, sane, "scan", "into", code, "--document", "2")
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    scanned = officer(data, sane, "scan", "into", code, "--document", "2", "--source", "adf",
                      "--pages", "3", "--mode", "grey", "--dpi", "100", "--device", "test:1")
    assert scanned.returncode == 0, scanned.stderr
    assert "Đã quét 3 trang vào giấy tờ 2" in scanned.stdout
    wrong = officer(data, sane, "scan", "into", code, "--document", "9")
    assert wrong.returncode == 2 and "1 đến 2" in wrong.stderr
    reused = officer(data, sane, "scan", "reuse", code, "--document", "1", "--from",
                     "Cơ sở dữ liệu quốc gia về dân cư")
    assert reused.returncode == 0, reused.stderr

    sane.unplug()
    gone = officer(data, sane, "scan", "into", code, "--document", "2")
    assert gone.returncode == 2 and "Không thấy máy quét nào" in gone.stderr

    with Workspace(data) as workspace:
        documents = get_dossier(workspace, code, OFFICER).documents
        assert [d.state for d in documents] == ["reused", "digitised"]
        pdf = read_attachment(workspace, code, documents[1].digitised, OFFICER)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3
