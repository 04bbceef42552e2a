"""``main.py print ...``: each form from a dossier in the right state, clear errors
otherwise, the tracking book for a range, output written whole or not at all."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from counter import clock
from counter.db.models import DossierEvent
from counter.forms.receipt_qr import read_receipt_qr
from counter.printing import list_printed
from counter.workspace import Workspace
from tests.forms import pdf_tools
from tests.printing.conftest import (
    MISSING_ITEMS,
    OFFICER_NAME,
    SUPERVISOR_NAME,
    receive,
    run_cli,
    stopped,
    through_every_letter,
)

ROOT = Path(__file__).resolve().parents[2]
A4_POINTS = (595.3, 841.9)


def _pdf(path: Path) -> str:
    return pdf_tools.text(path.read_bytes())


def _sizes(path: Path) -> list[tuple[float, float]]:
    return [(round(w, 1), round(h, 1)) for w, h in pdf_tools.page_sizes(path.read_bytes())]


def _folder(tmp_path: Path) -> Path:
    """Where the PDFs go: apart from the data directory, to see every file written."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_receipt_from_the_command_line(staffed: Workspace, tmp_path: Path) -> None:
    workspace = staffed
    view = receive(workspace)
    folder = _folder(tmp_path)
    out = folder / "giấy tiếp nhận.pdf"
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(workspace.data_dir), "print", "receipt",
         "--dossier", view.code, "--out", str(out), "--user", "canbo1", "--password-stdin"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, input="mat-khau-1\n",
    )
    assert done.returncode == 0, done.stderr
    assert view.code in done.stdout and "bản in lại" not in done.stdout
    text = _pdf(out)
    assert f"Mã hồ sơ: {view.code}" in text
    assert "Tiếp nhận hồ sơ của: Nguyễn Văn An" in text
    assert "Địa chỉ: Thôn 3, xã Tân Phú, tỉnh Đồng Nai" in text
    assert "(Liên 1)" in text and "(Liên 2)" in text
    assert OFFICER_NAME in text  # the officer who received it, by full name
    codes = dict(pdf_tools.decode_codes(out.read_bytes()))
    qr = read_receipt_qr(codes["QR-Code"])  # what Circular 01/2023/TT-VPCP asks for
    assert (qr.dossier_code, qr.procedure_code) == (view.code, view.procedure_code)
    assert qr.applicant_id == view.applicant.id_number and qr.applicant_id
    assert qr.appointment_at == view.due_at
    assert abs(qr.issued_at - view.received_at) < timedelta(seconds=1)
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary file left

    again = run_cli(workspace.data_dir, "print", "receipt", "--dossier", view.code,
                    "--out", str(out), "--a4", "--copy", "2")
    assert again.code == 0 and "(bản in lại)" in again.stdout
    assert _sizes(out) == [A4_POINTS]
    assert "BẢN IN LẠI" in _pdf(out) and "(Liên 1)" not in _pdf(out)
    history = run_cli(workspace.data_dir, "print", "history", "--dossier", view.code)
    lines = history.stdout.splitlines()
    assert len(lines) == 2 and lines[1].endswith("bản in lại") and "(Liên 2)\tA4" in lines[1]


def test_each_form_of_a_dossier_that_went_through_its_step(
    staffed: Workspace, tmp_path: Path
) -> None:
    workspace = staffed
    code = through_every_letter(workspace)
    data = workspace.data_dir

    def print_(form: str, *extra: str) -> str:
        out = tmp_path / f"{form}.pdf"
        done = run_cli(data, "print", form, "--dossier", code, "--out", str(out), *extra)
        assert done.code == 0, done.stderr
        return _pdf(out)

    completion = print_("completion-request", "--officer-phone", "0251 3 888 999")
    for item in MISSING_ITEMS:
        assert item["name"] in completion and item["reason"] in completion
    assert "Sửa đổi," in completion and "0251 3 888 999" in completion
    assert OFFICER_NAME in completion

    refusal = print_("refusal")
    assert "1. Chỗ ở không hợp pháp" in refusal
    assert "2. Không đủ điều kiện đăng ký thường trú" in refusal

    with workspace.store.read() as session:
        new_due = session.scalars(
            select(DossierEvent.due_at).where(DossierEvent.action == "extend_deadline")
        ).one()
    apology = print_("extension", "--signer-position", "Chủ tịch",
                     "--signer-name", "Phạm Minh Quân")
    assert "Cần xác minh chỗ ở hợp pháp tại địa phương" in apology
    assert f"{new_due:%H:%M} ngày {new_due:%d/%m/%Y}" in apology
    assert "CHỦ TỊCH" in apology and "Phạm Minh Quân" in apology

    slip = print_("control-slip")
    for step in ("Tiếp nhận hồ sơ", "Yêu cầu bổ sung hồ sơ", "Nhận hồ sơ bổ sung",
                 "Xin lỗi và gia hạn", "Từ chối giải quyết"):
        assert step in slip
    assert OFFICER_NAME in slip and SUPERVISOR_NAME in slip
    assert "Chỗ ở không hợp pháp; Không đủ điều kiện" in slip

    stop_code = stopped(workspace)
    out = tmp_path / "stop.pdf"
    done = run_cli(data, "print", "stop-notice", "--dossier", stop_code, "--out", str(out),
                   "--signer-position", "Phó Chủ tịch", "--signer-name", "Đỗ Quang Vinh")
    assert done.code == 0, done.stderr
    notice = _pdf(out)
    assert "Công dân đã chuyển đến tỉnh khác" in notice and "PHÓ CHỦ TỊCH" in notice
    assert [r.form for r in list_printed(workspace, code)] == [
        "completion-request", "refusal", "extension", "control-slip"
    ]


