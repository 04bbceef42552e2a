"""Dossier codes ``<agency code>-<YYMMDD>-<NNNN>``: unique, never reused.

See ``docs/dossier-codes.md`` for the scheme and its limits.
"""
