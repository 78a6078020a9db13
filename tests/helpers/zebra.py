"""A Zebra-like printer on a real TCP socket (127.0.0.1): answers ~HS, records jobs, or misbehaves on purpose.

Modes: "ok" (answers every ~HS with `status`), "hang" (accepts, never reads or answers), "drop" (answers the
first ~HS, reads a little of the job, then resets the connection). For a refusing printer use `closed_port()`.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field


@dataclass
class Status:
    paper_out: bool = False
    paused: bool = False
    head_open: bool = False

    def answer(self) -> bytes:
        one = f"030,{int(self.paper_out)},{int(self.paused)},1218,000,0,0,0,000,0,0,0"
        two = f"000,0,{int(self.head_open)},0,0,2,6,0,00000000,1,000"
        return b"".join(b"\x02" + s.encode() + b"\x03\r\n" for s in (one, two, "1234,0"))


@dataclass
class FakeZebra:
    mode: str = "ok"
    status: Status = field(default_factory=Status)
    jobs: list[bytes] = field(default_factory=list)
    status_requests: int = 0

    def __post_init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.1)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self._handlers: list[threading.Thread] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.mode == "hang":
                self._held.append(conn)
                continue
            handler = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._handlers.append(handler)
            handler.start()

    def _handle(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError):  # the client went away: nothing to record
            self._converse(conn)

    def _converse(self, conn: socket.socket) -> None:
        buffer = b""
        answered = 0
        with conn:
            conn.settimeout(5)
            while True:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    return
                if not chunk:
                    break
                buffer += chunk
                while buffer.count(b"~HS") > answered:
                    answered += 1
                    self.status_requests += 1
                    conn.sendall(self.status.answer())
                    if self.mode == "drop" and answered == 1:
                        conn.recv(100)
                        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        return  # closing with linger 0 sends RST: the line drops mid-job
                if self.mode == "ok" and answered >= 2:
                    break
        job = buffer.replace(b"~HS", b"")
        if job:
            self.jobs.append(job)

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        for conn in self._held:
            conn.close()
        self._thread.join(timeout=2)
        for handler in self._handlers:
            handler.join(timeout=5)


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens: connecting is refused."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]
