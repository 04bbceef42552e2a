"""The workstation side of sync: the typed API client, outbox push, pulls, batches."""
