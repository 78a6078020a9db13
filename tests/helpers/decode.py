"""Read back what we printed, as a printer and a scanner would: rasterise, then decode every barcode.

- `decode_pdf(path, dpi=203, mono=True)`: `pdftoppm -r DPI -mono` (a 1-bit thermal raster), then zxing-cpp on
  every page; returns [(text, symbology_identifier)] in page order (e.g. ("1Z...", "]C0"), ("(00)0...", "]C1")).
- `decode_zpl(zpl, dpi=203)`: ZPL rendered offline with the npm package zpl-renderer-js (Node.js), then zxing-cpp;
  returns one list per label.
- `pdf_text(path)`: pdftotext, for finding a customer's name exactly as written.

Install the ZPL renderer once: `npm install --prefix tests/.node zpl-renderer-js` (tests/.node is git-ignored).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image

TESTS_DIR = Path(__file__).resolve().parent.parent
NODE_MODULES = TESTS_DIR / ".node" / "node_modules"
RENDER_ZPL = Path(__file__).resolve().parent / "render_zpl.cjs"
INSTALL_HINT = "npm install --prefix tests/.node zpl-renderer-js"

Decoded = tuple[str, str]


def decode_image(image: Image.Image) -> list[Decoded]:
    """Every barcode zxing-cpp finds, top to bottom."""
    results = zxingcpp.read_barcodes(image)
    ordered = sorted(results, key=lambda r: (r.position.top_left.y, r.position.top_left.x))
    return [(r.text, r.symbology_identifier) for r in ordered]


def rasterise_pdf(path: Path, out_dir: Path, *, dpi: int = 203, mono: bool = True) -> list[Path]:
    """One image per page, as `pdftoppm -r DPI -mono` makes them."""
    prefix = out_dir / "page"
    args = ["pdftoppm", "-r", str(dpi)] + (["-mono"] if mono else ["-gray"]) + [str(path), str(prefix)]
    subprocess.run(args, check=True, capture_output=True)
    return sorted(out_dir.glob("page-*"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def decode_pdf_pages(path: Path | str, dpi: int = 203, mono: bool = True) -> list[list[Decoded]]:
    """The barcodes of each page separately."""
    with tempfile.TemporaryDirectory() as tmp:
        return [decode_image(Image.open(page)) for page in rasterise_pdf(Path(path), Path(tmp), dpi=dpi, mono=mono)]


def decode_pdf(path: Path | str, dpi: int = 203, mono: bool = True) -> list[Decoded]:
    """All barcodes of all pages, in page order."""
    return [found for page in decode_pdf_pages(path, dpi=dpi, mono=mono) for found in page]


def pdf_text(path: Path | str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def require_zpl_renderer() -> None:
    """Fail (not skip) with the install command when the renderer is missing."""
    import pytest

    if shutil.which("node") is None:
        pytest.fail("Node.js is needed to render ZPL in tests (apt-get install nodejs npm)")
    if not (NODE_MODULES / "zpl-renderer-js").is_dir():
        pytest.fail(f"zpl-renderer-js is not installed; run: {INSTALL_HINT}")


def render_zpl(
    zpl: str, out_dir: Path, *, dpi: int = 203, width_mm: float = 101.6, height_mm: float = 152.4
) -> list[Path]:
    """PNG files, one per ^XA..^XZ label."""
    require_zpl_renderer()
    source = out_dir / "label.zpl"
    source.write_text(zpl, encoding="utf-8")
    dpmm = {203: 8, 300: 12}[dpi]
    subprocess.run(
        [
            "node",
            str(RENDER_ZPL),
            str(NODE_MODULES),
            str(source),
            str(out_dir / "zpl"),
            str(width_mm),
            str(height_mm),
            str(dpmm),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(out_dir.glob("zpl-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def decode_zpl(zpl: str, dpi: int = 203) -> list[list[Decoded]]:
    """The barcodes of each rendered label."""
    with tempfile.TemporaryDirectory() as tmp:
        return [decode_image(Image.open(png).convert("L")) for png in render_zpl(zpl, Path(tmp), dpi=dpi)]
