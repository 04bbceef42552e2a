"""No personal data in application logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import insert

from counter.db.models import Person
from counter.logs import configure_logging, redact
from tests.core.conftest import make_workspace


def test_redact() -> None:
    text = "CCCD 001090123456, SĐT 0912 345 678, thư an.nguyen@example.vn, mã 000.00.12.H42-260302-0017"
    masked = redact(text)
    assert "001090123456" not in masked and "0912 345 678" not in masked
    assert "an.nguyen@example.vn" not in masked
    assert "000.00.12.H42-260302-0017" in masked  # dossier codes are not personal data


def test_log_file_is_redacted(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    path = configure_logging(tmp_path)
    try:
        logging.getLogger("test").error("đọc thẻ 079185001234 thất bại; gọi 0987654321")
        for handler in root.handlers:
            handler.flush()
        assert path is not None
        content = path.read_text(encoding="utf-8")
        assert "thất bại" in content
        assert "079185001234" not in content and "0987654321" not in content
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_database_errors_carry_no_parameters(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    row = {"id_type": "cccd", "id_number": "001090123456", "full_name": "Nguyễn Văn An"}
    with pytest.raises(Exception) as caught, workspace.store.write() as session:
        session.execute(insert(Person), [row])  # missing NOT NULL columns
    assert "001090123456" not in str(caught.value)
    assert "Nguyễn" not in str(caught.value)
    workspace.close()
