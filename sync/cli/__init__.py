"""Sub-commands for sync, batches and the central server (see counter.cli)."""
