"""Issue 17 part 9: database faults in words, never a frozen bench.

PostgreSQL sessions carry connect, statement, lock and idle-in-transaction timeouts and TCP keepalives, so a bench
that died inside a transaction (power cut, pulled cable: its connection half-open and idle) cannot freeze the next
one; a full disk and a database that cannot be written are named as such; claim refusals are journaled; a slip
scanned into the box is `verified` in the slips table too.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from helpers.small_disk import small_disk
from sqlalchemy import create_engine, select, text

from packstation.app import open_store
from packstation.domain.errors import DomainError
from packstation.services.packing.service import PackingService
from packstation.store import db
from packstation.store.models import Event
from tests.helpers.bench_world import PIN, add_orders, build_floor


def test_pg_sessions_carry_timeouts_and_keepalives(pg_url: str) -> None:
    engine = db.make_engine(pg_url)
    with engine.connect() as conn:
        shown = {
            name: conn.execute(text(f"SHOW {name}")).scalar()
            for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
        }
        params = conn.connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]
    engine.dispose()
    assert shown == {"statement_timeout": "15s", "lock_timeout": "5s", "idle_in_transaction_session_timeout": "30s"}
    assert params["connect_timeout"] == "5" and params["keepalives"] == "1"
    assert (params["keepalives_idle"], params["keepalives_interval"], params["keepalives_count"]) == ("10", "5", "3")


def _wait_for(condition, what: str, limit: float = 120.0):  # type: ignore[no-untyped-def]
    """Poll `condition` until it returns something truthy (the bound only stops a broken run, it asserts no time)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"never happened: {what}")


