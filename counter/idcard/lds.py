"""The files of the eMRTD application (ICAO 9303-10): identifiers and EF.COM."""

from __future__ import annotations

from dataclasses import dataclass

from counter.idcard import tlv
from counter.idcard.errors import CardDataError, TlvError

APPLET_AID = bytes.fromhex("A0000002471001")


@dataclass(frozen=True)
class LdsFile:
    name: str
    fid: int
    sfi: int
    tag: int
    dg_number: int | None = None


EF_COM = LdsFile("EF.COM", 0x011E, 0x1E, 0x60)
EF_SOD = LdsFile("EF.SOD", 0x011D, 0x1D, 0x77)
EF_CARD_ACCESS = LdsFile("EF.CardAccess", 0x011C, 0x1C, 0x31)
DG1 = LdsFile("DG1", 0x0101, 0x01, 0x61, 1)
DG2 = LdsFile("DG2", 0x0102, 0x02, 0x75, 2)
DG13 = LdsFile("DG13", 0x010D, 0x0D, 0x6D, 13)
DG14 = LdsFile("DG14", 0x010E, 0x0E, 0x6E, 14)
DG15 = LdsFile("DG15", 0x010F, 0x0F, 0x6F, 15)

DATA_GROUP_TAGS = {
    0x61: 1, 0x75: 2, 0x63: 3, 0x76: 4, 0x65: 5, 0x66: 6, 0x67: 7, 0x68: 8,
    0x69: 9, 0x6A: 10, 0x6B: 11, 0x6C: 12, 0x6D: 13, 0x6E: 14, 0x6F: 15, 0x70: 16,
}  # fmt: skip


@dataclass(frozen=True)
class ComFile:
    lds_version: str
    unicode_version: str
    data_groups: tuple[int, ...]


def parse_com(data: bytes) -> ComFile:
    """EF.COM: LDS version, Unicode version and the list of data group tags present."""
    try:
        root = tlv.parse_one(data, EF_COM.tag)
        tag_list = root.require(0x5C, "danh sách nhóm dữ liệu").value
    except TlvError as error:
        raise CardDataError(f"EF.COM hỏng: {error.message}") from error
    version = root.find(0x5F01)
    unicode_version = root.find(0x5F36)
    groups = tuple(sorted({DATA_GROUP_TAGS[t] for t in tag_list if t in DATA_GROUP_TAGS}))
    return ComFile(
        version.value.decode("ascii", "replace") if version else "",
        unicode_version.value.decode("ascii", "replace") if unicode_version else "",
        groups,
    )
