"""Scanning papers at the counter: the scanner as a device, pages held as drafts, one PDF
per checklist document."""
