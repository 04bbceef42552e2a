"""Dossier codes: format, blocks, the journal, concurrency, crashes and restored backups."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from counter.codes.allocate import (
    add_block,
    allocate_code,
    blocks_for,
    next_book_number,
    next_in_blocks,
    raise_floor,
    static_block,
)
from counter.codes.format import format_code, parse_code
from counter.codes.journal import CodeJournal
from counter.db.models import CodeBlock, Dossier
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.errors import CodeSpaceExhaustedError, ConfigurationError, InputError
from tests.core.conftest import AGENCY, OFFICER, citizen, make_workspace

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 3, 2)


def test_format_and_parse() -> None:
    code = format_code("000.00.12.H42", date(2023, 6, 1), 3)
    assert code == "000.00.12.H42-230601-0003"
    parsed = parse_code(code)
    assert (parsed.agency_code, parsed.day, parsed.number) == ("000.00.12.H42", date(2023, 6, 1), 3)
    for bad, why in (
        ("", "không đúng dạng <mã cơ quan>-YYMMDD-NNNN"),
        ("abc", "không đúng dạng <mã cơ quan>-YYMMDD-NNNN"),
        ("000.00.12.H42-2306010003", "không đúng dạng <mã cơ quan>-YYMMDD-NNNN"),
        ("000.00.12.H42-230631-0003", "có ngày không hợp lệ"),
        ("000.00.12.H42-230601-0000", "có số thứ tự 0000"),
    ):
        with pytest.raises(InputError, match=rf"^code: mã hồ sơ {re.escape(repr(bad))} {why}\.$"):
            parse_code(bad)
    with pytest.raises(InputError, match=r"^number: số thứ tự 10000 nằm ngoài 1–9999\.$"):
        format_code("000.00.12.H42", DAY, 10_000)


def test_next_in_blocks() -> None:
    blocks = [(1, 3), (101, 102)]
    assert next_in_blocks(blocks, 0) == 1
    assert next_in_blocks(blocks, 2) == 3
    assert next_in_blocks(blocks, 3) == 101
    assert next_in_blocks(blocks, 50) == 101
    assert next_in_blocks(blocks, 102) is None
    assert next_in_blocks([], 0) is None


def test_static_blocks_partition_the_day() -> None:
    shares = [static_block(slot, 7) for slot in range(1, 8)]
    numbers = [n for first, last in shares for n in range(first, last + 1)]
    assert len(numbers) == len(set(numbers)) == 9999
    for slot, slots in ((0, 3), (4, 3), (1, 100), (100, 100), (1, 0)):
        with pytest.raises(InputError, match=SLOT_REFUSED):
            static_block(slot, slots)


SLOT_REFUSED = r"^slot: số thứ tự máy trạm phải từ 1 đến tổng số máy \(tối đa 99\)\.$"


def test_static_blocks_for_one_and_for_99_workstations() -> None:
    assert static_block(1, 1) == (1, 9999)
    assert static_block(2, 7) == (1429, 2856)
    assert static_block(7, 7) == (8569, 9999)  # the last share takes the remainder
    assert static_block(1, 99) == (1, 101)
    assert static_block(98, 99) == (9798, 9898)
    assert static_block(99, 99) == (9899, 9999)


def test_journal_survives_torn_lines_and_compaction(tmp_path: Path) -> None:
    journal = CodeJournal(tmp_path / "codes.journal")
    journal.record("A", DAY, 5)
    journal.record("A", DAY, 6)
    with (tmp_path / "codes.journal").open("ab") as handle:
        handle.write(b"A|260302|9")  # torn: no newline, as after a power cut
    assert CodeJournal(tmp_path / "codes.journal").highest("A", DAY) == 6
    journal.compact()
    other = CodeJournal(tmp_path / "codes.journal")
    assert other.highest("A", DAY) == 6
    assert other.highest("A", date(2026, 3, 3)) == 0


def test_codes_follow_blocks_and_run_out(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.store.write() as session:
        for row in session.scalars(select(CodeBlock)):
            session.delete(row)
    with workspace.store.write() as session, pytest.raises(ConfigurationError):
        allocate_code(session, workspace.journal(), AGENCY.code, DAY)
    with workspace.store.write() as session:
        add_block(session, AGENCY.code, 10, 11, valid_from=DAY, valid_to=DAY, source="central")
        add_block(session, AGENCY.code, 500, 500, valid_from=DAY, source="central")
    issued = []
    for _ in range(3):
        with workspace.store.write() as session:
            issued.append(allocate_code(session, workspace.journal(), AGENCY.code, DAY))
    assert [parse_code(c).number for c in issued] == [10, 11, 500]
    with workspace.store.write() as session, pytest.raises(CodeSpaceExhaustedError):
        allocate_code(session, workspace.journal(), AGENCY.code, DAY)
    with workspace.store.write() as session:
        # The next day only the open-ended block is valid.
        code = allocate_code(session, workspace.journal(), AGENCY.code, date(2026, 3, 3))
    assert parse_code(code).number == 500


def _run_workers(commands: list[list[str]], timeout: float = 120) -> list[str]:
    processes = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
                 for cmd in commands]
    codes: list[str] = []
    for process in processes:
        out, _ = process.communicate(timeout=timeout)
        assert process.returncode == 0
        codes.extend(out.split())
    return codes


def _worker(data_dir: Path, count: int, slot: int = 1, slots: int = 1) -> list[str]:
    return [sys.executable, "-m", "tests.core.intake_worker", str(data_dir), str(count),
            str(slot), str(slots)]


def test_unique_across_offline_workstations_of_one_agency(tmp_path: Path) -> None:
    workers = [_worker(tmp_path / f"ws{slot}", 25, slot, 3) for slot in (1, 2, 3)]
    codes = _run_workers(workers)
    assert len(codes) == 75
    assert len(set(codes)) == 75
    assert {parse_code(c).agency_code for c in codes} == {AGENCY.code}


def test_unique_with_two_processes_on_one_workstation(tmp_path: Path) -> None:
    make_workspace(tmp_path / "ws").close()
    codes = _run_workers([_worker(tmp_path / "ws", 20), _worker(tmp_path / "ws", 20)])
    assert len(codes) == len(set(codes)) == 40


def test_no_reuse_after_a_crash_mid_intake(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    make_workspace(data_dir).close()
    process = subprocess.Popen(_worker(data_dir, 100_000), cwd=ROOT, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    printed = []
    deadline = time.monotonic() + 60
    while len(printed) < 15 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if line:
            printed.append(line.strip())
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert len(printed) >= 15
    workspace = make_workspace(data_dir)
    with workspace.store.read() as session:
        stored = list(session.scalars(select(Dossier.code)))
        assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert set(printed) <= set(stored)  # printed only after commit: all there
    after = [receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
             for _ in range(5)]
    assert not set(after) & set(stored)
    workspace.close()


def test_no_reuse_after_restoring_an_old_backup(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    workspace = make_workspace(data_dir)
    request = IntakeRequest("1.004194", citizen())
    before = [receive_dossier(workspace, request, OFFICER).code for _ in range(3)]
    workspace.close()
    backup = tmp_path / "backup.db"
    shutil.copy2(data_dir / "counter.db", backup)
    workspace = make_workspace(data_dir)
    lost = [receive_dossier(workspace, request, OFFICER).code for _ in range(3)]
    workspace.close()
    # The database comes back from yesterday's backup; the code journal lives on.
    for suffix in ("-wal", "-shm"):
        (data_dir / f"counter.db{suffix}").unlink(missing_ok=True)
    shutil.copy2(backup, data_dir / "counter.db")
    workspace = make_workspace(data_dir)
    with workspace.store.read() as session:
        assert set(session.scalars(select(Dossier.code))) == set(before)
    again = [receive_dossier(workspace, request, OFFICER).code for _ in range(3)]
    workspace.close()
    assert not set(again) & (set(lost) | set(before))


def _only_blocks(workspace, *blocks: tuple[str, int, int, date]) -> None:  # type: ignore[no-untyped-def]
    """Replace the workstation's blocks by ``(agency, first, last, valid_from)``."""
    with workspace.store.write() as session:
        for row in session.scalars(select(CodeBlock)):
            session.delete(row)
    with workspace.store.write() as session:
        for agency, first, last, valid_from in blocks:
            add_block(session, agency, first, last, valid_from=valid_from, source="central")


