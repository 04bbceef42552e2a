"""Windows DPAPI: wrap a key so that only the same Windows account can unwrap it.

Only imported on Windows; CI (Linux) cannot exercise it.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes

from counter.errors import StorageError

ENTROPY = b"onestop-counter master key"


class _Blob(ctypes.Structure):
    _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]


def _blob(data: bytes) -> _Blob:
    buffer = ctypes.create_string_buffer(data, len(data))
    return _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))


def _call(function_name: str, data: bytes) -> bytes:
    if sys.platform != "win32":
        raise StorageError("DPAPI chỉ có trên Windows.")
    crypt32 = ctypes.windll.crypt32  # type: ignore[attr-defined]
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    source, entropy, result = _blob(data), _blob(ENTROPY), _Blob()
    ok = getattr(crypt32, function_name)(
        ctypes.byref(source), None, ctypes.byref(entropy), None, None, 0x01, ctypes.byref(result)
    )
    if not ok:
        raise StorageError("Windows không mở được khoá của bản cài đặt (DPAPI).")
    try:
        return ctypes.string_at(result.pbData, result.cbData)
    finally:
        kernel32.LocalFree(result.pbData)


def protect(data: bytes) -> bytes:
    return _call("CryptProtectData", data)


def unprotect(data: bytes) -> bytes:
    return _call("CryptUnprotectData", data)
