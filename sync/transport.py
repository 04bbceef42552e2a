"""The HTTP client of the sync protocol, on ``requests``.

Only https:// is used, except to this computer itself (loopback) or with the explicit lab
option (:data:`LAB_HTTP_ENV`). HTTPS certificates are always verified (against the system store or a given
CA bundle); a pinned certificate additionally requires the server to present
exactly that certificate. Requests are retried by :mod:`sync.retry`; every
push is idempotent on the server, so a retry after a lost answer is safe.
"""

from __future__ import annotations

import gzip
import hashlib
import ipaddress
import json as json_module
import os
import random
import ssl
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from counter.errors import InputError
from sync.errors import (
    CertificateError,
    ServerRejectedError,
    ServerUnreachableError,
    WorkstationRefusedError,
)
from sync.protocol import SERVER_TIME_HEADER
from sync.retry import Failure, RetryPolicy, is_retryable_status, retry_delay

DEFAULT_TIMEOUT = (5.0, 60.0)
COMPRESS_FROM = 2048
# Set to 1 only on a test bench: the token and citizens' data then travel unencrypted.
LAB_HTTP_ENV = "ONESTOP_ALLOW_INSECURE_HTTP_FOR_LAB_ONLY"


def insecure_http_allowed_for_lab() -> bool:
    return os.environ.get(LAB_HTTP_ENV, "") == "1"


