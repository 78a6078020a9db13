"""The packer's language and readability on the real window: switch language without restart, large text, focus,
verdicts by icon + words, WCAG AA colours, the sign-in language picker (keys only). Screenshots per language
(lang_*.png) go to a temporary folder, or to $PACKSTATION_SCREENSHOTS (tests/screenshots to refresh them)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget
from sqlalchemy import select, update

from packstation.domain.vocabulary import Severity
from packstation.gui.accessibility import FOCUS_COLOUR, contrast_ratio
from packstation.gui.i18n import current_language, switch_language
from packstation.gui.widgets.verdict_banner import COLOURS, ICONS
from packstation.store.models import OrderLine, Sku, User
from tests.gui import keys
from tests.gui.conftest import Bench, find_order, unit_code
from tests.gui.screenshots import save

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


def _set_user(station_window: Bench, badge: str, **values: Any) -> None:
    with station_window.store.sessions.begin() as db:
        db.execute(update(User).where(User.badge_code == badge).values(**values))


def _foreign_code(station_window: Bench, order_id: int) -> str:
    other = find_order(
        station_window.store, lines=(1, 12), plain=True, carriers=("bring", "dpd", "inpost", "royalmail")
    )
    with station_window.store.sessions() as db:
        sku = (
            db.execute(select(Sku).join(OrderLine, OrderLine.sku_id == Sku.id).where(OrderLine.order_id == other.id))
            .scalars()
            .first()
        )
        return sku.barcodes[0].code


def _labels(window: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


@pytest.mark.parametrize("language", ["nb", "pl", "fi"])
def test_packer_sees_their_language_and_it_switches_without_restart(station_window: Bench, language: str) -> None:
    welcome, idle, wrong, packer = WORDS[language]
    _set_user(station_window, "BADGE-P001", locale=language)
    window = station_window.window
    assert window.banner.headline == "Scan your badge"  # signed out: English
    station_window.sign_in()
    assert current_language() == language
    assert window.banner.headline == welcome
    assert idle in _labels(window) and window.header_user.text().startswith(packer)
    order = find_order(station_window.store, lines=(2, 6), plain=True)
    station_window.scan(order.order_barcode)
    station_window.scan(unit_code(window.session.lines[0]))
    station_window.scan(_foreign_code(station_window, order.id))
    assert window.banner.headline == wrong and window.banner.look == "stop"
    save(window, f"lang_{language}")
    # Switch to Polish/English at run time: the open order, the banner and the fixed labels all follow.
    target = "pl" if language != "pl" else "en"
    switch_language(target)
    assert window.banner.headline == WORDS[target][2]
    assert window.header_user.text().startswith(WORDS[target][3])
    # same order, nothing restarted (the stop has the working area until it is acknowledged)
    assert window.pages.currentWidget() is window.order_screen and window.session is not None
    station_window.scan("CMD-ACK")
    station_window.scan("CMD-SIGNOUT")
    QApplication.processEvents()
    if window.user is None:  # signing out returns the bench to English for the next badge
        assert current_language() == "en" and window.banner.headline == "Scan your badge"


def test_english_screenshot_and_untranslated_packer(station_window: Bench) -> None:
    station_window.sign_in()  # the bench's users read English
    assert station_window.window.banner.headline == WORDS["en"][0]
    save(station_window.window, "lang_en")


def test_large_text_setting_scales_the_screen(station_window: Bench) -> None:
    window = station_window.window
    normal = window.banner._headline.font().pixelSize()
    _set_user(station_window, "BADGE-P001", large_text=True)
    station_window.sign_in()
    assert window.text_scale > 1
    assert window.banner._headline.font().pixelSize() >= normal * 1.25
    save(window, "lang_large_text")


def test_verdict_colours_pass_wcag_aa_and_each_has_its_own_icon() -> None:
    for look, (background, foreground) in COLOURS.items():
        assert contrast_ratio(foreground, background) >= 4.5, look
    assert len(set(ICONS.values())) == len(ICONS)  # never colour alone: a different icon per severity too
    assert contrast_ratio(FOCUS_COLOUR, "#ffffff") >= 3


def test_every_verdict_shows_an_icon_and_words(station_window: Bench) -> None:
    banner = station_window.window.banner
    for severity in ("ok", "attention", "stop"):
        banner.show_verdict(severity, "HEAD", "detail")
        assert not banner._icon.pixmap().isNull() and banner.headline == "HEAD"


def test_every_control_is_reachable_by_keyboard_with_a_visible_focus(station_window: Bench) -> None:
    """Every command has a key; every field and button of a dialog is in the tab chain and shows a focus ring.

    The pick list is display only (NoFocus on purpose: the F-keys work wherever the focus is), so the operable
    controls are the dialogs' fields, lists and buttons; the lead-override dialog has all three kinds.
    """
    from packstation.domain.commands import COMMANDS

    window = station_window.window
    station_window.sign_in()
    station_window.scan(find_order(station_window.store, lines=(2, 6), plain=True).order_barcode)
    assert all(command.key for command in COMMANDS)
    assert set(window.registry.actions) >= {c.id for c in COMMANDS}  # each bound to its key
    station_window.press(Qt.Key.Key_F11)
    dialog = station_window.modal()
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView)) and w.isVisible()
    ]
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
    save(dialog, "lang_focus_override")
    dialog.reject()


def _keys(station_window: Bench, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the packer presses it, to whatever has the focus in the active station window."""
    window = station_window.window
    window.activateWindow()
    station_window.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    station_window.qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_packer_picks_their_language_at_sign_in_by_keys_only(station_window: Bench) -> None:
    """Alt+L steps through the languages (each named in its own words); Tab + Enter picks one directly; the pick is
    saved as the packer's own setting when they sign in, and comes back at their next sign-in."""
    window, screen = station_window.window, station_window.window.sign_in_screen
    assert current_language() == "en" and screen.heading.text() == "Scan your badge to start"
    assert [b.text() for b in screen.language_buttons.values()] == ["English", "Norsk bokmål", "Polski", "Suomi"]
    alt = Qt.KeyboardModifier.AltModifier
    seen = []
    for _ in range(4):
        _keys(station_window, Qt.Key.Key_L, alt)
        seen.append((current_language(), screen.heading.text()))
    assert seen == [
        ("nb", "Skann kortet ditt for å starte"),
        ("pl", "Zeskanuj identyfikator, aby zacząć"),
        ("fi", "Aloita skannaamalla kulkukorttisi"),
        ("en", "Scan your badge to start"),
    ]
    assert window.banner.headline == "Scan your badge"  # the banner follows too
    # Tab to "Polski" and press Enter.
    target = screen.language_buttons["pl"]
    for _ in range(30):
        if QApplication.focusWidget() is target:
            break
        _keys(station_window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, "the language buttons must be in the tab order"
    _keys(station_window, Qt.Key.Key_Return)
    assert current_language() == "pl" and target.isChecked()
    save(window, "lang_sign_in_picker_pl")
    station_window.sign_in()  # BADGE-P001 reads English in the database until now
    assert current_language() == "pl" and window.header_user.text().startswith("Pakowacz:")
    with station_window.store.sessions() as db:
        assert db.scalars(select(User.locale).where(User.badge_code == "BADGE-P001")).one() == "pl"
    station_window.scan("CMD-SIGNOUT")
    QApplication.processEvents()
    assert window.user is None and current_language() == "en"  # the next badge starts in English
    station_window.sign_in()
    assert current_language() == "pl"  # the saved setting, without picking again


def test_override_reasons_are_translated_and_stored_in_english(station_window: Bench) -> None:
    _set_user(station_window, "BADGE-P001", locale="fi")
    station_window.sign_in()
    station_window.scan(find_order(station_window.store, lines=(2, 6), plain=True).order_barcode)
    station_window.press(Qt.Key.Key_F11)
    dialog = station_window.modal()
    shown = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert shown[:2] == ["Vuoroesimies tarkasti: saa lähettää", "Asiakas hyväksyi"]
    dialog.reason.setCurrentIndex(1)
    assert dialog.chosen_reason() == "Customer agreed"  # the journal keeps one language whatever the bench reads
    switch_language("pl")
    assert dialog.reason.currentText() == "Klient się zgodził" and dialog.chosen_reason() == "Customer agreed"
    dialog.reason.setEditText("Pudełko sprawdzone")
    assert dialog.chosen_reason() == "Pudełko sprawdzone"  # a typed reason is kept as typed
    dialog.reject()


def test_a_preset_reason_picked_in_norwegian_is_stored_in_english(qtbot: Any) -> None:
    from packstation.gui.flow import REMOVE_REASONS
    from packstation.gui.screens.prompts import ReasonDialog

    switch_language("nb")
    submitted: list[str] = []
    dialog = ReasonDialog("Fjern", "Hvorfor?", REMOVE_REASONS, submitted.append)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert shown[0] != REMOVE_REASONS[0], "the preset is shown in the packer's language"
    dialog.reason.setCurrentIndex(0)
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
    assert submitted == [REMOVE_REASONS[0]]
    dialog.show()
    dialog.reason.setEditText("Kunden ombestemte seg")  # the packer's own words stay as typed
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
    assert submitted[-1] == "Kunden ombestemte seg"


def _fragile_order(station_window: Bench) -> Any:
    """A new demo order with a fragile SKU and no hazardous goods (whose check a lead may have to override)."""
    from packstation.store.models import Order

    with station_window.store.sessions() as db:
        for order in db.scalars(select(Order).where(Order.status == "new").order_by(Order.id)):
            skus = db.scalars(
                select(Sku).join(OrderLine, OrderLine.sku_id == Sku.id).where(OrderLine.order_id == order.id)
            ).all()
            if 1 <= len(skus) <= 4 and any(s.fragile for s in skus) and not any(s.hazmat_class for s in skus):
                db.expunge(order)
                return order
    raise LookupError("no demo order with a fragile item")


def test_a_norwegian_packer_reads_the_services_words_qc_banner_and_box_instruction(station_window: Bench) -> None:
    """The QC verdict and the box plan's instruction come from the services as codes, params and plan data; the
    Norwegian packer reads them in Norwegian (the report: "KONTROLL OK / LY-THERMO fragile check OK.", "Use ...")."""
    from packstation.gui.screens.qc import QcDialog

    _set_user(station_window, "BADGE-P001", locale="nb")
    station_window.sign_in()
    window = station_window.window
    station_window.scan(_fragile_order(station_window).order_barcode)
    station_window.scan_all_units()
    banners: dict[str, tuple[str, str]] = {}

    def answer_checks() -> None:
        for _ in range(20):  # every QC dialog answered as the packer does; the banner after each is kept
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QcDialog):
                break
            check = dialog.request.check
            if check in ("serial", "lot"):
                line = next(x for x in window.session.lines if x.line_id == dialog.request.line_id)
                for unit in range(1, dialog.wanted + 1):
                    station_window.scan(
                        f"SN{line.line_id}X{unit}" if check == "serial" else (line.lot_required or "L1")
                    )
            else:
                keys.type_text("y", dialog)
            station_window.qtbot.waitUntil(lambda d=dialog: not d.isVisible())
            banners[check] = (window.banner.headline, window.banner.detail)

    answer_checks()
    station_window.scan("CMD-ACK")
    station_window.qtbot.waitUntil(lambda: window.order_screen.box_panel.summary.isVisible())
    summary = window.order_screen.box_panel.summary.text()
    plan = window.session.plan["boxes"]
    for box in plan:
        assert f"Bruk {box['box']}" in summary, summary
        if box.get("wrap_fragile"):
            assert f"Bruk {box['box']}; pakk inn skjøre varer først" in summary, summary
        for code, units in (box.get("cushioning") or {}).items():
            assert f"{units} × {code}" in summary  # material codes are catalogue data, shown as they are
    assert "Use " not in summary and "wrap fragile" not in summary and "fill with" not in summary
    save(window, "lang_nb_box_plan")
    for box in plan:  # the fragile sticker goes on the chosen box: its check comes after the box scan
        station_window.scan(box["box"])
    answer_checks()
    headline, detail = banners["fragile"]
    detail = detail.splitlines()[0]  # the next step follows on its own line
    assert headline == "KONTROLL OK"
    assert detail.startswith("Kontroll av skjør vare for ") and detail.endswith(": OK."), detail
    assert "check" not in detail and "fragile" not in detail


def test_the_banner_is_painted_in_its_verdicts_colours(station_window: Bench) -> None:
    """What the packer sees: the banner's background and its headline's letters in the look's two colours, for
    each verdict in turn (the colours come from the palette and the banner's own paint, no style sheet)."""
    from PySide6.QtGui import QColor

    banner = station_window.window.banner
    for severity in ("ok", "stop", "attention", "ok"):
        banner.show_verdict(severity, "WRONG ITEM" if severity == "stop" else "HEAD", "detail")
        image = banner.grab().toImage()
        background, foreground = COLOURS[Severity(severity)]
        corner = image.pixelColor(image.width() // 2, 3)  # inside the rounded rectangle, above the text
        assert corner.name() == background, (severity, corner.name())
        head = banner._headline.geometry()
        letters = {
            image.pixelColor(x, y).name()
            for x in range(head.left(), head.right(), 2)
            for y in range(head.top(), head.bottom(), 2)
        }
        assert QColor(foreground).name() in letters, (severity, sorted(letters)[:5])
