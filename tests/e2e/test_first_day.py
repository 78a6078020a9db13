"""A real site's first day on an empty PostgreSQL database, every step as the people who do it do it.

IT runs commands (schema, catalogue, boxes, the merchant's GS1 prefix, a bench, a packer); the first start opens the
first-run dialog, driven by keys only, which creates the first admin; orders are imported; the packer packs an order
and makes one mistake; the admin (a lead's role) signs in at the same bench, gets the lead window, and reaches the
packer's error from the dashboard by keyboard: Enter on a count, Enter on the event, Esc back.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from packstation.app import open_store
from packstation.cli import main
from packstation.config import Settings
from packstation.resources import resource_path
from packstation.services.packing.station import StationService
from packstation.store.models import AppMeta, Event, Order, Package, User
from tests.gui import keys
from tests.gui.conftest import Bench
from tests.gui.screenshots import save

pytestmark = [pytest.mark.pg, pytest.mark.slow]

PREFIX = "7031234"  # Borgen's own GS1 company prefix (the GTINs in the sample catalogue use it)


def cli(db_url: str, tmp_path: Path, *args: str, stdin: str | None = None) -> str:
    env = {k: None for k in os.environ if k.startswith("PACKSTATION_")}
    env |= {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PACKSTATION_DB_URL": db_url,
    }
    result = CliRunner().invoke(main, list(args), env=env, input=stdin, catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)
    return result.output


def wait_focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5000)


def type_field(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the focused field, then Enter (the dialog moves on by itself)."""
    wait_focus(qtbot, widget)  # the keyboard is there (keys go to the focused field)
    keys.type_text(text, widget)
    qtbot.waitUntil(lambda: widget.text() == text)
    keys.key(Qt.Key.Key_Return, widget, "\r")


