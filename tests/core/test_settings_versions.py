"""The stored settings carry a version: older documents are upgraded step by step, a newer
one is read as it is and never changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from counter.db.models import Setting
from counter.db.store import Store
from counter.errors import DatabaseTooNewError, InputError, StorageError
from counter.settings import (
    SETTINGS_VERSION,
    VERSION_KEY,
    get_setting,
    set_setting,
    stored_version,
    upgrade_document,
    upgrade_stored_settings,
)
from counter.workspace import Workspace

VERSION_0_DOCUMENT = {
    "retention_days": " 45",
    "due_soon_working_hours": 4,
    "working_weekdays": [0, 1, 2, 3, 4, 5],
    "language": "vi",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "counter.db")
    yield store
    store.dispose()


def write_rows(store: Store, rows: dict[str, Any]) -> None:
    with store.write() as session:
        for key, value in rows.items():
            session.add(Setting(key=key, value=value))


def stored_rows(store: Store) -> dict[str, Any]:
    with store.read() as session:
        return {row.key: row.value for row in session.scalars(select(Setting))}


def test_steps_run_in_order_from_the_stored_version() -> None:
    steps = (
        lambda document: {**document, "trail": [*document["trail"], "0->1"]},
        lambda document: {**document, "trail": [*document["trail"], "1->2"]},
    )
    assert upgrade_document({"trail": []}, 0, steps) == {"trail": ["0->1", "1->2"]}
    assert upgrade_document({"trail": []}, 1, steps) == {"trail": ["1->2"]}
    assert upgrade_document({"trail": []}, 2, steps) == {"trail": []}


def test_a_version_0_document_is_read_upgraded_then_written_back(store: Store) -> None:
    write_rows(store, VERSION_0_DOCUMENT)
    with store.read() as session:
        assert stored_version(session) == 0
        assert get_setting(session, "retention_days") == 45
        assert get_setting(session, "working_weekdays") == [0, 1, 2, 3, 4, 5]
        assert get_setting(session, "same_day_cutoff") == "15:00"
    assert stored_rows(store)["retention_days"] == " 45"  # reading writes nothing

    upgrade_stored_settings(store)
    assert stored_rows(store) == {
        **VERSION_0_DOCUMENT,
        "retention_days": 45,
        VERSION_KEY: SETTINGS_VERSION,
    }
    upgrade_stored_settings(store)  # already current: nothing changes
    assert stored_rows(store)[VERSION_KEY] == SETTINGS_VERSION


def test_writing_a_setting_upgrades_the_document_first(store: Store) -> None:
    write_rows(store, {"retention_days": "30"})
    with store.write() as session:
        set_setting(session, "language", "en")
    assert stored_rows(store) == {"retention_days": 30, "language": "en", VERSION_KEY: 1}


def test_opening_the_installation_upgrades_its_settings(data_dir: Path) -> None:
    Workspace(data_dir).close()
    workspace = Workspace(data_dir)
    with workspace.store.write() as session:
        session.execute(Setting.__table__.delete())
        session.add(Setting(key="retention_days", value="60"))
    workspace.close()
    workspace = Workspace(data_dir)
    try:
        assert stored_rows(workspace.store) == {"retention_days": 60, VERSION_KEY: 1}
    finally:
        workspace.close()


def test_a_number_that_is_not_a_number_stops_the_upgrade_untouched(store: Store) -> None:
    write_rows(store, {"retention_days": "chín mươi"})
    with pytest.raises(StorageError, match=r"\(retention_days\) đang lưu 'chín mươi', không phải"):
        upgrade_stored_settings(store)
    assert stored_rows(store) == {"retention_days": "chín mươi"}


def test_a_document_from_a_newer_app_is_read_but_not_changed(store: Store) -> None:
    newer = {VERSION_KEY: SETTINGS_VERSION + 1, "retention_days": 120, "theme": "dark"}
    write_rows(store, newer)
    upgrade_stored_settings(store)
    with store.read() as session:
        assert get_setting(session, "retention_days") == 120
    refused = pytest.raises(DatabaseTooNewError, match="phiên bản mới hơn của ứng dụng")
    with refused as caught, store.write() as session:
        set_setting(session, "retention_days", 30)
    assert "chỉ đọc được" in caught.value.message
    assert stored_rows(store) == newer


def test_the_version_row_is_not_a_setting(store: Store) -> None:
    with store.read() as session, pytest.raises(InputError, match="không có thiết lập"):
        get_setting(session, VERSION_KEY)
