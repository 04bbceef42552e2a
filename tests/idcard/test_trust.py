"""Trust stores: folders of certificates and ICAO CSCA master lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from counter.errors import ConfigurationError
from counter.idcard.passive_auth import passive_authentication
from counter.idcard.sod import OID_CSCA_MASTER_LIST
from counter.idcard.trust import CscaMasterList, TrustStore
from counter.idcard.virtual.cms_builder import signed_data, to_asn1
from counter.idcard.virtual.documents import build_files
from counter.idcard.virtual.identity import VirtualIdentity
from counter.idcard.virtual.pki import TestPki

PEM, DER = serialization.Encoding.PEM, serialization.Encoding.DER


def master_list(pki: TestPki, *extra: TestPki, signer: TestPki | None = None) -> bytes:
    content = CscaMasterList(
        {"version": 0, "cert_list": [to_asn1(p.csca_cert) for p in (pki, *extra)]}
    ).dump()
    by = signer or pki
    return signed_data(OID_CSCA_MASTER_LIST, content, by.ml_cert, by.ml_key)


def test_folder_of_pem_and_der_files(tmp_path: Path, pki: TestPki, other_pki: TestPki) -> None:
    (tmp_path / "vn.pem").write_bytes(pki.csca_cert.public_bytes(PEM))
    (tmp_path / "other.cer").write_bytes(other_pki.csca_cert.public_bytes(DER))
    (tmp_path / "notes.txt").write_text("không phải chứng chỉ")
    store = TrustStore.from_path(tmp_path)
    assert len(store) == 2
    assert [p.split(":")[0] for p in store.problems] == ["notes.txt"]


def test_single_file_must_be_readable(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_text("rác")
    with pytest.raises(ConfigurationError, match=r"Tệp chứng chỉ CSCA không đọc được: junk\.pem"):
        TrustStore.from_path(junk)
    with pytest.raises(ConfigurationError, match="Không tìm thấy kho chứng chỉ CSCA"):
        TrustStore.from_path(tmp_path / "missing")


def test_master_list_gives_its_cscas_and_verifies_a_card(
    tmp_path: Path, pki: TestPki, other_pki: TestPki, citizen: VirtualIdentity
) -> None:
    path = tmp_path / "VN.ml"
    path.write_bytes(master_list(other_pki, pki))
    store = TrustStore.from_path(path)
    assert {c.subject.rfc4514_string() for c in store.certificates} == {
        "CN=TEST CSCA VN,O=onestop-counter TEST,C=VN"
    }
    assert len(store) == 2
    files = build_files(citizen, pki)
    groups = {n: files.files[0x0100 + n] for n in (1, 13)}
    assert passive_authentication(files.files[0x011D], groups, store).verified


def test_master_list_with_a_broken_signature_is_refused(tmp_path: Path, pki: TestPki) -> None:
    data = bytearray(master_list(pki))
    data[-3] ^= 0x01
    path = tmp_path / "bad.ml"
    path.write_bytes(bytes(data))
    with pytest.raises(ConfigurationError, match="Chữ ký của danh sách CSCA sai"):
        TrustStore.from_path(path)


def test_master_list_signed_outside_its_cscas_is_refused(
    tmp_path: Path, pki: TestPki, other_pki: TestPki
) -> None:
    path = tmp_path / "foreign.ml"
    path.write_bytes(master_list(pki, signer=other_pki))
    with pytest.raises(ConfigurationError, match="không được cấp bởi CSCA nào trong danh sách"):
        TrustStore.from_path(path)


def test_bad_master_list_in_a_folder_is_reported_not_fatal(tmp_path: Path, pki: TestPki) -> None:
    (tmp_path / "a.ml").write_bytes(master_list(pki)[:-50])
    (tmp_path / "b.pem").write_bytes(pki.csca_cert.public_bytes(PEM))
    store = TrustStore.from_path(tmp_path)
    assert len(store) == 1 and store.problems[0].startswith("a.ml: ")
