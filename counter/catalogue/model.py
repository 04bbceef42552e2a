"""Plain data of the catalogue, as handed out by the core."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counter import validate
from counter.catalogue.fees import FeeRule, parse_fee
from counter.deadlines.compute import PROCESSING_KINDS, ProcessingTime
from counter.errors import InputError
from counter.text import fold

LEVELS = ("province", "commune", "any")


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

    @property
    def search_text(self) -> str:
        return fold(f"{self.code} {self.name} {self.field}")


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


def parse_procedure(data: Any, path: str) -> ProcedureInfo:
    data = validate.obj(data, path)
    processing, note = parse_processing(data.get("processing_time"), validate.child(path, "processing_time"))
    documents_path = validate.child(path, "documents")
    documents = tuple(
        parse_document(item, validate.child(documents_path, i))
        for i, item in enumerate(validate.items(data.get("documents", []), documents_path))
    )
    basis_path = validate.child(path, "legal_basis")
    basis = validate.items(data.get("legal_basis", []), basis_path)
    if not all(isinstance(item, str) for item in basis):
        raise InputError(basis_path, "mỗi căn cứ pháp lý phải là một chuỗi.")
    return ProcedureInfo(
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
        legal_basis=tuple(str(item).strip() for item in basis),
        conditions=validate.text(data, "conditions", path, required=False, max_length=5000),
        active=validate.flag(data, "active", path, default=True),
    )


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
