"""Issue 15.3: checks come in the order the hands do them, and no combination of order-level checks gets stuck.

The packer is simulated on the pure state machine: at every step the engine names ONE next thing (`next_step`),
the simulated packer does exactly that, and we record when each check was asked for.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from packstation.domain.packing import SessionFacts, blockers, can_close, derive_state, next_step
from packstation.domain.qc import CheckSpec, QcLine, QcOutcome, qc_status, required_checks
from packstation.domain.verdicts import LineState, SkuFacts
from packstation.domain.vocabulary import SessionState as S

ORDER_CHECKS = ("weight", "hazmat", "gift", "fragile")


def _specs(combo: tuple[str, ...]) -> tuple[CheckSpec, ...]:
    sku = SkuFacts(
        sku_id=1,
        code="SKU-1",
        description="Mug",
        weight_g=300,
        fragile="fragile" in combo,
        hazmat_class="3" if "hazmat" in combo else "",
    )
    rules = {"weight_check": "weight" in combo, "gift_check": True}
    return required_checks([QcLine(1, sku)], rules, gift="gift" in combo, service="ground")


def walk(combo: tuple[str, ...], *, fail_weight_once: bool = False) -> list[tuple[str, S, frozenset[str]]]:
    """Pack one order; returns (what was done, state before, what was already done) per step."""
    specs = _specs(combo)
    outcomes: list[QcOutcome] = []
    facts = SessionFacts(state=S.SCANNING, lines=(LineState(1, 1, 1, 1, 0),))
    done: set[str] = set()
    trail = []
    weight_failed = False
    for _ in range(30):
        pending, failed = qc_status(specs, outcomes)
        facts = replace(facts, qc_pending=pending, qc_failed=failed)
        state = derive_state(facts)
        step = next_step(facts)
        trail.append((step.code if not step.check else f"{step.code}:{step.check}", state, frozenset(done)))
        if step.code == "close":
            assert can_close(facts) and not blockers(facts)
            return trail
        assert step.code != "none" and not (step.code == "fix_check" and not step.key), (combo, trail)
        if step.code == "scan_units":
            facts = replace(facts, lines=(LineState(1, 1, 1, 1, 1),))
            done.add("units")
        elif step.code in ("check", "fix_check"):
            spec = next(s for s in specs if s.key == step.key)
            passed = not (fail_weight_once and spec.check == "weight" and not weight_failed)
            weight_failed = weight_failed or not passed
            outcomes.append(QcOutcome(spec.check, spec.line_id, passed))
            if passed:
                done.add(spec.check)
        elif step.code == "scan_box":
            facts = replace(facts, boxes_confirmed=facts.boxes_confirmed + 1)
            done.add("box")
        elif step.code == "print_slips":
            facts = replace(facts, slips_registered=True, slips_expected=frozenset({"SLIP-1"}))
            done.add("slips_printed")
        elif step.code == "scan_slips":
            facts = replace(facts, slips_scanned=frozenset({"SLIP-1"}))
            done.add("slips_in")
        elif step.code == "print_label":
            facts = replace(facts, labels_registered=True, labels_expected=frozenset({"TRK-1"}))
            done.add("label_printed")
        elif step.code == "scan_labels":
            facts = replace(facts, labels_verified=frozenset({"TRK-1"}))
            done.add("label_on")
        else:
            raise AssertionError(f"unknown step {step.code}")
    raise AssertionError(f"{combo} got stuck: {trail}")


COMBOS = [combo for n in range(len(ORDER_CHECKS) + 1) for combo in itertools.combinations(ORDER_CHECKS, n)]


@pytest.mark.parametrize("combo", COMBOS, ids=lambda c: "+".join(c) or "none")
def test_every_combination_of_order_checks_reaches_close_one_named_step_at_a_time(combo: tuple[str, ...]) -> None:
    trail = walk(combo)
    asked = {code.split(":", 1)[1]: before for code, _state, before in trail if code.startswith("check:")}
    assert set(asked) == set(combo)  # every check is asked for, once
    for check, before in asked.items():
        if check in ("fragile", "hazmat"):  # the sticker and the mark go on the chosen box
            assert "box" in before and "slips_printed" not in before, (check, trail)
        if check == "gift":  # the gift check looks at the printed slip
            assert "slips_printed" in before and "slips_in" not in before, trail
        if check == "weight":  # the box is weighed with slips and cushioning inside, before its label prints
            assert {"box", "slips_in"} <= before and "label_printed" not in before, trail
    # the packer's steps come in the hands' order
    codes = [code.split(":")[0] for code, _s, _b in trail]
    assert codes.index("scan_box") < codes.index("print_slips") < codes.index("print_label") < codes.index("close")


def test_gift_order_of_a_merchant_that_weighs_boxes_is_not_stuck_before_the_box() -> None:
    """Today's bug: gift waited behind the weight, the weight waited for a box, the box step never came."""
    trail = walk(("weight", "gift"))
    states = [state for _code, state, _before in trail]
    assert S.BOX in states
    assert [code for code, _s, _b in trail] == [
        "scan_units",
        "scan_box",
        "print_slips",
        "check:gift",
        "scan_slips",
        "check:weight",
        "print_label",
        "scan_labels",
        "close",
    ]


def test_a_failed_weight_names_the_weight_again_not_a_dead_end() -> None:
    trail = walk(("weight",), fail_weight_once=True)
    codes = [code for code, _s, _b in trail]
    assert codes[codes.index("check:weight") + 1] == "fix_check:weight"
    assert codes[-1] == "close"


def test_voided_label_blocks_close_until_a_new_label_is_verified() -> None:
    facts = SessionFacts(
        state=S.VERIFY,
        lines=(LineState(1, 1, 1, 1, 1),),
        boxes_confirmed=1,
        slips_registered=True,
        labels_registered=True,
        labels_expected=frozenset(),
    )
    assert derive_state(facts) == S.LABEL and not can_close(facts)
    assert next_step(facts).code == "print_label"
    assert any("voided" in b.message for b in blockers(facts))
    facts = replace(facts, labels_expected=frozenset({"TRK-2"}))
    assert derive_state(facts) == S.VERIFY and next_step(facts).code == "scan_labels" and not can_close(facts)
    facts = replace(facts, labels_verified=frozenset({"TRK-2"}))
    assert can_close(facts)
