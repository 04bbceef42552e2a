"""DG2: the face image inside the biometric template (ICAO 9303-10, ISO/IEC 19794-5).

``75 { 7F61 { 02 count, 7F60 { A1 header, 5F2E or 7F2E facial record } } }``;
the facial record has a 14-byte general header, a 20-byte facial information
block, 8 bytes per feature point and a 12-byte image information block, then
the JPEG or JPEG 2000 image itself.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from counter.idcard import tlv
from counter.idcard.errors import CardDataError, TlvError
from counter.idcard.lds import DG2

FACE_MAGIC = b"FAC\x00"
GENERAL_HEADER = 14
FACIAL_INFO = 20
FEATURE_POINT = 8
IMAGE_INFO = 12
IMAGE_TYPES = {0: "jpeg", 1: "jpeg2000"}
JPEG_SOI = b"\xff\xd8\xff"
JP2_SIGNATURES = (b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")


@dataclass(frozen=True)
class FaceImage:
    format: str  # "jpeg" or "jpeg2000"
    width: int
    height: int
    data: bytes


def facial_record(data: bytes) -> bytes:
    try:
        root = tlv.parse_one(data, DG2.tag)
        group = root.require(0x7F61, "nhóm mẫu sinh trắc")
        template = group.require(0x7F60, "mẫu sinh trắc")
    except TlvError as error:
        raise CardDataError(f"DG2 hỏng: {error.message}") from error
    record = template.find(0x5F2E) or template.find(0x7F2E)
    if record is None:
        raise CardDataError("DG2 không có dữ liệu ảnh khuôn mặt (5F2E/7F2E).")
    return record.value


def sniff_format(image: bytes) -> str | None:
    if image.startswith(JPEG_SOI):
        return "jpeg"
    if image.startswith(JP2_SIGNATURES):
        return "jpeg2000"
    return None


def image_from_record(record: bytes) -> tuple[str, bytes]:
    if not record.startswith(FACE_MAGIC) or len(record) < GENERAL_HEADER + FACIAL_INFO:
        raise CardDataError("Bản ghi khuôn mặt trong DG2 thiếu phần đầu 'FAC'.")
    start = GENERAL_HEADER
    block_length = int.from_bytes(record[start : start + 4], "big")
    points = int.from_bytes(record[start + 4 : start + 6], "big")
    info = start + FACIAL_INFO + points * FEATURE_POINT
    image_start = info + IMAGE_INFO
    end = start + block_length
    if image_start > len(record) or end > len(record) or end <= image_start:
        raise CardDataError("Độ dài bản ghi khuôn mặt trong DG2 không khớp dữ liệu.")
    declared = IMAGE_TYPES.get(record[info + 1])
    image = record[image_start:end]
    sniffed = sniff_format(image)
    if sniffed is None:
        raise CardDataError("Ảnh trong DG2 không phải JPEG hay JPEG 2000.")
    if declared is not None and declared != sniffed:
        raise CardDataError(f"DG2 khai báo ảnh {declared} nhưng dữ liệu là {sniffed}.")
    return sniffed, image


def parse_dg2(data: bytes) -> FaceImage:
    """The first face image of DG2, decoded once to learn its real size."""
    from PIL import Image, UnidentifiedImageError

    image_format, image = image_from_record(facial_record(data))
    try:
        with Image.open(io.BytesIO(image)) as picture:
            picture.load()
            width, height = picture.size
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as error:
        raise CardDataError(f"Không giải mã được ảnh khuôn mặt ({image_format}).") from error
    return FaceImage(image_format, width, height, image)


def encode_facial_record(image: bytes, image_format: str, width: int, height: int) -> bytes:
    """An ISO/IEC 19794-5 record holding one frontal image, no feature points."""
    image_type = {v: k for k, v in IMAGE_TYPES.items()}[image_format]
    facial_info = (
        (FACIAL_INFO + IMAGE_INFO + len(image)).to_bytes(4, "big")
        + b"\x00\x00"  # feature points
        + b"\x00\x00\x00"  # gender, eye colour, hair colour unspecified
        + b"\x00\x00\x00"  # property mask
        + b"\x00\x00"  # expression
        + b"\x00\x00\x00"  # pose angles
        + b"\x00\x00\x00"  # pose angle uncertainty
    )
    image_info = (
        b"\x01"  # full frontal
        + bytes([image_type])
        + width.to_bytes(2, "big")
        + height.to_bytes(2, "big")
        + b"\x01\x02"  # 24-bit RGB, digital still camera
        + b"\x00\x00\x00\x00"
    )
    body = facial_info + image_info + image
    header = FACE_MAGIC + b"010\x00" + (GENERAL_HEADER + len(body)).to_bytes(4, "big") + b"\x00\x01"
    return header + body


def encode_dg2(image: bytes, image_format: str, width: int, height: int) -> bytes:
    record = encode_facial_record(image, image_format, width, height)
    biometric_header = tlv.encode(
        0xA1,
        tlv.encode(0x80, b"\x01\x01")  # ICAO header version
        + tlv.encode(0x81, b"\x02")  # biometric type: face
        + tlv.encode(0x87, b"\x01\x01")  # format owner
        + tlv.encode(0x88, b"\x00\x08"),  # format type
    )
    template = tlv.encode(0x7F60, biometric_header + tlv.encode(0x5F2E, record))
    group = tlv.encode(0x7F61, tlv.encode(0x02, b"\x01") + template)
    return tlv.encode(DG2.tag, group)
