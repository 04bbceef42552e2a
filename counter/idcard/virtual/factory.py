"""One call to get a ready virtual card from an identity (or a demo one)."""

from __future__ import annotations

from counter.idcard.mrz import AccessKey
from counter.idcard.virtual.card import CardQuirks, VirtualCard
from counter.idcard.virtual.documents import build_files
from counter.idcard.virtual.identity import PASSPORT, VirtualIdentity, demo_identity
from counter.idcard.virtual.pki import TestPki


def access_key_of(identity: VirtualIdentity) -> AccessKey:
    """What is printed on the document: BAC inputs, and the CAN of a CCCD."""
    can = None if identity.document_type == PASSPORT else identity.id_number[-6:]
    return AccessKey(identity.document_number, identity.birth_date, identity.expiry_date, can)


def make_card(
    identity: VirtualIdentity | None = None,
    pki: TestPki | None = None,
    *,
    quirks: CardQuirks | None = None,
    photo_format: str = "jpeg",
    active_authentication_key: bool = False,
) -> VirtualCard:
    """A virtual chip for ``identity`` (a demo citizen by default), signed by ``pki``."""
    identity = identity or demo_identity()
    pki = pki or TestPki.generate()
    files = build_files(
        identity, pki, photo_format=photo_format,
        active_authentication_key=active_authentication_key,
    )  # fmt: skip
    return VirtualCard(access_key_of(identity), files, quirks or CardQuirks())
