"""Synthetic but realistic dossiers for benchmarks: Vietnamese names, bulk-inserted."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from counter import clock
from counter.codes.allocate import raise_floor
from counter.db.models import Dossier
from counter.text import fold
from counter.workspace import Workspace

SURNAMES = ["Nguyễn"] * 38 + ["Trần"] * 11 + ["Lê"] * 10 + ["Phạm"] * 7 + ["Hoàng"] * 5 + [
    "Huỳnh", "Huỳnh", "Phan", "Phan", "Vũ", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đinh", "Mai", "Trịnh", "Lương", "Tạ", "Quách"]
MIDDLE = ["Văn", "Thị", "Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Quang", "Thu",
          "Xuân", "Hoàng", "Kim", "Bảo", "Gia", "Mạnh", "Công", "Thành", "Diệu"]
GIVEN = ["An", "Anh", "Bình", "Chi", "Cường", "Dũng", "Duy", "Giang", "Hà", "Hải", "Hạnh",
         "Hiếu", "Hoa", "Hùng", "Hương", "Huy", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh",
         "Nam", "Nga", "Ngọc", "Nhung", "Phong", "Phương", "Quân", "Quỳnh", "Sơn", "Tâm",
         "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Tú", "Vân", "Việt", "Vy", "Yến"]
PROCEDURES = [("1.001193", "Đăng ký khai sinh", "same_day", 0.0),
              ("2.000815", "Chứng thực bản sao từ bản chính", "same_day", 0.0),
              ("1.004222", "Đăng ký thường trú", "working_days", 7.0),
              ("1.004194", "Đăng ký tạm trú", "working_days", 3.0)]
STATUSES = ["received", "processing", "result_ready", "returned", "returned", "returned"]


def random_name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def bulk_dossiers(workspace: Workspace, count: int, seed: int = 7, batch: int = 20_000) -> None:
    """Insert ``count`` dossiers straight into the tables (Core inserts, no services)."""
    identity = workspace.identity()
    rng = random.Random(seed)
    start = clock.now() - timedelta(days=720)
    with workspace.store.write() as session:
        first_id = (session.execute(text("SELECT coalesce(max(id), 0) FROM dossier")).scalar()
                    or 0) + 1
    span = timedelta(days=720).total_seconds()
    per_day: dict[str, int] = {}
    done = 0
    while done < count:
        size = min(batch, count - done)
        rows: list[dict[str, Any]] = []
        fts: list[dict[str, Any]] = []
        for i in range(size):
            n = first_id + done + i
            received = start + timedelta(seconds=(done + i) * span / count)
            day = f"{received:%y%m%d}"
            per_day[day] = per_day.get(day, 0) + 1
            name = random_name(rng)
            id_number = f"{rng.randint(1, 96):03d}{rng.randint(0, 3)}{rng.randint(40, 99):02d}" \
                        f"{rng.randint(0, 999_999):06d}"
            code, proc_name, kind, amount = rng.choice(PROCEDURES)
            status = rng.choice(STATUSES)
            due = received + timedelta(days=3)
            rows.append({
                "id": n, "code": f"{identity.agency.code}-{day}-{per_day[day]:04d}",
                "procedure_code": code, "procedure_version": "2025.07", "procedure_name": proc_name,
                "processing_kind": kind, "processing_amount": amount,
                "agency_code": identity.agency.code, "workstation_id": identity.workstation.id,
                "channel": "counter", "applicant_kind": "person", "person_id": None,
                "applicant": {"full_name": name, "id_number": id_number, "kind": "person"},
                "applicant_name": name, "applicant_id_number": id_number, "sets_count": 1,
                "fee_amount": 0, "fee_detail": {}, "fee_paid": True, "fee_method": "",
                "fee_receipt_number": "", "received_at": received, "clock_started_at": received,
                "due_at": due, "paused_at": None,
                "finished_at": due if status in ("result_ready", "returned") else None,
                "status": status, "result_delivery": "counter", "delivery_address": "",
                "notes": "", "satisfaction": None, "book_volume": str(received.year),
                "book_number": n, "created_by": "bench", "updated_at": received,
            })
            fts.append({"id": n, "name": fold(name)})
        with workspace.store.write() as session:
            session.execute(insert(Dossier), rows)
            session.execute(text("INSERT INTO dossier_fts(rowid, name) VALUES (:id, :name)"), fts)
        done += size
    with workspace.store.write() as session:  # the codes used are never issued again
        for day, number in per_day.items():
            raise_floor(session, identity.agency.code, datetime.strptime(day, "%y%m%d").date(),
                        number)
