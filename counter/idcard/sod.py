"""EF.SOD: the document security object (ICAO 9303-10 §4.6.2).

Tag 77 wraps a CMS ``ContentInfo`` with ``SignedData`` whose encapsulated
content (type 2.23.136.1.1.1) is the ``LDSSecurityObject``: the hash
algorithm and one hash per data group.
"""

from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import algos, cms, core

from counter.idcard import tlv
from counter.idcard.errors import CardDataError, TlvError
from counter.idcard.lds import EF_SOD

OID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1"
OID_CSCA_MASTER_LIST = "2.23.136.1.1.2"


class DataGroupHash(core.Sequence):
    _fields = [  # noqa: RUF012 (asn1crypto declares fields as class lists)
        ("data_group_number", core.Integer),
        ("data_group_hash_value", core.OctetString),
    ]


class DataGroupHashValues(core.SequenceOf):
    _child_spec = DataGroupHash


class LdsVersionInfo(core.Sequence):
    _fields = [  # noqa: RUF012
        ("lds_version", core.PrintableString),
        ("unicode_version", core.PrintableString),
    ]


class LdsSecurityObject(core.Sequence):
    _fields = [  # noqa: RUF012
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashValues),
        ("lds_version_info", LdsVersionInfo, {"optional": True}),
    ]


@dataclass(frozen=True)
class SecurityObject:
    hash_algorithm: str  # "sha256", "sha1", ...
    data_group_hashes: dict[int, bytes]
    signed_data: cms.SignedData
    content: bytes  # the DER LDSSecurityObject that was signed


def unwrap_sod(data: bytes) -> bytes:
    try:
        tag, length, offset = tlv.read_header(data)
    except TlvError as error:
        raise CardDataError(f"EF.SOD hỏng: {error.message}") from error
    if tag != EF_SOD.tag or offset + length != len(data):
        raise CardDataError("EF.SOD không bắt đầu bằng thẻ 77 hoặc sai độ dài.")
    return data[offset:]


def signed_data_of(der: bytes, content_type: str, what: str) -> tuple[cms.SignedData, bytes]:
    """The ``SignedData`` of a CMS ``ContentInfo`` and its encapsulated content bytes."""
    try:
        info = cms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            raise CardDataError(f"{what}: không phải CMS SignedData.")
        signed = info["content"]
        encapsulated = signed["encap_content_info"]
        if encapsulated["content_type"].dotted != content_type:
            raise CardDataError(
                f"{what}: loại nội dung {encapsulated['content_type'].dotted}, cần {content_type}."
            )
        content = encapsulated["content"].native
        if not isinstance(content, bytes):
            raise CardDataError(f"{what}: thiếu nội dung được ký.")
        return signed, content
    except (ValueError, TypeError, KeyError) as error:
        raise CardDataError(f"{what}: cấu trúc CMS không đọc được ({error}).") from error


def parse_sod(data: bytes) -> SecurityObject:
    signed, content = signed_data_of(unwrap_sod(data), OID_LDS_SECURITY_OBJECT, "EF.SOD")
    try:
        lds = LdsSecurityObject.load(content, strict=True)
        algorithm = lds["hash_algorithm"]["algorithm"].native
        hashes = {
            int(item["data_group_number"].native): bytes(item["data_group_hash_value"].native)
            for item in lds["data_group_hash_values"]
        }
    except (ValueError, TypeError, KeyError) as error:
        raise CardDataError(f"LDSSecurityObject không đọc được ({error}).") from error
    return SecurityObject(algorithm, hashes, signed, content)
