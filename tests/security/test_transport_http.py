"""The token and citizens' data never travel over plain http:// (except to this computer,
or on a test bench with the loudly named lab option)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from counter.accounts import create_first_admin
from counter.doctor import Level
from counter.errors import InputError
from sync.client.config import SyncConfig, load_config, save_config
from sync.doctor import check_central
from sync.transport import (
    LAB_HTTP_ENV,
    Transport,
    TransportSettings,
    check_server_url,
)
from tests.core.conftest import make_workspace
from tests.ui.conftest import (  # noqa: F401  (GUI fixtures)
    PASSWORD,
    card_identity,
    context,
    prepared_dir,
    ready_dir,
    window,
)
from tests.ui.helpers import logged_in, settle, type_text
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
LOOPBACK = ["http://127.0.0.1:8000", "http://127.8.9.10/api", "http://[::1]:8443",
            "http://localhost:8000", "http://LOCALHOST", "https://motcua.example.gov.vn"]
OUTSIDE = ["http://motcua.example.gov.vn", "http://192.0.2.10:8000", "http://10.0.0.1",
           "http://127.0.0.1.example.com", "http://localhost@192.0.2.10/",
           "http://[2001:db8::1]/", "HTTP://192.0.2.10"]


@pytest.mark.parametrize("url", LOOPBACK)
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    assert check_server_url(url) == url


@pytest.mark.parametrize("url", OUTSIDE)
def test_plain_http_to_another_computer_is_refused(url: str) -> None:
    with pytest.raises(InputError) as refused:
        check_server_url(url)
    assert refused.value.field == "server_url"
    assert "http:// không mã hoá" in refused.value.reason
    assert "https://" in refused.value.reason


@pytest.mark.parametrize("url", ["ftp://192.0.2.10", "motcua.example.gov.vn", "https://", ""])
def test_other_schemes_and_malformed_addresses_are_refused(url: str) -> None:
    with pytest.raises(InputError) as refused:
        check_server_url(url)
    assert "phải bắt đầu bằng https://" in refused.value.reason


def test_the_lab_option_allows_http_but_nothing_else() -> None:
    assert check_server_url("http://192.0.2.10", allow_insecure_http_for_lab_only=True)
    with pytest.raises(InputError):
        check_server_url("ftp://192.0.2.10", allow_insecure_http_for_lab_only=True)


def test_the_transport_refuses_before_sending_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LAB_HTTP_ENV, raising=False)
    with pytest.raises(InputError) as refused:
        Transport(TransportSettings("http://192.0.2.10:8000", token="bí-mật"))
    assert "http:// không mã hoá" in refused.value.reason
    Transport(TransportSettings("http://127.0.0.1:9")).close()
    monkeypatch.setenv(LAB_HTTP_ENV, "1")
    settings = TransportSettings("http://192.0.2.10:8000")
    assert settings.allow_insecure_http_for_lab_only is True
    Transport(settings).close()
    monkeypatch.setenv(LAB_HTTP_ENV, "yes")  # only exactly "1" switches it on
    assert TransportSettings("http://192.0.2.10").allow_insecure_http_for_lab_only is False


def test_sync_command_refuses_an_http_server(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    workspace = make_workspace(data_dir)
    create_first_admin(workspace, "quantri", "Quản trị viên", "mat-khau-quan-tri")
    workspace.close()
    env = {k: v for k, v in os.environ.items() if k != LAB_HTTP_ENV}
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "sync",
         "--server", "http://192.0.2.10:8000", "--enrol", "ma-dang-ky",
         "--user", "quantri", "--password-stdin"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
        input="mat-khau-quan-tri\n",
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "http:// không mã hoá" in result.stderr
    assert load_config(data_dir).server_url == ""


def test_doctor_flags_an_http_server_as_a_problem(data_dir: Path) -> None:
    save_config(data_dir, SyncConfig(server_url="http://192.0.2.10:8000", token="t"))
    result = check_central(data_dir)
    assert result.level is Level.PROBLEM
    assert "http:// không mã hoá" in result.detail
    assert "https://" in result.advice and LAB_HTTP_ENV in result.advice


def test_enrol_dialog_refuses_http(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    monkeypatch.delenv(LAB_HTTP_ENV, raising=False)

    logged_in(qtbot, window, "quantri", PASSWORD)
    window.work.open_enrolment()
    dialog = window.work.enrol_dialog
    settle(qtbot, window.context)
    type_text(qtbot, dialog.server_url, "http://192.0.2.10:8000")
    type_text(qtbot, dialog.code, "ma-dang-ky")
    dialog.submit.click()
    settle(qtbot, window.context)
    assert dialog.isVisible() and dialog.message.is_error
    assert "http:// không mã hoá" in dialog.message.text()
    assert load_config(window.context.workspace.data_dir).server_url == ""
    dialog.close()
    window.log_out()
