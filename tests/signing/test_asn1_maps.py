"""Signing still works after the chip code used asn1crypto's CMS tables first."""

from __future__ import annotations

from asn1crypto import cms

from counter.signing.asn1_maps import refresh_name_tables


def test_a_stale_reverse_table_is_rebuilt() -> None:
    cms.CMSAttributeType._map["1.2.3.4.5.6.7.8.9"] = "a_late_name"
    try:
        cms.CMSAttributeType._reverse_map = {"content_type": "1.2.840.113549.1.9.3"}  # stale
        refresh_name_tables()
        assert cms.CMSAttributeType("a_late_name").dotted == "1.2.3.4.5.6.7.8.9"
    finally:
        del cms.CMSAttributeType._map["1.2.3.4.5.6.7.8.9"]
        refresh_name_tables()
    assert "a_late_name" not in cms.CMSAttributeType._reverse_map
