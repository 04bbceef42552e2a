"""A session's 3DES ciphers, made once and reused, give what fresh zero-IV ciphers give."""

from __future__ import annotations

import random

import pytest
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

from counter.idcard.crypto import Des3Cbc, RetailMac, pad, triple_des_key


def _fresh_cbc(key: bytes, data: bytes, *, decrypt: bool = False) -> bytes:
    cipher = Cipher(TripleDES(triple_des_key(key)), modes.CBC(bytes(8)))
    context = cipher.decryptor() if decrypt else cipher.encryptor()
    return context.update(data) + context.finalize()


def _fresh_retail_mac(key: bytes, message: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3, written out with a fresh cipher for each step."""
    chained = _fresh_cbc(key[:8], message)[-8:]
    return _fresh_cbc(key[:8], _fresh_cbc(key[8:16], chained, decrypt=True))


def test_many_messages_in_a_row_match_fresh_ciphers() -> None:
    rng = random.Random(9303)
    key = rng.randbytes(16)
    session, mac = Des3Cbc(key), RetailMac(key)
    for _ in range(200):
        data = rng.randbytes(8 * rng.randrange(0, 40))
        assert session.encrypt(data) == _fresh_cbc(key, data)
        assert session.decrypt(data) == _fresh_cbc(key, data, decrypt=True)
        assert mac.mac(pad(data), padded=True) == _fresh_retail_mac(key, pad(data))
        assert mac.mac(data) == _fresh_retail_mac(key, pad(data))


def test_a_partial_block_is_refused_and_leaves_the_session_usable() -> None:
    key = bytes(range(16))
    session = Des3Cbc(key)
    with pytest.raises(ValueError):
        session.encrypt(b"12345")
    with pytest.raises(ValueError):
        session.decrypt(b"123456789")
    assert session.encrypt(bytes(16)) == _fresh_cbc(key, bytes(16))
