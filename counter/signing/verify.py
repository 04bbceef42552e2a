"""Is this PDF signed, unchanged since, and by someone the workstation trusts?

The verdict is shown as it is, like the chip's passive authentication: ``valid`` only when
every signature is intact, its CMS signature checks, nothing but later signatures was added
after it, and its certificate chains to a CA of the trust store; ``invalid`` when the file
was changed after signing (or the signature is broken); ``untrusted`` when the signature
itself is sound but its certificate does not chain to a trusted CA (or the trust store is
empty); ``unsigned`` when the PDF carries no signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from counter import clock
from counter.signing.trust import SignatureTrustStore

VALID, INVALID, UNTRUSTED, UNSIGNED = "valid", "invalid", "untrusted", "unsigned"
LABELS = {
    VALID: "Chữ ký số hợp lệ",
    INVALID: "Chữ ký số KHÔNG hợp lệ: tệp đã bị thay đổi sau khi ký",
    UNTRUSTED: "Chữ ký số đúng nhưng chứng thư số không được tin cậy",
    UNSIGNED: "Tệp không có chữ ký số",
}
_RANK = {VALID: 0, UNTRUSTED: 1, INVALID: 2}


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    status: str
    reason: str
    signer: str = ""
    issuer: str = ""
    signed_at: datetime | None = None


@dataclass(frozen=True)
class SignatureVerdict:
    status: str
    reason: str
    signatures: tuple[SignatureCheck, ...] = ()

    @property
    def label(self) -> str:
        return LABELS[self.status]

    @property
    def valid(self) -> bool:
        return self.status == VALID

    def describe(self) -> str:
        """One line per signature, for a screen or a terminal."""
        lines = [f"{self.label}. {self.reason}".strip()]
        for check in self.signatures:
            when = f", lúc {clock.to_local(check.signed_at):%H:%M %d/%m/%Y}" if check.signed_at else ""
            lines.append(f"- {check.field}: {LABELS.get(check.status, check.status)}; "
                         f"người ký: {check.signer or '?'}{when}. {check.reason}")
        return "\n".join(lines)


_UNCHANGED_LEVELS = ("NONE", "LTA_UPDATES", "FORM_FILLING")


def _name(certificate: Any, part: str) -> str:
    try:
        return str(getattr(certificate, part).human_friendly)
    except (AttributeError, ValueError):
        return ""


def _check_one(embedded: Any, context: Any) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature

    field = embedded.field_name
    try:
        status = validate_pdf_signature(embedded, context)
    except Exception as error:  # pyHanko raises many kinds on a damaged signature
        return SignatureCheck(field, INVALID, f"không kiểm tra được chữ ký ({type(error).__name__}: "
                                              f"{error}).")
    signer = _name(status.signing_cert, "subject")
    issuer = _name(status.signing_cert, "issuer")
    signed_at = status.signer_reported_dt
    level = status.modification_level
    if not status.intact:
        return SignatureCheck(field, INVALID, "nội dung đã ký bị thay đổi (giá trị băm không khớp).",
                              signer, issuer, signed_at)
    if not status.valid:
        return SignatureCheck(field, INVALID, "chữ ký không khớp với chứng thư số.",
                              signer, issuer, signed_at)
    if (level is not None and level.name not in _UNCHANGED_LEVELS) or status.docmdp_ok is False:
        return SignatureCheck(field, INVALID, "tệp đã được thêm hoặc sửa nội dung sau khi ký.",
                              signer, issuer, signed_at)
    if not status.trusted:
        return SignatureCheck(field, UNTRUSTED,
                              f"chứng thư do «{issuer}» cấp không thuộc chứng thư gốc tin cậy.",
                              signer, issuer, signed_at)
    return SignatureCheck(field, VALID, "nội dung nguyên vẹn từ khi ký.", signer, issuer, signed_at)


def verify_pdf(content: bytes, trust: SignatureTrustStore) -> SignatureVerdict:
    """The verdict on every signature of ``content``; the worst one decides."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko_certvalidator import ValidationContext

    from counter.signing.asn1_maps import refresh_name_tables

    refresh_name_tables()
    try:
        reader = PdfFileReader(BytesIO(content), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, KeyError, ValueError, TypeError, IndexError) as error:
        if content.lstrip()[:5] != b"%PDF-":
            return SignatureVerdict(UNSIGNED, "tệp không phải PDF.")
        return SignatureVerdict(INVALID, f"tệp PDF bị hỏng, không đọc được ({error}).")
    if not embedded:
        return SignatureVerdict(UNSIGNED, "")
    context = ValidationContext(trust_roots=list(trust.roots), allow_fetching=False,
                                revocation_mode="soft-fail")
    checks = tuple(_check_one(signature, context) for signature in embedded)
    worst = max(checks, key=lambda check: _RANK[check.status])
    reason = worst.reason
    if worst.status == UNTRUSTED and trust.empty:
        reason = "chưa cấu hình thư mục chứng thư gốc tin cậy trong Thiết lập."
    return SignatureVerdict(worst.status, reason, checks)
