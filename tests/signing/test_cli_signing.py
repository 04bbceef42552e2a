"""``main.py sign`` and ``verify`` as a person at the counter would run them."""

from __future__ import annotations

import json
from pathlib import Path

from counter.attachments import add_attachment
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.roles import Actor, Role
from counter.workspace import Workspace
from tests.core.conftest import citizen
from tests.core.test_cli import ADMIN_PASSWORD, OFFICER_PASSWORD, as_user, run, set_up
from tests.signing.conftest import sample_pdf
from tests.signing.softhsm import make_ca, write_trust_folder

OFFICER = Actor("canbo1", Role.OFFICER)


def test_sign_then_verify_from_the_command_line(tmp_path: Path, token, trust_folder) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    set_up(data)
    settings = as_user(data, "quantri", ADMIN_PASSWORD, "signing-settings",
                       "--library", token.module, "--token-label", token.label,
                       "--trust-folder", str(trust_folder))
    assert settings.returncode == 0, settings.stderr
    assert json.loads(settings.stdout)["signing_library"] == token.module
    refused = as_user(data, "canbo1", OFFICER_PASSWORD, "signing-settings", "--library", "/x")
    assert refused.returncode == 2 and "không được phép" in refused.stderr
    with Workspace(data) as workspace:
        code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
        scan = add_attachment(workspace, code, "to-khai.pdf", sample_pdf(), OFFICER)

    wrong = as_user(data, "canbo1", OFFICER_PASSWORD, "sign", code, "--attachment",
                    str(scan.id), "--pin-stdin", stdin="000000\n")
    assert wrong.returncode == 2 and "PIN của token không đúng" in wrong.stderr
    no_pin = as_user(data, "canbo1", OFFICER_PASSWORD, "sign", code, "--attachment", str(scan.id))
    assert no_pin.returncode == 2 and "--pin-stdin" in no_pin.stderr

    out = tmp_path / "da-ky.pdf"
    signed = as_user(data, "canbo1", OFFICER_PASSWORD, "sign", code, "--attachment",
                     str(scan.id), "--pin-stdin", "--out", str(out), stdin=f"{token.pin}\n")
    assert signed.returncode == 0, signed.stderr
    assert "to-khai-da-ky.pdf" in signed.stdout and "UBND xã Tân Lập" in signed.stdout

    verified = run(data, "verify", str(out))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.startswith("Chữ ký số hợp lệ")
    as_json = json.loads(run(data, "verify", str(out), "--json").stdout)
    assert as_json["status"] == "valid" and as_json["signatures"][0]["signer"]

    other = write_trust_folder(tmp_path / "other", make_ca("CA lạ"))
    untrusted = run(data, "verify", str(out), "--trust-folder", str(other))
    assert untrusted.returncode == 1 and "không được tin cậy" in untrusted.stdout
    changed = bytearray(out.read_bytes())
    changed[len(changed) // 4] ^= 0x20
    (tmp_path / "sua.pdf").write_bytes(bytes(changed))
    invalid = run(data, "verify", str(tmp_path / "sua.pdf"))
    assert invalid.returncode == 1 and "KHÔNG hợp lệ" in invalid.stdout
    missing = run(data, "verify", str(tmp_path / "none.pdf"))
    assert missing.returncode == 2 and "không đọc được tệp" in missing.stderr
