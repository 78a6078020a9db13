"""Hardware stand-ins for the training floor: a scale that reads what the box should weigh (plus an injected
error on its first reading) and a printer folder whose newest PDF the viewer shows as rendered pages."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path


class SimulatedScale:
    """`read()` gives the expected weight of the box in hand, off by `offset_g` while a weight mismatch is armed:
    every reading disagrees until the trainee finds the cause in the box (`find_cause`); weighing again alone
    never makes it agree."""

    def __init__(self, expected: Callable[[], int | None]) -> None:
        self.expected = expected
        self.offset_g = 0
        self.readings: list[int] = []
        self.armed_for: set[str] = set()

    def arm(self, offset_g: int, order_ref: str = "") -> None:
        """Readings are wrong by `offset_g` (a weight-mismatch exercise) until the cause is found; once per order."""
        self.offset_g = offset_g
        self.armed_for.add(order_ref)

    def find_cause(self) -> bool:
        """The trainee took the stray unit out (or put the missing one in): True when there was a cause to find."""
        found, self.offset_g = self.offset_g != 0, 0
        return found

    def readings_for(self, order_ref: str) -> bool:
        return order_ref in self.armed_for

    def read(self) -> int | None:
        grams = self.expected()
        if grams is None:
            return None
        grams += self.offset_g
        self.readings.append(grams)
        return grams


def newest_pdf(folder: Path) -> Path | None:
    files = sorted(folder.rglob("*.pdf"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    return files[-1] if files else None


def render_pages(pdf: Path, dpi: int = 60) -> list[Path]:
    """PNG pages of a PDF through poppler's pdftoppm (QtPdf is not part of every PySide6 build)."""
    out = Path(tempfile.mkdtemp(prefix="packstation-demo-pdf-"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out / "page")], check=True, capture_output=True, timeout=30
    )
    return sorted(out.glob("page*.png"))
