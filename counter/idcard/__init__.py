"""Chip ID cards (CCCD / Căn cước) and passports: ICAO 9303 reading through PC/SC.

Plain Python, no Qt. Start with :mod:`counter.idcard.service` (``CardService``),
:mod:`counter.idcard.reading` (``read_identity``) and
:mod:`counter.idcard.result` (``CardReadResult``); see README.md beside this file.
"""
