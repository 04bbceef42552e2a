"""Through the real stack: pyscard → pcscd → vsmartcard-vpcd → our virtual card."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from counter.idcard.errors import AccessDeniedError, CardRemovedError
from counter.idcard.mrz import AccessKey
from counter.idcard.pcsc import PcscBackend
from counter.idcard.reading import read_identity
from counter.idcard.service import CardEvent, CardService
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.card import VirtualCard
from counter.idcard.virtual.factory import access_key_of, make_card
from counter.idcard.virtual.identity import VirtualIdentity, demo_identity
from counter.idcard.virtual.pki import TestPki
from counter.idcard.virtual.private_pcscd import PrivatePcscd
from counter.idcard.virtual.vpcd import VpcdCardLink, start_virtual_card

from .conftest import wait_until

pytestmark = pytest.mark.pcsc
Insert = Callable[[VirtualCard], VpcdCardLink]


def test_readers_are_listed(pcscd: PrivatePcscd) -> None:
    backend = PcscBackend()
    try:
        states = backend.reader_states()
    finally:
        backend.close()
    assert states == dict.fromkeys(pcscd.slot_names, False)


def test_full_cccd_read(
    insert_card: Insert, reader_name: str, card: VirtualCard, citizen: VirtualIdentity,
    trust: TrustStore,
) -> None:  # fmt: skip
    insert_card(card)
    backend = PcscBackend()
    transport = backend.connect(reader_name)
    try:
        result = read_identity(transport, access_key_of(citizen), trust)
    finally:
        transport.close()
        backend.close()
    assert result.vn is not None and result.vn.full_name == citizen.full_name
    assert result.photo is not None and result.photo.width == 240
    assert result.passive_authentication.status == "verified"
    assert result.apdus == result.apdus_minimum


def test_full_passport_read_through_the_service(
    insert_card: Insert, reader_name: str, traveller: VirtualIdentity, pki: TestPki,
    trust: TrustStore,
) -> None:  # fmt: skip
    insert_card(make_card(traveller, pki))
    with CardService(PcscBackend(), trust) as service:
        result = service.read_identity(access_key_of(traveller)).result(30)
    assert (result.mrz.format, result.mrz.document_number) == ("TD3", traveller.passport_number)
    assert result.reader == reader_name
    assert result.passive_authentication.status == "verified"


def test_demo_mode_card_started_in_one_call(
    pcscd: PrivatePcscd, reader_name: str, pki: TestPki, trust: TrustStore
) -> None:
    person = demo_identity(31)
    link = start_virtual_card(person, pki=pki, connect=pcscd.connect_card)
    try:
        with CardService(PcscBackend(), trust) as service:
            assert service.wait_for_card(reader_name, timeout=10).result(15) == reader_name
            result = service.read_identity(access_key_of(person), include_photo=False).result(30)
    finally:
        link.remove()
    assert result.vn is not None and result.vn.full_name == person.full_name
    backend = PcscBackend()
    try:
        assert wait_until(lambda: not backend.reader_states().get(reader_name))
    finally:
        backend.close()


def test_wrong_key_and_card_removed_mid_read(
    insert_card: Insert, reader_name: str, card: VirtualCard, citizen: VirtualIdentity
) -> None:
    link = insert_card(card)
    wrong = AccessKey(citizen.document_number, citizen.birth_date, citizen.birth_date)
    with CardService(PcscBackend()) as service:
        with pytest.raises(AccessDeniedError):
            service.read_identity(wrong).result(30)

        def pull(name: str, done: int, total: int) -> None:
            if name == "DG2" and done > 1000:
                link.remove()

        with pytest.raises(CardRemovedError):
            service.read_identity(access_key_of(citizen), progress=pull).result(30)


def test_insert_and_remove_events(pcscd: PrivatePcscd, reader_name: str, card: VirtualCard) -> None:
    seen: list[CardEvent] = []
    link = VpcdCardLink(card, pcscd.connect_card)
    with CardService(PcscBackend(), poll_interval=0.05) as service:
        service.add_listener(seen.append)
        assert service.readers().result(10) == list(pcscd.slot_names)
        link.insert()
        try:
            assert service.wait_for_card(timeout=10).result(15) == reader_name
        finally:
            link.remove()
        assert wait_until(lambda: CardEvent("card_removed", reader_name) in seen, 10)
    assert seen.index(CardEvent("card_inserted", reader_name)) < seen.index(
        CardEvent("card_removed", reader_name)
    )


def run_cli(
    pcscd: PrivatePcscd, root: Path, data: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(root / "main.py"), "--data-dir", str(data), "card", *args]
    return subprocess.run(
        command, env=pcscd.client_environment(), capture_output=True, text=True, timeout=60,
        cwd=root,
    )  # fmt: skip


def test_command_line_read_readers_and_refusal(
    pcscd: PrivatePcscd, insert_card: Insert, card: VirtualCard, citizen: VirtualIdentity,
    pki: TestPki, project_root: Path, tmp_path: Path,
) -> None:  # fmt: skip
    insert_card(card)
    csca = tmp_path / "csca.pem"
    csca.write_bytes(pki.csca_cert.public_bytes(serialization.Encoding.PEM))
    key = [
        "--id-number", citizen.id_number,
        "--birth", citizen.birth_date.isoformat(),
        "--expiry", citizen.expiry_date.strftime("%d/%m/%Y"),
    ]  # fmt: skip
    done = run_cli(pcscd, project_root, tmp_path, "read", *key, "--trust", str(csca), "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["mrz"]["document_number"] == citizen.id_number[-9:]
    assert out["mrz"]["expiry_date"] == citizen.expiry_date.isoformat()
    assert out["vn"]["place_of_origin"] == citizen.place_of_origin
    assert out["photo"] == {
        "format": "jpeg",
        "width": 240,
        "height": 320,
        "bytes": out["photo"]["bytes"],
    }
    assert out["passive_authentication"]["status"] == "verified"
    assert out["apdus"] == out["apdus_minimum"] and out["elapsed_ms"] > 0

    untrusted = run_cli(pcscd, project_root, tmp_path, "read", *key, "--no-photo", "--json")
    assert json.loads(untrusted.stdout)["passive_authentication"]["status"] == "not_checked"

    qr = "|".join(
        [
            citizen.id_number, citizen.old_id_number or "", citizen.full_name,
            citizen.birth_date.strftime("%d%m%Y"), citizen.sex, citizen.place_of_residence,
            citizen.issue_date.strftime("%d%m%Y"),
        ]
    )  # fmt: skip
    from_qr = run_cli(pcscd, project_root, tmp_path, "read", "--qr", qr, "--no-photo", "--json")
    assert from_qr.returncode == 0, from_qr.stderr
    assert json.loads(from_qr.stdout)["access_method"] == "BAC"

    listed = run_cli(pcscd, project_root, tmp_path, "readers", "--json")
    assert json.loads(listed.stdout)[0] == {"reader": pcscd.slot_names[0], "card": True}

    key[3] = "1901-01-01"  # BAC refused, but the CAN (end of the ID number) opens PACE
    rescued = run_cli(pcscd, project_root, tmp_path, "read", *key, "--no-photo", "--json")
    assert json.loads(rescued.stdout)["access_method"] == "PACE-CAN", rescued.stderr

    key[1] = citizen.id_number[:-6] + "000000"
    refused = run_cli(pcscd, project_root, tmp_path, "read", *key, "--json")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.startswith("Lỗi: Thẻ từ chối mã CAN (PACE). Kiểm tra lại số định danh")