@pytest.mark.pg
def test_a_bench_that_died_inside_a_transaction_does_not_freeze_the_next(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACKSTATION_PG_LOCK_TIMEOUT", "1")
    monkeypatch.setenv("PACKSTATION_PG_IDLE_IN_TRANSACTION_SESSION_TIMEOUT", "4")
    store = open_store(pg_url)
    floor = build_floor(store, skus=2)
    order_id = add_orders(store, floor, 1, 1)[0]
    service = PackingService(store, floor.stations[0])
    user = service.sign_in(floor.badges[0], PIN)
    # The dead bench: it took this station's row lock and then went silent with its transaction open.
    dead_engine = db.make_engine(pg_url)
    dead = dead_engine.connect()
    dead.begin()
    dead_pid = dead.execute(text("SELECT pg_backend_pid()")).scalar()
    dead.execute(text("SELECT id FROM stations WHERE code = :c FOR UPDATE"), {"c": floor.stations[0]})
    # The restarted bench is told in words that the order is held, instead of freezing after the PIN ...
    with pytest.raises(DomainError) as caught:
        service.claim(user.id, order_id)
    assert caught.value.code == "database_busy" and "NOT saved" in str(caught.value)
    # ... and once the server has ended the dead bench's idle transaction (its locks with it), the claim goes
    # through without anyone killing a backend by hand.
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")

    def dead_is_gone() -> bool:
        with admin.connect() as conn:
            return not conn.execute(text("SELECT 1 FROM pg_stat_activity WHERE pid = :p"), {"p": dead_pid}).first()

    _wait_for(dead_is_gone, "the server ends the idle transaction")
    view = service.claim(user.id, order_id)
    assert view.order_id == order_id
    admin.dispose()
    with pytest.raises(Exception, match="idle-in-transaction timeout"):  # the dead bench's session was ended
        dead.close()
    dead_engine.dispose()
    store.dispose()


def test_a_full_disk_is_named_not_called_unreachable(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_kb=8192, state="empty") as folder:  # filled once the database is on it
        url = f"sqlite:///{folder / 'bench.db'}"
        store = open_store(url)
        floor = build_floor(store, skus=2)
        order_id = add_orders(store, floor, 1, 1, quantity=5)[0]
        service = PackingService(store, floor.stations[0])
        user = service.sign_in(floor.badges[0], PIN)
        session = service.claim(user.id, order_id)
        barcode = session.lines[0].barcode
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = folder / "filler"
        with filler.open("wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * 4096)
            except OSError:
                pass
        with pytest.raises(DomainError) as caught:
            service.scan(session.session_id, barcode, scan_id=str(uuid.uuid4()))
        assert caught.value.code == "database_disk_full", caught.value  # today: "cannot be reached"
        filler.unlink()
        verdict, view = service.scan(session.session_id, barcode, scan_id=str(uuid.uuid4()))
        assert verdict.code == "accepted" and view.units_scanned == 1  # the refused scan counted nothing
        store.dispose()


def test_sign_in_on_a_database_that_cannot_be_written_says_so(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    floor = build_floor(store, skus=1)
    store.dispose()
    if db_url.startswith("sqlite"):
        # The same file on a read-only mount (root ignores file modes).
        folder = tmp_path / "ro"
        data = Path(db_url.removeprefix("sqlite:///")).read_bytes()
        with small_disk(folder, size_kb=8192, files={"bench.db": data}, state="read-only"):
            _refused_sign_in(f"sqlite:///{folder / 'bench.db'}", floor)
    else:
        admin = create_engine(db_url, isolation_level="AUTOCOMMIT")
        name = db_url.rsplit("/", 1)[1]
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        admin.dispose()
        _refused_sign_in(db_url, floor)


def _refused_sign_in(url: str, floor) -> None:  # type: ignore[no-untyped-def]
    store = open_store(url, migrate=False)
    service = PackingService(store, floor.stations[0])
    with pytest.raises(DomainError) as caught:  # today: a driver exception the window swallowed
        service.sign_in(floor.badges[0], PIN)
    assert caught.value.code == "database_read_only", caught.value
    store.dispose()


def test_refused_claims_are_journaled(store) -> None:  # type: ignore[no-untyped-def]
    floor = build_floor(store, skus=1, packers=2, stations=2)
    order_id = add_orders(store, floor, 1, 1)[0]
    first = PackingService(store, floor.stations[0])
    second = PackingService(store, floor.stations[1])
    first.claim(first.sign_in(floor.badges[0], PIN).id, order_id)
    other = second.sign_in(floor.badges[1], PIN)
    with pytest.raises(DomainError, match="being packed at"):
        second.claim(other.id, order_id)
    with store.sessions() as session:
        refused = session.scalars(select(Event).where(Event.kind == "claim", Event.code == "refused")).all()
        assert [(e.order_id, e.user_id, e.detail["refusal"]) for e in refused] == [
            (order_id, other.id, "order_claimed_elsewhere")
        ]


@pytest.mark.pg
def test_a_database_fault_while_printing_is_shown_as_one_not_as_a_printer_fault(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from packstation.domain.vocabulary import SessionState
    from tests.integrations.conftest import make_site

    monkeypatch.setenv("PACKSTATION_PG_LOCK_TIMEOUT", "1")
    site = make_site(pg_url, tmp_path)
    add_orders(site.store, site.floor, 1, 1)
    station = site.station()
    user = station.sign_in(site.floor.badges[0], PIN)
    view = station.next_order(user.id)
    assert view is not None
    while view.state == SessionState.SCANNING:
        view = station.scan(view.session_id, view.active_line.barcode)[1]
    assert view.state == SessionState.BOX
    # Another session holds the labels table against writes (reads still go through): the label step's insert
    # waits out lock_timeout, as it would behind a hung bench or during a failover.
    holder = create_engine(pg_url).connect()
    holder.begin()
    holder.execute(text("LOCK TABLE labels IN EXCLUSIVE MODE"))
    verdict, view = station.scan(view.session_id, "BENCH-BOX-M")
    assert verdict.code == "box_confirmed"  # the box is saved; only the printing waits
    (problem,) = [p for p in station.print_queue() if isinstance(p, dict) and p["document"] == "labels"]
    assert problem["status"] == "database_fault", problem  # today: "failed", shown as PRINTER FAULT
    assert "The database is busy" in problem["last_error"] and "psycopg" not in problem["last_error"]
    holder.rollback()
    holder.close()
    view = station.reprint(view.session_id, "database back")
    assert view.labels_expected
    assert not [p for p in station.print_queue() if isinstance(p, dict) and p["status"] == "database_fault"]
    site.store.dispose()
