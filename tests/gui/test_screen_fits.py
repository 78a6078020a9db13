"""Issue 15.6: every screen fits — at 1280x720, 1366x768, 1920x1080 and 3840x2160, in en/nb/pl/fi, with large
text on, nothing is off-screen or clipped; the language buttons read fully; long pick lists scroll to the scanned
line; long descriptions wrap."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from sqlalchemy import select, update

from packstation.gui.i18n import switch_language
from packstation.store.models.catalog import Sku
from packstation.store.models.orders import OrderLine
from tests.gui.conftest import Bench, find_order
from tests.gui.printing import settle_prints

SIZES = ((1280, 720), (1366, 768), (1920, 1080), (3840, 2160))
LANGUAGES = ("en", "nb", "pl", "fi")


@pytest.fixture(autouse=True)
def _english_after(qapp: Any) -> Any:
    yield
    switch_language("en")


def _settle(station_window: Bench) -> None:
    """Let the resize and the relayouts it starts run until every widget's geometry holds still (the size is then
    read, not waited for: a window that grows past the size asked for is exactly the failure to report)."""
    last: list[object] = [None]

    def still() -> bool:
        QApplication.processEvents()
        tops = [station_window.window] + (
            [QApplication.activeModalWidget()] if QApplication.activeModalWidget() else []
        )
        # a label's words count too: the print worker's refresh can change a text in the last processEvents, before
        # the relayout it asks for has run (the geometry alone then looks still while it is about to move)
        shot = tuple(
            (w.objectName(), w.geometry().getRect(), w.isVisible(), w.text() if isinstance(w, QLabel) else None)
            for top in tops
            for w in [top, *top.findChildren(QWidget)]
        )
        same = shot == last[0]
        last[0] = shot
        return same

    station_window.qtbot.waitUntil(still, timeout=10_000)


def _visible(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.window() is window and w.isVisibleTo(window) and w.width() > 0 and not w.isWindow()
    ]


def _problems(window: QWidget) -> list[str]:
    """Widgets outside the window, and single-line labels or buttons whose text is wider than they are."""
    found = []
    inside = QRect(0, 0, window.width(), window.height())
    for widget in _visible(window):
        top_left = widget.mapTo(window, widget.rect().topLeft())
        rect = QRect(top_left, widget.size())
        parent = widget.parentWidget()
        clipped_by_scroll = False
        while parent is not None and parent is not window:
            if parent.inherits("QAbstractScrollArea"):
                clipped_by_scroll = True
            parent = parent.parentWidget()
        if not clipped_by_scroll and not inside.contains(rect):
            found.append(f"{widget.metaObject().className()} {widget.objectName()!r} at {rect} outside {inside}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text() and not clipped_by_scroll:
            need_h = widget.heightForWidth(widget.width())
            if need_h > widget.height() + 2:
                found.append(
                    f"QLabel {widget.objectName()!r} cut off at the bottom: {widget.text()[:60]!r} needs "
                    f"{need_h}px, has {widget.height()}px"
                )
        text = ""
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.textFormat() != 1 and widget.text():
            text, room = widget.text(), widget.contentsRect().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            text, room = widget.text(), widget.width() - 8
        if text and "<" not in text:
            need = max(widget.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
            if need > room:
                found.append(
                    f"{widget.metaObject().className()} {widget.objectName()!r} clips {text!r}: "
                    f"needs {need}px, has {room}px"
                )
    return found


def _long_description_order(station_window: Bench) -> Any:
    order = find_order(station_window.store, lines=(2, 12))
    with station_window.store.sessions.begin() as db:
        sku_ids = db.scalars(select(OrderLine.sku_id).where(OrderLine.order_id == order.id)).all()
        db.execute(
            update(Sku)
            .where(Sku.id == sku_ids[0])
            .values(
                description="Merino wool hiking sock, cushioned heel and toe, reinforced arch, extra long cuff, "
                "size XL (46-48)"
            )
        )
    return order


def test_every_state_fits_at_every_size_language_and_large_text(station_window: Bench) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.conftest import unit_code

    window = station_window.window
    order = _long_description_order(station_window)
    station_window.set_devices(label_printer="tcp://127.0.0.1:9", label_format="zpl")  # the label will not print
    station_window.sign_in()
    user = window.user
    failures: list[str] = []

    def check(state: str) -> None:
        for language in LANGUAGES:
            window.apply_user_settings(replace(user, locale=language, large_text=True))
            for width, height in SIZES:
                window.resize(width, height)
                _settle(station_window)
                # nothing pushes the window wider or taller than its screen
                size = (window.width(), window.height())
                if size != (width, height):
                    failures.append(f"{state} {language} {width}x{height}: window became {size}")
                failures.extend(f"{state} {language} {width}x{height}: {p}" for p in _problems(window))
                dialog = QApplication.activeModalWidget()
                if dialog is not None:  # a dialog at the station's text size fits too
                    dialog.apply_scale(window.base_px())
                    dialog.adjustSize()
                    _settle(station_window)
                    failures.extend(f"{state} {language} {width}x{height} dialog: {p}" for p in _problems(dialog))
        window.apply_user_settings(replace(user, locale="en", large_text=True))
        window.resize(1366, 768)
        _settle(station_window)

    station_window.scan(order.order_barcode)
    station_window.scan(unit_code(window.session.lines[0]))
    check("scanning")
    station_window.scan("NOT-A-BARCODE-15")
    check("stop")
    station_window.press(Qt.Key.Key_Escape)
    for line in window.session.lines:
        for unit in range(line.scanned + 1, line.ordered + 1):
            station_window.scan(unit_code(line, unit))
    station_window.press(Qt.Key.Key_Escape)
    station_window.answer_qc_yes()
    station_window.press(Qt.Key.Key_Escape)
    if window.session.state == "box":
        check("box")
        for box in window.session.plan["boxes"]:
            station_window.scan(box["box"])
        station_window.answer_qc_yes()
        for code in window.session.slips_expected:
            station_window.answer_qc_yes()
            station_window.scan(code)
        station_window.answer_qc_yes()
        check("weight dialog")
        station_window.weigh_if_asked()
        settle_prints(station_window.qtbot, window)
        check("printer fault")
    assert not failures, "\n".join(failures[:30])


def test_sign_in_language_buttons_read_fully_at_every_size(station_window: Bench) -> None:
    window = station_window.window
    failures = []
    for language in LANGUAGES:
        switch_language(language)
        for width, height in SIZES:
            window.resize(width, height)
            _settle(station_window)
            if (window.width(), window.height()) != (width, height):
                failures.append(f"{language} {width}x{height}: window became {window.width()}x{window.height()}")
            for code, button in window.sign_in_screen.language_buttons.items():
                need = button.fontMetrics().horizontalAdvance(button.text())
                if need > button.contentsRect().width() - 4:
                    failures.append(
                        f"{language} {width}x{height}: {code} button {button.text()!r} needs {need}px, "
                        f"has {button.contentsRect().width()}px"
                    )
            failures += [f"{language} {width}x{height}: {p}" for p in _problems(window)]
    assert not failures, "\n".join(failures[:30])


def test_a_long_description_wraps_and_keeps_its_size_words(station_window: Bench) -> None:
    window = station_window.window
    order = _long_description_order(station_window)
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    table = window.order_screen.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if "size XL" in str(model.index(r, 2).data()))
    assert table.wordWrap()
    rect = table.visualRect(model.index(row, 2))
    text = str(model.index(row, 2).data())
    metrics = table.fontMetrics()
    # the text fits its cell on as many lines as the row is high: the size words (XL) are not elided away
    lines = max(1, rect.height() // metrics.lineSpacing())
    needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000), int(Qt.TextFlag.TextWordWrap), text)
    assert needed.height() <= lines * metrics.lineSpacing() + 2, (text, rect, needed)


def test_a_long_pick_list_scrolls_to_the_line_just_scanned_even_out_of_order(qtbot: Any, tmp_path: Any) -> None:
    from packstation.app import open_store
    from tests.gui.conftest import make_bench
    from tests.helpers.bench_world import PIN, add_orders, build_floor

    db = tmp_path / "sixty.db"
    store = open_store(f"sqlite:///{db}")
    floor = build_floor(store, skus=60)
    add_orders(store, floor, 1, 60, prefix="SIXTY-")
    store.dispose()
    bench = make_bench(qtbot, db, tmp_path / "prints", station=floor.stations[0])
    try:
        window = bench.window
        bench.sign_in(floor.badges[0], PIN)
        bench.scan("SIXTY-000000")
        table, model = window.order_screen.table, window.order_screen.model
        for row in (50, 3, 41):  # the packer takes units as they come out of the tote
            bench.scan(window.session.lines[row].barcode)
            assert window.banner.look == "ok", window.banner.detail
            scanned = table.visualRect(model.index(row, 1))
            assert table.viewport().rect().contains(scanned), f"row {row} just scanned is off screen"
    finally:
        bench.window.close()
        bench.store.dispose()
