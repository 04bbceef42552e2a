"""Errors of the central server, each with the HTTP status it is answered with."""

from __future__ import annotations

from counter.errors import CodeSpaceExhaustedError, CounterError, InputError, NotFoundError
from sync.errors import BatchFileError


class CentralError(CounterError):
    status = 400


class UnauthorizedError(CentralError):
    status = 401
    code = "unauthorized"


class ForbiddenError(CentralError):
    status = 403
    code = "forbidden"


class WorkstationRevokedError(ForbiddenError):
    code = "workstation_revoked"


class ConflictError(CentralError):
    status = 409
    code = "conflict"


class CodeBlockCapError(ConflictError):
    """The workstation already holds as many unused numbers as it may."""

    code = "code_block_cap"


class InvalidRequestError(CentralError):
    status = 422
    code = "invalid_request"


class TooLargeError(CentralError):
    status = 413
    code = "too_large"


def http_status(error: CounterError) -> int:
    """The HTTP status for an error a user can act on."""
    if isinstance(error, CentralError):
        return error.status
    if isinstance(error, InputError | BatchFileError):
        return 422
    if isinstance(error, CodeSpaceExhaustedError):
        return 409
    if isinstance(error, NotFoundError):
        return 404
    return 400


class TooManyAttemptsError(CentralError):
    """Too many attempts for now; ``retry_after`` seconds tells when to try again."""

    status = 429
    code = "too_many_attempts"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
