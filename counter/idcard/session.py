"""A conversation with one chip: plain or protected APDUs, counted, and file reads.

:class:`CardSession` sends every command through one :class:`Transport`,
wraps and checks it once a secure channel is open, and counts APDUs and
bytes. :meth:`CardSession.read_file` reads an elementary file in chunks: by
short EF identifier when the chip accepts it (no SELECT), a safe block of
0xDF bytes by default, smaller blocks after 6282/6700/6Cxx, and larger
extended-length blocks when the settings allow them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from counter.idcard import tlv
from counter.idcard.apdu import (
    INS_READ_BINARY,
    INS_SELECT,
    SW_END_OF_FILE,
    SW_FILE_NOT_FOUND,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    SW_WRONG_LENGTH,
    CommandApdu,
    ResponseApdu,
    Transport,
)
from counter.idcard.errors import CardDataError, CardProtocolError, NotIcaoCardError, TlvError
from counter.idcard.lds import APPLET_AID, EF_CARD_ACCESS, LdsFile
from counter.idcard.sm import SecureChannel

SAFE_BLOCK = 0xDF
MAX_OFFSET = 0x7FFF  # READ BINARY with an even INS addresses 15 bits
SFI_REFUSED = {0x6A86, 0x6A81, 0x6B00, 0x6D00, 0x6A80, 0x6981, 0x6986}

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ReadSettings:
    block_size: int = SAFE_BLOCK
    extended_block_size: int | None = None  # e.g. 0x400 when reader and chip take extended APDUs
    use_short_file_ids: bool = True
    min_block_size: int = 0x10


@dataclass
class FileStats:
    name: str
    size: int
    apdus: int
    selected: bool


@dataclass
class SessionStats:
    apdus: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    resets: int = 0
    files: list[FileStats] = field(default_factory=list)


class CardSession:
    def __init__(self, transport: Transport, settings: ReadSettings | None = None) -> None:
        self.transport = transport
        self.settings = settings or ReadSettings()
        self.channel: SecureChannel | None = None
        self.stats = SessionStats()
        self.block = self.settings.extended_block_size or self.settings.block_size
        self.sfi_supported = self.settings.use_short_file_ids

    def transmit(self, command: CommandApdu) -> ResponseApdu:
        raw_command = command.to_bytes()
        raw_response = self.transport.transmit(raw_command)
        self.stats.apdus += 1
        self.stats.bytes_sent += len(raw_command)
        self.stats.bytes_received += len(raw_response)
        return ResponseApdu.from_bytes(raw_response)

    def exchange(self, command: CommandApdu) -> ResponseApdu:
        """Send ``command``, protected when a secure channel is open."""
        if self.channel is None:
            return self.transmit(command)
        return self.channel.unwrap(self.transmit(self.channel.wrap(command)))

    def select_applet(self) -> None:
        answer = self.exchange(CommandApdu(0x00, INS_SELECT, 0x04, 0x0C, APPLET_AID))
        if not answer.ok:
            raise NotIcaoCardError(detail=f"SELECT eMRTD AID: SW {answer.sw:04X}")

    def reset_card(self) -> None:
        self.transport.reset()
        self.channel = None
        self.stats.resets += 1

    def read_card_access(self) -> bytes | None:
        """EF.CardAccess, read plainly at master file level (by short identifier 1C)."""
        answer = self.transmit(
            CommandApdu(0x00, INS_READ_BINARY, 0x80 | EF_CARD_ACCESS.sfi, 0, le=self.block)
        )
        if answer.sw in (SW_OK, SW_END_OF_FILE) and answer.data:
            try:
                total = tlv.total_size(answer.data)
            except TlvError:
                return None
            if total <= len(answer.data):
                self.stats.files.append(FileStats(EF_CARD_ACCESS.name, total, 1, False))
                return answer.data[:total]
        return None

    def select_file(self, file: LdsFile) -> bool:
        answer = self.exchange(
            CommandApdu(0x00, INS_SELECT, 0x02, 0x0C, file.fid.to_bytes(2, "big"))
        )
        if answer.sw in (SW_FILE_NOT_FOUND, SW_SECURITY_NOT_SATISFIED):
            return False
        if not answer.ok:
            raise CardProtocolError(
                f"Không chọn được tệp {file.name} trên chip.", detail=f"SW {answer.sw:04X}"
            )
        return True

    def read_binary(self, offset: int, length: int, sfi: int | None = None) -> ResponseApdu:
        if sfi is not None:
            p1, p2 = 0x80 | sfi, offset
        else:
            p1, p2 = offset >> 8, offset & 0xFF
        return self.exchange(CommandApdu(0x00, INS_READ_BINARY, p1, p2, le=length))

    def shrink_block(self, answer: ResponseApdu, asked: int) -> None:
        """Fall back to a smaller block after the chip refused ``asked`` bytes."""
        if answer.sw >> 8 == 0x6C and 0 < answer.sw & 0xFF < asked:
            smaller = answer.sw & 0xFF
        elif asked > self.settings.block_size:
            smaller = self.settings.block_size
        elif asked > SAFE_BLOCK:
            smaller = SAFE_BLOCK
        else:
            smaller = asked // 2
        if smaller < self.settings.min_block_size:
            raise CardProtocolError(
                "Chip từ chối mọi kích thước khối đọc (READ BINARY).",
                detail=f"SW {answer.sw:04X} at {asked} bytes",
            )
        self.block = smaller

    def refused_size(self, answer: ResponseApdu) -> bool:
        return (
            answer.sw == SW_WRONG_LENGTH
            or answer.sw >> 8 == 0x6C
            or (answer.sw == SW_END_OF_FILE and not answer.data)
        )

    def read_chunk(self, file: LdsFile, offset: int, wanted: int, via_sfi: bool) -> bytes | None:
        """Up to ``wanted`` bytes at ``offset``; ``None`` if the file is absent or locked."""
        for _ in range(16):
            asked = min(self.block, wanted)
            answer = self.read_binary(offset, asked, file.sfi if via_sfi else None)
            if answer.sw in (SW_OK, SW_END_OF_FILE) and answer.data:
                return answer.data[:wanted]
            if answer.sw in (SW_FILE_NOT_FOUND, SW_SECURITY_NOT_SATISFIED):
                return None
            if self.refused_size(answer):
                self.shrink_block(answer, asked)
                continue
            raise CardProtocolError(
                f"Đọc tệp {file.name} thất bại.", detail=f"SW {answer.sw:04X} at {offset}"
            )
        raise CardProtocolError(f"Đọc tệp {file.name}: quá nhiều lần thử lại.")

    def first_chunk(self, file: LdsFile) -> tuple[bytes | None, bool]:
        """The first block of ``file`` and whether a SELECT was needed."""
        if self.sfi_supported:
            answer = self.read_binary(0, self.block, file.sfi)
            if answer.sw in SFI_REFUSED:
                self.sfi_supported = False
            elif self.refused_size(answer):
                self.shrink_block(answer, self.block)
                return self.read_chunk(file, 0, self.block, True), False
            elif answer.sw in (SW_FILE_NOT_FOUND, SW_SECURITY_NOT_SATISFIED):
                return None, False
            elif answer.sw in (SW_OK, SW_END_OF_FILE) and answer.data:
                return answer.data, False
            else:
                raise CardProtocolError(
                    f"Đọc tệp {file.name} thất bại.", detail=f"SW {answer.sw:04X}"
                )
        if not self.select_file(file):
            return None, True
        return self.read_chunk(file, 0, self.block, False), True

    def read_file(self, file: LdsFile, progress: Progress | None = None) -> bytes | None:
        """The whole file, or ``None`` when the chip does not have it (or locks it)."""
        apdus_before = self.stats.apdus
        data, selected = self.first_chunk(file)
        if data is None:
            return None
        total = self.file_size(file, data)
        if total > MAX_OFFSET + self.block:
            raise CardDataError(f"Tệp {file.name} lớn hơn 32 KB ({total} byte), chưa hỗ trợ đọc.")
        buffer = bytearray(data[:total])
        if progress:
            progress(file.name, len(buffer), total)
        limit = math.ceil(total / self.settings.min_block_size) + 4
        for _ in range(limit):
            if len(buffer) >= total:
                break
            offset = len(buffer)
            # a read by short EF identifier made the file current: plain offsets from here
            chunk = self.read_chunk(file, offset, total - offset, False)
            if chunk is None:
                raise CardProtocolError(f"Tệp {file.name} biến mất giữa lúc đọc.")
            buffer += chunk
            if progress:
                progress(file.name, len(buffer), total)
        if len(buffer) < total:
            raise CardProtocolError(f"Không đọc hết tệp {file.name}.")
        self.stats.files.append(
            FileStats(file.name, total, self.stats.apdus - apdus_before, selected)
        )
        return bytes(buffer)

    def file_size(self, file: LdsFile, head: bytes) -> int:
        try:
            tag, length, value_offset = tlv.read_header(head)
        except TlvError as error:
            raise CardDataError(f"Tệp {file.name} có phần đầu hỏng: {error.message}") from error
        if tag != file.tag:
            raise CardDataError(
                f"Tệp {file.name} bắt đầu bằng thẻ {tag:X}, cần {file.tag:X}.",
            )
        return value_offset + length


def minimum_read_apdus(size: int, block: int, selected: bool) -> int:
    """The fewest APDUs a file of ``size`` bytes needs with ``block``-byte reads."""
    return math.ceil(size / block) + (1 if selected else 0)
