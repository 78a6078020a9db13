"""Embedded TrueType fonts for every PDF the station prints.

reportlab's built-in Helvetica covers only Latin-1, so "Łukasz" or "Gdańsk" would print as boxes. DejaVu Sans
(shipped in `resources/fonts/`) covers Latin Extended, Greek and Cyrillic, and is embedded (subset) in each PDF,
so the printer needs no fonts of its own.

Text DejaVu cannot draw is set glyph by glyph in a fallback font (also shipped): Droid Sans Fallback for Chinese,
Japanese and Korean, Symbola for emoji and symbols. `runs` splits a text into (piece, font) runs; `draw_text`,
`text_width` and `markup` (for Paragraphs) use them. A character no shipped font has is never drawn as an empty
box in silence: `draw_text` raises `UnprintableText` naming it, and the print step shows that to the packer.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from packstation.domain.errors import DomainError
from packstation.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
FALLBACK_CJK = "DroidSansFallback"
FALLBACK_SYMBOLS = "Symbola"
FALLBACKS = (FALLBACK_CJK, FALLBACK_SYMBOLS)
FONT_FILES = {**_FILES, FALLBACK_CJK: "DroidSansFallback.ttf", FALLBACK_SYMBOLS: "Symbola.ttf"}
# Invisible joiners and selectors inside emoji sequences and scripts: nothing to draw, nothing missing.
_IGNORABLE = frozenset(
    {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)}
)


class UnprintableText(DomainError):
    """Text with a character no shipped font can draw: flagged before printing, never printed as a box."""


def font_path(name: str) -> str:
    return str(resource_path("fonts", FONT_FILES[name]))


def _cmap(name: str) -> dict[int, int]:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, font_path(name)))  # fallbacks load on first need (3 MB each)
        for bold in (0, 1):  # no bold or italic faces: <b> inside a fallback run keeps the regular one
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
    return pdfmetrics.getFont(name).face.charToGlyph  # type: ignore[attr-defined, no-any-return]


def covering_font(char: str, font: str) -> str | None:
    """`font` if it draws `char`, else the first fallback that does, else None."""
    code = ord(char)
    if code in _cmap(font) or char.isspace():
        return font
    for fallback in FALLBACKS:
        if code in _cmap(fallback):
            return fallback
    return None


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as (piece, font) runs: `font` where it has the glyphs, a fallback where it does not. Characters
    no font has stay in `font`'s run (see `missing`)."""
    if text.isascii():
        return [(text, font)] if text else []
    out: list[tuple[str, str]] = []
    for char in text:
        if ord(char) in _IGNORABLE:
            continue
        chosen = covering_font(char, font) or font
        if out and out[-1][1] == chosen:
            out[-1] = (out[-1][0] + char, chosen)
        else:
            out.append((char, chosen))
    return out


def missing(text: str, font: str = FONT) -> str:
    """The characters of `text` that no shipped font can draw (each once, in order)."""
    if text.isascii():
        return ""
    found = ""
    for char in text:
        if (
            ord(char) not in _IGNORABLE
            and char.isprintable()
            and covering_font(char, font) is None
            and char not in found
        ):
            found += char
    return found


def check_printable(text: str, what: str = "the text", font: str = FONT) -> str:
    """`text`, or UnprintableText naming the characters no font can print."""
    lost = missing(text, font)
    if lost:
        raise UnprintableText(
            "unprintable_text",
            f"{what} {text!r} holds characters no label font can print "
            f"({' '.join(lost)}); correct it in the shop, or a lead overrides the step",
            text=text,
            characters=" ".join(lost),
        )
    return text


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for piece, name in runs(text, font))


def draw_text(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, *, align: str = "left", what: str = "the text"
) -> None:
    """Draw `text` at (x, y) with fallback fonts where `font` lacks glyphs; `align` left, centre or right.
    Raises UnprintableText (before drawing anything) for characters no font has."""
    check_printable(text, what, font)
    pieces = runs(text, font)
    if align != "left":
        width = sum(pdfmetrics.stringWidth(piece, name, size) for piece, name in pieces)
        x -= width if align == "right" else width / 2
    for piece, name in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
    canvas.setFont(font, size)


def markup(text: str, font: str = FONT, what: str = "the text") -> str:
    """`text` escaped for a reportlab Paragraph, fallback runs wrapped in <font name=...>."""
    check_printable(text, what, font)
    return "".join(
        escape(piece) if name == font else f'<font name="{name}">{escape(piece)}</font>'
        for piece, name in runs(text, font)
    )


def register_fonts() -> None:
    """Register FONT and FONT_BOLD with reportlab (idempotent; called on import)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # <b> in Paragraph markup switches to the bold face.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


def fits(text: str, font: str, size: float, width: float) -> bool:
    """Whether `text` set in `font` at `size` points is at most `width` points wide."""
    return text_width(text, font, size) <= width


def shrink_to_fit(text: str, font: str, size: float, width: float, *, minimum: float = 6.0) -> float:
    """The largest font size <= `size` (down to `minimum`) at which `text` fits `width`."""
    while size > minimum and not fits(text, font, size, width):
        size -= 0.5
    return max(size, minimum)


register_fonts()
