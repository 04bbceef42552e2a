"""A SoftHSM2 token with a key made on it and a certificate from a test CA made here.

Root CA -> agency signing certificate, both made with ``cryptography``; the key pair is
generated inside the token (as a CA's issuing process does) and the certificate is stored
beside it with the same CKA_ID.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.environment import missing

MODULE = "/usr/lib/softhsm/libsofthsm2.so"
PIN, SO_PIN = "123456", "12345678"
LABEL = "counter"
AGENCY = "UBND xã Tân Lập"


@dataclass(frozen=True)
class SoftCa:
    name: str
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class SoftToken:
    module: str
    conf: Path
    token_dir: Path
    label: str
    pin: str
    ca: SoftCa
    certificate: x509.Certificate


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        x509.NameAttribute(NameOID.COMMON_NAME, common),
    ])


def make_ca(common: str = "Test Root CA Việt Nam") -> SoftCa:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    name = _name(common, "Test CA")
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                       critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return SoftCa(common, key, certificate)


def issue_signing_certificate(ca: SoftCa, public_key: rsa.RSAPublicKey,
                              common: str = AGENCY) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder().subject_name(_name(common, common))
        .issuer_name(ca.certificate.subject).public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                       critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            ca.key.public_key()), critical=False)
        .sign(ca.key, hashes.SHA256())
    )


def require_softhsm() -> None:
    if not Path(MODULE).is_file() or shutil.which("softhsm2-util") is None:
        missing("SoftHSM2", f"{MODULE} or softhsm2-util not installed (Debian softhsm2)")


def make_token(folder: Path, ca: SoftCa, label: str = LABEL) -> SoftToken:
    """A fresh SoftHSM2 token in ``folder`` with a signing key and its certificate.

    ``SOFTHSM2_CONF`` is set for this process: SoftHSM reads it each time the module is
    initialised, which the signing code does before each use."""
    import pkcs11
    from pkcs11 import Attribute, KeyType, ObjectClass

    require_softhsm()
    token_dir = folder / "tokens"
    token_dir.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {token_dir}\nobjectstore.backend = file\n"
                    "log.level = ERROR\nslots.removable = true\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label,
                    "--pin", PIN, "--so-pin", SO_PIN], check=True, capture_output=True,
                   timeout=60, env={**os.environ, "SOFTHSM2_CONF": str(conf)})
    library = pkcs11.lib(MODULE)
    library.reinitialize()
    token = library.get_token(token_label=label)
    with token.open(rw=True, user_pin=PIN) as session:
        public, _private = session.generate_keypair(KeyType.RSA, 2048, id=b"\x01",
                                                    label="agency", store=True)
        modulus = int.from_bytes(public[Attribute.MODULUS], "big")
        exponent = int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big")
        public_key = rsa.RSAPublicNumbers(exponent, modulus).public_key()
        certificate = issue_signing_certificate(ca, public_key)
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE,
            Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
            Attribute.TOKEN: True,
            Attribute.ID: b"\x01",
            Attribute.LABEL: "agency",
            Attribute.SUBJECT: certificate.subject.public_bytes(),
            Attribute.ISSUER: certificate.issuer.public_bytes(),
            Attribute.VALUE: certificate.public_bytes(serialization.Encoding.DER),
        })
    return SoftToken(MODULE, conf, token_dir, label, PIN, ca, certificate)


def write_trust_folder(folder: Path, *cas: SoftCa) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index, ca in enumerate(cas):
        (folder / f"root{index}.pem").write_bytes(ca.pem())
    return folder
