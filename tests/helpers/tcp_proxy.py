"""A local TCP proxy between the station and its database that a test can cut: a network cable pulled on cue.

`cut()` closes every proxied connection and refuses new ones until `restore()`; `cut_after(n)` lets n more bytes
from the client through and then cuts, so a test can land the cut inside a transaction or inside its COMMIT.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class CuttableProxy:
    """Forward 127.0.0.1:<port> to (host, port) with real sockets, one thread pair per connection."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._lock = threading.Lock()
        self._conns: list[socket.socket] = []
        self._down = False
        self._budget: int | None = None
        self._closing = False
        self.client_bytes = 0  # bytes forwarded from the client so far
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    # -- control ---------------------------------------------------------------------------------------------------
    @property
    def down(self) -> bool:
        return self._down

    def cut(self) -> None:
        """Drop every connection now and refuse new ones."""
        with self._lock:
            self._down, self._budget = True, None
            conns, self._conns = self._conns, []
        for sock in conns:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def cut_after(self, client_bytes: int) -> None:
        """Let `client_bytes` more bytes go from the client to the server, then cut."""
        with self._lock:
            self._budget = client_bytes

    def restore(self) -> None:
        with self._lock:
            self._down, self._budget = False, None

    def close(self) -> None:
        self._closing = True
        self.cut()
        self.listener.close()

    def __enter__(self) -> CuttableProxy:
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self._down:
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_client: bool) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if from_client:
                    with self._lock:
                        self.client_bytes += len(data)
                        budget = self._budget
                        if budget is not None:
                            self._budget = budget - len(data)
                    if budget is not None and len(data) >= budget:
                        if budget > 0:
                            dst.sendall(data[:budget])
                        self.cut()
                        return
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
