"""The files of a virtual chip, built from an identity and signed by the test PKI."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from counter.idcard import tlv
from counter.idcard.dg1 import encode_dg1
from counter.idcard.dg2 import encode_dg2
from counter.idcard.dg13 import VnCitizenRecord, encode_dg13
from counter.idcard.lds import DG1, DG2, DG13, DG15, EF_COM, EF_SOD, LdsFile
from counter.idcard.sod import (
    OID_LDS_SECURITY_OBJECT,
    DataGroupHash,
    DataGroupHashValues,
    LdsSecurityObject,
)
from counter.idcard.virtual.cms_builder import signed_data
from counter.idcard.virtual.face import portrait
from counter.idcard.virtual.identity import PASSPORT, VirtualIdentity
from counter.idcard.virtual.mrz_builder import td1, td3
from counter.idcard.virtual.pki import TestPki


def card_date(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


def vn_record(identity: VirtualIdentity) -> VnCitizenRecord:
    return VnCitizenRecord(
        id_number=identity.id_number,
        full_name=identity.full_name,
        date_of_birth=card_date(identity.birth_date),
        sex=identity.sex,
        nationality=identity.nationality,
        ethnicity=identity.ethnicity,
        religion=identity.religion,
        place_of_origin=identity.place_of_origin,
        place_of_residence=identity.place_of_residence,
        identifying_features=identity.identifying_features,
        date_of_issue=card_date(identity.issue_date),
        date_of_expiry=card_date(identity.expiry_date),
        father_name=identity.father_name,
        mother_name=identity.mother_name,
        spouse_name=identity.spouse_name,
        other_document=identity.old_id_number,
    )


def encrypted_fields(identity: VirtualIdentity) -> dict[int, bytes]:
    """The bytes of the DG13 fields a 2024 card carries encrypted: not text, the same for
    the same identity (the algorithm is the issuer's; these are stand-in bytes)."""
    return {
        number: b"\xff" + hashlib.sha256(f"{identity.id_number}|{number}".encode()).digest()
        for number in identity.encrypted_fields
    }


def raw_fields(identity: VirtualIdentity) -> dict[int, bytes]:
    raw = encrypted_fields(identity)
    if identity.field_16 is not None:
        raw[16] = identity.field_16
    return raw


def encode_com(groups: list[LdsFile]) -> bytes:
    body = tlv.encode(0x5F01, b"0107") + tlv.encode(0x5F36, b"040000")
    body += tlv.encode(0x5C, bytes(g.tag for g in groups))
    return tlv.encode(EF_COM.tag, body)


def encode_sod(groups: dict[int, bytes], pki: TestPki) -> bytes:
    hashes = DataGroupHashValues(
        [
            DataGroupHash(
                {
                    "data_group_number": number,
                    "data_group_hash_value": hashlib.sha256(content).digest(),
                }
            )
            for number, content in sorted(groups.items())
        ]
    )
    security_object = LdsSecurityObject(
        {
            "version": 0,
            "hash_algorithm": {"algorithm": "sha256"},
            "data_group_hash_values": hashes,
        }
    ).dump()
    signed = signed_data(OID_LDS_SECURITY_OBJECT, security_object, pki.ds_cert, pki.ds_key)
    return tlv.encode(EF_SOD.tag, signed)


@dataclass
class CardFiles:
    """File identifier → content; tests may change a file to tamper with the card."""

    files: dict[int, bytes] = field(default_factory=dict)

    def by_fid(self, fid: int) -> bytes | None:
        return self.files.get(fid)

    def by_sfi(self, sfi: int) -> bytes | None:
        return self.files.get(0x0100 | sfi)

    def replace(self, file: LdsFile, content: bytes) -> None:
        self.files[file.fid] = content


def encode_dg15(seed: int) -> bytes:
    """DG15: an Active Authentication public key (the virtual chip never uses its private key)."""
    key = ec.derive_private_key(seed + 1, ec.SECP256R1()).public_key()
    info = key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return tlv.encode(DG15.tag, info)


def build_files(
    identity: VirtualIdentity,
    pki: TestPki,
    *,
    photo_format: str = "jpeg",
    seed: int = 0,
    active_authentication_key: bool = False,
) -> CardFiles:
    """EF.COM, DG1, DG2, DG13 (CCCD only), DG15 (on request) and EF.SOD, signed by the test DS."""
    image, width, height = portrait(seed or int(identity.id_number[-6:]), photo_format)
    passport = identity.document_type == PASSPORT
    groups: dict[LdsFile, bytes] = {
        DG1: encode_dg1(td3(identity) if passport else td1(identity)),
        DG2: encode_dg2(image, photo_format, width, height),
    }
    if not passport:
        groups[DG13] = encode_dg13(vn_record(identity), raw_fields(identity))
    if active_authentication_key:
        groups[DG15] = encode_dg15(seed or int(identity.id_number[-6:]))
    numbered = {f.dg_number: content for f, content in groups.items() if f.dg_number}
    files = {f.fid: content for f, content in groups.items()}
    files[EF_COM.fid] = encode_com(list(groups))
    files[EF_SOD.fid] = encode_sod(numbered, pki)
    return CardFiles(files)
