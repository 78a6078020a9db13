"""The lead's exception queue (release, resolve with a note) and people/benches, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from packstation.demo.history import generate_history
from packstation.domain.errors import ValidationError
from packstation.domain.pins import verify_pin
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService
from packstation.store.models import Event, Order, PackSession, User

END = dt.date(2024, 5, 10)


@pytest.fixture
def floor(store):  # type: ignore[no-untyped-def]
    generate_history(store, 1, seed=5, end=END, orders_per_shift=6)
    with store.sessions() as s:
        lead = s.scalar(select(User.id).where(User.role == "lead"))
        packer = s.scalar(select(User.id).where(User.role == "packer"))
    return store, LeadService(store.sessions), lead, packer


def test_queue_lists_exceptions_suspended_and_stale_claims_only(floor) -> None:  # type: ignore[no-untyped-def]
    store, service, _lead, _packer = floor
    now = dt.datetime(2024, 5, 10, 9, tzinfo=dt.UTC)
    queue = service.exception_queue(now=now)
    with store.sessions() as s:
        want = {
            o.id: o.status
            for o in s.scalars(select(Order).where(Order.status.in_(("exception", "suspended", "claimed"))))
        }
    assert {i.order_id: i.status for i in queue} == want
    assert {i.kind for i in queue} == {"exception", "suspended", "stale_claim"}
    exception = next(i for i in queue if i.kind == "exception")
    assert exception.reason and exception.station and exception.user
    # A claim taken a minute ago is not stale.
    fresh = service.exception_queue(
        now=next(i.since for i in queue if i.kind == "stale_claim") + dt.timedelta(minutes=1)
    )  # type: ignore[operator]
    assert "stale_claim" not in {i.kind for i in fresh}


def test_release_a_stale_claim_frees_the_order_and_tells_the_timeline(floor) -> None:  # type: ignore[no-untyped-def]
    store, service, lead, _packer = floor
    stale = next(
        i for i in service.exception_queue(now=dt.datetime(2024, 5, 11, tzinfo=dt.UTC)) if i.kind == "stale_claim"
    )
    service.release_claim(stale.order_id, lead, "9999", "bench 2 crashed")
    with store.sessions() as s:
        order = s.get(Order, stale.order_id)
        assert order is not None
        assert (order.status, order.claim_station_id, order.claimed_at) == ("new", None, None)
        assert order.claim_version == 1
        states = s.scalars(select(PackSession.state).where(PackSession.order_id == order.id)).all()
        assert states == ["suspended"]
    last = ReportService(store.sessions).order_timeline(stale.order_id).events[-1]
    assert (last.kind, last.code, last.detail["note"]) == ("release", "stale_claim", "bench 2 crashed")
    assert last.user == "Lena Dahl"


def test_resolve_needs_a_note_and_a_lead(floor) -> None:  # type: ignore[no-untyped-def]
    store, service, lead, packer = floor
    item = next(i for i in service.exception_queue() if i.kind == "exception")
    with pytest.raises(ValidationError, match="note"):
        service.resolve(item.order_id, lead, "  ")
    with pytest.raises(ValidationError, match="not an active lead"):
        service.resolve(item.order_id, packer, "done")
    service.resolve(item.order_id, lead, "replacement picked from B-12")
    assert item.order_id not in {i.order_id for i in service.exception_queue()}
    with store.sessions() as s:
        order = s.get(Order, item.order_id)
        assert order is not None and order.status == "new" and order.exception_reason == ""
        note = s.scalars(select(Event).where(Event.order_id == item.order_id).order_by(Event.id.desc())).first()
        assert note is not None and note.code == "resolved_requeue"
        assert note.detail == {"note": "replacement picked from B-12", "previous_status": "exception"}
    with pytest.raises(ValidationError, match="not in the exception queue"):
        service.resolve(item.order_id, lead, "again")


def test_cancel_an_exception(floor) -> None:  # type: ignore[no-untyped-def]
    store, service, lead, _packer = floor
    item = next(i for i in service.exception_queue() if i.kind == "suspended")
    service.resolve(item.order_id, lead, "customer cancelled", action="cancel")
    with store.sessions() as s:
        assert s.get(Order, item.order_id).status == "cancelled"  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="action"):
        service.resolve(item.order_id, lead, "x", action="ship-anyway")


def test_add_packer_reset_pin_change_role(floor) -> None:  # type: ignore[no-untyped-def]
    store, service, lead, _packer = floor
    row = service.add_user("Åsa Łukasiewicz", "BADGE-ASA", pin="246810", actor_id=lead)
    assert row.role == "packer" and row.has_pin
    with pytest.raises(ValidationError, match="already in use"):
        service.add_user("Someone", "BADGE-ASA")
    with pytest.raises(ValidationError, match="role"):
        service.add_user("Someone", "BADGE-X", role="boss")
    with pytest.raises(ValidationError, match="digits"):
        service.add_user("Someone", "BADGE-Y", pin="12ab")
    service.reset_pin(row.id, "135790", actor_id=lead)
    service.set_role(row.id, "lead", actor_id=lead)
    with store.sessions() as s:
        user = s.get(User, row.id)
        assert user is not None and user.role == "lead"
        assert verify_pin("135790", user.pin_hash) and not verify_pin("246810", user.pin_hash)
        assert "246810" not in (user.pin_hash or "")
    service.set_active(row.id, False, actor_id=lead)
    listed = {u.badge_code: u for u in service.users()}
    assert listed["BADGE-ASA"].active is False and listed["BADGE-ASA"].name == "Åsa Łukasiewicz"


def test_stations(floor) -> None:  # type: ignore[no-untyped-def]
    _store, service, _lead, _packer = floor
    added = service.add_station(" bench-09 ", "By the door")
    assert added.code == "BENCH-09"
    with pytest.raises(ValidationError, match="already exists"):
        service.add_station("BENCH-09")
    service.rename_station(added.id, "Returns bench")
    assert {s.code: s.name for s in service.stations()}["BENCH-09"] == "Returns bench"


def test_an_injected_engine_hook_releases_claims(floor) -> None:  # type: ignore[no-untyped-def]
    store, _service, lead, _packer = floor
    calls: list[tuple[int, int, str]] = []
    service = LeadService(store.sessions, release_hook=lambda *args: calls.append(args))
    service.release_claim(1, lead, "9999", "why")
    assert calls == [(1, lead, "why")]
