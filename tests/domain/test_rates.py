"""Dimensional and billable weight in cm/kg and in/lb, and the rate table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.domain.errors import ValidationError
from packstation.domain.rates import (
    IMPERIAL,
    METRIC,
    RateBand,
    RateTable,
    billable_weight_g,
    dimensional_weight_g,
    units_named,
)


def test_metric_dimensional_weight_is_cm3_over_divisor() -> None:
    # 40 x 30 x 20 cm = 24,000 cm3 / 5000 = 4.8 kg
    assert dimensional_weight_g((400, 300, 200), Decimal(5000), METRIC) == Decimal(4800)


def test_imperial_dimensional_weight_is_in3_over_divisor() -> None:
    # 12 x 12 x 12 in = 1728 in3 / 139 = 12.43 lb
    grams = dimensional_weight_g((304.8, 304.8, 304.8), Decimal(139), IMPERIAL)
    assert round(grams / IMPERIAL.g_per_weight, 2) == Decimal("12.43")


def test_billable_weight_is_the_larger_rounded_up_to_the_step() -> None:
    assert billable_weight_g(1200, (400, 300, 200), Decimal(5000)) == Decimal(5000)  # 4.8 kg -> 5.0
    assert billable_weight_g(7300, (400, 300, 200), Decimal(5000)) == Decimal(7500)  # actual wins
    pounds = billable_weight_g(500, (100, 100, 100), Decimal(139), IMPERIAL, Decimal(1)) / IMPERIAL.g_per_weight
    assert pounds == 2  # 1.10 lb actual, 0.44 lb dimensional -> 2 lb


def _table(**kw) -> RateTable:
    bands = (RateBand(Decimal(1), Decimal("4.00")), RateBand(Decimal(5), Decimal("7.00")))
    return RateTable("DHL", "Paket", Decimal(5000), bands, **kw)


def test_rate_table_prices_by_band_and_extra_weight() -> None:
    table = _table(per_extra=Decimal("0.50"))
    assert table.price(800, (100, 100, 100)) == Decimal("4.00")
    assert table.price(3000, (100, 100, 100)) == Decimal("7.00")
    assert table.price(7200, (100, 100, 100)) == Decimal("8.50")  # 7.5 kg billable: 3 started kg over 5


def test_rate_table_without_extra_refuses_overweight_naming_the_limit() -> None:
    with pytest.raises(ValidationError) as err:
        _table().price(9000, (100, 100, 100))
    assert "at most 5 kg" in str(err.value)


def test_rate_table_from_file_dict_and_bad_values() -> None:
    table = RateTable.from_dict(
        {
            "carrier": "UPS",
            "service": "Ground",
            "units": "imperial",
            "divisor": 139,
            "step": 1,
            "bands": [[1, "8.00"], [10, "12.00"]],
        }
    )
    assert table.units is IMPERIAL and table.bands[1].price == Decimal("12.00")
    with pytest.raises(ValidationError):
        RateTable.from_dict({"bands": [[1, 2]]})
    with pytest.raises(ValidationError):
        RateTable.from_dict({"divisor": 5000, "bands": [[5, 2], [1, 1]]})
    with pytest.raises(ValidationError):
        units_named("furlongs")


def test_rate_book_finds_the_service_then_the_carrier_then_any_and_a_top_divisor_wins() -> None:
    from packstation.domain.rates import RateBook

    band = [[5, "1.00"]]
    book = RateBook.from_dict(
        {
            "divisor": 6000,
            "services": [
                {"carrier": "DPD", "service": "express", "divisor": 5000, "bands": band},
                {"carrier": "dpd", "service": "*", "divisor": 5000, "bands": band},
                {"carrier": "*", "service": "*", "units": "imperial", "divisor": 139, "bands": band},
            ],
        }
    )
    assert (book.for_service("dpd", "EXPRESS").carrier, book.for_service("dpd", "EXPRESS").service) == (
        "DPD",
        "express",
    )
    assert book.for_service("dpd", "standard").service == "*"
    assert book.for_service("bring", "standard").units is IMPERIAL
    assert {t.divisor for t in book.tables} == {Decimal(6000)}
    with pytest.raises(ValidationError, match="services"):
        RateBook.from_dict({"services": []}, "r.json")
    with pytest.raises(ValidationError, match="divisor must be above zero"):
        RateBook.from_dict({"services": [{"divisor": 0, "bands": band}]}, "r.json")
