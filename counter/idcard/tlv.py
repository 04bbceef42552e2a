"""BER-TLV as used by ICAO 9303 files and ISO 7816 secure messaging.

Tags are kept as integers of their encoded bytes (``0x5F1F``, ``0x7F61``).
Parsing is strict and bounded: every length is checked against the data,
definite lengths only, at most four length bytes and a limited nesting depth.
Malformed input raises :class:`TlvError`, never anything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from counter.idcard.errors import TlvError

MAX_DEPTH = 16


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes
    children: tuple[Tlv, ...] = field(default=(), repr=False)

    @property
    def constructed(self) -> bool:
        return is_constructed(self.tag)

    def find(self, tag: int) -> Tlv | None:
        """The first direct child with ``tag``."""
        return next((child for child in self.children if child.tag == tag), None)

    def require(self, tag: int, what: str) -> Tlv:
        child = self.find(tag)
        if child is None:
            raise TlvError(f"Thiếu trường {what} (thẻ {tag:X}) trong dữ liệu chip.")
        return child

    def walk(self) -> Iterator[Tlv]:
        yield self
        for child in self.children:
            yield from child.walk()


def tag_first_byte(tag: int) -> int:
    while tag > 0xFF:
        tag >>= 8
    return tag


def is_constructed(tag: int) -> bool:
    return bool(tag_first_byte(tag) & 0x20)


def read_tag(data: bytes, offset: int) -> tuple[int, int]:
    """The tag starting at ``offset`` and the offset after it."""
    if offset >= len(data):
        raise TlvError("Dữ liệu TLV bị cắt cụt: thiếu thẻ (tag).")
    first = data[offset]
    tag = first
    offset += 1
    if first & 0x1F == 0x1F:
        for _ in range(3):
            if offset >= len(data):
                raise TlvError("Dữ liệu TLV bị cắt cụt giữa thẻ nhiều byte.")
            byte = data[offset]
            tag = (tag << 8) | byte
            offset += 1
            if not byte & 0x80:
                return tag, offset
        raise TlvError("Thẻ TLV dài quá 4 byte.")
    return tag, offset


def read_length(data: bytes, offset: int) -> tuple[int, int]:
    """The definite length starting at ``offset`` and the offset after it."""
    if offset >= len(data):
        raise TlvError("Dữ liệu TLV bị cắt cụt: thiếu độ dài.")
    first = data[offset]
    offset += 1
    if first < 0x80:
        return first, offset
    count = first & 0x7F
    if count == 0 or count > 4:
        raise TlvError(f"Độ dài TLV không hợp lệ (byte {first:02X}).")
    if offset + count > len(data):
        raise TlvError("Dữ liệu TLV bị cắt cụt giữa các byte độ dài.")
    return int.from_bytes(data[offset : offset + count], "big"), offset + count


def read_header(data: bytes, offset: int = 0) -> tuple[int, int, int]:
    """``(tag, length, value_offset)`` of the object at ``offset`` (value may be absent)."""
    tag, offset = read_tag(data, offset)
    length, offset = read_length(data, offset)
    return tag, length, offset


def total_size(header: bytes) -> int:
    """The full encoded size of the object whose first bytes are ``header``."""
    _, length, value_offset = read_header(header)
    return value_offset + length


def parse(data: bytes, *, depth: int = 0) -> list[Tlv]:
    """All objects in ``data``, constructed ones parsed recursively."""
    if depth > MAX_DEPTH:
        raise TlvError("Dữ liệu TLV lồng nhau quá sâu.")
    items: list[Tlv] = []
    offset = 0
    while offset < len(data):
        tag, length, value_offset = read_header(data, offset)
        end = value_offset + length
        if end > len(data):
            raise TlvError(
                f"Dữ liệu TLV bị cắt cụt: thẻ {tag:X} cần {length} byte, "
                f"chỉ còn {len(data) - value_offset}."
            )
        value = data[value_offset:end]
        children = tuple(parse(value, depth=depth + 1)) if is_constructed(tag) else ()
        items.append(Tlv(tag, value, children))
        offset = end
    return items


def parse_one(data: bytes, expected_tag: int | None = None) -> Tlv:
    """The single object that makes up ``data`` (trailing bytes are an error)."""
    items = parse(data)
    if len(items) != 1:
        raise TlvError(f"Cần đúng một đối tượng TLV, có {len(items)}.")
    item = items[0]
    if expected_tag is not None and item.tag != expected_tag:
        raise TlvError(f"Thẻ TLV {item.tag:X} không phải thẻ mong đợi {expected_tag:X}.")
    return item


def encode_tag(tag: int) -> bytes:
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def encode(tag: int, value: bytes) -> bytes:
    return encode_tag(tag) + encode_length(len(value)) + value


def oid_bytes(dotted: str) -> bytes:
    """The content octets of an OBJECT IDENTIFIER."""
    parts = [int(p) for p in dotted.split(".")]
    body = bytearray([parts[0] * 40 + parts[1]])
    for part in parts[2:]:
        chunk = [part & 0x7F]
        part >>= 7
        while part:
            chunk.append(0x80 | (part & 0x7F))
            part >>= 7
        body += bytes(reversed(chunk))
    return bytes(body)


def oid_dotted(value: bytes) -> str:
    """The dotted form of OBJECT IDENTIFIER content octets; malformed ones raise ``TlvError``."""
    if not value or value[-1] & 0x80:
        raise TlvError("OBJECT IDENTIFIER không hợp lệ.")
    first = value[0]
    parts = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    number = 0
    for byte in value[1:]:
        number = (number << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(number)
            number = 0
    return ".".join(str(p) for p in parts)
