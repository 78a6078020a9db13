"""Database gone: PostgreSQL unreachable between scans or cut inside a scan's transaction.

The station talks to a real PostgreSQL through a local TCP proxy the test can cut (`tests/helpers/tcp_proxy.py`).
A scan while the database is gone is refused (nothing shown as OK), a cut inside a transaction leaves all or
nothing, and once the database is back the same scan id goes through exactly once and packing carries on.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from packstation.app import Store, open_store
from packstation.domain.errors import DomainError
from packstation.services.packing.service import PackingService
from packstation.store.models import Event, PackedUnit
from tests.helpers.bench_world import PIN, add_orders, build_floor
from tests.helpers.tcp_proxy import CuttableProxy

pytestmark = pytest.mark.pg


@pytest.fixture
def station_behind_proxy(pg_url: str):  # type: ignore[no-untyped-def]
    """A floor in PostgreSQL, a direct store for checking and a station store behind the proxy."""
    direct = open_store(pg_url)
    floor = build_floor(direct, skus=5)
    order_id = add_orders(direct, floor, 1, 2, quantity=60)[0]
    url = make_url(pg_url)
    proxy = CuttableProxy(url.host or "127.0.0.1", url.port or 5432)
    station = open_store(
        url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False), migrate=False
    )
    svc = PackingService(station, floor.stations[0])
    user = svc.sign_in(floor.badges[0], PIN)
    view = svc.claim(user.id, order_id)
    yield direct, proxy, svc, view
    station.dispose()
    proxy.close()
    direct.dispose()


def _state(direct: Store, session_id: int) -> tuple[set[str], int]:
    with direct.sessions() as db:
        keys = set(db.scalars(select(Event.event_uuid).where(Event.session_id == session_id, Event.kind == "scan")))
        units = db.scalar(
            select(func.coalesce(func.sum(PackedUnit.quantity), 0)).where(PackedUnit.session_id == session_id)
        )
    return keys, int(units or 0)


def test_database_gone_between_scans_refuses_then_carries_on(station_behind_proxy) -> None:  # type: ignore[no-untyped-def]
    direct, proxy, svc, view = station_behind_proxy
    code = view.lines[0].barcode
    assert svc.scan(view.session_id, code, "before")[0].code == "accepted"
    proxy.cut()
    with pytest.raises(Exception) as refused:  # noqa: B017 - which exception is the next test's subject
        svc.scan(view.session_id, code, "while-gone")
    assert str(refused.value)
    keys, units = _state(direct, view.session_id)
    assert "while-gone" not in keys and units == 1, "a refused scan left something behind"
    proxy.restore()
    verdict, after = svc.scan(view.session_id, code, "while-gone")  # the packer scans again: it counts once
    assert verdict.code == "accepted" and after.units_scanned == 2
    assert svc.scan(view.session_id, code, "while-gone")[0].params.get("replayed") is True
    assert _state(direct, view.session_id)[1] == 2


def test_database_gone_is_said_in_the_packers_words(station_behind_proxy) -> None:  # type: ignore[no-untyped-def]
    _direct, proxy, svc, view = station_behind_proxy
    proxy.cut()
    with pytest.raises(DomainError) as refused:
        svc.scan(view.session_id, view.lines[0].barcode, "gone")
    assert refused.value.code == "database_unavailable"


def test_connection_cut_inside_a_scan_leaves_all_or_nothing(station_behind_proxy) -> None:  # type: ignore[no-untyped-def]
    direct, proxy, svc, view = station_behind_proxy
    code = view.lines[1].barcode
    start = proxy.client_bytes
    svc.scan(view.session_id, code, "measure")
    per_scan = proxy.client_bytes - start
    assert per_scan > 0
    outcomes = {"refused": 0, "saved": 0}
    for i, budget in enumerate(range(0, per_scan + 40, max(1, per_scan // 25))):
        scan_id = f"cut-{i}"
        keys, units = _state(direct, view.session_id)
        proxy.cut_after(budget)
        try:
            svc.scan(view.session_id, code, scan_id)
            outcomes["saved"] += 1
        except Exception:  # noqa: BLE001 - the cut, at whatever point it landed
            outcomes["refused"] += 1
        proxy.restore()
        after_keys, after_units = _state(direct, view.session_id)
        committed = scan_id in after_keys
        assert after_units == units + (1 if committed else 0), f"cut after {budget} bytes: half a scan stored"
        # The packer (or the station's retry) sends the same scan id again: it counts exactly once.
        verdict, again = svc.scan(view.session_id, code, scan_id)
        assert bool(verdict.params.get("replayed")) is committed
        assert _state(direct, view.session_id)[1] == units + 1
    assert outcomes["refused"] > 0
    journal, units = _state(direct, view.session_id)
    accepted = {k for k in journal if k.startswith(("cut-", "measure"))}
    assert units == len(accepted)
