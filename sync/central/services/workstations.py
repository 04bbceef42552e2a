"""Enrolment of workstations, their bearer tokens, and revocation."""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counter.errors import InputError, NotFoundError
from sync.central.errors import ForbiddenError, UnauthorizedError, WorkstationRevokedError
from sync.central.models import CodeBlock, EnrolmentCode, Workstation
from sync.central.services.common import WorkstationIdentity, utc_now
from sync.central.services.streams import publish
from sync.keys import ed25519_public_from_b64, x25519_public_from_b64
from sync.protocol import EnrolRequest, enrolment_statement, normalise_enrolment_code

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 12
LAST_SEEN_STEP = timedelta(minutes=1)
UNKNOWN_CODE = "Mã đăng ký máy trạm không đúng (hoặc không dành cho cơ quan này)."


@dataclass(frozen=True)
class Enrolment:
    workstation_id: str
    token: str
    agency_code: str


@dataclass(frozen=True)
class WorkstationRow:
    id: str
    name: str
    agency_code: str
    enrolled_at: datetime
    revoked_at: datetime | None
    revoke_reason: str | None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_enrolment_code(session: Session, agency_code: str, valid_days: int) -> str:
    """A one-time code for one workstation of ``agency_code``, shown once to the administrator."""
    agency_code = agency_code.strip()
    if not agency_code:
        raise InputError("agency", "cần mã cơ quan")
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    now = utc_now()
    session.add(
        EnrolmentCode(
            code_hash=code_digest(raw),
            agency_code=agency_code,
            created_at=now,
            expires_at=now + timedelta(days=valid_days),
        )
    )
    return "-".join(raw[i : i + 4] for i in range(0, _CODE_LENGTH, 4))


def code_digest(normalised_code: str) -> str:
    """How an enrolment code is kept and looked up (never the code itself)."""
    return _digest(normalised_code)


def _verify_proof(request: EnrolRequest) -> None:
    key = ed25519_public_from_b64(request.public_key, "public_key")
    if request.encryption_key is not None:
        x25519_public_from_b64(request.encryption_key, "encryption_key")
    statement = enrolment_statement(
        request.code, request.name, request.agency_code, request.public_key, request.encryption_key
    )
    try:
        key.verify(base64.b64decode(request.proof, validate=True), statement)
    except (binascii.Error, ValueError, InvalidSignature):
        raise InputError("proof", "chữ ký chứng minh khóa của máy trạm không hợp lệ") from None


def enrol(session: Session, request: EnrolRequest) -> Enrolment:
    """Use a one-time code. Asking again with the same code and key (a lost answer) renews the token."""
    _verify_proof(request)
    code = session.scalars(
        select(EnrolmentCode).where(
            EnrolmentCode.code_hash == code_digest(normalise_enrolment_code(request.code))
        )
    ).first()
    if code is None or code.agency_code != request.agency_code:
        # The same answer for both: a caller learns nothing of the agency a code is for.
        raise ForbiddenError(UNKNOWN_CODE)
    token = secrets.token_urlsafe(32)
    if code.used_at is not None:
        return _renew(session, code, request, token)
    if code.expires_at < utc_now():
        raise ForbiddenError("Mã đăng ký máy trạm đã hết hạn; hãy xin mã mới.")
    workstation_id = str(uuid.uuid4())
    claimed = session.scalar(
        update(EnrolmentCode)
        .where(EnrolmentCode.id == code.id, EnrolmentCode.used_at.is_(None))
        .values(used_at=utc_now(), workstation_id=workstation_id)
        .returning(EnrolmentCode.id)
    )
    if claimed is None:
        raise ForbiddenError("Mã đăng ký máy trạm đã được sử dụng.")
    workstation = Workstation(
        id=workstation_id,
        name=request.name,
        agency_code=request.agency_code,
        public_key=request.public_key,
        encryption_key=request.encryption_key,
        token_hash=_digest(token),
        enrolled_at=utc_now(),
    )
    session.add(workstation)
    publish_workstation(session, workstation)
    return Enrolment(workstation_id, token, request.agency_code)


def publish_workstation(session: Session, workstation: Workstation) -> None:
    """Tell the agency's workstations who signs and who can open batch files."""
    publish(
        session,
        "workstations",
        workstation.id,
        {
            "id": workstation.id,
            "name": workstation.name,
            "agency_code": workstation.agency_code,
            "signing_key": workstation.public_key,
            "encryption_key": workstation.encryption_key,
            "revoked": workstation.revoked_at is not None,
        },
        scope=f"agency:{workstation.agency_code}",
    )


def _renew(session: Session, code: EnrolmentCode, request: EnrolRequest, token: str) -> Enrolment:
    workstation = session.get(Workstation, code.workstation_id) if code.workstation_id else None
    if (
        workstation is None
        or workstation.public_key != request.public_key
        or workstation.revoked_at is not None
    ):
        raise ForbiddenError("Mã đăng ký máy trạm đã được sử dụng.")
    workstation.token_hash = _digest(token)
    return Enrolment(workstation.id, token, workstation.agency_code)


def authenticate(session: Session, authorization: str | None) -> WorkstationIdentity:
    """The workstation behind a ``Bearer`` token; 401 if unknown, 403 if revoked."""
    if not authorization or not authorization.startswith("Bearer "):
        raise UnauthorizedError("Thiếu mã truy cập của máy trạm; hãy đăng ký máy trạm trước.")
    token = authorization.removeprefix("Bearer ").strip()
    workstation = session.scalars(
        select(Workstation).where(Workstation.token_hash == _digest(token))
    ).first()
    if workstation is None:
        raise UnauthorizedError("Mã truy cập của máy trạm không đúng hoặc đã được thay.")
    if workstation.revoked_at is not None:
        raise WorkstationRevokedError(
            f"Máy trạm '{workstation.name}' đã bị thu hồi lúc "
            f"{workstation.revoked_at:%Y-%m-%d %H:%M} UTC"
            + (f" (lý do: {workstation.revoke_reason})" if workstation.revoke_reason else "")
            + "; hãy liên hệ quản trị viên hệ thống trung tâm."
        )
    seen = utc_now()
    if workstation.last_seen_at is None or seen - workstation.last_seen_at >= LAST_SEEN_STEP:
        workstation.last_seen_at = seen  # at most one write a minute per workstation
    return identity_of(workstation)


def identity_of(workstation: Workstation) -> WorkstationIdentity:
    return WorkstationIdentity(
        workstation.id, workstation.name, workstation.agency_code, workstation.public_key
    )


def revoke(session: Session, workstation_id: str, reason: str, today_local: date) -> None:
    """Refuse the workstation from now on; its code blocks end today."""
    workstation = session.get(Workstation, workstation_id)
    if workstation is None:
        raise NotFoundError(f"Không có máy trạm '{workstation_id}'.")
    if workstation.revoked_at is None:
        workstation.revoked_at = utc_now()
        workstation.revoke_reason = reason or None
        publish_workstation(session, workstation)
    session.execute(
        update(CodeBlock)
        .where(
            CodeBlock.workstation_id == workstation_id,
            (CodeBlock.valid_to.is_(None)) | (CodeBlock.valid_to > today_local),
        )
        .values(valid_to=today_local)
    )


def list_workstations(session: Session) -> list[WorkstationRow]:
    rows = session.scalars(select(Workstation).order_by(Workstation.agency_code, Workstation.name))
    return [
        WorkstationRow(w.id, w.name, w.agency_code, w.enrolled_at, w.revoked_at, w.revoke_reason)
        for w in rows
    ]
