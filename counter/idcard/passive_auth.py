"""Passive authentication (ICAO 9303-11 §5.1): is the data the issuer signed?

The verdict is honest: ``verified`` only when every data group read matches
its hash in EF.SOD, the SOD signature is valid, and the Document Signer
certificate is issued by a trusted CSCA and within its validity; ``failed``
with the reason when any check fails; ``not_checked`` when the data is
consistent but no trust anchor for the issuer is configured (or the
algorithm is not supported).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509

from counter.idcard.cms_verify import SignatureCheckError, digest, verify_signed_data
from counter.idcard.errors import CardDataError
from counter.idcard.sod import OID_LDS_SECURITY_OBJECT, SecurityObject, parse_sod
from counter.idcard.trust import TrustStore, authority_key_id, issued_by, subject_key_id

VERIFIED, FAILED, NOT_CHECKED = "verified", "failed", "not_checked"


@dataclass(frozen=True)
class PassiveAuthResult:
    status: str
    reason: str
    checked_groups: tuple[int, ...] = ()
    signer: str | None = None
    anchor: str | None = None

    @property
    def verified(self) -> bool:
        return self.status == VERIFIED


def compare_hashes(security: SecurityObject, groups: dict[int, bytes]) -> str | None:
    """The reason the first data group fails its hash, or ``None``."""
    for number, content in sorted(groups.items()):
        expected = security.data_group_hashes.get(number)
        if expected is None:
            return f"DG{number} không có trong EF.SOD (dữ liệu không được ký)"
        if digest(security.hash_algorithm, content) != expected:
            return f"DG{number}: giá trị băm không khớp EF.SOD (dữ liệu đã bị thay đổi)"
    return None


def within_validity(certificate: x509.Certificate, now: dt.datetime) -> bool:
    return certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc


def chain_to_anchor(
    signer: x509.Certificate, trust: TrustStore, now: dt.datetime
) -> tuple[str, str, str | None]:
    """(status, reason, anchor subject) for the Document Signer certificate."""
    issuer = signer.issuer.rfc4514_string()
    if not len(trust):
        return NOT_CHECKED, "chưa cấu hình kho chứng chỉ CSCA tin cậy", None
    candidates = trust.candidates_for(signer)
    anchor = next((c for c in candidates if issued_by(signer, c)), None)
    if anchor is None:
        wanted = authority_key_id(signer)
        if wanted is not None and any(subject_key_id(c) == wanted for c in candidates):
            return FAILED, f"chứng chỉ Document Signer không được ký bởi CSCA {issuer}", None
        return NOT_CHECKED, f"không có CSCA tin cậy cho bên cấp {issuer}", None
    subject = anchor.subject.rfc4514_string()
    if not within_validity(anchor, now):
        return FAILED, f"chứng chỉ CSCA {subject} đã hết hạn hoặc chưa có hiệu lực", subject
    if not within_validity(signer, now):
        return FAILED, "chứng chỉ Document Signer đã hết hạn hoặc chưa có hiệu lực", subject
    return VERIFIED, f"đã xác thực: dữ liệu được ký bởi {issuer}", subject


def passive_authentication(
    sod: bytes | None,
    groups: dict[int, bytes],
    trust: TrustStore,
    now: dt.datetime | None = None,
) -> PassiveAuthResult:
    checked = tuple(sorted(groups))
    if sod is None:
        return PassiveAuthResult(FAILED, "thẻ không có EF.SOD", checked)
    try:
        security = parse_sod(sod)
    except CardDataError as error:
        return PassiveAuthResult(FAILED, error.message, checked)
    try:
        mismatch = compare_hashes(security, groups)
        if mismatch:
            return PassiveAuthResult(FAILED, mismatch, checked)
        signer = verify_signed_data(security.signed_data, security.content, OID_LDS_SECURITY_OBJECT)
    except SignatureCheckError as error:
        status = NOT_CHECKED if error.unsupported else FAILED
        return PassiveAuthResult(status, f"EF.SOD: {error.reason}", checked)
    status, reason, anchor = chain_to_anchor(signer, trust, now or dt.datetime.now(dt.UTC))
    return PassiveAuthResult(status, reason, checked, signer.subject.rfc4514_string(), anchor)
