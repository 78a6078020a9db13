"""Issue 17 part 9: a database outage while the label prints.

The printer put the label out, then the database failed before the job's row could say so. Once the database is
back the bench is told on its own: the label counts as printed (once), the label step moves on to "scan the label
on the box" without anyone answering "did it come out?", and a reprint asked meanwhile (F7) keeps its reason.
Each test failed on the code before: the step stayed on "the shipping label has not been printed" and F7 printed
nothing and journaled no reprint.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from packstation.devices.printers import printer_for
from packstation.domain.vocabulary import SessionState
from packstation.services.packing.station import StationService
from packstation.services.views import SessionView
from packstation.store.models import Event, Label, PrintJob
from tests.helpers.bench_world import PIN, add_orders
from tests.integrations.conftest import Site, make_site
from tests.services.packing.test_returns_slip_printing import pack_to_verify


class DatabaseGoesAway:
    """Another connection takes the database's write lock, as a hung bench or a failover would."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.holder: Any = None

    def now(self) -> None:
        if self.db_url.startswith("sqlite"):
            self.holder = sqlite3.connect(self.db_url.removeprefix("sqlite:///"), isolation_level=None)
            self.holder.execute("BEGIN EXCLUSIVE")
        else:
            self.holder = create_engine(self.db_url).connect()
            self.holder.begin()
            self.holder.execute(text("LOCK TABLE print_jobs IN EXCLUSIVE MODE"))

    def back(self) -> None:
        if self.holder is not None:
            self.holder.rollback()
            self.holder.close()
            self.holder = None


class OutageAfterLabel:
    """The bench's real folder printer; once the first label is out, the database goes away."""

    def __init__(self, print_dir: Path, outage: DatabaseGoesAway) -> None:
        self.printer = printer_for("", print_dir=print_dir)
        self.outage = outage
        self.labels_sent = 0

    def __call__(self, uri: str) -> Any:
        return self

    def send(self, payload: bytes, *, fmt: str, name: str) -> None:
        self.printer.send(payload, fmt=fmt, name=name)
        if name.startswith("label"):
            self.labels_sent += 1
            if self.labels_sent == 1:
                self.outage.now()

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.printer, attr)


def to_the_label(site: Site, printer: Callable[[str], Any]) -> tuple[StationService, SessionView]:
    add_orders(site.store, site.floor, 1, 1)
    station = StationService(site.store, site.settings, printers=printer)
    user = station.sign_in(site.floor.badges[0], PIN)
    view = station.next_order(user.id)
    assert view is not None
    view = pack_to_verify(station, view, until=SessionState.BOX)
    verdict, view = station.scan(view.session_id, "BENCH-BOX-M")
    assert verdict.severity == "ok", verdict.message
    return station, view


@pytest.fixture
def stalled(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PACKSTATION_PG_LOCK_TIMEOUT", "1")
    monkeypatch.setenv("PACKSTATION_SQLITE_BUSY_TIMEOUT", "1")
    site = make_site(db_url, tmp_path)
    outage = DatabaseGoesAway(db_url)
    printer = OutageAfterLabel(tmp_path / "prints", outage)
    try:
        station, view = to_the_label(site, printer)
        yield site, station, view, outage, printer
    finally:
        outage.back()
        site.store.dispose()


def test_a_label_printed_during_an_outage_counts_once_the_database_is_back(stalled) -> None:  # type: ignore[no-untyped-def]
    site, station, view, outage, printer = stalled
    assert printer.labels_sent == 1  # the label came out ...
    assert view.state == SessionState.LABEL and not view.labels_expected  # ... and the step could not say so
    (problem,) = [p for p in station.print_queue() if isinstance(p, dict)]
    assert problem["status"] == "database_fault" and problem["document"] == "labels"

    outage.back()
    jobs = station.print_queue()  # the window's print worker, every two seconds
    assert not [p for p in jobs if isinstance(p, dict)], jobs
    view = station.view(view.session_id)
    assert view.state == SessionState.VERIFY
    with site.store.sessions() as db:
        (label,) = db.scalars(select(Label).where(Label.order_id == view.order_id)).all()
        statuses = db.scalars(select(PrintJob.status).where(PrintJob.label_id == label.id)).all()
    assert list(view.labels_expected) == [label.tracking_number]
    assert label.printed_count == 1 and statuses == ["sent"]  # counted once, never "did it come out?"
    assert printer.labels_sent == 1  # and not printed a second time
    verdict, view = station.scan(view.session_id, label.tracking_number)
    assert verdict.severity == "ok", verdict.message


def test_a_reprint_asked_while_the_step_waits_keeps_its_reason(stalled) -> None:  # type: ignore[no-untyped-def]
    site, station, view, outage, printer = stalled
    outage.back()
    view = station.reprint(view.session_id, "smudged")  # F7 before the print worker came round
    assert view.state == SessionState.VERIFY and view.labels_expected
    assert printer.labels_sent == 2
    with site.store.sessions() as db:
        reprints = db.scalars(select(Event).where(Event.order_id == view.order_id, Event.kind == "reprint")).all()
    assert [e.detail["reason"] for e in reprints] == ["smudged"]
    assert not [p for p in station.print_queue() if isinstance(p, dict)]
