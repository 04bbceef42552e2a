"""Checking a CMS ``SignedData`` signature (EF.SOD, CSCA master lists).

Finds the signer's certificate in the ``SignedData``, checks the
content-type and message-digest signed attributes against the content,
then the signature with the signer's public key (RSA PKCS#1 v1.5, RSA-PSS
or ECDSA). Anything wrong raises :class:`SignatureCheckError` with a reason.
"""

from __future__ import annotations

import hashlib

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


class SignatureCheckError(Exception):
    """A signature or certificate check failed; ``args[0]`` is the reason (Vietnamese)."""

    def __init__(self, reason: str, *, unsupported: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unsupported = unsupported


def digest(algorithm: str, data: bytes) -> bytes:
    if algorithm not in HASHES:
        raise SignatureCheckError(f"thuật toán băm {algorithm} không được hỗ trợ", unsupported=True)
    return hashlib.new(algorithm, data).digest()


def embedded_certificates(signed: cms.SignedData) -> list[cms.CertificateChoices]:
    return [c for c in signed["certificates"] or [] if c.name == "certificate"]


def signer_certificate(signed: cms.SignedData, signer: cms.SignerInfo) -> x509.Certificate:
    sid = signer["sid"]
    for choice in embedded_certificates(signed):
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            matches = (
                cert.issuer == wanted["issuer"]
                and cert.serial_number == wanted["serial_number"].native
            )
        else:
            matches = cert.key_identifier == sid.chosen.native
        if matches:
            return load_certificate(cert.dump())
    raise SignatureCheckError("không tìm thấy chứng chỉ của bên ký (Document Signer) trong CMS")


def load_certificate(der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(der)
    except ValueError as error:
        raise SignatureCheckError(f"chứng chỉ không đọc được: {error}") from error


def signed_bytes(signer: cms.SignerInfo, content: bytes, content_type: str) -> bytes:
    """What the signature covers, after checking the signed attributes."""
    attributes = signer["signed_attrs"]
    if not attributes:
        return content
    by_type = {attr["type"].native: attr["values"] for attr in attributes}
    if "message_digest" not in by_type or "content_type" not in by_type:
        raise SignatureCheckError("thiếu thuộc tính message-digest hoặc content-type đã ký")
    if by_type["content_type"][0].dotted != content_type:
        raise SignatureCheckError("thuộc tính content-type đã ký không khớp nội dung")
    algorithm = signer["digest_algorithm"]["algorithm"].native
    if by_type["message_digest"][0].native != digest(algorithm, content):
        raise SignatureCheckError("giá trị băm của nội dung không khớp chữ ký (message-digest)")
    encoded = attributes.dump()
    return b"\x31" + encoded[1:]  # signed over the SET OF encoding, not the [0] tag


def verify_with_key(
    public_key: object, signature: bytes, data: bytes, signer: cms.SignerInfo
) -> None:
    algorithm = signer["signature_algorithm"]
    digest_name = signer["digest_algorithm"]["algorithm"].native
    try:
        hash_algorithm = HASHES[digest_name]()
    except KeyError as error:
        raise SignatureCheckError(
            f"thuật toán băm {digest_name} không được hỗ trợ", unsupported=True
        ) from error
    try:
        scheme = algorithm.signature_algo
        if isinstance(public_key, rsa.RSAPublicKey) and scheme == "rsassa_pss":
            params = algorithm["parameters"]
            pss_hash = HASHES[params["hash_algorithm"]["algorithm"].native]()
            pss = padding.PSS(padding.MGF1(pss_hash), params["salt_length"].native)
            public_key.verify(signature, data, pss, pss_hash)
        elif isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, data, padding.PKCS1v15(), hash_algorithm)
        elif isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(hash_algorithm))
        else:
            raise SignatureCheckError("loại khóa của bên ký không được hỗ trợ", unsupported=True)
    except InvalidSignature as error:
        raise SignatureCheckError("chữ ký số không hợp lệ") from error
    except (UnsupportedAlgorithm, ValueError, KeyError) as error:
        raise SignatureCheckError(
            f"thuật toán chữ ký không được hỗ trợ ({error})", unsupported=True
        ) from error


def public_key_of(certificate: x509.Certificate) -> object:
    try:
        return certificate.public_key()
    except (ValueError, UnsupportedAlgorithm) as error:
        raise SignatureCheckError(
            f"khóa công khai của chứng chỉ không đọc được ({error})", unsupported=True
        ) from error


def verify_signed_data(
    signed: cms.SignedData, content: bytes, content_type: str
) -> x509.Certificate:
    """Check the first signer of ``signed``; return its certificate."""
    signers = signed["signer_infos"]
    if len(signers) == 0:
        raise SignatureCheckError("CMS không có bên ký nào")
    signer = signers[0]
    certificate = signer_certificate(signed, signer)
    data = signed_bytes(signer, content, content_type)
    verify_with_key(public_key_of(certificate), signer["signature"].native, data, signer)
    return certificate
