"""Errors of signing a person can act on, each with a message for the counter."""

from __future__ import annotations

from counter.errors import CounterError


class SigningError(CounterError):
    """The token, its library or the PIN stops the signature; nothing was written."""

    code = "signing"


class WrongPinError(SigningError):
    code = "wrong_pin"


class TokenMissingError(SigningError):
    code = "token_missing"