def _allocate(workspace, day: date = DAY, agency: str = AGENCY.code) -> str:  # type: ignore[no-untyped-def]
    with workspace.store.write() as session:
        return allocate_code(session, workspace.journal(), agency, day)


NO_BLOCK = (r"^Máy trạm chưa được cấp dải số mã hồ sơ\. Hãy đồng bộ với hệ thống trung tâm "
            r"hoặc thiết lập số thứ tự máy trạm \(python main\.py setup --slot N --slots M\)\.$")


def test_the_first_code_of_a_day_is_0001(workspace) -> None:  # type: ignore[no-untyped-def]
    assert _allocate(workspace) == "000.00.12.H42-260302-0001"
    assert _allocate(workspace) == "000.00.12.H42-260302-0002"
    assert _allocate(workspace, date(2026, 3, 3)) == "000.00.12.H42-260303-0001"


def test_each_agency_counts_its_own_codes(workspace) -> None:  # type: ignore[no-untyped-def]
    _only_blocks(workspace, (AGENCY.code, 1, 9999, DAY), ("000.00.12.H43", 1, 9999, DAY))
    assert _allocate(workspace) == "000.00.12.H42-260302-0001"
    assert _allocate(workspace) == "000.00.12.H42-260302-0002"
    assert _allocate(workspace, agency="000.00.12.H43") == "000.00.12.H43-260302-0001"


