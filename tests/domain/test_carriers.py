"""Tracking-number formats, SSCC-18 check digits, the demo range and the offline carriers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from biip.sscc import Sscc
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.carriers import (
    Carrier,
    Shipment,
    any_carrier_accepts,
    carrier_for,
    carriers,
    is_demo_tracking,
    is_valid_mod7_waybill,
    is_valid_one_z,
    is_valid_s10,
    is_valid_sscc,
    make_demo_tracking,
    make_s10,
    make_sscc,
    s10_check_digit,
)
from packstation.domain.errors import ValidationError


def test_s10_published_examples() -> None:
    # UPU S10 examples: EE123456785GB and RR473124829GB.
    assert s10_check_digit("12345678") == "5"
    assert make_s10("RR", 47312482, "GB") == "RR473124829GB"
    assert is_valid_s10("EE123456785GB")
    assert not is_valid_s10("EE123456784GB")


def test_s10_check_digit_special_cases() -> None:
    # sum mod 11 == 1 -> 10 -> "0"; sum mod 11 == 0 -> 11 -> "5"
    assert s10_check_digit("00000008") == "0"  # 8 x 7 = 56, 56 mod 11 = 1
    assert s10_check_digit("00000000") == "5"


def test_one_z_published_example() -> None:
    assert is_valid_one_z("1Z999AA10123456784")
    assert not is_valid_one_z("1Z999AA10123456785")


@given(st.integers(min_value=0, max_value=10**9 - 1))
def test_sscc_matches_biip(serial: int) -> None:
    sscc = make_sscc("0614141", serial)
    assert len(sscc) == 18 and is_valid_sscc(sscc)
    assert Sscc.parse(sscc).value == sscc  # biip checks the GS1 mod-10 digit independently


@given(st.integers(min_value=0, max_value=10**8 - 1))
def test_every_carrier_number_validates_and_a_changed_digit_does_not(serial: int) -> None:
    shipment = Shipment("SE", "NO", "0150", 1000, 300, 200, 100)
    for carrier in carriers():
        service = "standard" if "standard" in carrier.services else carrier.services[0]
        tracking = carrier.create_label(Shipment(**{**shipment.__dict__, "service": service}), serial=serial)
        assert carrier.accepts(tracking.tracking_number), tracking
        digit_at = next(i for i, ch in enumerate(reversed(tracking.tracking_number)) if ch.isdigit())
        pos = len(tracking.tracking_number) - 1 - digit_at
        wrong = str((int(tracking.tracking_number[pos]) + 1) % 10)
        assert not carrier.accepts(tracking.tracking_number[:pos] + wrong + tracking.tracking_number[pos + 1 :])


def test_demo_range_is_refused_by_every_carrier() -> None:
    for serial in (0, 1, 12345, 9_999_999_999):
        number = make_demo_tracking(serial)
        assert is_demo_tracking(number)
        assert not any_carrier_accepts(number)
    assert not is_demo_tracking("DEMO00000000421")


def test_rates_use_billable_weight_and_are_priced_per_service() -> None:
    postnord = carrier_for("postnord")
    light_but_bulky = Shipment("SE", "SE", "11122", 500, 600, 400, 400)  # 96 000 cm3 / 5000 = 19.2 kg
    rates = {r.service: r for r in postnord.rate(light_but_bulky)}
    assert rates["standard"].billable_weight_g == 19200
    assert rates["standard"].price == Decimal("4.90") + Decimal("1.20") * 20
    abroad = {r.service: r for r in postnord.rate(Shipment("SE", "NO", "0150", 500, 100, 100, 100))}
    assert abroad["standard"].price == ((Decimal("4.90") + Decimal("1.20")) * Decimal("1.6")).quantize(Decimal("0.01"))


def test_unknown_carrier_and_service_name_what_is_wrong() -> None:
    with pytest.raises(ValidationError, match="known: .*dhl"):
        carrier_for("pigeon")
    with pytest.raises(ValidationError, match="no service 'overnight'"):
        carrier_for("postnord").create_label(Shipment("SE", "SE", "1", 1, 1, 1, 1, service="overnight"), serial=1)


def test_builtins_satisfy_the_protocol() -> None:
    assert all(isinstance(c, Carrier) for c in carriers())
    assert is_valid_mod7_waybill(
        carrier_for("dhl")
        .create_label(Shipment("SE", "DE", "10115", 1, 1, 1, 1, service="express"), serial=123456)
        .tracking_number
    )
