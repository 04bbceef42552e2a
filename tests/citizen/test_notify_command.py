"""``central-admin notify`` as a real process, configured by the server's settings.json, against
a real SMTP server on loopback; the settings file's types and templates are checked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from counter.dossiers.intake_file import parse_intake
from counter.errors import ConfigurationError, InputError
from sync.central.context import open_context
from sync.central.settings import check_template, load_settings
from tests.citizen.helpers import Counter
from tests.citizen.receivers import SmtpServer
from tests.sync.fixtures import StartServer
from tests.sync.processes import ROOT
from tests.sync.workstation import enrol_with


def _main(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def _write_settings(data_dir: Path, values: dict[str, object]) -> None:
    home = data_dir / "central"
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    (home / "settings.json").write_text(json.dumps(values), encoding="utf-8")


def test_notify_command_sends_by_smtp_from_the_settings_file(
    counter: Counter, tmp_path: Path, smtp_server: SmtpServer, start_server: StartServer
) -> None:
    central_dir = tmp_path / "central-data"
    _write_settings(central_dir, {
        "smtp_host": "127.0.0.1", "smtp_port": smtp_server.port,
        "smtp_from": "motcua@tanphu.example.vn", "smtp_starttls": False,
        "template_result_ready": "Hồ sơ {code} đã có kết quả.",
    })
    context = open_context(load_settings(central_dir))
    try:
        server = start_server(context)
        enrol_with(counter.workspace, counter.data_dir, context, server.url)
        request = parse_intake({
            "procedure_code": "1.004194",
            "applicant": {"full_name": "Nguyễn Văn An", "id_number": "001090123456",
                          "sex": "Nam", "address": "Thôn 3, xã Tân Phú"},
            "notification": {"consent": True, "channel": "email", "contact": "an@example.vn"},
        })
        from counter.dossiers.receive import receive_dossier
        from tests.sync.workstation import OFFICER

        view = receive_dossier(counter.workspace, request, OFFICER)
        counter.step(view.code, "start_processing")
        counter.step(view.code, "record_result")
        counter.sync()
    finally:
        server.stop()
        context.close()

    sent = _main(central_dir, "central-admin", "notify")
    assert sent.returncode == 0, sent.stderr
    assert "Đã gửi 1 thông báo" in sent.stdout
    [mail] = smtp_server.inbox.messages
    assert mail.get_content().strip() == f"Hồ sơ {view.code} đã có kết quả."
    again = _main(central_dir, "central-admin", "notify")
    assert "Đã gửi 0 thông báo" in again.stdout and len(smtp_server.inbox.messages) == 1
    listed = _main(central_dir, "central-admin", "list-notifications")
    assert f"{view.code}  result_ready  email  sent  1 lần" in listed.stdout


def test_the_settings_file_is_checked_by_type(tmp_path: Path) -> None:
    _write_settings(tmp_path, {"smtp_starttls": "yes"})
    with pytest.raises(ConfigurationError, match="'smtp_starttls' phải là true hoặc false"):
        load_settings(tmp_path)
    _write_settings(tmp_path, {"smtp_port": True})
    with pytest.raises(ConfigurationError, match="'smtp_port' phải là số nguyên"):
        load_settings(tmp_path)
    _write_settings(tmp_path, {"smtp_starttls": True, "smtp_port": 587})
    settings = load_settings(tmp_path)
    assert settings.smtp_starttls is True and settings.smtp_port == 587


def test_templates_with_unknown_fields_are_refused(tmp_path: Path) -> None:
    check_template("Hồ sơ {code}, hẹn {due}. {url} {missing}", "ok")
    with pytest.raises(ConfigurationError, match="trường không có: name"):
        check_template("Chào {name}", "template_result_ready")
    with pytest.raises(ConfigurationError, match="sai cú pháp"):
        check_template("Hồ sơ {code", "template_result_ready")
    with pytest.raises(ConfigurationError, match="template_deadline_moved"):
        _write_settings(tmp_path, {"template_deadline_moved": "{ten}"})
        load_settings(tmp_path)


def test_an_intake_file_with_a_bad_channel_is_refused() -> None:
    with pytest.raises(InputError, match=r"notification\.channel"):
        parse_intake({"procedure_code": "1.004194",
                      "applicant": {"full_name": "A", "id_number": "001090123456"},
                      "notification": {"consent": True, "channel": "fax"}})


def test_the_status_page_benchmark_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_status_page", "--dossiers", "20",
         "--lookups", "5"], cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for label in ("floor: GET /v1/time", "wrong check code", "unknown dossier code", "ratio"):
        assert label in result.stdout


def test_the_server_refuses_a_sending_interval_out_of_bounds(tmp_path: Path) -> None:
    refused = _main(tmp_path, "central", "--port", "0", "--notify-every", "99999")
    assert refused.returncode != 0
    assert "--notify-every" in refused.stderr + refused.stdout
