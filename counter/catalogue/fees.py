"""Fees and charges (phí, lệ phí): free, fixed, or per page with a cap per copy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from counter import validate
from counter.errors import InputError
from counter.text import format_money

FeeKind = Literal["free", "fixed", "per_page"]


@dataclass(frozen=True)
class FeeRule:
    kind: FeeKind = "free"
    amount: int = 0  # fixed: per dossier (per set)
    first_pages: int = 0  # per_page: how many pages at the first rate
    first_page_amount: int = 0
    next_page_amount: int = 0
    cap_per_copy: int = 0  # 0: no cap
    varies_by_province: bool = False
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "amount": self.amount,
            "first_pages": self.first_pages,
            "first_page_amount": self.first_page_amount,
            "next_page_amount": self.next_page_amount,
            "cap_per_copy": self.cap_per_copy,
            "varies_by_province": self.varies_by_province,
            "note": self.note,
        }


def parse_fee(data: Any, path: str) -> FeeRule:
    data = validate.obj(data, path)
    kind = validate.choice(data, "kind", path, ("free", "fixed", "per_page"))
    varies = validate.flag(data, "varies_by_province", path, default=False)
    note = validate.text(data, "note", path, required=False)
    if kind == "free":
        return FeeRule("free", varies_by_province=varies, note=note)
    if kind == "fixed":
        return FeeRule("fixed", amount=validate.integer(data, "amount", path),
                       varies_by_province=varies, note=note)
    return FeeRule(
        "per_page",
        first_pages=validate.integer(data, "first_pages", path, default=0),
        first_page_amount=validate.integer(data, "first_page_amount", path),
        next_page_amount=validate.integer(data, "next_page_amount", path),
        cap_per_copy=validate.integer(data, "cap_per_copy", path, default=0),
        varies_by_province=varies,
        note=note,
    )


def needs_pages(rule: FeeRule, pages: int) -> bool:
    """A fee per page cannot be told before the pages are counted (never "free" at 0 pages)."""
    return rule.kind == "per_page" and pages <= 0


def unpaid_fee_warning(amount: int, paid: bool) -> str | None:
    """What to tell the officer when a dossier with a fee is received without the money."""
    if amount <= 0 or paid:
        return None
    return f"Hồ sơ có phí, lệ phí {format_money(amount)} nhưng chưa đánh dấu “Đã thu tiền”."


def fee_amount(rule: FeeRule, *, sets: int = 1, pages: int = 0, copies: int = 1) -> int:
    """The amount due in đồng. Per page: ``pages`` pages in each of ``copies`` copies."""
    if sets < 1 or copies < 0 or pages < 0:
        raise InputError("fee", "số bộ, số trang và số bản phải là số không âm (số bộ ≥ 1).")
    if rule.kind == "free":
        return 0
    if rule.kind == "fixed":
        return rule.amount * sets
    first = min(pages, rule.first_pages)
    per_copy = first * rule.first_page_amount + (pages - first) * rule.next_page_amount
    if rule.cap_per_copy:
        per_copy = min(per_copy, rule.cap_per_copy)
    return per_copy * copies
