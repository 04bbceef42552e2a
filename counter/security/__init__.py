"""Protecting citizens' data at rest: the installation's keys, encrypted files."""
