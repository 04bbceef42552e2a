"""A TEST public key infrastructure: a CSCA, a Document Signer, a master list signer.

Generated with ``cryptography`` on first use (ECDSA on brainpoolP256r1 by
default, or RSA) and cached as PEM files in a folder the caller chooses.
These keys sign only virtual cards; every certificate's name says TEST.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes
from cryptography.x509.oid import NameOID

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
FILES = ("csca", "document-signer", "master-list-signer")
TEST_NOTICE = "TEST ONLY - virtual card keys, never trust in production\n"


def new_key(kind: str) -> PrivateKey:
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.BrainpoolP256R1())


def test_name(common_name: str, country: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "onestop-counter TEST"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def issue_certificate(
    subject: x509.Name,
    public_key: PrivateKey,
    issuer: x509.Name,
    issuer_key: CertificateIssuerPrivateKeyTypes,
    *,
    ca: bool,
    valid_from: dt.datetime,
    valid_until: dt.datetime,
    issuer_key_id: x509.SubjectKeyIdentifier | None = None,
) -> x509.Certificate:
    subject_key_id = x509.SubjectKeyIdentifier.from_public_key(public_key.public_key())
    usage = dict.fromkeys(
        (
            "digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
            "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only",
        ),
        False,
    )  # fmt: skip
    usage.update({"key_cert_sign": ca, "crl_sign": ca, "digital_signature": not ca})
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from)
        .not_valid_after(valid_until)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), True)
        .add_extension(x509.KeyUsage(**usage), True)
        .add_extension(subject_key_id, False)
    )
    authority = issuer_key_id or subject_key_id
    builder = builder.add_extension(
        x509.AuthorityKeyIdentifier(authority.digest, None, None), False
    )
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass(frozen=True)
class TestPki:
    csca_cert: x509.Certificate
    csca_key: PrivateKey
    ds_cert: x509.Certificate
    ds_key: PrivateKey
    ml_cert: x509.Certificate
    ml_key: PrivateKey

    __test__ = False  # not a pytest test class

    @classmethod
    def generate(
        cls, *, country: str = "VN", kind: str = "ec", now: dt.datetime | None = None
    ) -> TestPki:
        now = now or dt.datetime.now(dt.UTC)
        start = now - dt.timedelta(days=1)
        csca_key, ds_key, ml_key = new_key(kind), new_key(kind), new_key(kind)
        csca_name = test_name(f"TEST CSCA {country}", country)
        csca = issue_certificate(
            csca_name, csca_key, csca_name, csca_key,
            ca=True, valid_from=start, valid_until=now + dt.timedelta(days=365 * 15),
        )  # fmt: skip
        csca_id = x509.SubjectKeyIdentifier.from_public_key(csca_key.public_key())

        def signer(name: str, key: PrivateKey) -> x509.Certificate:
            return issue_certificate(
                test_name(name, country), key, csca_name, csca_key,
                ca=False, valid_from=start, valid_until=now + dt.timedelta(days=365 * 11),
                issuer_key_id=csca_id,
            )  # fmt: skip

        return cls(
            csca, csca_key,
            signer(f"TEST Document Signer {country}", ds_key), ds_key,
            signer(f"TEST Master List Signer {country}", ml_key), ml_key,
        )  # fmt: skip

    def pairs(self) -> dict[str, tuple[x509.Certificate, PrivateKey]]:
        return dict(
            zip(
                FILES,
                (
                    (self.csca_cert, self.csca_key),
                    (self.ds_cert, self.ds_key),
                    (self.ml_cert, self.ml_key),
                ),
                strict=True,
            )
        )

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "README-TEST-ONLY.txt").write_text(TEST_NOTICE, encoding="utf-8")
        for name, (cert, key) in self.pairs().items():
            (folder / f"{name}.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
            (folder / f"{name}.test-key.pem").write_bytes(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )

    @classmethod
    def load(cls, folder: Path) -> TestPki:
        parts: list[object] = []
        for name in FILES:
            parts.append(x509.load_pem_x509_certificate((folder / f"{name}.crt").read_bytes()))
            key = serialization.load_pem_private_key(
                (folder / f"{name}.test-key.pem").read_bytes(), None
            )
            if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
                raise ValueError(f"{name}: unexpected key type")
            parts.append(key)
        return cls(*parts)  # type: ignore[arg-type]

    @classmethod
    def load_or_generate(cls, folder: Path, *, kind: str = "ec") -> TestPki:
        """The PKI cached in ``folder``, created there on first use."""
        try:
            pki = cls.load(folder)
            if pki.ds_cert.not_valid_after_utc > dt.datetime.now(dt.UTC):
                return pki
        except (OSError, ValueError):
            pass
        pki = cls.generate(kind=kind)
        pki.save(folder)
        return pki
