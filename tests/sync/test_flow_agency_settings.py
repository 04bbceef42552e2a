"""Flow: a province sets its agencies' printed names, the information system named in the
receipt's QR code and the contact of forms 02-03 centrally; a workstation pulls them and
its next receipt carries them (a real central server on loopback, zbarimg on the page)."""

from __future__ import annotations

import json
from pathlib import Path

from counter.agencies import find_agency
from counter.dossiers.transitions import get_dossier
from counter.forms.from_dossier import receipt_pdf
from counter.forms.receipt_qr import read_receipt_qr
from sync.central import admin
from sync.central.context import CentralContext
from tests.forms import pdf_tools
from tests.sync.fixtures import StartServer
from tests.sync.helpers import AGENCY
from tests.sync.workstation import OFFICER, enrol_with, receive, set_up, sync

SYSTEM = "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Đồng Nai"


def test_agency_settings_set_centrally_reach_the_printed_receipt(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server = start_server(sqlite_context)
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    try:
        enrol_with(workspace, data_dir, sqlite_context, server.url)
        document = tmp_path / "co-quan.json"
        document.write_text(json.dumps({"agencies": [{
            "code": AGENCY, "name": "Ủy ban nhân dân xã Tân Phú", "level": "commune",
            "parent_name": "Ủy ban nhân dân xã Tân Phú",
            "unit_name": "Trung tâm Phục vụ hành chính công xã Tân Phú",
            "place_name": "Tân Phú", "issuing_system": SYSTEM,
            "contact": "số điện thoại 0251 3 777 888",
        }]}, ensure_ascii=False), encoding="utf-8")
        admin.load_catalogue(sqlite_context, document)
        assert sync(workspace, data_dir).pulled["agencies"] == 1

        with workspace.store.read() as session:
            agency = find_agency(session, AGENCY)
        assert agency is not None
        assert (agency.issuing_system, agency.contact) == (SYSTEM, "số điện thoại 0251 3 777 888")
        code = receive(workspace, 1)[0]
        view = get_dossier(workspace, code, OFFICER)
        pdf = receipt_pdf(view, agency, "Trần Văn Bình")
        assert "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" in pdf_tools.text(pdf)
        qr = read_receipt_qr(dict(pdf_tools.decode_codes(pdf))["QR-Code"])
        assert (qr.issuing_system, qr.dossier_code) == (SYSTEM, code)
    finally:
        workspace.close()
