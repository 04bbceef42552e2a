"""Fixtures for signing: a test CA, a SoftHSM2 token holding the agency's key, a PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.core.conftest import workspace as workspace
from tests.signing.softhsm import SoftCa, SoftToken, make_ca, make_token, write_trust_folder


@pytest.fixture(scope="session")
def test_ca() -> SoftCa:
    return make_ca()


@pytest.fixture
def token(tmp_path: Path, test_ca: SoftCa) -> SoftToken:
    return make_token(tmp_path / "softhsm", test_ca)


@pytest.fixture
def trust_folder(tmp_path: Path, test_ca: SoftCa) -> Path:
    return write_trust_folder(tmp_path / "trust", test_ca)


def sample_pdf(text: str = "Bản sao giấy khai sinh — Nguyễn Văn An", pages: int = 1) -> bytes:
    """A real PDF with Vietnamese text in the forms' font."""
    from reportlab.pdfgen import canvas

    from counter.forms.fonts import REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(420, 595))
    for number in range(pages):
        page.setFont(REGULAR, 12)
        page.drawString(40, 540, f"{text} (trang {number + 1})")
        page.showPage()
    page.save()
    return buffer.getvalue()
