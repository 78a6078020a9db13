"""Reading Qt Linguist .ts files (a leaf module: the run-time language switch and the catalogue builder share it)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

CONTEXT = "Packstation"
Translation = str | list[str] | None  # a text, the plural forms of a numerus message, or unfinished


def read_ts(path: Path) -> dict[str, Translation]:
    """source -> translation of the Packstation context: a text, a list of plural forms (numerus messages), or None
    when unfinished or empty (a numerus message with an empty form counts as unfinished)."""
    result: dict[str, Translation] = {}
    if not path.exists():
        return result
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            unfinished = node is not None and node.get("type") in ("unfinished", "obsolete", "vanished")
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in node.iter("numerusform")] if node is not None else []
                result[source] = None if unfinished or not forms or not all(f.strip() for f in forms) else forms
                continue
            text = node.text if node is not None else None
            result[source] = None if unfinished or not text else text
    return result