def test_first_day_from_an_empty_postgresql_database(qtbot, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # -- IT, by command -------------------------------------------------------------------------------------------
    cli(pg_url, tmp_path, "db", "upgrade")
    cli(pg_url, tmp_path, "import", "catalog", str(resource_path("sample_data", "catalog.csv")))
    cli(pg_url, tmp_path, "import", "boxes", str(resource_path("sample_data", "boxes.csv")))
    cli(pg_url, tmp_path, "site", "prefix", PREFIX, "--merchant", "BORGEN")
    cli(pg_url, tmp_path, "stations", "add", "BENCH-01", "--name", "Bench by the door")
    out = cli(pg_url, tmp_path, "users", "add", "Ola Nordmann", "--badge", "B-1001", "--pin-stdin", stdin="246802\n")
    assert "246802" not in out

    # -- first start: the first-run dialog, keys only -------------------------------------------------------------
    settings = Settings(db_url=pg_url, station="BENCH-01", print_dir=tmp_path / "prints", sounds=False)
    store = open_store(pg_url)
    from packstation.app import station_window
    from packstation.devices.scale import SimulatedScale
    from packstation.gui.launch import first_run, first_run_dialog
    from packstation.gui.screens.first_run import FirstRunDialog

    station = StationService(store, settings, scale=(scale := SimulatedScale()))
    dialog = first_run_dialog(station)
    assert isinstance(dialog, FirstRunDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    wait_focus(qtbot, dialog.setup_button)
    save(dialog, "first_run_choice")
    keys.key(Qt.Key.Key_Return, None, "\r")  # "Set up this site"
    type_field(qtbot, dialog.site_name, "Oslo DC")
    type_field(qtbot, dialog.admin_name, "Hanne Lead")
    type_field(qtbot, dialog.admin_badge, "B-9001")
    type_field(qtbot, dialog.pin, "135702")
    type_field(qtbot, dialog.pin_again, "135702")
    type_field(qtbot, dialog.prefix, "12345")  # too short
    type_field(qtbot, dialog.label_printer, "")
    type_field(qtbot, dialog.document_printer, "")
    qtbot.waitUntil(lambda: "6 to 12 digits" in dialog.error.text())  # refused in words; the dialog stays
    assert dialog.isVisible() and dialog.choice is None
    save(dialog, "first_run_set_up")
    for _ in range(2):  # back up to the prefix (Shift+Tab), as a person would
        keys.press(None, int(Qt.Key.Key_Backtab), "", modifiers=Qt.KeyboardModifier.ShiftModifier)
    wait_focus(qtbot, dialog.prefix)
    dialog.prefix.selectAll()
    type_field(qtbot, dialog.prefix, "7070707")  # the site's own prefix (Borgen keeps its own)
    type_field(qtbot, dialog.label_printer, "")
    type_field(qtbot, dialog.document_printer, "")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.choice == "site"
    assert first_run(station) is None  # set up: never asked again
    with store.sessions() as db:
        admin = db.scalars(select(User).where(User.badge_code == "B-9001")).one()
        assert (admin.name, admin.role) == ("Hanne Lead", "admin") and "135702" not in (admin.pin_hash or "")
        assert db.get(AppMeta, "mode").value == "production" and db.get(AppMeta, "site_name").value == "Oslo DC"

    # -- the orders arrive ----------------------------------------------------------------------------------------
    cli(pg_url, tmp_path, "import", "orders", str(resource_path("sample_data", "orders.csv")))

    # -- the packer packs BG-5002 (one wool throw) and first grabs the vase --------------------------------------
    window = station_window(station, settings, sounds=False)
    qtbot.addWidget(window)
    window.lead_refresh_ms = 600_000  # no refresh while the test moves through the figures
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    bench = Bench(window, station, store, settings, qtbot, scale)
    bench.sign_in("B-1001", "246802")
    assert window.user.name == "Ola Nordmann" and window.lead_window is None
    bench.scan("BG-5002")
    assert window.session is not None and window.session.order_ref == "BG-5002"
    bench.scan("7031234000019")  # the vase: another order's item
    assert window.banner.headline == "WRONG ITEM" and window.banner.awaiting_ack
    keys.key(Qt.Key.Key_Escape, window)
    bench.scan("7031234000026")  # the throw
    assert window.banner.look == "ok"
    bench.answer_qc_yes()
    bench.finish_box_slips_label()
    bench.press(Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.session is None)
    with store.sessions() as db:
        order = db.scalars(select(Order).where(Order.external_ref == "BG-5002")).one()
        assert order.status == "closed"
        package = db.scalars(select(Package).where(Package.order_id == order.id)).one()
        assert package.sscc.startswith("0" + PREFIX), package.sscc  # the merchant's prefix, not GS1's example
        mistake = db.scalars(select(Event).where(Event.order_id == order.id, Event.error_type == "wrong_item")).one()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the packer signs out
    qtbot.waitUntil(lambda: window.user is None)

    # -- the lead signs in at the same bench and gets the lead window --------------------------------------------
    keys.scan("B-9001")
    pin_field = window.sign_in_screen.pin
    qtbot.waitUntil(pin_field.isVisible)
    keys.type_text("135702", pin_field)
    keys.key(Qt.Key.Key_Return, pin_field, "\r")
    qtbot.waitUntil(lambda: window.lead_window is not None and window.lead_window.isVisible(), timeout=10_000)
    lead = window.lead_window
    assert not window.isVisible()
    dash = lead.dashboard
    assert dash.live.isChecked() and dash.preset_id() == "shift"
    qtbot.waitUntil(lambda: dash.board is not None, timeout=20_000)  # live: figures without pressing Refresh
    assert dash.board.kpis.errors >= 1
    save(lead, "lead_window_by_badge")

    # Errors by type is the first tab; Ctrl+Tab twice reaches the packers' tab, whose errors count is current.
    lead.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is lead)
    types_view = dash.tab_views(0)[0]
    wait_focus(qtbot, types_view)
    for _ in range(2):
        keys.press(None, int(Qt.Key.Key_Tab), "", modifiers=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dash.tabs.currentIndex() == 2)
    packers_view = dash.tab_views()[0]
    wait_focus(qtbot, packers_view)
    row = next(r for r in range(dash.packer_model.rowCount()) if dash.packer_model.value(r, 0) == "Ola Nordmann")
    for _ in range(row):
        keys.press(None, int(Qt.Key.Key_Down))
    assert packers_view.currentIndex().row() == row
    assert dash.packer_model.drill(row, packers_view.currentIndex().column()) is not None
    keys.key(Qt.Key.Key_Return, None, "\r")  # Enter on the packer's errors count
    qtbot.waitUntil(lambda: dash.last_dialog is not None and dash.last_dialog.isVisible())
    events = dash.last_dialog
    model = events.table.events_model
    assert [model.payload(r).id for r in range(model.rowCount())] == [mistake.id]
    assert events.table.events_model.payload(0).user == "Ola Nordmann"
    wait_focus(qtbot, events.table)
    keys.key(Qt.Key.Key_Return, None, "\r")  # Enter on the event: the order's timeline, the mistake highlighted
    qtbot.waitUntil(lambda: events.table.timeline is not None and events.table.timeline.isVisible())
    timeline = events.table.timeline
    assert timeline.timeline.order_ref == "BG-5002"
    assert timeline.table.events_model.payload(timeline.table.currentIndex().row()).id == mistake.id
    assert events.isVisible(), "Enter opened the timeline; it did not also close the list"
    keys.key(Qt.Key.Key_Escape, timeline)
    qtbot.waitUntil(lambda: not timeline.isVisible())
    assert events.isVisible()
    keys.key(Qt.Key.Key_Escape, events)
    qtbot.waitUntil(lambda: not events.isVisible())
    assert lead.isVisible()

    # F3: the lead packs an order at this bench; Ctrl+D goes back to the lead window.
    lead.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is lead)
    qtbot.keyClick(lead, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.isVisible() and window.lead_window is None)
    assert window.user is not None and window.user.name == "Hanne Lead"
    qtbot.waitUntil(lambda: not shiboken6.isValid(lead))  # a closed lead window is gone, dialogs and all
    store.dispose()
