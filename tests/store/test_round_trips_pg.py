"""No hidden round trip per transaction on PostgreSQL, counted on the wire.

libpq's protocol trace of every connection the station opens is read back: each round trip to the server ends
with the server's ReadyForQuery. During paced scans (the scan that completes the order included) a transaction
costs exactly its statements plus BEGIN and COMMIT (psycopg sends BEGIN as its own query): no ping before it, no
rollback after it, nothing the statement count does not show.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from packstation.app import open_store
from packstation.config import Settings
from packstation.domain.vocabulary import SessionState
from packstation.services.packing.station import StationService
from tests.helpers.packing_data import GTIN_MUG, GTIN_TEA, add_order, build_world

pytestmark = pytest.mark.pg


class Wire:
    """Statements and transactions SQLAlchemy sends, and the round trips libpq makes, on every connection."""

    def __init__(self, engine: Any, folder: Path) -> None:
        self.folder = folder
        self.traces: list[tuple[Any, Path]] = []
        self.statements = self.transactions = 0
        event.listen(engine, "connect", self._connect)
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", self._begin)

    def _connect(self, dbapi_connection: Any, _record: Any) -> None:
        from psycopg import pq

        fd, path = tempfile.mkstemp(dir=self.folder, suffix=".trace")
        dbapi_connection.pgconn.trace(fd)
        dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)
        self.traces.append((fd, Path(path)))

    def _statement(self, *_args: Any) -> None:
        self.statements += 1

    def _begin(self, *_args: Any) -> None:
        self.transactions += 1

    def counts(self) -> tuple[int, int, int]:
        """(statements, transactions, round trips) so far."""
        trips = sum(
            line.split("\t")[2:3] == ["ReadyForQuery"]
            for _, path in self.traces
            for line in path.read_text().splitlines()
        )
        return self.statements, self.transactions, trips

    def close(self) -> None:
        for fd, _ in self.traces:
            os.close(fd)


def test_a_scan_costs_its_statements_plus_begin_and_commit(pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup = open_store(pg_url)
    world = build_world(setup)
    add_order(setup, world, "RT1", [("MUG", 3), ("TEA", 1)])
    setup.dispose()
    store = open_store(pg_url, migrate=False)
    wire = Wire(store.engine, tmp_path)
    station = StationService(store, Settings(db_url=pg_url, station="BENCH-01", print_dir=tmp_path / "prints"))
    rng = random.Random(23)
    try:
        user = station.sign_in(world.packer_badge, "1234")
        view = station.claim(user.id, "ORD-RT1")
        assert station.preplanned(view.order_id, timeout=60) is not None  # the planner's thread is done
        per_scan = []
        for code in (GTIN_MUG, GTIN_MUG, GTIN_MUG, GTIN_TEA):
            time.sleep(rng.uniform(0.05, 0.3))  # the packer reaches for the next item
            before = wire.counts()
            _, view = station.scan(view.session_id, code)
            per_scan.append(tuple(b - a for a, b in zip(before, wire.counts(), strict=True)))
        assert view.state == SessionState.BOX and view.plan
        for statements, transactions, trips in per_scan:
            assert transactions == 1, per_scan  # the completing scan too: its plan is stored in the same commit
            assert trips == statements + 2, per_scan  # BEGIN and COMMIT, nothing else
    finally:
        store.dispose()
        wire.close()
