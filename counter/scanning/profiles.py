"""Scan settings per kind of document: how each paper of the checklist is scanned.

A document's kind is found from words in its name (settings ``scan_kind_keywords``);
each kind has a mode, a resolution and a JPEG quality (settings ``scan_profiles``).
Defaults: forms filled in by hand or typed ("tờ khai", "đơn") in black and white at
300 dpi, lossless; photos and identity papers in colour at 300 dpi; every other paper
in colour at 200 dpi, because red seals and signatures carry meaning on Vietnamese
certificates and decisions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from counter.errors import InputError
from counter.scanning.model import MAX_DPI, MIN_DPI, MODES, ScanSettings

DEFAULT_KIND = "document"
DEFAULT_SCAN_PROFILES: dict[str, dict[str, Any]] = {
    "text": {"mode": "lineart", "dpi": 300, "quality": 0},
    "document": {"mode": "color", "dpi": 200, "quality": 70},
    "photo": {"mode": "color", "dpi": 300, "quality": 80},
}
DEFAULT_KIND_KEYWORDS: dict[str, list[str]] = {
    "text": ["tờ khai", "đơn", "bản khai", "phiếu"],
    "photo": ["ảnh", "căn cước", "chứng minh", "hộ chiếu"],
}


@dataclass(frozen=True)
class ScanProfile:
    kind: str
    mode: str
    dpi: int
    quality: int  # JPEG quality for colour and grey pages; line art is lossless

    def settings(self, source: str) -> ScanSettings:
        return ScanSettings(self.mode, self.dpi, source)


def check_profiles(value: Any) -> None:
    if not isinstance(value, dict) or DEFAULT_KIND not in value:
        raise InputError("scan_profiles", f"cần một bảng theo loại giấy tờ, có loại “{DEFAULT_KIND}”.")
    for kind, profile in value.items():
        if not isinstance(profile, dict):
            raise InputError("scan_profiles", f"loại “{kind}”: cần mode, dpi, quality.")
        if profile.get("mode") not in MODES:
            raise InputError("scan_profiles", f"loại “{kind}”: mode phải là một trong "
                             f"{', '.join(MODES)}.")
        dpi = profile.get("dpi")
        if not isinstance(dpi, int) or not MIN_DPI <= dpi <= MAX_DPI:
            raise InputError("scan_profiles", f"loại “{kind}”: dpi phải từ {MIN_DPI} đến {MAX_DPI}.")
        quality = profile.get("quality", 0)
        if not isinstance(quality, int) or not 0 <= quality <= 95:
            raise InputError("scan_profiles", f"loại “{kind}”: quality phải từ 0 đến 95.")


def check_kind_keywords(value: Any, profiles: dict[str, Any]) -> None:
    if not isinstance(value, dict):
        raise InputError("scan_kind_keywords", "cần một bảng: loại giấy tờ → danh sách từ khoá.")
    for kind, words in value.items():
        if kind not in profiles:
            raise InputError("scan_kind_keywords", f"không có chế độ quét cho loại “{kind}”.")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise InputError("scan_kind_keywords", f"loại “{kind}”: cần danh sách từ khoá.")


def _words(text: str) -> list[str]:
    """Lower-case words with their accents ("ảnh" is a photo, "anh" is not)."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


def kind_of_document(name: str, keywords: dict[str, list[str]]) -> str:
    """The first kind one of whose keywords is in the document's name, as whole words."""
    words = _words(name)
    for kind, candidates in keywords.items():
        for candidate in candidates:
            wanted = _words(candidate)
            if any(words[i:i + len(wanted)] == wanted for i in range(len(words))):
                return kind
    return DEFAULT_KIND


def profile_for(name: str, profiles: dict[str, Any], keywords: dict[str, list[str]]) -> ScanProfile:
    kind = kind_of_document(name, keywords)
    profile = profiles.get(kind) or profiles.get(DEFAULT_KIND) or DEFAULT_SCAN_PROFILES[DEFAULT_KIND]
    return ScanProfile(kind, profile["mode"], int(profile["dpi"]),
                       int(profile.get("quality", 0)) or 75)