def test_a_form_the_dossier_has_no_step_for_is_a_clear_error(
    staffed: Workspace, tmp_path: Path
) -> None:
    workspace = staffed
    code = receive(workspace).code
    out = tmp_path / "x.pdf"
    for form, why in (
        ("refusal", "chưa bị từ chối giải quyết"),
        ("completion-request", "chưa có yêu cầu bổ sung"),
        ("extension", "chưa được gia hạn"),
        ("stop-notice", "chưa bị dừng giải quyết"),
    ):
        signer = ("--signer-position", "Chủ tịch", "--signer-name", "Quân")
        extra = signer if form in ("extension", "stop-notice") else ()
        done = run_cli(workspace.data_dir, "print", form, "--dossier", code, "--out", str(out),
                       *extra)
        assert done.code == 2
        assert done.stderr.startswith(f"Lỗi: Hồ sơ {code} {why}"), done.stderr
        assert "Đã tiếp nhận" in done.stderr
    unsigned = run_cli(workspace.data_dir, "print", "stop-notice", "--dossier", stopped(workspace),
                       "--out", str(out))
    assert unsigned.code == 2 and "--signer-position" in unsigned.stderr
    unknown = run_cli(workspace.data_dir, "print", "receipt", "--dossier", "KHONG-CO",
                      "--out", str(out))
    assert unknown.code == 2 and "Không tìm thấy hồ sơ có mã KHONG-CO" in unknown.stderr
    assert not out.exists()
    assert list_printed(workspace, code) == []


def test_a_bad_output_path_is_refused_before_printing(
    staffed: Workspace, tmp_path: Path
) -> None:
    workspace = staffed
    code = receive(workspace).code
    for out, message in (
        (tmp_path / "khong-co" / "a.pdf", "không tồn tại"),
        (tmp_path, "là một thư mục"),
    ):
        done = run_cli(workspace.data_dir, "print", "receipt", "--dossier", code,
                       "--out", str(out))
        assert done.code == 2 and done.stderr.startswith("Lỗi: --out:"), done.stderr
        assert message in done.stderr
    assert list_printed(workspace, code) == []


def test_an_existing_file_is_replaced_whole(staffed: Workspace, tmp_path: Path) -> None:
    workspace = staffed
    code = receive(workspace).code
    folder = _folder(tmp_path)
    out = folder / "phieu.pdf"
    out.write_bytes(b"old content")
    assert run_cli(workspace.data_dir, "print", "control-slip", "--dossier", code,
                   "--out", str(out)).code == 0
    assert out.read_bytes().startswith(b"%PDF-") and len(list(folder.iterdir())) == 1


def test_the_tracking_book_for_a_range(staffed: Workspace, tmp_path: Path) -> None:
    workspace = staffed
    today = clock.now().replace(second=0, microsecond=0)
    week_ago = (today - timedelta(days=7)).replace(hour=23, minute=30)
    old = receive(workspace, "Hoàng Văn Cũ", received_at=today - timedelta(days=30))
    late_evening = receive(workspace, "Đặng Thị Tối", received_at=week_ago)
    recent = receive(workspace, "Vũ Thị Mới")
    out = tmp_path / "so.pdf"
    done = run_cli(workspace.data_dir, "print", "book", "--from", f"{week_ago:%Y-%m-%d}",
                   "--to", f"{today:%Y-%m-%d}", "--out", str(out))
    assert done.code == 0, done.stderr
    assert "(2 hồ sơ)" in done.stdout
    pages = pdf_tools.page_texts(out.read_bytes())
    text = " ".join(pages)
    assert f"Từ ngày {week_ago:%d/%m/%Y} đến ngày {today:%d/%m/%Y}" in text
    assert late_evening.code in text and recent.code in text and old.code not in text
    assert "Đặng Thị Tối" in text and "Tổng số: 2 hồ sơ." in text
    assert set(_sizes(out)) == {(841.9, 595.3)}

    backwards = run_cli(workspace.data_dir, "print", "book", "--from", f"{today:%Y-%m-%d}",
                        "--to", f"{week_ago:%Y-%m-%d}", "--out", str(out))
    assert backwards.code == 2 and "Đến ngày" in backwards.stderr
    bad = run_cli(workspace.data_dir, "print", "book", "--from", "31/02/2025",
                  "--to", "2025-06-30", "--out", str(out))
    assert bad.code == 2 and "--from" in bad.stderr and "YYYY-MM-DD" in bad.stderr
    too_long = run_cli(workspace.data_dir, "print", "book", "--from", "2024-01-01",
                       "--to", "2025-06-30", "--out", str(out))
    assert too_long.code == 2 and "366 ngày" in too_long.stderr
    admin = run_cli(workspace.data_dir, "print", "book", "--from", "2025-06-01",
                    "--to", "2025-06-30", "--out", str(out), user="quantri")
    assert admin.code == 2 and "không được phép" in admin.stderr


def test_printing_is_core_and_loads_no_qt() -> None:
    probe = (
        "import sys, counter.printing, counter.cli.print_forms\n"
        "print(','.join(sorted(n for n in sys.modules if n.split('.')[0] in "
        "('PySide6', 'shiboken6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
