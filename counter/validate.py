"""Reading untrusted JSON-like data field by field, with messages that name the field."""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

from counter.clock import to_local
from counter.errors import InputError
from counter.text import hidden_character, is_undecodable


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(path or "tệp", "phải là một đối tượng JSON ({...}).")
    return value


def items(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise InputError(path, "phải là một danh sách JSON ([...]).")
    return value


def visible(value: str, field: str, *, multiline: bool = False) -> str:
    """``value`` in NFC form; refused, naming ``field``, if it holds a control character,
    an invisible formatting mark (bidi, zero-width) or undecodable text (a lone surrogate)."""
    hidden = hidden_character(value, allow_line_breaks=multiline)
    if hidden is not None:
        code = f"U+{ord(hidden):04X}"
        if is_undecodable(hidden):
            raise InputError(field, f"chứa ký tự hỏng, không giải mã được ({code}).")
        raise InputError(
            field, f"chứa ký tự điều khiển hoặc ký tự ẩn ({code}); hãy gõ lại, không dán."
        )
    return unicodedata.normalize("NFC", value)


def text(data: dict[str, Any], key: str, path: str, *, required: bool = True,
         max_length: int = 2000, multiline: bool = False) -> str:
    field = _join(path, key)
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(field, "thiếu thông tin bắt buộc.")
        return ""
    if not isinstance(value, str):
        raise InputError(field, "phải là chuỗi ký tự.")
    value = visible(value.strip(), field, multiline=multiline)
    if len(value) > max_length:
        raise InputError(field, f"dài quá {max_length} ký tự.")
    return value


def integer(data: dict[str, Any], key: str, path: str, *, default: int | None = None,
            minimum: int = 0, maximum: int = 10**12) -> int:
    field = _join(path, key)
    value = data.get(key, default)
    if value is None:
        raise InputError(field, "thiếu thông tin bắt buộc.")
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, "phải là số nguyên.")
    if not minimum <= value <= maximum:
        raise InputError(field, f"phải từ {minimum} đến {maximum}.")
    return value


def number(data: dict[str, Any], key: str, path: str, *, default: float | None = None,
           minimum: float = 0) -> float:
    field = _join(path, key)
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(field, "phải là một số.")
    if value < minimum:
        raise InputError(field, f"không được nhỏ hơn {minimum:g}.")
    return float(value)


def flag(data: dict[str, Any], key: str, path: str, *, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise InputError(_join(path, key), "phải là true hoặc false.")
    return value


def choice(data: dict[str, Any], key: str, path: str, allowed: tuple[str, ...], *,
           default: str | None = None) -> str:
    field = _join(path, key)
    value = data.get(key, default)
    if value not in allowed:
        raise InputError(field, f"phải là một trong: {', '.join(allowed)}.")
    return str(value)


def day(data: dict[str, Any], key: str, path: str, *, required: bool = True) -> date | None:
    field = _join(path, key)
    value = data.get(key)
    if value in (None, ""):
        if required:
            raise InputError(field, "thiếu ngày.")
        return None
    if not isinstance(value, str):
        raise InputError(field, "ngày phải là chuỗi dạng YYYY-MM-DD.")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(field, f"ngày không hợp lệ: {value!r} (cần YYYY-MM-DD).") from None


def moment(data: dict[str, Any], key: str, path: str, *, required: bool = True) -> datetime | None:
    field = _join(path, key)
    value = data.get(key)
    if value in (None, ""):
        if required:
            raise InputError(field, "thiếu thời điểm.")
        return None
    if not isinstance(value, str):
        raise InputError(field, "thời điểm phải là chuỗi dạng YYYY-MM-DDTHH:MM.")
    try:
        return to_local(datetime.fromisoformat(value.strip()))
    except ValueError:
        raise InputError(field, f"thời điểm không hợp lệ: {value!r} (cần YYYY-MM-DDTHH:MM).") from None


def child(path: str, key: str | int) -> str:
    return _join(path, key)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _check_decodable(value: Any, path: str) -> None:
    """Refuse a lone surrogate (``"\\ud800"``) anywhere in a key or a string value."""
    if isinstance(value, str):
        if any(is_undecodable(ch) for ch in value):
            raise InputError(path or "tệp", "chứa ký tự hỏng, không giải mã được (nửa cặp UTF-16).")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_decodable(key, path)
            _check_decodable(item, _join(path, key if isinstance(key, str) else str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_decodable(item, _join(path, index))


def read_json_file(path: Path) -> Any:
    """A JSON file from outside (UTF-8, a BOM tolerated); a clear message if it is not one.

    The one reader of outside JSON: a key given twice in one object, or text that does not
    decode (a lone surrogate), is refused with its place named, never silently used.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"không đọc được tệp ({error.strerror}).") from error
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_unique_keys)
    except _DuplicateKey as error:
        raise InputError(path.name, f"khoá {error.key!r} xuất hiện hai lần trong cùng một "
                                    "đối tượng JSON.") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise InputError(path.name, f"không phải JSON hợp lệ: {error}.") from error
    _check_decodable(data, "")
    return data
