"""A label scanned on the box counts only when a printer really put it out: a label whose print failed (a Zebra out
of paper) is refused as not printed, the order cannot close, and after the reprint the new label verifies. Real
SQLite file, real TCP socket printer (tests/helpers/zebra.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from helpers.bench_world import PIN
from helpers.zebra import FakeZebra, Status
from sqlalchemy import select

from packstation.domain.vocabulary import SessionState
from packstation.services.packing.station import StationService
from packstation.store.models import Label, Order
from tests.services.packing.test_returns_slip_printing import pack_to_verify, slip_station


def test_a_label_that_never_printed_is_refused_until_it_is_reprinted(tmp_path: Path) -> None:
    zebra = FakeZebra(status=Status(paper_out=True))
    store, station, _ = slip_station(tmp_path, locale="nb_NO", currency="NOK", returns=False)
    station = StationService(store, dataclasses.replace(station.settings, label_printer=zebra.uri, label_format="zpl"))
    try:
        user = station.sign_in("BENCH-P001", PIN)
        view = station.next_order(user.id)
        assert view is not None
        view = pack_to_verify(station, view)
        assert view.state == SessionState.VERIFY and zebra.jobs == []
        (tracking,) = view.labels_expected

        verdict, view = station.scan(view.session_id, tracking)  # typed from the screen, or a jam's torn remains
        assert (verdict.code, verdict.severity) == ("label_not_printed", "stop")
        assert not view.can_close and view.labels_expected == (tracking,)

        zebra.status.paper_out = False  # the packer loads paper and reprints
        view = station.reprint(view.session_id, "Printer jam")
        assert len(zebra.jobs) == 1
        verdict, view = station.scan(view.session_id, tracking)
        assert (verdict.code, verdict.severity) == ("label_verified", "ok")
        assert view.can_close
        station.close(view.session_id)
        with store.sessions() as db:
            assert db.scalars(select(Order.status)).one() == "closed"
            assert [(label.status, label.printed_count) for label in db.scalars(select(Label))] == [("verified", 1)]
    finally:
        store.dispose()
        zebra.close()
