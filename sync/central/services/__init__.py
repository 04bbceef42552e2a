"""Units of work of the central server: each takes a session and plain values."""
