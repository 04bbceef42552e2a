"""Cryptographic building blocks of BAC, PACE and secure messaging (ICAO 9303-11 §9.7).

Two-key triple DES in CBC mode with a zero IV, the ISO/IEC 9797-1 MAC
algorithm 3 ("retail MAC") with padding method 2, and the SHA-1 key
derivation function with DES parity adjustment; for PACE, AES-128 with
CMAC and the SHA-1 key derivation without parity.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

DES_BLOCK = 8
KENC_COUNTER = 1
KMAC_COUNTER = 2


def adjust_parity(key: bytes) -> bytes:
    """Set the lowest bit of each byte so that every byte has odd parity."""
    out = bytearray()
    for byte in key:
        high = byte & 0xFE
        out.append(high | (bin(high).count("1") + 1) % 2)
    return bytes(out)


def derive_key(seed: bytes, counter: int) -> bytes:
    """A 16-byte two-key 3DES key from ``seed`` (ICAO 9303-11 §9.7.1)."""
    digest = hashlib.sha1(seed + counter.to_bytes(4, "big")).digest()
    return adjust_parity(digest[:16])


def pad(data: bytes, block: int = DES_BLOCK) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to a block boundary."""
    padded = data + b"\x80"
    return padded + bytes(-len(padded) % block)


def unpad(data: bytes) -> bytes:
    """Remove padding method 2; raises ``ValueError`` if it is not there."""
    stripped = data.rstrip(b"\x00")
    if not stripped or stripped[-1] != 0x80:
        raise ValueError("missing ISO 9797-1 method 2 padding")
    return stripped[:-1]


def triple_des_key(key: bytes) -> bytes:
    """A 24-byte key for a 16-byte two-key (K1 K2 K1) or 8-byte single DES key."""
    if len(key) == 16:
        return key + key[:8]
    if len(key) == 8:
        return key * 3
    if len(key) == 24:
        return key
    raise ValueError(f"DES key of {len(key)} bytes")


def des3_encrypt(key: bytes, data: bytes, iv: bytes = bytes(DES_BLOCK)) -> bytes:
    encryptor = Cipher(TripleDES(triple_des_key(key)), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def des3_decrypt(key: bytes, data: bytes, iv: bytes = bytes(DES_BLOCK)) -> bytes:
    decryptor = Cipher(TripleDES(triple_des_key(key)), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


class Des3Cbc:
    """3DES-CBC with a zero IV under one key: one encryptor and one decryptor per session.

    Each context keeps CBC's chaining block from the previous message; XOR-ing the first
    block with it makes every message start as if from a zero IV again, so no OpenSSL
    context is built per message. One thread uses a session, so the state is not shared."""

    def __init__(self, key: bytes) -> None:
        cipher = Cipher(TripleDES(triple_des_key(key)), modes.CBC(bytes(DES_BLOCK)))
        self._encryptor = cipher.encryptor()
        self._decryptor = cipher.decryptor()
        self._encrypt_chain = bytes(DES_BLOCK)
        self._decrypt_chain = bytes(DES_BLOCK)

    def encrypt(self, data: bytes) -> bytes:
        _whole_blocks(data)
        if not data:
            return b""
        first = _xor(data[:DES_BLOCK], self._encrypt_chain)
        encrypted = self._encryptor.update(first + data[DES_BLOCK:])
        self._encrypt_chain = encrypted[-DES_BLOCK:]
        return encrypted

    def decrypt(self, data: bytes) -> bytes:
        _whole_blocks(data)
        if not data:
            return b""
        decrypted = self._decryptor.update(data)
        first = _xor(decrypted[:DES_BLOCK], self._decrypt_chain)
        self._decrypt_chain = data[-DES_BLOCK:]
        return first + decrypted[DES_BLOCK:]


def _whole_blocks(data: bytes) -> None:
    if len(data) % DES_BLOCK:
        raise ValueError("The length of the provided data is not a multiple of the block length.")


def _xor(left: bytes, right: bytes) -> bytes:
    return (int.from_bytes(left, "big") ^ int.from_bytes(right, "big")).to_bytes(DES_BLOCK, "big")


class RetailMac:
    """ISO/IEC 9797-1 MAC algorithm 3 under one 16-byte key, its ciphers made once.

    Secure messaging MACs every command and answer with the same session key: building
    the DES ciphers once per key instead of three per MAC is most of the saving."""

    def __init__(self, key: bytes) -> None:
        ka, kb = key[:8], key[8:16]
        self._chain = Des3Cbc(ka)
        self._final_decrypt = Cipher(TripleDES(triple_des_key(kb)), modes.ECB()).decryptor()
        self._final_encrypt = Cipher(TripleDES(triple_des_key(ka)), modes.ECB()).encryptor()

    def mac(self, data: bytes, *, padded: bool = False) -> bytes:
        message = data if padded else pad(data)
        if len(message) % DES_BLOCK:
            raise ValueError("MAC input is not a whole number of blocks")
        chained = self._chain.encrypt(message)[-DES_BLOCK:]
        return self._final_encrypt.update(self._final_decrypt.update(chained))


def retail_mac(key: bytes, data: bytes, *, padded: bool = False) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with single DES blocks and a 3DES final step."""
    return RetailMac(key).mac(data, padded=padded)


AES_BLOCK = 16


def kdf_aes128(secret: bytes, counter: int) -> bytes:
    """PACE key derivation for AES-128: SHA-1(secret || counter)[:16] (ICAO 9303-11 §9.7.1)."""
    return hashlib.sha1(secret + counter.to_bytes(4, "big")).digest()[:16]


def aes_ecb_encrypt(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def aes_ecb_decrypt(key: bytes, block: bytes) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
    return decryptor.update(block) + decryptor.finalize()


def aes_cbc_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def aes_cbc_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def aes_cmac(key: bytes, data: bytes) -> bytes:
    mac = cmac.CMAC(algorithms.AES(key))
    mac.update(data)
    return mac.finalize()
