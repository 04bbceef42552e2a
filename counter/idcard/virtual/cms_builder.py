"""Signing CMS ``SignedData`` for the virtual card's EF.SOD and test master lists."""

from __future__ import annotations

import datetime as dt
import hashlib

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding

from counter.idcard.virtual.pki import PrivateKey


def to_asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def sign_bytes(key: PrivateKey, data: bytes) -> tuple[bytes, str]:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256())), "sha256_ecdsa"
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256()), "sha256_rsa"


def signed_data(
    content_type: str,
    content: bytes,
    signer_cert: x509.Certificate,
    signer_key: PrivateKey,
    *,
    extra_certificates: tuple[x509.Certificate, ...] = (),
    signing_time: dt.datetime | None = None,
) -> bytes:
    """A DER ``ContentInfo`` holding ``content`` signed with SHA-256 signed attributes."""
    signer = to_asn1(signer_cert)
    attributes = cms.CMSAttributes(
        [
            {"type": "content_type", "values": [cms.ContentType(content_type)]},
            {"type": "message_digest", "values": [hashlib.sha256(content).digest()]},
            {
                "type": "signing_time",
                "values": [cms.Time({"utc_time": signing_time or dt.datetime.now(dt.UTC)})],
            },
        ]
    )
    signature, algorithm = sign_bytes(signer_key, attributes.dump())
    signer_info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": {
                        "issuer": signer.issuer,
                        "serial_number": signer.serial_number,
                    }
                }
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": attributes,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": algorithm}),
            "signature": signature,
        }
    )
    data = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {
                "content_type": cms.ContentType(content_type),
                "content": core.ParsableOctetString(content),
            },
            "certificates": [signer, *(to_asn1(c) for c in extra_certificates)],
            "signer_infos": [signer_info],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": data}).dump()
