"""What a card read hands out: one typed result shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from counter.idcard.dg2 import FaceImage
from counter.idcard.dg13 import VnCitizenRecord
from counter.idcard.mrz import MrzData
from counter.idcard.passive_auth import PassiveAuthResult
from counter.idcard.session import FileStats


@dataclass(frozen=True)
class CardReadResult:
    mrz: MrzData
    vn: VnCitizenRecord | None
    photo: FaceImage | None
    passive_authentication: PassiveAuthResult
    access_method: str
    apdus: int
    apdus_minimum: int
    bytes_sent: int
    bytes_received: int
    elapsed_ms: float
    block_size: int
    files: tuple[FileStats, ...] = ()
    warnings: tuple[str, ...] = ()
    reader: str | None = None


def iso_or_text(date_text: str, parsed: object) -> str:
    return parsed.isoformat() if parsed is not None else date_text  # type: ignore[attr-defined]


def result_to_dict(result: CardReadResult) -> dict[str, object]:
    """The JSON shape printed by ``main.py card read --json``."""
    mrz = result.mrz
    photo = result.photo
    pa = result.passive_authentication
    return {
        "mrz": {
            "format": mrz.format,
            "document_code": mrz.document_code,
            "issuing_state": mrz.issuing_state,
            "document_number": mrz.document_number,
            "surname": mrz.surname,
            "given_names": mrz.given_names,
            "nationality": mrz.nationality,
            "birth_date": iso_or_text(mrz.birth_date_text, mrz.birth_date),
            "sex": mrz.sex,
            "expiry_date": iso_or_text(mrz.expiry_date_text, mrz.expiry_date),
            "optional_data": mrz.optional_data,
        },
        "vn": result.vn.named_fields() if result.vn else None,
        "photo": (
            {
                "format": photo.format,
                "width": photo.width,
                "height": photo.height,
                "bytes": len(photo.data),
            }
            if photo
            else None
        ),
        "passive_authentication": {
            "status": pa.status,
            "reason": pa.reason,
            "checked_groups": list(pa.checked_groups),
            "signer": pa.signer,
            "anchor": pa.anchor,
        },
        "access_method": result.access_method,
        "apdus": result.apdus,
        "apdus_minimum": result.apdus_minimum,
        "bytes_sent": result.bytes_sent,
        "bytes_received": result.bytes_received,
        "block_size": result.block_size,
        "elapsed_ms": round(result.elapsed_ms, 1),
        "files": {f.name: {"size": f.size, "apdus": f.apdus} for f in result.files},
        "warnings": list(result.warnings),
        "reader": result.reader,
    }
