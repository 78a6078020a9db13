"""Printer backends behind one small interface, chosen by a URI.

- `""` or `file:///folder`: PDF (or ZPL) files written into a folder, the default: nothing can jam.
- `tcp://HOST:9100[?status=off]`: raw ZPL to a Zebra printer (see `zebra.py`).
- `system:NAME`: a system printer. Where CUPS' `lp` is (Linux, most macOS benches) it prints (`lp -d NAME`, ZPL raw
  with `-o raw`); elsewhere (a Windows bench) through Qt's print support, which the window registers
  (`register_system_backend`, `packstation/gui/qt_printing.py`): PDFs rendered page by page at the printer's
  resolution, ZPL raw through the Windows spooler (`winspool.py`). `system:NAME?via=qt` or `?via=lp` chooses.

Every failure is a `PrinterError` with a message naming the printer, and whether retrying may help.

After a crash mid-send the queue asks a printer `printed(payload, fmt=, name=)` -> True / False / None (cannot
tell). Only the folder printer can tell (the file is there, whole, or it is not); a Zebra's ~HS status and label
counter cannot say which job came out, and CUPS may have printed a job whose `lp` never returned: they do not answer.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from glob import escape as glob_escape
from pathlib import Path
from typing import Protocol, runtime_checkable
from urllib.parse import parse_qs, unquote, urlparse


class PrinterError(Exception):
    """A print that did not happen; `retryable` is False when only a person can fix it (wrong format, no lp)."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable


@runtime_checkable
class Printer(Protocol):
    uri: str
    formats: tuple[str, ...]

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        """Print `payload` (fmt pdf or zpl) as document `name`; returns a line for the log, raises PrinterError."""
        ...


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class FolderPrinter:
    """Writes each job as a file; a file appears whole or not at all (temporary file, then rename)."""

    formats = ("pdf", "zpl")

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.uri = self.folder.resolve().as_uri()

    @staticmethod
    def _stem(name: str) -> str:
        return _SAFE_NAME.sub("_", name).strip("_") or "document"

    def printed(self, payload: bytes, *, fmt: str, name: str) -> bool | None:
        """Did an earlier `send` of this document finish? A file of that name holding exactly `payload` says yes (a
        file appears only by rename, whole); a half-written temporary file does not count."""
        stem = self._stem(name)
        try:
            candidates = [self.folder / f"{stem}.{fmt}", *self.folder.glob(f"{glob_escape(stem)}-*.{fmt}")]
            return any(
                path.is_file() and path.stat().st_size == len(payload) and path.read_bytes() == payload
                for path in candidates
            )
        except OSError:  # the folder cannot be read (a share gone): nobody can tell
            return None

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        if fmt not in self.formats:
            raise PrinterError(f"{self.uri}: cannot file {fmt}", retryable=False)
        stem = self._stem(name)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / f"{stem}.{fmt}"
            n = 1
            while target.exists():
                n += 1
                target = self.folder / f"{stem}-{n}.{fmt}"
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".printing-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            raise PrinterError(f"{self.uri}: {exc}", retryable=True) from None
        return str(target)


class SystemPrinter:
    """A CUPS queue via `lp`. Qt's print dialog is the GUI's business; the queue only needs a named printer."""

    formats = ("pdf", "zpl")

    def __init__(self, name: str, *, timeout: float = 30.0, lp: str = "lp") -> None:
        self.name = name
        self.timeout = timeout
        self.lp = lp
        self.uri = f"system:{name}"

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        lp = shutil.which(self.lp)
        if lp is None:
            raise PrinterError(f"{self.uri}: CUPS 'lp' command not found (install cups-client)", retryable=False)
        args = [lp, "-d", self.name, "-t", name] + (["-o", "raw"] if fmt == "zpl" else []) + ["-"]
        try:
            done = subprocess.run(args, input=payload, capture_output=True, timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired:
            raise PrinterError(f"{self.uri}: lp did not finish within {self.timeout:g} s", retryable=True) from None
        if done.returncode != 0:
            reason = (done.stderr or done.stdout).decode("utf-8", "replace").strip() or f"exit {done.returncode}"
            raise PrinterError(f"{self.uri}: {reason}", retryable=True)
        return done.stdout.decode("utf-8", "replace").strip() or f"sent to {self.uri}"


_SYSTEM_BACKEND: Callable[[str], Printer] | None = None


def register_system_backend(factory: Callable[[str], Printer] | None) -> None:
    """Qt's print support for `system:` printers (the GUI registers it; this package never imports Qt)."""
    global _SYSTEM_BACKEND
    _SYSTEM_BACKEND = factory


class SpoolerPrinter:
    """ZPL raw to a Windows print queue (a Zebra installed as a Windows printer)."""

    formats = ("zpl",)

    def __init__(self, name: str) -> None:
        self.name = name
        self.uri = f"system:{name}"

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        from packstation.devices.winspool import send_raw

        if fmt != "zpl":
            raise PrinterError(f"{self.uri}: the spooler path takes ZPL; PDFs go through Qt", retryable=False)
        return send_raw(self.name, payload, name)


class AutoSystemPrinter:
    """`system:NAME` on any OS: lp where CUPS is, else Qt's print support for PDFs and the Windows spooler for ZPL."""

    formats = ("pdf", "zpl")

    def __init__(self, name: str, via: str = "") -> None:
        self.name = name
        self.via = via
        self.uri = f"system:{name}" + (f"?via={via}" if via else "")

    def route(self, fmt: str) -> Printer:
        use_lp = self.via == "lp" or (not self.via and shutil.which("lp") is not None)
        if use_lp:
            return SystemPrinter(self.name)
        if fmt == "zpl" and sys.platform == "win32":
            return SpoolerPrinter(self.name)
        if _SYSTEM_BACKEND is None:
            raise PrinterError(
                f"{self.uri}: no way to reach system printers here (no CUPS 'lp', and Qt's print "
                "support is only there with the station window)",
                retryable=False,
            )
        return _SYSTEM_BACKEND(self.name)

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        return self.route(fmt).send(payload, fmt=fmt, name=name)


def printer_for(uri: str, *, print_dir: Path, timeout: float = 5.0) -> Printer:
    """The printer a URI names; "" means PDF files in `print_dir`. A bad URI raises ValueError naming it."""
    if not uri or uri == "file":
        return FolderPrinter(print_dir)
    if uri.startswith("system:"):
        name, _, query = uri.removeprefix("system:").partition("?")
        if not name:
            raise ValueError(f"printer {uri!r}: system printer needs a name, e.g. system:Zebra_GK420d")
        via = parse_qs(query).get("via", [""])[0]
        if via not in ("", "lp", "qt"):
            raise ValueError(f"printer {uri!r}: via must be lp or qt, not {via!r}")
        return AutoSystemPrinter(unquote(name), via)
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        return FolderPrinter(Path(unquote(parsed.path)))
    if parsed.scheme == "tcp":
        if not parsed.hostname:
            raise ValueError(f"printer {uri!r}: no host, expected tcp://HOST:9100")
        from packstation.devices.zebra import ZebraPrinter

        status = parse_qs(parsed.query).get("status", ["on"])[0]
        return ZebraPrinter(parsed.hostname, parsed.port or 9100, timeout=timeout, ask_status=status != "off")
    raise ValueError(f"printer {uri!r}: expected file:///FOLDER, tcp://HOST:9100 or system:NAME")
