"""Pure scoring: caught, missed, overrides, own errors, accuracy."""

from __future__ import annotations

from packstation.domain.training.scoring import BOX_CHECKED, JAM_CLEARED, Observed, OrderRun, score


def test_nothing_injected_and_nothing_wrong_is_full_marks() -> None:
    s = score([OrderRun("A", (), "closed")], 61.26)
    assert (s.errors_injected, s.accuracy, s.seconds) == (0, 1.0, 61.3)


def test_caught_handled_and_overrides() -> None:
    runs = [
        OrderRun(
            "A",
            ("wrong_item", "short_pick"),
            "exception",
            (Observed("scan", "wrong_item", "wrong_item", "X"),),
            ("X", "Y"),
        ),
        OrderRun(
            "B",
            ("weight_mismatch",),
            "closed",
            (Observed("qc", "weight", "weight_mismatch", passed=False), Observed("override", "weight")),
        ),
    ]
    s = score(runs, 10)
    assert (s.errors_caught, s.errors_handled, s.errors_missed, s.overrides_asked) == (3, 2, 0, 1)
    assert s.accuracy == round(2 / 3, 3)
    assert [o.handled for o in s.outcomes] == [True, True, False]


def test_weight_handled_only_after_finding_the_cause_then_a_good_re_weigh() -> None:
    bad, good = Observed("qc", "weight", passed=False), Observed("qc", "weight", passed=True)
    found = Observed("note", BOX_CHECKED, passed=True)
    right = score([OrderRun("A", ("weight_mismatch",), "closed", (bad, found, good))], 1)
    assert (right.errors_caught, right.errors_handled, right.accuracy) == (1, 1, 1.0)
    reweighed_only = score([OrderRun("A", ("weight_mismatch",), "closed", (bad, bad, good))], 1)
    assert (reweighed_only.errors_caught, reweighed_only.errors_handled, reweighed_only.accuracy) == (1, 0, 0.0)
    assert reweighed_only.outcomes[0].missing == ("find_cause", "reweigh")
    too_early = score([OrderRun("A", ("weight_mismatch",), "closed", (bad, good, found))], 1)
    assert too_early.outcomes[0].missing == ("reweigh",)


def test_a_scenario_can_ask_for_its_own_actions() -> None:
    refused = (Observed("scan", "expired", "expired", "L"),)
    assert (
        score([OrderRun("A", ("expired_lot",), "closed", refused, ("L",), (("refuse_unit",),))], 1).errors_handled == 1
    )
    s = score([OrderRun("A", ("expired_lot",), "closed", refused, ("L",))], 1)  # default: also a replacement
    assert s.errors_handled == 0 and s.outcomes[0].missing == ("scan_replacement",)


def test_own_errors_and_unfinished_orders_lower_accuracy() -> None:
    s = score(
        [
            OrderRun("A", (), "closed", (Observed("scan", "unknown_barcode", "unknown_barcode"),)),
            OrderRun("B", ("fragile_order",), "scanning", (), ("M",)),
        ],
        5,
    )
    assert (s.own_errors, s.unfinished, s.errors_missed) == (1, 1, 1)
    assert s.accuracy == 0.0 and s.outcomes[0].why == "the order was not finished"


def test_a_printer_jam_needs_clearing_reprint_and_the_label_scanned() -> None:
    jam = Observed("print", "print_failed", "print_failure")
    verified = Observed("verify", "label_verified")
    cleared = Observed("note", JAM_CLEARED)
    reprinted = score(
        [OrderRun("A", ("printer_jam",), "closed", (jam, cleared, Observed("reprint", "reprint"), verified))], 1
    )
    assert reprinted.errors_handled == 1 and "reprinted (F7)" in reprinted.outcomes[0].why
    retried = score([OrderRun("A", ("printer_jam",), "closed", (jam, cleared, verified))], 1)
    assert retried.errors_handled == 0 and retried.outcomes[0].missing == ("reprint",)
    overridden = score([OrderRun("A", ("printer_jam",), "closed", (jam, Observed("override", "labels")))], 1)
    assert (overridden.errors_missed, overridden.errors_handled, overridden.overrides_asked) == (1, 0, 1)
    assert overridden.outcomes[0].why.startswith("a lead's override")
