"""The typed error tree of the core.

A :class:`CounterError` is something a user can act on: its ``message`` is
written for the person at the counter (Vietnamese by default) and is shown as
it is. Any other exception is a bug: it is logged with details and shown with
a "copy details" action by the caller.
"""

from __future__ import annotations


class CounterError(Exception):
    """An error the user can act on; ``message`` is shown as written."""

    code = "error"

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class InputError(CounterError):
    """Bad input from a person or a file; ``field`` names where it is."""

    code = "invalid_input"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.reason = message


class NotFoundError(CounterError):
    code = "not_found"


class IllegalTransitionError(CounterError):
    code = "illegal_transition"


class PermissionDeniedError(CounterError):
    code = "permission_denied"


class StorageError(CounterError):
    """The database or the data directory cannot be used as it is."""

    code = "storage"


class DatabaseTooNewError(StorageError):
    code = "database_too_new"


class ConfigurationError(CounterError):
    code = "configuration"


class CodeSpaceExhaustedError(CounterError):
    code = "code_space_exhausted"


DISK_FULL = ("Ổ đĩa đã đầy: thao tác chưa được lưu. Hãy giải phóng dung lượng rồi thử lại; "
             "dữ liệu đã lưu trước đó vẫn nguyên vẹn.")
READ_ONLY = ("Thư mục dữ liệu chỉ cho phép đọc hoặc không mở được: thao tác chưa được lưu. "
             "Kiểm tra quyền ghi và ổ đĩa (USB có bị khoá ghi không).")


def storage_error_from_os(error: OSError, what: str) -> StorageError:
    """A clear message for a file that could not be written: full disk, read-only, other."""
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(DISK_FULL, detail=str(error))
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(READ_ONLY, detail=str(error))
    return StorageError(f"{what} ({error.strerror}).", detail=str(error))
