"""System printers through Qt's print support: a two-page PDF printed page by page at the printer's resolution
(a QPrinter writing a PDF file stands in for the device), read back with pdfinfo and decoded with zxing-cpp."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from packstation.devices.printers import PrinterError, printer_for
from packstation.documents.barcodes import draw_code128
from packstation.gui import qt_printing
from tests.helpers.decode import decode_pdf


def two_labels() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(4 * inch, 6 * inch))
    draw_code128(canvas, 20, 200, "TRACK-0001", dpi=203)
    canvas.showPage()
    canvas.setPageSize((105 * mm, 148 * mm))  # an A6 slip after the 4x6 label
    draw_code128(canvas, 20, 150, "TRACK-0002", dpi=203)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_pdf_printed_page_by_page_at_the_printers_resolution(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "printed.pdf"

    def device() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(203)
        return printer

    line = qt_printing.QtSystemPrinter("Zebra_GK420d", make_printer=device).send(
        two_labels(), fmt="pdf", name="label-1"
    )
    assert line == "2 page(s) at 203 dpi to Zebra_GK420d"
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "2", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert "Pages:           2" in info
    sizes = [
        tuple(float(v) for v in line.split(":", 1)[1].split("pts")[0].split(" x "))
        for line in info.splitlines()
        if line.startswith("Page") and "size:" in line
    ]
    assert sizes[0] == (288, 432)  # the 4x6 in label, then the A6 slip (Qt snaps it to ISO A6: 297 x 420)
    assert abs(sizes[1][0] - 297.6) < 1 and abs(sizes[1][1] - 419.5) < 1
    assert [text for text, _ in decode_pdf(target, dpi=203)] == ["TRACK-0001", "TRACK-0002"]


def test_unknown_printer_and_zpl_off_windows(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qt_printing.install()
    printer = printer_for("system:NoSuchPrinter?via=qt", print_dir=tmp_path)
    with pytest.raises(PrinterError) as caught:
        printer.send(two_labels(), fmt="pdf", name="x")
    assert "no such printer" in str(caught.value) and not caught.value.retryable
    with pytest.raises(PrinterError, match="needs Windows"):
        printer.send(b"^XA^XZ", fmt="zpl", name="x")
    assert isinstance(qt_printing.printer_names(), list)
    from packstation.devices.printer_status import printer_status

    assert printer_status("system:NoSuchPrinter?via=qt", print_dir=tmp_path).state == "offline"
