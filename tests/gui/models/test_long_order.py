"""A 1,000-line order at the bench, scanned as a scanner types: each scan repaints the scanned row and the next
active row only (no model reset), the pick list follows the packer down, and rows stay readable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from packstation.app import open_store
from packstation.gui.models.pick_list import ACTIVE_BG, DONE_BG
from tests.gui.conftest import make_bench
from tests.helpers.bench_world import PIN, add_orders, build_floor

LINES = 1000


def test_a_scan_on_a_1000_line_order_repaints_only_its_rows(qtbot: Any, tmp_path: Path) -> None:
    db = tmp_path / "long.db"
    store = open_store(f"sqlite:///{db}")
    floor = build_floor(store, skus=LINES)
    add_orders(store, floor, 1, LINES, prefix="LONG-")
    store.dispose()
    bench = make_bench(qtbot, db, tmp_path / "prints", station=floor.stations[0])
    try:
        window = bench.window
        bench.sign_in(floor.badges[0], PIN)
        bench.scan("LONG-000000")
        model, table = window.order_screen.model, window.order_screen.table
        assert model.rowCount() == LINES
        resets: list[int] = []
        repainted: list[tuple[int, int]] = []
        model.modelReset.connect(lambda: resets.append(1))
        model.dataChanged.connect(lambda first, last, *_roles: repainted.append((first.row(), last.row())))
        rows_on_screen = table.viewport().height() // table.rowHeight(0)
        for row in range(rows_on_screen + 5):  # past the first screenful
            repainted.clear()
            bench.scan(window.session.lines[row].barcode)
            assert window.banner.look == "ok", (window.banner.headline, window.banner.detail)
            assert resets == [], "a scan must not rebuild the pick list"
            assert sorted(set(repainted)) == [(row, row), (row + 1, row + 1)]
            assert model.data(model.index(row, 4)) == "✔ 1 / 1"
            assert model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole).color() == DONE_BG
            assert model.data(model.index(row + 1, 1), Qt.ItemDataRole.BackgroundRole).color() == ACTIVE_BG
            active = table.visualRect(model.index(row + 1, 1))
            assert table.viewport().rect().contains(active), f"the active row {row + 1} is off screen"
        assert window.session.units_scanned == rows_on_screen + 5
        assert window.order_screen.progress.value() == rows_on_screen + 5
        assert table.rowHeight(0) >= table.fontMetrics().height(), "rows are readable, not squeezed to a pixel"
        assert table.verticalScrollBar().value() > 0, "the list scrolled down with the packer"
    finally:
        bench.window.close()
        bench.store.dispose()
