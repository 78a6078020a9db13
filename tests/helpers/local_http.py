"""Local HTTP servers that answer as a shop's webhook, a shipping system or a carrier's sandbox would, and as they
fail: refuse (a status), hang (never answer), drop (close the connection without a word). Loopback only."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# (method, path, headers, body) -> (status, headers, body) | "hang" | "drop"
Answer = tuple[int, dict[str, str], bytes] | str
Responder = Callable[[str, str, dict[str, str], bytes], Answer]


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class LocalServer:
    url: str
    received: list[Received] = field(default_factory=list)
    responder: Responder | None = None
    release: threading.Event = field(default_factory=threading.Event)


def json_answer(status: int, body: Any) -> Answer:
    return status, {"Content-Type": "application/json"}, json.dumps(body).encode()


@contextmanager
def local_server(responder: Responder) -> Iterator[LocalServer]:
    """A server on 127.0.0.1 (a free port) answering through `responder`; `state.responder` may be swapped."""
    state = LocalServer("", responder=responder)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            state.received.append(Received(self.command, self.path, headers, body))
            assert state.responder is not None
            answer = state.responder(self.command, self.path, headers, body)
            if answer == "hang":
                state.release.wait(30)  # bounded: the test's own timeout is far shorter
                return
            if answer == "drop":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            assert not isinstance(answer, str)
            status, out_headers, out = answer
            self.send_response(status)
            for key, value in out_headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        do_GET = do_POST = do_DELETE = do_PUT = _handle  # noqa: N815

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
