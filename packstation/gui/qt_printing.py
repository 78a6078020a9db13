"""System printers through Qt's print support, on Linux, macOS and Windows alike.

`QPrinterInfo` lists the printers the operating system knows and their state; a PDF is rendered page by page at the
printer's own resolution (PDFium through pypdfium2: Qt's PySide6 wheels carry no PDF renderer) and painted onto a
`QPrinter`, one printer page per PDF page, at its real size. ZPL goes raw: through the Windows spooler on Windows
(`devices/winspool.py`), `lp -o raw` where CUPS is (`devices/printers.py` picks).

`install()` registers this backend and the status probe with `packstation.devices` when the station window starts.
Printing runs in the print worker (a QPainter on a QPrinter may be used outside the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from packstation.devices.printer_status import OFFLINE, PROBLEM, READY, UNKNOWN, PrinterStatus
from packstation.devices.printers import PrinterError


def printer_names() -> list[str]:
    """The system's printers, default first."""
    default = QPrinterInfo.defaultPrinterName()
    names = list(QPrinterInfo.availablePrinterNames())
    return sorted(names, key=lambda n: (n != default, n.lower()))


def render_pages(pdf: bytes, dpi: int) -> list[tuple[QImage, QSizeF]]:
    """Each page of `pdf` as a greyscale image at `dpi`, with the page's size in points."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as exc:
        raise PrinterError(f"not a PDF that can be printed: {exc}", retryable=False) from None
    pages = []
    try:
        for index in range(len(document)):
            page = document[index]
            width_pt, height_pt = page.get_size()
            bitmap = page.render(
                scale=dpi / 72, grayscale=True, optimize_mode="print", no_smoothpath=True, no_smoothtext=False
            )
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_Grayscale8
            ).copy()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            pages.append((image, QSizeF(width_pt, height_pt)))
            bitmap.close()
            page.close()
    finally:
        document.close()
    return pages


class QtSystemPrinter:
    """`system:NAME` through QPrinter. `make_printer` may hand a prepared QPrinter (tests print to a PDF file)."""

    formats = ("pdf", "zpl")

    def __init__(self, name: str, make_printer: Callable[[], QPrinter] | None = None) -> None:
        self.name = name
        self.uri = f"system:{name}?via=qt"
        self._make_printer = make_printer

    def _printer(self) -> QPrinter:
        if self._make_printer is not None:
            return self._make_printer()
        info = QPrinterInfo.printerInfo(self.name)
        if info.isNull():
            known = ", ".join(printer_names()) or "none"
            raise PrinterError(f"{self.uri}: no such printer (this computer has: {known})", retryable=False)
        return QPrinter(info, QPrinter.PrinterMode.HighResolution)

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        if fmt == "zpl":
            from packstation.devices.winspool import send_raw

            return send_raw(self.name, payload, name)
        if fmt != "pdf":
            raise PrinterError(f"{self.uri}: cannot print {fmt}", retryable=False)
        printer = self._printer()
        printer.setDocName(name)
        dpi = printer.resolution()
        pages = render_pages(payload, dpi)
        if not pages:
            raise PrinterError(f"{self.uri}: the document has no pages", retryable=False)
        painter = QPainter()
        first_size = pages[0][1]
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(QPageSize(first_size, QPageSize.Unit.Point), _orientation(first_size), QMarginsF(0, 0, 0, 0))
        )
        if not painter.begin(printer):
            raise PrinterError(f"{self.uri}: the printer cannot start a job", retryable=True)
        try:
            for number, (image, size) in enumerate(pages):
                if number:
                    printer.setPageSize(QPageSize(size, QPageSize.Unit.Point))
                    if not printer.newPage():
                        raise PrinterError(f"{self.uri}: the printer stopped at page {number + 1}", retryable=True)
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRectF(target), image)
        finally:
            painter.end()
        return f"{len(pages)} page(s) at {dpi} dpi to {self.name}"


def _orientation(size: QSizeF) -> QPageLayout.Orientation:
    return QPageLayout.Orientation.Portrait  # the page size carries width and height as they are


def qt_status(name: str) -> PrinterStatus | None:
    """A system printer's state from QPrinterInfo (idle/active -> ready; aborted/error -> problem)."""
    info = QPrinterInfo.printerInfo(name)
    uri = f"system:{name}"
    if info.isNull():
        return PrinterStatus(uri, OFFLINE, ("not_found",), "no such printer")
    state: Any = info.state()
    if state in (QPrinter.PrinterState.Idle, QPrinter.PrinterState.Active):
        return PrinterStatus(uri, READY)
    if state in (QPrinter.PrinterState.Aborted, QPrinter.PrinterState.Error):
        return PrinterStatus(uri, PROBLEM, ("paused",), str(state))
    return PrinterStatus(uri, UNKNOWN)


def install() -> None:
    """Let `system:` printers and their status go through Qt where CUPS' tools are not (or `?via=qt`)."""
    from packstation.devices.printer_status import register_system_status
    from packstation.devices.printers import register_system_backend

    register_system_backend(QtSystemPrinter)
    register_system_status(qt_status)
