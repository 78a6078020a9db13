"""The packer's language and readability on the real window: switch language without restart, large text, focus,
verdicts by icon + words, WCAG AA colours. Screenshots per language go to tests/screenshots/lang_*.png."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget
from sqlalchemy import select, update

from packstation.gui.accessibility import FOCUS_COLOUR, contrast_ratio
from packstation.gui.i18n import current_language, switch_language
from packstation.gui.widgets.verdict_banner import COLOURS, ICONS
from packstation.store.models import OrderLine, Sku, User
from tests.gui.conftest import Bench, find_order, unit_code

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"

# language -> words the packer must see: welcome, idle screen line, the wrong-item headline, the header's packer label
WORDS = {
    "nb": ("VELKOMMEN", "Skann strekkoden til en ordre eller kasse", "FEIL VARE", "Pakker:"),
    "pl": ("WITAJ", "Zeskanuj kod zamówienia lub pojemnika", "ZŁY TOWAR", "Pakowacz:"),
    "fi": ("TERVETULOA", "Skannaa tilauksen tai keräilylaatikon viivakoodi", "VÄÄRÄ TUOTE", "Pakkaaja:"),
    "en": ("WELCOME", "Scan an order or tote barcode", "WRONG ITEM", "Packer:"),
}


@pytest.fixture(autouse=True)
def _english_after(qapp: Any) -> Any:
    yield
    switch_language("en")


def _set_user(bench: Bench, badge: str, **values: Any) -> None:
    with bench.store.sessions.begin() as db:
        db.execute(update(User).where(User.badge_code == badge).values(**values))


def _foreign_code(bench: Bench, order_id: int) -> str:
    other = find_order(bench.store, lines=(1, 12), plain=True, carriers=("bring", "dpd", "inpost", "royalmail"))
    with bench.store.sessions() as db:
        sku = db.execute(select(Sku).join(OrderLine, OrderLine.sku_id == Sku.id)
                         .where(OrderLine.order_id == other.id)).scalars().first()
        return sku.barcodes[0].code


def _labels(window: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


@pytest.mark.parametrize("language", ["nb", "pl", "fi"])
def test_packer_sees_their_language_and_it_switches_without_restart(bench: Bench, language: str) -> None:
    welcome, idle, wrong, packer = WORDS[language]
    _set_user(bench, "BADGE-P001", locale=language)
    window = bench.window
    assert window.banner.headline == "Scan your badge"  # signed out: English
    bench.sign_in()
    assert current_language() == language
    assert window.banner.headline == welcome
    assert idle in _labels(window) and window.header_user.text().startswith(packer)
    order = find_order(bench.store, lines=(2, 6), plain=True)
    bench.scan(order.order_barcode)
    bench.scan(unit_code(window.session.lines[0]))
    bench.scan(_foreign_code(bench, order.id))
    assert window.banner.headline == wrong and window.banner.look == "stop"
    window.grab().save(str(SHOTS / f"lang_{language}.png"))
    # Switch to Polish/English at run time: the open order, the banner and the fixed labels all follow.
    target = "pl" if language != "pl" else "en"
    switch_language(target)
    assert window.banner.headline == WORDS[target][2]
    assert window.header_user.text().startswith(WORDS[target][3])
    assert window.order_screen.isVisible() and window.session is not None  # same order, nothing restarted
    bench.scan("CMD-ACK")
    bench.scan("CMD-SIGNOUT")
    QApplication.processEvents()
    if window.user is None:  # signing out returns the bench to English for the next badge
        assert current_language() == "en" and window.banner.headline == "Scan your badge"


def test_english_screenshot_and_untranslated_packer(bench: Bench) -> None:
    bench.sign_in()  # the bench's users read English
    assert bench.window.banner.headline == WORDS["en"][0]
    bench.window.grab().save(str(SHOTS / "lang_en.png"))


def test_large_text_setting_scales_the_screen(bench: Bench) -> None:
    window = bench.window
    normal = window.banner._headline.font().pixelSize()
    _set_user(bench, "BADGE-P001", large_text=True)
    bench.sign_in()
    assert window.text_scale > 1
    assert window.banner._headline.font().pixelSize() >= normal * 1.25
    window.grab().save(str(SHOTS / "lang_large_text.png"))


def test_verdict_colours_pass_wcag_aa_and_each_has_its_own_icon() -> None:
    for look, (background, foreground) in COLOURS.items():
        assert contrast_ratio(foreground, background) >= 4.5, look
    assert len(set(ICONS.values())) == len(ICONS)  # never colour alone: a different icon per severity too
    assert contrast_ratio(FOCUS_COLOUR, "#ffffff") >= 3


def test_every_verdict_shows_an_icon_and_words(bench: Bench) -> None:
    banner = bench.window.banner
    for severity in ("ok", "attention", "stop"):
        banner.show_verdict(severity, "HEAD", "detail")
        assert not banner._icon.pixmap().isNull() and banner.headline == "HEAD"


def test_every_control_is_reachable_by_keyboard_with_a_visible_focus(bench: Bench) -> None:
    """Every command has a key; every field and button of a dialog is in the tab chain and shows a focus ring.

    The pick list is display only (NoFocus on purpose: the F-keys work wherever the focus is), so the operable
    controls are the dialogs' fields, lists and buttons; the lead-override dialog has all three kinds.
    """
    from packstation.domain.commands import COMMANDS

    window = bench.window
    bench.sign_in()
    bench.scan(find_order(bench.store, lines=(2, 6), plain=True).order_barcode)
    assert all(command.key for command in COMMANDS)
    assert set(window.registry.actions) >= {c.id for c in COMMANDS}  # each bound to its key
    bench.press(Qt.Key.Key_F11)
    dialog = bench.modal()
    controls = [w for w in dialog.findChildren(QWidget)
                if isinstance(w, (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView)) and w.isVisible()]
    assert len(controls) >= 3
    chain, widget = set(), dialog.nextInFocusChain()
    while widget is not dialog and len(chain) < 2000:
        chain.add(widget)
        widget = widget.nextInFocusChain()
    for control in controls:
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, type(control).__name__
        assert control in chain
        other = next(c for c in controls if c is not control)
        other.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        before = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert control.hasFocus()
        assert control.grab().toImage() != before, f"no visible focus on {type(control).__name__}"
    dialog.grab().save(str(SHOTS / "lang_focus_override.png"))
    dialog.reject()
