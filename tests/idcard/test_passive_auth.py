"""Passive authentication verdicts, each with its exact reason."""

from __future__ import annotations

import datetime as dt

from asn1crypto import cms

from counter.idcard import tlv
from counter.idcard.passive_auth import passive_authentication
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.documents import build_files, encode_sod
from counter.idcard.virtual.identity import VirtualIdentity
from counter.idcard.virtual.pki import TestPki

DS_SUBJECT = "CN=TEST Document Signer VN,O=onestop-counter TEST,C=VN"
CSCA_SUBJECT = "CN=TEST CSCA VN,O=onestop-counter TEST,C=VN"


def groups_and_sod(citizen: VirtualIdentity, pki: TestPki) -> tuple[dict[int, bytes], bytes]:
    files = build_files(citizen, pki)
    groups = {n: files.files[0x0100 + n] for n in (1, 2, 13)}
    return groups, files.files[0x011D]


def test_verified_names_signer_and_anchor(citizen: VirtualIdentity, pki: TestPki) -> None:
    groups, sod = groups_and_sod(citizen, pki)
    verdict = passive_authentication(sod, groups, TrustStore([pki.csca_cert]))
    assert verdict.status == "verified" and verdict.verified
    assert (verdict.signer, verdict.anchor) == (DS_SUBJECT, CSCA_SUBJECT)
    assert verdict.reason == f"đã xác thực: dữ liệu được ký bởi {CSCA_SUBJECT}"


def test_no_trust_store_is_not_checked(citizen: VirtualIdentity, pki: TestPki) -> None:
    groups, sod = groups_and_sod(citizen, pki)
    verdict = passive_authentication(sod, groups, TrustStore.empty())
    assert (verdict.status, verdict.reason) == (
        "not_checked",
        "chưa cấu hình kho chứng chỉ CSCA tin cậy",
    )
    assert not verdict.verified


def test_untrusted_csca_is_not_checked(
    citizen: VirtualIdentity, pki: TestPki, other_pki: TestPki
) -> None:
    groups, sod = groups_and_sod(citizen, pki)
    verdict = passive_authentication(sod, groups, TrustStore([other_pki.csca_cert]))
    assert (verdict.status, verdict.reason) == (
        "not_checked",
        f"không có CSCA tin cậy cho bên cấp {CSCA_SUBJECT}",
    )


def test_wrong_hash_in_the_sod(citizen: VirtualIdentity, pki: TestPki) -> None:
    groups, _ = groups_and_sod(citizen, pki)
    signed_over_other_dg1 = encode_sod({**groups, 1: groups[1] + b"x"}, pki)
    verdict = passive_authentication(signed_over_other_dg1, groups, TrustStore([pki.csca_cert]))
    assert (verdict.status, verdict.reason) == (
        "failed",
        "DG1: giá trị băm không khớp EF.SOD (dữ liệu đã bị thay đổi)",
    )


def test_group_missing_from_the_sod(citizen: VirtualIdentity, pki: TestPki) -> None:
    groups, _ = groups_and_sod(citizen, pki)
    sod = encode_sod({1: groups[1], 2: groups[2]}, pki)
    verdict = passive_authentication(sod, groups, TrustStore([pki.csca_cert]))
    assert (verdict.status, verdict.reason) == (
        "failed",
        "DG13 không có trong EF.SOD (dữ liệu không được ký)",
    )


def with_signature_flipped(sod: bytes) -> bytes:
    info = cms.ContentInfo.load(tlv.parse_one(sod, 0x77).value)
    signer = info["content"]["signer_infos"][0]
    signature = bytearray(signer["signature"].native)
    signature[-5] ^= 0x01
    signer["signature"] = bytes(signature)
    return tlv.encode(0x77, info.dump(force=True))


def test_wrong_signature(citizen: VirtualIdentity, pki: TestPki) -> None:
    groups, sod = groups_and_sod(citizen, pki)
    verdict = passive_authentication(
        with_signature_flipped(sod), groups, TrustStore([pki.csca_cert])
    )
    assert (verdict.status, verdict.reason) == ("failed", "EF.SOD: chữ ký số không hợp lệ")


def test_signature_failure_wins_over_a_missing_trust_anchor(
    citizen: VirtualIdentity, pki: TestPki
) -> None:
    groups, sod = groups_and_sod(citizen, pki)
    verdict = passive_authentication(with_signature_flipped(sod), groups, TrustStore.empty())
    assert verdict.status == "failed"


def test_expired_document_signer(citizen: VirtualIdentity) -> None:
    old = TestPki.generate(now=dt.datetime.now(dt.UTC) - dt.timedelta(days=365 * 12))
    groups, sod = groups_and_sod(citizen, old)
    verdict = passive_authentication(sod, groups, TrustStore([old.csca_cert]))
    assert (verdict.status, verdict.reason) == (
        "failed",
        "chứng chỉ Document Signer đã hết hạn hoặc chưa có hiệu lực",
    )


def test_missing_or_broken_sod(citizen: VirtualIdentity, pki: TestPki) -> None:
    groups, sod = groups_and_sod(citizen, pki)
    trust = TrustStore([pki.csca_cert])
    assert passive_authentication(None, groups, trust).reason == "thẻ không có EF.SOD"
    broken = passive_authentication(sod[:-40], groups, trust)
    assert (broken.status, broken.reason) == (
        "failed",
        "EF.SOD không bắt đầu bằng thẻ 77 hoặc sai độ dài.",
    )
    not_cms = passive_authentication(tlv.encode(0x77, b"\x30\x03\x02\x01\x01"), groups, trust)
    assert not_cms.status == "failed" and not_cms.reason.startswith("EF.SOD: ")


def test_rsa_document_signer(citizen: VirtualIdentity) -> None:
    rsa_pki = TestPki.generate(kind="rsa")
    groups, sod = groups_and_sod(citizen, rsa_pki)
    assert passive_authentication(sod, groups, TrustStore([rsa_pki.csca_cert])).verified
