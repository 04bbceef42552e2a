"""Taking a step issues its form, in the core: the command line prints form 03 on a
refusal like the desktop app does; a step without a form prints nothing; a form that
cannot be made leaves the step taken and says why."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from counter.printing import form_issued_by, list_printed, take_step
from counter.workspace import Workspace
from tests.core.conftest import OFFICER, SUPERVISOR
from tests.forms import pdf_tools
from tests.printing.conftest import receive, run_cli


def test_each_step_issues_its_own_form() -> None:
    issued = {
        action: form.number if (form := form_issued_by(action)) else None
        for action in ("request_supplement", "refuse", "extend_deadline", "stop",
                       "start_processing", "supplement", "return_result")
    }
    assert issued == {"request_supplement": "02", "refuse": "03", "extend_deadline": "04",
                      "stop": "05", "start_processing": None, "supplement": None,
                      "return_result": None}


def test_a_refusal_on_the_command_line_prints_form_03(staffed: Workspace) -> None:
    workspace = staffed
    code = receive(workspace).code
    done = run_cli(workspace.data_dir, "dossier", "act", code, "refuse",
                   "--reason", "Không đủ điều kiện đăng ký thường trú")
    assert done.code == 0, done.stderr
    [record] = list_printed(workspace, code)
    assert (record.form, record.form_number, record.printed_by, record.reprint) == (
        "refusal", "03", "canbo1", False)
    archived = workspace.files.path_of(record.sha256)
    assert done.stdout.splitlines() == [
        done.stdout.splitlines()[0],
        f"Đã in Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ (lưu kèm hồ sơ, bản in số "
        f"{record.id}): {archived}",
    ]
    assert "Từ chối giải quyết" in done.stdout.splitlines()[0]
    assert Path(archived).is_file()
    text = pdf_tools.text(workspace.files.get(record.sha256))
    assert "Không đủ điều kiện đăng ký thường trú" in text and code in text


def test_a_step_without_a_form_prints_nothing(staffed: Workspace) -> None:
    workspace = staffed
    code = receive(workspace).code
    done = run_cli(workspace.data_dir, "dossier", "act", code, "start_processing")
    assert done.code == 0, done.stderr
    assert "Đã in" not in done.stdout and list_printed(workspace, code) == []


def test_a_form_that_cannot_be_made_leaves_the_step_taken(workspace: Workspace) -> None:
    view = receive(workspace)
    later = view.due_at + timedelta(days=2)
    taken = take_step(workspace, view.code, "extend_deadline", SUPERVISOR,
                      reason="Cần xác minh thêm", new_due=later)
    assert taken.view.due_at == later and taken.printed is None
    assert taken.form_error == (
        "Người ký: Văn bản xin lỗi và đề nghị gia hạn cần chức vụ và họ tên người ký.")
    assert list_printed(workspace, view.code) == []


def test_the_command_line_signs_form_05(staffed: Workspace) -> None:
    workspace = staffed
    code = receive(workspace).code
    done = run_cli(workspace.data_dir, "dossier", "act", code, "stop", "--reason",
                   "Công dân chuyển đi nơi khác",
                   "--signer-position", "Chủ tịch", "--signer-name", "Lê Văn Tám",
                   user=SUPERVISOR.username)
    assert done.code == 0, done.stderr
    [record] = list_printed(workspace, code)
    assert record.form_number == "05"
    assert "Lê Văn Tám" in pdf_tools.text(workspace.files.get(record.sha256))


def test_a_refused_step_prints_no_form(staffed: Workspace) -> None:
    workspace = staffed
    code = receive(workspace).code
    done = run_cli(workspace.data_dir, "dossier", "act", code, "refuse")
    assert done.code != 0 and "cần ghi rõ lý do" in done.stderr
    assert list_printed(workspace, code) == []
    assert take_step(workspace, code, "refuse", OFFICER, reason="Sai thủ tục").printed
