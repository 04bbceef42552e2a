"""Text helpers for Vietnamese: accent folding for search, whitespace clean-up, money."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case ASCII-ish form of Vietnamese text: "Nguyễn Đức" -> "nguyen duc".

    SQLite's ``remove_diacritics`` leaves "đ" alone; this maps it to "d" too.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped).strip().lower()


def clean(text: str | None) -> str:
    """NFC-normalised text with single spaces, '' for None."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def format_money(amount_vnd: int) -> str:
    """``2000`` -> ``"2.000 đ"`` (dots between thousands, no decimals)."""
    sign = "-" if amount_vnd < 0 else ""
    return f"{sign}{abs(amount_vnd):,} đ".replace(",", ".")
