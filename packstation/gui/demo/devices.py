"""Hardware stand-ins for the training floor: a scale that reads what the box should weigh (plus an injected
error on its first reading) and a printer folder whose newest PDF the viewer shows as rendered pages."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path


class SimulatedScale:
    """`read()` gives the expected weight of the box in hand; the first reading is off by `offset_g`."""

    def __init__(self, expected: Callable[[], int | None]) -> None:
        self.expected = expected
        self.offset_g = 0
        self.readings: list[int] = []
        self.armed_for: set[str] = set()

    def arm(self, offset_g: int, order_ref: str = "") -> None:
        """The next reading is wrong by `offset_g` (a weight-mismatch exercise), once per order."""
        self.offset_g = offset_g
        self.armed_for.add(order_ref)

    def readings_for(self, order_ref: str) -> bool:
        return order_ref in self.armed_for

    def read(self) -> int | None:
        grams = self.expected()
        if grams is None:
            return None
        grams, self.offset_g = grams + self.offset_g, 0
        self.readings.append(grams)
        return grams


def newest_pdf(folder: Path) -> Path | None:
    files = sorted(folder.rglob("*.pdf"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    return files[-1] if files else None


def render_pages(pdf: Path, dpi: int = 60) -> list[Path]:
    """PNG pages of a PDF through poppler's pdftoppm (QtPdf is not part of every PySide6 build)."""
    out = Path(tempfile.mkdtemp(prefix="packstation-demo-pdf-"))
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out / "page")], check=True,
                   capture_output=True, timeout=30)
    return sorted(out.glob("page*.png"))
