"""Reading Qt Linguist .ts files (a leaf module: the run-time language switch and the catalogue builder share it)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

CONTEXT = "Packstation"


def read_ts(path: Path) -> dict[str, str | None]:
    """source -> translation (None when unfinished or empty) of the Packstation context."""
    result: dict[str, str | None] = {}
    if not path.exists():
        return result
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = node.text if node is not None else None
            unfinished = node is not None and node.get("type") in ("unfinished", "obsolete", "vanished")
            result[source] = None if unfinished or not text else text
    return result
