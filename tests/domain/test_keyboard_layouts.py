"""A US-set scanner on a no/fi/de/pl bench: what it meant is known, so the station can name the setting."""

from __future__ import annotations

from packstation.domain.keyboard_layouts import layout_names, us_reading, us_readings


def test_what_a_us_scanner_meant_on_each_bench_layout() -> None:
    assert us_reading("ORD+NL+100005", "no") == "ORD-NL-100005"
    assert us_reading("ORD+NL+100005", "fi") == "ORD-NL-100005"
    assert us_reading("ORDßNLß100005", "de") == "ORD-NL-100005"
    assert us_reading("TOTE+A17", "pl_qwertz") == "TOTE-A17"
    assert us_reading("BOX-M2", "no") == "BOX/M2"  # '-' on a Norwegian bench is the US '/' key
    assert us_reading("ZES", "de") == "YES" and us_reading("yebra", "de") == "zebra"  # QWERTZ swaps Y and Z
    assert us_reading("CMD+ACK", "no") == "CMD-ACK"
    assert us_reading("4006381333931", "no") is None  # digits are where they are on every layout


def test_layouts_that_read_alike_are_grouped_and_named() -> None:
    readings = dict((meant, layouts) for layouts, meant in us_readings("BADGE+P004"))
    assert readings["BADGE-P004"] == ("no", "fi", "pl_qwertz")
    assert layout_names(("no", "fi")) == "Norwegian or Finnish"
    assert us_readings("BADGE-P004") == [(("no", "fi", "de", "pl_qwertz"), "BADGE/P004")]