def is_loopback_host(host: str) -> bool:
    """``localhost`` or an address of 127.0.0.0/8 or ::1: traffic that never leaves this computer."""
    host = host.lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def insecure_http_problem(url: str) -> str | None:
    """Why sending to ``url`` would expose the token and personal data in clear, or None."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() == "https" and parts.hostname:
        return None
    if parts.scheme.lower() == "http" and parts.hostname:
        if is_loopback_host(parts.hostname):
            return None
        return (
            f"Địa chỉ máy chủ trung tâm {url} dùng http:// không mã hoá: mã thông báo của máy "
            "trạm và dữ liệu cá nhân của công dân sẽ bị gửi đi ở dạng rõ. Hãy dùng https://."
        )
    return f"Địa chỉ máy chủ trung tâm phải bắt đầu bằng https://, nhận được {url!r}."


def check_server_url(url: str, *, allow_insecure_http_for_lab_only: bool = False) -> str:
    """``url`` if it is safe to send the token and personal data to; else a clear refusal.

    Plain http:// is accepted only to this computer (loopback), or on a test bench whose
    operator set the loudly named lab option."""
    problem = insecure_http_problem(url)
    if problem is None:
        return url
    if allow_insecure_http_for_lab_only and urlsplit(url.strip()).scheme.lower() == "http":
        return url
    raise InputError("server_url", problem)


@dataclass(frozen=True)
class ApiResponse:
    status: int
    body: dict[str, Any]
    server_time: datetime | None


@dataclass
class TransportSettings:
    """Where the central server is and how to trust it."""

    base_url: str
    token: str | None = None
    ca_bundle: Path | None = None
    pinned_certificate: Path | None = None
    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    compress: bool = True
    allow_insecure_http_for_lab_only: bool = field(default_factory=insecure_http_allowed_for_lab)


def certificate_fingerprint(pem_file: Path) -> str:
    """SHA-256 of the DER form of the first certificate in a PEM file, as hex."""
    try:
        der = ssl.PEM_cert_to_DER_cert(pem_file.read_text(encoding="ascii"))
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise CertificateError(f"Không đọc được chứng chỉ ghim '{pem_file}': {error}") from error
    return hashlib.sha256(der).hexdigest()


class _PinnedAdapter(HTTPAdapter):
    """Accepts only the server certificate with the given SHA-256 fingerprint."""

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        super().init_poolmanager(*args, **kwargs)


class Transport:
    """Sends requests to the central server, retrying what is worth retrying.

    ``sleep``, ``draw`` and ``on_server_time`` are injectable: tests run the
    real HTTP exchange without waiting, and the clock check hears the server's
    time on every answer.
    """

    def __init__(
        self,
        settings: TransportSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        draw: Callable[[], float] = random.random,
        on_server_time: Callable[[datetime], None] | None = None,
    ) -> None:
        check_server_url(settings.base_url,
                         allow_insecure_http_for_lab_only=settings.allow_insecure_http_for_lab_only)
        self.settings = settings
        self._sleep = sleep
        self._draw = draw
        self._on_server_time = on_server_time
        self._session = requests.Session()
        if settings.ca_bundle is not None and not settings.ca_bundle.is_file():
            raise CertificateError(
                f"Không tìm thấy tệp chứng chỉ CA '{settings.ca_bundle}' đã cấu hình cho đồng bộ."
            )
        # Passed on every request: a session-wide ``verify`` loses to REQUESTS_CA_BUNDLE.
        self._verify: str | bool = str(settings.ca_bundle) if settings.ca_bundle else True
        if settings.pinned_certificate is not None:
            fingerprint = certificate_fingerprint(settings.pinned_certificate)
            self._session.mount("https://", _PinnedAdapter(fingerprint))
        self.attempts_made = 0

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_token(self, token: str | None) -> None:
        self.settings.token = token

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: bytes | None = None,
        params: Mapping[str, str | int] | None = None,
        accept_statuses: Collection[int] = (),
    ) -> ApiResponse:
        """One logical request, retried per the policy; raises a :class:`SyncError` on failure.

        A 2xx answer, or a status listed in ``accept_statuses``, is returned.
        """
        attempt = 0
        while True:
            attempt += 1
            self.attempts_made += 1
            failure, response = self._attempt(method, path, json, content, params)
            if response is not None and response.is_redirect:
                raise redirect_refusal(response, self.settings.base_url)
            if response is not None and (response.ok or response.status_code in accept_statuses):
                return self._api_response(response)
            if response is not None and not is_retryable_status(response.status_code):
                raise _rejection(response)
            delay = retry_delay(
                self.settings.policy, attempt, failure, now=datetime.now(UTC), draw=self._draw()
            )
            if delay is None:
                raise _give_up(failure, response, attempt)
            self._sleep(delay)

    def download(self, path: str, target: Path, *, max_bytes: int, chunk: int = 1 << 16) -> int:
        """Append the resource at ``path`` to ``target``, resuming where ``target`` ends.

        Asks with ``Range: bytes=<size of target>-``; a server that answers the whole file
        (200) makes the download start again. Stops at ``max_bytes``. Returns the new size.
        A network failure leaves what was received, for the next attempt to resume.
        """
        have = target.stat().st_size if target.exists() else 0
        if have >= max_bytes:
            return have
        headers = {"Range": f"bytes={have}-"}
        if self.settings.token:
            headers["Authorization"] = f"Bearer {self.settings.token}"
        url = self.settings.base_url.rstrip("/") + path
        try:
            with self._session.get(url, headers=headers, stream=True, timeout=self.settings.timeout,
                                   verify=self._verify, allow_redirects=False) as response:  # fmt: skip
                if response.status_code not in (200, 206):
                    raise _rejection(response)
                mode = "ab" if response.status_code == 206 else "wb"
                with target.open(mode) as out:
                    written = have if mode == "ab" else 0
                    for block in response.iter_content(chunk):
                        written += len(block)
                        if written > max_bytes:
                            raise ServerRejectedError("Gói tải về dài hơn bản phát hành đã ký.", status=response.status_code)
                        out.write(block)
        except requests.exceptions.RequestException as error:
            raise _give_up(Failure(network_error=True), None, 1) from error
        return target.stat().st_size

    def _attempt(
        self,
        method: str,
        path: str,
        json: Any,
        content: bytes | None,
        params: Mapping[str, str | int] | None,
    ) -> tuple[Failure, requests.Response | None]:
        headers = {"Accept": "application/json"}
        if self.settings.token:
            headers["Authorization"] = f"Bearer {self.settings.token}"
        if content is not None:
            headers["Content-Type"] = "application/octet-stream"
        elif json is not None:
            # Compact UTF-8 (Vietnamese text is not inflated to \uXXXX escapes), gzip when large.
            content = json_bytes(json)
            headers["Content-Type"] = "application/json"
            if self.settings.compress and len(content) >= COMPRESS_FROM:
                content = gzip.compress(content, compresslevel=5)
                headers["Content-Encoding"] = "gzip"
        url = self.settings.base_url.rstrip("/") + path
        try:
            response = self._session.request(
                method,
                url,
                data=content,
                params=params,
                headers=headers,
                timeout=self.settings.timeout,
                verify=self._verify,
                allow_redirects=False,
            )
        except requests.exceptions.SSLError as error:
            raise CertificateError(
                "Chứng chỉ của máy chủ trung tâm không được tin cậy hoặc không đúng chứng chỉ "
                f"đã ghim ({self.settings.base_url}).",
                detail=str(error),
            ) from error
        except requests.exceptions.RequestException:
            return Failure(network_error=True), None
        self._notice_server_time(response)
        failure = Failure(
            status=response.status_code, retry_after=response.headers.get("Retry-After")
        )
        return failure, response

    def _notice_server_time(self, response: requests.Response) -> None:
        text = response.headers.get(SERVER_TIME_HEADER)
        if not text or self._on_server_time is None:
            return
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return
        if moment.tzinfo is not None:
            self._on_server_time(moment)

    def _api_response(self, response: requests.Response) -> ApiResponse:
        server_time = None
        text = response.headers.get(SERVER_TIME_HEADER)
        if text:
            try:
                server_time = datetime.fromisoformat(text)
            except ValueError:
                server_time = None
        return ApiResponse(response.status_code, _json_body(response), server_time)


def json_bytes(value: Any) -> bytes:
    return json_module.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def _json_body(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {"value": body}


def server_error_message(response: requests.Response) -> tuple[str, str]:
    """The server's own (code, message) from an error body, or a generic one."""
    error = _json_body(response).get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        details = error.get("details") or []
        message = error["message"]
        if details:
            message += " (" + "; ".join(str(d) for d in details[:5]) + ")"
        return str(error.get("code", "")), message
    return "", f"Máy chủ trung tâm trả lời mã lỗi HTTP {response.status_code}."


