"""The scan's verdict is painted before the page catches up: the scan that completes an order also switches to
the box step (its page and pack picture), and the packer's answer must not wait for that; the banner restyles
and re-reads its icon only when its look changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject

from tests.gui.conftest import Bench, find_order, unit_code


class _Paints(QObject):
    """Each paint of the banner's headline: (its text, the step's panel on screen at that moment)."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window, self.seen = window, []
        window.banner._headline.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.seen.append((self.window.banner.headline, self.window.order_screen.side.currentWidget()))
        return False


def test_the_completing_scan_paints_its_verdict_before_the_box_page(station_window: Bench) -> None:
    order = find_order(station_window.store, lines=(1, 1), plain=True)
    window = station_window.window
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    line = window.session.lines[0]
    for unit in range(1, line.ordered):
        station_window.scan(unit_code(line, unit))
    order_page = window.order_screen.side.currentWidget()
    paints = _Paints(window)
    station_window.scan(unit_code(line, line.ordered))
    assert window.session.state == "box" and window.order_screen.side.currentWidget() is not order_page
    verdict = [page for headline, page in paints.seen if headline == "OK"]
    assert verdict and verdict[0] is order_page  # painted while the scanning panel was still up


def test_the_banner_restyles_only_when_its_look_changes(station_window: Bench, monkeypatch: Any) -> None:
    banner = station_window.window.banner
    restyled: list[str] = []
    original = type(banner).setStyleSheet
    monkeypatch.setattr(
        type(banner), "setStyleSheet", lambda self, sheet: (restyled.append(sheet), original(self, sheet))
    )
    banner.show_verdict("ok", "OK", "one")
    banner.show_verdict("ok", "OK", "two")
    banner.show_idle("CHECKING …", "x")
    banner.show_idle("CHECKING …", "y")
    assert len(restyled) <= 2 and banner.detail == "y"
    assert not banner._icon.pixmap().isNull()
