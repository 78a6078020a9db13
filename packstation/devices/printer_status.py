"""Is the printer ready before the label is needed? One question for every kind of printer, asked off the GUI
thread (the window's worker refreshes it every few seconds).

- A Zebra on TCP 9100 is asked `~HS`: paper out, ribbon out, head open, paused, buffer full.
- A folder printer is ready when its folder can be written.
- A system printer: CUPS `lpstat -p NAME` where CUPS is; elsewhere (Windows, macOS without CUPS tools) the window
  supplies Qt's `QPrinterInfo` state through `register_system_status` (the GUI is the only place Qt lives).

The answer is a `PrinterStatus`: `state` is `ready`, `problem` (the printer says what is wrong), `offline` (it does
not answer) or `unknown` (nobody can tell, e.g. no status tool); `problems` are stable codes the GUI puts in words.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

READY, PROBLEM, OFFLINE, UNKNOWN = "ready", "problem", "offline", "unknown"
# ZebraStatus.problems names -> stable codes
_ZEBRA_CODES = {
    "paper out": "paper_out",
    "paused": "paused",
    "buffer full": "buffer_full",
    "head open": "head_open",
    "ribbon out": "ribbon_out",
}


@dataclass(frozen=True)
class PrinterStatus:
    uri: str
    state: str
    problems: tuple[str, ...] = ()
    detail: str = ""

    @property
    def ready(self) -> bool:
        return self.state == READY


_SYSTEM_STATUS: Callable[[str], PrinterStatus | None] | None = None


def register_system_status(probe: Callable[[str], PrinterStatus | None] | None) -> None:
    """The GUI's way to answer for system printers (Qt's QPrinterInfo) where CUPS' lpstat is not available."""
    global _SYSTEM_STATUS
    _SYSTEM_STATUS = probe


def zebra_status(host: str, port: int, timeout: float = 3.0) -> PrinterStatus:
    from packstation.devices.printers import PrinterError
    from packstation.devices.zebra import ZebraPrinter

    printer = ZebraPrinter(host, port, timeout=timeout)
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            status = printer._status(sock, "")
    except PrinterError as exc:
        return PrinterStatus(printer.uri, OFFLINE, ("no_answer",), str(exc))
    except (TimeoutError, OSError) as exc:
        return PrinterStatus(
            printer.uri, OFFLINE, ("no_answer",), f"{printer.uri}: {getattr(exc, 'strerror', '') or exc}"
        )
    codes = tuple(_ZEBRA_CODES.get(p, p.replace(" ", "_")) for p in status.problems)
    return PrinterStatus(printer.uri, PROBLEM if codes else READY, codes, ", ".join(status.problems))


def folder_status(folder: Path) -> PrinterStatus:
    uri = folder.resolve().as_uri()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return PrinterStatus(uri, OFFLINE, ("folder_unwritable",), str(exc))
    if not os.access(folder, os.W_OK):
        return PrinterStatus(uri, OFFLINE, ("folder_unwritable",), f"{folder} cannot be written")
    return PrinterStatus(uri, READY)


def cups_status(name: str, timeout: float = 5.0) -> PrinterStatus | None:
    """`lpstat -p NAME`: idle / printing -> ready; disabled -> problem; None without CUPS tools."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return None
    uri = f"system:{name}"
    try:
        done = subprocess.run([lpstat, "-p", name], capture_output=True, timeout=timeout, check=False, text=True)
    except subprocess.TimeoutExpired:
        return PrinterStatus(uri, UNKNOWN, ("no_answer",), "lpstat did not answer")
    text = (done.stdout or done.stderr).strip()
    if done.returncode != 0:
        return PrinterStatus(uri, OFFLINE, ("not_found",), text)
    if "disabled" in text:
        return PrinterStatus(uri, PROBLEM, ("paused",), text)
    return PrinterStatus(uri, READY, (), text)


def printer_status(uri: str, *, print_dir: Path, timeout: float = 3.0) -> PrinterStatus:
    """The status of the printer a URI names (see `printers.printer_for`); never raises for a printer fault."""
    if not uri or uri == "file":
        return folder_status(print_dir)
    if uri.startswith("system:"):
        name = unquote(uri.removeprefix("system:").partition("?")[0])
        status = cups_status(name, timeout) if "via=qt" not in uri else None
        if status is None and _SYSTEM_STATUS is not None:
            status = _SYSTEM_STATUS(name)
        return status or PrinterStatus(uri, UNKNOWN, (), "no status tool on this system")
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        return folder_status(Path(unquote(parsed.path)))
    if parsed.scheme == "tcp" and parsed.hostname:
        if parse_qs(parsed.query).get("status", ["on"])[0] == "off":
            return PrinterStatus(uri, UNKNOWN, (), "status asking is off for this printer")
        return zebra_status(parsed.hostname, parsed.port or 9100, timeout)
    return PrinterStatus(uri, UNKNOWN, ("bad_uri",), f"cannot ask {uri!r}")
