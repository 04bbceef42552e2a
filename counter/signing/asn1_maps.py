"""Keep asn1crypto's name tables whole when pyHanko adds to them late.

asn1crypto builds each OID class's reverse table (name -> OID) the first time it is used.
``asn1crypto.tsp`` and pyHanko add names (``signing_certificate_v2`` ...) when they are
imported; if the chip's passive authentication used ``CMSAttributeType`` earlier in the
same process, the cached reverse table lacks them and signing fails. This rebuilds stale
reverse tables with every name.
"""

from __future__ import annotations

from typing import Any


def _subclasses(cls: Any) -> list[Any]:
    found: list[Any] = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def refresh_name_tables() -> None:
    from asn1crypto import core, tsp  # noqa: F401 - tsp registers names of CMS attributes

    for cls in _subclasses(core.ObjectIdentifier):
        names: Any = cls.__dict__.get("_map")
        reverse: Any = cls.__dict__.get("_reverse_map")
        if names is not None and reverse is not None and len(reverse) != len(names):
            cls._reverse_map = {name: oid for oid, name in names.items()}  # type: ignore[attr-defined]
