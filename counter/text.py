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


# Control characters (Cc), invisible formatting such as bidi and zero-width marks (Cf),
# halves of UTF-16 pairs that decode to nothing (Cs), and line/paragraph separators.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def hidden_character(text: str, *, allow_line_breaks: bool = False) -> str | None:
    """The first character of ``text`` that a person cannot see or that steers a terminal
    (ESC, backspace, NUL, U+202E, U+200B, U+FEFF, a lone surrogate...), or None."""
    for ch in text:
        if allow_line_breaks and ch in "\n\t":
            continue
        if unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            return ch
    return None


def is_undecodable(ch: str) -> bool:
    """A lone UTF-16 surrogate: what broken text (``"\\ud800"`` in JSON) decodes to."""
    return unicodedata.category(ch) == "Cs"


def ascii_digits(text: str) -> str:
    """Decimal digits of any script (fullwidth "０", Arabic-Indic "٠", ...) as ASCII "0"-"9".

    ID numbers are stored and searched in ASCII digits; every reader of one (typed,
    file, QR code, search box) passes it through here so that all agree.
    """
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch
        for ch in text
    )


def escape_hidden(text: str) -> str:
    """``text`` with each hidden character written as a visible ``\\uXXXX`` escape
    (line breaks and tabs kept): safe to print on a terminal, and still valid inside JSON."""
    if hidden_character(text, allow_line_breaks=True) is None:
        return text
    return "".join(
        ch if ch in "\n\t" or unicodedata.category(ch) not in _HIDDEN_CATEGORIES
        else _escape(ch)
        for ch in text
    )


def _escape(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def format_money(amount_vnd: int) -> str:
    """``2000`` -> ``"2.000 đ"`` (dots between thousands, no decimals)."""
    sign = "-" if amount_vnd < 0 else ""
    return f"{sign}{abs(amount_vnd):,} đ".replace(",", ".")
