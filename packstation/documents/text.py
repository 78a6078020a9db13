"""Text fitting shared by the PDF and ZPL documents: clean control characters, wrap, ellipsise."""

from __future__ import annotations

from packstation.documents.fonts import fits


def clean_text(text: str) -> str:
    """Control characters (newlines, tabs, escapes) become spaces: a name prints on the label, never commands."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def split_long(word: str, font: str, size: float, width: float) -> list[str]:
    pieces = [""]
    for ch in word:
        if pieces[-1] and not fits(pieces[-1] + ch, font, size, width):
            pieces.append("")
        pieces[-1] += ch
    return pieces


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """`text` wrapped at spaces (inside over-long words if need be); past `max_lines` it ends in an ellipsis."""
    lines: list[str] = []
    for word in clean_text(text).split(" "):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and fits(candidate, font, size, width):
            lines[-1] = candidate
        else:
            lines.extend(split_long(word, font, size, width))
    lines = lines or [""]
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and not fits(last + "…", font, size, width):
        last = last[:-1]
    kept[-1] = last + "…"
    return kept
