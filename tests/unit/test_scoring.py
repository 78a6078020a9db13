"""Pure scoring: caught, missed, overrides, own errors, accuracy."""

from __future__ import annotations

from packstation.demo.scoring import Observed, OrderRun, score


def test_nothing_injected_and_nothing_wrong_is_full_marks() -> None:
    s = score([OrderRun("A", (), "closed")], 61.26)
    assert (s.errors_injected, s.accuracy, s.seconds) == (0, 1.0, 61.3)


def test_caught_missed_and_overrides() -> None:
    runs = [OrderRun("A", ("wrong_item", "short_pick"), "exception",
                     (Observed("scan", "wrong_item", "wrong_item", "X"),), ("X", "Y")),
            OrderRun("B", ("weight_mismatch",), "closed",
                     (Observed("qc", "weight", "weight_mismatch", passed=False), Observed("override", "weight")))]
    s = score(runs, 10)
    assert (s.errors_caught, s.errors_missed, s.overrides_asked) == (2, 1, 1)
    assert s.accuracy == round(2 / 3, 3)
    assert [o.caught for o in s.outcomes] == [True, True, False]


def test_weight_caught_only_after_a_good_re_weigh() -> None:
    fixed = (Observed("qc", "weight", passed=False), Observed("qc", "weight", passed=True))
    assert score([OrderRun("A", ("weight_mismatch",), "closed", fixed)], 1).errors_caught == 1
    assert score([OrderRun("A", ("weight_mismatch",), "closed", fixed[:1])], 1).errors_caught == 0


def test_own_errors_and_unfinished_orders_lower_accuracy() -> None:
    s = score([OrderRun("A", (), "closed", (Observed("scan", "unknown_barcode", "unknown_barcode"),)),
               OrderRun("B", ("fragile_order",), "scanning", (), ("M",))], 5)
    assert (s.own_errors, s.unfinished, s.errors_missed) == (1, 1, 1)
    assert s.accuracy == 0.0 and s.outcomes[0].why == "the order was not finished"


def test_a_printer_jam_says_how_it_was_handled() -> None:
    jam = Observed("print", "print_failed", "print_failure")
    verified = Observed("verify", "label_verified")
    reprinted = score([OrderRun("A", ("printer_jam",), "closed", (jam, Observed("reprint", "reprint"), verified))], 1)
    assert reprinted.errors_caught == 1 and "reprinted (F7)" in reprinted.outcomes[0].why
    retried = score([OrderRun("A", ("printer_jam",), "closed", (jam, verified))], 1)
    assert retried.errors_caught == 1 and "queue printed the label again" in retried.outcomes[0].why
    overridden = score([OrderRun("A", ("printer_jam",), "closed", (jam, Observed("override", "labels")))], 1)
    assert (overridden.errors_missed, overridden.overrides_asked) == (1, 1)
    assert overridden.outcomes[0].why.startswith("missed:")
