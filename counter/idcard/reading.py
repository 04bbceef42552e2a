"""The reading strategy: one full identity read of a CCCD or passport chip.

SELECT the eMRTD application and BAC (PACE with the CAN, or the MRZ, when the
chip refuses BAC and EF.CardAccess offers PACE), then EF.COM, DG1, DG13 (when listed), DG2
(when asked), DG14/DG15 (when asked and listed), EF.SOD, then passive
authentication over everything that was read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from counter.idcard.apdu import Transport
from counter.idcard.bac import perform_bac
from counter.idcard.dg1 import parse_dg1
from counter.idcard.dg2 import parse_dg2
from counter.idcard.dg13 import parse_dg13
from counter.idcard.errors import (
    AccessDeniedError,
    AccessUnavailableError,
    CardDataError,
    CardError,
    PaceUnavailableError,
)
from counter.idcard.lds import DG1, DG2, DG13, DG14, DG15, EF_COM, EF_SOD, LdsFile, parse_com
from counter.idcard.mrz import AccessKey
from counter.idcard.pace import PacePassword, parse_card_access, perform_pace
from counter.idcard.passive_auth import passive_authentication
from counter.idcard.result import CardReadResult
from counter.idcard.session import CardSession, Progress, ReadSettings, minimum_read_apdus
from counter.idcard.trust import TrustStore

T = TypeVar("T")


@dataclass(frozen=True)
class ReadOptions:
    include_photo: bool = True
    include_security_groups: bool = False
    settings: ReadSettings = field(default_factory=ReadSettings)


def open_with_bac(session: CardSession, keys: Sequence[AccessKey]) -> None:
    """BAC with the first key the chip accepts."""
    keys = [k for k in keys if k.bac]
    if not keys:
        raise AccessDeniedError(detail="no access key")
    for attempt, key in enumerate(keys, start=1):
        session.select_applet()
        try:
            session.channel = perform_bac(session.exchange, key)
            return
        except AccessDeniedError:
            if attempt == len(keys):
                raise


def pace_passwords(keys: Sequence[AccessKey], bac_unavailable: bool) -> list[PacePassword]:
    """CANs first; the MRZ as a PACE password only if BAC itself was not offered."""
    passwords = [PacePassword.can(k.can) for k in keys if k.can]
    if bac_unavailable:
        passwords += [PacePassword.mrz(k) for k in keys if k.bac]
    return list(dict.fromkeys(passwords))


def open_with_pace(
    session: CardSession, keys: Sequence[AccessKey], refused: CardError
) -> str | None:
    """PACE after BAC failed: the method that worked, or ``None`` if PACE is not offered."""
    session.reset_card()
    card_access = session.read_card_access()
    infos = parse_card_access(card_access) if card_access else []
    info = next((i for i in infos if i.supported), None)
    passwords = pace_passwords(keys, isinstance(refused, AccessUnavailableError))
    if info is None or not passwords:
        return None
    for attempt, password in enumerate(passwords, start=1):
        try:
            session.channel = perform_pace(session.exchange, password, info)
        except AccessDeniedError:
            if attempt == len(passwords):
                raise
            continue
        session.select_applet()
        return password.method
    return None


def open_secure_channel(session: CardSession, keys: Sequence[AccessKey]) -> str:
    """BAC, and PACE when the chip refuses BAC (or does not offer it): the method used.
    With the CAN alone, PACE straight away."""
    if not any(k.bac for k in keys):
        no_pace = PaceUnavailableError()
        method = open_with_pace(session, keys, no_pace)
        if method is None:
            raise no_pace
        return method
    try:
        open_with_bac(session, keys)
        return "BAC"
    except (AccessDeniedError, AccessUnavailableError) as refused:
        method = open_with_pace(session, keys, refused)
        if method is None:
            raise refused from None
        return method


def wanted_files(groups: Sequence[int], options: ReadOptions) -> list[LdsFile]:
    files = [DG1]
    if 13 in groups:
        files.append(DG13)
    if options.include_photo and 2 in groups:
        files.append(DG2)
    if options.include_security_groups:
        files += [f for f in (DG14, DG15) if f.dg_number in groups]
    return files


def read_identity(
    transport: Transport,
    keys: AccessKey | Sequence[AccessKey],
    trust: TrustStore,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
    reader: str | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> CardReadResult:
    options = options or ReadOptions()
    started = clock()
    session = CardSession(transport, options.settings)
    method = open_secure_channel(session, [keys] if isinstance(keys, AccessKey) else list(keys))
    authentication_apdus = session.stats.apdus
    files_before = len(session.stats.files)
    com_raw = session.read_file(EF_COM, progress)
    if com_raw is None:
        raise CardDataError("Chip không có EF.COM.")
    com = parse_com(com_raw)
    groups: dict[int, bytes] = {}
    for file in wanted_files(com.data_groups, options):
        content = session.read_file(file, progress)
        if content is not None and file.dg_number is not None:
            groups[file.dg_number] = content
    if 1 not in groups:
        raise CardDataError("Chip không có DG1 (MRZ).")
    sod = session.read_file(EF_SOD, progress)
    warnings: list[str] = []
    vn = parse_optional(parse_dg13, groups.get(13), warnings)
    photo = parse_optional(parse_dg2, groups.get(2), warnings)
    verdict = passive_authentication(sod, groups, trust)
    block = session.block
    minimum = authentication_apdus + sum(
        minimum_read_apdus(f.size, block, f.selected) for f in session.stats.files[files_before:]
    )
    return CardReadResult(
        mrz=parse_dg1(groups[1]),
        vn=vn,
        photo=photo,
        passive_authentication=verdict,
        access_method=method,
        apdus=session.stats.apdus,
        apdus_minimum=minimum,
        bytes_sent=session.stats.bytes_sent,
        bytes_received=session.stats.bytes_received,
        elapsed_ms=(clock() - started) * 1000,
        block_size=block,
        files=tuple(session.stats.files),
        warnings=tuple(warnings),
        reader=reader,
    )


def parse_optional(
    parse: Callable[[bytes], T], content: bytes | None, warnings: list[str]
) -> T | None:
    if content is None:
        return None
    try:
        return parse(content)
    except CardDataError as error:
        warnings.append(error.message)
        return None
