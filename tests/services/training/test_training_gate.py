"""The gate before real orders: a trainee is refused a production order, in words, until they passed the floor's
required scenarios on the training floor or a lead lifted the gate with badge + PIN + reason (journaled)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from packstation.domain.errors import DomainError
from packstation.gui.messages import error_text
from packstation.services.training.training_gate import TrainingGateService
from packstation.store.db import transaction
from packstation.store.models import Event, User
from tests.helpers.packing_data import LEAD_PIN, add_order


def _make_trainee(store, user_id: int) -> None:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as db:
        db.get(User, user_id).trainee = True


def test_a_gated_trainee_is_refused_a_production_order_in_words(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, packing = packing_world
    add_order(store, world, "R-1", [("MUG", 1)])
    gate = TrainingGateService(store)
    gate.set_requirements(["wrong-item", "weight-mismatch"], actor_id=world.lead_id)
    _make_trainee(store, world.packer_id)
    with pytest.raises(DomainError) as refused:
        packing.claim(world.packer_id, "ORD-R-1")
    words = error_text(refused.value)
    assert refused.value.code == "training_gate"
    assert words == (
        "Pat Packer is still in training. To pass on the training floor before packing real orders: "
        "The scale disagrees, A wrong item in the tote. A lead can lift the gate (badge, PIN and a "
        "reason)."
    )
    [status] = gate.gated()
    assert status.gated and status.missing == ("weight-mismatch", "wrong-item")
    # one scenario passed on the training floor: still gated, for the other one
    assert gate.record_pass(world.packer_badge, "wrong-item", 1.0, hints=False)
    assert gate.status(world.packer_id).missing == ("weight-mismatch",)
    with pytest.raises(DomainError):
        packing.claim(world.packer_id, "ORD-R-1")
    # a packer who is not a trainee is never gated
    assert packing.claim(world.packer2_id, "ORD-R-1").order_ref == "R-1"


def test_passing_every_required_scenario_opens_the_gate(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, packing = packing_world
    add_order(store, world, "R-2", [("MUG", 1)])
    gate = TrainingGateService(store)
    gate.set_requirements(["wrong-item"])
    _make_trainee(store, world.packer_id)
    gate.record_pass(world.packer_badge, "wrong-item", 1.0, hints=True)
    assert not gate.status(world.packer_id).gated
    assert packing.claim(world.packer_id, "ORD-R-2").order_ref == "R-2"


def test_a_lead_lifts_the_gate_with_badge_pin_and_reason_journaled(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, packing = packing_world
    add_order(store, world, "R-3", [("MUG", 1)])
    gate = TrainingGateService(store)
    gate.set_requirements(["bad-day"])
    _make_trainee(store, world.packer_id)
    with pytest.raises(DomainError) as wrong:
        gate.lift(world.packer_id, world.lead_badge, "0000", "experienced packer from another site")
    assert wrong.value.code == "bad_pin"
    with pytest.raises(DomainError) as not_lead:
        gate.lift(world.packer_id, world.packer2_badge, "", "me")
    assert not_lead.value.code in ("not_a_lead", "pin_required")
    with pytest.raises(DomainError) as no_reason:
        gate.lift(world.packer_id, world.lead_badge, LEAD_PIN, "  ")
    assert no_reason.value.code == "reason_required"
    status = gate.lift(world.packer_id, world.lead_badge, LEAD_PIN, "experienced packer from another site")
    assert not status.gated and status.lifted_by == "Lee Lead" and status.missing == ("bad-day",)
    assert packing.claim(world.packer_id, "ORD-R-3").order_ref == "R-3"
    with store.sessions() as db:
        row = db.scalars(select(Event).where(Event.code == "training_gate_lifted")).one()
        assert (row.user_id, row.approver_id, row.raw) == (
            world.packer_id,
            world.lead_id,
            "experienced packer from another site",
        )


def test_recurring_mistakes_become_the_packers_own_scenario_and_show_improvement(packing_world) -> None:  # type: ignore[no-untyped-def]
    """Pat takes the tea for the mug twice: one action makes a wrong-item scenario for Pat; the assignment counts
    the same mistake before and since, per orders packed."""
    import datetime as dt

    from packstation.domain.ports import FixedClock
    from packstation.domain.training.scenarios import parse_scenario
    from tests.helpers.packing_data import GTIN_TEA, NOW

    store, world, packing = packing_world
    for n in range(3):
        add_order(store, world, f"M-{n}", [("MUG", 1)])
    for n in range(2):
        view = packing.claim(world.packer_id, f"ORD-M-{n}")
        verdict, view = packing.scan(view.session_id, GTIN_TEA)
        assert verdict.code == "wrong_item"
        packing.suspend(view.session_id, "break")
    gate = TrainingGateService(store, FixedClock(NOW + dt.timedelta(minutes=5)))
    [mistake] = gate.recurring_mistakes(world.packer_id)
    assert (mistake.error_type, mistake.sku, mistake.count, mistake.ordered_sku) == ("wrong_item", "TEA", 2, "MUG")
    made = gate.assign_from_mistakes(world.packer_id, actor_id=world.lead_id)
    scenario = parse_scenario(made.document, made.scenario)  # a valid scenario for the training floor
    assert [e.type for e in scenario.events] == ["wrong_item"] and "wrong item on TEA x2" in scenario.description
    assert (made.before, made.since, made.name) == (2, 0, "Pat Packer")
    with pytest.raises(DomainError) as none:
        gate.assign_from_mistakes(world.packer2_id)
    assert none.value.code == "no_recurring_mistakes" and "Quinn Second" in error_text(none.value)
