"""Errors of the sync layer, as part of the core's typed error tree.

Each one is a :class:`counter.errors.CounterError`: its message is Vietnamese
and is shown to the person as written.
"""

from __future__ import annotations

from counter.errors import CounterError


class SyncError(CounterError):
    """Something went wrong while talking to the central system."""

    code = "sync"


class ServerUnreachableError(SyncError):
    """The central server could not be reached, even after retrying."""

    code = "server_unreachable"


class CertificateError(SyncError):
    """The server's TLS certificate is not the one we trust."""

    code = "certificate"


class ServerRejectedError(SyncError):
    """The server refused a request (4xx); ``reason`` is the server's own words."""

    code = "server_rejected"

    def __init__(self, message: str, *, status: int, reason_code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.reason_code = reason_code


class WorkstationRefusedError(ServerRejectedError):
    """The workstation is unknown to the server or has been revoked (401/403)."""

    code = "workstation_refused"


class BatchFileError(CounterError):
    """A batch file is unreadable, tampered with, foreign or from an unknown signer."""

    code = "batch_file"


class ForeignBatchError(BatchFileError):
    """The batch file is not sealed to this key (another central system, or not to this office)."""

    code = "batch_file_foreign"
