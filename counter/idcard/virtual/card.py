"""The virtual chip: answers APDUs like an eMRTD (a CCCD or a passport).

It knows SELECT (by AID and by file identifier), GET CHALLENGE, EXTERNAL
AUTHENTICATE (BAC), MSE:Set AT and GENERAL AUTHENTICATE (PACE, with
EF.CardAccess readable beforehand) and READ BINARY (offset or short EF
identifier), all protected by secure messaging once BAC or PACE succeeded. :class:`CardQuirks`
reproduces what real chips do: refusing large blocks (6700), refusing short
EF identifiers, or taking extended-length APDUs.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from counter.idcard.apdu import (
    INS_EXTERNAL_AUTHENTICATE,
    INS_GENERAL_AUTHENTICATE,
    INS_GET_CHALLENGE,
    INS_MSE,
    INS_READ_BINARY,
    INS_SELECT,
    SW_AUTH_FAILED,
    SW_CONDITIONS_NOT_SATISFIED,
    SW_END_OF_FILE,
    SW_FILE_NOT_FOUND,
    SW_INCORRECT_PARAMETERS,
    SW_INS_NOT_SUPPORTED,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    SW_SM_OBJECTS_INCORRECT,
    SW_WRONG_LENGTH,
    SW_WRONG_P1P2,
    CommandApdu,
    ResponseApdu,
)
from counter.idcard.bac import BacKeys
from counter.idcard.errors import CardProtocolError, SecureMessagingError
from counter.idcard.lds import APPLET_AID, EF_CARD_ACCESS
from counter.idcard.mrz import AccessKey
from counter.idcard.virtual.card_pace import PaceResponder, encode_card_access
from counter.idcard.virtual.card_sm import CardChannel, answer_external_authenticate
from counter.idcard.virtual.documents import CardFiles

SHORT_RESPONSE_MAX = 256


def contactless_atr() -> bytes:
    """A PC/SC pseudo-ATR for an ISO 14443-4 card, with its TCK."""
    body = bytes.fromhex("8880010000000077818000")
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3b" + body + bytes([tck])


@dataclass
class CardQuirks:
    short_file_ids: bool = True
    extended_length: bool = False
    max_extended_response: int = 0x1000
    bac: bool = True
    pace: bool = True
    max_read: int | None = None  # larger READ BINARY Le is answered 6Cxx with this size


@dataclass
class CardState:
    applet: bool = False
    rnd_ic: bytes | None = None
    channel: CardChannel | None = None
    selected: int | None = None


@dataclass
class VirtualCard:
    access_key: AccessKey
    files: CardFiles
    quirks: CardQuirks = field(default_factory=CardQuirks)
    random: Callable[[int], bytes] = os.urandom
    atr: bytes = field(default_factory=contactless_atr)

    def __post_init__(self) -> None:
        self.keys = BacKeys.from_access_key(self.access_key)
        self.state = CardState()
        self.pace = self.new_pace()
        self.lock = threading.Lock()
        self.commands = 0

    def new_pace(self) -> PaceResponder | None:
        return PaceResponder.for_card(self.access_key) if self.quirks.pace else None

    def reset(self) -> None:
        with self.lock:
            self.state = CardState()
            self.pace = self.new_pace()

    def process(self, raw: bytes) -> bytes:
        """One APDU in, one response out (never raises for bad input)."""
        with self.lock:
            self.commands += 1
            try:
                command = CommandApdu.from_bytes(raw)
            except CardProtocolError:
                return SW_WRONG_LENGTH.to_bytes(2, "big")
            return self.answer(command).to_bytes()

    def answer(self, command: CommandApdu) -> ResponseApdu:
        channel = self.state.channel
        if channel is not None and command.cla == 0x00 and command.ins == INS_SELECT:
            channel = self.state.channel = None  # selecting the application resets security
        if channel is None:
            if command.cla & 0x0C:
                return ResponseApdu(b"", SW_CONDITIONS_NOT_SATISFIED)
            if command.extended and not self.quirks.extended_length:
                return ResponseApdu(b"", SW_WRONG_LENGTH)
            return self.dispatch(command, protected=False)
        try:
            plain = channel.unwrap(command)
        except SecureMessagingError:
            self.state.channel = None  # ICAO: abort the secure session
            return ResponseApdu(b"", SW_SM_OBJECTS_INCORRECT)
        if command.extended and not self.quirks.extended_length:
            return channel.wrap(ResponseApdu(b"", SW_WRONG_LENGTH))
        reply = self.dispatch(plain, protected=True)
        if self.state.channel is None:
            return reply
        ssc = channel.ssc
        wrapped = channel.wrap(reply)
        limit = self.quirks.max_extended_response if command.extended else SHORT_RESPONSE_MAX
        if len(wrapped.data) > limit:  # too big for one response: the chip says 6700
            channel.ssc = ssc
            return channel.wrap(ResponseApdu(b"", SW_WRONG_LENGTH))
        return wrapped

    def dispatch(self, command: CommandApdu, *, protected: bool) -> ResponseApdu:
        handlers = {
            INS_SELECT: self.select,
            INS_GET_CHALLENGE: self.get_challenge,
            INS_EXTERNAL_AUTHENTICATE: self.external_authenticate,
            INS_READ_BINARY: self.read_binary,
            INS_MSE: self.manage_security_environment,
            INS_GENERAL_AUTHENTICATE: self.general_authenticate,
        }
        handler = handlers.get(command.ins)
        if handler is None:
            return ResponseApdu(b"", SW_INS_NOT_SUPPORTED)
        return handler(command, protected)

    def select(self, command: CommandApdu, protected: bool) -> ResponseApdu:
        if command.p1 == 0x04:
            if command.data != APPLET_AID:
                return ResponseApdu(b"", SW_FILE_NOT_FOUND)
            # a protected SELECT (after PACE) keeps the session; a plain one ends it
            self.state = CardState(applet=True, channel=self.state.channel if protected else None)
            return ResponseApdu(b"", SW_OK)
        if command.p1 == 0x00 and command.data == b"\x3f\x00":
            return ResponseApdu(b"", SW_INS_NOT_SUPPORTED)  # like real CCCDs: no MF select
        if command.p1 != 0x02 or len(command.data) != 2 or not self.state.applet:
            return ResponseApdu(b"", SW_WRONG_P1P2)
        if not protected:
            return ResponseApdu(b"", SW_SECURITY_NOT_SATISFIED)
        fid = int.from_bytes(command.data, "big")
        if self.files.by_fid(fid) is None:
            return ResponseApdu(b"", SW_FILE_NOT_FOUND)
        self.state.selected = fid
        return ResponseApdu(b"", SW_OK)

    def get_challenge(self, command: CommandApdu, protected: bool) -> ResponseApdu:
        if not self.state.applet or not self.quirks.bac:
            return ResponseApdu(b"", SW_INS_NOT_SUPPORTED)
        if command.le != 8:
            return ResponseApdu(b"", SW_WRONG_LENGTH)
        self.state.rnd_ic = self.random(8)
        return ResponseApdu(self.state.rnd_ic, SW_OK)

    def external_authenticate(self, command: CommandApdu, protected: bool) -> ResponseApdu:
        rnd_ic, self.state.rnd_ic = self.state.rnd_ic, None
        if rnd_ic is None or protected:
            return ResponseApdu(b"", SW_CONDITIONS_NOT_SATISFIED)
        answer = answer_external_authenticate(self.keys, command.data, rnd_ic, self.random(16))
        if answer is None:
            return ResponseApdu(b"", SW_AUTH_FAILED)
        reply, channel = answer
        self.state.channel = channel
        return ResponseApdu(reply, SW_OK)

    def manage_security_environment(self, command: CommandApdu, protected: bool) -> ResponseApdu:
        if self.pace is None or protected:
            return ResponseApdu(b"", SW_INS_NOT_SUPPORTED if self.pace is None else 0x6985)
        return self.pace.set_template(command)

    def general_authenticate(self, command: CommandApdu, protected: bool) -> ResponseApdu:
        if self.pace is None or protected:
            return ResponseApdu(b"", SW_INS_NOT_SUPPORTED if self.pace is None else 0x6985)
        answer = self.pace.general_authenticate(command)
        if self.pace.channel is not None:
            self.state = CardState(channel=self.pace.channel)
            self.pace = self.new_pace()
        return answer

    def card_access(self, command: CommandApdu) -> ResponseApdu:
        """EF.CardAccess: readable by anyone, before authentication."""
        if self.pace is None:
            return ResponseApdu(b"", SW_FILE_NOT_FOUND)
        content = encode_card_access()
        chunk = content[command.p2 : command.p2 + (command.le or 256)]
        return ResponseApdu(chunk, SW_OK if command.le == len(chunk) else SW_END_OF_FILE)

    def read_binary(self, command: CommandApdu, protected: bool) -> ResponseApdu:
        if command.p1 == 0x80 | EF_CARD_ACCESS.sfi:
            return self.card_access(command)
        if not protected:
            return ResponseApdu(b"", SW_SECURITY_NOT_SATISFIED)
        if command.p1 & 0x80:
            if not self.quirks.short_file_ids:
                return ResponseApdu(b"", SW_WRONG_P1P2)
            content = self.files.by_sfi(command.p1 & 0x1F)
            if content is None:
                return ResponseApdu(b"", SW_FILE_NOT_FOUND)
            self.state.selected = 0x0100 | (command.p1 & 0x1F)
            offset = command.p2
        else:
            if self.state.selected is None:
                return ResponseApdu(b"", SW_CONDITIONS_NOT_SATISFIED)
            content = self.files.by_fid(self.state.selected) or b""
            offset = (command.p1 << 8) | command.p2
        if offset >= len(content):
            return ResponseApdu(b"", SW_INCORRECT_PARAMETERS)
        wanted = command.le or 256
        if self.quirks.max_read is not None and wanted > self.quirks.max_read:
            return ResponseApdu(b"", 0x6C00 | self.quirks.max_read)
        chunk = content[offset : offset + wanted]
        return ResponseApdu(chunk, SW_OK if len(chunk) == wanted else SW_END_OF_FILE)
