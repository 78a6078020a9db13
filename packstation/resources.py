"""The one door to files under `resources/` (fonts, sounds, icons, translations, sample data, scenarios).

In a wheel they ship as `packstation/resources`; in a source checkout (editable install) they are read from the
repository's top-level `resources/` folder.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    """The resources folder, packaged or from the source tree."""
    packaged = importlib.resources.files("packstation") / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    """A resource by its path below `resources/`, e.g. `resource("fonts", "DejaVuSans.ttf")`."""
    node = resource_root()
    for part in parts:
        node = node / part
    if not node.is_file() and not node.is_dir():
        raise FileNotFoundError(f"resource not found: {'/'.join(parts)}")
    return node


def resource_path(*parts: str) -> Path:
    """A resource as a real file path (for libraries that need one, e.g. reportlab's TTF loader)."""
    node = resource(*parts)
    # Wheels install as plain files, so the Traversable is a Path; zip imports are not supported.
    return Path(str(node))
