"""Sync with the central system: outbox, transport, batch files, the central server."""
