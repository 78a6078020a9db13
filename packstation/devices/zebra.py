"""Raw ZPL to a Zebra printer over TCP port 9100, asking its status (~HS) before and after the job.

A printer that is out of paper, paused, has its head open or its buffer full refuses the job before a byte of it
is sent. Asking again after the job proves the connection survived to the end (a printer that drops the line
mid-job would otherwise look like a success, because TCP buffers the data). A printer that never answers ~HS is a
failure unless the printer URI says `?status=off` (for the few ZPL devices that do not implement it).
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from packstation.devices.printers import PrinterError

STX, ETX = b"\x02", b"\x03"


@dataclass(frozen=True)
class ZebraStatus:
    """The parts of the ~HS answer that stop a job."""

    paper_out: bool
    paused: bool
    buffer_full: bool
    head_open: bool
    ribbon_out: bool
    formats_in_buffer: int

    @property
    def problems(self) -> list[str]:
        flags = [
            ("paper out", self.paper_out),
            ("paused", self.paused),
            ("buffer full", self.buffer_full),
            ("head open", self.head_open),
            ("ribbon out", self.ribbon_out),
        ]
        return [name for name, on in flags if on]


def parse_host_status(raw: bytes) -> ZebraStatus:
    """Parse the three STX..ETX strings of a ~HS answer (ZPL II Programming Guide, ~HS)."""
    strings = [part.split(ETX, 1)[0].decode("ascii", "replace") for part in raw.split(STX)[1:]]
    if len(strings) < 2:
        raise PrinterError(f"unreadable ~HS answer: {raw[:80]!r}", retryable=True)
    first, second = strings[0].split(","), strings[1].split(",")
    try:
        return ZebraStatus(
            paper_out=first[1] == "1",
            paused=first[2] == "1",
            buffer_full=first[5] == "1",
            head_open=second[2] == "1",
            ribbon_out=second[3] == "1" and second[4] == "1",
            formats_in_buffer=int(first[4]),
        )
    except (IndexError, ValueError):
        raise PrinterError(f"unreadable ~HS answer: {raw[:80]!r}", retryable=True) from None


class ZebraPrinter:
    """`tcp://HOST:PORT[?status=off]`: raw ZPL on a socket."""

    formats = ("zpl",)

    def __init__(self, host: str, port: int = 9100, *, timeout: float = 5.0, ask_status: bool = True) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self.ask_status = ask_status
        self.uri = f"tcp://{host}:{port}" + ("" if ask_status else "?status=off")

    def _status(self, sock: socket.socket, when: str) -> ZebraStatus:
        sock.sendall(b"~HS")
        raw = b""
        try:
            while raw.count(ETX) < 3:
                chunk = sock.recv(1024)
                if not chunk:
                    raise PrinterError(f"{self.uri}: printer closed the connection {when}", retryable=True)
                raw += chunk
        except TimeoutError:
            if raw.count(ETX) < 2:
                raise PrinterError(
                    f"{self.uri}: no answer to the status request (~HS) {when} within {self.timeout:g} s",
                    retryable=True,
                ) from None
        return parse_host_status(raw)

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        if fmt not in self.formats:
            raise PrinterError(f"{self.uri}: a Zebra printer takes ZPL, not {fmt}", retryable=False)
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout) as sock:
                if self.ask_status:
                    status = self._status(sock, "before the job")
                    if status.problems:
                        raise PrinterError(f"{self.uri}: printer reports {', '.join(status.problems)}", retryable=True)
                sock.sendall(payload)
                if self.ask_status:
                    self._status(sock, "after the job")
        except PrinterError:
            raise
        except TimeoutError:
            raise PrinterError(
                f"{self.uri}: printer stopped responding (timeout {self.timeout:g} s)", retryable=True
            ) from None
        except OSError as exc:
            raise PrinterError(f"{self.uri}: {exc.strerror or exc}", retryable=True) from None
        return f"{len(payload)} bytes to {self.uri}"
