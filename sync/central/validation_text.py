"""Pydantic validation errors, told in Vietnamese with the field that is wrong."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

_TEMPLATES = {
    "missing": "thiếu trường bắt buộc",
    "extra_forbidden": "trường không được phép",
    "string_type": "phải là chuỗi",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên",
    "dict_type": "phải là đối tượng JSON",
    "list_type": "phải là danh sách",
    "model_type": "phải là đối tượng JSON",
    "date_from_datetime_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_type": "phải là ngày dạng YYYY-MM-DD",
    "json_invalid": "không phải JSON hợp lệ",
}


def _where(location: Iterable[Any]) -> str:
    parts = [str(part) for part in location if part not in ("body",)]
    return ".".join(parts) or "nội dung"


def _what(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    context = error.get("ctx") or {}
    if kind == "value_error" and "error" in context:
        return str(context["error"])
    if kind == "literal_error":
        return f"giá trị không hợp lệ (cho phép: {context.get('expected', '')})"
    if kind in ("string_too_long", "too_long"):
        return f"quá dài (tối đa {context.get('max_length', '?')})"
    if kind in ("string_too_short", "too_short"):
        return f"quá ngắn (tối thiểu {context.get('min_length', '?')})"
    if kind in ("greater_than_equal", "less_than_equal"):
        limit = context.get("ge", context.get("le", "?"))
        side = "không nhỏ hơn" if kind == "greater_than_equal" else "không lớn hơn"
        return f"phải {side} {limit}"
    return _TEMPLATES.get(kind, "giá trị không hợp lệ")


def describe_errors(errors: Iterable[Mapping[str, Any]]) -> list[str]:
    """One line per problem: ``<field>: <what is wrong>``."""
    return [f"{_where(error.get('loc', ()))}: {_what(error)}" for error in errors]
