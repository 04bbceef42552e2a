"""What a procedure asks for, by channel and by case: processing time, fee and documents.

The national portal lists, per procedure, a table "Hình thức nộp / Thời hạn giải quyết /
Phí, lệ phí / Mô tả" (in person, online, by post), and the documents and times that vary
by case (marriage: same day, or up to 5 working days when verification is needed). Fee
exemptions are set by law per group of people (Law on Civil Status Art. 11).

Resolution order for a dossier: the procedure's own terms, then the channel's, then the
chosen case's, then the case's own channel terms; each level replaces only what it sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counter import validate
from counter.catalogue.fees import FeeRule, parse_fee
from counter.deadlines.compute import PROCESSING_KINDS, ProcessingTime
from counter.errors import InputError

CATALOGUE_CHANNELS = ("in_person", "online", "post")
CATALOGUE_CHANNEL_LABELS = {"in_person": "Trực tiếp", "online": "Trực tuyến",
                            "post": "Dịch vụ bưu chính"}
# How a dossier reaches the office (counter.dossiers.model.CHANNELS) -> the catalogue's channel.
DOSSIER_CHANNEL = {"counter": "in_person", "village_team": "in_person", "post": "post",
                   "online": "online"}


@dataclass(frozen=True)
class ChannelTerms:
    """One row of the portal's "Cách thức thực hiện" table; None: as the procedure."""

    channel: str
    processing: ProcessingTime | None = None
    processing_note: str = ""
    fee: FeeRule | None = None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "processing_time": processing_json(self.processing, self.processing_note),
            "fee": self.fee.to_json() if self.fee is not None else None,
            "note": self.note,
        }


@dataclass(frozen=True)
class ProcedureCase:
    """A case of the procedure (trường hợp) with its own documents, time or fee."""

    key: str
    name: str
    processing: ProcessingTime | None = None
    processing_note: str = ""
    fee: FeeRule | None = None
    documents: tuple[Any, ...] | None = None  # DocumentComponent; None: the procedure's
    channels: tuple[ChannelTerms, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "processing_time": processing_json(self.processing, self.processing_note),
            "fee": self.fee.to_json() if self.fee is not None else None,
            "documents": None if self.documents is None else [d.to_json() for d in self.documents],
            "channels": [c.to_json() for c in self.channels],
        }


@dataclass(frozen=True)
class FeeExemption:
    """A group of people exempt from the fee, with the legal basis printed on the receipt."""

    key: str
    group: str
    legal_basis: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "group": self.group, "legal_basis": self.legal_basis}


@dataclass(frozen=True)
class Terms:
    """What applies to one dossier: its time, fee and document list."""

    processing: ProcessingTime
    processing_note: str
    fee: FeeRule
    documents: tuple[Any, ...]
    case_key: str = ""
    case_name: str = ""
    channel: str = "in_person"


def processing_json(processing: ProcessingTime | None, note: str) -> dict[str, Any] | None:
    if processing is None:
        return None
    data: dict[str, Any] = {"kind": processing.kind, "note": note}
    if processing.kind != "same_day":
        data["amount"] = processing.amount
    return data


def parse_processing(data: Any, path: str) -> tuple[ProcessingTime, str]:
    data = validate.obj(data, path)
    kind = validate.choice(data, "kind", path, PROCESSING_KINDS)
    note = validate.text(data, "note", path, required=False)
    if kind == "same_day":
        return ProcessingTime.same_day(), note
    amount = validate.number(data, "amount", path)
    if amount <= 0:
        raise InputError(validate.child(path, "amount"), "thời hạn phải lớn hơn 0.")
    if kind == "working_days":
        return ProcessingTime.days(amount), note
    return ProcessingTime.hours(amount), note


def _optional_processing(data: dict[str, Any], path: str) -> tuple[ProcessingTime | None, str]:
    if data.get("processing_time") is None:
        return None, ""
    return parse_processing(data["processing_time"], validate.child(path, "processing_time"))


