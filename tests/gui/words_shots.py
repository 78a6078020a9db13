"""Screenshots for issue 24 (words a packer reads right), in Norwegian, Polish and Finnish at 1366x768: the packer's
screen at a one-unit order (the plural forms: "1 unit", not "1 units"), a stop, and the lead's error types.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.words_shots [OUT_DIR]` (default docs/screenshots/).
Taken on the real station service with generated demo data (and a generated floor history for the lead's
dashboard); saved as 64-colour PNGs like tests/gui/packer_shots.py.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent.parent.parent / "docs" / "screenshots"
LANGUAGES = ("nb", "pl", "fi")
SIZE = (1366, 768)


def packer(out: Path, language: str) -> list[Path]:
    """The one-unit order just opened, then a stop (an item of another order scanned)."""
    from sqlalchemy import update

    from packstation.app import open_store
    from packstation.demo.generate import generate_demo_data
    from packstation.store.models import OrderLine, User
    from tests.gui.conftest import find_order, make_bench
    from tests.gui.packer_shots import _save_small
    from tests.gui.screenshots import _Bot

    app = QApplication.instance() or QApplication(sys.argv)
    bot = _Bot(app)  # type: ignore[arg-type]
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shots.db"
        store = open_store(f"sqlite:///{db}")
        generate_demo_data(store, orders=30, seed=7)
        with store.sessions.begin() as session:
            session.execute(update(User).where(User.badge_code == "BADGE-P001").values(locale=language))
        one = find_order(store, lines=(1, 1), plain=True)
        other = find_order(store, lines=(2, 12), plain=True)
        with store.sessions.begin() as session:
            session.execute(update(OrderLine).where(OrderLine.order_id == one.id).values(quantity=1))
        store.dispose()
        bench = make_bench(bot, db, Path(tmp) / "prints")
        w = bench.window
        w.resize(*SIZE)
        bench.sign_in()
        bench.scan(one.order_barcode)
        shots.append(_save_small(w, out / f"words-{language}-1-one-unit-order.png"))
        from sqlalchemy import select

        from packstation.store.models.catalog import Barcode

        with bench.store.sessions() as session:  # an item of another order, not in this one
            mine = set(session.scalars(select(OrderLine.sku_id).where(OrderLine.order_id == one.id)))
            stray_code = next(
                b.code
                for b in session.scalars(
                    select(Barcode)
                    .join(OrderLine, OrderLine.sku_id == Barcode.sku_id)
                    .where(OrderLine.order_id == other.id, Barcode.kind == "gtin", Barcode.quantity == 1)
                )
                if b.sku_id not in mine
            )
        bench.scan(stray_code)  # not in this order: a stop the packer must acknowledge
        shots.append(_save_small(w, out / f"words-{language}-2-stop.png"))
        w.close()
        bench.store.dispose()
    return shots


def lead(out: Path, language: str) -> list[Path]:
    """The lead's dashboard in the lead's language, its error types in the glossary's words."""
    from packstation.app import open_store
    from packstation.demo.history import generate_history
    from packstation.gui.i18n import switch_language
    from packstation.gui.lead import LeadWindow
    from packstation.services.reports.service import ReportService
    from packstation.services.site.lead import LeadService
    from tests.gui.packer_shots import _save_small

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'floor.db'}")
        summary = generate_history(store, 2, seed=4, end=dt.date(2024, 5, 10), orders_per_shift=12)
        service = LeadService(store.sessions)
        lead_id = next(u.id for u in service.users() if u.role == "lead")
        switch_language(language)
        win = LeadWindow(ReportService(store.sessions), service, lead_id, tz=dt.UTC, refresh_ms=60_000)
        win.resize(*SIZE)
        win.show()
        win.dashboard.set_range(summary.start, summary.end)
        done: list[bool] = []
        win.dashboard.refreshed.connect(lambda *_: done.append(True))
        win.dashboard.refresh()
        for _ in range(400):
            app.processEvents()
            if done:
                break
            import time

            time.sleep(0.025)
        path = _save_small(win, out / f"words-{language}-3-lead-error-types.png")
        win.dashboard.timer.stop()
        win.dashboard.runner.wait()
        win.close()
        switch_language("en")
        store.dispose()
    return [path]


def main(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    for language in LANGUAGES:
        shots += packer(out, language)
        shots += lead(out, language)
    return shots


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
