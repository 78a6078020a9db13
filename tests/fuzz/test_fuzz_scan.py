"""Fuzzing scanner input: whatever a keyboard-wedge scanner types, the station answers with a verdict, never a crash.

`parse_scan` must never raise; through the real packing service (a SQLite file) every scan either returns a verdict
whose journal row is committed, or is refused as a `DomainError` with nothing written; the box holds exactly the
units of the accepted scans.
"""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from packstation.app import open_store
from packstation.domain.barcodes import GS, ScanKind, parse_scan
from packstation.domain.errors import DomainError
from packstation.services.packing.service import PackingService
from packstation.store.models.packing import Event, PackedUnit
from tests.helpers.bench_world import PIN, add_orders, build_floor

AIM = st.sampled_from(["", "]C0", "]C1", "]E0", "]d2", "]Q3", "]e0", "]J1", "]Zz"])
TERMINATOR = st.sampled_from(["", "\r", "\n", "\r\n", "\t", " \r"])
DIGITS = st.text(alphabet="0123456789", min_size=0, max_size=60)
GS1_PIECE = st.tuples(
    st.sampled_from(
        ["00", "01", "02", "10", "11", "15", "17", "21", "30", "37", "400", "8020", "99", "(01)", "(10)", "(17)"]
    ),
    st.text(alphabet="0123456789ABCxyz-/", max_size=20),
).map("".join)
GS1 = st.lists(GS1_PIECE, min_size=1, max_size=5).map(GS.join)
ANY_TEXT = st.text(max_size=120)
SCANS = st.tuples(
    AIM, st.one_of(DIGITS, GS1, ANY_TEXT, st.just("CMD-"), st.text(max_size=3).map("CMD-".__add__)), TERMINATOR
).map("".join)


@given(SCANS, st.sampled_from(["", "~", "|", "\x1d", "^"]))
@settings(max_examples=300, deadline=None)
def test_parse_scan_never_raises_and_describes_itself(text: str, substitute: str) -> None:
    scan = parse_scan(text, fnc1_substitute=substitute)
    assert scan.raw == text
    assert scan.kind in {ScanKind.GTIN, ScanKind.GS1, ScanKind.SSCC, ScanKind.CODE, ScanKind.COMMAND, ScanKind.EMPTY}
    if scan.gtin is not None:
        assert len(scan.gtin) == 14 and scan.gtin.isdigit()
    if scan.kind == ScanKind.EMPTY:
        assert scan.text == ""
    assert scan.quantity >= 1


@given(st.binary(max_size=80))
@settings(max_examples=200, deadline=None)
def test_parse_scan_takes_any_bytes_a_wedge_could_type(data: bytes) -> None:
    parse_scan(data.decode("latin-1"))


@pytest.fixture(scope="module")
def packing(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}")
    floor = build_floor(store, skus=5)
    order_id = add_orders(store, floor, 1, 3, quantity=50)[0]
    svc = PackingService(store, floor.stations[0])
    user = svc.sign_in(floor.badges[0], PIN)
    session = svc.claim(user.id, order_id)
    yield store, svc, session.session_id, [line.barcode for line in session.lines]
    store.dispose()


def _counts(store, session_id: int) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with store.sessions() as db:
        events = db.scalar(select(func.count()).select_from(Event).where(Event.session_id == session_id))
        units = db.scalar(
            select(func.coalesce(func.sum(PackedUnit.quantity), 0)).where(PackedUnit.session_id == session_id)
        )
        accepted = db.scalar(
            select(func.coalesce(func.sum(Event.quantity), 0)).where(
                Event.session_id == session_id, Event.kind == "scan", Event.code == "accepted"
            )
        )
    return int(events or 0), int(units or 0), int(accepted or 0)


@given(st.lists(st.one_of(SCANS, st.sampled_from(["good0", "good1"])), min_size=1, max_size=6))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_scan_through_the_service_is_a_verdict_or_a_clean_refusal(packing, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    store, svc, session_id, barcodes = packing
    for text in texts:
        if text.startswith("good"):
            text = barcodes[int(text[-1])]
        before = _counts(store, session_id)
        try:
            verdict, view = svc.scan(session_id, text, scan_id=str(uuid.uuid4()))
        except DomainError as exc:
            assert exc.code and str(exc)
            assert _counts(store, session_id)[0] == before[0], "a refused scan left a journal row"
            continue
        assert verdict.code and verdict.message
        events, units, accepted = _counts(store, session_id)
        assert events > before[0], "a verdict without its journal row"
        assert verdict.event_id is not None
        assert units == accepted, "units in the box differ from the accepted scans"
        if verdict.code == "command" and verdict.params.get("command") == "UNDO":
            continue
        assert view.units_scanned <= view.units_ordered
