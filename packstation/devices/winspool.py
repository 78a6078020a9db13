"""Raw bytes (ZPL) to a Windows print queue through the spooler (winspool.drv: OpenPrinter, StartDocPrinter with
datatype RAW, WritePrinter): how a Zebra installed as a Windows printer takes ZPL untouched by any driver.

Only Windows has the spooler; elsewhere `send_raw` refuses with a PrinterError that says so (CUPS benches use
`lp -o raw`). Nothing here is imported on other systems until it is called.
"""

from __future__ import annotations

import sys

from packstation.devices.printers import PrinterError


def available() -> bool:
    return sys.platform == "win32"


def send_raw(printer: str, payload: bytes, document: str) -> str:
    """Spool `payload` unchanged to the Windows printer `printer`; returns a line for the log."""
    if not available():
        raise PrinterError(f"system:{printer}: raw printing through the Windows spooler needs Windows", retryable=False)
    import ctypes
    from ctypes import wintypes

    winspool = ctypes.WinDLL("winspool.drv")  # type: ignore[attr-defined]

    class DocInfo1(ctypes.Structure):
        _fields_ = [("pDocName", wintypes.LPWSTR), ("pOutputFile", wintypes.LPWSTR), ("pDatatype", wintypes.LPWSTR)]

    handle = wintypes.HANDLE()
    if not winspool.OpenPrinterW(printer, ctypes.byref(handle), None):
        raise PrinterError(
            f"system:{printer}: no such Windows printer (error {ctypes.GetLastError()})",  # type: ignore[attr-defined]
            retryable=False,
        )
    try:
        info = DocInfo1(document[:200], None, "RAW")
        job = winspool.StartDocPrinterW(handle, 1, ctypes.byref(info))
        if not job:
            raise PrinterError(
                f"system:{printer}: the spooler refused the job (error {ctypes.GetLastError()})",  # type: ignore[attr-defined]
                retryable=True,
            )
        try:
            winspool.StartPagePrinter(handle)
            written = wintypes.DWORD()
            buffer = ctypes.create_string_buffer(payload, len(payload))
            ok = winspool.WritePrinter(handle, buffer, len(payload), ctypes.byref(written))
            winspool.EndPagePrinter(handle)
            if not ok or written.value != len(payload):
                raise PrinterError(
                    f"system:{printer}: the spooler took {written.value} of {len(payload)} bytes", retryable=True
                )
        finally:
            winspool.EndDocPrinter(handle)
    finally:
        winspool.ClosePrinter(handle)
    return f"{len(payload)} bytes to the Windows queue {printer} (job {job})"
