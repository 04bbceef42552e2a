"""Trust anchors for passive authentication: CSCA certificates.

A trust store is loaded from a folder of PEM/DER certificates, a single
certificate file, or an ICAO CSCA master list (a CMS ``SignedData`` of type
2.23.136.1.1.2 holding ``CscaMasterList ::= SEQUENCE { version, SET OF
Certificate }``). A master list's own signature is checked, and its signer
must be issued by one of the CSCAs it carries; a list that fails is refused.
Unreadable files in a folder are skipped and reported in ``problems``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm

from counter.errors import ConfigurationError
from counter.idcard.cms_verify import SignatureCheckError, verify_signed_data
from counter.idcard.errors import CardDataError
from counter.idcard.sod import OID_CSCA_MASTER_LIST, signed_data_of

MAX_FILES = 5000
MAX_FILE_SIZE = 20 * 1024 * 1024
PEM_MARKER = b"-----BEGIN CERTIFICATE-----"


class CertificateSet(core.SetOf):
    _child_spec = asn1_x509.Certificate


class CscaMasterList(core.Sequence):
    _fields = [("version", core.Integer), ("cert_list", CertificateSet)]  # noqa: RUF012


def issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        certificate.verify_directly_issued_by(issuer)
        return True
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False


def subject_key_id(certificate: x509.Certificate) -> bytes | None:
    try:
        ext = certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        return ext.value.digest
    except x509.ExtensionNotFound:
        return None


def authority_key_id(certificate: x509.Certificate) -> bytes | None:
    try:
        ext = certificate.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
        return ext.value.key_identifier
    except x509.ExtensionNotFound:
        return None


def parse_master_list(der: bytes) -> list[x509.Certificate]:
    """The CSCA certificates of a master list whose signature checks out."""
    try:
        signed, content = signed_data_of(der, OID_CSCA_MASTER_LIST, "Danh sách CSCA")
        master = CscaMasterList.load(content, strict=True)
        certificates = [x509.load_der_x509_certificate(c.dump()) for c in master["cert_list"]]
    except (CardDataError, ValueError, TypeError) as error:
        raise ConfigurationError(f"Danh sách CSCA (master list) không đọc được: {error}") from error
    try:
        signer = verify_signed_data(signed, content, OID_CSCA_MASTER_LIST)
    except SignatureCheckError as error:
        raise ConfigurationError(f"Chữ ký của danh sách CSCA sai: {error.reason}") from error
    if not any(issued_by(signer, csca) for csca in certificates):
        raise ConfigurationError(
            "Bên ký danh sách CSCA không được cấp bởi CSCA nào trong danh sách."
        )
    return certificates


def parse_certificates(raw: bytes) -> list[x509.Certificate]:
    if PEM_MARKER in raw:
        return x509.load_pem_x509_certificates(raw)
    return [x509.load_der_x509_certificate(raw)]


def looks_like_master_list(raw: bytes) -> bool:
    return b"\x06\x06\x67\x81\x08\x01\x01\x02" in raw[:200]  # OID 2.23.136.1.1.2


@dataclass
class TrustStore:
    certificates: list[x509.Certificate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    source: str = ""

    @classmethod
    def empty(cls) -> TrustStore:
        return cls()

    @classmethod
    def from_path(cls, path: Path) -> TrustStore:
        store = cls(source=str(path))
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file())[:MAX_FILES]
            for file in files:
                store.add_file(file, strict=False)
        elif path.is_file():
            store.add_file(path, strict=True)
        else:
            raise ConfigurationError(f"Không tìm thấy kho chứng chỉ CSCA: {path}")
        return store

    def add_file(self, path: Path, *, strict: bool) -> None:
        try:
            if path.stat().st_size > MAX_FILE_SIZE:
                raise ConfigurationError(f"Tệp chứng chỉ quá lớn: {path.name}")
            raw = path.read_bytes()
            if looks_like_master_list(raw):
                self.certificates += parse_master_list(raw)
            else:
                self.certificates += parse_certificates(raw)
        except (ConfigurationError, ValueError, OSError) as error:
            if strict:
                if isinstance(error, ConfigurationError):
                    raise
                raise ConfigurationError(
                    f"Tệp chứng chỉ CSCA không đọc được: {path.name} ({error})"
                ) from error
            self.problems.append(f"{path.name}: {error}")

    def candidates_for(self, certificate: x509.Certificate) -> list[x509.Certificate]:
        """Anchors whose subject is the issuer of ``certificate``."""
        return [c for c in self.certificates if c.subject == certificate.issuer]

    def __len__(self) -> int:
        return len(self.certificates)
