"""Scales on a real pseudo-terminal pair: MT-SICS, a continuous weight string, a custom pattern, faults in words,
and a scale that goes silent mid-order."""

from __future__ import annotations

import time

import pytest

from packstation.devices.serial_scale import ScaleError, SerialScale, parse_scale_uri, scale_for
from tests.helpers.scale_sim import ScaleSimulator


def wait_for(condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    """Wait on a condition the simulator thread makes true (never a fixed sleep)."""
    import threading

    deadline = time.monotonic() + timeout
    event = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, "condition never became true"
        event.wait(0.01)


def mt(sim: ScaleSimulator, timeout: float = 1.5) -> SerialScale:
    return SerialScale(f"serial://{sim.port}?protocol=mt-sics&baud=9600&timeout={timeout}")


def test_mt_sics_stable_weight_in_grams() -> None:
    with ScaleSimulator("mt-sics", grams=1234) as sim:
        reading = mt(sim).read()
    assert (reading.grams, reading.stable, reading.source) == (1234, True, "scale")
    assert sim.commands[-1] == "S"


def test_mt_sics_waits_for_the_weight_to_settle() -> None:
    with ScaleSimulator("mt-sics", grams=850) as sim:
        sim.unstable_answers = 3
        assert mt(sim).read().grams == 850
        assert sim.commands.count("S") == 4


def test_mt_sics_never_settling_is_unstable() -> None:
    with ScaleSimulator("mt-sics", grams=850) as sim:
        sim.stable = False
        with pytest.raises(ScaleError) as caught:
            mt(sim, timeout=0.8).read()
    assert caught.value.code == "scale_unstable"


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        (lambda s: setattr(s, "overload", True), "scale_overload"),
        (lambda s: setattr(s, "tare_g", 500), "scale_negative"),
        (lambda s: setattr(s, "grams", 0), "scale_empty"),
    ],
)
def test_mt_sics_faults_have_codes(setup, code) -> None:
    with ScaleSimulator("mt-sics", grams=300) as sim:
        setup(sim)
        with pytest.raises(ScaleError) as caught:
            mt(sim).read()
    assert caught.value.code == code


def test_mt_sics_pounds_are_converted() -> None:
    with ScaleSimulator("mt-sics", grams=2268, unit="lb") as sim:
        assert abs(mt(sim).read().grams - 2268) <= 3  # 5.00 lb printed with two decimals


def test_mt_sics_zero_and_tare() -> None:
    with ScaleSimulator("mt-sics", grams=120) as sim:
        scale = mt(sim)
        assert scale.tare().startswith("T S")
        sim.grams = 1120  # the box on the tared pan
        assert scale.read().grams == 1000
        assert scale.zero() == "Z A"
        sim.grams = 400
        assert scale.read().grams == 400


def test_scale_that_stops_answering_mid_order() -> None:
    with ScaleSimulator("mt-sics", grams=1500) as sim:
        scale = mt(sim, timeout=0.6)
        assert scale.read().grams == 1500  # first box of the order
        sim.silent = True  # switched off, cable pulled
        with pytest.raises(ScaleError) as caught:
            scale.read()
        assert caught.value.code == "scale_no_answer"
        sim.silent = False  # back: the next read works without restarting anything
        assert scale.read().grams == 1500


def test_continuous_stream_only_counts_a_stable_reading() -> None:
    with ScaleSimulator("continuous", grams=2040) as sim:
        scale = SerialScale(f"serial://{sim.port}?protocol=continuous&timeout=1.5")
        assert scale.read().grams == 2040
        sim.change(stable=False)
        with pytest.raises(ScaleError) as caught:
            scale.read()
        assert caught.value.code == "scale_unstable"
        sim.change(stable=True, overload=True)
        with pytest.raises(ScaleError) as caught:
            scale.read()
        assert caught.value.code == "scale_overload"


def test_continuous_scale_goes_silent() -> None:
    with ScaleSimulator("continuous", grams=700) as sim:
        scale = SerialScale(f"serial://{sim.port}?protocol=continuous&timeout=0.6")
        assert scale.read().grams == 700
        sim.change(silent=True)
        with pytest.raises(ScaleError) as caught:
            scale.read()
        assert caught.value.code == "scale_no_answer"


def test_continuous_tare_is_sent_and_net_weight_read() -> None:
    with ScaleSimulator("continuous", grams=300) as sim:
        scale = SerialScale(f"serial://{sim.port}?protocol=continuous&timeout=1.5")
        scale.tare()
        wait_for(lambda: sim.tare_g == 300)  # the scale took the command (it does not answer T on a stream)
        sim.change(grams=1300)
        assert scale.read().grams == 1000


def test_custom_pattern_scale() -> None:
    # A scale sending "GROSS 1.250 kg" parsed by a documented pattern from the settings.
    with ScaleSimulator("continuous", grams=1250) as sim:
        pattern = r"(?P<stable>ST|US),\w\w,(?P<sign>[+-])(?P<weight>[\d.]+)(?P<unit>kg)"
        from urllib.parse import quote

        scale = SerialScale(f"serial://{sim.port}?protocol=pattern&pattern={quote(pattern)}&timeout=1.5")
        assert scale.read().grams == 1250


def test_missing_port_is_no_answer_in_words() -> None:
    with pytest.raises(ScaleError) as caught:
        SerialScale("serial:///dev/ttyNOPE?protocol=mt-sics").read()
    assert caught.value.code == "scale_no_answer"


def test_uri_parsing() -> None:
    config = parse_scale_uri("serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600")
    assert (config.port, config.protocol, config.baud) == ("/dev/ttyUSB0", "mt-sics", 9600)
    assert parse_scale_uri("serial:///COM3?protocol=continuous").port == "COM3"
    assert scale_for("") is None
    for bad in (
        "tcp://scale",
        "serial:///dev/x?protocol=morse",
        "serial:///dev/x?protocol=pattern",
        "serial:///dev/x?protocol=pattern&pattern=(?P<w>x)",
    ):
        with pytest.raises(ValueError):
            parse_scale_uri(bad)
