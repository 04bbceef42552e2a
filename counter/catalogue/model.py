"""Plain data of the catalogue, as handed out by the core."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from counter import validate
from counter.catalogue.fees import FeeRule, parse_fee
from counter.catalogue.terms import (
    ChannelTerms,
    FeeExemption,
    ProcedureCase,
    parse_case,
    parse_channels,
    parse_exemption,
    parse_processing,
)
from counter.deadlines.compute import ProcessingTime
from counter.errors import InputError
from counter.text import fold

LEVELS = ("province", "commune", "any")
__all__ = ["LEVELS", "DocumentComponent", "ProcedureInfo", "parse_catalogue", "parse_document",
           "parse_documents", "parse_procedure", "parse_processing"]


@dataclass(frozen=True)
class DocumentComponent:
    """One document of a procedure's dossier (thành phần hồ sơ)."""

    name: str
    originals: int = 0
    copies: int = 0
    required: bool = True
    template: str = ""
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "originals": self.originals,
            "copies": self.copies,
            "required": self.required,
            "template": self.template,
            "note": self.note,
        }


@dataclass(frozen=True)
class ProcedureInfo:
    code: str
    version: str
    name: str
    processing: ProcessingTime
    field: str = ""
    level: str = "commune"
    agency_level: str = ""
    processing_note: str = ""
    fee: FeeRule = FeeRule()  # noqa: RUF009 (frozen, immutable default)
    documents: tuple[DocumentComponent, ...] = ()
    result: str = ""
    legal_basis: tuple[str, ...] = ()
    conditions: str = ""
    active: bool = True
    channels: tuple[ChannelTerms, ...] = ()
    cases: tuple[ProcedureCase, ...] = ()
    exemptions: tuple[FeeExemption, ...] = ()
    decision: str = ""  # the Ministry's or province's decision announcing it
    handling_agency: str = ""  # who handles it, when not the receiving office (e.g. the police)
    own_forms: tuple[str, ...] = ()  # the handling agency prints these instead of forms 01-03
    forms_note: str = ""
    valid_from: date | None = None
    retired_on: date | None = None
    sources: tuple[str, ...] = ()
    unverified: tuple[str, ...] = ()  # fields not confirmed against a public source

    @property
    def search_text(self) -> str:
        return fold(f"{self.code} {self.name} {self.field}")

    def terms_json(self) -> dict[str, Any]:
        """The parts stored together in the ``terms`` column."""
        return {
            "channels": [c.to_json() for c in self.channels],
            "cases": [c.to_json() for c in self.cases],
            "exemptions": [e.to_json() for e in self.exemptions],
            "own_forms": list(self.own_forms),
            "forms_note": self.forms_note,
            "sources": list(self.sources),
            "unverified": list(self.unverified),
        }

    def to_json(self) -> dict[str, Any]:
        """The catalogue file's layout (``parse_procedure`` reads it back)."""
        data: dict[str, Any] = {
            "code": self.code, "version": self.version, "name": self.name,
            "field": self.field, "level": self.level, "agency_level": self.agency_level,
            "processing_time": {"kind": self.processing.kind, "note": self.processing_note},
            "fee": self.fee.to_json(),
            "documents": [d.to_json() for d in self.documents],
            "result": self.result, "legal_basis": list(self.legal_basis),
            "conditions": self.conditions, "active": self.active,
            "decision": self.decision, "handling_agency": self.handling_agency,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "retired_on": self.retired_on.isoformat() if self.retired_on else None,
            **self.terms_json(),
        }
        if self.processing.kind != "same_day":
            data["processing_time"]["amount"] = self.processing.amount
        return data


def parse_document(data: Any, path: str) -> DocumentComponent:
    data = validate.obj(data, path)
    component = DocumentComponent(
        name=validate.text(data, "name", path, max_length=1000),
        originals=validate.integer(data, "originals", path, default=0, maximum=100),
        copies=validate.integer(data, "copies", path, default=0, maximum=100),
        required=validate.flag(data, "required", path, default=True),
        template=validate.text(data, "template", path, required=False),
        note=validate.text(data, "note", path, required=False),
    )
    return component


