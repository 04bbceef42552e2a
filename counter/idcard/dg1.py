"""DG1: the MRZ as stored on the chip (tag 61, MRZ in 5F1F)."""

from __future__ import annotations

from counter.idcard import tlv
from counter.idcard.errors import CardDataError, MrzError, TlvError
from counter.idcard.lds import DG1
from counter.idcard.mrz import MrzData, parse_mrz


def parse_dg1(data: bytes) -> MrzData:
    try:
        root = tlv.parse_one(data, DG1.tag)
        text = root.require(0x5F1F, "MRZ").value.decode("ascii")
        return parse_mrz(text)
    except TlvError as error:
        raise CardDataError(f"DG1 hỏng: {error.message}") from error
    except UnicodeDecodeError as error:
        raise CardDataError("DG1 chứa ký tự ngoài ASCII.") from error
    except MrzError as error:
        raise CardDataError(f"MRZ trong DG1 không hợp lệ: {error.reason}") from error


def encode_dg1(mrz_text: str) -> bytes:
    return tlv.encode(DG1.tag, tlv.encode(0x5F1F, mrz_text.encode("ascii")))
