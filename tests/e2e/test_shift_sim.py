"""The error-injected shift, small: every detectable injected mistake is caught before close, clean orders never stop."""

from __future__ import annotations

import pytest

from packstation.demo.shift_sim import ERRORS, main, run_shift


def test_a_short_shift_catches_every_detectable_mistake_and_never_stops_a_clean_order() -> None:
    tally = run_shift(orders=36, seed=11, rates={name: 0.08 for name in ERRORS})
    assert sum(tally.injected.values()) >= 12
    assert {name for name in ERRORS if tally.injected[name]} >= {"wrong_item", "wrong_slip", "wrong_label"}
    assert tally.caught == tally.detectable, tally.table()
    assert tally.clean_orders > 0 and tally.false_stops == 0, tally.table()
    assert tally.not_closed == [] and tally.closed == 36


def test_the_command_refuses_impossible_rates(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main(["--rate", "0.5"])
    assert exc.value.code == 2
    assert "--rate" in capsys.readouterr().err