def parse_documents(value: Any, path: str) -> tuple[DocumentComponent, ...]:
    return tuple(parse_document(item, validate.child(path, i))
                 for i, item in enumerate(validate.items(value, path)))


def _strings(data: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
    where = validate.child(path, key)
    items = validate.items(data.get(key) or [], where)
    if not all(isinstance(item, str) for item in items):
        raise InputError(where, "mỗi mục phải là một chuỗi.")
    return tuple(str(item).strip() for item in items)


def _date(data: dict[str, Any], key: str, path: str) -> date | None:
    value = data.get(key)
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(validate.child(path, key), "ngày phải có dạng YYYY-MM-DD.") from None


def parse_procedure(data: Any, path: str) -> ProcedureInfo:
    data = validate.obj(data, path)
    processing, note = parse_processing(data.get("processing_time"), validate.child(path, "processing_time"))
    documents = parse_documents(data.get("documents", []), validate.child(path, "documents"))
    cases_path = validate.child(path, "cases")
    cases = tuple(parse_case(item, validate.child(cases_path, i), parse_documents)
                  for i, item in enumerate(validate.items(data.get("cases") or [], cases_path)))
    if len({c.key for c in cases}) != len(cases):
        raise InputError(cases_path, "mã trường hợp bị lặp.")
    exemptions_path = validate.child(path, "exemptions")
    exemptions = tuple(
        parse_exemption(item, validate.child(exemptions_path, i))
        for i, item in enumerate(validate.items(data.get("exemptions") or [], exemptions_path)))
    info = ProcedureInfo(
        code=validate.text(data, "code", path, max_length=40),
        version=validate.text(data, "version", path, max_length=40),
        name=validate.text(data, "name", path, max_length=500),
        processing=processing,
        processing_note=note,
        field=validate.text(data, "field", path, required=False, max_length=200),
        level=validate.choice(data, "level", path, LEVELS, default="commune"),
        agency_level=validate.text(data, "agency_level", path, required=False, max_length=40),
        fee=parse_fee(data.get("fee", {"kind": "free"}), validate.child(path, "fee")),
        documents=documents,
        result=validate.text(data, "result", path, required=False),
        legal_basis=_strings(data, "legal_basis", path),
        conditions=validate.text(data, "conditions", path, required=False, max_length=5000),
        active=validate.flag(data, "active", path, default=True),
        channels=parse_channels(data.get("channels"), validate.child(path, "channels")),
        cases=cases,
        exemptions=exemptions,
        decision=validate.text(data, "decision", path, required=False, max_length=300),
        handling_agency=validate.text(data, "handling_agency", path, required=False,
                                      max_length=200),
        own_forms=_strings(data, "own_forms", path),
        forms_note=validate.text(data, "forms_note", path, required=False, max_length=1000),
        valid_from=_date(data, "valid_from", path),
        retired_on=_date(data, "retired_on", path),
        sources=_strings(data, "sources", path),
        unverified=_strings(data, "unverified", path),
    )
    if info.valid_from and info.retired_on and info.retired_on < info.valid_from:
        raise InputError(validate.child(path, "retired_on"), "ngày ngừng áp dụng trước ngày áp dụng.")
    return info


def parse_catalogue(data: Any) -> list[ProcedureInfo]:
    """Validate a whole catalogue file; the first problem is reported by its field path."""
    data = validate.obj(data, "")
    if data.get("format") != "onestop-catalogue":
        raise InputError("format", 'tệp không phải danh mục thủ tục (cần "onestop-catalogue").')
    procedures = validate.items(data.get("procedures"), "procedures")
    if not procedures:
        raise InputError("procedures", "danh mục không có thủ tục nào.")
    parsed = [parse_procedure(item, f"procedures[{i}]") for i, item in enumerate(procedures)]
    seen: set[tuple[str, str]] = set()
    for index, procedure in enumerate(parsed):
        key = (procedure.code, procedure.version)
        if key in seen:
            raise InputError(
                f"procedures[{index}]",
                f"thủ tục {procedure.code} phiên bản {procedure.version} bị lặp.",
            )
        seen.add(key)
    return parsed
