"""One small HTTP client for the integrations: a timeout on every call, a size cap, and errors in words.

The standard library's urllib is enough for GET and POST with a few headers; no dependency earns its place here.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

DEFAULT_TIMEOUT_S = 10.0
MAX_BODY = 20 * 1024 * 1024  # a label or an answer larger than this is not one


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class HttpFailure(Exception):
    """No usable answer: refused, timed out, dropped, or not HTTP. `str()` says which, in words."""


def call(
    method: str,
    url: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> HttpAnswer:
    """One request. Any HTTP status comes back as an answer; only a missing answer raises HttpFailure."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:  # noqa: S310 - configured URL
            data = response.read(MAX_BODY + 1)
            status, got = response.status, dict(response.headers.items())
    except urllib.error.HTTPError as error:
        data = error.read(MAX_BODY + 1) if error.fp else b""
        status, got = error.code, dict(error.headers.items()) if error.headers else {}
    except TimeoutError:
        raise HttpFailure(f"no answer from {url} within {timeout_s:g} s") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise HttpFailure(f"no answer from {url} within {timeout_s:g} s") from None
        raise HttpFailure(f"cannot reach {url}: {reason}") from None
    except (ConnectionError, OSError) as error:  # dropped mid-answer, reset, bad status line
        raise HttpFailure(f"the connection to {url} broke: {error.__class__.__name__}") from None
    except ValueError as error:  # a malformed URL
        raise HttpFailure(f"bad URL {url!r}: {error}") from None
    if len(data) > MAX_BODY:
        raise HttpFailure(f"the answer from {url} is larger than {MAX_BODY // (1024 * 1024)} MB")
    return HttpAnswer(status, {k.lower(): v for k, v in got.items()}, data)
