"""Migration 0008: a database of the previous version keeps its procedures and dossiers,
which get their handling agency, retirement date and catalogue channel."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from counter.db import migrate
from counter.db.store import Store


def test_existing_data_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "counter.db"
    engine = create_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    with engine.begin() as connection:
        for code, version, active in (("1.004222", "2025.07", 1), ("1.004222", "2024.01", 0)):
            connection.execute(text(
                "INSERT INTO procedure (code, version, name, field, level, agency_level, "
                "processing_kind, processing_amount, processing_note, fee, documents, result, "
                "legal_basis, conditions, active, search_text, source, imported_at) VALUES "
                "(:code, :version, 'Đăng ký thường trú', '', 'commune', 'Công an cấp xã', "
                "'working_days', 7, '', '{\"kind\":\"free\"}', '[]', '', '[]', '', :active, '', "
                "'seed', '2026-03-02 02:30:00')"), {"code": code, "version": version,
                                                    "active": active})
        connection.execute(text(
            "INSERT INTO dossier (code, procedure_code, procedure_version, procedure_name, "
            "processing_kind, processing_amount, agency_code, workstation_id, channel, "
            "applicant_kind, applicant, applicant_name, applicant_id_number, sets_count, "
            "fee_amount, fee_detail, fee_paid, fee_method, fee_receipt_number, received_at, "
            "clock_started_at, due_at, status, result_delivery, delivery_address, notes, "
            "book_volume, book_number, created_by, updated_at) VALUES ('X-1', '1.004222', "
            "'2025.07', 'Đăng ký thường trú', 'working_days', 7, 'A', 'w', 'post', 'person', "
            "'{}', 'An', '', 1, 0, '{}', 1, '', '', '2026-03-02 02:30:00', "
            "'2026-03-02 02:30:00', '2026-03-11 10:00:00', 'received', 'counter', '', '', "
            "'2026', 1, 'canbo1', '2026-03-02 02:30:00')"))
    engine.dispose()
    store = Store(path)  # upgrades to the head
    with store.read() as session:
        rows = session.execute(text(
            "SELECT version, handling_agency, retired_on, terms FROM procedure ORDER BY version"
        )).all()
        dossier = session.execute(text(
            "SELECT procedure_terms, unlisted FROM dossier")).one()
    store.dispose()
    assert [(r.version, r.handling_agency, r.retired_on) for r in rows] == [
        ("2024.01", "Công an cấp xã", "2026-03-02"), ("2025.07", "Công an cấp xã", None)]
    assert json.loads(rows[0].terms)["cases"] == []
    assert json.loads(dossier.procedure_terms) == {"case": "", "case_name": "",
                                                   "channel": "post"}
    assert dossier.unlisted == 0