def test_a_block_leased_for_a_later_day_is_not_used_today(workspace) -> None:  # type: ignore[no-untyped-def]
    _only_blocks(workspace, (AGENCY.code, 300, 399, date(2026, 3, 3)))
    with pytest.raises(ConfigurationError, match=NO_BLOCK):
        _allocate(workspace)
    assert _allocate(workspace, date(2026, 3, 3)) == "000.00.12.H42-260303-0300"


def test_a_block_of_another_agency_is_not_used(workspace) -> None:  # type: ignore[no-untyped-def]
    _only_blocks(workspace, ("000.00.12.H43", 1, 9999, DAY))
    with pytest.raises(ConfigurationError, match=NO_BLOCK):
        _allocate(workspace)
    with workspace.store.read() as session:
        assert blocks_for(session, AGENCY.code, DAY) == []
        assert blocks_for(session, "000.00.12.H43", DAY) == [(1, 9999)]


def test_blocks_are_listed_in_order_and_stored_as_given(workspace) -> None:  # type: ignore[no-untyped-def]
    _only_blocks(workspace, (AGENCY.code, 500, 500, DAY), (AGENCY.code, 10, 11, DAY))
    with workspace.store.write() as session:
        add_block(session, AGENCY.code, 20, 30)
        assert blocks_for(session, AGENCY.code, DAY) == [(10, 11), (20, 30), (500, 500)]
        stored = session.scalars(select(CodeBlock).where(CodeBlock.first == 20)).one()
        assert (stored.source, stored.valid_from, stored.valid_to) == (
            "static", date(2000, 1, 1), None)
        leased = session.scalars(select(CodeBlock).where(CodeBlock.first == 500)).one()
        assert (leased.agency_code, leased.last, leased.source, leased.valid_from) == (
            AGENCY.code, 500, "central", DAY)


@pytest.mark.parametrize(("first", "last"), [(0, 5), (5, 4), (1, 10_000)])
def test_a_block_outside_1_to_9999_is_refused(workspace, first: int, last: int) -> None:  # type: ignore[no-untyped-def]
    with workspace.store.write() as session, pytest.raises(
        InputError, match=rf"^block: dải số {first}–{last} không hợp lệ \(1–9999\)\.$"
    ):
        add_block(session, AGENCY.code, first, last)
    with workspace.store.write() as session:
        add_block(session, AGENCY.code, 1, 9999)
        add_block(session, AGENCY.code, 9999, 9999)


def test_running_out_of_numbers_names_the_day(workspace) -> None:  # type: ignore[no-untyped-def]
    _only_blocks(workspace, (AGENCY.code, 9999, 9999, DAY))
    assert _allocate(workspace) == "000.00.12.H42-260302-9999"
    with pytest.raises(CodeSpaceExhaustedError, match=(
        r"^Đã dùng hết dải số mã hồ sơ của máy trạm cho ngày 02/03/2026\. "
        r"Hãy đồng bộ để được cấp thêm dải số\.$"
    )):
        _allocate(workspace)


def test_raising_the_floor_skips_numbers_the_server_saw(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.store.write() as session:
        raise_floor(session, AGENCY.code, DAY, 7)
    assert _allocate(workspace) == "000.00.12.H42-260302-0008"
    with workspace.store.write() as session:
        raise_floor(session, AGENCY.code, DAY, 3)  # lower: changes nothing
    assert _allocate(workspace) == "000.00.12.H42-260302-0009"
    with workspace.store.write() as session:
        raise_floor(session, AGENCY.code, DAY, 20)
    assert _allocate(workspace) == "000.00.12.H42-260302-0021"
    # Other days and agencies keep their own counters.
    assert _allocate(workspace, date(2026, 3, 3)) == "000.00.12.H42-260303-0001"


def test_a_transaction_that_fails_gives_its_number_back(workspace) -> None:  # type: ignore[no-untyped-def]
    assert _allocate(workspace) == "000.00.12.H42-260302-0001"
    with pytest.raises(InputError, match=r"^x: refused$"), workspace.store.write() as session:
        assert allocate_code(session, workspace.journal(), AGENCY.code, DAY).endswith("-0002")
        raise InputError("x", "refused")
    assert workspace.journal().highest(AGENCY.code, DAY) == 1
    assert _allocate(workspace) == "000.00.12.H42-260302-0002"
    assert workspace.journal().highest(AGENCY.code, DAY) == 2


def test_the_tracking_book_counts_from_1_each_year(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.store.write() as session:
        numbers = [next_book_number(session, 2026) for _ in range(3)]
        numbers.append(next_book_number(session, 2027))
    with workspace.store.write() as session:
        numbers.append(next_book_number(session, 2026))
    assert numbers == [1, 2, 3, 1, 4]