def _optional_fee(data: dict[str, Any], path: str) -> FeeRule | None:
    if data.get("fee") is None:
        return None
    return parse_fee(data["fee"], validate.child(path, "fee"))


def parse_channels(value: Any, path: str) -> tuple[ChannelTerms, ...]:
    result: list[ChannelTerms] = []
    for index, item in enumerate(validate.items(value if value is not None else [], path)):
        where = validate.child(path, index)
        item = validate.obj(item, where)
        channel = validate.choice(item, "channel", where, CATALOGUE_CHANNELS)
        if any(c.channel == channel for c in result):
            raise InputError(where, f"kênh {channel} bị lặp.")
        processing, note = _optional_processing(item, where)
        result.append(ChannelTerms(channel, processing, note, _optional_fee(item, where),
                                   validate.text(item, "note", where, required=False)))
    return tuple(result)


def parse_case(data: Any, path: str, parse_documents: Any) -> ProcedureCase:
    data = validate.obj(data, path)
    processing, note = _optional_processing(data, path)
    documents = None
    if data.get("documents") is not None:
        documents = parse_documents(data["documents"], validate.child(path, "documents"))
    return ProcedureCase(
        key=validate.text(data, "key", path, max_length=40),
        name=validate.text(data, "name", path, max_length=500),
        processing=processing, processing_note=note, fee=_optional_fee(data, path),
        documents=documents,
        channels=parse_channels(data.get("channels"), validate.child(path, "channels")),
    )


def parse_exemption(data: Any, path: str) -> FeeExemption:
    data = validate.obj(data, path)
    return FeeExemption(
        key=validate.text(data, "key", path, max_length=40),
        group=validate.text(data, "group", path, max_length=500),
        legal_basis=validate.text(data, "legal_basis", path, max_length=500),
    )


def _apply(terms: Terms, processing: ProcessingTime | None, note: str,
           fee: FeeRule | None, documents: tuple[Any, ...] | None) -> Terms:
    return Terms(
        processing=processing if processing is not None else terms.processing,
        processing_note=note if processing is not None else terms.processing_note,
        fee=fee if fee is not None else terms.fee,
        documents=documents if documents is not None else terms.documents,
        case_key=terms.case_key, case_name=terms.case_name, channel=terms.channel,
    )


def _channel(channels: tuple[ChannelTerms, ...], channel: str) -> ChannelTerms | None:
    return next((c for c in channels if c.channel == channel), None)


def resolve_terms(procedure: Any, case_key: str = "", channel: str = "in_person") -> Terms:
    """The time, fee and documents for ``case_key`` received by ``channel``.

    ``procedure`` is a ProcedureInfo. With cases and none chosen, the first case (the
    ordinary one) applies; an unknown case or channel is refused with the field named.
    """
    if channel not in CATALOGUE_CHANNELS:
        raise InputError("channel", f"kênh nộp phải là một trong: {', '.join(CATALOGUE_CHANNELS)}.")
    terms = Terms(procedure.processing, procedure.processing_note, procedure.fee,
                  procedure.documents, channel=channel)
    by_channel = _channel(procedure.channels, channel)
    if by_channel is not None:
        terms = _apply(terms, by_channel.processing, by_channel.processing_note,
                       by_channel.fee, None)
    if not procedure.cases:
        if case_key:
            raise InputError("procedure_case", f"thủ tục {procedure.code} không chia trường hợp.")
        return terms
    case = next((c for c in procedure.cases if c.key == (case_key or procedure.cases[0].key)),
                None)
    if case is None:
        names = "; ".join(f"{c.key} ({c.name})" for c in procedure.cases)
        raise InputError("procedure_case", f"chọn trường hợp của thủ tục: {names}.")
    terms = _apply(terms, case.processing, case.processing_note, case.fee, case.documents)
    terms = Terms(terms.processing, terms.processing_note, terms.fee, terms.documents,
                  case.key, case.name, channel)
    case_channel = _channel(case.channels, channel)
    if case_channel is not None:
        terms = _apply(terms, case_channel.processing, case_channel.processing_note,
                       case_channel.fee, None)
    return terms
