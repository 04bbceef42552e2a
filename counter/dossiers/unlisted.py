"""A procedure not in the catalogue, typed by the officer so that nobody is turned away.

The dossier is received with what was typed (name, code if known, time, fee, documents)
and flagged for the supervisor, who can add the procedure to the catalogue from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counter import validate
from counter.catalogue.fees import FeeRule
from counter.catalogue.model import DocumentComponent, ProcedureInfo
from counter.deadlines.compute import ProcessingTime
from counter.errors import InputError

UNLISTED_VERSION = "ngoài danh mục"
MAX_DAYS = 365


@dataclass(frozen=True)
class UnlistedProcedure:
    name: str
    processing: ProcessingTime
    fee_amount: int = 0
    documents: tuple[str, ...] = ()
    code: str = ""
    field: str = ""

    def checked(self) -> UnlistedProcedure:
        name = validate.visible(self.name, "unlisted.name").strip()
        if not name:
            raise InputError("unlisted.name", "nhập tên thủ tục.")
        if len(name) > 500:
            raise InputError("unlisted.name", "tên thủ tục quá dài (tối đa 500 ký tự).")
        code = validate.visible(self.code, "unlisted.code").strip()
        if len(code) > 40:
            raise InputError("unlisted.code", "mã thủ tục quá dài (tối đa 40 ký tự).")
        if self.processing.kind != "same_day" and not 0 < self.processing.amount <= MAX_DAYS * 8:
            raise InputError("unlisted.processing", "thời hạn giải quyết phải lớn hơn 0.")
        if self.processing.kind == "working_days" and self.processing.amount > MAX_DAYS:
            raise InputError("unlisted.processing", f"thời hạn tối đa {MAX_DAYS} ngày làm việc.")
        if not 0 <= self.fee_amount <= 100_000_000:
            raise InputError("unlisted.fee", "phí, lệ phí phải từ 0 đến 100.000.000 đ.")
        documents = tuple(validate.visible(d, "unlisted.documents").strip() for d in self.documents)
        documents = tuple(d for d in documents if d)
        if not documents:
            raise InputError("unlisted.documents", "nhập ít nhất một giấy tờ đã nhận.")
        return UnlistedProcedure(name, self.processing, self.fee_amount, documents, code,
                                 validate.visible(self.field, "unlisted.field"))

    def procedure(self) -> ProcedureInfo:
        fee = FeeRule("fixed", amount=self.fee_amount) if self.fee_amount else FeeRule()
        return ProcedureInfo(
            code=self.code, version=UNLISTED_VERSION, name=self.name,
            processing=self.processing, field=self.field, fee=fee,
            documents=tuple(DocumentComponent(d, originals=1, required=True)
                            for d in self.documents),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "code": self.code, "field": self.field,
            "processing_time": {"kind": self.processing.kind, "amount": self.processing.amount},
            "fee_amount": self.fee_amount, "documents": list(self.documents),
        }
