"""``catalogue import``: a province's annex (xlsx, docx) and a portal detail page, preview
then --apply, bad rows named and nothing half-imported; ``add``/``edit``/``retire``/``show``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counter.catalogue.admin import apply_import, plan_import
from counter.catalogue.annex import parse_fee, parse_time, read_annex
from counter.catalogue.importing import read_import_file
from counter.catalogue.portal import read_portal_page
from counter.catalogue.service import get_procedure
from counter.deadlines.compute import ProcessingTime
from counter.errors import InputError, NotFoundError
from tests.core.conftest import ADMIN
from tests.core.test_cli import ADMIN_PASSWORD, OFFICER_PASSWORD, as_user, run, set_up
from tests.data.catalogue.build_samples import ROWS, build_docx, build_xlsx

DATA = Path(__file__).resolve().parents[1] / "data" / "catalogue"
XLSX = DATA / "annex-3218-QD-UBND-Quang-Binh.xlsx"
DOCX = DATA / "annex-3218-QD-UBND-Quang-Binh.docx"
PORTAL = DATA / "portal-1.004194.html"


@pytest.mark.parametrize("path", [XLSX, DOCX])
def test_the_annex_of_a_published_decision(path: Path) -> None:
    annex = read_annex(path)
    assert annex.decision == "3218/QĐ-UBND"
    first, second = annex.procedures
    assert first.code == "3218/QĐ-UBND#1" and "code" in first.unverified
    assert first.name.startswith("Hỗ trợ chi phí nâng cao hiệu quả chăn nuôi")
    assert first.processing_note.startswith("90 ngày")  # calendar days, kept as written
    assert first.processing == ProcessingTime.days(64) and "processing_time" in first.unverified
    assert first.fee.kind == "free" and first.handling_agency == "UBND cấp huyện"
    assert first.legal_basis[0].startswith("Điều 8, Điều 14, Nghị định số 106/2024/NĐ-CP")
    assert first.valid_from is not None and first.valid_from.isoformat() == "2024-11-18"
    assert second.processing == ProcessingTime.days(28)


def test_readers_of_times_and_fees() -> None:
    assert parse_time("Trong ngày") == (ProcessingTime.same_day(), False)
    assert parse_time("03 ngày làm việc") == (ProcessingTime.days(3), False)
    assert parse_time("8 giờ làm việc") == (ProcessingTime.hours(8), False)
    with pytest.raises(ValueError):
        parse_time("theo quy định")
    assert parse_fee("50.000 đồng/hồ sơ")[0].amount == 50_000
    assert parse_fee("Không")[0].kind == "free"
    rule, guessed = parse_fee("Theo Nghị quyết của HĐND tỉnh")
    assert rule.varies_by_province and guessed


def test_portal_detail_page() -> None:
    info = read_portal_page(PORTAL)
    assert (info.code, info.name) == ("1.004194", "Đăng ký tạm trú")
    assert info.processing == ProcessingTime.days(3) and info.fee.amount == 15_000
    assert [(c.channel, c.fee.amount if c.fee else None) for c in info.channels] == [
        ("online", 7000)]
    assert [(d.originals, d.copies) for d in info.documents] == [(1, 0), (0, 1)]
    assert info.legal_basis[0] == "68/2020/QH14 Luật Cư trú"


def test_bad_rows_are_named_and_nothing_is_imported(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.xlsx"
    broken = (ROWS[0], (ROWS[1][0], ROWS[1][1], "theo quy định", *ROWS[1][3:]),
              ("3", "", "5 ngày làm việc", "", "Không", "", ""))
    build_xlsx(bad, broken)
    with pytest.raises(InputError) as error:
        read_import_file(bad)
    message = error.value.reason
    assert "dòng 7, cột Thời hạn giải quyết" in message and "dòng 8, cột Tên TTHC" in message
    assert "không nhập gì" in message
    docx = tmp_path / "bad.docx"
    build_docx(docx, broken)
    with pytest.raises(InputError, match="cột Thời hạn giải quyết"):
        read_import_file(docx)
    with pytest.raises(InputError):
        read_import_file(tmp_path / "none.xlsx")
    (tmp_path / "junk.xlsx").write_bytes(b"not a zip")
    with pytest.raises(InputError, match="không đọc được tệp Excel"):
        read_import_file(tmp_path / "junk.xlsx")


def test_preview_then_apply_in_one_transaction(workspace) -> None:  # type: ignore[no-untyped-def]
    procedures, source = read_import_file(XLSX)
    with workspace.store.read() as session:
        assert [c.action for c in plan_import(session, procedures)] == ["add", "add"]
    with pytest.raises(NotFoundError):
        get_procedure(workspace.store, "3218/QĐ-UBND#1")
    report = apply_import(workspace, procedures, ADMIN, source)
    assert report.added == 2
    with workspace.store.read() as session:
        assert [c.action for c in plan_import(session, procedures)] == ["unchanged"] * 2


def test_cli_import_add_edit_retire_show(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    set_up(data_dir)
    preview = as_user(data_dir, "quantri", ADMIN_PASSWORD, "catalogue", "import", str(XLSX))
    assert preview.returncode == 0, preview.stderr
    assert "thêm: 3218/QĐ-UBND#1" in preview.stdout and "Chưa nhập gì" in preview.stdout
    assert run(data_dir, "catalogue", "show", "3218/QĐ-UBND#1").returncode != 0
    applied = as_user(data_dir, "quantri", ADMIN_PASSWORD, "catalogue", "import", str(XLSX),
                      "--apply")
    assert applied.returncode == 0 and "thêm 2" in applied.stdout, applied.stderr
    portal = as_user(data_dir, "quantri", ADMIN_PASSWORD, "catalogue", "import", str(PORTAL),
                     "--apply")
    assert portal.returncode == 0 and "cập nhật" not in portal.stdout.split("Tổng")[0]
    refused = as_user(data_dir, "canbo1", OFFICER_PASSWORD, "catalogue", "import", str(XLSX))
    assert refused.returncode == 2 and "không được phép" in refused.stderr

    procedure = {"code": "9.000010", "name": "Thủ tục thêm bằng dòng lệnh",
                 "processing_time": {"kind": "working_days", "amount": 2},
                 "fee": {"kind": "fixed", "amount": 30000},
                 "channels": [{"channel": "online", "fee": {"kind": "fixed", "amount": 15000}}],
                 "documents": [{"name": "Đơn đề nghị", "originals": 1}]}
    path = tmp_path / "procedure.json"
    path.write_text(json.dumps(procedure, ensure_ascii=False), encoding="utf-8")
    added = as_user(data_dir, "quantri", ADMIN_PASSWORD, "catalogue", "add", str(path))
    assert added.returncode == 0 and "Đã thêm thủ tục 9.000010" in added.stdout, added.stderr
    path.write_text(json.dumps(dict(procedure, processing_time={"kind": "same_day"}),
                               ensure_ascii=False), encoding="utf-8")
    edited = as_user(data_dir, "quantri", ADMIN_PASSWORD, "catalogue", "edit", str(path))
    assert edited.returncode == 0 and "phiên bản mới" in edited.stdout, edited.stderr
    shown = json.loads(run(data_dir, "catalogue", "show", "9.000010", "--all-versions").stdout)
    assert [v["active"] for v in shown] == [True, False] and shown[1]["retired_on"]
    assert shown[0]["channels"][0]["fee"]["amount"] == 15000
    retired = as_user(data_dir, "quantri", ADMIN_PASSWORD, "catalogue", "retire", "9.000010")
    assert retired.returncode == 0, retired.stderr
    again = as_user(data_dir, "quantri", ADMIN_PASSWORD, "catalogue", "retire", "9.000010")
    assert again.returncode != 0 and "đã ngừng áp dụng" in again.stderr


def test_broken_files_are_refused_with_a_message(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Mã thủ tục: 1.000001</p><table><tr><td>x",
                    encoding="utf-8")
    with pytest.raises(InputError):  # no name, no table of channels
        read_import_file(page)
    page.write_bytes(PORTAL.read_bytes().replace("Trực tuyến".encode(), b"Fax"))
    with pytest.raises(InputError, match="không biết hình thức"):
        read_import_file(page)
    truncated = tmp_path / "cut.docx"
    truncated.write_bytes(DOCX.read_bytes()[:200])
    with pytest.raises(InputError, match="không đọc được tệp Word"):
        read_import_file(truncated)
    with pytest.raises(InputError, match=r"\.json"):
        read_import_file(PORTAL.with_name("build_samples.py"))
