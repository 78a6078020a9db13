"""Readable for every packer: a focus ring that is always visible, and the WCAG contrast check of our colours.

Verdicts are never told by colour alone: the banner shows an icon and a headline word for each severity
(`packstation.gui.widgets.verdict_banner`); the large-text setting (users.large_text) scales every font of the
packer's window (`MainWindow.apply_user_settings`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# A 3 px dark-blue ring on whatever has keyboard focus (>= 3:1 against white and the light backgrounds: WCAG 2.4.7).
FOCUS_COLOUR = "#0b57d0"
FOCUS_STYLE = f"""
/* packstation-focus */
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QAbstractSpinBox:focus,
QDateTimeEdit:focus, QComboBox:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
QTabBar::tab:focus {{ border: 3px solid {FOCUS_COLOUR}; }}
"""


def apply_focus_style(app: QApplication) -> None:
    """Add the focus ring to the application's style sheet once (dialogs are windows of their own)."""
    if "packstation-focus" not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb"."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio (1..21); AA asks 4.5 for body text, 3 for large text and focus indicators."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
