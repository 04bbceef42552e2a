"""Dossiers: receiving, the lifecycle, search."""