def _rejection(response: requests.Response) -> ServerRejectedError:
    reason_code, message = server_error_message(response)
    if response.status_code in (401, 403):
        return WorkstationRefusedError(
            message, status=response.status_code, reason_code=reason_code
        )
    return ServerRejectedError(message, status=response.status_code, reason_code=reason_code)


def redirect_refusal(response: requests.Response, base_url: str) -> ServerRejectedError:
    """A redirect is never followed: the API does not redirect, and following one could send
    the token or citizens' data to another host, or in clear after an https -> http switch."""
    location = response.headers.get("Location", "")[:200] or "(không có địa chỉ)"
    target = urlsplit(urljoin(response.url, location))
    origin = urlsplit(base_url)
    downgrade = origin.scheme == "https" and target.scheme != "https"
    why = " từ https:// sang kết nối không mã hoá" if downgrade else ""
    return ServerRejectedError(
        f"Máy chủ trung tâm trả lời chuyển hướng{why} (HTTP {response.status_code}) sang "
        f"{location}. Phần mềm không đi theo chuyển hướng: máy chủ trung tâm không bao giờ "
        "chuyển hướng, nên đây có thể là một máy chủ giả hoặc một thiết bị mạng chen vào. "
        f"Không gửi gì đến địa chỉ đó; hãy kiểm tra địa chỉ máy chủ đã cấu hình ({base_url}).",
        status=response.status_code,
        reason_code="redirect",
    )


def _give_up(
    failure: Failure, response: requests.Response | None, attempts: int
) -> ServerUnreachableError:
    if response is not None:
        _, message = server_error_message(response)
        return ServerUnreachableError(
            f"Máy chủ trung tâm đang bận hoặc gặp lỗi sau {attempts} lần thử: {message}"
        )
    return ServerUnreachableError(
        f"Không kết nối được máy chủ trung tâm sau {attempts} lần thử. "
        "Dữ liệu vẫn được giữ trên máy và sẽ được gửi lại khi có mạng."
    )
