"""Issue #17 part 3: sign-in lockout, script clocks, four eyes, refused overrides journaled, skip-slip and
release-claim by badge + PIN, and the PIN policy. On SQLite and PostgreSQL; each test failed on main."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from packstation.app import Store
from packstation.domain.errors import DomainError
from packstation.domain.pins import hash_pin, needs_rehash, verify_pin
from packstation.domain.ports import FixedClock, SystemClock
from packstation.services.marketing.service import MarketingService
from packstation.services.packing.replay import run_script
from packstation.services.packing.service import PackingService
from packstation.services.site.auth import AuthService
from packstation.services.site.lead import LeadService
from packstation.store.db import transaction
from packstation.store.models.meta import AppMeta
from packstation.store.models.packing import Event
from packstation.store.models.people import User
from tests.helpers.packing_data import LEAD_PIN, PACKER_PIN, add_order, build_world


def _lock_out(auth: AuthService, badge: str) -> None:
    for _ in range(5):
        with pytest.raises(DomainError) as refused:
            auth.sign_in(badge, "000000")
        assert refused.value.code == "bad_pin"


def _production(store: Store) -> None:
    with transaction(store.sessions) as db:
        db.merge(AppMeta(key="mode", value="production"))


def _events(store: Store, code: str) -> list[Event]:
    with transaction(store.sessions) as db:
        return list(db.scalars(select(Event).where(Event.code == code).order_by(Event.id)))


def test_refusals_stamped_in_the_future_do_not_lock_a_lead_out_for_good(store: Store) -> None:
    world = build_world(store)
    future = AuthService(store, "BENCH-01", FixedClock(dt.datetime(2099, 1, 1, tzinfo=dt.UTC)))
    _lock_out(future, world.lead_badge)  # a script clock in 2099 typed five wrong PINs
    with pytest.raises(DomainError, match="Too many wrong PINs"):
        future.sign_in(world.lead_badge, LEAD_PIN)
    real = AuthService(store, "BENCH-01", SystemClock())
    assert real.sign_in(world.lead_badge, LEAD_PIN).id == world.lead_id  # the real clock's window is empty


def test_a_pin_reset_lifts_a_lockout_at_once(store: Store) -> None:
    world = build_world(store)
    auth = AuthService(store, "BENCH-01", SystemClock())
    _lock_out(auth, world.packer_badge)
    with pytest.raises(DomainError) as locked:
        auth.sign_in(world.packer_badge, PACKER_PIN)
    assert locked.value.code == "locked_out"
    LeadService(store.sessions).reset_pin(world.packer_id, "246801", actor_id=world.lead_id)
    assert auth.sign_in(world.packer_badge, "246801").id == world.packer_id
    _lock_out(auth, world.packer_badge)  # and new wrong PINs count again
    with pytest.raises(DomainError, match="Too many wrong PINs"):
        auth.sign_in(world.packer_badge, "246801")


def test_a_script_clock_is_refused_on_production_so_it_cannot_step_past_a_lockout(store: Store) -> None:
    world = build_world(store)
    _production(store)
    _lock_out(AuthService(store, "BENCH-01", SystemClock()), world.lead_badge)
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    script = {"now": dt.datetime.fromisoformat(later), "steps": [{"sign_in": world.lead_badge, "pin": LEAD_PIN}]}
    with pytest.raises(DomainError) as refused:
        list(run_script(store, script, "BENCH-01"))
    assert refused.value.code == "script_clock_refused"
    rows = list(run_script(store, {"steps": script["steps"]}, "BENCH-01"))  # without `now`: the real clock
    assert rows[0]["code"] == "locked_out"


def test_a_script_clock_still_runs_on_a_test_database(store: Store) -> None:
    world = build_world(store)  # marked mode=test
    script = {
        "now": dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC),
        "steps": [{"sign_in": world.packer_badge, "pin": PACKER_PIN}],
    }
    assert [r["code"] for r in run_script(store, script, "BENCH-01")] == ["signed_in"]


def test_four_eyes_a_lead_cannot_approve_an_override_on_their_own_order(store: Store) -> None:
    world = build_world(store)
    add_order(store, world, "4E", [("MUG", 2)])
    bench = PackingService(store, "BENCH-01")
    sid = bench.claim(world.lead_id, "ORD-4E").session_id  # the lead packs it themselves
    with pytest.raises(DomainError) as refused:
        bench.override(sid, "short_ship", world.lead_badge, LEAD_PIN, "none left")
    assert refused.value.code == "four_eyes"
    (note,) = _events(store, "override_refused")
    assert (note.order_id, note.user_id, note.detail["why"], note.detail["badge"]) == (
        bench.view(sid).order_id,
        world.lead_id,
        "four_eyes",
        world.lead_badge,
    )
    assert note.station_id == bench.station_id and note.detail["blocker"] == "short_ship"
    with transaction(store.sessions) as db:
        assert not db.scalars(select(Event).where(Event.kind == "override")).all()


def test_every_refused_override_is_journaled_with_badge_station_order_and_why(store: Store) -> None:
    world = build_world(store)
    order_id = add_order(store, world, "RF", [("MUG", 2)])
    bench = PackingService(store, "BENCH-01")
    sid = bench.claim(world.packer_id, "ORD-RF").session_id
    attempts = [
        (world.lead_badge, "000000", "bad_pin"),
        (world.packer_badge, PACKER_PIN, "not_a_lead"),
        ("BADGE-NOBODY", "1234", "unknown_badge"),
        (world.lead_badge, None, "pin_required"),
    ]
    for badge, pin, why in attempts:
        with pytest.raises(DomainError) as refused:
            bench.override(sid, "short_ship", badge, pin, "none left")
        assert refused.value.code == why
    notes = _events(store, "override_refused")
    assert [(n.detail["badge"], n.detail["why"], n.order_id, n.station_id) for n in notes] == [
        (badge, why, order_id, bench.station_id) for badge, _pin, why in attempts
    ]
    verdict, _view = bench.override(sid, "short_ship", world.lead_badge, LEAD_PIN, "none left")
    assert verdict.code == "overridden"


def test_releasing_a_claim_needs_the_leads_badge_and_pin_and_the_journal_names_that_lead(store: Store) -> None:
    world = build_world(store)
    order_id = add_order(store, world, "RL", [("MUG", 1)])
    PackingService(store, "BENCH-01").claim(world.packer_id, "ORD-RL")
    lead_bench = PackingService(store, "BENCH-02")
    for badge, pin, why in [
        (world.lead_badge, "000000", "bad_pin"),
        (world.lead_badge, None, "pin_required"),
        (world.packer_badge, PACKER_PIN, "not_a_lead"),
    ]:
        with pytest.raises(DomainError) as refused:
            lead_bench.release_claim(order_id, badge, pin, "bench crashed")
        assert refused.value.code == why
    assert [n.detail["why"] for n in _events(store, "release_refused")] == ["bad_pin", "pin_required", "not_a_lead"]
    lead_bench.release_claim(order_id, world.lead_badge, LEAD_PIN, "bench crashed")
    (released,) = _events(store, "released")
    assert released.user_id == released.approver_id == world.lead_id


def test_skipping_a_slip_needs_the_leads_badge_and_pin(store: Store) -> None:
    from helpers.marketing_data import NOW, campaign_data, seed_shop

    from packstation.services.marketing.marketing_editor import CampaignEditorService

    with transaction(store.sessions) as db:
        shop = seed_shop(db)
        db.add(User(name="Lee Lead", badge_code="BADGE-L9", role="lead", pin_hash=hash_pin("246810")))
        db.add(User(name="Pat Packer", badge_code="BADGE-P9", role="packer", pin_hash=hash_pin("1234")))
    CampaignEditorService(store.sessions, clock=FixedClock(NOW)).save_campaign(campaign_data(shop, "all"))
    marketing = MarketingService(store.sessions, clock=FixedClock(NOW))
    order_id = shop.orders["A-Bjørn"]
    (slip,) = marketing.issue_slips(order_id).slips
    for badge, pin, why in [
        ("BADGE-L9", None, "pin_required"),
        ("BADGE-L9", "111111", "bad_pin"),
        ("BADGE-P9", "1234", "not_a_lead"),
    ]:
        with pytest.raises(DomainError) as refused:
            marketing.skip_slip(order_id, slip.slip_code, badge, pin, "jammed")
        assert refused.value.code == why
    assert [n.detail["why"] for n in _events(store, "skip_slip_refused")] == ["pin_required", "bad_pin", "not_a_lead"]
    assert marketing.skip_slip(order_id, slip.slip_code, "BADGE-L9", "246810", "jammed").status == "skipped"
    (skipped,) = _events(store, "slip_skipped")
    with transaction(store.sessions) as db:
        lead_id = db.scalar(select(User.id).where(User.badge_code == "BADGE-L9"))
    assert skipped.approver_id == skipped.user_id == lead_id and skipped.order_id == order_id


def test_new_pins_are_six_digits_unless_the_policy_says_otherwise(store: Store) -> None:
    world = build_world(store)
    lead = LeadService(store.sessions)
    with pytest.raises(DomainError) as short:
        lead.add_user("Nina", "BADGE-N", pin="1234")
    assert short.value.code == "bad_pin_format" and short.value.params["min"] == 6
    lead.add_user("Nina", "BADGE-N", pin="123456")
    with transaction(store.sessions) as db:
        db.merge(AppMeta(key="pin_min_length", value="4"))  # a site that chose 4 digits, knowingly
    lead.reset_pin(world.packer_id, "4321")


def test_an_old_cheaper_hash_is_redone_at_the_next_good_sign_in(store: Store) -> None:
    world = build_world(store)
    with transaction(store.sessions) as db:
        db.get_one(User, world.packer_id).pin_hash = hash_pin(PACKER_PIN, n=2**14)
    AuthService(store, "BENCH-01").sign_in(world.packer_badge, PACKER_PIN)
    with transaction(store.sessions) as db:
        stored = db.get_one(User, world.packer_id).pin_hash
    assert not needs_rehash(stored) and verify_pin(PACKER_PIN, stored) and stored.split("$")[1] == str(2**15)


def test_the_lead_screens_release_needs_the_signed_in_leads_pin(store: Store) -> None:
    world = build_world(store)
    order_id = add_order(store, world, "LQ", [("MUG", 1)])
    PackingService(store, "BENCH-01").claim(world.packer_id, "ORD-LQ")
    lead = LeadService(store.sessions)
    for pin, why in [(None, "pin_required"), ("000000", "bad_pin")]:
        with pytest.raises(DomainError) as refused:
            lead.release_claim(order_id, world.lead_id, pin, "bench went dark")
        assert refused.value.code == why
    with pytest.raises(DomainError) as refused:
        lead.release_claim(order_id, world.packer_id, PACKER_PIN, "not a lead")
    assert refused.value.code == "not_a_lead"
    notes = _events(store, "release_refused")
    assert [(n.detail["why"], n.order_id) for n in notes] == [
        ("pin_required", order_id),
        ("bad_pin", order_id),
        ("not_a_lead", order_id),
    ]
    lead.release_claim(order_id, world.lead_id, LEAD_PIN, "bench went dark")
    (released,) = [e for e in _events(store, "stale_claim") if e.kind == "release"]
    assert released.user_id == world.lead_id
